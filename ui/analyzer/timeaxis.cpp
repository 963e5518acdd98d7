#include "timeaxis.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace wb::timeaxis {

namespace {

struct Unit
{
    qint64 ns;
    const char16_t *name;
};
constexpr Unit kUnits[]
    = { { 1'000'000'000, u"s" }, { 1'000'000, u"ms" }, { 1'000, u"µs" }, { 1, u"ns" } };

const Unit &unitFor(qint64 ns)
{
    for (const Unit &unit : kUnits) {
        if (std::abs(ns) >= unit.ns)
            return unit;
    }
    return kUnits[3];
}

QString withUnit(double value, int decimals, const Unit &unit)
{
    return QLocale().toString(value, 'f', decimals) + u' ' + QString::fromUtf16(unit.name);
}

} // namespace

qint64 majorStep(qint64 nsPerPixel, int minPixels)
{
    const double wanted = double(std::max<qint64>(1, nsPerPixel)) * std::max(1, minPixels);
    for (qint64 power = 1; power <= std::numeric_limits<qint64>::max() / 10; power *= 10) {
        for (const qint64 factor : { 1, 2, 5 }) {
            if (double(power) * double(factor) >= wanted)
                return power * factor;
        }
    }
    return std::numeric_limits<qint64>::max() / 10;
}

QList<Tick> ticks(qint64 startNs, qint64 nsPerPixel, int width, int minPixels)
{
    QList<Tick> result;
    if (width <= 0 || nsPerPixel <= 0)
        return result;
    const qint64 step = majorStep(nsPerPixel, minPixels);
    // 1-2-5 steps split into 5, 4 (a 2 step: 4 x 0.5) or 5 minors.
    const qint64 leading = step / qint64(std::pow(10.0, std::floor(std::log10(double(step)))));
    const qint64 minor = leading == 2 ? step / 4 : std::max<qint64>(1, step / 5);
    const double endNs = double(startNs) + double(nsPerPixel) * width;
    qint64 t = startNs >= 0 ? (startNs + minor - 1) / minor * minor : startNs / minor * minor;
    for (; double(t) < endNs; t += minor) {
        const bool major = t % step == 0;
        result.append({ t, major, major ? timeLabel(t, step) : QString() });
        if (result.size() > 10'000)
            break;
    }
    return result;
}

QString timeLabel(qint64 ns, qint64 stepNs)
{
    // The unit of the larger of the time and the step; decimals down to the step.
    const Unit &unit = unitFor(std::max(std::abs(ns), std::max<qint64>(1, stepNs)));
    int decimals = 0;
    for (qint64 u = unit.ns; u > std::max<qint64>(1, stepNs) && decimals < 9; u /= 10)
        ++decimals;
    return withUnit(double(ns) / double(unit.ns), decimals, unit);
}

QString duration(qint64 ns)
{
    const Unit &unit = unitFor(ns);
    const double value = double(ns) / double(unit.ns);
    if (unit.ns == 1)
        return withUnit(value, 0, unit);
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3;
    return withUnit(value, decimals, unit);
}

QString frequency(qint64 periodNs)
{
    if (periodNs == 0)
        return {};
    const double hz = 1e9 / std::abs(double(periodNs));
    static const std::pair<double, const char *> units[]
        = { { 1e9, "GHz" }, { 1e6, "MHz" }, { 1e3, "kHz" }, { 1, "Hz" }, { 1e-3, "mHz" } };
    for (const auto &[size, name] : units) {
        if (hz >= size || size == 1e-3) {
            const double value = hz / size;
            const int decimals = value >= 100 ? 1 : value >= 10 ? 2 : 3;
            return QLocale().toString(value, 'f', decimals) + u' ' + QLatin1String(name);
        }
    }
    return {};
}

} // namespace wb::timeaxis
