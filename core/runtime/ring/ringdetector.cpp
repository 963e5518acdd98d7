#include "runtime/ring/ringdetector.h"

#include <QPointer>

namespace wb::ring {

RingDetector::RingDetector(NodeContext *context, Probers probers, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_probers(std::move(probers))
    , m_heartbeat(context->timeSource(), this)
    , m_deadline(context->timeSource(), this)
    , m_probeGuard(context->timeSource(), this)
    , m_timers(context->timeSource())
{
    for (RunTimer *timer : { &m_heartbeat, &m_deadline, &m_probeGuard }) {
        timer->setSingleShot(true);
        m_timers.add(timer);
    }
    connect(&m_heartbeat, &RunTimer::timeout, this, &RingDetector::ping);
    connect(&m_deadline, &RunTimer::timeout, this, [this] {
        if (m_suspecting) {
            onProbed(m_round, false, {}, true,
                tr("no pong within %1 s, directly or through others")
                    .arg((m_timing.suspectMs + 2 * m_timing.probeTimeoutMs) / 1000.0));
        }
    });
    connect(&m_probeGuard, &RunTimer::timeout, this, &RingDetector::expireProbes);
}

void RingDetector::watch(const Member &target)
{
    if (target.addr == m_target.addr) {
        m_target = target; // its name or key may have changed
        if (!target.isNull() && !m_pinging && !m_suspecting && !m_heartbeat.isActive())
            m_heartbeat.start(0);
        return;
    }
    ++m_round;
    m_target = target;
    m_pinging = false;
    m_suspecting = false;
    m_deadline.stop();
    if (target.isNull())
        m_heartbeat.stop();
    else
        m_heartbeat.start(0);
}

void RingDetector::stop()
{
    ++m_round;
    m_target = {};
    m_pinging = false;
    m_suspecting = false;
    m_heartbeat.stop();
    m_deadline.stop();
    m_probeGuard.stop();
    m_probes.clear(); // a stopped member answers nothing more
}

qint64 RingDetector::nowNs() const
{
    const TimeSource *time = m_context->timeSource();
    return time ? time->nowNs() : monotonicNs();
}

QString RingDetector::pingText()
{
    Message ping;
    ping.type = MessageType::Ping;
    ping.from = m_self;
    ping.seq = ++m_seq;
    return encode(ping);
}

std::optional<Member> RingDetector::pongOf(
    const NodeContext::SendResult &result, QString *why) const
{
    QString error;
    const auto ack = parseAck(result.ack, &error);
    if (ack && ack->type == AckType::Pong)
        return ack->from;
    *why = tr("answered a ping with %1").arg(result.ack.left(80));
    return std::nullopt;
}

void RingDetector::ping()
{
    if (m_target.isNull() || m_pinging || m_suspecting)
        return;
    m_pinging = true;
    // A lost ping or pong is sent again every heartbeat (the link's retries, on one
    // connection) until the suspect time is over: only then is the successor suspect.
    const int timeout = std::max(1, std::min(m_timing.heartbeatMs, m_timing.suspectMs));
    const int retries = std::max(0, (m_timing.suspectMs + timeout - 1) / timeout - 1);
    const quint64 round = m_round;
    QPointer<RingDetector> alive(this);
    m_context->sendTo(m_target.addr, pingChannel(), pingText(), { timeout, retries },
        [this, alive, round](const NodeContext::SendResult &result) {
            if (alive)
                onPinged(round, result);
        });
}

void RingDetector::onPinged(quint64 round, const NodeContext::SendResult &result)
{
    if (round != m_round)
        return;
    m_pinging = false;
    const QString addr = m_target.addr;
    if (result.ok) {
        QString why;
        if (const auto from = pongOf(result, &why)) {
            m_heartbeat.start(m_timing.heartbeatMs);
            Q_EMIT pong(*from);
        } else {
            Q_EMIT died(addr, why);
        }
        return;
    }
    if (result.failure == NodeContext::SendFailure::Connection) {
        Q_EMIT died(addr, result.error);
        return;
    }
    suspect();
}

void RingDetector::suspect()
{
    m_suspecting = true;
    const quint64 round = ++m_round;
    const QString target = m_target.addr;
    Q_EMIT suspected(target);
    if (round != m_round)
        return; // the member moved on meanwhile
    QStringList probers;
    for (const QString &addr : m_probers(target)) {
        if (probers.size() < m_timing.probes && addr != target && addr != m_self.addr
            && !probers.contains(addr)) {
            probers << addr;
        }
    }
    m_asked = int(probers.size());
    m_waiting = m_asked + 1;
    // A probe is four passages (there, the ping, its pong, back): at teaching pace each takes
    // its transit on top.
    m_deadline.start(2 * qint64(m_timing.probeTimeoutMs) + 4 * m_context->transitMs());
    QPointer<RingDetector> alive(this);
    for (const QString &prober : std::as_const(probers)) {
        Message probe;
        probe.type = MessageType::Probe;
        probe.from = m_self;
        probe.target = target;
        probe.seq = ++m_seq;
        m_context->sendTo(prober, pingChannel(), encode(probe),
            { 2 * m_timing.probeTimeoutMs + 2 * m_context->transitMs(), 0 },
            [this, alive, round, prober](const NodeContext::SendResult &result) {
                if (!alive)
                    return;
                QString error;
                const auto ack = result.ok ? parseAck(result.ack, &error) : std::nullopt;
                const bool heard = ack && ack->type == AckType::Probed && ack->alive;
                onProbed(round, heard, prober, false, {});
            });
    }
    // And once more itself, on a connection of its own if the old one is gone.
    m_context->sendTo(target, pingChannel(), pingText(), { m_timing.probeTimeoutMs, 0 },
        [this, alive, round](const NodeContext::SendResult &result) {
            if (!alive)
                return;
            QString why;
            if (result.ok && pongOf(result, &why)) {
                onProbed(round, true, m_self.addr, false, {});
                return;
            }
            const bool gone = result.failure == NodeContext::SendFailure::Connection;
            onProbed(round, false, {}, gone, gone ? result.error : why);
        });
}

void RingDetector::onProbed(
    quint64 round, bool heard, const QString &via, bool gone, const QString &why)
{
    if (round != m_round || !m_suspecting)
        return;
    const QString target = m_target.addr;
    if (heard) {
        m_suspecting = false;
        m_deadline.stop();
        ++m_round;
        m_heartbeat.start(m_timing.heartbeatMs);
        Q_EMIT refuted(target, via);
        return;
    }
    if (!gone && --m_waiting > 0)
        return;
    m_suspecting = false;
    m_deadline.stop();
    ++m_round;
    // Spelled out: without a translation loaded, tr()'s %n would print "member(s)".
    const QString others
        = m_asked == 1 ? tr("1 other member") : tr("%1 other members").arg(m_asked);
    Q_EMIT died(target,
        gone ? why
             : tr("no pong within %1 s, nor through %2")
                   .arg(m_timing.suspectMs / 1000.0)
                   .arg(others));
}

void RingDetector::probe(const QString &target, std::function<void(bool)> done)
{
    auto answered = std::make_shared<bool>(false);
    if (target == m_self.addr) {
        QMetaObject::invokeMethod(
            this, [done] { done(true); }, Qt::QueuedConnection);
        return;
    }
    // The ping and its pong, each with its transit at teaching pace.
    const qint64 waitMs = m_timing.probeTimeoutMs + 2 * m_context->transitMs();
    m_probes << Probe { nowNs() + waitMs * 1'000'000, done, answered };
    if (!m_probeGuard.isActive() || m_probeGuard.remainingMs() > waitMs)
        m_probeGuard.start(waitMs);
    QPointer<RingDetector> alive(this);
    m_context->sendTo(target, pingChannel(), pingText(), { m_timing.probeTimeoutMs, 0 },
        [this, alive, answered, done](const NodeContext::SendResult &result) {
            if (*answered)
                return;
            *answered = true;
            QString why;
            const bool heard = result.ok && alive && pongOf(result, &why);
            done(heard);
        });
}

void RingDetector::expireProbes()
{
    const qint64 now = nowNs();
    qint64 next = -1;
    QList<std::function<void(bool)>> expired;
    for (auto it = m_probes.begin(); it != m_probes.end();) {
        if (!*it->answered && it->dueNs <= now) {
            *it->answered = true;
            expired << it->done;
        }
        if (*it->answered) {
            it = m_probes.erase(it);
            continue;
        }
        next = next < 0 ? it->dueNs : std::min(next, it->dueNs);
        ++it;
    }
    if (next >= 0)
        m_probeGuard.start(std::max<qint64>(0, (next - now + 999'999) / 1'000'000));
    QPointer<RingDetector> alive(this);
    for (const auto &done : std::as_const(expired)) {
        if (alive)
            done(false);
    }
}

} // namespace wb::ring
