#include "runtime/freeze.h"

#include <QAbstractSocket>
#include <QTcpServer>

namespace wb::freeze {

void setFrozen(const QList<QObject *> &objects, bool frozen)
{
    for (QObject *object : objects) {
        if (!object)
            continue;
        object->blockSignals(frozen);
        if (frozen)
            continue;
        // What arrived while frozen was announced to nobody: announce it now, from the event
        // loop, as the socket would have.
        if (auto *socket = qobject_cast<QAbstractSocket *>(object)) {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                QMetaObject::invokeMethod(socket, "disconnected", Qt::QueuedConnection);
            else if (socket->bytesAvailable() > 0)
                QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
        } else if (auto *server = qobject_cast<QTcpServer *>(object)) {
            if (server->hasPendingConnections())
                QMetaObject::invokeMethod(server, "newConnection", Qt::QueuedConnection);
        }
    }
}

} // namespace wb::freeze
