#pragma once

#include <QList>
#include <QPointer>
#include <QtGlobal>

class QAbstractSocket;
class QTcpSocket;

namespace wb {

// Connections whose handshake is under way, oldest first (docs/security.md, "Sockets").
//
// When a newcomer needs room, the one to drop is the oldest that has nothing waiting to be read:
// Qt accepts every connection the kernel holds before it reads any of them, so in a burst a
// client whose request already waits in the kernel has simply not had its turn yet. Dropping it
// would keep the real client out and the idle ones in.
class HandshakeQueue final
{
public:
    void append(QTcpSocket *socket);
    void remove(QTcpSocket *socket);
    bool contains(const QTcpSocket *socket) const;
    int size() const;
    bool isEmpty() const { return size() == 0; }
    void clear() { m_sockets.clear(); }
    QList<QTcpSocket *> sockets() const;

    // Takes the oldest handshake with no bytes waiting for us; nullptr (and keeps every one)
    // when each of them has sent something we have not read.
    QTcpSocket *takeIdlest();

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

// Bytes the kernel holds for the socket that Qt has not read yet; 0 when it cannot tell.
qint64 unreadBytes(const QAbstractSocket *socket);

} // namespace wb
