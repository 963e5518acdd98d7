#! /usr/bin/env python3
"""Your own node in Python: a seed-style sketch that the workbench's clock sends its ticks to.

Run it before you press Run in the workbench:

    python3 member.py            # serves on 127.0.0.1:8807, as the lesson's circuit expects
    python3 member.py --port 9000

It needs Python 3 and the websockets package (Debian: apt-get install python3-websockets).
Every message gets exactly one answer, its ack: that is the whole protocol. Change loop() and
watch the workbench's log and checks.
"""

import argparse
import asyncio
import signal

import websockets

NAME = 'py'


def out(text):
    print('[ {} ] {}'.format(NAME, text), flush=True)


def setup():
    out('ready')


async def loop(channel, message):
    """Called for every message; what it returns is the ack."""
    out('received {} on {}'.format(message, channel))
    return 'hello from python: {}'.format(message)


async def on_connection(websocket):
    channel = websocket.path
    out('new client connected, path={}'.format(channel))
    try:
        async for message in websocket:
            ack = await loop(channel, message)
            await websocket.send(ack if ack is not None else 'n/a')
    except websockets.exceptions.ConnectionClosed:
        pass
    out('client gone')


async def serve(host, port):
    setup()
    server = await websockets.serve(on_connection, host, port)
    bound = sorted((len(s.getsockname()), s.getsockname()[1]) for s in server.sockets)
    out('serving on {}:{}'.format(host, bound[0][1]))
    stop = asyncio.get_running_loop().create_future()
    for number in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(number, stop.set_result, number)
    await stop
    server.close()
    await server.wait_closed()


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, default=8807)
    flags = parser.parse_args()
    asyncio.run(serve(flags.host, flags.port))
