#pragma once

#include "document/faults.h"
#include "document/wire.h"
#include "runtime/faultdecision.h"
#include "runtime/frameledger.h"
#include "runtime/timesource.h"
#include "runtime/traffic.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <map>

namespace wb {

// The one gate every message and every ack of a runtime passes (docs/delivery.md). Consulted
// where the passage leaves a node of this process (a link before it writes the frame, an
// endpoint before it writes an ack) and where it arrives at one (an endpoint before the
// component sees a message, a link before it takes an ack). Its verdicts: pass, hold (paused:
// in flight until released or stepped), delay (for a time, on the run's time source), drop,
// duplicate. The fault rules of a wire are applied once, at the first end of this process the
// passage meets; the other end only holds it while paused.
//
// Real time with no rule and no pause is the fast path: the passage goes on inside submit().
class DeliveryController final : public QObject
{
    Q_OBJECT
public:
    enum class Pace { RealTime, Teaching };
    static constexpr int kDefaultTransitMs = 600;

    struct Passage
    {
        quint64 messageId = 0;
        Direction direction = Direction::Message;
        WireId wire = 0; // 0: not a wire of the circuit (an external sender)
        NodeId from = 0; // who sends this passage (for an ack: the receiver of the message)
        NodeId to = 0;
        NodeId at = 0; // the node whose end consults the gate (events happen there)
        QString channel;
        QString text;
        // The rules were applied at the other end already (both ends are in this process):
        // only a pause holds it here.
        bool decided = false;
    };
    // How many copies go on: 0 dropped, 1 passed, 2 duplicated.
    using Deliver = std::function<void(int copies)>;

    struct HeldInfo
    {
        quint64 ticket = 0;
        Passage passage;
        qint64 sinceNs = 0; // monotonic
        bool delayed = false; // on the wire for a delay, rather than held by the pause
        qint64 dueRunNs = 0; // delayed: when it arrives (run time)
        // Run time when it reached the gate: with dueRunNs, how far along its delay it is.
        qint64 sinceRunNs = 0;
    };

    explicit DeliveryController(QObject *parent = nullptr);
    ~DeliveryController() override;

    TimeSource *timeSource() { return &m_time; }
    FrameLedger *ledger() { return &m_ledger; }
    quint64 newMessageId() { return m_nextMessageId++; }

    // The fault rules. The runtime copies them from the circuit and keeps them current.
    void setSeed(quint64 seed) { m_seed = seed; }
    quint64 seed() const { return m_seed; }
    void setRules(WireId wire, const WireFaults &rules);
    void clearRules();
    WireFaults rules(WireId wire) const { return m_rules.value(wire); }
    // The sequence numbers restart: a new run draws the same decisions again.
    void resetSequences();

    // Run control.
    void setPaused(bool paused);
    bool isPaused() const { return m_time.isPaused(); }
    void setPace(Pace pace);
    Pace pace() const { return m_pace; }
    void setSpeed(double speed) { m_time.setSpeed(speed); }
    double speed() const { return m_time.speed(); }
    void setTransitMs(int ms) { m_transitMs = std::max(0, ms); }
    int transitMs() const { return m_transitMs; }
    // Delivers one held passage now, paused or not: the oldest held (or, with none held, the
    // delayed one due first), or the one given. False when there is none.
    bool step(quint64 ticket = 0);
    bool release(quint64 ticket) { return step(ticket); }
    bool drop(quint64 ticket);
    bool duplicate(quint64 ticket);
    int heldCount() const { return int(m_held.size()); }
    QList<HeldInfo> held() const;
    // Everything held or delayed is dropped without delivering (the run stopped).
    void discardAll();

    // The gate. `deliver` is called exactly once (perhaps inside this call), unless
    // discardAll() forgets it.
    void submit(const Passage &passage, Deliver deliver);

    // Whether anyone listens to traffic(): events are built only then.
    void setReporting(bool on) { m_reporting = on; }

Q_SIGNALS:
    void traffic(const wb::TrafficEvent &event);
    void heldChanged(int count);
    void pausedChanged(bool paused);
    void paceChanged(wb::DeliveryController::Pace pace);

private:
    struct Entry
    {
        Passage passage;
        Deliver deliver;
        int copies = 1;
        qint64 sinceNs = 0;
        bool delayed = false;
        qint64 dueRunNs = 0;
        qint64 sinceRunNs = 0;
    };

    bool hasRules(WireId wire) const;
    void hold(Entry entry);
    void finish(quint64 ticket, int copies, bool released);
    void armDelay();
    void onDelayDue();
    void emitEvent(
        TrafficEvent::Type type, const Passage &passage, const QString &text, qint64 delayNs = -1);

    TimeSource m_time;
    FrameLedger m_ledger;
    RunTimer m_delayTimer;
    QHash<WireId, WireFaults> m_rules;
    QHash<quint64, quint64> m_sequences; // (wire, direction) -> passages decided so far
    // Passages stepped or released by hand at their first gate: their copies pass the other
    // end's gate too, paused or not, so that one step takes one message all the way.
    QHash<quint64, int> m_passThrough; // (message id, direction) -> copies still to come
    std::map<quint64, Entry> m_held; // by ticket: oldest first
    std::multimap<qint64, quint64> m_due; // delayed: due run time -> ticket
    quint64 m_seed = 0;
    quint64 m_nextTicket = 1;
    quint64 m_nextMessageId = 1;
    Pace m_pace = Pace::RealTime;
    int m_transitMs = kDefaultTransitMs;
    bool m_reporting = false;
};

} // namespace wb
