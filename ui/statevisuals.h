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

// "12.3 ms" for a round-trip time in nanoseconds; empty when unknown (negative).
QString durationText(qint64 ns);

} // namespace wb::statevisuals
