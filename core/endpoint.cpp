#include "endpoint.h"

#include "traffic.h"
#include "wireprotocol.h"

#include <QMetaMethod>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace wb {

Endpoint::Endpoint(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
}

Endpoint::~Endpoint()
{
    close();
}

bool Endpoint::listen(const QString &host, quint16 port)
{
    close();
    const auto address = wire::listenAddress(host);
    if (!address) {
        setState(State::Error,
                 tr("cannot listen on \"%1\": give an IP address, localhost, 0.0.0.0 or ::")
                     .arg(host));
        return false;
    }
    // We accept TCP ourselves so that every accepted socket gets TCP_NODELAY (QWebSocketServer
    // does not set it); the WebSocket handshake is then handed over to the server.
    m_tcp = new QTcpServer(this);
    m_server = new QWebSocketServer(m_name, QWebSocketServer::NonSecureMode, this);
    if (!m_tcp->listen(*address, port)) {
        const QString reason = m_tcp->serverError() == QAbstractSocket::AddressInUseError
            ? tr("port %1 on %2 is already in use").arg(port).arg(host)
            : tr("cannot listen on %1:%2: %3").arg(host).arg(port).arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        delete m_server;
        m_server = nullptr;
        setState(State::Error, reason);
        return false;
    }
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server->handleConnection(socket);
        }
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &Endpoint::accept);
    setState(State::Listening);
    return true;
}

void Endpoint::close()
{
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        // The socket stays alive until the close handshake ends, then deletes itself.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->setParent(nullptr);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("node stopped"));
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
    }
    if (m_tcp) {
        m_tcp->close();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    setState(State::Stopped);
}

quint16 Endpoint::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void Endpoint::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connection->peer = socket->peerAddress().toString() + u':'
            + QString::number(socket->peerPort());
        connection->channel = wire::channelFromPath(socket->requestUrl().path());
        m_connections.insert(socket, connection);
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const auto gone = m_connections.take(socket);
            socket->deleteLater();
            if (!gone)
                return;
            const QString reason = socket->closeReason().isEmpty()
                ? tr("code %1").arg(int(socket->closeCode()))
                : socket->closeReason();
            Q_EMIT clientDisconnected(gone->peer, gone->channel, reason);
        });
        Q_EMIT clientConnected(connection->peer, connection->channel);
    }
}

void Endpoint::onMessage(QWebSocket *socket, const QString &text)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    // No timestamp for a signal nobody receives (the node connects it only to record traffic).
    static const QMetaMethod received = QMetaMethod::fromSignal(&Endpoint::messageReceived);
    if (isSignalConnected(received))
        Q_EMIT messageReceived(connection->peer, connection->channel, text, monotonicNs());
    if (connection->busy)
        connection->waiting.enqueue(text);
    else
        handle(socket, connection, text);
}

void Endpoint::handleNext(QWebSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection || connection->busy || connection->waiting.isEmpty())
        return;
    handle(socket, connection, connection->waiting.dequeue());
}

void Endpoint::handle(QWebSocket *socket, const std::shared_ptr<Connection> &connection,
                      const QString &text)
{
    connection->busy = true;
    QPointer<QWebSocket> guard(socket);
    QPointer<Endpoint> self(this);
    const quint64 answer = connection->answers;
    // A component may answer long after: when the endpoint was closed or destroyed meanwhile.
    Reply reply = [this, self, guard, connection, answer](const QString &ack) {
        if (connection->answers != answer || !self || !guard
            || m_connections.value(guard) != connection) {
            return; // answered already, or the peer or this endpoint has gone
        }
        ++connection->answers;
        const QString frame = ack.isEmpty() ? wire::noAck() : ack;
        guard->sendTextMessage(frame);
        static const QMetaMethod sent = QMetaMethod::fromSignal(&Endpoint::ackSent);
        if (isSignalConnected(sent))
            Q_EMIT ackSent(connection->peer, connection->channel, frame, monotonicNs());
        connection->busy = false;
        if (!connection->waiting.isEmpty()) {
            // A pipelining peer: handle the next one from the event loop, not recursively.
            QMetaObject::invokeMethod(
                this, [this, guard] { if (guard) handleNext(guard); }, Qt::QueuedConnection);
        }
    };
    if (m_handler)
        m_handler(connection->channel, text, std::move(reply));
    else
        reply({});
}

void Endpoint::setState(State state, const QString &error)
{
    const bool changed = state != m_state || error != m_error;
    m_state = state;
    m_error = error;
    if (changed)
        Q_EMIT stateChanged(state);
}

} // namespace wb
