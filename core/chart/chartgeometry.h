#pragma once

#include "chart/sequencemodel.h"

#include <QLineF>
#include <QRectF>
#include <optional>
#include <span>
#include <vector>

// The sequence chart's geometry as pure functions (docs/chart.md): time runs downwards, idle
// time compressed into marked breaks; lanes side by side; arrows clipped to what is visible.
// Checked row by row in tests/core/tst_chartgeometry.cpp.
namespace wb::chartgeometry {

// Time -> y, piecewise linear and strictly increasing, so y -> time inverts it (hover). A gap
// of the model longer than the threshold, and longer than the break it would become, is drawn
// as a break of fixed height; everything else at nsPerPixel. y = 0 at originNs (the top of the
// view: scrolling moves the origin, zooming changes the scale).
class TimeAxis
{
public:
    struct Options
    {
        qint64 originNs = 0;
        double nsPerPixel = 1e6;
        qint64 idleThresholdNs = -1; // < 0: no compression
        double breakHeight = 16; // pixels
    };
    // A gap drawn as a break: from y0 to y0 + breakHeight.
    struct Break
    {
        qint64 fromNs = 0;
        qint64 toNs = 0;
        double y0 = 0;
        double y1 = 0;
    };

    TimeAxis() = default;
    TimeAxis(std::span<const SequenceModel::Gap> gaps, const Options &options);

    const Options &options() const { return m_options; }
    double y(qint64 ns) const;
    // The same, starting the search at `hint` (the breaks before the previous time asked):
    // O(1) for times asked in order, as decimation does.
    double y(qint64 ns, std::size_t &hint) const;
    qint64 time(double y) const; // the inverse, to the nanosecond where a pixel holds fewer
    // The breaks that meet [y0, y1], top down.
    std::vector<Break> breaksIn(double y0, double y1) const;
    // The time range [time(y0), time(y1)].
    qint64 timeAtTop(double y0 = 0) const { return time(y0); }

private:
    // The position before the origin shift: pixels of the time outside the breaks before `ns`,
    // plus the breaks; `breaks` is how many end at or before ns.
    double absolute(qint64 ns, std::size_t breaks) const;
    qint64 fromAbsolute(double y) const;

    Options m_options;
    std::vector<SequenceModel::Gap> m_gaps; // the compressed ones, in time order
    std::vector<qint64> m_removedBefore; // ns of the gaps before gap i, removed from the time
    std::vector<double> m_breakY; // where break i begins, before the origin shift
    double m_originY = 0;
};

// Lanes side by side: lane i's lifeline is at left + (i + 0.5) * width.
struct LaneLayout
{
    double left = 0;
    double width = 140;
};
double laneX(int lane, const LaneLayout &layout);
// The lane whose column holds x, or -1 outside the lanes [0, lanes).
int laneAt(double x, const LaneLayout &layout, int lanes);
// Where a dropped message's ✕ is: half-way between its lanes.
double dropX(int fromLane, int toLane, const LaneLayout &layout);

// The part of a line inside a rectangle (edges included), or none; which ends were cut (an
// arrow whose head is cut draws no head).
struct ClippedLine
{
    QLineF line;
    bool startClipped = false;
    bool endClipped = false;
};
std::optional<ClippedLine> clip(const QLineF &line, const QRectF &rect);

// Decimation: what to draw of the messages visible between y = 0 and y = height, at most one
// arrow per (kind, lanes, start row, end row, shape): arrows that fall into the same pixel
// rows between the same two lanes merge into one with a count. Rows are whole pixels, clamped
// to [-1, height] (-1: above the view, height: below it). Costs O(blocks + visible messages),
// and a block whose whole span falls into one row costs its lane pairs only.
struct Arrow
{
    enum class Kind : quint8 { Message, Ack };
    enum class End : quint8 {
        Arrived, // a head at the receiver's lane
        Dropped, // a ✕ half-way (dropped or failed)
        Waiting, // open: drawn to now, live
    };
    Kind kind = Kind::Message;
    End end = End::Arrived;
    int fromLane = 0;
    int toLane = 0;
    int y0 = 0; // row of the send
    int y1 = 0; // row of the arrival, drop or now
    quint32 count = 0; // arrows merged into this one
    quint16 flags = 0; // the union of their ChartMessage flags
    qint64 first = -1; // the model index of the first of them (hover, selection)
    bool operator==(const Arrow &) const = default;
    auto operator<=>(const Arrow &other) const = default;
};

// What arrows() draws at most: lanes [0, kMaxLanes), rows up to kMaxHeight.
inline constexpr int kMaxLanes = 4096;
inline constexpr int kMaxHeight = 200'000;

struct View
{
    const TimeAxis *axis = nullptr;
    double height = 0; // pixels
    const std::vector<int> *lanes = nullptr; // SequenceModel::lanes(): participant -> lane
};

// Sorted (operator<).
std::vector<Arrow> arrows(const SequenceModel &model, const View &view);

// The shape and rows of one message's arrow or ack in a view (or none: hidden lane, no ack);
// arrows() merges these. Public so that the brute-force reference and hover share it.
std::optional<Arrow> arrowOf(
    const SequenceModel &model, qint64 index, Arrow::Kind kind, const View &view);

// The arrow under a point (hover, click): its message's index (-1: none) and whether the
// message or its ack was hit.
struct Hit
{
    qint64 index = -1;
    Arrow::Kind kind = Arrow::Kind::Message;
};
Hit hit(const SequenceModel &model, const View &view, const LaneLayout &layout,
    const QPointF &point, double tolerance = 4);

} // namespace wb::chartgeometry
