"""The report the benchmark runs make (docs/benchmarks.md): medians and ranges of every
competitor, the targets of issue 6 as paired ratios with bootstrap intervals and verdicts
(the statistics are in stats.py), instructions per tick from callgrind, the machine, and
bench/analysis.md appended."""

import json
import os
import platform
import re
import subprocess

from stats import (MET, MISSED, NOT_MEASURED, RULE, estimate, median, pair_ratios,
                   percentile, verdict)

ANALYSIS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'analysis.md')

PIPELINE_PRODUCTS = (('node', '`wirebench-node run`'), ('wb_pipeline', 'MeshRuntime in process'))

# The pass-through rule of the gate's cost (issue: "with a pass-through rule on every wire,
# >= 0.85x"): a rule the gate must evaluate for every message and every ack, drawing its
# decision, but that never fires. A rule of all zeros would not do: DeliveryController::setRules
# forgets rules that are none, and the gate takes its fast path. bench_wb_pipeline --rule
# passthrough sets the same rule (kPassThroughDrop, kPassThroughSeed in wbpipeline.cpp).
PASS_THROUGH_FAULTS = {'message': {'drop': 1e-12}, 'ack': {'drop': 1e-12}}
PASS_THROUGH_SEED = 1
PASS_THROUGH_TEXT = ('The pass-through rule, on both wires: drop probability 10⁻¹² for the '
                     'messages and for the acks (`"faults": {}`), the gate\'s seed fixed at {}. '
                     'The gate draws a decision for every message and every ack as for any '
                     'rule; in a run of a million passages the odds that one is dropped are '
                     'one in a million, and a drop would fail the run (its ack never comes).'
                     .format(json.dumps(PASS_THROUGH_FAULTS), PASS_THROUGH_SEED))

# The ratios of issue 6: (text, product, reference, goal, digits). goal None: reported without
# a verdict. Each one is taken over pairs of neighbours in run.py's BLOCKS (a unit test checks
# that every one has such neighbours).
RATIO_TARGETS = [row for key, label in PIPELINE_PRODUCTS for row in (
    ('Pipeline: {} ≥ 10× seed Python (one loop, new connection per tick)'.format(label),
     key, 'py_oneloop_new', 10, 1),
    ('Pipeline: {} ≥ 0.9× bare QWebSocket prototype'.format(label), key, 'qt_pipeline', 0.9,
     2),
    ('Pipeline: {} / bare prototype on Qt\'s Unix loop'.format(label), key,
     'qt_pipeline_noglib', None, 2),
    ('Pipeline: {}, pass-through rule on every wire ≥ 0.85× bare QWebSocket prototype'
     .format(label), key + '_passthrough', 'qt_pipeline', 0.85, 2),
    ('Pipeline: {} with the pass-through rule / without (what consulting a rule costs)'
     .format(label), key + '_passthrough', key, None, 2))] + [
    ('Echo: Link -> Endpoint ≥ 0.9× bare QWebSocket pair', 'wb_echo_endpoint', 'qt_echo', 0.9,
     2),
    ('Echo: Link -> buzzer ≥ 0.9× bare QWebSocket pair', 'wb_echo_buzzer', 'qt_echo', 0.9, 2),
    ('Echo: Link -> Endpoint / bare pair on Qt\'s Unix loop', 'wb_echo_endpoint',
     'qt_echo_noglib', None, 2),
    ('Echo: Link -> Endpoint / raw TCP one thread', 'wb_echo_endpoint', 'tcp_thread', None, 2),
    ('Echo: bare QWebSocket pair / raw TCP one thread', 'qt_echo', 'tcp_thread', None, 2),
    ('Echo: Link -> Endpoint / raw TCP two processes', 'wb_echo_endpoint', 'tcp_process', None,
     2),
    ('Echo: bare QWebSocket pair / raw TCP two processes', 'qt_echo', 'tcp_process', None, 2),
    ('Ring: a message round 64 members in one process / the same round over 64 bare '
     'QWebSocket relays (issue 15; a hop costs the inverse)', 'wb_ring', 'qt_relay', None, 2),
    ('Queues: 10,000 lines through keyboard -> queue -> worker(0 ms) -> console, '
     '`wirebench-node run` ≥ 10× the seed-style Python pipeline (asyncio.Queue + websockets; '
     'issue 16)', 'queue_node', 'py_queue', 10, 1),
    ('Scripts: the seed circuit with a scripted iopin (the iopin template) ≥ 0.5× the '
     'built-in iopin, `wirebench-node run` ticks/s (issue 17)', 'node_script', 'node', 0.5, 2),
]

# Targets on a figure of each run against a fixed limit, each on the median of its runs:
# (text, competitor, field, limit, unit, digits, higher). higher False: "below the limit";
# True: "at least the limit" (a ratio one run measures against itself, such as the drain).
ABSOLUTE_TARGETS = [
    ('1,000 nodes start in < 1 s (until every clock has its first ack)', 'scale',
     'connected_ms', 1000, 'ms', 0, False),
    ('1,000 nodes cost < 50 KiB RSS each', 'scale', 'kib_per_node', 50, 'KiB', 1, False),
    ('Paused gate: 100,000 messages held on 1,000 wires cost < 1 KiB RSS each', 'hold',
     'kib_per_message', 1, 'KiB', 3, False),
    ('Paused gate released: the 100,000 drain at ≥ 0.5× the same circuit\'s unpaused rate '
     '(both in one run)', 'hold', 'drain_ratio', 0.5, '×', 2, True),
    ('Workbench with 200 running nodes: event-loop lateness p99 < 16 ms', 'workbench',
     'lateness_ms_p99', 16, 'ms', 1, False),
    ('Workbench with 200 running nodes and the sequence chart dock following: event-loop '
     'lateness p99 < 16 ms (issue 14)', 'workbench_chart', 'lateness_ms_p99', 16, 'ms', 1, False),
    ('Plot over 10 million events: frame time p99 < 16 ms (issue 5: panning stays under 16 ms '
     'a frame)', 'plot', 'frame_ms_p99', 16, 'ms', 1, False),
    ('Sequence chart over 1 million messages: the dock\'s frame (geometry, decimation, '
     'painting) p99 < 16 ms (issue 14)', 'chart', 'frame_ms_p99', 16, 'ms', 1, False),
    ('Sequence chart: the brute-force reference / decimation on the same frames (one run)',
     'chart', 'reference_ratio', 10, '×', 0, True),
    ('Ring of 8 processes: kill -9 of one member -> healed ring ≤ 2 s (issue 15)', 'ring_kill',
     'heal_ms', 2000, 'ms', 0, False),
    ('Ring of 8 processes: SIGSTOP of one member -> healed ring ≤ 5 s (issue 15)', 'ring_stop',
     'heal_ms', 5000, 'ms', 0, False),
    ('Ring of 8 processes: two neighbours killed at once -> healed ring (issue 15)',
     'ring_adjacent', 'heal_ms', None, 'ms', 0, False),
    ('Ring of 8: zero false deaths with 5 % of every wire\'s messages dropped (issue 15; '
     'one run, `--ring-seconds`, 120 s by default)', 'ring_lossy', 'false_deaths', 1, 'deaths',
     0, False),
    ('Queue memory bounded by its capacity: peak RSS of a queue (capacity 5, drop-newest, no '
     'consumer) under 100,000 / under 10,000 messages from a producer that does not wait ≤ 1.1 '
     '(issue 16)', 'queue_memory', 'rss_ratio', 1.1, '×', 2, False),
]


HOLD_TEXT = (
    '1,000 clocks wired to one buzzer, run by one MeshRuntime: 1,000 wires, each its own '
    'connection; each wire\'s sending end is a link made as the clock\'s node makes it (the '
    'runtime\'s gate, the wire\'s id and ends), sending the clock\'s payloads '
    '(`bench/wbhold.cpp`). After one message per wire '
    '(every connection open) the gate is paused and 100 messages are sent on every wire. A wire '
    'is stop-and-wait, so the gate holds the first of each wire, about to be written, and the '
    'other 99 wait behind it in the wire\'s link: sent, not delivered. RSS per held message = '
    '(resident set once all are sent − before, /proc/self/statm) / 100,000. Then the gate is '
    'released and timed until the last ack (drain), and the same 100 messages per wire are sent '
    'again with the gate running (unpaused); the drain target is on the ratio of the two, '
    'which one run measures against itself.')


def summary(competitor, field='rate'):
    """Median, min and max of one field over a competitor's runs, None if it has none."""
    values = [r[field] for r in competitor.results if field in r]
    if not values:
        return None
    return median(values), min(values), max(values)


def fmt(value, digits=0):
    if value is None or value != value:
        return 'n/a'
    return '{:,.{}f}'.format(value, digits)


def fmt_summary(s, digits=0):
    if s is None:
        return 'failed', ''
    return fmt(s[0], digits), '{}–{}'.format(fmt(s[1], digits), fmt(s[2], digits))


def fmt_verdict(name):
    """Decided verdicts in bold, so that a reader's eye finds them; the rest plain."""
    return '**{}**'.format(name) if name in (MET, MISSED) else name


def ratio_estimate(pairs, product, reference, field='rate'):
    """The median of the per-pair ratios with its interval, None when no pair completed."""
    return estimate(pair_ratios(pairs.get((product, reference), []), field))


def ratio_row(pairs, text, product, reference, goal, digits):
    """One row of the targets table: | target | median | [low, high] | pairs | CPU | verdict |"""
    est = ratio_estimate(pairs, product, reference)
    cpu = ratio_estimate(pairs, product, reference, 'cpu_rate')
    if est is None:
        return '| {} | n/a | — | 0 | — | {} |'.format(text, NOT_MEASURED)
    return '| {} | {}× | [{}, {}] | {} | {} | {} |'.format(
        text, fmt(est.median, digits), fmt(est.low, digits), fmt(est.high, digits), est.n,
        '{}×'.format(fmt(cpu.median, digits)) if cpu else '—',
        fmt_verdict(verdict(est, goal)) if goal is not None else 'reported')


def absolute_estimate(by_key, key, field):
    """The median of one field over a competitor's runs with its interval; None when it has
    no run with that field."""
    competitor = by_key.get(key)
    return estimate([r[field] for r in competitor.results if field in r]) if competitor else None


def absolute_row(by_key, text, key, field, limit, unit, digits, higher=False):
    """A row for a figure against a fixed limit: the same interval rule, over runs."""
    est = absolute_estimate(by_key, key, field)
    if est is None:
        return '| {} | — | — | 0 runs | — | {} |'.format(text, NOT_MEASURED)
    # A ratio reads 0.98×, as in the rows above; a quantity 31.0 KiB.
    value = fmt(est.median, digits) + (unit if unit == '×' else ' ' + unit)
    return '| {} | {} | [{}, {}] | {} run{} | — | {} |'.format(
        text, value, fmt(est.low, digits), fmt(est.high, digits), est.n,
        '' if est.n == 1 else 's',
        fmt_verdict(verdict(est, limit, higher=higher)) if limit is not None else 'reported')


def callgrind_row(callgrind):
    """Instructions per tick, node / bare prototype: deterministic enough for one run."""
    text = ('Pipeline: `wirebench-node run` instructions per tick / bare prototype on Qt\'s '
            'Unix loop (callgrind; lower is better)')
    if not callgrind or 'ratio' not in callgrind:
        reason = (callgrind or {}).get('error', 'not run')
        return '| {} | not measured ({}) | — | — | — | — |'.format(text, reason)
    return '| {} | {}× ({} / {}) | — | 1 run, {:,} ticks | — | reported |'.format(
        text, fmt(callgrind['ratio'], 2), fmt(callgrind['node'], 0), fmt(callgrind['bare'], 0),
        callgrind['ticks'])


def targets_section(by_key, pairs, callgrind):
    """The targets table as Markdown lines: what a reader wants first, and what the self-test
    compares with its fixture (bench/testdata/targets.md)."""
    lines = ['## Targets (issue 6)', '',
             'Each ratio is the median of per-pair ratios: in every round the product and its '
             'reference run back to back, the one that goes first alternating from round to '
             'round, so that drift of the machine cancels within a pair. The interval is a '
             'percentile bootstrap 95 % interval of that median (fixed seed: the same samples '
             'give the same interval); with 5 pairs it is about the range of the pair ratios, '
             'more rounds (`./dev bench --reps 9`) narrow it. ' + RULE + ' Limits in ms or KiB '
             'use the same rule over the runs. "On CPU time" is the median ratio of CPU-time rates, which moves much '
             'less when other work shares the machine; instructions per tick, counted by '
             'callgrind, do not depend on the neighbours at all.',
             '',
             '| Target | median | 95 % interval | pairs | on CPU time | Verdict |',
             '|---|---|---|---|---|---|']
    for row in RATIO_TARGETS:
        lines.append(ratio_row(pairs, *row))
    lines.append(callgrind_row(callgrind))
    for row in ABSOLUTE_TARGETS:
        lines.append(absolute_row(by_key, *row))
    lines.append('')
    if callgrind and 'ratio' in callgrind:
        lines += ['Instructions per tick (callgrind, (Ir of {n} ticks − Ir of 1 tick) / {m}, '
                  'the seed pipeline, sequence 3, delay 0): `wirebench-node run` {node}, bare '
                  'QWebSocket prototype with `QT_NO_GLIB=1` (the loop the node runs on) {bare}.'
                  .format(n=callgrind['ticks'], m=callgrind['ticks'] - 1,
                          node=fmt(callgrind['node']), bare=fmt(callgrind['bare'])), '']
    return lines


def command_output(command):
    try:
        return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return 'unknown'


def machine(python):
    cpu = 'unknown'
    memory = 'unknown'
    try:
        with open('/proc/cpuinfo') as f:
            models = re.findall(r'^model name\s*:\s*(.*)$', f.read(), re.M)
            cpu = models[0] if models else cpu
        with open('/proc/meminfo') as f:
            kib = int(re.search(r'^MemTotal:\s+(\d+)', f.read(), re.M).group(1))
            memory = '{:.1f} GiB'.format(kib / 1024 / 1024)
    except (OSError, AttributeError):
        pass
    qt = command_output(['dpkg-query', '-W', '-f=${Version}', 'libqt6core6'])
    qtws = command_output(['dpkg-query', '-W', '-f=${Version}', 'libqt6websockets6'])
    return [
        ('CPU', '{} × {}'.format(os.cpu_count(), cpu)),
        ('Memory', memory),
        ('Kernel', '{} {}'.format(platform.system(), platform.release())),
        ('Qt', '{} (Debian libqt6core6), QtWebSockets {}'.format(qt, qtws)),
        ('Compiler', command_output(['c++', '--version']).splitlines()[0]),
        ('Python', command_output([python, '--version'])),
        ('websockets', command_output(
            [python, '-c', 'import websockets; print(websockets.__version__)'])),
    ]


def write_report(path, args, items, pairs, callgrind, started, load_before, load_after, took,
                 latency):
    """Writes the whole report. pairs: {(product, reference): [(result, result), ...]} from
    neighbours in one block of a round; callgrind: run_callgrind's dict (or None)."""
    by_key = {c.key: c for c in items}
    lines = []
    add = lines.append

    def table(competitor, rows):
        add('| Measure | median | min–max |')
        add('|---|---:|---|')
        for field, label, digits in rows:
            med, span = fmt_summary(summary(competitor, field), digits)
            add('| {} | {} | {} |'.format(label, med, span))
    busy = float(load_before.split()[0]) > 0.5
    add('# Benchmarks')
    add('')
    add('Generated by `./dev bench` (bench/run.py) on {}, {} rounds, {:.0f} s in all. Do not '
        'edit by hand: run `./dev bench` again.'.format(
            started.strftime('%Y-%m-%d %H:%M'), args.reps, took))
    add('In each round every competitor runs at least once, and every product of a ratio right '
        'next to its reference. Competitor tables give the median of all runs, then min–max. '
        'Load average before/after: {} / {}{}.'.format(
            load_before, load_after,
            ' — the machine was shared with other work, so absolute numbers are noisy; the '
            'paired ratios and their intervals are what counts' if busy else ''))
    if args.smoke:
        add('')
        add('**Smoke run** (tiny counts, {} rounds): it shows that every benchmark and the '
            'statistics still run; its numbers mean nothing.'.format(args.reps))
    add('')
    add('## Machine')
    add('')
    add('| | |')
    add('|---|---|')
    for name, value in machine(args.python):
        add('| {} | {} |'.format(name, value))
    add('')

    # Targets first: that is what a reader wants to know.
    lines += targets_section(by_key, pairs, callgrind)

    titles = {
        'pipeline': ('1. Pipeline throughput', 'Seed circuit clock -> iopin -> buzzer, delay 0, '
                     'sequence 3 (one tick = 1 message to the iopin + 3 to the buzzer, each '
                     'acknowledged). Ticks per second, timed from before the first connection '
                     'opens to the last tick\'s ack. ' + PASS_THROUGH_TEXT, 'ticks/s'),
        'echo': ('2. Echo round trips on one connection', 'One message "1" out, one answer '
                 'back, the next only after the answer (raw TCP: 8 bytes each way). Round trips '
                 'per second after 200 unmeasured ones.', 'round trips/s'),
    }
    for section in ('pipeline', 'echo'):
        title, text, unit = titles[section]
        add('## ' + title)
        add('')
        add(text)
        add('')
        add('| Competitor | Role | {} (median) | min–max | per CPU-second | per run |'
            .format(unit))
        add('|---|---|---:|---|---:|---:|')
        for c in items:
            if c.section != section:
                continue
            med, span = fmt_summary(summary(c))
            cpu = summary(c, 'cpu_rate')
            add('| {} | {} | {} | {} | {} | {:,} |'.format(c.label, c.role, med, span,
                                                          fmt(cpu[0] if cpu else None), c.count))
        add('')
    add('## 3. Latency: tick -> buzzer ack')
    add('')
    add('From the clock sending a tick to the iopin receiving the buzzer\'s ack for the tick\'s '
        'last bit, in µs, over every tick of every repetition pooled (same circuit and delay 0 '
        'as above, in their own runs because the instrumentation costs a little).')
    add('')
    add('| Competitor | ticks | p50 µs | p99 µs | p99.9 µs | max µs |')
    add('|---|---:|---:|---:|---:|---:|')
    for c in items:
        if c.section != 'latency':
            continue
        samples = latency.get(c.key, [])
        add('| {} | {:,} | {} | {} | {} | {} |'.format(
            c.label, len(samples), fmt(percentile(samples, 50), 1),
            fmt(percentile(samples, 99), 1), fmt(percentile(samples, 99.9), 1),
            fmt(max(samples) if samples else None, 1)))
    add('')
    scale = by_key['scale']
    add('## 4. Scale: 1,000 local nodes in one process')
    add('')
    add('{} — each clock wired to its own server, every server on an ephemeral port, all run '
        'by one MeshRuntime, every clock sending {} ticks flat out. RSS per node = (VmRSS once '
        'every tick is acked − VmRSS before the circuit existed) / 1,000, with every '
        'connection still open.'.format(scale.label, scale.shown.split('--ticks ')[-1]))
    add('')
    table(scale, (('start_ms', 'startAll(): every server listening, every clock started (ms)', 1),
                  ('connected_ms', 'until every clock has its first ack (ms)', 1),
                  ('kib_per_node', 'RSS per node (KiB)', 1),
                  ('rate', 'total ticks/s, from startAll() to the last ack', 0)))
    add('')
    widget_sections = (
        ('workbench', '5. Workbench with 200 running nodes (offscreen)',
         'The whole window (canvas, mesh table, inspector, log, logic analyzer) with 100 clocks at '
         'delay 0 each wired to its own LED, all running, for 5 s after 1 s of warm-up. '
         'Lateness: how late a 5 ms precise single-shot timer fires (what a click waits); '
         'frame: how long the window takes to handle one UpdateRequest (repaint every dirty '
         'widget into the backing store).',
         (('lateness_ms_p50', 'event-loop lateness p50 (ms)', 1),
          ('lateness_ms_p99', 'event-loop lateness p99 (ms)', 1),
          ('lateness_ms_max', 'event-loop lateness max (ms)', 1),
          ('frame_ms_p50', 'frame time p50 (ms)', 1),
          ('frame_ms_p99', 'frame time p99 (ms)', 1),
          ('frame_count', 'frames in 5 s', 0),
          ('rate', 'ticks/s of all clocks together', 0))),
        ('workbench_chart', '5b. The same with the sequence chart dock following',
         'Section 5\'s window and circuit with the sequence chart dock open and following the '
         'live run (`--chart`): the chart reads every message as it is recorded and repaints '
         'at most 30 times a second.',
         (('lateness_ms_p50', 'event-loop lateness p50 (ms)', 1),
          ('lateness_ms_p99', 'event-loop lateness p99 (ms)', 1),
          ('lateness_ms_max', 'event-loop lateness max (ms)', 1),
          ('frame_ms_p50', 'frame time p50 (ms)', 1),
          ('frame_ms_p99', 'frame time p99 (ms)', 1),
          ('frame_count', 'frames in 5 s', 0),
          ('chart_messages', 'messages in the chart at the end', 0),
          ('rate', 'ticks/s of all clocks together', 0))),
        ('plot', '6. Plot over 10 million events',
         'The logic analyzer (issue 5) over a recording of 10 million events in the seed '
         'pattern, rendered offscreen through a session of 200 zoom-and-pan frames from the '
         'whole recording down to single messages and back (`bench/plotbench.cpp`).',
         (('frame_ms_p50', 'frame time p50 (ms)', 1),
          ('frame_ms_p99', 'frame time p99 (ms)', 1),
          ('frame_ms_max', 'frame time max (ms)', 1),
          ('build_seconds', 'building the 10 M event recording (s)', 2),
          ('bytes_per_event_rss', 'memory per event, RSS (bytes)', 1))))
    for key, title, text, rows in widget_sections:
        add('## ' + title)
        add('')
        if key in by_key:
            add(text)
            add('')
            table(by_key[key], rows)
        else:
            add('Not measured: `bench_{}` was not built (the GUI is off, or did not '
                'build).'.format(key.split('_')[0]))
        add('')
    hold = by_key.get('hold')
    add('## 7. A paused gate holding 100,000 messages')
    add('')
    if hold:
        add(HOLD_TEXT)
        add('')
        table(hold, (('held_at_gate', 'held at the gate (one per wire: stop-and-wait)', 0),
                     ('waiting_in_links', 'waiting behind them in the wires\' links', 0),
                     ('bytes_per_message', 'RSS per held message (bytes)', 1),
                     ('rate', 'drain after release (messages/s)', 0),
                     ('unpaused_rate', 'the same sends, gate running (messages/s)', 0),
                     ('drain_ratio', 'drain / unpaused, within each run', 2),
                     ('drain_cpu_ratio', 'the same on CPU time', 2)))
    else:
        add('Not measured in this run.')
    add('')
    chart = by_key.get('chart')
    add('## 8. The message sequence chart over 1 million messages')
    add('')
    if chart:
        add('The seed pattern (a tick, three bits, every ack; ticks 1 ms apart in bursts of '
            '1,000 with 1 s of silence) as a recording of 1 million messages, read into the '
            'chart\'s model; then what a frame of the chart computes before it paints (the time '
            'axis with idle time compressed, and `chartgeometry::arrows()`) through 300 '
            'zoom-and-pan frames from the whole recording down to 1 µs a pixel and back '
            '(`bench/chartbench.cpp`, docs/chart.md). The reference is the brute-force '
            'decimation (every message visited) on some of the same frames, in the same run.')
        add('')
        table(chart, (('frame_ms_p50', 'frame time p50 (ms)', 2),
                      ('frame_ms_p99', 'frame time p99 (ms)', 2),
                      ('frame_ms_max', 'frame time max (ms)', 2),
                      ('arrows_max', 'arrows in the busiest frame', 0),
                      ('reference_ms_p50', 'brute-force reference p50 (ms)', 1),
                      ('reference_ratio', 'reference / decimation, same frames', 0),
                      ('build_seconds', 'reading the recording into the model (s)', 2),
                      ('bytes_per_message_layout', 'memory per message, as laid out (bytes)', 1),
                      ('bytes_per_message_rss', 'memory per message, RSS (bytes)', 1)))
    else:
        add('Not measured in this run.')
    add('')
    ring_section(by_key, add, table)
    queue_section(by_key, add)
    add('## Commands')
    add('')
    add('Build: `cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build '
        'build-bench --target wirebench_bench`. Each competitor, one run:')
    add('')
    for c in items:
        add('- {}: `{}`'.format(c.label, c.shown))
    if callgrind and 'ticks' in callgrind:
        add('- Instructions per tick, each also with 1 tick to subtract start-up: `valgrind '
            '--tool=callgrind wirebench-node run \'<seed circuit on free ports>\' -t {n} -d 0 '
            '--sequence 3 --until-done` and `QT_NO_GLIB=1 valgrind --tool=callgrind '
            'build-bench/bench/bench_qt_pipeline --ticks {n} --sequence 3`'.format(
                n=callgrind['ticks']))
    add('')
    errors = [(c, e) for c in items for e in c.errors]
    if errors:
        add('## Failures')
        add('')
        for c, e in errors:
            add('- {}: `{}`'.format(c.label, e[:300].replace('`', "'")))
        add('')
    if os.path.exists(ANALYSIS):
        with open(ANALYSIS) as f:
            add(f.read().rstrip())
        add('')
    with open(path, 'w') as f:
        f.write('\n'.join(lines))


RING_TEXT = (
    'Rings of `wirebench-node ring` processes on 127.0.0.1 with the default timings (heartbeat '
    '0.5 s, suspect 1.5 s, probe timeout 1 s, 3 probes, stabilise 0.5 s; docs/ring.md), keys '
    'spread evenly, the first member alone and the others joining through it '
    '(`bench/ringbench.py`). Once the ring is whole and has settled for 1 s, the member in the '
    'middle is killed (SIGKILL), stopped (SIGSTOP), or it and its successor are killed at once. '
    'Healed: every live member\'s successor and predecessor, as its `status` answers them '
    '(docs/protocol.md), are its neighbours among the live members in key order; the runner '
    'asks every live member every 10 ms or so. "Says dead" is when the victim\'s predecessor, '
    'asked alongside, first answered that the victim is dead. The lossy ring is one '
    '`wirebench-node run` of a ring circuit whose every wire drops 5 % of its messages (the '
    'delivery path\'s fault rules, seed 1); every "is dead" line it prints is a false death. '
    'The round: member 0 of a ring in one MeshRuntime (`bench/wbring.cpp`) says a text, waits '
    'until it came back and says the next; the reference passes a text of 200 bytes round a '
    'chain of bare QWebSocket relays that ack each message as the members do '
    '(`bench/qtrelay.cpp`).')


def ring_section(by_key, add, table):
    """## 9: the ring chat's heal times, false deaths and rounds."""
    add('## 9. The ring chat: healing, false deaths, a round (issue 15)')
    add('')
    if not any(key.startswith('ring_') or key in ('wb_ring', 'qt_relay') for key in by_key):
        add('Not measured in this run.')
        add('')
        return
    add(RING_TEXT)
    add('')
    add('| Competitor | median | min–max | runs |')
    add('|---|---:|---|---:|')
    rows = [('ring_kill', 'heal_ms', 'ms to heal'), ('ring_stop', 'heal_ms', 'ms to heal'),
            ('ring_adjacent', 'heal_ms', 'ms to heal'),
            ('ring_kill', 'dead_seen_ms', 'ms until the predecessor says dead'),
            ('ring_stop', 'dead_seen_ms', 'ms until the predecessor says dead'),
            ('ring_kill', 'formed_ms', 'ms for the ring to form (start to whole)'),
            ('ring_lossy', 'false_deaths', 'false deaths'),
            ('ring_lossy', 'suspicions', 'suspicions (cleared by a probe)'),
            ('wb_ring', 'rate', 'rounds/s'), ('wb_ring', 'hop_us', 'µs a hop'),
            ('qt_relay', 'rate', 'rounds/s'), ('qt_relay', 'hop_us', 'µs a hop')]
    for key, field, what in rows:
        competitor = by_key.get(key)
        if competitor is None:
            continue
        med, span = fmt_summary(summary(competitor, field), 1 if field == 'hop_us' else 0)
        runs = len([r for r in competitor.results if field in r])
        add('| {}: {} | {} | {} | {} |'.format(competitor.label, what, med, span, runs))
    add('')


def load_average():
    try:
        return ' '.join(open('/proc/loadavg').read().split()[:3])
    except OSError:
        return '0 0 0'


QUEUE_TEXT = (
    'The queue seed\'s pipeline (docs/queues.md): a keyboard typing N lines into a queue '
    '(capacity 5, block) that delivers them one at a time to a worker (service time 0 ms) that '
    'passes each on to a console, every hop one message and its ack, stop-and-wait. The product '
    'is one `wirebench-node run` of that circuit with the lines on its standard input, the '
    'whole process timed until it exits by itself (the console has every line, the queue and '
    'the worker are idle), a 1-line run subtracted; log to /dev/null. The reference is the '
    'same four stages written the seed\'s way (`bench/queuepipeline.py`): asyncio, an '
    'asyncio.Queue(maxsize=5) in the queue, websockets with its defaults, one process and one '
    'loop, timed from the first line sent to the console\'s last. Memory '
    '(`bench/queuememory.py`): `wirebench-node queue --capacity 5 --when-full drop-newest` with '
    'no target, flooded by a producer that writes its messages without waiting for their acks '
    '(a second coroutine reads them); its peak resident set (VmHWM) once every message has its '
    'ack, each size in a fresh process; every run checks the counts the queue prints (received '
    '= messages, dropped = messages - 5, highest fill 5).')


def queue_section(by_key, add):
    """## 10: the queue seed's pipeline against the seed-style Python, and the queue's memory."""
    add('## 10. Queues: the pipeline, and a queue\'s memory (issue 16)')
    add('')
    if not any(key in by_key for key in ('queue_node', 'py_queue', 'queue_memory')):
        add('Not measured in this run.')
        add('')
        return
    add(QUEUE_TEXT)
    add('')
    add('| Competitor | median | min–max | runs |')
    add('|---|---:|---|---:|')
    rows = [('queue_node', 'rate', 'lines/s', 0),
            ('queue_node', 'cpu_rate', 'lines per CPU-second', 0),
            ('py_queue', 'rate', 'lines/s', 0),
            ('queue_memory', 'peak_kib_small', 'peak RSS, small flood (KiB)', 0),
            ('queue_memory', 'peak_kib_large', 'peak RSS, large flood (KiB)', 0),
            ('queue_memory', 'rss_ratio', 'peak RSS, large / small', 3),
            ('queue_memory', 'rate', 'messages/s of the large flood', 0)]
    for key, field, what, digits in rows:
        competitor = by_key.get(key)
        if competitor is None:
            continue
        med, span = fmt_summary(summary(competitor, field), digits)
        runs = len([r for r in competitor.results if field in r])
        add('| {}: {} | {} | {} | {} |'.format(competitor.label, what, med, span, runs))
    add('')
