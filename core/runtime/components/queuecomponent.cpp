#include "runtime/components/queuecomponent.h"

#include "net/wireprotocol.h"

#include <QVariantList>

namespace wb {

QueueComponent::QueueComponent(NodeContext *context, QObject *parent)
    : Component(context, parent)
    , m_retry(context->timeSource(), this)
    , m_hang(context->timeSource())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &RunTimer::timeout, this, &QueueComponent::deliverNext);
    m_hang.add(&m_retry);
}

void QueueComponent::setup(const QVariantMap &params)
{
    m_capacity = int(std::clamp<qint64>(
        params.value(QStringLiteral("capacity"), 5).toLongLong(), 1, kinds::kMaxQueueCapacity));
    const QString whenFull = params.value(QStringLiteral("whenFull")).toString();
    m_whenFull = whenFull == QLatin1String("drop-newest") ? WhenFull::DropNewest
        : whenFull == QLatin1String("drop-oldest")        ? WhenFull::DropOldest
                                                          : WhenFull::Block;
    // Edited live: a larger queue lets blocked producers in; a smaller one keeps what it
    // holds and takes nothing more until it is below its new capacity.
    bool changed = false;
    while (m_running && fill() < m_capacity && !m_blocked.isEmpty()) {
        const Blocked next = m_blocked.dequeue();
        admit(next.channel, next.text, next.reply);
        changed = true;
    }
    if (m_running && !changed)
        report();
}

void QueueComponent::start()
{
    stop();
    m_running = true;
    m_received = m_delivered = m_dropped = 0;
    m_highWater = 0;
    m_waitSumMs = m_lastWaitMs = 0;
    report();
}

void QueueComponent::stop()
{
    // Gone with the process: what waited, and the producers it held (their connections go
    // with the node).
    m_running = false;
    ++m_ticket;
    m_retry.stop();
    m_items.clear();
    m_blocked.clear();
    m_delivering = false;
    m_headGivenUp = false;
    updateBusy();
}

void QueueComponent::setFrozen(bool frozen)
{
    m_hang.setFrozen(frozen);
    if (!frozen)
        deliverNext();
}

QList<QPair<QString, qint64>> QueueComponent::counts() const
{
    return { { QStringLiteral("received"), m_received },
        { QStringLiteral("delivered"), m_delivered }, { QStringLiteral("dropped"), m_dropped },
        { QStringLiteral("highest fill"), m_highWater } };
}

void QueueComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    ++m_received;
    if (fill() < m_capacity && m_blocked.isEmpty()) {
        admit(channel, message, reply);
        deliverNext();
        return;
    }
    switch (m_whenFull) {
    case WhenFull::Block:
        // No ack yet: the producer (stop-and-wait) sends nothing more until its item is in.
        m_blocked.enqueue({ channel, message, std::move(reply) });
        report();
        updateBusy();
        deliverNext();
        return;
    case WhenFull::DropNewest:
        ++m_dropped;
        if (logging())
            log(QStringLiteral("dropped: ") + message);
        reply(wire::errorPrefix() + QStringLiteral("dropped, queue full (%1/%1)").arg(m_capacity));
        report();
        return;
    case WhenFull::DropOldest:
        dropOldest();
        admit(channel, message, reply, QStringLiteral(", dropped oldest"));
        deliverNext();
        return;
    }
}

void QueueComponent::admit(
    const QString &channel, const QString &text, const Reply &reply, const QString &suffix)
{
    m_items.enqueue({ channel, text, runNowNs() });
    m_highWater = std::max(m_highWater, fill());
    if (logging())
        log(QStringLiteral("> %1 (%2/%3)").arg(text).arg(fill()).arg(m_capacity));
    reply(QStringLiteral("queued %1/%2").arg(fill()).arg(m_capacity) + suffix);
    report();
    updateBusy();
}

void QueueComponent::dropOldest()
{
    // The oldest item that still waits: not the head while it is on its way, unless it is the
    // only one (capacity 1); then its delivery is given up: whatever its targets answer, it
    // counts as dropped, not delivered, and it is not tried again.
    const bool headOnItsWay = m_delivering && !m_headGivenUp;
    qsizetype index = 0;
    if (headOnItsWay && m_items.size() > 1)
        index = 1;
    else if (headOnItsWay)
        m_headGivenUp = true;
    if (m_items.isEmpty())
        return;
    const Item gone = m_items.takeAt(index);
    ++m_dropped;
    if (logging())
        log(QStringLiteral("dropped: ") + gone.text);
}

void QueueComponent::deliverNext()
{
    // One at a time: the next goes once every target has answered the one before. Without a
    // target the items stay (the queue fills), and a failed head waits for its retry.
    if (!m_running || m_delivering || m_retry.isActive() || m_hang.isFrozen()
        || context()->targetCount() == 0 || m_items.isEmpty()) {
        return;
    }
    m_delivering = true;
    const quint64 ticket = ++m_ticket;
    const Item &head = m_items.head();
    // An answer inside this call (a target with no address fails at once) is handled from the
    // event loop, so that a run of them never recurses.
    m_calling = true;
    context()->streamToTargets(
        { head.text }, head.channel, [this, ticket](const NodeContext::StreamResult &result) {
            if (m_calling && ticket == m_ticket) {
                QMetaObject::invokeMethod(
                    this, [this, ticket, result] { onDelivered(ticket, result); },
                    Qt::QueuedConnection);
                return;
            }
            onDelivered(ticket, result);
        });
    m_calling = false;
}

void QueueComponent::onDelivered(quint64 ticket, const NodeContext::StreamResult &result)
{
    if (ticket != m_ticket || !m_running)
        return;
    m_delivering = false;
    if (m_headGivenUp) {
        m_headGivenUp = false; // already counted as dropped
    } else if (!result.ok) {
        // It stays at the head; an error ack (a refusal) would have counted as delivered.
        if (logging())
            log(result.error + QStringLiteral("; trying again in %1 s").arg(kRetryMs / 1000.0));
        m_retry.start(kRetryMs);
        return;
    } else {
        const Item item = m_items.dequeue();
        ++m_delivered;
        m_lastWaitMs = double(runNowNs() - item.inNs) / 1e6;
        m_waitSumMs += m_lastWaitMs;
        // A place is free: the producer held longest gets it, and its ack (admit() reports).
        if (!m_blocked.isEmpty() && fill() < m_capacity) {
            const Blocked next = m_blocked.dequeue();
            admit(next.channel, next.text, next.reply);
            deliverNext();
            return;
        }
    }
    report();
    updateBusy();
    deliverNext();
}

void QueueComponent::report()
{
    if (!reportingLive())
        return;
    QVariantList items;
    const qsizetype shown = std::min<qsizetype>(m_items.size(), kShownItems);
    items.reserve(shown);
    for (qsizetype i = 0; i < shown; ++i)
        items << m_items.at(i).text.left(kShownChars);
    Q_EMIT liveState({ { QStringLiteral("fill"), fill() },
        { QStringLiteral("capacity"), m_capacity }, { QStringLiteral("items"), items },
        { QStringLiteral("highWater"), m_highWater }, { QStringLiteral("received"), m_received },
        { QStringLiteral("delivered"), m_delivered }, { QStringLiteral("dropped"), m_dropped },
        { QStringLiteral("blocked"), int(m_blocked.size()) },
        { QStringLiteral("waitMs"), m_delivered > 0 ? m_waitSumMs / double(m_delivered) : 0.0 },
        { QStringLiteral("lastWaitMs"), m_lastWaitMs } });
}

} // namespace wb
