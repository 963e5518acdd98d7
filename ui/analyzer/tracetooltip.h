#pragma once

#include <QPoint>
#include <QRect>
#include <QString>

namespace wb {

struct TraceFrame;

// What the logic analyzer says about the point under the mouse: a message with its answer and
// round trip, a level and how long it lasted, or how many edges a pixel hides. Rich text;
// empty where there is nothing to say.
QString traceToolTip(const TraceFrame &frame, const QRect &area, QPoint pos);

} // namespace wb
