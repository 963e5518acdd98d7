#! /usr/bin/env python3
# -*- coding: utf-8 -*-
"""The seed's nodes (seed 002, "Reactive Python - Asynchronous programming"), rewritten for
asyncio and websockets 10.4 without the seed's slips: IOPin.setup stores `sequence` (the seed
stored `chance` there) and the clock awaits asyncio.sleep(delay) (the seed froze its event loop
with time.sleep). Wirebench's interop tests run these as independent peers.

Command line as the seed's arduino.py: SKETCH [-s SOCKET] [-p PORT] [-t TACKS] [-d DELAY],
plus what the tests need: --target-host/--target-port (where the iopin finds the grid's
buzzer), --seed (reproducible bits), --chance, --sequence, --sound. Port 0 binds a free port;
the "serving on HOST:PORT" line names the real one. Every line is "[ Name ] text", flushed.
"""

import abc
import argparse
import asyncio
import random
import signal
import sys

import websockets


def say(name, text):
    print('[ {} ] {}'.format(name, text), flush=True)


class Node(object):
    """One node of the grid (the seed's mesh.py)."""

    def __init__(self, name, socket, port):
        say('mesh', 'registering new node: {}'.format(name))
        self.name = name
        self._socket = socket
        self._port = port

    def uri(self, path):
        return 'ws://{socket}:{port}/{path}'.format(socket=self._socket, port=self._port,
                                                    path=path)

    def connection(self, path=''):
        return websockets.connect(self.uri(path))


def grid(host='localhost', iopin_port=8765, buzzer_port=8766):
    """The seed's hard-coded grid; the tests move its ports."""
    return [
        Node('clock', host, None),
        Node('blink', host, iopin_port),
        Node('buzzer', host, buzzer_port),
    ]


def reactive(fn):
    """Wraps loop(channel, message) into a connection handler: one reply for every message,
    'n/a' when the loop returns nothing, until the connection closes. No functools.wraps: the
    wrapped signature would make websockets 10 pass the deprecated `path` argument."""

    async def on_connection(klass, websocket):
        path = websocket.path
        klass.out('** new client connected, path={}'.format(path))
        while True:
            try:
                message = await websocket.recv()
                acknowledgement = await fn(klass, path, message)
                await websocket.send(acknowledgement or 'n/a')
            except websockets.exceptions.ConnectionClosed as e:
                klass.out('done processing messages: {}'.format(e))
                break
    return on_connection


class FactoryLoop(abc.ABC):
    """Glue between a sketch's setup()/loop() and the event loop."""

    def __init__(self, grid_nodes, *args, **kwargs):
        self.grid = grid_nodes
        self.setup(*args, **kwargs)

    def out(self, text):
        say(type(self).__name__, text)

    @abc.abstractmethod
    def setup(self, *args, **kwargs):
        pass

    @abc.abstractmethod
    async def loop(self, channel, data):
        pass

    def node(self, name):
        return next(filter(lambda x: x.name == name, self.grid))

    async def stream(self, target, data, channel):
        self.out('starting to stream message to {}'.format(target))
        async with self.node(target).connection(channel) as ws:
            for partial in data:
                self.out('> sending payload: {}'.format(partial))
                await ws.send(str(partial))
                self.out('< {}'.format(await ws.recv()))

    async def serve(self, host, port):
        try:
            server = await websockets.serve(self.loop, host, port)
        except OSError as e:
            self.out('Cannot bind to this port! Is the server already running? ({})'.format(e))
            return 2
        # With port 0 the system picks the port: report the one really bound (IPv4 first).
        ports = sorted((len(s.getsockname()), s.getsockname()[1]) for s in server.sockets)
        self.out('serving on {}:{}'.format(host, ports[0][1]))
        stop = asyncio.get_running_loop().create_future()
        for number in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(number, stop.set_result, number)
        number = await stop
        self.out('{} received, closing connections'.format(signal.Signals(number).name))
        server.close()  # sends every client a close frame (1001, going away)
        await server.wait_closed()
        return 0


class IOPin(FactoryLoop):
    """Set an IO pin to 0 or 1 randomly."""

    def setup(self, chance=0.5, sequence=3, seed=None):
        self.chance = chance
        self.sequence = sequence
        self.random = random.Random(seed)

    def state(self):
        return 0 if self.random.random() < self.chance else 1

    @reactive
    async def loop(self, channel, msg):
        self.out('new tick triggered on {}: {}'.format(channel, msg))
        bits_stream = [self.state() for _ in range(self.sequence)]
        self.out('toggling pin state: {}'.format(bits_stream))
        try:
            await self.stream('buzzer', bits_stream, 'iopin')
        except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException) as e:
            self.out('cannot stream to buzzer: {}'.format(e))
            return 'error: cannot stream to buzzer: {}'.format(e)
        return 'acknowledged'


class Buzzer(FactoryLoop):
    """Buzz on light changes."""

    def setup(self, sound):
        self.sound = sound

    @reactive
    async def loop(self, channel, signal_):
        behavior = self.sound if signal_ == '1' else '...'
        self.out('signal {} received -> {}'.format(signal_, behavior))
        return behavior


async def clock(socket, port, tacks=3, delay=1.0, token=None):
    """Sends 0..tacks-1 (for ever with -1) and waits for each ack, then `delay` seconds.
    With a token (a Wirebench node listening beyond loopback), it goes as a bearer token."""
    uri = 'ws://{socket}:{port}/datafeed'.format(socket=socket, port=port)
    headers = {'Authorization': 'Bearer ' + token} if token else None
    try:
        async with websockets.connect(uri, extra_headers=headers) as ws:
            payload = 0
            while tacks < 0 or payload < tacks:
                say('clock', '> {}'.format(payload))
                await ws.send(str(payload))
                say('clock', '< {}'.format(await ws.recv()))
                payload += 1
                if tacks < 0 or payload < tacks:
                    await asyncio.sleep(delay)
    except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException) as e:
        say('clock', 'cannot reach {}: {}'.format(uri, e))
        return 1
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('sketch')
    parser.add_argument('-s', '--socket', default='localhost', help='websocket to bind to')
    parser.add_argument('-p', '--port', type=int, default=8765, help='websocket port')
    parser.add_argument('-t', '--tacks', type=int, default=5, help='number of clock ticks')
    parser.add_argument('-d', '--delay', type=float, default=1, help='clock intervals')
    parser.add_argument('--target-host', default=None, help="host of the iopin's buzzer")
    parser.add_argument('--target-port', type=int, default=8766, help="port of the iopin's buzzer")
    parser.add_argument('--seed', type=int, default=None, help='seed of the pin bits')
    parser.add_argument('--chance', type=float, default=0.6)
    parser.add_argument('--sequence', type=int, default=3)
    parser.add_argument('--sound', default='buzz buzz buzz')
    parser.add_argument('--token', default=None, help="the clock's bearer token")
    flags = parser.parse_args(argv)

    if flags.sketch == 'clock':
        return asyncio.run(clock(flags.socket, flags.port, flags.tacks, flags.delay, flags.token))
    nodes = grid(flags.target_host or flags.socket, flags.port, flags.target_port)
    if flags.sketch == 'iopin':
        sketch = IOPin(nodes, chance=flags.chance, sequence=flags.sequence, seed=flags.seed)
    elif flags.sketch == 'buzzer':
        sketch = Buzzer(nodes, sound=flags.sound)
    else:
        print('unknown sketch, please choose clock, iopin or buzzer', flush=True)
        return 1
    return asyncio.run(sketch.serve(flags.socket, flags.port))


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
