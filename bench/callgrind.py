"""Instructions per tick under `valgrind --tool=callgrind`, for the report beside the wall-clock
ratios: `wirebench-node run` of the seed pipeline against the bare QWebSocket prototype
(bench/qtpipeline.cpp). Wall clock on a shared machine moves with the neighbours; an
instruction count does not, so this ratio is the one that says whether the product got
heavier. The method is bench/analysis.md's: (Ir of N ticks − Ir of 1 tick) / (N − 1), so that
start-up and shut-down cancel out.

Never fails the run: without valgrind, or past the time limit, the report says
"not measured" and why.
"""

import os
import re
import shutil
import subprocess

# callgrind is ~50× slower than the program alone: a few thousand ticks is ~10 s a run here.
DEFAULT_TICKS = 2001
TIMEOUT = 240  # seconds, for any one valgrind run


def total_instructions(path):
    """The Ir total of a callgrind output file ("summary:" or "totals:" line)."""
    with open(path) as f:
        text = f.read()
    match = re.search(r'^(?:summary|totals):\s+(\d+)', text, re.M)
    if not match:
        raise ValueError('no instruction total in ' + os.path.basename(path))
    return int(match.group(1))


def count(command, out_file, timeout, env=None):
    """Runs one command under callgrind; returns its instruction count (Ir). Output of the
    program itself goes to /dev/null (the node's log would otherwise be counted into a pipe
    we would have to drain)."""
    full = ['valgrind', '--tool=callgrind', '--callgrind-out-file=' + out_file] + command
    done = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=timeout, env=dict(os.environ, **env) if env else None)
    if done.returncode != 0:
        raise RuntimeError('{} exited {}: {}'.format(os.path.basename(command[0]),
                                                     done.returncode, done.stderr[-300:]))
    return total_instructions(out_file)


def per_tick(make_command, ticks, workdir, name, timeout, env=None):
    """Instructions per tick of one program: make_command(n) -> argv for an n-tick run."""
    many = count(make_command(ticks), os.path.join(workdir, name + '.many'), timeout, env)
    one = count(make_command(1), os.path.join(workdir, name + '.one'), timeout, env)
    return (many - one) / (ticks - 1)


def run_callgrind(node_command, bare_command, ticks=DEFAULT_TICKS, workdir='.',
                  timeout=TIMEOUT):
    """{'node': Ir/tick, 'bare': Ir/tick, 'ratio': node/bare, 'ticks': N}, or {'error': why}.

    node_command(n) and bare_command(n) build the two programs' argv for n ticks. The bare
    prototype runs with QT_NO_GLIB=1: wirebench-node picks Qt's Unix event loop itself, so
    that is the like-for-like ceiling (bench/analysis.md)."""
    if ticks < 2:
        return {'error': 'needs at least 2 ticks'}
    if not shutil.which('valgrind'):
        return {'error': 'valgrind is not installed'}
    try:
        node = per_tick(node_command, ticks, workdir, 'node', timeout)
        bare = per_tick(bare_command, ticks, workdir, 'bare', timeout, env={'QT_NO_GLIB': '1'})
    except subprocess.TimeoutExpired:
        return {'error': 'a callgrind run took over {} s'.format(timeout)}
    except (OSError, RuntimeError, ValueError) as e:
        return {'error': str(e).replace('\n', ' ')[:200]}
    if bare <= 0 or node <= 0:
        return {'error': 'no instructions per tick (node {:.0f}, bare {:.0f})'.format(node, bare)}
    return {'node': node, 'bare': bare, 'ratio': node / bare, 'ticks': ticks}
