#pragma once

#include "runtime/component.h"
#include "runtime/ring/hangtimers.h"
#include "runtime/ring/ringprotocol.h"
#include "runtime/timesource.h"

#include <QObject>
#include <functional>

namespace wb::ring {

// SWIM's side of a ring member (docs/ring.md, "Failure detection"): it pings the member's
// successor every heartbeat; a refused or lost connection is a death at once; no pong within
// the suspect time makes it suspect, and then it asks up to `probes` other members to ping it
// (probe) and pings it once more itself: one pong, through anyone, within the probe timeout
// and it is alive; none, and it is dead. It also answers the probes others ask of it.
class RingDetector final : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int heartbeatMs = 500;
        int suspectMs = 1500;
        int probeTimeoutMs = 1000;
        int probes = 3;
    };
    // The members to ask to probe `target`, when it is suspected: nearest first.
    using Probers = std::function<QStringList(const QString &target)>;

    RingDetector(NodeContext *context, Probers probers, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    void setSelf(const Member &self) { m_self = self; }
    // Pings `target` from now on, every heartbeat (at once if it is another than before); a
    // null member: nobody.
    void watch(const Member &target);
    QString watched() const { return m_target.addr; }
    bool isSuspecting() const { return m_suspecting; }
    void stop();
    void setFrozen(bool frozen) { m_timers.setFrozen(frozen); }

    // Someone asks this member to probe `target`: `done(alive)` within the probe timeout.
    void probe(const QString &target, std::function<void(bool alive)> done);

Q_SIGNALS:
    void pong(const wb::ring::Member &from);
    void suspected(const QString &addr);
    // Suspected, but a pong came: `via` the member that heard it (or this one).
    void refuted(const QString &addr, const QString &via);
    void died(const QString &addr, const QString &why);

private:
    struct Probe
    {
        qint64 dueNs = 0;
        std::function<void(bool)> done;
        std::shared_ptr<bool> answered;
    };

    void ping();
    void onPinged(quint64 round, const NodeContext::SendResult &result);
    void suspect();
    // One answer of a probe round: alive through `via`, or not (`why`, a connection refused).
    void onProbed(quint64 round, bool alive, const QString &via, bool gone, const QString &why);
    void expireProbes();
    std::optional<Member> pongOf(const NodeContext::SendResult &result, QString *why) const;
    QString pingText();
    qint64 nowNs() const;

    NodeContext *m_context;
    Probers m_probers;
    Timing m_timing;
    Member m_self;
    Member m_target;
    quint64 m_round = 0; // a new target or a new suspicion: answers of an older one are stale
    qint64 m_seq = 0;
    bool m_pinging = false;
    bool m_suspecting = false;
    int m_asked = 0; // members asked to probe the suspect
    int m_waiting = 0; // answers the suspicion still waits for
    RunTimer m_heartbeat; // the next ping
    RunTimer m_deadline; // the end of a probe round
    RunTimer m_probeGuard; // the earliest probe that others asked of us
    QList<Probe> m_probes;
    HangTimers m_timers;
};

} // namespace wb::ring
