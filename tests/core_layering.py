#!/usr/bin/env python3
"""core/ must stay headless: no Qt Gui, Widgets or Multimedia (CTest: core_layering).

Why: wirebench-node runs core/ on servers without a display, and core/CMakeLists.txt links only
Qt Core, Network, WebSockets and Qml. A Gui header slipping into core/ would compile in the normal
build (the GUI build has those include paths around) and break only the headless packaging,
late. This check fails at once instead, on either of two things:

- an `#include` in core/**/*.{h,cpp} of a header that Qt's QtGui, QtWidgets, QtMultimedia (or
  another module that needs a display) installs: `<QColor>`, `<qcolor.h>`, `<QtGui/QColor>`,
  `<QtWidgets>` ... The names are read from Qt's include folders, so no list goes stale;
- such a module in the link libraries of the wirebench_core target;
- an include of core/'s own sub-layers against their order (SUB_LAYERS, bottom-up): a file
  of one sub-layer includes its own and those below it, never one above it.

    core_layering.py --core DIR --qt-include-dirs 'D1|D2' [--link-libraries 'L1|L2']
    core_layering.py --self-test    # proves that the check catches `#include <QColor>`

Only Debian's python3 is needed. Exit 0: clean; 1: a violation (each listed); 77: Qt's Gui
headers were not found, so there is nothing to check against (CTest counts it as skipped).
"""

import argparse
import os
import re
import sys
import tempfile

# The modules that need a display (or pull in QtGui); their headers must not reach core/.
FORBIDDEN_MODULES = ('QtGui', 'QtWidgets', 'QtMultimedia', 'QtMultimediaWidgets', 'QtOpenGL',
                     'QtOpenGLWidgets', 'QtPrintSupport', 'QtSvg', 'QtSvgWidgets', 'QtQuick')
# What core/ links; a header these also install is never forbidden.
ALLOWED_MODULES = ('QtCore', 'QtNetwork', 'QtWebSockets', 'QtQml')
SKIPPED = 77
# core/'s sub-layers, bottom-up (core/CMakeLists.txt, docs/DESIGN.md).
SUB_LAYERS = ('document', 'net', 'runtime', 'recording', 'chart', 'replay', 'discovery', 'cli')

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]', re.M)
SOURCE_SUFFIXES = ('.h', '.hpp', '.cpp', '.cc')


def include_roots(dirs):
    """The folders holding Qt's module folders: each include dir and its parent (Qt6::Core
    names .../qt6/QtCore and .../qt6)."""
    roots = []
    for d in dirs:
        for candidate in (d, os.path.dirname(d.rstrip('/'))):
            if candidate and os.path.isdir(candidate) and candidate not in roots:
                roots.append(candidate)
    return roots


def module_headers(roots, modules):
    """Every header file name directly in one of the modules' include folders."""
    names = set()
    for root in roots:
        for module in modules:
            folder = os.path.join(root, module)
            if os.path.isdir(folder):
                names.update(n for n in os.listdir(folder)
                             if os.path.isfile(os.path.join(folder, n)))
    return names


def forbidden_headers(qt_include_dirs):
    """The names an include of core/ must not have; empty when no Gui headers were found."""
    roots = include_roots(qt_include_dirs)
    return module_headers(roots, FORBIDDEN_MODULES) - module_headers(roots, ALLOWED_MODULES)


def source_files(core):
    for folder, _, files in os.walk(core):
        for name in sorted(files):
            if name.endswith(SOURCE_SUFFIXES):
                yield os.path.join(folder, name)


def is_local(path, including_file, core):
    """A quoted include that names a file of ours (next to the includer, or under core/)."""
    return any(os.path.isfile(os.path.join(base, path))
               for base in (os.path.dirname(including_file), core))


def violations_in(core, forbidden):
    """(file, line, include) for every include of core/ that reaches a display module."""
    found = []
    for source in source_files(core):
        with open(source, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for match in INCLUDE.finditer(text):
            quote, path = match.group(1), match.group(2).strip()
            if quote == '"' and is_local(path, source, core):
                continue
            module = path.split('/')[0]
            if ((module in FORBIDDEN_MODULES and ('/' in path or module == path))
                    or ('/' not in path and path in forbidden)):
                line = text.count('\n', 0, match.start()) + 1
                found.append((os.path.relpath(source, os.path.dirname(core.rstrip('/'))), line,
                              match.group(0).strip()))
    return found


def order_violations(core):
    """(file, line, include, why) for every include of a sub-layer above the includer's."""
    found = []
    for source in source_files(core):
        relative = os.path.relpath(source, core)
        layer = relative.split(os.sep)[0]
        if layer not in SUB_LAYERS:
            continue
        with open(source, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for match in INCLUDE.finditer(text):
            quote, path = match.group(1), match.group(2).strip()
            target = path.split('/')[0]
            if quote != '"' or target not in SUB_LAYERS:
                continue
            if SUB_LAYERS.index(target) > SUB_LAYERS.index(layer):
                line = text.count('\n', 0, match.start()) + 1
                found.append(('core/' + relative.replace(os.sep, '/'), line,
                              match.group(0).strip(),
                              '{} is above {}'.format(target, layer)))
    return found


# Qt6::Gui, Qt::Widgets, Qt6::GuiPrivate, libQt6Multimedia.so.6 ... (not QtNetwork's names).
DISPLAY_LIBRARY = re.compile(r'Qt[56]?(?:::)?({})(?:Private)?(?![A-Za-z])'.format(
    '|'.join(sorted((m[2:] for m in FORBIDDEN_MODULES), key=len, reverse=True))))


def link_violations(libraries):
    """Libraries of a display module among the target's link libraries (each named once:
    PUBLIC ones are in both LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES)."""
    return list(dict.fromkeys(lib for lib in libraries if DISPLAY_LIBRARY.search(lib)))


def check(core, qt_include_dirs, libraries):
    """Prints every violation; returns the exit code."""
    forbidden = forbidden_headers(qt_include_dirs)
    if not forbidden:
        print('core_layering: no Qt Gui headers under {}: nothing to check against'.format(
            ', '.join(qt_include_dirs) or 'the given folders'))
        return SKIPPED
    problems = ['{}:{}: {} (a Qt display module; core/ must stay headless)'.format(*v)
                for v in violations_in(core, forbidden)]
    problems += ['wirebench_core links {} (core/ links Qt Core, Network and WebSockets only)'
                 .format(lib) for lib in link_violations(libraries)]
    problems += ['{}:{}: {} ({}: core/ reads bottom-up, {})'.format(*v, ' < '.join(SUB_LAYERS))
                 for v in order_violations(core)]
    for problem in problems:
        print(problem)
    print('core_layering: {} headers of {} forbidden, {} files checked, {} problem(s)'.format(
        len(forbidden), '/'.join(FORBIDDEN_MODULES[:3]), sum(1 for _ in source_files(core)),
        len(problems)))
    return 1 if problems else 0


def self_test(qt_include_dirs):
    """The check against a core/ with one bad include, a clean one and a bad link: proves it
    would fail, and that a quoted include of our own file of the same name does not."""
    with tempfile.TemporaryDirectory(prefix='core-layering-') as tmp:
        core = os.path.join(tmp, 'core')
        os.makedirs(os.path.join(core, 'sub'))
        with open(os.path.join(core, 'clean.h'), 'w') as f:
            f.write('#include <QObject>\n#include <QtNetwork/QTcpSocket>\n#include "sub/x.h"\n')
        with open(os.path.join(core, 'sub', 'x.h'), 'w') as f:
            f.write('#pragma once\n')
        clean = check(core, qt_include_dirs, ['Qt6::Core', 'Qt6::Network', 'Qt6::WebSockets'])
        if clean == SKIPPED:
            return SKIPPED
        with open(os.path.join(core, 'sub', 'bad.cpp'), 'w') as f:
            f.write('#include "x.h"\n#  include <QColor>\n#include <QtWidgets/qwidget.h>\n')
        bad_include = check(core, qt_include_dirs, [])
        os.remove(os.path.join(core, 'sub', 'bad.cpp'))
        bad_link = check(core, qt_include_dirs, ['Qt6::Core', 'Qt6::Gui'])
        # A document file that includes the runtime: the order is broken; the reverse is not.
        for layer in ('document', 'runtime'):
            os.makedirs(os.path.join(core, layer))
        with open(os.path.join(core, 'runtime', 'up.h'), 'w') as f:
            f.write('#include "document/down.h"\n')
        with open(os.path.join(core, 'document', 'down.h'), 'w') as f:
            f.write('#pragma once\n')
        downwards = check(core, qt_include_dirs, [])
        with open(os.path.join(core, 'document', 'down.h'), 'w') as f:
            f.write('#include "runtime/up.h"\n')
        upwards = check(core, qt_include_dirs, [])
    ok = (clean == 0 and bad_include == 1 and bad_link == 1 and downwards == 0
          and upwards == 1)
    print('core_layering self-test: {} (clean {}, bad include {}, bad link {}, downwards {}, '
          'upwards {})'.format('passed' if ok else 'FAILED', clean, bad_include, bad_link,
                               downwards, upwards))
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--core', help='the core/ folder')
    parser.add_argument('--qt-include-dirs', default='',
                        help="Qt6::Core's include folders, separated by '|'")
    parser.add_argument('--link-libraries', default='',
                        help="wirebench_core's link libraries, separated by '|'")
    parser.add_argument('--self-test', action='store_true')
    args = parser.parse_args()
    dirs = [d for d in re.split(r'[|;]', args.qt_include_dirs) if d]
    if args.self_test:
        return self_test(dirs)
    if not args.core:
        parser.error('--core is required')
    libraries = [lib for lib in re.split(r'[|;]', args.link_libraries) if lib]
    return check(os.path.abspath(args.core), dirs, libraries)


if __name__ == '__main__':
    sys.exit(main())
