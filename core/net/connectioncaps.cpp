#include "net/connectioncaps.h"

#include "net/fdlimit.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <functional>

namespace wb {

namespace {

struct ProcessConnections
{
    int open = 0;
    int cap = processConnectionCap();
    QList<QPointer<ConnectionCaps>> paused;
};

ProcessConnections &process()
{
    static ProcessConnections connections;
    return connections;
}

const QString kTicketName = QStringLiteral("wbConnectionTicket");

// Lives as a child of a counted socket and runs `released` when the socket goes. Not a
// destroyed() connection: QWebSocket drops every connection of its TCP socket when it is
// destroyed, so a node at its cap would stay there for good.
class Ticket final : public QObject
{
public:
    Ticket(QObject *socket, std::function<void()> released)
        : QObject(socket), m_released(std::move(released))
    {
        setObjectName(kTicketName);
    }
    ~Ticket() override { m_released(); }

private:
    std::function<void()> m_released;
};

} // namespace

ConnectionCaps::ConnectionCaps(QObject *parent) : QObject(parent)
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &ConnectionCaps::resumeIfBelowCap);
}

ConnectionCaps::~ConnectionCaps()
{
    process().paused.removeAll(this);
}

void ConnectionCaps::setServer(QTcpServer *server, int nodeCap)
{
    m_server = server;
    m_nodeCap = nodeCap;
    m_paused = false;
}

void ConnectionCaps::clearServer()
{
    m_server = nullptr;
    process().paused.removeAll(this);
    m_resume.stop();
}

void ConnectionCaps::count(QObject *socket)
{
    ++m_open;
    ++process().open;
    QPointer<ConnectionCaps> self(this);
    new Ticket(socket, [self] {
        --process().open;
        if (self) {
            --self->m_open;
            self->resumeIfBelowCap();
        }
        for (const QPointer<ConnectionCaps> &caps : std::as_const(process().paused)) {
            if (caps && caps != self)
                caps->m_resume.start(0);
        }
    });
}

bool ConnectionCaps::isCounted(const QObject *socket)
{
    return socket->findChild<QObject *>(kTicketName, Qt::FindDirectChildrenOnly) != nullptr;
}

int ConnectionCaps::processOpen()
{
    return process().open;
}

bool ConnectionCaps::atCap() const
{
    return atNodeCap() || process().open >= process().cap;
}

bool ConnectionCaps::pause()
{
    if (m_paused || !m_server)
        return false;
    m_paused = true;
    m_server->pauseAccepting();
    process().paused.removeAll(nullptr);
    if (!process().paused.contains(this))
        process().paused.append(this);
    return true;
}

void ConnectionCaps::retryLater(int ms)
{
    m_paused = true;
    m_resume.start(ms);
}

void ConnectionCaps::resumeIfBelowCap()
{
    if (!m_paused || !m_server || atCap())
        return;
    m_paused = false;
    process().paused.removeAll(this);
    m_server->resumeAccepting();
}

} // namespace wb
