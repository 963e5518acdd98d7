#include "runtime/endpoint.h"

#include "net/wireprotocol.h"
#include "runtime/freeze.h"
#include "runtime/traffic.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace wb {

namespace {

constexpr int kReportsPerSecond = 5;

} // namespace

Endpoint::Endpoint(const QString &serverName, QObject *parent)
    : QObject(parent), m_name(serverName), m_policy(SocketPolicy::processDefaults())
{
    connect(&m_admission, &Admission::handedOver, this, [this](QTcpSocket *socket) {
        if (m_server)
            m_server->handleConnection(socket);
    });
    connect(&m_admission, &Admission::refused, this, &Endpoint::report);
    m_reports.setInterval(1000);
    connect(&m_reports, &QTimer::timeout, this, [this] {
        if (m_unreported > 0) {
            Q_EMIT rejected(QString(),
                tr("%n more connection(s) refused or closed in the last "
                   "second",
                    nullptr, m_unreported));
        }
        if (m_reported == 0 && m_unreported == 0)
            m_reports.stop(); // a quiet second
        m_unreported = 0;
        m_reported = 0;
    });
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
            tr("cannot listen on \"%1\": give an IP address, localhost, 0.0.0.0 or ::").arg(host));
        return false;
    }
    m_loopback = address->isLoopback();
    m_server = new QWebSocketServer(m_name, QWebSocketServer::NonSecureMode, this);
    QString error;
    if (!m_admission.listen(host, *address, port, m_policy, &error)) {
        delete m_server;
        m_server = nullptr;
        setState(State::Error, error);
        return false;
    }
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
    m_admission.close();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    setState(State::Stopped);
}

void Endpoint::refuse(const QString &connectionKey, const QString &reason)
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value()->key == connectionKey) {
            // A close frame's reason is at most 123 bytes (RFC 6455).
            QString cut = reason;
            while (cut.toUtf8().size() > 123)
                cut.chop(1);
            closeConnection(it.key(), closecode::kProtocolError, cut);
            return;
        }
    }
}

void Endpoint::abortAll()
{
    setFrozen(false);
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    close();
}

void Endpoint::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    QList<QObject *> objects = m_admission.objects();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        objects << it.key() << it.value()->tcp.data();
    freeze::setFrozen(objects, frozen);
}

quint16 Endpoint::port() const
{
    return m_admission.port();
}

void Endpoint::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connection->peer
            = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
        connection->key = connection->peer + u'>' + socket->localAddress().toString() + u':'
            + QString::number(socket->localPort());
        connection->channel = wire::channelFromPath(socket->requestUrl().path());
        connection->tcp = m_admission.takeHandedOver(socket);
        if (connection->tcp) {
            // Its parent was our QTcpServer, which Endpoint::close() deletes while the
            // WebSocket still says goodbye on it: it belongs to its WebSocket.
            connection->tcp->setParent(socket);
        }
        applySocketLimits(socket, m_policy);
        m_connections.insert(socket, connection);
        socket->setParent(this);
        connect(
            socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                onMessage(socket, { text, false });
            });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &data) {
                onMessage(socket, { QString::number(data.size()), true });
            });
        if (connection->tcp) {
            // After the WebSocket's own handling: what it queued in answer (pongs) counts too.
            connect(connection->tcp, &QIODevice::readyRead, this, [this, socket] {
                if (const auto c = m_connections.value(socket))
                    checkQueued(socket, c);
            });
        }
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const auto gone = m_connections.take(socket);
            socket->deleteLater();
            if (!gone)
                return;
            QString reason = !gone->closing.isEmpty() ? gone->closing
                : socket->closeReason().isEmpty()
                ? tr("code %1").arg(int(socket->closeCode()))
                : tr("%1 (code %2)").arg(socket->closeReason()).arg(int(socket->closeCode()));
            if (gone->binaryFrames > 1) {
                reason += tr(
                    "; %n binary frame(s) answered with an error", nullptr, gone->binaryFrames);
            }
            Q_EMIT clientDisconnected(gone->peer, gone->channel, reason);
        });
        Q_EMIT clientConnected(connection->peer, connection->channel);
    }
}

void Endpoint::onMessage(QWebSocket *socket, const Waiting &message)
{
    const auto connection = m_connections.value(socket);
    if (!connection || !connection->closing.isEmpty())
        return;
    if (message.binary && ++connection->binaryFrames == 1) {
        report(connection->peer,
            tr("binary frame of %1 bytes on %2: answered with an error ack")
                .arg(message.text, connection->channel));
    }
    // No timestamp for a signal nobody receives (the node connects it only to record traffic).
    static const QMetaMethod received = QMetaMethod::fromSignal(&Endpoint::messageReceived);
    if (!message.binary && isSignalConnected(received))
        Q_EMIT messageReceived(connection->peer, connection->channel, message.text, monotonicNs());
    if (!connection->busy) {
        handle(socket, connection, message);
        return;
    }
    connection->waiting.enqueue(message);
    connection->waitingBytes += message.text.size() * qint64(sizeof(QChar));
    if (connection->waiting.size() > m_policy.maxWaitingMessages
        || connection->waitingBytes > m_policy.maxWaitingBytes) {
        closeConnection(socket, closecode::kTooManyWaiting,
            tr("more than %1 messages or %2 bytes sent ahead of their acks")
                .arg(m_policy.maxWaitingMessages)
                .arg(m_policy.maxWaitingBytes));
    }
}

void Endpoint::handleNext(QWebSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection || connection->busy || connection->waiting.isEmpty())
        return;
    const Waiting next = connection->waiting.dequeue();
    connection->waitingBytes -= next.text.size() * qint64(sizeof(QChar));
    handle(socket, connection, next);
}

void Endpoint::handle(
    QWebSocket *socket, const std::shared_ptr<Connection> &connection, const Waiting &message)
{
    connection->busy = true;
    QPointer<QWebSocket> guard(socket);
    QPointer<Endpoint> self(this);
    const quint64 answer = connection->answers;
    // A component may answer long after: when the endpoint was closed or destroyed meanwhile.
    Reply reply = [this, self, guard, connection, answer](const QString &ack, int copies) {
        if (connection->answers != answer || !self || !guard
            || m_connections.value(guard) != connection || !connection->closing.isEmpty()) {
            return; // answered already, or the peer or this endpoint has gone
        }
        ++connection->answers;
        QString frame = ack.isEmpty() ? wire::noAck() : ack;
        if (frame.size() > m_policy.maxMessageBytes / 3
            && frame.toUtf8().size() > m_policy.maxMessageBytes) {
            frame = wire::errorPrefix()
                + tr("the ack is over %1 bytes").arg(m_policy.maxMessageBytes);
        }
        for (int i = 0; i < copies; ++i)
            guard->sendTextMessage(frame);
        static const QMetaMethod sent = QMetaMethod::fromSignal(&Endpoint::ackSent);
        if (copies > 0 && isSignalConnected(sent))
            Q_EMIT ackSent(connection->peer, connection->channel, frame, monotonicNs());
        connection->busy = false;
        if (!checkQueued(guard, connection))
            return;
        if (!connection->waiting.isEmpty()) {
            // A pipelining peer: handle the next one from the event loop, not recursively.
            QMetaObject::invokeMethod(
                this,
                [this, guard] {
                    if (guard)
                        handleNext(guard);
                },
                Qt::QueuedConnection);
        }
    };
    if (message.binary) {
        reply(wire::errorPrefix() + tr("binary frames are not part of the protocol; send text"), 1);
        return;
    }
    if (m_handler)
        m_handler(Incoming { connection->channel, message.text, connection->peer, connection->key },
            std::move(reply));
    else
        reply({}, 1);
}

bool Endpoint::checkQueued(QWebSocket *socket, const std::shared_ptr<Connection> &connection)
{
    if (!connection->closing.isEmpty())
        return false;
    const qint64 queued = socket->bytesToWrite();
    if (queued <= m_policy.maxQueuedBytes)
        return true;
    closeConnection(socket, closecode::kNotReading,
        tr("the peer does not read: %1 bytes waiting for it, the cap is %2")
            .arg(queued)
            .arg(m_policy.maxQueuedBytes));
    return false;
}

void Endpoint::closeConnection(QWebSocket *socket, int code, const QString &reason)
{
    const auto connection = m_connections.value(socket);
    if (!connection || !connection->closing.isEmpty())
        return;
    connection->closing = tr("closed by this node, code %1: %2").arg(code).arg(reason);
    report(connection->peer, connection->closing);
    connection->waiting.clear();
    connection->waitingBytes = 0;
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // A peer that does not read never sees the close frame: cut it after a grace period.
    QTimer::singleShot(limits::kCloseGraceMs, socket, &QWebSocket::abort);
}

void Endpoint::report(const QString &peer, const QString &reason)
{
    if (m_reported >= kReportsPerSecond) {
        ++m_unreported;
        return;
    }
    ++m_reported;
    if (!m_reports.isActive())
        m_reports.start();
    Q_EMIT rejected(peer, reason);
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
