#include "pacescale.h"

#include "runtime/timesource.h"

#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>

namespace wb::pacescale {

namespace {

// Each about 1.2 to 1.33 times the one before: even steps to the eye on a log scale.
constexpr std::array kStops { 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5,
    0.6, 0.7, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0 };
static_assert(kStops.front() == TimeSource::kMinSpeed && kStops.back() == TimeSource::kMaxSpeed);

} // namespace

int stepCount()
{
    return int(kStops.size());
}

double speedAt(int position)
{
    return kStops[size_t(std::clamp(position, 0, stepCount() - 1))];
}

int positionOf(double speed)
{
    if (!(speed > 0)) // NaN too
        return 0;
    int best = 0;
    for (int i = 1; i < stepCount(); ++i) {
        if (std::abs(std::log(kStops[size_t(i)] / speed))
            < std::abs(std::log(kStops[size_t(best)] / speed)))
            best = i;
    }
    return best;
}

QString factorText(double speed)
{
    return QLocale().toString(speed, 'g', 2) + QChar(0x00D7);
}

} // namespace wb::pacescale
