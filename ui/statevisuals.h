#pragma once

#include "runtime/localnode.h"

#include <QColor>
#include <QIcon>

namespace wb::statevisuals {

// One colour, one word and one dot per node state, the same in every panel.
QColor color(NodeState state);
QString text(NodeState state);
QIcon dot(const QColor &color);
inline QIcon dot(NodeState state) { return dot(color(state)); }
// A crashed or hung node says so instead of its state (a hung one still says it listens).
QColor color(NodeState state, NodeFault fault);
QString text(NodeState state, NodeFault fault);
// The state's (or fault's) colour in a shape of its own, so that an icon alone does not tell
// the states apart by colour only: stopped an open ring, listening a ring round a dot, running
// a disc, error a triangle, crashed a cross, hung two bars.
QIcon icon(NodeState state, NodeFault fault = NodeFault::None);

// "12.3 ms" for a round-trip time in nanoseconds; empty when unknown (negative).
QString durationText(qint64 ns);

} // namespace wb::statevisuals
