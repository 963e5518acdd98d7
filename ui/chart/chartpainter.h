#pragma once

#include "chart/chartgeometry.h"
#include "lifelinemodel.h"
#include "theme.h"

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QPalette>
#include <QRect>
#include <optional>
#include <span>

class QPainter;

namespace wb {

class SequenceModel;

// Everything one frame of the sequence chart shows. Times are the recording's (ns).
struct ChartFrame
{
    const SequenceModel *model = nullptr;
    std::vector<int> lanes; // participant -> lane (-1: hidden)
    QList<Lifeline> lifelines; // the visible ones, left to right
    chartgeometry::TimeAxis axis; // y = 0 at the plot's top
    qint64 zeroNs = 0; // the ruler counts from here (the recording's start)
    qint64 selected = -1; // the model index of the selected message
    NodeId highlight = 0; // the node selected elsewhere
    int hoverLane = -1;
    QString placeholder; // shown when there is nothing to draw
};

// Where things are: lane headers on top, the time ruler on the left, lanes side by side.
namespace chartlayout {
inline constexpr int kHeaderHeight = 40;
inline constexpr int kRulerWidth = 78;
inline constexpr int kMinLaneWidth = 96;
inline constexpr int kMaxLaneWidth = 200;
QRect plotRect(const QRect &area);
// Lanes share the plot's width, within [kMinLaneWidth, kMaxLaneWidth] each, centred.
chartgeometry::LaneLayout lanes(const QRect &area, int laneCount);
// The geometry's view of a frame (the plot's height).
chartgeometry::View view(const ChartFrame &frame, const QRect &area);
} // namespace chartlayout

// Paints a frame: lane headers, lifelines, the ruler, idle breaks, and the arrows the geometry
// decimated (merged arrows show their count). Used by the widget and by the PNG/SVG export.
class ChartPainter final
{
public:
    ChartPainter(QPainter *painter, const QRect &area, const QPalette &palette);

    void paint(const ChartFrame &frame);

private:
    void paintRuler(const ChartFrame &frame);
    void paintBreaks(const ChartFrame &frame);
    void paintLifelines(const ChartFrame &frame);
    void paintHeaders(const ChartFrame &frame);
    void paintArrow(const ChartFrame &frame, const chartgeometry::Arrow &arrow, bool selected);
    // Arrows of one kind between the same lanes in adjacent rows, as one band.
    void paintRun(const ChartFrame &frame, std::span<const chartgeometry::Arrow> run);
    QColor colorOf(const chartgeometry::Arrow &arrow, bool selected) const;
    void paintLabel(const ChartFrame &frame, const chartgeometry::Arrow &arrow, const QLineF &line,
        bool selected);

    QPainter *m_p;
    QRect m_area;
    QRect m_plot;
    chartgeometry::LaneLayout m_layout;
    QColor m_background;
    QColor m_text;
    QColor m_dim;
    QColor m_grid;
    QColor m_panel;
    theme::Colors m_colors;
    bool m_dark = false;
    QFont m_small; // labels and the ruler
    std::optional<QFontMetrics> m_smallMetrics;
    QHash<quint64, double> m_labelRows; // lanes and kind -> the last label's y
};

} // namespace wb
