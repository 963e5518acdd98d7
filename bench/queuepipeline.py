#!/usr/bin/env python3
"""The asyncio queue seed's pipeline in Python, for the benchmarks (docs/benchmarks.md, 10).

keyboard -> queue -> worker -> console, written the way the seed ("Simple Python Asyncio",
2016) and the reactive seed's nodes write things: asyncio, websockets (python3-websockets
10.4, its defaults: permessage-deflate on), an asyncio.Queue between coroutines, and on the
wire one text frame, one ack text frame, stop-and-wait, as Wirebench's components speak it
(docs/protocol.md, "Queues"):

- keyboard: a client that sends every line and waits for its ack before the next;
- queue: a server whose handler puts each item on an asyncio.Queue(maxsize=capacity) (a full
  queue blocks: the ack waits until the item is in, "queued F/C"), and a delivery coroutine
  that takes the items off one at a time and sends each to the worker, waiting for its ack;
- worker: a server that takes its service time (asyncio.sleep), sends the message on to the
  console, waits for its ack, then acks "done (N ms)";
- console: a server that prints "[ console ] SENDER: text" and acks "printed".

All four in one process and one event loop, each server on its own port (0: a free one), the
connections opened once and kept. Timed from the keyboard's first send to the console's last
line; prints one JSON line {"ok", "lines", "seconds", "rate", "cpu_seconds", "cpu_rate"}
(lines per second, of the wall clock and of the process's CPU time).

    queuepipeline.py --lines 10000 [--capacity 5] [--service-ms 0] [--log FILE]
"""

import argparse
import asyncio
import json
import sys
import time

import websockets

LOG = sys.stdout


def out(name, text):
    print('[ {} ] {}'.format(name, text), file=LOG)


class Console:
    def __init__(self, expected):
        self.received = 0
        self.expected = expected
        self.all_in = asyncio.get_running_loop().create_future()

    async def handler(self, websocket, path):
        sender = '{}:{}'.format(*websocket.remote_address[:2])
        async for message in websocket:
            out('console', '{}: {}'.format(sender, message))
            self.received += 1
            await websocket.send('printed')
            if self.received == self.expected and not self.all_in.done():
                self.all_in.set_result(time.perf_counter())


class Worker:
    def __init__(self, service_ms, console_url):
        self.service_ms = service_ms
        self.console_url = console_url
        self.console = None
        self.lock = asyncio.Lock()  # one message at a time, later ones wait in arrival order

    async def handler(self, websocket, path):
        async for message in websocket:
            async with self.lock:
                out('worker', 'working on: {}'.format(message))
                started = time.perf_counter()
                await asyncio.sleep(self.service_ms / 1000)
                took = round((time.perf_counter() - started) * 1000)
                if self.console is None:
                    self.console = await websockets.connect(self.console_url + path)
                await self.console.send(message)
                await self.console.recv()
                out('worker', 'done: {} ({} ms)'.format(message, took))
            await websocket.send('done ({} ms)'.format(took))


class Queue:
    def __init__(self, capacity, worker_url):
        self.capacity = capacity
        self.items = asyncio.Queue(maxsize=capacity)
        self.worker_url = worker_url

    async def handler(self, websocket, path):
        async for message in websocket:
            await self.items.put((path, message))  # blocks while full: the ack waits
            fill = self.items.qsize()
            out('queue', '> {} ({}/{})'.format(message, fill, self.capacity))
            await websocket.send('queued {}/{}'.format(fill, self.capacity))

    async def deliver(self):
        connections = {}
        while True:
            path, message = await self.items.get()
            if path not in connections:
                connections[path] = await websockets.connect(self.worker_url + path)
            await connections[path].send(message)
            await connections[path].recv()


async def keyboard(url, lines):
    async with websockets.connect(url) as websocket:
        for line in lines:
            out('keyboard', '> ' + line)
            await websocket.send(line)
            ack = await websocket.recv()
            out('keyboard', '< ' + ack)


async def pipeline(lines, capacity, service_ms):
    console = Console(len(lines))
    async with websockets.serve(console.handler, '127.0.0.1', 0) as console_server:
        console_url = 'ws://127.0.0.1:{}'.format(console_server.sockets[0].getsockname()[1])
        worker = Worker(service_ms, console_url)
        async with websockets.serve(worker.handler, '127.0.0.1', 0) as worker_server:
            worker_url = 'ws://127.0.0.1:{}'.format(worker_server.sockets[0].getsockname()[1])
            queue = Queue(capacity, worker_url)
            async with websockets.serve(queue.handler, '127.0.0.1', 0) as queue_server:
                queue_url = 'ws://127.0.0.1:{}/keyboard'.format(
                    queue_server.sockets[0].getsockname()[1])
                delivery = asyncio.create_task(queue.deliver())
                started = time.perf_counter()
                cpu_started = time.process_time()
                await keyboard(queue_url, lines)
                finished = await console.all_in
                cpu = time.process_time() - cpu_started
                delivery.cancel()
                return finished - started, cpu, console.received


def main(argv):
    global LOG
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--lines', type=int, default=10000)
    parser.add_argument('--capacity', type=int, default=5)
    parser.add_argument('--service-ms', type=float, default=0)
    parser.add_argument('--log', help='file for the log lines (default: standard output)')
    parser.add_argument('--timeout', type=float, default=300, help='seconds at most')
    args = parser.parse_args(argv)
    if args.log:
        LOG = open(args.log, 'w')
    lines = ['line {}'.format(i) for i in range(args.lines)]
    try:
        seconds, cpu, received = asyncio.run(asyncio.wait_for(
            pipeline(lines, args.capacity, args.service_ms), args.timeout))
    except asyncio.TimeoutError:
        print(json.dumps({'ok': False, 'error': 'timed out after {} s'.format(args.timeout)}))
        return 1
    LOG.flush()
    print(json.dumps({'ok': received == args.lines, 'lines': received, 'seconds': seconds,
                      'rate': received / max(seconds, 1e-9), 'cpu_seconds': cpu,
                      'cpu_rate': received / max(cpu, 1e-9)}), file=sys.__stdout__)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
