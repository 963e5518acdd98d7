"""Self-test of the benchmark statistics and report (stats.py, report.py, run.py's pairing),
pure Python: `python3 -m unittest test_report` in bench/ (CTest: bench_statistics).

Why: a verdict is only as good as the code that decides it; these rows pin the rule (met only
when the whole interval clears the target, within noise when it straddles), the bootstrap's
reproducibility, and the schedule that makes pairs, without running a single benchmark.

The targets table of a fixed set of samples is compared with bench/testdata/targets.md, which
shows the report's format; after a deliberate change of format, regenerate it with
WIREBENCH_REGENERATE_FIXTURES=1 python3 -m unittest test_report (in bench/) and review the diff.
"""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import report  # noqa: E402
import run  # noqa: E402
import stats  # noqa: E402

FIXTURE = os.path.join(HERE, 'testdata', 'targets.md')


class BootstrapTest(unittest.TestCase):
    def test_identical_samples_give_zero_width_and_a_decided_verdict(self):
        est = stats.estimate([0.95] * 7)
        self.assertEqual((est.low, est.median, est.high), (0.95, 0.95, 0.95))
        self.assertEqual(est.n, 7)
        self.assertEqual(stats.verdict(est, 0.9), stats.MET)
        self.assertEqual(stats.verdict(stats.estimate([0.85] * 7), 0.9), stats.MISSED)

    def test_one_pair_gives_zero_width(self):
        est = stats.estimate([1.2])
        self.assertEqual((est.low, est.high, est.n), (1.2, 1.2, 1))
        self.assertEqual(stats.verdict(est, 0.9), stats.MET)

    def test_interval_straddling_the_target_is_within_noise(self):
        est = stats.estimate([0.80, 0.85, 0.90, 0.95, 1.00, 0.88, 0.93])
        self.assertLess(est.low, 0.9)
        self.assertGreater(est.high, 0.9)
        self.assertEqual(stats.verdict(est, 0.9), stats.NOISE)
        self.assertEqual(stats.verdict(est, 0.9, higher=False), stats.NOISE)

    def test_whole_interval_on_one_side_decides(self):
        good = stats.estimate([0.95, 0.97, 1.01, 0.99, 1.05])
        bad = stats.estimate([0.70, 0.75, 0.72, 0.80, 0.78])
        self.assertEqual(stats.verdict(good, 0.9), stats.MET)
        self.assertEqual(stats.verdict(bad, 0.9), stats.MISSED)
        # "below the limit" targets (ms, KiB): the good side is the low side.
        self.assertEqual(stats.verdict(bad, 0.9, higher=False), stats.MET)
        self.assertEqual(stats.verdict(good, 0.9, higher=False), stats.MISSED)

    def test_boundary_belongs_to_the_good_side(self):
        self.assertEqual(stats.verdict(stats.estimate([0.9, 0.9]), 0.9), stats.MET)
        self.assertEqual(stats.verdict(stats.estimate([16.0]), 16, higher=False), stats.MISSED)

    def test_interval_contains_the_median_and_lies_within_the_samples(self):
        values = [1.3, 0.7, 1.1, 0.9, 1.0, 1.2, 0.8, 1.05, 0.95]
        est = stats.estimate(values)
        self.assertLessEqual(min(values), est.low)
        self.assertLessEqual(est.low, est.median)
        self.assertLessEqual(est.median, est.high)
        self.assertLessEqual(est.high, max(values))

    def test_bootstrap_is_reproducible_for_a_fixed_seed(self):
        values = [0.71, 0.97, 0.88, 0.91, 0.84, 1.02, 0.79, 0.93]
        first = stats.bootstrap_interval(values)
        self.assertEqual(first, stats.bootstrap_interval(values))
        # The order of the samples does not matter either, nor what was drawn before.
        stats.bootstrap_interval([5.0, 1.0, 3.0], seed=1)
        self.assertEqual(first, stats.bootstrap_interval(list(reversed(values))))
        self.assertEqual(stats.bootstrap_interval(values, seed=7),
                         stats.bootstrap_interval(values, seed=7))

    def test_no_samples_is_not_measured(self):
        self.assertIsNone(stats.estimate([]))
        self.assertEqual(stats.verdict(None, 0.9), stats.NOT_MEASURED)

    def test_pair_ratios_skip_incomplete_pairs(self):
        pairs = [({'rate': 10.0}, {'rate': 5.0}), ({'rate': 3.0}, {}),
                 ({'rate': 1.0}, {'rate': 0}), ({}, {'rate': 4.0})]
        self.assertEqual(stats.pair_ratios(pairs), [2.0])


class FakeCompetitor:
    """Stands in for run.Competitor: its runs return a fixed rate and log their order."""

    def __init__(self, key, log, rate=100.0, once=False):
        self.key = key
        self.label = key
        self.once = once
        self.results = []
        self.errors = []
        self._log = log
        self._rate = rate

    def run(self):
        self._log.append(self.key)
        if self._rate is None:
            raise run.Failure(self.key + ' failed on purpose')
        return {'ok': True, 'rate': self._rate, 'cpu_rate': self._rate}


class PairingTest(unittest.TestCase):
    def test_every_ratio_has_neighbours_in_a_block(self):
        neighbours = {frozenset(p) for block in run.BLOCKS for p in zip(block, block[1:])}
        for text, product, reference, _, _ in report.RATIO_TARGETS:
            self.assertIn(frozenset((product, reference)), neighbours, text)

    def test_rounds_alternate_which_goes_first(self):
        log = []
        items = [FakeCompetitor(k, log, rate) for k, rate in
                 (('node', 90.0), ('qt_pipeline', 100.0), ('py_oneloop_persistent', 1.0))]
        with redirect_stdout():
            pairs = run.run_rounds(items, 4)
        self.assertEqual(log, ['node', 'qt_pipeline', 'py_oneloop_persistent',
                               'qt_pipeline', 'node', 'py_oneloop_persistent'] * 2)
        self.assertEqual(stats.pair_ratios(pairs[('node', 'qt_pipeline')]), [0.9] * 4)
        est = report.ratio_estimate(pairs, 'node', 'qt_pipeline')
        self.assertEqual((est.median, est.low, est.high, est.n), (0.9, 0.9, 0.9, 4))

    def test_a_competitor_run_once_runs_in_the_first_round_only(self):
        # The lossy ring's long run: once per invocation, whatever --reps says.
        log = []
        items = [FakeCompetitor('ring_lossy', log, once=True), FakeCompetitor('ring_kill', log)]
        with redirect_stdout():
            run.run_rounds(items, 3)
        self.assertEqual(log, ['ring_lossy', 'ring_kill', 'ring_kill', 'ring_kill'])

    def test_only_drops_blocks_that_would_pair_nothing(self):
        items = [FakeCompetitor(k, []) for k in ('node', 'qt_pipeline', 'wb_pipeline')]
        blocks = [[c.key for c in block] for block in run.schedule(items)]
        # node's blocks with the Python seed and the Unix-loop prototype shrink to node and
        # wb_pipeline: neighbours no ratio wants, so that is one more block, not a bare node.
        self.assertEqual(blocks[0], ['node', 'qt_pipeline', 'wb_pipeline'])
        self.assertNotIn(['node'], blocks)
        self.assertNotIn(['wb_pipeline'], blocks)

    def test_a_failed_run_leaves_its_pair_out(self):
        log = []
        items = [FakeCompetitor('wb_echo_endpoint', log, 50.0),
                 FakeCompetitor('qt_echo_noglib', log, None)]
        with redirect_stdout():
            pairs = run.run_rounds(items, 2)
        self.assertNotIn(('wb_echo_endpoint', 'qt_echo_noglib'), pairs)
        self.assertEqual(len(items[1].errors), 2)
        row = report.ratio_row(pairs, 'x', 'wb_echo_endpoint', 'qt_echo_noglib', None, 2)
        self.assertIn(stats.NOT_MEASURED, row)


class ReportFormatTest(unittest.TestCase):
    def test_targets_table_matches_the_fixture(self):
        by_key, pairs = fixture_samples()
        callgrind = {'node': 142785.0, 'bare': 108316.0, 'ratio': 142785.0 / 108316.0,
                     'ticks': 2001}
        text = '\n'.join(report.targets_section(by_key, pairs, callgrind)) + '\n'
        if os.environ.get('WIREBENCH_REGENERATE_FIXTURES'):
            os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
            with open(FIXTURE, 'w') as f:
                f.write(text)
        with open(FIXTURE) as f:
            self.assertEqual(text, f.read(), 'the targets table changed; see the docstring')
        self.assertIn(stats.RULE, text)

    def test_a_limit_to_reach_is_met_from_above(self):
        # The drain: "at least 0.5x", the good side is the high side, a ratio reads 0.99x.
        by_key, _ = fixture_samples()
        row = report.absolute_row(by_key, 'drain', 'hold', 'drain_ratio', 0.5, '×', 2, True)
        self.assertIn('| 0.99× |', row)
        self.assertIn('**met**', row)
        row = report.absolute_row(by_key, 'drain', 'hold', 'drain_ratio', 1.5, '×', 2, True)
        self.assertIn('**missed**', row)

    def test_callgrind_missing_says_not_measured(self):
        row = report.callgrind_row({'error': 'valgrind is not installed'})
        self.assertIn('not measured (valgrind is not installed)', row)


def fixture_samples():
    """Fixed samples for the fixture: one ratio met, one missed, one within noise, one
    competitor that failed, and absolute figures on both sides of their limits."""
    def results(rates, field='rate'):
        return [{'ok': True, field: r, 'cpu_rate': r} for r in rates]
    pairs = {
        ('node', 'py_oneloop_new'): list(zip(results([6700, 6650, 6800, 6600, 6750]),
                                             results([300, 310, 305, 295, 320]))),
        ('node', 'qt_pipeline'): list(zip(results([6000, 6900, 5200, 7100, 6500]),
                                          results([6600, 6700, 6500, 6800, 6600]))),
        ('wb_pipeline', 'qt_pipeline'): list(zip(results([5000, 5100, 5050, 4900, 5200]),
                                                 results([6600, 6700, 6500, 6800, 6600]))),
        ('wb_echo_endpoint', 'qt_echo'): list(zip(results([25800, 25900, 26000]),
                                                  results([25700, 25750, 25600]))),
        ('wb_pipeline_passthrough', 'qt_pipeline'): list(zip(
            results([5600, 5700, 5650, 5500, 5750]), results([6600, 6700, 6500, 6800, 6600]))),
    }
    scale = FakeCompetitor('scale', [])
    scale.results = [{'connected_ms': v, 'kib_per_node': k}
                     for v, k in ((336.5, 31.0), (340.0, 31.1), (300.0, 30.8))]
    workbench = FakeCompetitor('workbench', [])
    workbench.results = [{'lateness_ms_p99': v} for v in (14.4, 17.0, 15.1, 16.5, 13.9)]
    plot = FakeCompetitor('plot', [])
    plot.results = [{'frame_ms_p99': v} for v in (17.0, 18.2, 16.4)]
    hold = FakeCompetitor('hold', [])
    hold.results = [{'kib_per_message': k, 'drain_ratio': r}
                    for k, r in ((0.181, 0.97), (0.179, 1.02), (0.183, 0.99))]
    ring_kill = FakeCompetitor('ring_kill', [])
    ring_kill.results = [{'heal_ms': v} for v in (1450.0, 1620.0, 2210.0, 1510.0, 1580.0)]
    ring_adjacent = FakeCompetitor('ring_adjacent', [])
    ring_adjacent.results = [{'heal_ms': v} for v in (1900.0, 2100.0, 2000.0)]
    ring_lossy = FakeCompetitor('ring_lossy', [])
    ring_lossy.results = [{'false_deaths': 0}]
    return {c.key: c for c in (scale, workbench, plot, hold, ring_kill, ring_adjacent,
                               ring_lossy)}, pairs


class redirect_stdout:
    """Keeps run.py's progress lines out of the test's output."""

    def __enter__(self):
        self._saved = sys.stdout
        sys.stdout = open(os.devnull, 'w')

    def __exit__(self, *exc):
        sys.stdout.close()
        sys.stdout = self._saved


if __name__ == '__main__':
    unittest.main()
