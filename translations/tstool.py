#!/usr/bin/env python3
"""Fill a Qt Linguist catalogue from a table, and back (docs/translations.md).

For translators who prefer a text editor or a spreadsheet to Qt Linguist:

    tstool.py export translations/wirebench_fr.ts > fr.tsv          # what is still unfinished
    tstool.py export --all translations/wirebench_fr.ts > fr.tsv    # every message
    tstool.py import translations/wirebench_fr.ts fr.tsv            # write the translations in
    tstool.py stats translations/wirebench_*.ts                     # how far each one is

The table has one message a line, three columns separated by a tab: the context (the class),
the English source and the translation. A line break inside a text is written \\n, a tab \\t
and a backslash \\\\. A message with a count (%n) has its plural forms separated by " || ",
in the order of the language's forms (German, French, Spanish: singular, then plural).
An empty translation leaves the message unfinished; a filled one marks it finished. Lines
starting with # are comments.

The .ts file is edited in place, line by line, so that it stays as lupdate writes it and a
merge of two translators' work touches only their messages. Only Debian's python3 is needed.
"""

import argparse
import html
import re
import sys

MESSAGE = re.compile(r'(?P<open>[ \t]*<message(?P<attrs>[^>]*)>\n)(?P<body>.*?)(?P<close>[ \t]*</message>\n)',
                     re.S)
CONTEXT = re.compile(r'<context>\s*<name>(?P<name>[^<]*)</name>(?P<body>.*?)</context>', re.S)
SOURCE = re.compile(r'<source>(?P<text>.*?)</source>', re.S)
TRANSLATION = re.compile(r'(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)',
                         re.S)
NUMERUS = re.compile(r'<numerusform>(.*?)</numerusform>', re.S)
SEPARATOR = ' || '


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def to_cell(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def from_cell(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(text[i + 1], '\\' + text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def messages(ts):
    """Yields (context, source, numerus, forms, state, message match) for every message."""
    for context in CONTEXT.finditer(ts):
        name = unescape(context.group('name'))
        for m in MESSAGE.finditer(context.group('body')):
            body = m.group('body')
            source = unescape(SOURCE.search(body).group('text'))
            t = TRANSLATION.search(body)
            numerus = 'numerus="yes"' in m.group('attrs')
            state = ''
            forms = []
            if t:
                kind = re.search(r'type="([^"]*)"', t.group('attrs'))
                state = kind.group(1) if kind else 'finished'
                text = t.group('text') or ''
                forms = [unescape(f) for f in NUMERUS.findall(text)] if numerus else [unescape(text)]
            yield name, source, numerus, forms, state


def stats(ts):
    total = finished = 0
    for _, _, _, _, state in messages(ts):
        if state in ('vanished', 'obsolete'):
            continue
        total += 1
        finished += state == 'finished'
    return total, finished


def do_export(args):
    ts = open(args.file, encoding='utf-8').read()
    out = sys.stdout
    out.write('# context\tsource\ttranslation\n')
    for context, source, numerus, forms, state in messages(ts):
        if state in ('vanished', 'obsolete') or (state == 'finished' and not args.all):
            continue
        translation = SEPARATOR.join(forms) if any(forms) else ''
        out.write('\t'.join(to_cell(x) for x in (context, source, translation)) + '\n')
    return 0


def do_import(args):
    table = {}
    with open(args.table, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cells = line.split('\t')
            if len(cells) != 3:
                print('{}:{}: expected 3 columns separated by tabs, found {}'.format(
                    args.table, number, len(cells)), file=sys.stderr)
                return 1
            table[(from_cell(cells[0]), from_cell(cells[1]))] = from_cell(cells[2])
    ts = open(args.file, encoding='utf-8').read()
    used = set()
    filled = 0

    def fill_context(context):
        nonlocal filled
        name = unescape(context.group('name'))

        def fill_message(m):
            nonlocal filled
            body = m.group('body')
            key = (name, unescape(SOURCE.search(body).group('text')))
            if key not in table:
                return m.group(0)
            used.add(key)
            text = table[key]
            numerus = 'numerus="yes"' in m.group('attrs')
            t = TRANSLATION.search(body)
            indent = t.group('indent')
            if numerus:
                forms = text.split(SEPARATOR) if text else ['', '']
                inner = '\n' + ''.join('{}    <numerusform>{}</numerusform>\n'.format(indent, escape(f))
                                       for f in forms) + indent
            else:
                inner = escape(text)
            attrs = '' if text else ' type="unfinished"'
            filled += bool(text)
            new = '{}<translation{}>{}</translation>'.format(indent, attrs, inner)
            return m.group('open') + body[:t.start()] + new + body[t.end():] + m.group('close')

        inner = MESSAGE.sub(fill_message, context.group('body'))
        start = context.start('body') - context.start()
        end = context.end('body') - context.start()
        return context.group(0)[:start] + inner + context.group(0)[end:]

    ts = CONTEXT.sub(fill_context, ts)
    with open(args.file, 'w', encoding='utf-8') as f:
        f.write(ts)
    unknown = [k for k in table if k not in used]
    for context, source in unknown:
        print('not in {}: {} / {}'.format(args.file, context, to_cell(source)), file=sys.stderr)
    total, finished = stats(ts)
    print('{}: {} translations written, {} of {} finished ({:.1f} %), {} unknown'.format(
        args.file, filled, finished, total, 100.0 * finished / max(total, 1), len(unknown)))
    return 0


def do_stats(args):
    for name in args.files:
        total, finished = stats(open(name, encoding='utf-8').read())
        print('{}: {} of {} finished ({:.1f} %)'.format(name, finished, total,
                                                       100.0 * finished / max(total, 1)))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = parser.add_subparsers(dest='command', required=True)
    export = sub.add_parser('export', help='write the unfinished messages (or --all) as a table')
    export.add_argument('--all', action='store_true')
    export.add_argument('file')
    export.set_defaults(run=do_export)
    imp = sub.add_parser('import', help='write a table\'s translations into the catalogue')
    imp.add_argument('file')
    imp.add_argument('table')
    imp.set_defaults(run=do_import)
    st = sub.add_parser('stats', help='how many messages each catalogue has finished')
    st.add_argument('files', nargs='+')
    st.set_defaults(run=do_stats)
    args = parser.parse_args()
    return args.run(args)


if __name__ == '__main__':
    sys.exit(main())
