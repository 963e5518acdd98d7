#!/usr/bin/env python3
"""A member of Wirebench's ring chat, in asyncio and websockets.

One file, the standard library and python3-websockets (10.4, Debian bookworm) only. It answers
the seed's question (a chat in a ring: each node knows only its neighbours, a message goes round
until it comes back to its sender, a dead node must not break the ring) with the algorithm of
docs/ring.md and the wire of docs/protocol.md "The ring", so it takes part in a ring of
`wirebench-node ring` members, the workbench's ring nodes, or other copies of itself:

    python3 ring_node.py --port 9001 --name alice
    python3 ring_node.py --port 9002 --name bob --join ws://127.0.0.1:9001
    python3 ring_node.py --port 9003 --name carol --join ws://127.0.0.1:9001 \\
        --say 'hello ring' --until-done

Type a line and press Enter to say it. Ctrl-C leaves the ring (the neighbours close it at once);
kill -9 does not, and the neighbours find out by themselves.

The file reads top to bottom:
  1. the wire: members and the checks of every field (a bad one closes the connection, 4010);
  2. the ring's order: keys and `between`;
  3. Link: a client connection to another member, one message then its ack;
  4. RingNode: the server's answers, and the tasks that keep the ring: stabilise (Chord),
     heartbeat and probe (SWIM), pass the chat on (and again after a failure);
  5. the command line, standard input and the signals.
"""

import argparse
import asyncio
import collections
import hashlib
import json
import os
import random
import re
import signal
import socket
import stat
import sys
import threading
import time

import websockets

MAX_KEY = 2**32 - 1
MAX_TEXT = 4096  # characters of a chat text
MAX_HOPS = 1024  # a message passed on more often than this is dropped
MAX_LIST = 16  # members in a successor list
MAX_ADDRESS = 256
MAX_ID = 320  # characters of a chat id
MAX_SEQ = 2**53 - 1  # exact in a JSON number
MAX_COUNT = 2**31 - 1  # hops and attempts
SEEN_IDS = 4096  # chat ids a member remembers, to recognise duplicates
MAX_KNOWN = 4096  # members a member keeps an opinion of
RESEND_MAX = 256  # messages kept to send again after a failure
JOIN_STEPS = 1024  # redirects a join follows
MAX_FRAME = 2**20  # the protocol's 1 MiB
CLOSE_PROTOCOL_ERROR = 4010

NAME = re.compile(r'[A-Za-z0-9_.-]{1,64}\Z')
ADDRESS = re.compile(r'ws://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})\Z')


# 1. The wire ------------------------------------------------------------------------------------

class ProtocolError(Exception):
    """A frame the ring's protocol does not allow; the text says what and where."""


def shorten(value, limit=40):
    text = str(value)
    return text if len(text) <= limit else text[:limit] + '…'


def field(message, name, where):
    if name not in message:
        raise ProtocolError('{}: {}: missing'.format(where, name))
    return message[name]


def whole(message, name, where, low=0, high=MAX_SEQ):
    """A whole number; JSON has one kind of number, so 7.0 is 7, but true is not 1."""
    value = field(message, name, where)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProtocolError('{}: {}: expected a whole number from {} to {}'.format(
            where, name, low, high))
    return value


def text(message, name, where, limit):
    value = field(message, name, where)
    if not isinstance(value, str):
        raise ProtocolError('{}: {}: expected a text'.format(where, name))
    if len(value) > limit:
        raise ProtocolError('{}: {}: at most {} characters'.format(where, name, limit))
    return value


def address(message, name, where):
    value = text(message, name, where, MAX_ADDRESS)
    match = ADDRESS.match(value)
    if not match or not 1 <= int(match.group(2)) <= 65535:
        raise ProtocolError('{}: {}: {} is not ws://HOST:PORT'.format(where, name, shorten(value)))
    return value


def member_value(value, where):
    """{"addr": "ws://127.0.0.1:9001", "key": 2271560481, "name": "alice"}"""
    if not isinstance(value, dict):
        raise ProtocolError('{}: expected a member {{"addr", "key", "name"}}'.format(where))
    name = text(value, 'name', where, 64)
    if not NAME.match(name):
        raise ProtocolError('{}: name: use 1 to 64 of A-Z a-z 0-9 _ . -'.format(where))
    return {'addr': address(value, 'addr', where), 'key': whole(value, 'key', where, 0, MAX_KEY),
            'name': name}


def member(message, name, where):
    return member_value(field(message, name, where), '{}: {}'.format(where, name))


def member_or_none(message, name, where):
    return None if field(message, name, where) is None else member(message, name, where)


def member_list(message, name, where):
    value = field(message, name, where)
    if not isinstance(value, list):
        raise ProtocolError('{}: {}: expected a list of members'.format(where, name))
    if len(value) > MAX_LIST:
        raise ProtocolError('{}: {}: at most {} members'.format(where, name, MAX_LIST))
    return [member_value(v, '{}: {}[{}]'.format(where, name, i)) for i, v in enumerate(value)]


def chat_id(message):
    value = text(message, 'id', 'ring', MAX_ID)
    if not value:
        raise ProtocolError('ring: id: empty')
    return value


# What each message carries besides "ring" and "from" (the table of docs/protocol.md).
FIELDS = {
    'chat': lambda m: {'id': chat_id(m),
                       'origin': member(m, 'origin', 'ring'),
                       'text': text(m, 'text', 'ring', MAX_TEXT),
                       'hops': whole(m, 'hops', 'ring', 1, MAX_COUNT),
                       'attempt': whole(m, 'attempt', 'ring', 1, MAX_COUNT)},
    'ping': lambda m: {'seq': whole(m, 'seq', 'ring')},
    'probe': lambda m: {'target': address(m, 'target', 'ring'), 'seq': whole(m, 'seq', 'ring')},
    'join': lambda m: {'key': whole(m, 'key', 'ring', 0, MAX_KEY)},
    'stabilise': lambda m: {},
    'notify': lambda m: {'gone': address(m, 'gone', 'ring') if 'gone' in m else None},
    'leave': lambda m: {'predecessor': member_or_none(m, 'predecessor', 'ring')
                        if 'predecessor' in m else None,
                        'successors': member_list(m, 'successors', 'ring')},
    'status': lambda m: {},
}


def parse_message(frame, own_address):
    """The checked message of one frame, or ProtocolError: a receiver trusts nothing."""
    if not isinstance(frame, str):
        raise ProtocolError('ring: a binary frame; messages are JSON text')
    try:
        message = json.loads(frame)
    except (ValueError, RecursionError) as e:  # RecursionError: [[[[...]]]] a million deep
        raise ProtocolError('ring: not JSON ({})'.format(shorten(e, 60))) from None
    if not isinstance(message, dict):
        raise ProtocolError('ring: expected a JSON object')
    kind = text(message, 'ring', 'ring', 32)
    if kind not in FIELDS:
        raise ProtocolError('ring: unknown message "{}"'.format(shorten(kind)))
    checked = {'ring': kind}
    if kind != 'status' or 'from' in message:
        checked['from'] = member(message, 'from', 'ring')
        if checked['from']['addr'] == own_address:
            raise ProtocolError('ring: from: my own address; a member never sends to itself')
    checked.update(FIELDS[kind](message))
    return checked


def parse_ack(frame, expected):
    """An ack from another member: a JSON object whose "ring" is one of `expected`."""
    try:
        ack = json.loads(frame)
    except (ValueError, RecursionError):
        raise ProtocolError('ack: not JSON: {}'.format(shorten(frame))) from None
    if not isinstance(ack, dict) or ack.get('ring') not in expected:
        raise ProtocolError('ack: expected "{}": {}'.format('" or "'.join(expected),
                                                           shorten(frame)))
    return ack


# 2. The ring's order ----------------------------------------------------------------------------

def key_of(name):
    """A member's key without --key: the first four bytes of the SHA-1 of its name, as Chord."""
    return int.from_bytes(hashlib.sha1(name.encode()).digest()[:4], 'big')


def place(m):
    # By key, then by address, so that two members with one key still have an order.
    return (m['key'], m['addr'])


def between(a, x, b):
    """Whether x lies strictly after a and before b, going round the ring (past the largest
    key comes the smallest). With a == b that is the whole ring but a."""
    a, x, b = place(a), place(x), place(b)
    if a < b:
        return a < x < b
    return x > a or x < b


# 3. Links -----------------------------------------------------------------------------------------

class LinkError(Exception):
    """A message that got no ack. `lost`: the peer is gone for sure (connection refused, reset or
    closed); otherwise it is only late (a timeout), which the failure detector weighs."""

    def __init__(self, why, lost):
        super().__init__(why)
        self.lost = lost


def describe(error):
    """Why a connection failed, for a person."""
    if isinstance(error, ConnectionRefusedError):
        return 'connection refused'
    if isinstance(error, websockets.exceptions.ConnectionClosed):
        closed = error.rcvd or error.sent
        if not closed:
            return 'connection closed'
        return 'connection closed ({})'.format(' '.join(filter(None, [str(closed.code),
                                                                       closed.reason])))
    why = str(error) or type(error).__name__
    cause = error.__cause__
    return '{} ({})'.format(why, str(cause) or type(cause).__name__) if cause else why


class Link:
    """A client connection to another member at one path. The protocol's rule is one message,
    its ack, then the next message; a lock keeps the callers in line. A timeout closes the
    connection, so that a late ack is never taken for the next message's."""

    def __init__(self, url, headers):
        self.url = url
        self.headers = headers
        self.websocket = None
        self.lock = asyncio.Lock()

    async def request(self, message, timeout):
        async with self.lock:
            try:
                return await asyncio.wait_for(self._exchange(message), timeout)
            except asyncio.TimeoutError:
                self.close()
                raise LinkError('no answer within {:g} s'.format(timeout), lost=False) from None
            except (OSError, websockets.exceptions.WebSocketException) as e:
                self.close()
                raise LinkError(describe(e), lost=True) from None
            except asyncio.CancelledError:  # its ack may still come: never read it as the next
                self.close()
                raise

    async def _exchange(self, message):
        if self.websocket is None or self.websocket.closed:
            self.websocket = await websockets.connect(
                self.url, extra_headers=self.headers, open_timeout=None, close_timeout=1,
                max_size=MAX_FRAME, compression=None)
        await self.websocket.send(json.dumps(message))
        return await self.websocket.recv()

    async def idle(self, seconds):
        """Waits `seconds`, or less when the connection closes meanwhile: a closed connection
        is a failure at once, not at the next heartbeat."""
        if self.websocket is None:
            await asyncio.sleep(seconds)
            return
        try:
            await asyncio.wait_for(self.websocket.wait_closed(), seconds)
        except asyncio.TimeoutError:
            pass

    def close(self):
        """Closes the connection (a close frame, 1000) without waiting; returns the closing."""
        websocket, self.websocket = self.websocket, None
        return asyncio.ensure_future(websocket.close() if websocket else asyncio.sleep(0))


# 4. The member ------------------------------------------------------------------------------------

class RingNode:
    """One member: a server its predecessor (and anyone) talks to, and a client of its
    successor. Everything runs on one event loop, so no state needs a lock."""

    def __init__(self, me, contacts, settings, headers, out):
        self.me = me
        self.contacts = [c for c in contacts if c != me['addr']]
        self.settings = settings
        self.headers = headers
        self.out = out
        self.successors = []  # nearest first, never me; empty: a ring of one
        self.predecessor = None
        self.lost_successor = None  # the last successor found dead, said in notify as "gone"
        self.members = {}  # address -> 'alive', 'suspect' or 'dead', as this member sees them
        self.last_heard = {}  # address -> when it last sent me a message
        self.links = {}  # (address, path) -> Link
        self.tasks = set()
        self.joined = not self.contacts
        self.was_in_ring = False
        self.join_failed = False
        self.seen = collections.OrderedDict()  # chat ids, oldest first
        self.sequence = 0  # of my chat ids
        # Ids are "ADDRESS#INCARNATION.SEQUENCE": a member restarted at the same address must
        # not say ids the others remember from its previous life (they would be duplicates).
        self.incarnation = '{:x}'.format(random.randrange(0x10000))
        self.ping_sequence = 0
        self.said = {}  # my chat ids on their way round -> when said
        self.came_back = {}  # chat id -> a future set when it is back
        self.outbox = collections.deque()  # (queued at, message) to pass on, in order
        self.outbox_ready = asyncio.Event()
        self.window = collections.deque()  # (acked at, to address, message) for resending

    # Who is who.
    @property
    def successor(self):
        return self.successors[0] if self.successors else self.me

    def who(self, m):
        return '{} ({})'.format(m['addr'], m['name']) if m else 'none'

    def learn(self, m):
        """A member heard of (in a list, an answer): alive unless this member knows better."""
        if m['addr'] != self.me['addr']:
            self.members.setdefault(m['addr'], 'alive')
            if len(self.members) > MAX_KNOWN:  # whoever writes to me: forget the oldest
                oldest = next(iter(self.members))
                del self.members[oldest]
                self.last_heard.pop(oldest, None)

    def heard_from(self, m):
        """A member that sends me a message is alive, whatever I thought of it."""
        self.learn(m)
        self.last_heard[m['addr']] = time.monotonic()
        if self.members[m['addr']] != 'alive':
            self.members[m['addr']] = 'alive'
            self.out('{} is alive (heard from it)'.format(m['addr']))

    def silent(self, m):
        return time.monotonic() - self.last_heard.get(m['addr'], 0) > self.settings.suspect

    def set_successors(self, candidates):
        """Takes a successor list: nearest first, without me, the dead and repeats, cut to
        length. A new successor is told at once (notify)."""
        old = self.successor
        chosen = []
        for m in candidates:
            if (m and m['addr'] != self.me['addr'] and self.members.get(m['addr']) != 'dead'
                    and all(m['addr'] != c['addr'] for c in chosen)):
                self.learn(m)
                chosen.append(m)
        self.successors = chosen[:self.settings.successors]
        if self.successor['addr'] != old['addr']:
            self.out('successor is now {}{}'.format(self.who(self.successor),
                                                    '' if self.successors else ' (alone)'))
            self.spawn(self.notify())
            return True
        return False

    def set_predecessor(self, m):
        old, self.predecessor = self.predecessor, m
        if m:
            self.learn(m)
            self.last_heard.setdefault(m['addr'], time.monotonic())
        if (old and old['addr']) != (m and m['addr']):
            self.out('predecessor is now {}'.format(self.who(m)))

    def declare_dead(self, m, why):
        addr = m['addr']
        if self.members.get(addr) == 'dead':
            return
        self.members[addr] = 'dead'
        self.out('{} is dead: {}'.format(addr, why))
        for (to, path), link in list(self.links.items()):
            if to == addr:
                link.close()
                del self.links[to, path]
        if self.predecessor and self.predecessor['addr'] == addr:
            self.set_predecessor(None)
        was_successor = self.successor['addr'] == addr
        if was_successor:
            self.lost_successor = m
        # The next live member of the list takes over; with none left, the predecessor.
        rest = [m for m in self.successors if m['addr'] != addr]
        self.set_successors(rest or [self.predecessor])
        if was_successor:
            self.send_again(addr)

    def spawn(self, coroutine):
        task = asyncio.ensure_future(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def request(self, addr, path, message, expected, timeout=None):
        """Sends `message` (with "from": me) to the member at `addr` and returns its ack."""
        link = self.links.get((addr, path))
        if link is None:
            link = self.links[addr, path] = Link(addr + path, self.headers)
        frame = dict(message, **{'from': self.me})  # a message passed on was from another
        ack = await link.request(frame, timeout or self.settings.suspect)
        return parse_ack(ack, expected)

    # The server: exactly one ack per message, in order; a bad frame closes with 4010.
    async def serve_connection(self, websocket):
        try:
            async for frame in websocket:
                try:
                    message = parse_message(frame, self.me['addr'])
                except ProtocolError as e:
                    self.out('closing a connection from {}:{}: {}'.format(
                        *websocket.remote_address[:2], e))
                    reason = str(e).encode()[:123].decode(errors='ignore')  # a close frame's room
                    await websocket.close(CLOSE_PROTOCOL_ERROR, reason)
                    return
                if 'from' in message:
                    self.heard_from(message['from'])
                ack = await getattr(self, 'on_' + message['ring'])(message)
                await websocket.send(json.dumps(ack))
        except websockets.exceptions.ConnectionClosed:
            pass

    def state(self):
        return {'ring': 'state', 'self': self.me, 'predecessor': self.predecessor,
                'successors': self.successors}

    async def on_stabilise(self, message):
        return self.state()

    async def on_status(self, message):
        return dict(self.state(), members=self.members, seen=len(self.seen))

    async def on_ping(self, message):
        return {'ring': 'pong', 'from': self.me, 'seq': message['seq']}

    async def on_probe(self, message):
        """Another member suspects `target`: ping it for them (SWIM's indirect probe)."""
        target = message['target']
        alive = target == self.me['addr']
        if not alive:
            try:
                await self.request(target, '/ring/ping', {'ring': 'ping', 'seq': message['seq']},
                                   ('pong',), self.settings.probe_timeout)
                alive = True
            except (LinkError, ProtocolError):
                pass
        return {'ring': 'probed', 'target': target, 'alive': alive}

    async def on_join(self, message):
        """Where does the joiner go? Between two members of my list: answer; beyond my list:
        ask the last one I know (the question walks round the ring)."""
        joiner = dict(message['from'], key=message['key'])
        ring = [self.me] + [m for m in self.successors if m['addr'] != joiner['addr']]
        for a, b in zip(ring, ring[1:]):
            if between(a, joiner, b):
                return {'ring': 'successor', 'member': b}
        if len(self.successors) < self.settings.successors:  # my list is the whole ring
            return {'ring': 'successor', 'member': self.me}
        return {'ring': 'redirect', 'member': ring[-1]}

    async def on_notify(self, message):
        """The sender thinks it is my predecessor (Chord's notify)."""
        sender, old = message['from'], self.predecessor
        if (old is None or old['addr'] == sender['addr'] or between(old, sender, self.me)
                or self.silent(old) or self.members.get(old['addr']) == 'dead'
                or old['addr'] == message['gone']):  # its predecessor found it dead
            self.set_predecessor(sender)
        if not self.successors:  # a ring of one closes with the first member that comes
            self.set_successors([sender])
        return {'ring': 'ok'}

    async def on_leave(self, message):
        leaver = message['from']
        self.members.pop(leaver['addr'], None)
        self.out('{} left the ring'.format(self.who(leaver)))
        if self.predecessor and self.predecessor['addr'] == leaver['addr']:
            new = message['predecessor']
            self.set_predecessor(new if new and new['addr'] != self.me['addr'] else None)
        if self.successor['addr'] == leaver['addr']:
            self.set_successors(message['successors'] + self.successors[1:]
                                or [self.predecessor])
            self.send_again(leaver['addr'])  # what it may not have passed on before it left
        else:
            self.set_successors([m for m in self.successors if m['addr'] != leaver['addr']])
        return {'ring': 'ok'}

    async def on_chat(self, message):
        chat_id, origin = message['id'], message['origin']
        if origin['addr'] == self.me['addr']:
            said = self.said.pop(chat_id, None)
            if said is None:  # back a second time, after a resend
                self.chat_line('duplicate', message)
                return {'ring': 'ok', 'duplicate': True}
            self.chat_line('returned', message, (time.monotonic() - said) * 1000)
            back = self.came_back.pop(chat_id, None)
            if back and not back.done():
                back.set_result(message['hops'])
            return {'ring': 'ok'}
        if chat_id in self.seen:
            self.chat_line('duplicate', message)
            return {'ring': 'ok', 'duplicate': True}
        self.remember(chat_id)
        if message['hops'] >= MAX_HOPS:
            self.chat_line('dropped', message)
            return {'ring': 'ok'}
        self.chat_line('new', message)
        self.pass_on(dict(message, hops=message['hops'] + 1, attempt=1))
        return {'ring': 'ok'}

    # The chat.
    def remember(self, chat_id):
        self.seen[chat_id] = True
        while len(self.seen) > SEEN_IDS:
            self.seen.popitem(last=False)

    def chat_line(self, event, message, ms=None):
        # "alice#4": the origin's name and the sequence number at the end of the id.
        label = '{}#{}'.format(message['origin']['name'],
                               message['id'].rpartition('#')[2].rpartition('.')[2])
        hops = '{} hop{}'.format(message['hops'], '' if message['hops'] == 1 else 's')
        words = message['text']
        self.out({
            'said': '{} said: {}'.format(label, words),
            'new': '{} passed by after {}: {}'.format(label, hops, words),
            'duplicate': '{} again after {} (a duplicate, not passed on): {}'.format(
                label, hops, words),
            'returned': '{} came back after {} in {:.1f} ms: {}'.format(
                label, hops, ms or 0.0, words),
            'dropped': '{} dropped after {}: {}'.format(label, hops, words),
        }[event])

    def say(self, words):
        """Says `words`; returns a future of the hops it took to come back (None: not said)."""
        if not words or len(words) > MAX_TEXT:
            self.out('not said: a chat line has 1 to {} characters'.format(MAX_TEXT))
            return None
        self.sequence += 1
        chat_id = '{}#{}.{}'.format(self.me['addr'], self.incarnation, self.sequence)
        message = {'ring': 'chat', 'id': chat_id, 'origin': self.me, 'text': words, 'hops': 1,
                   'attempt': 1}
        self.remember(chat_id)
        back = asyncio.get_running_loop().create_future()
        self.chat_line('said', message)
        if not self.successors:  # a ring of one: back at once, after 0 hops
            self.chat_line('returned', dict(message, hops=0), 0.0)
            back.set_result(0)
            return back
        self.said[chat_id] = time.monotonic()
        self.came_back[chat_id] = back
        while len(self.said) > RESEND_MAX:  # lost for good: forget the oldest
            oldest = next(iter(self.said))
            del self.said[oldest]
            self.came_back.pop(oldest, None)
        self.pass_on(message)
        return back

    async def in_ring(self):
        """Waits until what this member says can come back, the first time: it has joined and
        its predecessor has taken it as successor. Without contacts it is a ring of its own."""
        while self.contacts and not self.was_in_ring:
            self.was_in_ring = bool(self.joined and self.predecessor and self.successors)
            if not self.was_in_ring:
                await asyncio.sleep(0.05)

    def pass_on(self, message):
        self.outbox.append((time.monotonic(), message))
        self.outbox_ready.set()

    def send_again(self, lost_addr):
        """What the lost successor acknowledged in the last resendWindow seconds goes to the new
        one: a message the lost member had passed on already stops as a duplicate further round,
        one it had not goes on. Nothing is lost, nothing is shown twice as new."""
        now = time.monotonic()
        again = [m for when, to, m in self.window
                 if to == lost_addr and now - when <= self.settings.resend_window]
        self.window = collections.deque(e for e in self.window if e[1] != lost_addr)
        if not self.successors:
            return  # a ring of one: nobody left to tell
        for m in again:
            self.outbox.append((now, dict(m, attempt=m['attempt'] + 1)))
        if again:
            self.out('sending {} message(s) of the last {:g} s again to {}'.format(
                len(again), self.settings.resend_window, self.who(self.successor)))
            self.outbox_ready.set()

    async def keep_passing_on(self):
        """The outbox, one message at a time to whoever is the successor now."""
        while True:
            while not self.outbox:
                self.outbox_ready.clear()
                await self.outbox_ready.wait()
            queued, message = self.outbox[0]
            successor = self.successor
            if successor is not self.me:
                try:  # an ack within a heartbeat, else the message goes again
                    await self.request(successor['addr'], '/ring', message, ('ok',),
                                       self.settings.heartbeat)
                    self.outbox.popleft()
                    self.window.append((time.monotonic(), successor['addr'], message))
                    while len(self.window) > RESEND_MAX or (
                            time.monotonic() - self.window[0][0] > self.settings.resend_window):
                        self.window.popleft()
                    continue
                except LinkError as e:
                    message['attempt'] += 1
                    if e.lost:
                        self.declare_dead(successor, e)
                    elif time.monotonic() - queued <= self.settings.resend_window:
                        continue  # a lost frame: again at once; the silence is the detector's
                except ProtocolError as e:
                    self.out('{} answered a chat message wrongly: {}'.format(successor['addr'], e))
            if time.monotonic() - queued > self.settings.resend_window:
                self.outbox.popleft()
                self.chat_line('dropped', message)
            else:  # the failure detector decides about the successor meanwhile
                await asyncio.sleep(self.settings.heartbeat)

    # Chord: joining and stabilisation.
    async def find_successor(self, contact):
        addr = contact
        for _ in range(JOIN_STEPS):
            ack = await self.request(addr, '/ring', {'ring': 'join', 'key': self.me['key']},
                                     ('successor', 'redirect'))
            found = member(ack, 'member', ack['ring'])
            if found['addr'] == self.me['addr']:
                raise ProtocolError('{}: answered a join with the joiner itself'.format(addr))
            if ack['ring'] == 'successor':
                return found
            addr = found['addr']
        raise ProtocolError('no successor after {} redirects'.format(JOIN_STEPS))

    async def join(self):
        for contact in self.contacts:
            try:
                successor = await self.find_successor(contact)
            except (LinkError, ProtocolError) as e:
                if not self.join_failed:  # said once, tried again every stabilise period
                    self.out('cannot join through {}: {}'.format(contact, e))
                self.join_failed = True
                continue
            self.joined = True
            self.out('joined through {}'.format(contact))
            self.set_successors([successor])
            return

    async def stabilise(self):
        if not self.successors and self.predecessor is None and self.contacts:
            await self.join()  # a ring of one with somewhere to go
            return
        if not self.successors:
            if self.predecessor:
                self.set_successors([self.predecessor])
            return
        successor = self.successor
        try:
            ack = await self.request(successor['addr'], '/ring', {'ring': 'stabilise'}, ('state',))
            predecessor = member_or_none(ack, 'predecessor', 'state')
            successors = member_list(ack, 'successors', 'state')
        except LinkError as e:
            if e.lost:
                self.declare_dead(successor, e)
            return  # a late answer is the heartbeat's business
        except ProtocolError as e:
            self.out('{} answered stabilise wrongly: {}'.format(successor['addr'], e))
            return
        if successor['addr'] != self.successor['addr']:
            return  # it changed while we asked
        candidates = [successor] + successors
        if predecessor and predecessor['addr'] != self.me['addr'] and between(
                self.me, predecessor, successor):
            if self.members.get(predecessor['addr']) == 'dead':
                self.spawn(self.check_back(predecessor))  # back from the dead? ask it first
            else:
                candidates.insert(0, predecessor)  # a newer, nearer successor
        if not self.set_successors(candidates):
            await self.notify()

    async def notify(self):
        successor = self.successor
        if successor is self.me:
            return
        notify = {'ring': 'notify'}
        lost = self.lost_successor
        if (lost and self.members.get(lost['addr']) == 'dead'
                and between(self.me, lost, successor)):
            notify['gone'] = lost['addr']  # it precedes my successor: gone without a word
        try:
            await self.request(successor['addr'], '/ring', notify, ('ok',))
        except LinkError as e:
            if e.lost and successor is self.successor:
                self.declare_dead(successor, e)
        except ProtocolError as e:
            self.out('{} answered notify wrongly: {}'.format(successor['addr'], e))

    async def check_back(self, m):
        if await self.ping(m['addr'], self.settings.probe_timeout) and (
                self.members.get(m['addr']) == 'dead'):
            self.members[m['addr']] = 'alive'
            self.out('{} is alive (it answered at last)'.format(m['addr']))

    async def keep_stabilising(self):
        while True:
            await self.stabilise()
            await asyncio.sleep(self.settings.stabilise)

    # SWIM: heartbeats, suspicion, indirect probes.
    async def ping(self, addr, timeout):
        self.ping_sequence += 1
        try:
            await self.request(addr, '/ring/ping', {'ring': 'ping', 'seq': self.ping_sequence},
                               ('pong',), timeout)
            return True
        except (LinkError, ProtocolError):
            return False

    async def heartbeat(self, successor):
        """Pings the successor: 'pong', 'late' (none within `suspect` seconds) or why it is
        dead. A ping unanswered within a heartbeat goes again (on a new connection), so that a
        lost frame costs a heartbeat, not a suspicion."""
        deadline = time.monotonic() + self.settings.suspect
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return 'late'
            self.ping_sequence += 1
            try:
                await self.request(successor['addr'], '/ring/ping',
                                   {'ring': 'ping', 'seq': self.ping_sequence}, ('pong',),
                                   min(self.settings.heartbeat, left))
                return 'pong'
            except LinkError as e:
                if e.lost:
                    return str(e)
            except ProtocolError as e:  # it answers, but not as a ring member does
                return 'not a ring member: {}'.format(e)

    async def keep_pinging(self):
        while True:
            successor = self.successor
            if successor is self.me:
                await asyncio.sleep(self.settings.heartbeat)
                continue
            verdict = await self.heartbeat(successor)
            if successor['addr'] != self.successor['addr']:
                continue  # it changed meanwhile
            if verdict == 'late':
                await self.suspect(successor)
                continue
            if verdict != 'pong':
                self.declare_dead(successor, verdict)
                continue
            self.members[successor['addr']] = 'alive'
            link = self.links.get((successor['addr'], '/ring/ping'))
            await (link.idle(self.settings.heartbeat) if link
                   else asyncio.sleep(self.settings.heartbeat))

    async def probe_through(self, helper, target):
        self.ping_sequence += 1
        try:
            ack = await self.request(helper['addr'], '/ring/ping',
                                     {'ring': 'probe', 'target': target,
                                      'seq': self.ping_sequence},
                                     ('probed',), 2 * self.settings.probe_timeout)
        except (LinkError, ProtocolError):
            return None
        return helper['addr'] if ack.get('alive') is True else None

    async def suspect(self, successor):
        """No pong within `suspect` seconds: ask others to ping it too, and ping it once more.
        One answer is enough; one lossy link does not kill a live member."""
        addr = successor['addr']
        self.members[addr] = 'suspect'
        self.out('suspect {}'.format(addr))
        helpers = []
        for m in self.successors[1:] + [self.predecessor]:
            if (m and m['addr'] != addr and self.members.get(m['addr']) == 'alive'
                    and all(m['addr'] != h['addr'] for h in helpers)):
                helpers.append(m)
        helpers = helpers[:self.settings.probes]

        async def direct():
            self.ping_sequence += 1
            try:
                await self.request(addr, '/ring/ping', {'ring': 'ping', 'seq': self.ping_sequence},
                                   ('pong',), self.settings.probe_timeout)
                return self.me['addr']
            except LinkError as e:
                if e.lost:  # refused: no need to wait for the others
                    self.declare_dead(successor, e)
            except ProtocolError as e:
                self.declare_dead(successor, 'not a ring member: {}'.format(e))
            return None

        attempts = [asyncio.ensure_future(direct())] + [
            asyncio.ensure_future(self.probe_through(h, addr)) for h in helpers]
        try:
            for attempt in asyncio.as_completed(attempts):
                via = await attempt
                if via and self.members.get(addr) == 'suspect':
                    self.members[addr] = 'alive'
                    self.out('{} is alive ({})'.format(addr, 'it answered at last'
                                                       if via == self.me['addr']
                                                       else 'probe via ' + via))
                if self.members.get(addr) != 'suspect':
                    return
        finally:
            for attempt in attempts:
                attempt.cancel()
        if self.members.get(addr) == 'suspect':  # it may have spoken to me meanwhile
            self.declare_dead(successor, 'no pong within {:g} s, nor through {} other member{}'
                              .format(self.settings.suspect, len(helpers),
                                      '' if len(helpers) == 1 else 's'))

    # Leaving: pass on what waits, tell both neighbours, wait at most a second for their acks.
    async def leave(self):
        for task in list(self.tasks):
            if task is not self.passing_on:
                task.cancel()
        for _ in range(20):
            if not self.outbox or self.successor is self.me:
                break
            await asyncio.sleep(0.05)
        self.passing_on.cancel()
        message = {'ring': 'leave', 'predecessor': self.predecessor,
                   'successors': self.successors}
        neighbours = {m['addr'] for m in (self.predecessor, self.successor)
                      if m and m['addr'] != self.me['addr']}
        await asyncio.gather(*(self.request(addr, '/ring', message, ('ok',), 1.0)
                               for addr in neighbours), return_exceptions=True)
        self.out('left the ring')
        self.out = lambda line: None  # gone: what still arrives changes nothing anyone sees
        self.spawn = lambda coroutine: coroutine.close()

    def run(self):
        self.spawn(self.keep_stabilising())
        self.spawn(self.keep_pinging())
        self.passing_on = self.spawn(self.keep_passing_on())

    async def close_links(self):
        await asyncio.gather(*(link.close() for link in self.links.values()))


# 5. The command line -------------------------------------------------------------------------

def advertised_host(host, advertise):
    if advertise:
        return advertise
    if host in ('0.0.0.0', '::', ''):  # listening everywhere: the address others reach
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(('192.0.2.1', 9))  # no packet leaves; the kernel picks the interface
            return probe.getsockname()[0]
    return host


def read_token(flags):
    if flags.token_file:
        with open(flags.token_file) as f:
            return f.read().strip()
    return os.environ.get('WIREBENCH_TOKEN') or None


async def read_lines(node):
    """Says every line of standard input, as a chat client does."""
    loop = asyncio.get_running_loop()
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError):
        return  # no standard input at all
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or sys.stdin.isatty():
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    else:  # a file, /dev/null: the event loop cannot wait for those; a thread reads them
        lines, reader = asyncio.Queue(), None

        def read():
            for line in sys.stdin:
                loop.call_soon_threadsafe(lines.put_nowait, line)
            loop.call_soon_threadsafe(lines.put_nowait, '')
        threading.Thread(target=read, daemon=True).start()
    while True:
        line = await (reader.readline() if reader else lines.get())
        if not line:
            return  # end of input: the member stays in the ring
        if isinstance(line, bytes):
            line = line.decode(errors='replace')
        line = line.rstrip('\r\n')
        if len(line) > MAX_TEXT:
            print('ring_node.py: a line of {} characters is not said: at most {}'.format(
                len(line), MAX_TEXT), file=sys.stderr, flush=True)
        elif line.strip():
            await node.in_ring()  # said alone, it would come back at once
            node.say(line)


async def say_until_done(node, words, timeout=None):
    """--say TEXT: once the ring runs through this member (a predecessor passes messages to
    it), say TEXT. 0 when it came back, 3 when not within `timeout` seconds."""
    async def round_trip():
        await node.in_ring()
        await node.say(words)
    try:
        await asyncio.wait_for(round_trip(), timeout)
        return 0
    except asyncio.TimeoutError:
        print('ring_node.py: ring: "{}" did not come back within {:g} s'.format(
            shorten(words, 80), timeout), file=sys.stderr, flush=True)
        return 3


async def run(flags):
    name = flags.name or ('ring-{}'.format(flags.port) if flags.port else 'ring')
    token = read_token(flags)
    headers = {'Authorization': 'Bearer ' + token} if token else None
    loopback = flags.host in ('127.0.0.1', 'localhost', '::1')

    def out(line):
        print('[ {} ] {}'.format(name, line), flush=True)

    async def check_token(path, request_headers):
        # Beyond loopback with a token set, as every Wirebench server does (docs/security.md).
        if token and not loopback:
            given = request_headers.get('Authorization', '')
            if given != 'Bearer ' + token and not path.endswith('token=' + token):
                return 401, [], b'a token is needed\n'
        return None

    node = None

    async def serve_connection(websocket):
        await node.serve_connection(websocket)

    try:
        server = await websockets.serve(serve_connection, flags.host, flags.port,
                                        max_size=MAX_FRAME, compression=None,
                                        process_request=check_token)
    except OSError as e:
        out('cannot listen on {}:{}: {}'.format(flags.host, flags.port, e))
        return 2
    port = server.sockets[0].getsockname()[1]
    host = advertised_host(flags.host, flags.advertise)
    me = {'addr': 'ws://{}:{}'.format('[' + host + ']' if ':' in host else host, port),
          'key': flags.key if flags.key is not None else key_of(name), 'name': name}
    node = RingNode(me, flags.join, flags, headers, out)
    out('serving on {}:{}'.format(flags.host, port))
    out('ring member {}, key {}'.format(me['addr'], me['key']))
    node.run()

    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, lambda n=number: stop.done() or stop.set_result(n))
    stop.add_done_callback(lambda _: out('interrupted, leaving the ring'))
    work = [stop]
    if flags.say is not None:
        work.append(asyncio.ensure_future(say_until_done(node, flags.say, flags.timeout)
                                          if flags.until_done else say_later(node, flags.say)))
    if not flags.until_done:
        node.spawn(read_lines(node))
    done, _ = await asyncio.wait(work, return_when=asyncio.FIRST_COMPLETED)
    code = 0 if stop in done else next(iter(done)).result()
    await node.leave()
    await node.close_links()
    server.close()  # every accepted connection gets a close frame, 1001 (going away)
    await server.wait_closed()
    return code


async def say_later(node, words):
    await say_until_done(node, words)
    await asyncio.Future()  # and stay in the ring


def address_list(value):
    contacts = [v.strip() for v in value.split(',') if v.strip()]
    for contact in contacts:
        try:
            address({'join': contact}, 'join', '--join')
        except ProtocolError as e:
            raise argparse.ArgumentTypeError(str(e)) from None
    return contacts


class Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 1 on a bad command line, as wirebench-node does
        self.print_usage(sys.stderr)
        self.exit(1, '{}: {}\n'.format(self.prog, message))


def main(argv):
    parser = Parser(description=__doc__.split('\n\n')[0],
                    epilog='Exit codes: 0 done (left the ring, or --say came back), 1 bad '
                    'command line, 2 cannot listen, 3 --say did not come back within --timeout.')
    parser.add_argument('-p', '--port', type=int, default=0,
                        help='port to listen on (default 0: any free one, the line "serving on '
                        'HOST:PORT" names it)')
    parser.add_argument('--host', '--listen', default='127.0.0.1',
                        help='address to listen on (default 127.0.0.1); the member is '
                        'ws://HOST:PORT, so give the LAN address others reach it at')
    parser.add_argument('--advertise',
                        help='host others reach this member at (default: --host, or with '
                        '--host 0.0.0.0 the address of the interface to the network)')
    parser.add_argument('--name', help='1 to 64 of A-Z a-z 0-9 _ . - (default ring-PORT)')
    parser.add_argument('--key', type=int, metavar='K',
                        help='place on the ring, 0 to 4294967295 (default: SHA-1 of the name)')
    parser.add_argument('--join', type=address_list, action='extend', default=[],
                        metavar='ws://HOST:PORT',
                        help='join through this member (repeat, or separate with commas)')
    parser.add_argument('--say', metavar='TEXT', help='say TEXT once this member has joined')
    parser.add_argument('--until-done', action='store_true',
                        help='with --say: exit 0 once TEXT came back, 3 when it did not within '
                        '--timeout; standard input is not read')
    parser.add_argument('--timeout', type=float, default=10, metavar='S',
                        help='with --until-done: seconds from the start, joining included '
                        '(default 10)')
    parser.add_argument('--token-file', metavar='FILE',
                        help='the bearer token of members beyond loopback (docs/security.md)')
    # The ring's parameters (docs/ring.md), named as wirebench-node ring names them.
    for option, kind, default, what in [
            ('--successors', int, 3, 'length of the successor list, 1 to 16'),
            ('--heartbeat', float, 0.5, 'seconds between pings of the successor'),
            ('--suspect', float, 1.5, 'seconds without a pong before the successor is suspect'),
            ('--probe-timeout', float, 1.0, 'seconds an indirect probe waits for its pong'),
            ('--probes', int, 3, 'members asked to probe a suspect, 0 to 8'),
            ('--stabilise', float, 0.5, 'seconds between stabilisations'),
            ('--resend-window', float, 10.0, 'seconds back a member resends to a new successor')]:
        parser.add_argument(option, type=kind, default=default, metavar='N' if kind is int else 'S',
                            help='{} (default {:g})'.format(what, default))
    flags = parser.parse_args(argv)
    if flags.name is not None and not NAME.match(flags.name):
        parser.error('--name {}: use 1 to 64 of A-Z a-z 0-9 _ . -'.format(flags.name))
    if flags.key is not None and not 0 <= flags.key <= MAX_KEY:
        parser.error('--key {}: must be from 0 to {}'.format(flags.key, MAX_KEY))
    if not 1 <= flags.successors <= MAX_LIST or not 0 <= flags.probes <= 8:
        parser.error('--successors is 1 to 16, --probes 0 to 8')
    if flags.until_done and flags.say is None:
        parser.error('--until-done needs --say')
    if flags.say is not None and not 1 <= len(flags.say) <= MAX_TEXT:
        parser.error('--say: 1 to {} characters'.format(MAX_TEXT))
    try:
        return asyncio.run(run(flags))
    finally:
        try:
            os.set_blocking(sys.stdin.fileno(), True)  # asyncio made it non-blocking
        except (OSError, ValueError):
            pass


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
