#pragma once

#include "document/faults.h"
#include "document/wire.h"

#include <QString>

namespace wb {

// Which way a passage goes on its wire: the message, or its ack on the way back.
enum class Direction { Message, Ack };

// What the fault rules of one wire direction decide for one message or ack. A pure function
// of (seed, wire, direction, sequence number): the n-th message of a wire gets the same
// decision on every run with the same seed, whatever the timing (docs/delivery.md).
struct FaultDecision
{
    bool drop = false;
    bool duplicate = false;
    bool cut = false; // the wire is cut: dropped as well
    qint64 delayNs = 0; // added transit (delay and jitter), >= 0
    QString rule; // what was applied, in words, for the recording ("drop 30 %")

    int copies() const { return drop || cut ? 0 : duplicate ? 2 : 1; }
    bool isPass() const { return copies() == 1 && delayNs == 0; }
};

namespace faultdecision {

// A uniform number in [0, 1) drawn from the stream of (seed, wire, direction, sequence);
// `draw` tells the independent draws of one decision apart.
double uniform(quint64 seed, WireId wire, Direction direction, quint64 sequence, int draw);

FaultDecision decide(const DirectionFaults &rule, bool cut, quint64 seed, WireId wire,
    Direction direction, quint64 sequence);

QString directionName(Direction direction);

} // namespace faultdecision
} // namespace wb
