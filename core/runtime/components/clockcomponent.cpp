#include "runtime/components/clockcomponent.h"

#include "net/wireprotocol.h"
#include "runtime/traffic.h"

namespace wb {

ClockComponent::ClockComponent(NodeContext *context, QObject *parent)
    : Component(context, parent), m_timer(context->timeSource(), this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &RunTimer::timeout, this, &ClockComponent::tick);
}

void ClockComponent::setup(const QVariantMap &params)
{
    m_tacks = params.value(QStringLiteral("tacks"), 5).toLongLong();
    m_delay = params.value(QStringLiteral("delay"), 1.0).toDouble();
    m_start = params.value(QStringLiteral("start"), 0.0).toDouble();
    m_message = params.value(QStringLiteral("message")).toString();
    m_hasMessage = params.contains(QStringLiteral("message"));
}

void ClockComponent::start()
{
    stop();
    m_running = true;
    m_next = 0;
    m_failures = 0;
    m_timer.start(qint64(m_start * 1000.0)); // `start`: the first tick waits, in run time
}

void ClockComponent::stop()
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
}

void ClockComponent::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    const TimeSource *time = context()->timeSource();
    const qint64 now = time ? time->nowNs() : monotonicNs();
    if (frozen) {
        // The tick keeps its time: a node that wakes before it finds it still to come.
        m_dueWhileFrozen = m_timer.isActive();
        m_dueNs = now + std::max<qint64>(0, m_timer.remainingMs()) * 1'000'000;
        m_timer.stop();
    } else if (m_dueWhileFrozen && m_running) {
        m_dueWhileFrozen = false;
        m_timer.start(std::max<qint64>(0, (m_dueNs - now) / 1'000'000));
    }
}

void ClockComponent::tick()
{
    if (!m_running)
        return;
    if (m_frozen) {
        m_dueWhileFrozen = true;
        m_dueNs = 0;
        return;
    }
    if (m_tacks >= 0 && m_next >= m_tacks) {
        m_running = false;
        Q_EMIT finished(m_failures == 0, m_failures);
        return;
    }
    const QString payload = m_hasMessage ? m_message : QString::number(m_next);
    ++m_next;
    if (logging())
        log(QStringLiteral("> ") + payload);
    if (reportingLive())
        Q_EMIT liveState({ { QStringLiteral("tick"), m_next - 1 } });
    const quint64 generation = m_generation;
    m_sending = true;
    context()->streamToTargets({ payload }, wire::clockChannel(),
        [this, generation](const NodeContext::StreamResult &result) {
            if (generation == m_generation)
                onTicked(result);
        });
    m_sending = false;
}

void ClockComponent::onTicked(const NodeContext::StreamResult &result)
{
    bool refused = false;
    for (const QString &ack : result.acks) {
        if (logging())
            log(QStringLiteral("< ") + ack);
        refused = refused || ack.startsWith(wire::errorPrefix());
    }
    // A tick answered with an error ack (a pin that could not reach its buzzer) was delivered
    // but not acknowledged: it counts as failed like one that never arrived.
    if (!result.ok) {
        ++m_failures;
        if (logging())
            log(result.error + QStringLiteral("; trying again on the next tick"));
    } else if (refused) {
        ++m_failures;
    }
    if (!m_running)
        return;
    const bool last = m_tacks >= 0 && m_next >= m_tacks;
    // Flat out, the next tick leaves at once (a timer costs a pass of the event loop per tick).
    // Not when the answer came while still sending (a target that fails at once): that would
    // recurse; nor while the run is paused (a stepped ack): the tick waits for the run.
    const TimeSource *time = context()->timeSource();
    if (!last && m_delay <= 0 && !m_sending && !m_frozen && !(time && time->isPaused())) {
        tick();
        return;
    }
    if (m_frozen) {
        m_dueWhileFrozen = true;
        m_dueNs = 0; // overdue: it goes as soon as the node wakes
        return;
    }
    m_timer.start(last ? 0 : qint64(m_delay * 1000.0));
}

} // namespace wb
