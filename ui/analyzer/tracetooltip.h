#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>
#include <optional>

namespace wb {

class Recording;
struct TraceFrame;
struct TraceRow;

// What the logic analyzer says about the point under the mouse: a message with its answer and
// round trip, a level and how long it lasted, or how many edges a pixel hides. Rich text;
// empty where there is nothing to say.
QString traceToolTip(const TraceFrame &frame, const QRect &area, QPoint pos);

// What the level rows (a queue's fill) read at the cursors, for the status line: "queue 3/5
// at A, 5/5 at B", one part per row; plain text, empty without level rows or cursors.
QStringList levelReadout(const Recording &recording, const QList<TraceRow> &rows,
    std::optional<qint64> cursorA, std::optional<qint64> cursorB);

} // namespace wb
