#!/usr/bin/env python3
"""A queue's memory is bounded by its capacity, whatever the producer does (docs/benchmarks.md,
10; issue 16's target).

A headless queue with nobody to deliver to (`wirebench-node queue --capacity 5 --when-full
drop-newest`, no target), flooded by a producer that does not wait for acks: it writes its
messages as fast as the connection takes them while a second coroutine reads the acks
(python3-websockets). Once every message has its ack, the queue process's peak resident set
(VmHWM, /proc/PID/status) is read; then it is stopped (SIGTERM) and its counts line checked:
received = messages, dropped = messages - capacity, highest fill = capacity. Each size runs in a
fresh process; the figure is the ratio of the peaks, large / small: about 1 when the queue keeps
no more than its capacity.

    queuememory.py --node wirebench-node [--small 10000] [--large 100000] [--capacity 5]

Prints one JSON line {"ok", "rss_ratio", "peak_kib_small", "peak_kib_large", "rate", ...}.
"""

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

import websockets

TIMEOUT = 120  # seconds for any one size


class Failure(Exception):
    pass


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def peak_kib(pid):
    with open('/proc/{}/status'.format(pid)) as f:
        return int(re.search(r'^VmHWM:\s+(\d+) kB', f.read(), re.M).group(1))


async def connect(url, process):
    """The queue's server, once it listens (it started a moment ago)."""
    deadline = time.monotonic() + 10
    while True:
        try:
            return await websockets.connect(url, max_size=2**20, ping_interval=None)
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise Failure('the queue did not listen (exit {})'.format(process.poll()))
            await asyncio.sleep(0.05)


async def flood(url, process, count):
    """Sends `count` messages without waiting for their acks; returns the acks, in order."""
    websocket = await connect(url, process)
    acks = []

    async def read():
        while len(acks) < count:
            acks.append(await websocket.recv())
    reader = asyncio.create_task(read())
    for i in range(count):
        await websocket.send('item {}'.format(i))
    await asyncio.wait_for(reader, TIMEOUT)
    await websocket.close()
    return acks


def run_size(node, count, capacity, workdir):
    port = free_port()
    log = os.path.join(workdir, 'queue-{}.log'.format(count))
    with open(log, 'w') as out:
        process = subprocess.Popen(
            [node, 'queue', '--port', str(port), '--capacity', str(capacity), '--when-full',
             'drop-newest'], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        started = time.perf_counter()
        acks = asyncio.run(flood('ws://127.0.0.1:{}/producer'.format(port), process, count))
        seconds = time.perf_counter() - started
        peak = peak_kib(process.pid)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    dropped = sum(1 for a in acks if a.startswith('error: dropped, queue full'))
    with open(log) as f:
        text = f.read()
    counts = re.search(r'^\[ queue \] received (\d+), delivered (\d+), dropped (\d+), '
                       r'highest fill (\d+)$', text, re.M)
    if not counts:
        raise Failure('no counts line from the queue: ' + text[-400:])
    received, delivered, dropped_count, highest = map(int, counts.groups())
    expected = (count, 0, count - capacity, capacity)
    if (received, delivered, dropped_count, highest) != expected or dropped != count - capacity:
        raise Failure('counts {} and {} dropped acks, expected {}'.format(
            counts.group(0), dropped, expected))
    return {'messages': count, 'peak_kib': peak, 'seconds': seconds, 'rate': count / seconds}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--node', required=True, help='the wirebench-node executable')
    parser.add_argument('--small', type=int, default=10000)
    parser.add_argument('--large', type=int, default=100000)
    parser.add_argument('--capacity', type=int, default=5)
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix='wirebench-queuememory-') as workdir:
            small = run_size(args.node, args.small, args.capacity, workdir)
            large = run_size(args.node, args.large, args.capacity, workdir)
    except (Failure, OSError, asyncio.TimeoutError,
            websockets.exceptions.WebSocketException) as e:
        print(json.dumps({'ok': False, 'error': str(e) or type(e).__name__}))
        return 1
    print(json.dumps({
        'ok': True, 'rss_ratio': large['peak_kib'] / small['peak_kib'],
        'peak_kib_small': small['peak_kib'], 'peak_kib_large': large['peak_kib'],
        'messages_small': args.small, 'messages_large': args.large,
        'rate': large['rate']}))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
