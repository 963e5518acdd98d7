#include "runtime/link.h"

#include "net/socketpolicy.h"
#include "runtime/deliverycontroller.h"
#include "runtime/freeze.h"
#include "runtime/traffic.h"

#include <QAbstractSocket>
#include <QWebSocket>

namespace wb {

Link::Link(const QUrl &url, QObject *parent) : Link(url, Route {}, parent)
{ }

Link::Link(const QUrl &url, const Route &route, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_route(route)
    , m_ackTimer(route.gate ? route.gate->timeSource() : nullptr, this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            onLost(m_socket, tr("no answer within %1 s").arg(m_connectTimeoutMs / 1000.0),
                Failure::Silence);
    });
    m_ackTimer.setSingleShot(true);
    connect(&m_ackTimer, &RunTimer::timeout, this, [this] {
        if (m_inFlight)
            onAckTimer();
    });
    connect(&m_ping, &PingMonitor::timedOut, this, [this] {
        onLost(
            m_socket, tr("no pong within %1 s").arg(m_ping.timeoutMs() / 1000.0), Failure::Silence);
    });
}

Link::~Link()
{
    // Callbacks belong to the owner that is destroying us: never call back into it now.
    m_queue.clear();
    m_inFlight.reset();
    dropSocket();
}

quint64 Link::send(const QString &text, Done done)
{
    return send(text, Timing { 0, -1 }, std::move(done));
}

quint64 Link::send(const QString &text, const Timing &timing, Done done)
{
    const quint64 id = m_route.gate ? m_route.gate->newMessageId() : m_nextId++;
    const qint64 limit = SocketPolicy::processDefaults().maxMessageBytes;
    QString refusal;
    if (m_queue.size() >= limits::kMaxLinkQueue)
        refusal = tr("%1 messages already wait for %2").arg(m_queue.size()).arg(m_url.toString());
    else if (text.size() > limit / 3 && text.toUtf8().size() > limit)
        refusal = tr("the message is over %1 bytes, the limit of a message").arg(limit);
    if (!refusal.isEmpty()) {
        // Failed from the event loop, like any other failure: never inside the caller's send().
        QMetaObject::invokeMethod(
            this,
            [this, id, refusal, done = std::move(done)] {
                Q_EMIT failed(id, refusal, monotonicNs(), false);
                if (done)
                    done(Delivery { id, false, {}, refusal, -1, Failure::Refused });
            },
            Qt::QueuedConnection);
        return id;
    }
    Outgoing message { id, text, std::move(done) };
    message.ackTimeoutMs = std::max(0, timing.ackTimeoutMs);
    message.retries = std::max(-1, timing.retries);
    m_queue.append(std::move(message)); // moved: enqueue() would copy
    if (!m_down.isEmpty()) {
        // Failed from the event loop, like any other failure: never inside the caller's send().
        if (!m_rejectPosted) {
            m_rejectPosted = true;
            QMetaObject::invokeMethod(this, &Link::rejectWhileDown, Qt::QueuedConnection);
        }
        return id;
    }
    if (m_state == State::Idle)
        open();
    else if (m_state == State::Connected)
        pump();
    return id;
}

void Link::setDown(const QString &reason)
{
    if (reason == m_down)
        return;
    m_down = reason;
    if (m_down.isEmpty() && !m_rejectPosted)
        resume();
}

void Link::resume()
{
    if (m_queue.isEmpty())
        return;
    if (m_state == State::Idle)
        open();
    else
        pump();
}

void Link::rejectWhileDown()
{
    m_rejectPosted = false;
    if (m_down.isEmpty()) {
        resume(); // back up meanwhile: what waits goes
        return;
    }
    // What is in flight still gets its ack or its own failure: failing it here would pair a
    // late ack with the next message.
    failAll(tr("cannot reach %1: %2").arg(m_url.toString(), m_down), false);
}

void Link::close()
{
    failAll(tr("closed"));
    m_ping.stop();
    m_ackTimer.stop();
    forgetConnection();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    m_socket = nullptr; // deletes itself once the close handshake ends (see open())
    setState(State::Idle);
}

void Link::abort()
{
    m_whileFrozen.clear(); // a crash loses what waited
    setFrozen(false);
    m_ping.stop();
    m_ackTimer.stop();
    forgetConnection();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    setState(State::Idle);
    failAll(tr("crashed"));
}

void Link::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    QList<QObject *> objects;
    if (m_socket) {
        objects << m_socket.data();
        for (QAbstractSocket *tcp : m_socket->findChildren<QAbstractSocket *>())
            objects << tcp;
    }
    if (frozen) {
        m_ping.stop();
        m_ackTimer.stop();
        m_timer.stop();
    }
    freeze::setFrozen(objects, frozen);
    if (frozen)
        return;
    // What the gate let go meanwhile goes on now, in the order it was let go.
    const auto waited = std::exchange(m_whileFrozen, {});
    for (const auto &work : waited)
        work();
    if (m_socket && m_state == State::Connected)
        m_ping.start(m_socket);
    else if (m_state == State::Connecting)
        m_timer.start(0);
    if (m_inFlight && m_inFlight->leftRunNs >= 0)
        m_ackTimer.start(0); // onAckTimer() finds how long it has waited
}

void Link::open()
{
    dropSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_timer.stop();
        if (m_route.gate) {
            // Both ends: Linux gives the same local port to connections towards different
            // servers, so the port alone would mix two wires' frames up.
            m_connectionKey = socket->localAddress().toString() + u':'
                + QString::number(socket->localPort()) + u'>' + socket->peerAddress().toString()
                + u':' + QString::number(socket->peerPort());
            m_route.gate->ledger()->open(m_connectionKey);
        }
        setState(State::Connected);
        m_ping.start(socket);
        pump();
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket](const QString &ack) { onAck(socket, ack); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        protocolError(socket, closecode::kBinaryFrame,
            tr("a binary frame where an ack was due: binary frames are not part of "
               "the protocol"));
    });
    // Qt 6.4 names this signal error(); errorOccurred() arrived in 6.5.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError) { onLost(socket, socket->errorString()); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        onLost(socket, lostReason(socket));
        socket->deleteLater();
    });
    setState(State::Connecting);
    m_timer.start(m_connectTimeoutMs);
    openClientSocket(socket, m_url);
}

QString Link::lostReason(const QWebSocket *socket)
{
    // A refused or failed connection reports disconnected before error(): name the error
    // rather than the default close code.
    QString reason = socket->closeReason();
    if (reason.isEmpty() && socket->error() != QAbstractSocket::UnknownSocketError)
        reason = socket->errorString();
    if (reason.isEmpty())
        reason = tr("connection closed (code %1)").arg(int(socket->closeCode()));
    return reason;
}

void Link::pump()
{
    if (m_inFlight || m_queue.isEmpty() || m_state != State::Connected)
        return;
    m_inFlight = m_queue.dequeue();
    transmit();
}

void Link::transmit()
{
    Outgoing &message = *m_inFlight;
    message.leftRunNs = -1;
    Q_EMIT sent(message.id, message.text, monotonicNs(), message.attempt);
    if (!m_route.gate) {
        writeFrames(1);
        return;
    }
    DeliveryController::Passage passage;
    passage.messageId = message.id;
    passage.direction = Direction::Message;
    passage.wire = m_route.wire;
    passage.from = m_route.from;
    passage.to = m_route.to;
    passage.at = m_route.from;
    passage.channel = m_route.channel;
    passage.text = message.text;
    const quint64 transmission = ++m_transmission;
    QPointer<Link> alive(this);
    m_route.gate->submit(passage, unlessFrozen([this, alive, transmission](int copies) {
        if (alive && transmission == m_transmission && m_inFlight)
            writeFrames(copies);
    }));
}

void Link::writeFrames(int copies)
{
    Outgoing &message = *m_inFlight;
    message.sentNs = monotonicNs();
    message.leftRunNs = 0;
    if (m_route.gate) {
        // At teaching pace the ack's hop back takes its transit of run time, which the same
        // run in real time does not: the wait starts after it, so that slow motion alone never
        // makes this sender give up or send again (docs/delivery.md, "Determinism").
        DeliveryController *gate = m_route.gate;
        const bool teaching = gate->pace() == DeliveryController::Pace::Teaching;
        message.leftRunNs
            = gate->timeSource()->nowNs() + (teaching ? qint64(gate->transitMs()) * 1'000'000 : 0);
    }
    // One timer for the whole stream rather than a restart per message (a measurable share of
    // a flat-out pipeline): onAckTimer() checks the age of whatever is in flight then.
    if (const int timeout = ackTimeoutOf(message);
        !m_ackTimer.isActive() || m_ackTimer.remainingMs() > timeout) {
        m_ackTimer.start(timeout);
    }
    if (copies == 0 || !m_socket || m_state != State::Connected)
        return; // dropped by the gate: the ack timeout (and the retries) will tell
    // Each message goes as one frame: Qt 6.4 receivers mishandle UTF-8 split across frames.
    for (int i = 0; i < copies; ++i)
        m_socket->sendTextMessage(message.text);
    if (m_route.gate) {
        m_route.gate->ledger()->written(
            m_connectionKey, { message.id, m_route.wire, m_route.from, m_route.to }, copies);
    }
}

void Link::onAck(QWebSocket *socket, const QString &ack)
{
    if (socket != m_socket)
        return;
    if (!m_route.gate) {
        if (!m_inFlight || m_inFlight->leftRunNs < 0) {
            // The protocol has one ack per message: a peer that answers what nobody asked is
            // not speaking it, and any later ack could be paired with the wrong message.
            protocolError(socket, closecode::kUnexpectedAck,
                tr("an ack that answers no message: %1").arg(ack.left(80)));
            return;
        }
        takeAck(m_inFlight->id, ack, false);
        return;
    }
    FrameLedger *ledger = m_route.gate->ledger();
    const FrameLedger::Answer answer = ledger->ackArrived(m_connectionKey);
    const quint64 id = answer.messageId;
    if (id == 0) {
        protocolError(socket, closecode::kUnexpectedAck,
            tr("an ack that answers no message: %1").arg(ack.left(80)));
        return;
    }
    DeliveryController::Passage passage;
    passage.messageId = id;
    passage.direction = Direction::Ack;
    passage.wire = m_route.wire;
    passage.from = m_route.to;
    passage.to = m_route.from;
    passage.at = m_route.from;
    passage.channel = m_route.channel;
    passage.text = ack;
    passage.decided = answer.decided; // a local receiver applied the ack's rules when it wrote it
    QPointer<Link> alive(this);
    m_route.gate->submit(passage, unlessFrozen([this, alive, id, ack](int copies) {
        for (int i = 0; i < copies && alive; ++i)
            takeAck(id, ack, i > 0);
    }));
}

std::function<void(int)> Link::unlessFrozen(std::function<void(int)> deliver)
{
    QPointer<Link> alive(this);
    return [this, alive, deliver = std::move(deliver)](int copies) {
        if (alive && m_frozen) {
            m_whileFrozen << [deliver, copies] {
                deliver(copies);
            };
            return;
        }
        deliver(copies);
    };
}

void Link::takeAck(quint64 id, const QString &ack, bool extra)
{
    const qint64 now = monotonicNs();
    if (extra || !m_inFlight || m_inFlight->id != id || m_inFlight->leftRunNs < 0) {
        Q_EMIT acked(id, ack, now, -1, true);
        return;
    }
    Outgoing done = std::move(*m_inFlight);
    m_inFlight.reset();
    const qint64 rtt = now - done.sentNs;
    Q_EMIT acked(done.id, ack, now, rtt, false);
    QPointer<Link> alive(this);
    if (done.done)
        done.done(Delivery { done.id, true, ack, {}, rtt });
    if (alive)
        pump();
}

void Link::protocolError(QWebSocket *socket, int code, const QString &reason)
{
    if (!socket || socket != m_socket)
        return;
    m_timer.stop();
    m_ackTimer.stop();
    m_ping.stop();
    forgetConnection();
    m_socket = nullptr;
    socket->disconnect(this);
    // We are inside one of its signals: it goes once its close frame has left.
    socket->setParent(nullptr);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(limits::kCloseGraceMs, socket, &QObject::deleteLater);
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    setState(State::Idle);
    failAll(
        tr("cannot reach %1: %2 (closed with code %3)").arg(m_url.toString(), reason).arg(code));
}

void Link::onAckTimer()
{
    if (m_inFlight->leftRunNs < 0)
        return; // still at the gate: its timeout starts when the frame leaves
    const qint64 now = m_route.gate ? m_route.gate->timeSource()->nowNs() : monotonicNs();
    const qint64 left = m_route.gate ? m_inFlight->leftRunNs : m_inFlight->sentNs;
    const qint64 waitedMs = (now - left) / 1'000'000;
    const int timeout = ackTimeoutOf(*m_inFlight);
    if (waitedMs < timeout) {
        m_ackTimer.start(timeout - waitedMs);
        return;
    }
    const QString why = tr("no ack within %1 s").arg(timeout / 1000.0);
    if (!m_route.gate) {
        onLost(m_socket, why, Failure::Silence);
        return;
    }
    if (m_inFlight->attempt <= retriesOf(*m_inFlight)) {
        ++m_inFlight->attempt;
        transmit();
        return;
    }
    giveUp(why);
}

void Link::giveUp(const QString &reason)
{
    // The connection stays: the peer may only be slow, and the ledger will recognise its late
    // ack as one of a message that failed.
    Outgoing lost = std::move(*m_inFlight);
    m_inFlight.reset();
    // Spelled out: without a translation loaded, tr()'s %n would print "attempt(s)".
    const QString attempts
        = lost.attempt == 1 ? tr("after 1 attempt") : tr("after %1 attempts").arg(lost.attempt);
    const QString error = tr("%1: %2 (%3)").arg(m_url.toString(), reason, attempts);
    Q_EMIT failed(lost.id, error, monotonicNs(), true);
    QPointer<Link> alive(this);
    if (lost.done)
        lost.done(Delivery { lost.id, false, {}, error, -1, Failure::Silence });
    if (alive)
        pump();
}

void Link::onLost(QWebSocket *socket, const QString &reason, Failure failure)
{
    if (!socket || socket != m_socket)
        return;
    m_timer.stop();
    m_ackTimer.stop();
    dropSocket();
    setState(State::Idle);
    failAll(tr("cannot reach %1: %2").arg(m_url.toString(), reason), true, failure);
}

void Link::failAll(const QString &reason, bool inFlightToo, Failure failure)
{
    QList<Outgoing> lost;
    const bool hadInFlight = inFlightToo && m_inFlight.has_value();
    if (hadInFlight)
        lost << std::move(*m_inFlight);
    if (inFlightToo)
        m_inFlight.reset();
    while (!m_queue.isEmpty())
        lost << m_queue.dequeue();
    const qint64 now = monotonicNs();
    QPointer<Link> alive(this);
    for (qsizetype i = 0; i < lost.size(); ++i) {
        Outgoing &message = lost[i];
        if (!alive)
            return;
        Q_EMIT failed(message.id, reason, now, hadInFlight && i == 0);
        if (message.done)
            message.done(Delivery { message.id, false, {}, reason, -1, failure });
    }
}

void Link::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Link::forgetConnection()
{
    if (m_route.gate && !m_connectionKey.isEmpty())
        m_route.gate->ledger()->close(m_connectionKey);
    m_connectionKey.clear();
}

void Link::dropSocket()
{
    m_ping.stop();
    forgetConnection();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    // We may be inside one of its signals (a callback that destroys the link).
    releaseClientSocket(socket, this);
}

} // namespace wb
