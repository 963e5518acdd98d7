#include "net/admission.h"

#include "net/handshakepolicy.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <functional>

namespace wb {

namespace {

// QSslServer makes the socket of a connection at once but shows it only when encrypted: this
// one shows it at the start, so that a TLS handshake counts against the caps like any other.
class TlsServer final : public QSslServer
{
public:
    using QSslServer::QSslServer;
    std::function<void(QSslSocket *)> started;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslServer::incomingConnection(descriptor);
        // Qt's newest child; not one that could not take the descriptor.
        auto *socket = qobject_cast<QSslSocket *>(children().constLast());
        if (socket && socket->socketDescriptor() == descriptor && started)
            started(socket);
    }
};

QString peerOf(const QAbstractSocket *socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

} // namespace

Admission::Admission(QObject *parent) : QObject(parent)
{ }

Admission::~Admission()
{
    close();
}

bool Admission::listen(const QString &host, const QHostAddress &address, quint16 port,
    const SocketPolicy &policy, QString *error)
{
    close();
    m_policy = policy;
    m_loopback = address.isLoopback();
    // We accept TCP ourselves: every accepted socket gets TCP_NODELAY (QWebSocketServer does
    // not set it), and its handshake request is checked before the server sees it.
    if (m_policy.isSecureServer()) {
        // wss: the TLS handshake first (bounded by the same timeout), then ours.
        auto *tls = new TlsServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_policy.certificate);
        configuration.setPrivateKey(m_policy.privateKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(configuration);
        tls->setHandshakeTimeout(m_policy.handshakeTimeoutMs);
        // Qt stops accepting at this many TLS handshakes under way: above ours, so that the
        // oldest one makes room for a newcomer (idle ones cannot keep a client out).
        tls->setMaxPendingConnections(m_policy.maxPendingHandshakes + 1);
        tls->started = [this](QSslSocket *socket) {
            admit(socket);
            pauseIfFull();
        };
        // A socket is pending only once encrypted, after newConnection().
        connect(tls, &QTcpServer::pendingConnectionAvailable, this, &Admission::acceptTcp);
        m_tcp = tls;
    } else {
        m_tcp = new QTcpServer(this);
    }
    m_tcp->setListenBacklogSize(limits::kListenBacklog);
    if (!m_tcp->listen(address, port)) {
        const QString reason = m_tcp->serverError() == QAbstractSocket::AddressInUseError
            ? tr("port %1 on %2 is already in use").arg(port).arg(host)
            : tr("cannot listen on %1:%2: %3").arg(host).arg(port).arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        if (error)
            *error = reason;
        return false;
    }
    connect(m_tcp, &QTcpServer::newConnection, this, &Admission::acceptTcp);
    // Out of descriptors, Qt pauses accepting for good: try again shortly.
    connect(m_tcp, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        Q_EMIT refused(QString(), tr("cannot accept a connection: %1").arg(m_tcp->errorString()));
        m_caps.retryLater(250);
    });
    m_caps.setServer(m_tcp, m_policy.maxConnections);
    return true;
}

void Admission::close()
{
    m_handshaking.clear();
    m_handedOver.clear();
    m_caps.clearServer();
    if (m_tcp) {
        m_tcp->close();
        m_tcp->deleteLater(); // with the sockets still in their handshake
        m_tcp = nullptr;
    }
}

quint16 Admission::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QTcpSocket *Admission::takeHandedOver(const QWebSocket *socket)
{
    QTcpSocket *found = nullptr;
    for (const QPointer<QTcpSocket> &tcp : std::as_const(m_handedOver)) {
        if (tcp && tcp->peerPort() == socket->peerPort()
            && tcp->peerAddress() == socket->peerAddress()) {
            found = tcp;
        }
    }
    m_handedOver.removeAll(found);
    m_handedOver.removeAll(nullptr);
    if (found)
        delete found->findChild<QTimer *>(QStringLiteral("wbHandshakeTimeout"));
    return found;
}

QList<QObject *> Admission::objects() const
{
    QList<QObject *> objects;
    if (m_tcp)
        objects << m_tcp;
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_handedOver))
        objects << socket.data();
    for (QObject *object : m_handshaking.sockets())
        objects << object;
    return objects;
}

void Admission::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        // Gone while it waited (its peer gave up on a frozen node): handed on, it would become
        // a WebSocket that never hears of its end and counts as open for good.
        if (socket->state() != QAbstractSocket::ConnectedState) {
            socket->deleteLater(); // counted ones are uncounted as it goes
            continue;
        }
        // A TLS one was admitted when its TLS handshake began.
        if (ConnectionCaps::isCounted(socket) || admit(socket))
            startHandshake(socket);
    }
    pauseIfFull();
}

bool Admission::admit(QTcpSocket *socket)
{
    // At a cap, an idle handshake makes room before a connection is turned away: idle clients
    // cannot keep a real one out.
    if (m_caps.atCap() && !m_handshaking.isEmpty())
        dropIdleHandshake(tr("dropped at the connection cap"));
    if (m_caps.atCap()) {
        // Accepted before the pause took effect (Qt accepts a batch at a time).
        socket->abort();
        socket->deleteLater();
        return false;
    }
    // Over the cap of handshakes, an idle one makes room. When every one has a request still
    // to read (a burst of real clients), a newcomer with its request waiting joins them: the
    // connection cap bounds them, and each is read as soon as the event loop comes to it. Only
    // an idle newcomer is turned away then.
    if (m_handshaking.size() >= m_policy.maxPendingHandshakes
        && !dropIdleHandshake(
            tr("dropped: %1 handshakes under way").arg(m_policy.maxPendingHandshakes))
        && unreadBytes(socket) == 0) {
        Q_EMIT refused(peerOf(socket),
            tr("turned away: %1 handshakes under way, each with a request still to read")
                .arg(m_policy.maxPendingHandshakes));
        socket->abort();
        socket->deleteLater();
        return false;
    }
    m_caps.count(socket);
    m_handshaking.append(socket);
    return true;
}

void Admission::pauseIfFull()
{
    // Only connections past their handshake stop the accepting: a flood of idle ones is
    // answered by dropping the oldest, never by running out of descriptors.
    if (!m_caps.atCap() || !m_handshaking.isEmpty() || m_caps.isPaused())
        return;
    const QString why = m_caps.atNodeCap()
        ? tr("%1 connections, this node's cap: not accepting until one ends").arg(m_caps.open())
        : tr("%1 connections in this process, its cap: not accepting until one ends")
              .arg(ConnectionCaps::processOpen());
    if (m_caps.pause())
        Q_EMIT refused(QString(), why);
}

void Admission::startHandshake(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Until its request is judged, a client gets no more of our memory than a request head:
    // beyond that Qt leaves the bytes in the kernel, and the client waits.
    socket->setReadBufferSize(limits::kMaxRequestHeadBytes + 1);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto *timeout = new QTimer(socket);
    timeout->setObjectName(QStringLiteral("wbHandshakeTimeout"));
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, socket] {
        m_handshaking.remove(socket);
        m_handedOver.removeAll(socket);
        refuse(socket, 408,
            "no handshake within " + QByteArray::number(m_policy.handshakeTimeoutMs / 1000.0)
                + " s");
    });
    timeout->start(m_policy.handshakeTimeoutMs);
    connect(socket, &QIODevice::readyRead, this, [this, socket] { readHead(socket); });
    readHead(socket);
}

bool Admission::dropIdleHandshake(const QString &why)
{
    QTcpSocket *idle = m_handshaking.takeIdlest();
    if (!idle)
        return false;
    Q_EMIT refused(peerOf(idle), why + tr(", this was the oldest idle handshake"));
    idle->abort();
    delete idle; // now, not later: its room is taken at once (we are in none of its signals)
    return true;
}

void Admission::readHead(QTcpSocket *socket)
{
    if (!m_handshaking.contains(socket))
        return;
    const QByteArray received = socket->peek(
        std::min<qint64>(socket->bytesAvailable(), limits::kMaxRequestHeadBytes + 1));
    const auto length = handshake::headLength(received);
    if (!length) {
        if (received.size() > limits::kMaxRequestHeadBytes) {
            m_handshaking.remove(socket);
            refuse(socket, 431,
                "request head over " + QByteArray::number(limits::kMaxRequestHeadBytes) + " bytes");
        }
        return;
    }
    m_handshaking.remove(socket);
    pauseIfFull();
    const auto head = handshake::parseHead(received.left(*length));
    if (!head) {
        refuse(socket, 400, "not an HTTP request");
        return;
    }
    const handshake::Verdict verdict
        = handshake::check(*head, { m_loopback, m_policy.allowedOrigins, m_policy.token });
    if (verdict.status != 0) {
        refuse(socket, verdict.status, verdict.reason);
        return;
    }
    // The WebSocket server reads the request from the socket's buffer (it emits readyRead for
    // what is already there) and answers it.
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    socket->setReadBufferSize(0); // from now on the WebSocket's frame limits apply
    m_handedOver.removeAll(nullptr);
    m_handedOver.append(socket);
    Q_EMIT handedOver(socket);
}

void Admission::refuse(QTcpSocket *socket, int status, const QByteArray &reason)
{
    Q_EMIT refused(peerOf(socket),
        tr("handshake refused (HTTP %1): %2").arg(status).arg(QString::fromLatin1(reason)));
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    socket->write(handshake::refusal({ status, reason }));
    socket->disconnectFromHost();
    // A client that does not read its answer is cut.
    QTimer::singleShot(limits::kCloseGraceMs, socket, &QAbstractSocket::abort);
    pauseIfFull();
}

} // namespace wb
