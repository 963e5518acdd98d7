#include "runtime/endpoint.h"

#include "net/handshakepolicy.h"
#include "net/wireprotocol.h"
#include "runtime/freeze.h"
#include "runtime/traffic.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace wb {

namespace {

constexpr int kReportsPerSecond = 5;

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

Endpoint::Endpoint(const QString &serverName, QObject *parent)
    : QObject(parent), m_name(serverName), m_policy(SocketPolicy::processDefaults())
{
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
        connect(tls, &QTcpServer::pendingConnectionAvailable, this, &Endpoint::acceptTcp);
        m_tcp = tls;
    } else {
        m_tcp = new QTcpServer(this);
    }
    m_tcp->setListenBacklogSize(limits::kListenBacklog);
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
    connect(m_tcp, &QTcpServer::newConnection, this, &Endpoint::acceptTcp);
    // Out of descriptors, Qt pauses accepting for good: try again shortly.
    connect(m_tcp, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        report(QString(), tr("cannot accept a connection: %1").arg(m_tcp->errorString()));
        m_caps.retryLater(250);
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &Endpoint::accept);
    m_caps.setServer(m_tcp, m_policy.maxConnections);
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
    m_handshaking.clear();
    m_handedOver.clear();
    m_caps.clearServer();
    if (m_tcp) {
        m_tcp->close();
        m_tcp->deleteLater(); // with the sockets still in their handshake
        m_tcp = nullptr;
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    setState(State::Stopped);
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
    QList<QObject *> objects;
    if (m_tcp)
        objects << m_tcp;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        objects << it.key() << it.value()->tcp.data();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_handedOver))
        objects << socket.data();
    for (QObject *object : m_handshaking.sockets())
        objects << object;
    freeze::setFrozen(objects, frozen);
}

quint16 Endpoint::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void Endpoint::acceptTcp()
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

bool Endpoint::admit(QTcpSocket *socket)
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
        report(peerOf(socket),
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

void Endpoint::pauseIfFull()
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
        report(QString(), why);
}

void Endpoint::startHandshake(QTcpSocket *socket)
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

bool Endpoint::dropIdleHandshake(const QString &why)
{
    QTcpSocket *idle = m_handshaking.takeIdlest();
    if (!idle)
        return false;
    report(peerOf(idle), why + tr(", this was the oldest idle handshake"));
    idle->abort();
    delete idle; // now, not later: its room is taken at once (we are in none of its signals)
    return true;
}

void Endpoint::readHead(QTcpSocket *socket)
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
    m_server->handleConnection(socket);
}

void Endpoint::refuse(QTcpSocket *socket, int status, const QByteArray &reason)
{
    report(peerOf(socket),
        tr("handshake refused (HTTP %1): %2").arg(status).arg(QString::fromLatin1(reason)));
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    socket->write(handshake::refusal({ status, reason }));
    socket->disconnectFromHost();
    // A client that does not read its answer is cut.
    QTimer::singleShot(limits::kCloseGraceMs, socket, &QAbstractSocket::abort);
    pauseIfFull();
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
        for (const QPointer<QTcpSocket> &tcp : std::as_const(m_handedOver)) {
            if (tcp && tcp->peerPort() == socket->peerPort()
                && tcp->peerAddress() == socket->peerAddress()) {
                connection->tcp = tcp;
            }
        }
        m_handedOver.removeAll(connection->tcp);
        m_handedOver.removeAll(nullptr);
        if (connection->tcp) {
            delete connection->tcp->findChild<QTimer *>(QStringLiteral("wbHandshakeTimeout"));
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
