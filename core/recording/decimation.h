#pragma once

#include <QtGlobal>
#include <algorithm>
#include <limits>
#include <optional>
#include <ranges>
#include <vector>

// From edges to pixels, PulseView's idea: a pixel column's worth of time is the resolution, and
// each column gets the lowest and highest level the signal takes inside it, with the columns
// that hide several edges marked. A painter then draws a level line where min == max and a
// vertical bar where they differ, so a glitch narrower than a pixel still shows, and the cost
// of a frame is O(width * log(edges)) however many edges there are. Pure functions: they are
// checked against a brute-force reference (tests/core/tst_decimation.cpp).
namespace wb::decimation {

// Column c covers [start + c * nsPerPixel, start + (c + 1) * nsPerPixel).
struct Window
{
    qint64 startNs = 0;
    qint64 nsPerPixel = 1;
    int width = 0;

    // Saturating, so that a huge range never wraps around.
    qint64 columnStart(qint64 column) const
    {
        qint64 offset = 0;
        qint64 sum = 0;
        if (__builtin_mul_overflow(column, nsPerPixel, &offset))
            return column < 0 ? std::numeric_limits<qint64>::min()
                              : std::numeric_limits<qint64>::max();
        if (__builtin_add_overflow(startNs, offset, &sum))
            return offset < 0 ? std::numeric_limits<qint64>::min()
                              : std::numeric_limits<qint64>::max();
        return sum;
    }
};

inline constexpr quint8 kSeveral = 2;

// The first of the sorted [first, last) not below `value`, searched outwards from `first`:
// O(log distance), so that walking a window's columns left to right costs little where edges
// are sparse and no more than a binary search where they are dense.
template<class It> It gallop(It first, It last, qint64 value)
{
    if (first == last || *first >= value)
        return first;
    It low = first; // *low < value
    std::iter_difference_t<It> step = 1;
    while (last - low > step) {
        const It probe = low + step;
        if (*probe >= value)
            return std::ranges::lower_bound(low + 1, probe, value);
        low = probe;
        step *= 2;
    }
    return std::ranges::lower_bound(low + 1, last, value);
}

struct Pixel
{
    bool known = false; // the signal has a level somewhere in the column
    bool min = false; // its lowest level there
    bool max = false; // its highest level there
    quint8 edges = 0; // edges strictly inside the column (after its start), up to kSeveral
    bool operator==(const Pixel &) const = default;
};

// A binary signal stored as alternating edges: edge k (times sorted, equal times allowed) sets
// the level firstValue ^ (k & 1). Before the first edge the level is `before` from knownFromNs
// on, or unknown; at and after endNs (now) it is unknown.
struct Levels
{
    bool firstValue = false;
    std::optional<bool> before;
    qint64 knownFromNs = 0;
    qint64 endNs = std::numeric_limits<qint64>::max();
};

// Which levels column c shows: the level at its start, every edge's level inside it, and the
// `before` level when it begins inside it.
template<class Times>
std::vector<Pixel> digital(const Times &times, const Levels &levels, const Window &window)
{
    std::vector<Pixel> pixels(std::size_t(std::max(0, window.width)));
    const auto begin = std::ranges::begin(times);
    const auto end = std::ranges::end(times);
    const auto valueAt = [&](auto it) {
        return levels.firstValue != (((it - begin) & 1) != 0);
    };
    auto atA = std::ranges::lower_bound(begin, end, window.columnStart(0)); // first edge >= a
    for (int c = 0; c < window.width; ++c) {
        const qint64 a = window.columnStart(c);
        if (a >= levels.endNs)
            break;
        const qint64 b = std::min(window.columnStart(c + 1), levels.endNs);
        auto afterA = atA; // first edge > a: rarely another than atA
        if (afterA != end && *afterA == a)
            afterA = std::ranges::upper_bound(afterA, end, a);
        const auto atB = gallop(afterA, end, b); // first edge >= b
        bool low = false;
        bool high = false;
        const auto add = [&](bool value) {
            (value ? high : low) = true;
        };
        if (afterA != begin)
            add(valueAt(afterA - 1));
        else if (levels.before && a >= levels.knownFromNs)
            add(*levels.before);
        if (levels.before && a < levels.knownFromNs && levels.knownFromNs < b)
            add(*levels.before);
        // Edges alternate: two or more inside the column take both levels.
        if (atB - atA >= 2) {
            low = high = true;
        } else if (atB - atA == 1) {
            add(valueAt(atA));
        }
        Pixel &p = pixels[std::size_t(c)];
        p.known = low || high;
        p.min = p.known && !low;
        p.max = high;
        p.edges = quint8(std::min<qint64>(atB - afterA, kSeveral));
        atA = atB; // the next column starts at b
    }
    return pixels;
}

// How many of `times` (sorted) fall into each column: a message row zoomed out draws these.
template<class Times> std::vector<quint32> counts(const Times &times, const Window &window)
{
    std::vector<quint32> result(std::size_t(std::max(0, window.width)));
    const auto end = std::ranges::end(times);
    auto from = std::ranges::lower_bound(std::ranges::begin(times), end, window.columnStart(0));
    for (int c = 0; c < window.width; ++c) {
        const auto to = gallop(from, end, window.columnStart(c + 1));
        result[std::size_t(c)] = quint32(std::min<qint64>(to - from, 0xFFFFFFFF));
        from = to;
    }
    return result;
}

// Consecutive equal columns merged into runs: a painter draws one line per run.
struct Run
{
    int x0 = 0; // first column
    int x1 = 0; // one past the last
    Pixel pixel;
    bool operator==(const Run &) const = default;
};

std::vector<Run> runs(const std::vector<Pixel> &pixels);

// A numeric level (a queue's fill) in one column: the value at its start (or where it becomes
// known inside it), the lowest and highest value it takes there and the value at its end. A
// step plot draws a flat line where min == max and a bar from min to max where not, and joins
// a column's `first` to the previous column's `last`.
struct Step
{
    bool known = false;
    quint32 first = 0;
    quint32 min = 0;
    quint32 max = 0;
    quint32 last = 0;
    quint8 changes = 0; // changes strictly inside the column (after its start), up to kSeveral
    bool operator==(const Step &) const = default;
};

// A numeric signal stored as its changes: change k (times sorted, equal times allowed) sets
// values[k]. Before the first change the value is `before` from knownFromNs on, or unknown;
// at and after endNs (now) it is unknown.
struct Steps
{
    std::optional<quint32> before;
    qint64 knownFromNs = 0;
    qint64 endNs = std::numeric_limits<qint64>::max();
};

// The lowest and highest of values [from, to) (from < to), by looking at each.
template<class Values>
std::pair<quint32, quint32> scanMinMax(const Values &values, qsizetype from, qsizetype to)
{
    const auto first = std::ranges::begin(values) + from;
    const auto [lo, hi] = std::minmax_element(first, first + (to - from));
    return { quint32(*lo), quint32(*hi) };
}

// Which values column c shows: the value at its start, every change inside it, and the
// `before` value when it begins inside it. `minMax(from, to)` gives the lowest and highest of
// values [from, to): a summary of blocks answers it without looking at every change, so that
// a frame costs O(width * log(changes)) however many changes a column hides, like digital().
template<class Times, class Values, class MinMax>
std::vector<Step> numeric(const Times &times, const Values &values, const Steps &steps,
    const Window &window, MinMax minMax)
{
    std::vector<Step> result(std::size_t(std::max(0, window.width)));
    const auto begin = std::ranges::begin(times);
    const auto end = std::ranges::end(times);
    const auto valueAt = [&](auto it) -> quint32 {
        return quint32(*(std::ranges::begin(values) + (it - begin)));
    };
    auto atA = std::ranges::lower_bound(begin, end, window.columnStart(0)); // first change >= a
    for (int c = 0; c < window.width; ++c) {
        const qint64 a = window.columnStart(c);
        if (a >= steps.endNs)
            break;
        const qint64 b = std::min(window.columnStart(c + 1), steps.endNs);
        auto afterA = atA; // first change > a: rarely another than atA
        if (afterA != end && *afterA == a)
            afterA = std::ranges::upper_bound(afterA, end, a);
        const auto atB = gallop(afterA, end, b); // first change >= b
        Step &s = result[std::size_t(c)];
        std::optional<quint32> start;
        if (afterA != begin)
            start = valueAt(afterA - 1);
        else if (steps.before && a >= steps.knownFromNs)
            start = steps.before;
        else if (steps.before && steps.knownFromNs < b)
            start = steps.before; // known from inside the column on (no change comes before)
        if (start) {
            s.known = true;
            s.first = s.min = s.max = s.last = *start;
        }
        if (atB != afterA) {
            const auto [lo, hi] = minMax(qsizetype(afterA - begin), qsizetype(atB - begin));
            if (!s.known) {
                s.known = true;
                s.first = s.min = s.max = valueAt(afterA);
            }
            s.min = std::min(s.min, lo);
            s.max = std::max(s.max, hi);
            s.last = valueAt(atB - 1);
        }
        s.changes = quint8(std::min<qint64>(atB - afterA, kSeveral));
        atA = atB;
    }
    return result;
}

// The same, looking at every change in view (short signals, and the tests' reference).
template<class Times, class Values>
std::vector<Step> numeric(
    const Times &times, const Values &values, const Steps &steps, const Window &window)
{
    return numeric(times, values, steps, window,
        [&](qsizetype from, qsizetype to) { return scanMinMax(values, from, to); });
}

// Consecutive equal columns of a numeric signal merged into runs.
struct StepRun
{
    int x0 = 0;
    int x1 = 0;
    Step step;
    bool operator==(const StepRun &) const = default;
};

std::vector<StepRun> stepRuns(const std::vector<Step> &steps);

} // namespace wb::decimation
