#include "runtime/faultdecision.h"

#include <cmath>
#include <numbers>

namespace wb::faultdecision {

namespace {

// SplitMix64's finaliser: every input bit reaches every output bit, so that neighbouring
// sequence numbers give unrelated draws.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString percent(double p)
{
    return QString::number(p * 100.0, 'g', 3) + QStringLiteral(" %");
}

} // namespace

double uniform(quint64 seed, WireId wire, Direction direction, quint64 sequence, int draw)
{
    quint64 h = mix(seed);
    h = mix(h ^ quint64(quint32(wire)));
    h = mix(h ^ (quint64(direction == Direction::Ack) << 32 | quint64(quint32(draw))));
    h = mix(h ^ sequence);
    return double(h >> 11) * 0x1.0p-53; // the top 53 bits: every double in [0, 1) equally
}

FaultDecision decide(const DirectionFaults &rule, bool cut, quint64 seed, WireId wire,
    Direction direction, quint64 sequence)
{
    FaultDecision d;
    if (cut) {
        d.cut = true;
        d.rule = QStringLiteral("cut: dropped");
        return d;
    }
    // Every draw is made whether or not its rule is set, so that changing one rule never
    // shifts the draws of another.
    const double dropDraw = uniform(seed, wire, direction, sequence, 0);
    const double dupDraw = uniform(seed, wire, direction, sequence, 1);
    const double j1 = uniform(seed, wire, direction, sequence, 2);
    const double j2 = uniform(seed, wire, direction, sequence, 3);
    QStringList parts;
    if (rule.drop > 0) {
        d.drop = dropDraw < rule.drop;
        parts << QStringLiteral("drop ") + percent(rule.drop)
                + (d.drop ? QStringLiteral(": dropped") : QStringLiteral(": passed"));
    }
    if (!d.drop && rule.duplicate > 0) {
        d.duplicate = dupDraw < rule.duplicate;
        parts << QStringLiteral("duplicate ") + percent(rule.duplicate)
                + (d.duplicate ? QStringLiteral(": duplicated") : QStringLiteral(": once"));
    }
    if (!d.drop && (rule.delayMs > 0 || rule.jitterMs > 0)) {
        double ms = rule.delayMs;
        if (rule.jitterMs > 0) {
            if (rule.jitter == DirectionFaults::Jitter::Normal) {
                // Box-Muller; 1 - j1 keeps the logarithm's argument above zero.
                ms += rule.jitterMs * std::sqrt(-2.0 * std::log(1.0 - j1))
                    * std::cos(2.0 * std::numbers::pi * j2);
            } else {
                ms += rule.jitterMs * (2.0 * j1 - 1.0);
            }
        }
        ms = std::max(0.0, ms);
        d.delayNs = qint64(ms * 1e6);
        parts << QStringLiteral("delay %1 ms").arg(ms, 0, 'f', 1);
    }
    d.rule = parts.join(QStringLiteral(", "));
    return d;
}

QString directionName(Direction direction)
{
    return direction == Direction::Ack ? QStringLiteral("ack") : QStringLiteral("message");
}

} // namespace wb::faultdecision
