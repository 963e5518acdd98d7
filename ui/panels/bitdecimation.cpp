#include "bitdecimation.h"

#include <algorithm>

namespace wb::bitplot {

std::vector<Level> decimate(std::span<const Edge> edges, qint64 start, qint64 nsPerPixel,
                            int width, qint64 end)
{
    std::vector<Level> levels(std::size_t(std::max(0, width)), Level::None);
    if (width <= 0 || nsPerPixel <= 0)
        return levels;
    // The first edge after `start`; the one before it gives the value at `start`.
    auto it = std::upper_bound(edges.begin(), edges.end(), start,
                               [](qint64 t, const Edge &e) { return t < e.timeNs; });
    int value = it == edges.begin() ? -1 : int(std::prev(it)->value);
    for (int c = 0; c < width; ++c) {
        const qint64 c0 = start + qint64(c) * nsPerPixel;
        if (c0 >= end)
            break;
        const qint64 limit = std::min(c0 + nsPerPixel, end);
        // Edges exactly at the column's start set its value; the old one is not in it.
        while (it != edges.end() && it->timeNs <= c0) {
            value = int(it->value);
            ++it;
        }
        bool low = value == 0;
        bool high = value == 1;
        for (; it != edges.end() && it->timeNs < limit; ++it) {
            value = int(it->value);
            // Of edges at one instant only the last one is ever the signal's value.
            const auto next = std::next(it);
            if (next == edges.end() || next->timeNs != it->timeNs)
                (value ? high : low) = true;
        }
        if (low && high)
            levels[std::size_t(c)] = Level::Mixed;
        else if (high)
            levels[std::size_t(c)] = Level::High;
        else if (low)
            levels[std::size_t(c)] = Level::Low;
    }
    return levels;
}

std::vector<Run> runs(const std::vector<Level> &levels)
{
    std::vector<Run> result;
    for (int x = 0; x < int(levels.size()); ++x) {
        const Level level = levels[std::size_t(x)];
        if (!result.empty() && result.back().level == level && result.back().x1 == x)
            ++result.back().x1;
        else
            result.push_back({ x, x + 1, level });
    }
    return result;
}

} // namespace wb::bitplot
