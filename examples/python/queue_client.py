#!/usr/bin/env python3
"""The asyncio queue seed's chat-like client, sending its items to a Wirebench queue.

One file, the standard library and python3-websockets (10.4, Debian bookworm) only. It is the
seed's program ("Simple Python Asyncio", 2016) in today's asyncio, three coroutines around an
asyncio.Queue:

  - reader(): turns the lines of standard input into queue items; the blocking read runs in
    the loop's executor (run_in_executor), as the seed's get_input() did;
  - something_slow(): sleeps --slow-after seconds, then puts "something slow is done";
  - main_loop(): takes the items off the asyncio.Queue one at a time and, where the seed
    printed them, sends each to a Wirebench queue over the wire (docs/protocol.md: one text
    frame, one ack text frame) and waits for its ack before it takes the next.

A Wirebench queue that is full and blocks (`wirebench-node queue --when-full block`) holds its
ack back until the item is in: this client's acks wait, the asyncio.Queue behind them fills,
and the reader stops reading. That is backpressure, and the printed lines show it:

    wirebench-node queue --port 9000 --capacity 5 --when-full block \\
        --target ws://127.0.0.1:9001 &
    wirebench-node worker --port 9001 --service-ms 1000 --target ws://127.0.0.1:9002 &
    wirebench-node console --port 9002 &
    python3 queue_client.py --url ws://127.0.0.1:9000/keyboard

Type lines (or pipe a file): each prints "> item" when it leaves and "< queued F/C" when the
queue took it in. The client ends when standard input has ended and the slow item was sent.
docs/queues.md says how this maps onto the keyboard, queue, worker and console components.
"""

import argparse
import asyncio
import concurrent.futures
import os
import sys

import websockets

SLOW_TEXT = 'something slow is done'
# Items the reader may read ahead of the main loop. Bounded, so that a Wirebench queue that
# holds its acks back also holds back the reading of standard input.
LOCAL_QUEUE_SIZE = 100
MAX_FRAME = 2**20  # the protocol's 1 MiB
DONE = object()  # what a producer puts on the queue when it has nothing more


def get_input():
    """One line of standard input without its line end; None at the end. Runs in a thread:
    it blocks, which the event loop must never do."""
    line = sys.stdin.readline()
    if not line:
        return None
    return line.rstrip('\r\n')


async def reader(queue, executor):
    """Standard input, line by line, into the queue (empty lines are skipped, as a Wirebench
    keyboard skips them)."""
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(executor, get_input)
        if line is None:
            break
        if line:
            await queue.put(line)
    await queue.put(DONE)


async def something_slow(queue, seconds):
    """The seed's slow task: a result after a while, pushed into the same queue."""
    await asyncio.sleep(seconds)
    await queue.put(SLOW_TEXT)
    await queue.put(DONE)


async def main_loop(url, slow_after, executor):
    """Takes items off the asyncio.Queue and sends each to the Wirebench queue at `url`,
    waiting for its ack (stop-and-wait). Returns once both producers are done and every item
    was answered."""
    queue = asyncio.Queue(maxsize=LOCAL_QUEUE_SIZE)
    producers = [asyncio.create_task(reader(queue, executor))]
    if slow_after is not None:
        producers.append(asyncio.create_task(something_slow(queue, slow_after)))
    # No keepalive pings: an ack that a full queue holds back may take longer than any ping
    # timeout, and that wait is the point.
    async with websockets.connect(url, max_size=MAX_FRAME, ping_interval=None) as ws:
        running = len(producers)
        while running:
            item = await queue.get()
            if item is DONE:
                running -= 1
                continue
            print('>', item, flush=True)
            await ws.send(item)
            ack = await ws.recv()
            print('<', ack, flush=True)
    for task in producers:
        await task


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description='The asyncio queue seed\'s client: standard input and a slow task feed an '
        'asyncio.Queue; a main loop sends every item to a Wirebench queue and prints its ack.')
    parser.add_argument('--url', default='ws://127.0.0.1:9000/keyboard',
                        help='the Wirebench queue (or any node) to send to '
                        '(default %(default)s; the path is the channel)')
    parser.add_argument('--slow-after', type=float, default=10.0, metavar='SECONDS',
                        help='seconds before the slow task puts "{}" (default %(default)s; '
                        'negative: no slow task)'.format(SLOW_TEXT))
    args = parser.parse_args(argv)
    if not args.url.startswith(('ws://', 'wss://')):
        parser.error('--url {}: expected ws://HOST:PORT[/PATH]'.format(args.url))
    if args.slow_after != args.slow_after or args.slow_after > 86400:
        parser.error('--slow-after {}: at most 86400 seconds'.format(args.slow_after))
    return args


def main(argv):
    args = parse_arguments(argv)
    slow_after = args.slow_after if args.slow_after >= 0 else None
    # Our own executor, so that the exit need not wait for a read that may never return.
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    code = 0
    try:
        asyncio.run(main_loop(args.url, slow_after, executor))
    except KeyboardInterrupt:
        code = 130
    except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException) as e:
        print('queue_client: {}: {}'.format(args.url, e or type(e).__name__), file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    # The reader's thread may still be blocked in readline() (a terminal, Ctrl-C): end the
    # process without joining it.
    executor.shutdown(wait=False, cancel_futures=True)
    os._exit(code)


if __name__ == '__main__':
    main(sys.argv[1:])
