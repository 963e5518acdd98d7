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
            // What came before the end first, then the end. The end is announced by
            // stateChanged() as well as disconnected(): a QWebSocket learns of it from the
            // former alone, and would otherwise stay open for good.
            QMetaObject::invokeMethod(
                socket,
                [socket] {
                    if (socket->bytesAvailable() > 0)
                        Q_EMIT socket->readyRead();
                    if (socket->state() == QAbstractSocket::UnconnectedState) {
                        Q_EMIT socket->stateChanged(QAbstractSocket::UnconnectedState);
                        Q_EMIT socket->disconnected();
                    }
                },
                Qt::QueuedConnection);
        } else if (auto *server = qobject_cast<QTcpServer *>(object)) {
            if (server->hasPendingConnections())
                QMetaObject::invokeMethod(server, "newConnection", Qt::QueuedConnection);
        }
    }
}

} // namespace wb::freeze
