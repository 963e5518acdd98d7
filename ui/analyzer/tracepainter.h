#pragma once

#include "recording/recording.h"
#include "tracerows.h"

#include <QPalette>
#include <QRect>
#include <optional>

class QPainter;

namespace wb {

// Everything one frame of the logic analyzer shows. Times are on the recording's clock (ns).
struct TraceFrame
{
    const Recording *recording = nullptr;
    QList<TraceRow> rows; // visible rows, top to bottom
    qint64 startNs = 0; // at the plot's left edge
    qint64 nsPerPixel = 1'000'000;
    qint64 nowNs = 0; // signals are known until here
    std::optional<qint64> cursorA;
    std::optional<qint64> cursorB;
    NodeId highlight = 0; // the node selected elsewhere
    int hoverRow = -1;
    int scrollY = 0;
    QString placeholder; // shown when there are no rows
};

// Where things are: the ruler on top, the labels on the left, the rows below.
namespace tracelayout {
inline constexpr int kRulerHeight = 34;
inline constexpr int kLabelWidth = 176;
inline constexpr int kDigitalHeight = 40;
inline constexpr int kMessageHeight = 30;
inline constexpr int kLevelHeight = 56; // a step plot needs room for its values
int rowHeight(const TraceRow &row);
int rowsHeight(const QList<TraceRow> &rows);
QRect plotRect(const QRect &area);
// The row under y, -1 when none.
int rowAt(const QList<TraceRow> &rows, const QRect &area, int scrollY, int y);
QRect rowRect(const QList<TraceRow> &rows, const QRect &area, int scrollY, int row);
} // namespace tracelayout

// Paints a frame: ruler, labels, digital traces from min/max-decimated edges, a queue's fill as
// a step plot from min/max-decimated changes, message rows (one box per message from send to
// answer, or their density when they are too many to see), the span the cap dropped, and the
// cursors. Used by the widget and by the PNG/SVG export.
class TracePainter final
{
public:
    TracePainter(QPainter *painter, const QRect &area, const QPalette &palette);

    void paint(const TraceFrame &frame);

    // x of a time within the plot (may lie outside it).
    static double xFor(const TraceFrame &frame, const QRect &plot, qint64 timeNs);

private:
    void paintRuler(const TraceFrame &frame);
    void paintRow(const TraceFrame &frame, const TraceRow &row, const QRect &rect, bool odd);
    void paintLabel(const TraceFrame &frame, const TraceRow &row, const QRect &rect, bool hover);
    void paintDigital(const TraceFrame &frame, const TraceRow &row, const QRect &rect);
    void paintLevel(const TraceFrame &frame, const TraceRow &row, const QRect &rect);
    void paintMessages(const TraceFrame &frame, const TraceRow &row, const QRect &rect);
    void paintMark(const TraceFrame &frame, const QRect &rect, const Recording::Record &r);
    void paintDropped(const TraceFrame &frame);
    void paintCursors(const TraceFrame &frame);

    QPainter *m_p;
    QRect m_area;
    QRect m_plot;
    QPalette m_palette;
    QColor m_background;
    QColor m_stripe;
    QColor m_grid;
    QColor m_text;
    QColor m_dim;
    QColor m_panel;
    bool m_dark = false;
};

} // namespace wb
