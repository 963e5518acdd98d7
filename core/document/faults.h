#pragma once

#include "document/nodespec.h"

#include <QList>
#include <QString>

namespace wb {

// What the delivery gate does to the messages, or to the acks, of one direction of a wire
// (docs/delivery.md). All zero: everything passes untouched.
struct DirectionFaults
{
    enum class Jitter { Uniform, Normal };

    double drop = 0; // probability, 0 to 1
    double duplicate = 0; // probability, 0 to 1
    double delayMs = 0; // added transit, >= 0
    double jitterMs = 0; // >= 0: half-width (uniform) or standard deviation (normal)
    Jitter jitter = Jitter::Uniform;

    bool isNone() const { return drop <= 0 && duplicate <= 0 && delayMs <= 0 && jitterMs <= 0; }
    bool operator==(const DirectionFaults &) const = default;
};

// The fault rules of one wire, saved in the circuit. The sender's ack timeout and retries live
// here too: they are what the sending end of this wire does when an ack does not come.
struct WireFaults
{
    DirectionFaults message;
    DirectionFaults ack;
    bool cut = false; // a partition: nothing passes, no ack ever comes
    int ackTimeoutMs = 0; // 0: the default (limits::kDefaultAckTimeoutMs)
    int retries = 0; // 0: at-most-once; n: send again up to n times (at-least-once)

    bool isNone() const
    {
        return message.isNone() && ack.isNone() && !cut && ackTimeoutMs == 0 && retries == 0;
    }
    bool operator==(const WireFaults &) const = default;
};

// A node fault at a point of the run, as Jepsen's start/stop pairs: "at 5 s hang iopin for 3 s".
struct ScheduledFault
{
    enum class Action { Crash, Hang, Restart };

    qint64 atMs = 0; // run time (the runtime's time source) from Run
    NodeId node = 0;
    Action action = Action::Hang;
    qint64 forMs = 0; // crash and hang: how long before the node comes back; 0: for good

    bool operator==(const ScheduledFault &) const = default;
};

namespace faults {

inline constexpr int kMaxRetries = 100;
inline constexpr double kMaxDelayMs = 3'600'000; // an hour
inline constexpr int kMaxAckTimeoutMs = 86'400'000;
inline constexpr qint64 kMaxScheduleMs = 604'800'000; // a week of run time

// Checks a rule; an error text naming the field ("message.drop: 1.5 is not a probability from
// 0 to 1"), empty when it is fine.
QString validate(const DirectionFaults &rule, const QString &where);
QString validate(const WireFaults &rules);
// Checks the times and the action of a scheduled fault (not its node: the circuit does);
// errors name the file's field ("for_ms: ...").
QString validate(const ScheduledFault &fault);

QString actionName(ScheduledFault::Action action);
bool actionFromName(const QString &name, ScheduledFault::Action *action);
QString jitterName(DirectionFaults::Jitter jitter);
bool jitterFromName(const QString &name, DirectionFaults::Jitter *jitter);

// "✕30 %  +50±10 ms": the rule in a few characters, for a wire's badge and the log.
QString summary(const WireFaults &rules);

} // namespace faults
} // namespace wb
