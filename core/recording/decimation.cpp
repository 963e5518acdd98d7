#include "recording/decimation.h"

namespace wb::decimation {

std::vector<Run> runs(const std::vector<Pixel> &pixels)
{
    std::vector<Run> result;
    for (int c = 0; c < int(pixels.size()); ++c) {
        const Pixel &p = pixels[std::size_t(c)];
        if (!result.empty() && result.back().pixel == p && result.back().x1 == c)
            ++result.back().x1;
        else
            result.push_back({ c, c + 1, p });
    }
    return result;
}

std::vector<StepRun> stepRuns(const std::vector<Step> &steps)
{
    std::vector<StepRun> result;
    for (int c = 0; c < int(steps.size()); ++c) {
        const Step &s = steps[std::size_t(c)];
        if (!result.empty() && result.back().step == s && result.back().x1 == c)
            ++result.back().x1;
        else
            result.push_back({ c, c + 1, s });
    }
    return result;
}

} // namespace wb::decimation
