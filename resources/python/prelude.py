import argparse
import asyncio
import math
import random
import re
import signal
import sys

import websockets


# ---- The seed's glue (factory.py and mesh.py), for asyncio and websockets 10 ----------------


def say(name, text):
    print('[ {} ] {}'.format(name, text), flush=True)


def js_str(value):
    """A value as JavaScript's String() writes it: what goes on the wire and in the log."""
    if value is None:
        return 'undefined'
    if value is True or value is False:
        return 'true' if value else 'false'
    if isinstance(value, float):
        if value != value:
            return 'NaN'
        if value in (math.inf, -math.inf):
            return 'Infinity' if value > 0 else '-Infinity'
        if value == int(value) and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, dict):
        return '[object Object]'
    if isinstance(value, (list, tuple)):
        return ','.join('' if v is None else js_str(v) for v in value)
    return str(value)


def qt_random(seed):
    """A Mersenne Twister seeded as Qt's QRandomGenerator(seed) (std::seed_seq into
    std::mt19937), so that a seeded pin draws the same bits as the workbench's."""
    mask, n = 0xffffffff, 624
    seeds = [seed & mask]
    r = [0x8b8b8b8b] * n
    t, s = 11, len(seeds)
    p = (n - t) // 2
    q, m = p + t, max(s + 1, n)
    for k in range(m):
        x = r[k % n] ^ r[(k + p) % n] ^ r[(k - 1) % n]
        r1 = (1664525 * (x ^ (x >> 27))) & mask
        r2 = (r1 + (s if k == 0 else (k % n) + seeds[k - 1] if k <= s else k % n)) & mask
        r[(k + p) % n] = (r[(k + p) % n] + r1) & mask
        r[(k + q) % n] = (r[(k + q) % n] + r2) & mask
        r[k % n] = r2
    for k in range(m, m + n):
        x = (r[k % n] + r[(k + p) % n] + r[(k - 1) % n]) & mask
        r3 = (1566083941 * (x ^ (x >> 27))) & mask
        r4 = (r3 - (k % n)) & mask
        r[(k + p) % n] ^= r3
        r[(k + q) % n] ^= r4
        r[k % n] = r4
    generator = random.Random()
    generator.setstate((3, tuple(r) + (n,), None))
    return generator


def qt_double(generator):
    """QRandomGenerator::generateDouble(): 53 bits of two 32-bit draws, the first the low."""
    low = generator.getrandbits(32)
    high = generator.getrandbits(32)
    return ((high << 32 | low) >> 11) / 9007199254740992.0


class JsObject(dict):
    """A JavaScript object: params.chance reads a key, a missing key reads None
    (undefined)."""

    def __getattr__(self, key):
        return self.get(key)

    def __setattr__(self, key, value):
        self[key] = value


class StreamError(Exception):
    """A target could not be reached, or the connection to it was lost: stream() failed."""


def reactive(fn):
    """The seed's decorator: loop(channel, message) per message of a connection, exactly one
    ack per message ('n/a' when loop() gives nothing, 'error: ...' when it raises), until the
    connection closes. `path` has a default so that websockets 10 passes only the connection."""

    async def on_connection(klass, websocket, path=None):
        path = websocket.path if path is None else path
        klass.out('** new client connected, path={}'.format(path))
        while True:
            try:
                message = await websocket.recv()
                if isinstance(message, bytes):
                    message = message.decode('utf-8', 'replace')
                try:
                    ack = await fn(klass, path, message)
                    if asyncio.isfuture(ack) or asyncio.iscoroutine(ack):
                        ack = await ack  # a Promise of the ack
                    ack = '' if ack is None else js_str(ack)
                except (Exception, asyncio.CancelledError) as e:
                    klass.out('loop() failed: {}'.format(e))
                    ack = 'error: {}'.format(e)
                await websocket.send(ack or 'n/a')
            except websockets.exceptions.ConnectionClosed as e:
                klass.out('done processing messages: {}'.format(e))
                break
    return on_connection


class FactoryLoop(object):
    """Glue between a sketch's setup()/loop() and the event loop: the server, stream() to the
    circuit's targets, timers."""

    STREAM_LOG = True  # stream() logs as the seed's: every payload and every ack

    def __init__(self, name, targets, params, seed=None):
        self.name = name
        self.targets = dict(targets)  # name -> ws://HOST:PORT, in the circuit's wire order
        self.params = dict(params)
        self.random = qt_random(seed) if seed is not None else random.Random()
        self._links = {}  # url -> [connection, lock]: one connection per target and channel
        self._timers = {}
        self._next_timer = 1

    def out(self, text):
        say(self.name, js_str(text))

    def load(self):
        pass  # a script's top-level statements

    def setup(self, params):
        pass

    @reactive
    async def loop(self, channel, message):
        return None

    def resolve(self, target):
        """(name, ws://HOST:PORT) of each node `target` stands for: a target's name, '*' or
        None for all of them, or a ws:// address."""
        if target is None or target == '*':
            return list(self.targets.items())
        target = js_str(target)
        if target in self.targets:
            return [(target, self.targets[target])]
        if target.startswith('ws://'):
            return [(target, target.rstrip('/'))]
        raise StreamError('{}: no wire from {} to a node of that name (targets: {})'.format(
            target, self.name, ', '.join(self.targets) or 'none'))

    def stream(self, target, items, channel='stream'):
        """Sends every item to the target(s), waiting for each ack before the next item;
        targets are served concurrently. A Task (JavaScript's Promise) of the acks: in target
        order, then item order. Fails with StreamError naming the first target that failed."""
        task = asyncio.ensure_future(self._stream(target, items, channel))
        task.add_done_callback(lambda done: done.cancelled() or done.exception())
        return task

    async def _stream(self, target, items, channel):
        if not isinstance(items, (list, tuple)):
            items = [items]
        path = js_str('stream' if channel is None else channel)
        path = path if path.startswith('/') else '/' + path
        results = await asyncio.gather(
            *(self._send(name, url + path, items) for name, url in self.resolve(target)),
            return_exceptions=True)
        acks = []
        for result in results:
            if isinstance(result, BaseException):
                raise result
            acks.extend(result)
        return acks

    async def _send(self, name, url, items):
        link = self._links.setdefault(url, [None, asyncio.Lock()])
        async with link[1]:
            log = self.out if self.STREAM_LOG else (lambda text: None)
            log('starting to stream message to {}'.format(name))
            acks = []
            try:
                if link[0] is None or link[0].closed:
                    link[0] = await websockets.connect(url)
                for item in items:
                    log('> sending payload: {}'.format(js_str(item)))
                    await link[0].send(js_str(item))
                    acks.append(await link[0].recv())
                    log('< {}'.format(acks[-1]))
            except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException) as e:
                link[0] = None
                problem = 'cannot reach {}: {}'.format(url, e) if not acks else \
                    '{}: connection lost: {}'.format(url, e)
                log(problem)
                raise StreamError(problem) from None
            return acks

    async def close(self):
        """Stops the timers and closes the connections to the targets (a close frame each)."""
        for number in list(self._timers):
            self.clear_timer(number)
        for connection, _ in self._links.values():
            if connection is not None:
                await connection.close()
        self._links.clear()

    def set_timer(self, fn, ms, repeat):
        """setTimeout / setInterval: fn after ms milliseconds (again and again when repeat);
        returns the id for clear_timer. An exception in fn is logged, the node goes on."""
        number = self._next_timer
        self._next_timer += 1

        async def run():
            while True:
                await asyncio.sleep(max(0.0, float(ms or 0)) / 1000.0)
                try:
                    result = fn()
                    if asyncio.isfuture(result) or asyncio.iscoroutine(result):
                        await result
                except Exception as e:
                    self.out('timer failed: {}'.format(e))
                if not repeat:
                    self._timers.pop(number, None)
                    return
        self._timers[number] = asyncio.ensure_future(run())
        return number

    def clear_timer(self, number):
        task = self._timers.pop(number, None)
        if task is not None:
            task.cancel()

    async def serve(self, host, port):
        try:
            server = await websockets.serve(self.loop, host, port)
        except OSError as e:
            self.out('Cannot bind to this port! Is the server already running? ({})'.format(e))
            return 2
        # With port 0 the system picks the port: say the one really bound (IPv4 first).
        ports = sorted((len(s.getsockname()), s.getsockname()[1]) for s in server.sockets)
        self.out('serving on {}:{}'.format(host, ports[0][1]))
        stop = asyncio.get_running_loop().create_future()
        for number in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(number, stop.set_result, number)
        number = await stop
        self.out('{} received, closing connections'.format(signal.Signals(number).name))
        server.close()
        await server.wait_closed()
        return 0
