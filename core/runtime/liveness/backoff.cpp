#include "runtime/liveness/backoff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace wb {

int backoffDelayMs(const BackoffPolicy &policy, int failures, double jitter)
{
    const double cap = std::max(1, policy.capMs);
    const double first = std::clamp(double(policy.firstMaxMs), 1.0, cap);
    const double low = std::clamp(double(policy.firstMinMs) / first, 0.0, 1.0);
    // Growth stops at the cap; the exponent is bounded so that a long outage cannot overflow.
    const double growth = std::pow(std::max(1.0, policy.factor), std::clamp(failures, 0, 64));
    const double envelope = std::min(cap, first * growth);
    const double share = low + std::clamp(jitter, 0.0, 1.0) * (1.0 - low);
    return int(std::lround(envelope * share));
}

int Backoff::next()
{
    const int delay
        = backoffDelayMs(m_policy, m_failures, QRandomGenerator::global()->generateDouble());
    if (m_failures < 1000)
        ++m_failures;
    return delay;
}

} // namespace wb
