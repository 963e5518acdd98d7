"""The ring chat's failure benchmarks (docs/ring.md, docs/benchmarks.md): rings of real
`wirebench-node ring` processes on 127.0.0.1, watched through the members' `status` message
(docs/protocol.md, "The ring") over WebSockets (python3-websockets).

- heal(): a ring of N members; once it is whole, one member is killed (SIGKILL), stopped
  (SIGSTOP) or two neighbours are killed at once; the time from the fault to a healed ring:
  every live member's successor and predecessor are its neighbours among the live members, in
  key order.
- false_deaths(): `wirebench-node run` of an N-member ring circuit whose every wire drops 5 %
  of its messages (the delivery path's fault rules, docs/delivery.md), for a given time; every
  "is dead" line is a false death (nobody was killed).
"""

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import tempfile
import time

from run import stop

KEY_SPACE = 1 << 32
POLL_S = 0.01  # between two rounds of status questions
STATUS_TIMEOUT_S = 1.0


class RingFailure(Exception):
    pass


def free_ports(count):
    """`count` different ports that were free a moment ago: every probe stays bound until all
    are drawn, so that no two are the same."""
    probes = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            probes.append(s)
            s.bind(('127.0.0.1', 0))
        return [s.getsockname()[1] for s in probes]
    finally:
        for s in probes:
            s.close()


def address(port):
    return 'ws://127.0.0.1:{}'.format(port)


class Member:
    def __init__(self, index, count, port, workdir):
        self.index = index
        self.name = 'm{}'.format(index)
        self.port = port
        self.key = KEY_SPACE // count * index
        self.addr = address(self.port)
        self.log = os.path.join(workdir, self.name + '.log')
        self.process = None
        self.alive = False  # neither killed nor stopped

    def start(self, node, join=None, extra=()):
        command = [node, 'ring', '--port', str(self.port), '--name', self.name, '--key',
                   str(self.key)] + list(extra)
        if join:
            command += ['--join', join]
        with open(self.log, 'w') as out:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out,
                                            stderr=subprocess.STDOUT)
        self.alive = True

    def signal(self, number):
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, number)
        if number in (signal.SIGKILL, signal.SIGSTOP):
            self.alive = False

    def end(self):
        if not self.process:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def tail(self):
        try:
            with open(self.log) as f:
                return f.read()[-600:]
        except OSError:
            return ''


async def status(port):
    """The member's status reply (a dict), or None when it does not answer in time."""
    import websockets
    try:
        async with websockets.connect(address(port) + '/ring', open_timeout=STATUS_TIMEOUT_S,
                                      close_timeout=0.2, ping_interval=None) as ws:
            await ws.send(json.dumps({'ring': 'status'}))
            return json.loads(await asyncio.wait_for(ws.recv(), STATUS_TIMEOUT_S))
    except Exception:  # refused, reset, timed out, not JSON: no answer
        return None


class Asker:
    """One open connection per member for its status, so that a look costs a round trip, not
    a handshake; opened again when it breaks."""

    def __init__(self):
        self.sockets = {}

    async def status(self, port):
        import websockets
        try:
            ws = self.sockets.get(port)
            if ws is None:
                ws = await websockets.connect(address(port) + '/ring',
                                              open_timeout=STATUS_TIMEOUT_S, close_timeout=0.2,
                                              ping_interval=None)
                self.sockets[port] = ws
            await ws.send(json.dumps({'ring': 'status'}))
            return json.loads(await asyncio.wait_for(ws.recv(), STATUS_TIMEOUT_S))
        except Exception:  # refused, reset, timed out, not JSON: no answer
            broken = self.sockets.pop(port, None)
            if broken is not None:
                broken.transport.abort()
            return None

    def close(self):
        for ws in self.sockets.values():
            ws.transport.abort()
        self.sockets.clear()


def addr_of(member):
    return member.get('addr') if isinstance(member, dict) else None


def healed(members, replies):
    """Every live member's successor and predecessor are its live neighbours in key order."""
    live = [m for m in members if m.alive]
    if len(live) < 2:
        return True
    order = sorted(live, key=lambda m: (m.key, m.addr))
    for i, m in enumerate(order):
        reply = replies.get(m.name)
        if not reply:
            return False
        successors = reply.get('successors') or []
        if not successors or addr_of(successors[0]) != order[(i + 1) % len(order)].addr:
            return False
        if addr_of(reply.get('predecessor')) != order[i - 1].addr:
            return False
    return True


async def poll(asker, members):
    live = [m for m in members if m.alive]
    replies = await asyncio.gather(*(asker.status(m.port) for m in live))
    return {m.name: r for m, r in zip(live, replies)}


async def wait_healed(asker, members, deadline):
    """Polls until the ring is healed; the time it was first seen healed, or None."""
    while time.perf_counter() < deadline:
        replies = await poll(asker, members)
        if healed(members, replies):
            return time.perf_counter()
        await asyncio.sleep(POLL_S)
    return None


async def wait_dead(watcher, victim, deadline):
    """Until `watcher` says `victim` is dead (or no longer knows it); the time, or None."""
    asker = Asker()
    try:
        return await _wait_dead(asker, watcher, victim, deadline)
    finally:
        asker.close()


async def _wait_dead(asker, watcher, victim, deadline):
    while time.perf_counter() < deadline:
        reply = await asker.status(watcher.port)
        state = ((reply or {}).get('members') or {}).get(victim.addr)
        if reply and state in (None, 'dead'):
            return time.perf_counter()
        await asyncio.sleep(POLL_S)
    return None


def heal(node, scenario, count=8, timeout_s=60):
    """One run: a ring of `count` processes, the fault, the time until it is healed.
    scenario: 'kill' (SIGKILL one), 'stop' (SIGSTOP one), 'adjacent' (SIGKILL two neighbours).
    """
    with tempfile.TemporaryDirectory(prefix='wirebench-ring-') as workdir:
        members = [Member(i, count, port, workdir)
                   for i, port in enumerate(free_ports(count))]
        try:
            return asyncio.run(_heal(node, scenario, members, timeout_s))
        finally:
            for m in members:
                m.end()


async def _heal(node, scenario, members, timeout_s):
    asker = Asker()
    try:
        return await _heal_with(asker, node, scenario, members, timeout_s)
    finally:
        asker.close()


async def _heal_with(asker, node, scenario, members, timeout_s):
    start = time.perf_counter()
    deadline = start + timeout_s
    first = members[0]
    first.start(node)
    while await status(first.port) is None:
        if time.perf_counter() > deadline or first.process.poll() is not None:
            raise RingFailure('the first member did not answer: ' + first.tail())
        await asyncio.sleep(0.02)
    for m in members[1:]:
        m.start(node, join=first.addr)
    formed = await wait_healed(asker, members, deadline)
    if formed is None:
        raise RingFailure('the ring of {} did not form within {} s; {}: {}'.format(
            len(members), timeout_s, members[-1].name, members[-1].tail()))
    # Settle for a moment: no stabilisation in flight when the fault comes.
    await asyncio.sleep(1.0)
    victim = members[len(members) // 2]
    watcher = members[len(members) // 2 - 1]  # the victim's predecessor
    victims = [victim] + ([members[len(members) // 2 + 1]] if scenario == 'adjacent' else [])
    number = signal.SIGSTOP if scenario == 'stop' else signal.SIGKILL
    fault = time.perf_counter()
    for v in victims:
        v.signal(number)
    fault_deadline = fault + timeout_s
    healed_at, dead_at = await asyncio.gather(wait_healed(asker, members, fault_deadline),
                                              wait_dead(watcher, victim, fault_deadline))
    if healed_at is None:
        raise RingFailure('{}: not healed within {} s; {}: {}'.format(
            scenario, timeout_s, watcher.name, watcher.tail()))
    result = {'ok': True, 'members': len(members), 'scenario': scenario,
              'formed_ms': (formed - start) * 1000, 'heal_ms': (healed_at - fault) * 1000}
    if dead_at is not None:
        result['dead_seen_ms'] = (dead_at - fault) * 1000
    return result


def ring_circuit(path, count, drop, seed):
    """An N-member ring circuit on free ports, each wire dropping `drop` of its messages."""
    nodes, wires = [], []
    for i, port in enumerate(free_ports(count)):
        nodes.append({'name': 'm{}'.format(i), 'kind': 'ring', 'host': '127.0.0.1',
                      'port': port, 'params': {'key': KEY_SPACE // count * i}})
    for i in range(count):
        wire = {'id': i + 1, 'from': 'm{}'.format(i), 'to': 'm{}'.format((i + 1) % count)}
        if drop:
            wire['faults'] = {'message': {'drop': drop}}
        wires.append(wire)
    circuit = {'format': 'wirebench-circuit', 'version': 2, 'title': 'lossy ring',
               'nodes': nodes, 'wires': wires, 'seed': seed}
    with open(path, 'w') as f:
        json.dump(circuit, f)
    return circuit


DEAD = re.compile(r'^\[ (\S+) \] (ws://\S+) is dead')
SUSPECT = re.compile(r'^\[ (\S+) \] suspect (ws://\S+)')


def false_deaths(node, seconds, count=8, drop=0.05, seed=1):
    """`wirebench-node run` of a lossy ring for `seconds`; counts the deaths it declares."""
    with tempfile.TemporaryDirectory(prefix='wirebench-ring-') as workdir:
        path = os.path.join(workdir, 'lossy-ring.json')
        circuit = ring_circuit(path, count, drop, seed)
        log = os.path.join(workdir, 'run.log')
        with open(log, 'w') as out:
            process = subprocess.Popen([node, 'run', path], stdin=subprocess.DEVNULL,
                                       stdout=out, stderr=subprocess.STDOUT)
        try:
            time.sleep(seconds)
            whole = asyncio.run(poll_ring(circuit))
        finally:
            stop(process)
        with open(log) as f:
            lines = f.read().splitlines()
    deaths = [line for line in lines if DEAD.match(line)]
    suspects = [line for line in lines if SUSPECT.match(line)]
    return {'ok': True, 'seconds': seconds, 'members': count, 'drop': drop,
            'false_deaths': len(deaths), 'suspicions': len(suspects),
            'whole_at_end': whole, 'deaths': deaths[:5]}


async def poll_ring(circuit):
    class Node:
        def __init__(self, spec):
            self.name = spec['name']
            self.port = spec['port']
            self.key = spec['params']['key']
            self.addr = address(self.port)
            self.alive = True
    members = [Node(spec) for spec in circuit['nodes']]
    asker = Asker()
    try:
        return healed(members, await poll(asker, members))
    finally:
        asker.close()


def main():
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--node', required=True, help='the wirebench-node executable')
    parser.add_argument('--members', type=int, default=8)
    sub = parser.add_subparsers(dest='what', required=True)
    h = sub.add_parser('heal', help='time from a fault to a healed ring')
    h.add_argument('scenario', choices=('kill', 'stop', 'adjacent'))
    f = sub.add_parser('false-deaths', help='deaths declared in a lossy ring')
    f.add_argument('--seconds', type=float, default=120)
    f.add_argument('--drop', type=float, default=0.05)
    args = parser.parse_args()
    try:
        if args.what == 'heal':
            result = heal(args.node, args.scenario, args.members)
        else:
            result = false_deaths(args.node, args.seconds, args.members, args.drop)
    except RingFailure as e:
        result = {'ok': False, 'error': str(e)}
    print(json.dumps(result))
    return 0 if result.get('ok') else 1


if __name__ == '__main__':
    raise SystemExit(main())
