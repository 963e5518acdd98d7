#!/usr/bin/env python3
"""The seed's Python nodes, for the benchmarks.

This is the code of the 2016 blog post "Reactive Python - Asynchronous programming"
(asyncio + websockets: FactoryLoop, the @reactive decorator, IOPin, Buzzer, clock, the
hard-coded grid and stream()), kept as the post writes it, without its slips:

- the clock awaits asyncio.sleep(delay) instead of blocking the loop with time.sleep(delay);
- IOPin.setup stores `sequence` (the post stores `chance` there);
- IOPin.loop passes the channel stream() needs (its own name, as Wirebench does);
- the grid is built from the ports actually bound (port 0 picks free ones), on 127.0.0.1;
- the abstract base class is declared the Python 3 way.

Everything else is the post's: permessage-deflate on (websockets' default), every log line
printed, and by default a new buzzer connection per tick (stream() opens one per call).
`--buzzer persistent` keeps one connection per target instead.

    seed.py oneloop --ticks N [--buzzer new|persistent]     clock, iopin, buzzer in one loop
    seed.py buzzer [--port 0]                                three processes: start the
    seed.py iopin --buzzer-port P [--port 0] [--buzzer ...]  servers (each prints {"port": N}),
    seed.py clock --port P --ticks N                         then time the clock

The clock prints its result as one JSON line on stdout: {"ok", "ticks", "seconds", "rate"},
timed from before its connection opens to the last tick's ack. Log lines go to --log (stdout
by default). Servers exit after --lifetime seconds at the latest.
"""

import abc
import argparse
import asyncio
import functools
import json
import random
import sys
import time

import websockets

LOG = sys.stdout


class Node(object):
    """Provide nodes network knowledge (the post's mesh.py)."""

    def __init__(self, name, socket, port):
        print('[ mesh ] registering new node: {}'.format(name), file=LOG)
        self.name = name
        self._socket = socket
        self._port = port

    def uri(self, path):
        return 'ws://{socket}:{port}/{path}'.format(socket=self._socket, port=self._port,
                                                    path=path)

    def connection(self, path=''):
        return websockets.connect(self.uri(path))


def reactive(fn):

    @functools.wraps(fn)
    async def on_connection(klass, websocket, path):
        """Dispatch events and wrap execution."""
        klass.out('** new client connected, path={}'.format(path))
        while True:
            try:
                message = await websocket.recv()
                aknowledgement = await fn(klass, path, message)
                await websocket.send(aknowledgement or 'n/a')
            except websockets.exceptions.ConnectionClosed as e:
                klass.out('done processing messages: {}\n'.format(e))
                break
    return on_connection


class FactoryLoop(abc.ABC):
    """Glue components to manage the evented-loop model."""

    def __init__(self, grid, persistent=False, *args, **kwargs):
        self.grid = grid
        self.persistent = persistent
        self._links = {}
        self.setup(*args, **kwargs)

    def out(self, text):
        print('[ {} ] {}'.format(type(self).__name__, text), file=LOG)

    @abc.abstractmethod
    def setup(self, *args, **kwargs):
        pass

    @abc.abstractmethod
    async def loop(self, channel, data):
        pass

    def node(self, name):
        """Search for the given node in the grid."""
        return next(filter(lambda x: x.name == name, self.grid))

    async def stream(self, target, data, channel):
        self.out('starting to stream message to {}'.format(target))
        if self.persistent:
            ws = self._links.get((target, channel))
            if ws is None:
                ws = await self.node(target).connection(channel)
                self._links[(target, channel)] = ws
            await self._send_all(ws, data)
            return
        async with self.node(target).connection(channel) as ws:
            await self._send_all(ws, data)

    async def _send_all(self, ws, data):
        for partial in data:
            self.out('> sending payload: {}'.format(partial))
            await ws.send(str(partial))
            self.out('< {}'.format(await ws.recv()))

    async def serve(self, host, port):
        """Starts the server; returns it and the port it really listens on."""
        server = await websockets.serve(self.loop, host, port)
        port = server.sockets[0].getsockname()[1]
        self.out('serving on {}:{}'.format(host, port))
        return server, port


class IOPin(FactoryLoop):
    """Set an IO pin to 0 or 1 randomly."""

    def setup(self, chance=0.5, sequence=3):
        self.chance = chance
        self.sequence = sequence

    def state(self):
        """Toggle state, sometimes."""
        return 0 if random.random() < self.chance else 1

    @reactive
    async def loop(self, channel, msg):
        """Callback on new data."""
        self.out('new tick triggered on {}: {}'.format(channel, msg))
        bits_stream = [self.state() for _ in range(self.sequence)]
        self.out('toggling pin state: {}'.format(bits_stream))
        await self.stream('buzzer', bits_stream, 'iopin')
        return 'acknowledged'


class Buzzer(FactoryLoop):
    """Buzz on light changes."""

    def setup(self, sound):
        self.sound = sound

    @reactive
    async def loop(self, channel, signal):
        """Buzzing."""
        behavior = self.sound if signal == '1' else '...'
        self.out('signal {} received -> {}'.format(signal, behavior))
        return behavior


async def clock(socket, port, tacks=3, delay=1):
    uri = 'ws://{socket}:{port}/datafeed'.format(socket=socket, port=port)
    start = time.perf_counter()
    cpu_start = time.process_time()
    acked = 0
    async with websockets.connect(uri) as ws:
        for payload in range(tacks):
            print('[ clock ] > {}'.format(payload), file=LOG)
            await ws.send(str(payload))
            print('[ clock ] < {}'.format(await ws.recv()), file=LOG)
            acked += 1
            await asyncio.sleep(delay)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # CPU time is this process's: the whole pipeline in one loop, the clock alone otherwise.
    return {'ok': acked == tacks, 'ticks': tacks, 'seconds': seconds,
            'rate': tacks / seconds if seconds > 0 else 0.0, 'cpu_seconds': cpu,
            'cpu_rate': tacks / cpu if cpu > 0 else 0.0}


def grid(iopin_port, buzzer_port):
    return [
        Node('clock', '127.0.0.1', None),
        Node('iopin', '127.0.0.1', iopin_port),
        Node('buzzer', '127.0.0.1', buzzer_port),
    ]


async def one_loop(args):
    persistent = args.buzzer == 'persistent'
    buzzer = Buzzer(grid(None, None), persistent, sound='buzz buzz buzz')
    _, buzzer_port = await buzzer.serve('127.0.0.1', 0)
    iopin = IOPin(grid(None, buzzer_port), persistent, chance=0.6, sequence=args.sequence)
    _, iopin_port = await iopin.serve('127.0.0.1', 0)
    return await asyncio.wait_for(clock('127.0.0.1', iopin_port, args.ticks, args.delay),
                                  args.lifetime)


async def serve_until_lifetime(node, port, lifetime):
    server, real_port = await node.serve('127.0.0.1', port)
    # The runner reads this line to learn the port; it is the only line on stdout.
    print(json.dumps({'port': real_port}), flush=True)
    await asyncio.sleep(lifetime)
    server.close()


def main():
    global LOG
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('sketch', choices=['oneloop', 'clock', 'iopin', 'buzzer'])
    parser.add_argument('--port', type=int, default=0)
    parser.add_argument('--buzzer-port', type=int, default=0)
    parser.add_argument('--ticks', type=int, default=100)
    parser.add_argument('--delay', type=float, default=0)
    parser.add_argument('--sequence', type=int, default=3)
    parser.add_argument('--buzzer', choices=['new', 'persistent'], default='new')
    parser.add_argument('--log', default='-')
    parser.add_argument('--lifetime', type=float, default=120)
    args = parser.parse_args()
    if args.log != '-':
        LOG = open(args.log, 'w')
    random.seed(42)
    persistent = args.buzzer == 'persistent'

    if args.sketch == 'oneloop':
        result = asyncio.run(one_loop(args))
    elif args.sketch == 'clock':
        result = asyncio.run(asyncio.wait_for(
            clock('127.0.0.1', args.port, args.ticks, args.delay), args.lifetime))
    elif args.sketch == 'iopin':
        node = IOPin(grid(None, args.buzzer_port), persistent, chance=0.6,
                     sequence=args.sequence)
        asyncio.run(serve_until_lifetime(node, args.port, args.lifetime))
        return 0
    else:
        node = Buzzer(grid(None, None), persistent, sound='buzz buzz buzz')
        asyncio.run(serve_until_lifetime(node, args.port, args.lifetime))
        return 0
    LOG.flush()
    print(json.dumps(result), flush=True)
    return 0 if result['ok'] else 1


if __name__ == '__main__':
    sys.exit(main())
