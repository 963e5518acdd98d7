#pragma once

#include <QtGlobal>

namespace wb {

// Truncated exponential backoff with jitter: how long to wait before attempt n+1 after n
// failures in a row. The envelope grows from `firstMaxMs` by `factor` up to `capMs`; the delay
// is drawn in the upper half of it (between `firstMinMs/firstMaxMs` of the envelope and the
// envelope), so that peers that failed together do not retry together, and never exceeds the
// cap. Defaults: 0.5-1 s, x1.6, at most 30 s.
struct BackoffPolicy
{
    int firstMinMs = 500;
    int firstMaxMs = 1000;
    double factor = 1.6;
    int capMs = 30000;

    bool operator==(const BackoffPolicy &) const = default;
};

// The delay before the next attempt after `failures` failures in a row (0: the first retry).
// `jitter` in [0, 1] picks the point within the band; pure, so that it can be tested exactly.
int backoffDelayMs(const BackoffPolicy &policy, int failures, double jitter);

// The delays of one peer's retries: next() draws the jitter and counts the failure; reset()
// once an attempt succeeds.
class Backoff final
{
public:
    explicit Backoff(const BackoffPolicy &policy = {}) : m_policy(policy) { }

    void setPolicy(const BackoffPolicy &policy) { m_policy = policy; }
    const BackoffPolicy &policy() const { return m_policy; }
    int failures() const { return m_failures; }

    int next();
    void reset() { m_failures = 0; }

private:
    BackoffPolicy m_policy;
    int m_failures = 0;
};

} // namespace wb
