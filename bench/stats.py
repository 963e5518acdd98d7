"""The statistics behind the benchmark verdicts (docs/benchmarks.md), in pure Python so that
Debian's python3 alone runs them and their self-test (bench/test_report.py).

Why paired ratios and intervals: on a shared machine two back-to-back runs of the same ratio
of medians moved by up to 25 %, so a verdict on one number flipped between met and missed.
A product repetition run right next to its reference (A B, then B A, ...) shares the
machine's mood of that moment; the ratio of each pair cancels most of the drift, the median of
the pair ratios ignores the odd outlier, and a bootstrap interval says how far that median
could move. A verdict is then only given when the interval clears the target.
"""

import random
import statistics

CONFIDENCE = 0.95
RESAMPLES = 4000
# Fixed, so that the same samples always give the same interval (a report can be reproduced).
SEED = 20240601

MET = 'met'
MISSED = 'missed'
NOISE = 'within noise'
NOT_MEASURED = 'not measured'

RULE = ('A target is **met** only when the whole 95 % interval is on its good side, '
        '**missed** only when the whole interval is on its bad side, and **within noise** '
        'when the interval straddles it.')


def median(values):
    """The median, NaN for no values (a failed competitor shows as n/a, not as a crash)."""
    return statistics.median(values) if values else float('nan')


def percentile(values, p):
    """Nearest-rank percentile (latencies: a real sample, never an interpolated one)."""
    if not values:
        return float('nan')
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return ordered[rank - 1]


def quantile(ordered, q):
    """Linear interpolation between order statistics of an already sorted list (numpy's
    default): the ends of a bootstrap interval need not be a sample."""
    if not ordered:
        return float('nan')
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def bootstrap_interval(values, statistic=median, confidence=CONFIDENCE, resamples=RESAMPLES,
                       seed=SEED):
    """Percentile bootstrap interval of `statistic` over `values`: (low, high).

    The values are sorted first and the generator is seeded afresh on every call, so the
    interval depends only on the multiset of samples, not on their order or on what was
    computed before. One value (or identical values) gives an interval of zero width: there
    is no spread to resample, which is the honest answer for one pair, not a false precision
    of the method."""
    if not values:
        return float('nan'), float('nan')
    ordered = sorted(values)
    n = len(ordered)
    if ordered[0] == ordered[-1]:
        return ordered[0], ordered[0]
    rng = random.Random(seed)
    estimates = sorted(statistic([ordered[rng.randrange(n)] for _ in range(n)])
                       for _ in range(resamples))
    tail = (1 - confidence) / 2
    return quantile(estimates, tail), quantile(estimates, 1 - tail)


class Estimate:
    """A median with its bootstrap interval and the number of samples (pairs) behind it."""

    def __init__(self, values):
        self.values = sorted(values)
        self.n = len(values)
        self.median = median(values)
        self.low, self.high = bootstrap_interval(values)

    def __repr__(self):
        return 'Estimate(median={}, low={}, high={}, n={})'.format(self.median, self.low,
                                                                    self.high, self.n)


def estimate(values):
    """An Estimate of the values, or None when there are none (not measured)."""
    values = [v for v in values if v is not None and v == v]
    return Estimate(values) if values else None


def verdict(est, target, higher=True):
    """met / missed / within noise, from where the whole interval lies against the target.

    higher=True reads the target as "at least target" (>=); higher=False as "below target"
    (<). The boundary belongs to the good side, as the targets are written."""
    if est is None or target is None:
        return NOT_MEASURED
    low, high = est.low, est.high
    if higher:
        if low >= target:
            return MET
        if high < target:
            return MISSED
    else:
        if high < target:
            return MET
        if low >= target:
            return MISSED
    return NOISE


def pair_ratios(pairs, field='rate'):
    """Per-pair ratios product[field] / reference[field] of (product, reference) result
    dicts; a pair where either side lacks the field or the reference is 0 is left out."""
    out = []
    for product, reference in pairs:
        a, b = product.get(field), reference.get(field)
        if a is None or not b:
            continue
        out.append(a / b)
    return out
