#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

// Turning a bit stream stored as edges into one level per pixel column, as PulseView does: a
// column is Low or High when the signal stays there across it, Mixed when it changes inside
// it (drawn as a block, however many edges that is), None where there is no signal yet.
// Pure functions, so that they can be checked against a brute-force reference.
namespace wb::bitplot {

struct Edge
{
    qint64 timeNs = 0;
    bool value = false;
    bool operator==(const Edge &) const = default;
};

enum class Level : quint8 { None, Low, High, Mixed };

// `edges` sorted by time (equal times allowed: the last one wins). Column c covers
// [start + c * nsPerPixel, start + (c + 1) * nsPerPixel); the signal holds an edge's value
// from its time on and is known only before `end` (now). Cost: O(width + edges in view).
std::vector<Level> decimate(std::span<const Edge> edges, qint64 start, qint64 nsPerPixel,
                            int width, qint64 end);

struct Run
{
    int x0 = 0; // first column
    int x1 = 0; // one past the last column
    Level level = Level::None;
    bool operator==(const Run &) const = default;
};

// Consecutive columns of equal level merged into runs: what a painter draws.
std::vector<Run> runs(const std::vector<Level> &levels);

} // namespace wb::bitplot
