#include "runtime/deliverycontroller.h"

namespace wb {

namespace {

quint64 sequenceKey(WireId wire, Direction direction)
{
    return quint64(quint32(wire)) << 1 | quint64(direction == Direction::Ack);
}

quint64 passageKey(quint64 messageId, Direction direction)
{
    return messageId << 1 | quint64(direction == Direction::Ack);
}

} // namespace

DeliveryController::DeliveryController(QObject *parent)
    : QObject(parent), m_time(this), m_delayTimer(&m_time, this)
{
    m_delayTimer.setSingleShot(true);
    connect(&m_delayTimer, &RunTimer::timeout, this, &DeliveryController::onDelayDue);
    connect(&m_time, &TimeSource::pausedChanged, this, &DeliveryController::pausedChanged);
}

DeliveryController::~DeliveryController()
{
    // Whoever waits for a delivery is being destroyed with us or before us: call nobody.
    m_held.clear();
    m_due.clear();
}

void DeliveryController::setRules(WireId wire, const WireFaults &rules)
{
    // The sender's ack timeout and retries are the link's business, not the gate's.
    WireFaults gate = rules;
    gate.ackTimeoutMs = 0;
    gate.retries = 0;
    if (gate.isNone())
        m_rules.remove(wire);
    else
        m_rules.insert(wire, gate);
}

void DeliveryController::clearRules()
{
    m_rules.clear();
}

void DeliveryController::resetSequences()
{
    m_sequences.clear();
    m_passThrough.clear();
}

bool DeliveryController::hasRules(WireId wire) const
{
    return wire != 0 && !m_rules.isEmpty() && m_rules.contains(wire);
}

void DeliveryController::setPaused(bool paused)
{
    if (paused == isPaused())
        return;
    m_time.setPaused(paused);
    if (paused)
        return;
    // Resumed: what the pause held goes on, in the order it came (each may still have a
    // delay of its own to serve). Each stays held until its turn, so that a delivery which
    // pauses again leaves the rest in their places (ahead of anything submitted since), and
    // one which steps, drops or discards them is heeded.
    QList<quint64> tickets;
    for (const auto &[ticket, entry] : m_held) {
        if (!entry.delayed)
            tickets << ticket;
    }
    for (const quint64 ticket : std::as_const(tickets)) {
        if (isPaused()) // a delivery paused again: the rest waits
            break;
        auto it = m_held.find(ticket);
        if (it == m_held.end()) // a delivery took it already
            continue;
        Entry entry = std::move(it->second);
        m_held.erase(it);
        Q_EMIT heldChanged(heldCount());
        emitEvent(TrafficEvent::Type::Released, entry.passage, tr("resumed"));
        entry.deliver(entry.copies);
    }
}

void DeliveryController::setPace(Pace pace)
{
    if (pace == m_pace)
        return;
    m_pace = pace;
    Q_EMIT paceChanged(pace);
}

void DeliveryController::submit(const Passage &passage, Deliver deliver)
{
    if (passage.decided && !m_passThrough.isEmpty()) {
        const auto it = m_passThrough.find(passageKey(passage.messageId, passage.direction));
        if (it != m_passThrough.end()) {
            if (--*it <= 0)
                m_passThrough.erase(it);
            deliver(1);
            return;
        }
    }
    const bool teaching = m_pace == Pace::Teaching && !passage.decided;
    if (!isPaused() && !teaching && (passage.decided || !hasRules(passage.wire))) {
        if (passage.wire != 0 && !passage.decided)
            ++m_sequences[sequenceKey(passage.wire, passage.direction)];
        deliver(1);
        return;
    }
    Entry entry { passage, std::move(deliver), 1, monotonicNs(), false, 0, m_time.nowNs() };
    qint64 delayNs = teaching ? qint64(m_transitMs) * 1'000'000 : 0;
    QString decisionRule;
    if (!passage.decided && passage.wire != 0) {
        const quint64 sequence = m_sequences[sequenceKey(passage.wire, passage.direction)]++;
        if (const auto rule = m_rules.constFind(passage.wire); rule != m_rules.cend()) {
            const DirectionFaults &faults
                = passage.direction == Direction::Ack ? rule->ack : rule->message;
            const FaultDecision decision = faultdecision::decide(
                faults, rule->cut, m_seed, passage.wire, passage.direction, sequence);
            entry.copies = decision.copies();
            delayNs += decision.delayNs;
            decisionRule = decision.rule;
            if (entry.copies == 0) {
                emitEvent(TrafficEvent::Type::Dropped, passage, decision.rule);
                entry.deliver(0);
                return;
            }
            if (entry.copies == 2)
                emitEvent(TrafficEvent::Type::Duplicated, passage, decision.rule);
        }
    }
    if (delayNs > 0) {
        entry.delayed = true;
        entry.dueRunNs = m_time.nowNs() + delayNs;
        QString why = teaching ? tr("teaching pace") : QString();
        if (!decisionRule.isEmpty())
            why = why.isEmpty() ? decisionRule : why + QStringLiteral(", ") + decisionRule;
        emitEvent(TrafficEvent::Type::Delayed, passage, why, delayNs);
        const quint64 ticket = m_nextTicket++;
        m_due.emplace(entry.dueRunNs, ticket);
        m_held.emplace(ticket, std::move(entry));
        armDelay();
        Q_EMIT heldChanged(heldCount());
        return;
    }
    if (isPaused()) {
        hold(std::move(entry));
        return;
    }
    entry.deliver(entry.copies);
}

void DeliveryController::hold(Entry entry)
{
    entry.delayed = false;
    emitEvent(TrafficEvent::Type::Held, entry.passage, tr("paused"));
    m_held.emplace(m_nextTicket++, std::move(entry));
    Q_EMIT heldChanged(heldCount());
}

void DeliveryController::armDelay()
{
    if (m_due.empty()) {
        m_delayTimer.stop();
        return;
    }
    const qint64 leftNs = m_due.begin()->first - m_time.nowNs();
    m_delayTimer.start(std::max<qint64>(0, (leftNs + 999'999) / 1'000'000));
}

void DeliveryController::onDelayDue()
{
    const qint64 now = m_time.nowNs();
    QList<quint64> due;
    while (!m_due.empty() && m_due.begin()->first <= now + 500'000) {
        due << m_due.begin()->second;
        m_due.erase(m_due.begin());
    }
    for (quint64 ticket : std::as_const(due)) {
        auto it = m_held.find(ticket);
        if (it == m_held.end())
            continue;
        Entry entry = std::move(it->second);
        m_held.erase(it);
        if (isPaused()) {
            hold(std::move(entry)); // due while a step ran: it waits for the next one
            continue;
        }
        Q_EMIT heldChanged(heldCount());
        entry.deliver(entry.copies);
    }
    armDelay();
}

bool DeliveryController::step(quint64 ticket)
{
    if (ticket == 0) {
        // The oldest held by the pause; with none, the delayed one due first.
        for (const auto &[t, entry] : m_held) {
            if (!entry.delayed) {
                ticket = t;
                break;
            }
        }
        if (ticket == 0 && !m_due.empty())
            ticket = m_due.begin()->second;
    }
    auto it = m_held.find(ticket);
    if (it == m_held.end())
        return false;
    finish(ticket, it->second.copies, true);
    return true;
}

bool DeliveryController::drop(quint64 ticket)
{
    auto it = m_held.find(ticket);
    if (it == m_held.end())
        return false;
    emitEvent(TrafficEvent::Type::Dropped, it->second.passage, tr("dropped by hand"));
    finish(ticket, 0, false);
    return true;
}

bool DeliveryController::duplicate(quint64 ticket)
{
    auto it = m_held.find(ticket);
    if (it == m_held.end())
        return false;
    emitEvent(TrafficEvent::Type::Duplicated, it->second.passage, tr("duplicated by hand"));
    finish(ticket, 2, true);
    return true;
}

void DeliveryController::finish(quint64 ticket, int copies, bool released)
{
    auto it = m_held.find(ticket);
    Entry entry = std::move(it->second);
    m_held.erase(it);
    if (entry.delayed) {
        for (auto due = m_due.begin(); due != m_due.end(); ++due) {
            if (due->second == ticket) {
                m_due.erase(due);
                break;
            }
        }
        armDelay();
    }
    Q_EMIT heldChanged(heldCount());
    if (released && copies > 0) {
        emitEvent(TrafficEvent::Type::Released, entry.passage, tr("stepped"));
        if (!entry.passage.decided && isPaused())
            m_passThrough[passageKey(entry.passage.messageId, entry.passage.direction)] += copies;
    }
    entry.deliver(copies);
}

QList<DeliveryController::HeldInfo> DeliveryController::held() const
{
    QList<HeldInfo> list;
    list.reserve(qsizetype(m_held.size()));
    for (const auto &[ticket, entry] : m_held)
        list << HeldInfo { ticket, entry.passage, entry.sinceNs, entry.delayed, entry.dueRunNs,
            entry.sinceRunNs };
    return list;
}

void DeliveryController::discardAll()
{
    const bool any = !m_held.empty();
    m_held.clear();
    m_due.clear();
    m_passThrough.clear();
    m_delayTimer.stop();
    if (any)
        Q_EMIT heldChanged(0);
}

void DeliveryController::emitEvent(
    TrafficEvent::Type type, const Passage &passage, const QString &text, qint64 delayNs)
{
    if (!m_reporting)
        return;
    TrafficEvent e;
    e.type = type;
    e.timeNs = monotonicNs();
    e.node = passage.at;
    e.peer = passage.at == passage.from ? passage.to : passage.from;
    e.channel = passage.channel;
    e.text = text;
    e.messageId = passage.messageId;
    e.rttNs = delayNs;
    e.wire = passage.wire;
    e.ack = passage.direction == Direction::Ack;
    Q_EMIT traffic(e);
}

} // namespace wb
