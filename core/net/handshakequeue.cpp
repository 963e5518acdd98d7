#include "net/handshakequeue.h"

#include <QTcpSocket>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#endif

namespace wb {

void HandshakeQueue::append(QTcpSocket *socket)
{
    m_sockets.removeAll(nullptr);
    m_sockets.append(socket);
}

void HandshakeQueue::remove(QTcpSocket *socket)
{
    m_sockets.removeAll(socket);
    m_sockets.removeAll(nullptr);
}

bool HandshakeQueue::contains(const QTcpSocket *socket) const
{
    return socket
        && std::any_of(m_sockets.cbegin(), m_sockets.cend(),
            [socket](const QPointer<QTcpSocket> &s) { return s.data() == socket; });
}

int HandshakeQueue::size() const
{
    return int(std::count_if(m_sockets.cbegin(), m_sockets.cend(),
        [](const QPointer<QTcpSocket> &s) { return !s.isNull(); }));
}

QTcpSocket *HandshakeQueue::takeIdlest()
{
    m_sockets.removeAll(nullptr);
    for (qsizetype i = 0; i < m_sockets.size(); ++i) {
        QTcpSocket *socket = m_sockets.at(i);
        if (unreadBytes(socket) == 0) {
            m_sockets.removeAt(i);
            return socket;
        }
    }
    return nullptr;
}

qint64 unreadBytes(const QAbstractSocket *socket)
{
#ifdef Q_OS_UNIX
    int bytes = 0;
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0 && ::ioctl(int(descriptor), FIONREAD, &bytes) == 0)
        return bytes;
#else
    Q_UNUSED(socket)
#endif
    return 0;
}

QList<QTcpSocket *> HandshakeQueue::sockets() const
{
    QList<QTcpSocket *> list;
    for (const QPointer<QTcpSocket> &socket : m_sockets) {
        if (socket)
            list << socket.data();
    }
    return list;
}

} // namespace wb
