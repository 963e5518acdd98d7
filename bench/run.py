#!/usr/bin/env python3
"""Runs the Wirebench benchmark suite and writes docs/benchmarks.md (see `./dev bench`).

Every competitor runs in the same invocation, in rounds. In a round each ratio's product runs
right next to its reference (BLOCKS), the order reversed every other round, so that a pair
shares the machine's moment and which one goes first alternates; the report gives each ratio
as the median of the per-pair ratios with a bootstrap interval, and a verdict only when the
interval clears the target (stats.py). Beside that, instructions per tick counted by callgrind
(callgrind.py). Every program stops by itself (a count, and a timeout) and talks only to
127.0.0.1.

    run.py --bin BUILD/bench --node BUILD/bin/wirebench-node [--reps 5] [--out FILE] [--smoke]

--smoke runs two rounds with tiny counts: it checks that every competitor, the pairing, the
statistics and the callgrind count still work (CI), not how fast anything is.
"""

import argparse
import datetime
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

from callgrind import DEFAULT_TICKS as CALLGRIND_TICKS, run_callgrind
from report import (ABSOLUTE_TARGETS, PASS_THROUGH_FAULTS, PASS_THROUGH_SEED, RATIO_TARGETS,
                    absolute_estimate, absolute_row, fmt, fmt_summary, load_average,
                    queue_section, ratio_estimate, ratio_row, summary, write_report)
from stats import percentile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, 'python', 'seed.py')
RING = os.path.join(HERE, 'ringbench.py')
QUEUE_PIPELINE = os.path.join(HERE, 'queuepipeline.py')
QUEUE_MEMORY = os.path.join(HERE, 'queuememory.py')
SEED_CIRCUIT = os.path.join(os.path.dirname(HERE), 'resources', 'circuits', 'seed.json')
IOPIN_TEMPLATE = os.path.join(os.path.dirname(HERE), 'resources', 'scripts', 'templates',
                              'iopin.js')
TIMEOUT = 120  # seconds, for any one process
# Qt's own poll() loop instead of GLib's: no eventfd wake-up per posted event, a third of the
# system calls. The true ceiling of a Qt program here, shown next to the default one.
NO_GLIB = {'QT_NO_GLIB': '1'}
NO_GLIB_LABEL = '{}, Qt\'s Unix event loop (QT_NO_GLIB=1)'


# The blocks of a round: competitors run back to back, the order reversed every other round.
# Every ratio of report.RATIO_TARGETS is taken from two neighbours of one block, so each pair
# ran at the same moment and alternates which goes first (a reference between two products
# serves both). Competitors in no block run alone, once a round.
BLOCKS = (
    ('node', 'qt_pipeline', 'wb_pipeline'),
    # The gate's cost: each pass-through product next to the prototype, and next to its
    # no-rule self. Three blocks, not one: a block that held both node and qt_pipeline would
    # shrink under --only to a second (node, qt_pipeline) block, a pair run twice a round.
    ('wb_pipeline_passthrough', 'qt_pipeline', 'node_passthrough'),
    ('wb_pipeline', 'wb_pipeline_passthrough'),
    ('node', 'node_passthrough'),
    ('node', 'qt_pipeline_noglib', 'wb_pipeline'),
    ('node', 'py_oneloop_new', 'wb_pipeline'),
    ('wb_echo_endpoint', 'qt_echo', 'wb_echo_buzzer'),
    ('wb_echo_endpoint', 'qt_echo_noglib'),
    ('wb_echo_endpoint', 'tcp_thread', 'qt_echo'),
    ('wb_echo_endpoint', 'tcp_process', 'qt_echo'),
    ('wb_ring', 'qt_relay'),
    ('queue_node', 'py_queue'),
    ('node', 'node_script'),
)


# What the terminal summary shows of a competitor (by key, else by section): field and unit.
SUMMARY_FIELDS = {
    'workbench': ('frame_ms_p99', 'ms frame p99'),
    'plot': ('frame_ms_p99', 'ms frame p99'),
    'chart': ('frame_ms_p99', 'ms frame p99'),
    'ring': ('heal_ms', 'ms to heal'),
    'ring_lossy': ('false_deaths', 'false deaths'),
    'wb_ring': ('rate', 'rounds/s'),
    'qt_relay': ('rate', 'rounds/s'),
    'queue_node': ('rate', 'lines/s'),
    'py_queue': ('rate', 'lines/s'),
    'queue_memory': ('rss_ratio', '× peak RSS, large / small'),
}


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Running one repetition of one competitor. Each returns a dict with at least "rate".

def run_json(command, timeout=TIMEOUT, env=None):
    """Runs a benchmark program; returns the JSON object it prints last."""
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout, text=True,
                          env=dict(os.environ, **env) if env else None)
    lines = [line for line in done.stdout.splitlines() if line.startswith('{')]
    if done.returncode != 0 or not lines:
        raise Failure('{} exited {}: {}{}'.format(shlex.join(command), done.returncode,
                                                 done.stdout[-400:], done.stderr[-400:]))
    result = json.loads(lines[-1])
    if not result.get('ok'):
        raise Failure('{}: {}'.format(shlex.join(command), result))
    return result


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def seed_circuit_with_free_ports(directory, faults=None, seed=None, scripted=False):
    """The seed circuit with its two servers moved to free ports (8765 may be in use); with
    `faults`, that rule on every wire and the gate's seed fixed (the pass-through competitor:
    `wirebench-node run` reads rules from the file only); `scripted`: its iopin a script node
    running the iopin template (issue 17), with the same parameters."""
    with open(SEED_CIRCUIT) as f:
        circuit = json.load(f)
    if scripted:
        with open(IOPIN_TEMPLATE) as f:
            source = f.read()
        for node in circuit['nodes']:
            if node['kind'] == 'iopin':
                node['kind'] = 'script'
                node['params']['script'] = source
    for node in circuit['nodes']:
        if 'port' in node:
            node['port'] = free_port()
    if faults is not None:
        for wire in circuit['wires']:
            wire['faults'] = faults
        circuit['seed'] = seed
    path = os.path.join(directory, 'seed-free-ports.json')
    with open(path, 'w') as f:
        json.dump(circuit, f)
    return path


def run_node(node, ticks, sequence, workdir, faults=None, scripted=False):
    """wirebench-node run, the whole process timed, log to /dev/null. Startup and the close at
    the end are paid by a 1-tick run too, so ticks/s = (N - 1) / (T(N) - T(1)). `faults`: a
    rule for every wire; `scripted`: the iopin as a script (seed_circuit_with_free_ports)."""
    def timed(n):
        circuit = seed_circuit_with_free_ports(workdir, faults, PASS_THROUGH_SEED, scripted)
        command = node_command(node, circuit, n, sequence)
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        timer = threading.Timer(TIMEOUT, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if process.returncode != 0:
            raise Failure('{} exited {}'.format(shlex.join(command), process.returncode))
        return seconds, usage.ru_utime + usage.ru_stime
    one, one_cpu = timed(1)
    full, full_cpu = timed(ticks)
    seconds = max(full - one, 1e-9)
    cpu = max(full_cpu - one_cpu, 1e-9)
    return {'ok': True, 'ticks': ticks, 'seconds': seconds, 'rate': (ticks - 1) / seconds,
            'cpu_seconds': cpu, 'cpu_rate': (ticks - 1) / cpu, 'process_seconds': full}


def node_command(node, circuit, ticks, sequence):
    return [node, 'run', circuit, '-t', str(ticks), '-d', '0', '--sequence', str(sequence),
            '--until-done']


def queue_circuit(directory, capacity=5, service_ms=0):
    """The queue seed's pipeline (docs/queues.md) as a circuit file on free ports: keyboard ->
    queue (capacity, block) -> worker (service_ms) -> console."""
    def node(name, kind, params=None, server=True):
        spec = {'name': name, 'kind': kind, 'params': params or {}}
        if server:
            spec.update(host='127.0.0.1', port=free_port())
        return spec
    circuit = {
        'format': 'wirebench-circuit', 'version': 2, 'title': 'queue pipeline (bench)',
        'nodes': [node('keys', 'keyboard', server=False),
                  node('queue', 'queue', {'capacity': capacity, 'whenFull': 'block'}),
                  node('worker', 'worker', {'serviceMs': service_ms}),
                  node('console', 'console')],
        'wires': [{'id': 1, 'from': 'keys', 'to': 'queue'},
                  {'id': 2, 'from': 'queue', 'to': 'worker'},
                  {'id': 3, 'from': 'worker', 'to': 'console'}]}
    path = os.path.join(directory, 'queue-pipeline.json')
    with open(path, 'w') as f:
        json.dump(circuit, f)
    return path


def run_queue_node(node, lines, workdir):
    """`wirebench-node run` of the queue pipeline with `lines` lines on standard input, the
    whole process timed, log to /dev/null; it exits once the console has every line and the
    queue and worker are idle. As run_node, a 1-line run subtracts startup and the close:
    lines/s = (N - 1) / (T(N) - T(1))."""
    def timed(n):
        circuit = queue_circuit(workdir)
        text = os.path.join(workdir, 'lines-{}.txt'.format(n))
        with open(text, 'w') as f:
            f.writelines('line {}\n'.format(i) for i in range(n))
        command = [node, 'run', circuit]
        start = time.perf_counter()
        with open(text) as stdin:
            process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        timer = threading.Timer(TIMEOUT, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if process.returncode != 0:
            raise Failure('{} < {} exited {}'.format(shlex.join(command), text,
                                                     process.returncode))
        return seconds, usage.ru_utime + usage.ru_stime
    one, one_cpu = timed(1)
    full, full_cpu = timed(lines)
    seconds = max(full - one, 1e-9)
    cpu = max(full_cpu - one_cpu, 1e-9)
    return {'ok': True, 'lines': lines, 'seconds': seconds, 'rate': (lines - 1) / seconds,
            'cpu_seconds': cpu, 'cpu_rate': (lines - 1) / cpu, 'process_seconds': full}


def start_server(command):
    """Starts a seed server process; returns it and the port it prints."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    line = process.stdout.readline()
    try:
        return process, json.loads(line)['port']
    except (ValueError, KeyError):
        process.kill()
        raise Failure('{} printed {!r}: {}'.format(shlex.join(command), line,
                                                   process.stderr.read()[-400:]))


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_python_processes(python, ticks, buzzer):
    """The seed as the post runs it: buzzer, iopin and clock in three processes."""
    servers = []
    try:
        b, buzzer_port = start_server(python_server(python, 'buzzer', buzzer))
        servers.append(b)
        i, iopin_port = start_server(python_server(python, 'iopin', buzzer, buzzer_port))
        servers.append(i)
        result = run_json([python, SEED, 'clock', '--port', str(iopin_port), '--ticks',
                           str(ticks), '--log', os.devnull])
        result.pop('cpu_rate', None)  # the clock's alone: not comparable
        return result
    finally:
        for process in reversed(servers):
            stop(process)


def python_server(python, sketch, buzzer, buzzer_port=None):
    command = [python, SEED, sketch, '--port', '0', '--buzzer', buzzer, '--log', os.devnull,
               '--lifetime', str(TIMEOUT)]
    if buzzer_port is not None:
        command += ['--buzzer-port', str(buzzer_port)]
    return command


# ---------------------------------------------------------------------------------------------
# The competitors.

class Competitor:
    def __init__(self, key, section, label, role, count, shown, run, once=False):
        self.key = key
        self.section = section
        self.label = label
        self.role = role        # product, ceiling, seed, limit
        self.count = count      # ticks or round trips per repetition
        self.shown = shown      # the command as written in the report
        self.run = run          # () -> result dict
        self.once = once        # runs in the first round only (a long run of its own)
        self.results = []
        self.samples = []       # latency samples (µs), pooled over the repetitions
        self.errors = []


def competitors(args, workdir):
    b = lambda name: os.path.join(args.bin, name)
    py = args.python
    s = args.scale
    n = lambda count: max(int(count * s), 10)
    seq = '3'
    out = []

    def add(key, section, label, role, count, shown, run, once=False):
        out.append(Competitor(key, section, label, role, count, shown, run, once))

    # 1. Pipeline throughput.
    c = n(10000)
    add('node', 'pipeline', '`wirebench-node run` (process, log to /dev/null)', 'product', c,
        '{} (and -t 1 to subtract startup)'.format(shlex.join(node_command(
            'wirebench-node', '<seed circuit on free ports>', c, 3))),
        lambda c=c: run_node(args.node, c, 3, workdir))
    cmd = [b('bench_wb_pipeline'), '--ticks', str(c), '--sequence', seq]
    add('wb_pipeline', 'pipeline', 'Wirebench MeshRuntime in process (no log listener)',
        'product', c, shown(cmd), lambda cmd=cmd: run_json(cmd))
    # The same two with a rule the gate evaluates on every passage and that changes nothing.
    add('node_passthrough', 'pipeline',
        '`wirebench-node run`, pass-through rule on every wire', 'product', c,
        '{} (and -t 1 to subtract startup)'.format(shlex.join(node_command(
            'wirebench-node', '<seed circuit on free ports, every wire with faults {}, seed {}>'
            .format(json.dumps(PASS_THROUGH_FAULTS), PASS_THROUGH_SEED), c, 3))),
        lambda c=c: run_node(args.node, c, 3, workdir, PASS_THROUGH_FAULTS))
    # The same with its iopin a script node running the iopin template (issue 17): what a
    # sketch in its engine thread costs against the built-in component.
    add('node_script', 'pipeline',
        '`wirebench-node run`, the iopin a script node (iopin template)', 'product', c,
        '{} (and -t 1 to subtract startup)'.format(shlex.join(node_command(
            'wirebench-node', '<seed circuit on free ports, iopin of kind script running '
            'resources/scripts/templates/iopin.js>', c, 3))),
        lambda c=c: run_node(args.node, c, 3, workdir, scripted=True))
    cmd = [b('bench_wb_pipeline'), '--ticks', str(c), '--sequence', seq, '--rule', 'passthrough']
    add('wb_pipeline_passthrough', 'pipeline',
        'Wirebench MeshRuntime in process, pass-through rule on every wire', 'product', c,
        shown(cmd), lambda cmd=cmd: run_json(cmd))
    cmd = [b('bench_qt_pipeline'), '--ticks', str(c), '--sequence', seq]
    add('qt_pipeline', 'pipeline', 'bare QWebSocket prototype (one loop)', 'ceiling', c,
        shown(cmd), lambda cmd=cmd: run_json(cmd))
    add('qt_pipeline_noglib', 'pipeline', NO_GLIB_LABEL.format('bare QWebSocket prototype'),
        'ceiling', c, 'QT_NO_GLIB=1 ' + shown(cmd), lambda cmd=cmd: run_json(cmd, env=NO_GLIB))
    for buzzer, count in (('new', n(600)), ('persistent', n(1200))):
        cmd = [py, SEED, 'oneloop', '--ticks', str(count), '--buzzer', buzzer, '--log',
               os.devnull]
        add('py_oneloop_' + buzzer, 'pipeline',
            'seed Python, one loop, {} buzzer connection{}'.format(
                buzzer, ' per tick' if buzzer == 'new' else ''), 'seed', count, shown(cmd),
            lambda cmd=cmd: run_json(cmd))
    for buzzer, count in (('new', n(600)), ('persistent', n(1200))):
        add('py_processes_' + buzzer, 'pipeline',
            'seed Python, three processes, {} buzzer connection{}'.format(
                buzzer, ' per tick' if buzzer == 'new' else ''), 'seed', count,
            '{}; {}; {}'.format(
                shown(python_server(py, 'buzzer', buzzer)),
                shown(python_server(py, 'iopin', buzzer, '<buzzer port>')),
                shown([py, SEED, 'clock', '--port', '<iopin port>', '--ticks', str(count),
                       '--log', os.devnull])),
            lambda count=count, buzzer=buzzer: run_python_processes(py, count, buzzer))

    # 2. Echo round trips on one connection.
    c = n(50000)
    for peer, label in (('endpoint', 'Wirebench Link -> Endpoint (answers the message)'),
                        ('buzzer', 'Wirebench Link -> buzzer node (MeshRuntime)')):
        cmd = [b('bench_wb_echo'), '--count', str(c), '--peer', peer]
        add('wb_echo_' + peer, 'echo', label, 'product', c, shown(cmd),
            lambda cmd=cmd: run_json(cmd))
    cmd = [b('bench_qt_echo'), '--count', str(c)]
    add('qt_echo', 'echo', 'bare QWebSocketServer + QWebSocket (one loop)', 'ceiling', c,
        shown(cmd), lambda cmd=cmd: run_json(cmd))
    add('qt_echo_noglib', 'echo', NO_GLIB_LABEL.format('bare QWebSocket pair'), 'ceiling', c,
        'QT_NO_GLIB=1 ' + shown(cmd), lambda cmd=cmd: run_json(cmd, env=NO_GLIB))
    cmd = [b('bench_tcp_echo'), '--count', str(n(100000)), '--mode', 'thread']
    add('tcp_thread', 'echo', 'raw TCP in C, TCP_NODELAY, one thread', 'limit', n(100000),
        shown(cmd), lambda cmd=cmd: run_json(cmd))
    cmd = [b('bench_tcp_echo'), '--count', str(n(20000)), '--mode', 'process']
    add('tcp_process', 'echo', 'raw TCP in C, TCP_NODELAY, two processes', 'limit', n(20000),
        shown(cmd), lambda cmd=cmd: run_json(cmd))

    # 3. Latency, tick -> the buzzer's last ack of the tick (separate runs: the instrumentation
    # would otherwise tax the throughput runs).
    c = n(10000)
    for key, program, label, role in (
            ('wb_latency', 'bench_wb_pipeline', 'Wirebench MeshRuntime (TrafficEvent times)',
             'product'),
            ('qt_latency', 'bench_qt_pipeline', 'bare QWebSocket prototype', 'ceiling')):
        samples = os.path.join(workdir, key + '.txt')
        cmd = [b(program), '--ticks', str(c), '--sequence', seq, '--latency-out', samples]
        add(key, 'latency', label, role, c,
            shown(cmd).replace(samples, '<samples file>'),
            lambda cmd=cmd, samples=samples, key=key: run_latency(cmd, samples, key))

    # 4. Scale.
    cmd = [b('bench_wb_scale'), '--nodes', '1000' if not args.smoke else '40', '--ticks',
           str(max(int(40 * s), 3))]
    add('scale', 'scale', '1,000 nodes: 500 clocks -> 250 buzzers + 250 LEDs', 'product', 0,
        shown(cmd), lambda cmd=cmd: run_json(cmd))

    # 7. The gate holding a paused world, then released (fixed sizes: the target is about
    # 100,000 messages on 1,000 wires; --smoke only shrinks them).
    cmd = [b('bench_wb_hold')] + (['--wires', '20', '--per-wire', '5'] if args.smoke else
                                  ['--wires', '1000', '--per-wire', '100'])
    add('hold', 'hold', 'paused gate: 1,000 clocks -> one buzzer, 100 messages sent per wire',
        'product', 0, shown(cmd), lambda cmd=cmd: run_json(cmd))

    # 9. The ring chat (docs/ring.md): rings of wirebench-node ring processes healing after a
    # fault, a lossy ring's false deaths, and a message round a ring in one process against
    # the same round over bare QWebSocket relays.
    members = 4 if args.smoke else 8
    node_shown = lambda cmd: shown(cmd).replace(args.node, 'wirebench-node')
    for scenario, what in (('kill', 'kill -9 of one member'), ('stop', 'SIGSTOP of one member'),
                           ('adjacent', 'kill -9 of two neighbours at once')):
        cmd = [py, RING, '--node', args.node, '--members', str(members), 'heal', scenario]
        add('ring_' + scenario, 'ring', 'ring of {} processes: {} -> healed'.format(
            members, what), 'product', 0, node_shown(cmd), lambda cmd=cmd: run_json(cmd),
            once=args.smoke)
    cmd = [py, RING, '--node', args.node, '--members', str(members), 'false-deaths',
           '--seconds', str(args.ring_seconds), '--drop', '0.05']
    add('ring_lossy', 'ring', 'ring of {} members, 5 % of every wire\'s messages dropped, {} s'
        .format(members, fmt(args.ring_seconds)), 'product', 0, node_shown(cmd),
        lambda cmd=cmd: run_json(cmd, timeout=args.ring_seconds + TIMEOUT), once=True)
    ring_members = 8 if args.smoke else 64
    cmd = [b('bench_wb_ring'), '--members', str(ring_members), '--rounds', str(n(200))]
    add('wb_ring', 'ring', 'a message round {} ring members in one process (MeshRuntime)'
        .format(ring_members), 'product', n(200), shown(cmd), lambda cmd=cmd: run_json(cmd))
    cmd = [b('bench_qt_relay'), '--relays', str(ring_members), '--rounds', str(n(200))]
    add('qt_relay', 'ring', 'the same round over {} bare QWebSocket relays (one loop)'
        .format(ring_members), 'ceiling', n(200), shown(cmd), lambda cmd=cmd: run_json(cmd))

    # 10. The queue seed (issue 16): 10,000 lines through keyboard -> queue -> worker(0 ms) ->
    # console, one `wirebench-node run` against the seed-style Python pipeline; and the
    # queue's memory under a flood, bounded by its capacity.
    c = n(10000)
    add('queue_node', 'queue', '`wirebench-node run`, keyboard -> queue(5, block) -> '
        'worker(0 ms) -> console, log to /dev/null', 'product', c,
        'wirebench-node run <queue pipeline on free ports> < <{:,} lines> (and 1 line to '
        'subtract startup)'.format(c), lambda c=c: run_queue_node(args.node, c, workdir))
    cmd = [py, QUEUE_PIPELINE, '--lines', str(c), '--log', os.devnull]
    add('py_queue', 'queue', 'seed-style Python: asyncio.Queue + websockets, the same four '
        'stages in one loop', 'seed', c, shown(cmd), lambda cmd=cmd: run_json(cmd))
    cmd = [py, QUEUE_MEMORY, '--node', args.node, '--small', str(n(10000)), '--large',
           str(n(100000))]
    add('queue_memory', 'queue', 'queue (capacity 5, drop-newest, no consumer): peak RSS '
        'under {:,} / under {:,} messages from a producer that does not wait'.format(
            n(100000), n(10000)), 'product', 0, node_shown(cmd),
        lambda cmd=cmd: run_json(cmd, timeout=2 * TIMEOUT))

    # 5. and 6. The widget benchmarks, built only with the GUI (./dev bench removes them when
    # they do not build, rather than measure stale ones); offscreen, so no display is needed.
    offscreen = {'QT_QPA_PLATFORM': 'offscreen'}
    cmd = [b('bench_workbench'), '--nodes', '200'] + (
        ['--seconds', '1', '--warmup-ms', '200'] if args.smoke else ['--seconds', '5'])
    if os.path.exists(cmd[0]):
        add('workbench', 'workbench', 'workbench window, 100 clocks -> 100 LEDs flat out',
            'product', 0, shown(cmd), lambda cmd=cmd: run_json(cmd, env=offscreen))
        # The same with the sequence chart dock open, following the live run (issue 14).
        cmd = cmd + ['--chart']
        add('workbench_chart', 'workbench',
            'workbench window with the sequence chart following, 100 clocks -> 100 LEDs',
            'product', 0, shown(cmd), lambda cmd=cmd: run_json(cmd, env=offscreen))
    cmd = [b('bench_plot'), '--events', '20000' if args.smoke else '10000000', '--frames',
           '30' if args.smoke else '200']
    if os.path.exists(cmd[0]):
        add('plot', 'plot', 'logic analyzer, zoom-and-pan session', 'product', 0, shown(cmd),
            lambda cmd=cmd: run_json(cmd, env=offscreen))
    # 8. The sequence chart dock's frames (geometry, decimation, painting) over a million
    # messages.
    cmd = [b('bench_chart'), '--messages', '20000' if args.smoke else '1000000', '--frames',
           '30' if args.smoke else '300']
    if os.path.exists(cmd[0]):
        add('chart', 'chart', 'sequence chart dock, zoom-and-pan session', 'product', 0,
            shown(cmd), lambda cmd=cmd: run_json(cmd, env=offscreen))
    return out


LATENCY = {}


def run_latency(command, samples, key):
    result = run_json(command)
    with open(samples) as f:
        LATENCY.setdefault(key, []).extend(float(line) for line in f if line.strip())
    return result


def shown(command):
    """The command as a reader would type it: paths relative to the source tree or build."""
    text = []
    for part in command:
        part = str(part)
        if part == sys.executable or part.endswith('/python3'):
            part = 'python3'
        elif part.startswith(HERE):
            part = 'bench/' + os.path.relpath(part, HERE)
        elif os.path.isabs(part) and os.path.basename(part).startswith('bench_'):
            part = 'build-bench/bench/' + os.path.basename(part)
        elif part == os.devnull:
            part = '/dev/null'
        text.append(part)
    return shlex.join(text)


def schedule(items, blocks=BLOCKS):
    """The blocks of one round, as tuples of competitors, in the competitors' order. Keys
    left out (--only) leave their blocks; a block left with one member is dropped when that
    member runs in another block (no run that pairs with nothing); every competitor in no
    block is a block of its own."""
    by_key = {c.key: c for c in items}
    kept = [tuple(by_key[k] for k in block if k in by_key) for block in blocks]
    kept = [block for block in kept if len(block) >= 2]
    in_block = {c.key for block in kept for c in block}
    out, placed = [], set()
    for c in items:
        for i, block in enumerate(kept):
            if c in block and i not in placed:
                placed.add(i)
                out.append(block)
        if c.key not in in_block:
            out.append((c,))
    return out


def wanted_pairs():
    """The (product, reference) keys of every ratio the report shows."""
    return {(product, reference) for _, product, reference, _, _ in RATIO_TARGETS}


def record_pairs(block, results, pairs, wanted):
    """Adds to pairs[(product, reference)] the results of every two neighbours of the block
    that a ratio wants, when both runs succeeded."""
    for a, b in zip(block, block[1:]):
        for product, reference in ((a.key, b.key), (b.key, a.key)):
            if ((product, reference) in wanted and results.get(product)
                    and results.get(reference)):
                pairs.setdefault((product, reference), []).append(
                    (results[product], results[reference]))


def run_one(c, rep, reps):
    """One run of one competitor, printed; its result dict, or None when it failed."""
    try:
        result = c.run()
    except (Failure, subprocess.TimeoutExpired, OSError) as e:
        c.errors.append(str(e))
        print('[{}/{}] {:<24} FAILED: {}'.format(rep + 1, reps, c.key, e), flush=True)
        return None
    c.results.append(result)
    print('[{}/{}] {:<24} {}'.format(rep + 1, reps, c.key, headline(result)), flush=True)
    return result


def run_rounds(items, reps):
    """Every round: the blocks in order, each reversed in odd rounds, so that within every
    pair the product goes first in one round and the reference in the next. Returns the
    pairs of results per ratio."""
    blocks = schedule(items)
    wanted = wanted_pairs()
    pairs = {}
    for rep in range(reps):
        for block in blocks:
            order = block if rep % 2 == 0 else tuple(reversed(block))
            results = {c.key: run_one(c, rep, reps) for c in order
                       if rep == 0 or not c.once}
            record_pairs(block, results, pairs, wanted)
    return pairs


def measure_instructions(args, workdir):
    """Instructions per tick, `wirebench-node run` against the bare prototype (callgrind)."""
    def node(n):
        return node_command(args.node, seed_circuit_with_free_ports(workdir), n, 3)

    def bare(n):
        return [os.path.join(args.bin, 'bench_qt_pipeline'), '--ticks', str(n), '--sequence',
                '3', '--timeout-ms', str(args.callgrind_timeout * 1000)]
    print('callgrind: {} ticks each, node and bare prototype ...'.format(args.callgrind_ticks),
          flush=True)
    result = run_callgrind(node, bare, args.callgrind_ticks, workdir, args.callgrind_timeout)
    if 'ratio' in result:
        print('callgrind: node {} / bare {} instructions per tick = {}×'.format(
            fmt(result['node']), fmt(result['bare']), fmt(result['ratio'], 2)), flush=True)
    else:
        print('callgrind: not measured:', result['error'], flush=True)
    return result


def print_ratios(pairs):
    """The ratios on the terminal too (--only writes no report)."""
    for text, product, reference, goal, digits in RATIO_TARGETS:
        est = ratio_estimate(pairs, product, reference)
        if est is None:
            continue
        cpu = ratio_estimate(pairs, product, reference, 'cpu_rate')
        print('{:<23} / {:<18} {}× [{}, {}] {} pairs{}'.format(
            product, reference, fmt(est.median, digits + 1), fmt(est.low, digits + 1),
            fmt(est.high, digits + 1), est.n,
            ', on CPU time {}× [{}, {}]'.format(fmt(cpu.median, digits + 1),
                                               fmt(cpu.low, digits + 1),
                                               fmt(cpu.high, digits + 1)) if cpu else ''))


def print_limits(items):
    """The absolute targets on the terminal too (--only writes no report)."""
    by_key = {c.key: c for c in items}
    for text, key, field, limit, unit, digits, higher in ABSOLUTE_TARGETS:
        est = absolute_estimate(by_key, key, field)
        if est is None:
            continue
        print('{:<23} {:<20} {}{} [{}, {}] {} runs ({})'.format(
            key, field, fmt(est.median, digits + 1), unit if unit == '×' else ' ' + unit,
            fmt(est.low, digits + 1), fmt(est.high, digits + 1), est.n,
            'goal {} {}'.format('≥' if higher else '<', limit) if limit is not None
            else 'reported'))


def print_partial_report(items, pairs):
    """--only writes no report: the Markdown of what it measured instead, the report's rows
    and sections as they would be, for a reader to check or to paste."""
    by_key = {c.key: c for c in items}
    lines = ['', 'Markdown (the rows and sections of docs/benchmarks.md that this run measured):',
             '']
    for row in RATIO_TARGETS:
        if ratio_estimate(pairs, row[1], row[2]) is not None:
            lines.append(ratio_row(pairs, *row))
    for row in ABSOLUTE_TARGETS:
        if absolute_estimate(by_key, row[1], row[2]) is not None:
            lines.append(absolute_row(by_key, *row))
    lines.append('')
    if any(key in by_key for key in ('queue_node', 'py_queue', 'queue_memory')):
        queue_section(by_key, lines.append)
    lines += ['- {}: `{}`'.format(c.label, c.shown) for c in items]
    print('\n'.join(lines))


def headline(result):
    if 'heal_ms' in result:
        return 'healed {} ms after the fault (ring formed in {} ms)'.format(
            fmt(result['heal_ms']), fmt(result.get('formed_ms')))
    if 'false_deaths' in result:
        return '{} false deaths, {} suspicions in {} s, ring whole at the end: {}'.format(
            result['false_deaths'], result['suspicions'], fmt(result['seconds']),
            result['whole_at_end'])
    if 'hop_us' in result:
        return '{:>12} rounds/s, {} µs a hop'.format(fmt(result['rate']),
                                                     fmt(result['hop_us'], 1))
    if 'frame_ms_p99' in result:
        return 'frame p99 {} ms{}'.format(fmt(result['frame_ms_p99'], 1), (
            ', lateness p99 {} ms'.format(fmt(result['lateness_ms_p99'], 1))
            if 'lateness_ms_p99' in result else ''))
    if 'rss_ratio' in result:
        return 'peak RSS {} KiB under {:,} messages, {} KiB under {:,}: {}×'.format(
            fmt(result['peak_kib_large']), result['messages_large'],
            fmt(result['peak_kib_small']), result['messages_small'],
            fmt(result['rss_ratio'], 3))
    if 'drain_ratio' in result:
        return '{:>12} /s drained, {}× unpaused, {} B per held message'.format(
            fmt(result['rate']), fmt(result['drain_ratio'], 2),
            fmt(result['bytes_per_message'], 1))
    return '{:>12} /s'.format(fmt(result.get('rate')))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--bin', required=True, help='directory of the bench_* programs')
    parser.add_argument('--node', required=True, help='the wirebench-node executable')
    parser.add_argument('--reps', type=int, default=5)
    parser.add_argument('--scale', type=float, default=1.0, help='multiplies every count')
    parser.add_argument('--python', default=sys.executable)
    parser.add_argument('--out', default=os.path.join(os.path.dirname(HERE), 'docs',
                                                      'benchmarks.md'))
    parser.add_argument('--only', help='regular expression of competitor keys to run')
    parser.add_argument('--smoke', action='store_true')
    parser.add_argument('--ring-seconds', type=float, default=120,
                        help='length of the lossy ring\'s run (false deaths)')
    parser.add_argument('--callgrind-ticks', type=int, default=CALLGRIND_TICKS,
                        help='ticks per callgrind run (0: no callgrind); --only runs it only '
                        'when its pattern matches "callgrind"')
    parser.add_argument('--callgrind-timeout', type=int, default=240,
                        help='seconds for any one callgrind run')
    args = parser.parse_args()
    if args.smoke:
        # Two rounds, so that every ratio has two pairs to bootstrap and both orders run.
        args.reps, args.scale = 2, 0.002
        args.callgrind_ticks = min(args.callgrind_ticks, 21)
        args.ring_seconds = min(args.ring_seconds, 3)

    # Every competitor names its event loop itself: none inherits the caller's choice.
    os.environ.pop('QT_NO_GLIB', None)
    started = datetime.datetime.now()
    load_before = load_average()
    clock = time.perf_counter()
    callgrind = None
    with tempfile.TemporaryDirectory(prefix='wirebench-bench-') as workdir:
        items = competitors(args, workdir)
        if args.only:
            items = [c for c in items if re.search(args.only, c.key)]
        pairs = run_rounds(items, args.reps)
        if args.callgrind_ticks and (not args.only or re.search(args.only, 'callgrind')):
            callgrind = measure_instructions(args, workdir)
    took = time.perf_counter() - clock
    if not args.only:
        write_report(args.out, args, items, pairs, callgrind, started, load_before,
                     load_average(), took, LATENCY)
        print('wrote', args.out)
    print()
    for c in items:
        field, unit = SUMMARY_FIELDS.get(c.key, SUMMARY_FIELDS.get(c.section, ('rate', '/s')))
        med, span = fmt_summary(summary(c, field), 1 if field != 'rate' else 0)
        print('{:<24} {:>12} {}  [{}]  {}'.format(c.key, med, unit, span, c.label))
    for key, samples in LATENCY.items():
        print('{:<16} p50 {} µs  p99 {} µs  p99.9 {} µs'.format(
            key, fmt(percentile(samples, 50), 1), fmt(percentile(samples, 99), 1),
            fmt(percentile(samples, 99.9), 1)))
    print_ratios(pairs)
    print_limits(items)
    if args.only:
        print_partial_report(items, pairs)
    failed = sum(len(c.errors) for c in items)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
