#!/usr/bin/env python3
"""The manual pages wirebench(1) and wirebench-node(1) against the programs themselves.

Every option that `--help` prints (the program's, and each wirebench-node command's that has a
help of its own) must be named in the page, and every option the page describes must still
exist; the page's EXIT STATUS must list exactly the exit codes that the helps name ("Exit
codes: 0 done, 1 ..."); and `man --warnings` (as lintian runs it) must render the page without
a message.
"""
import argparse
import os
import re
import subprocess
import sys

# wirebench-node's commands with a help of their own; the sketches print the main help.
NODE_COMMANDS = ["keyboard", "queue", "worker", "console", "script", "ring", "chart", "lesson",
                 "export-python"]

OPTION_LINE = re.compile(r"^  (?:(-\w), )?(--[A-Za-z][\w-]*)")


def run_help(argv):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=30,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {result.returncode}: {result.stderr}")
    return result.stdout


def help_options(text):
    """Options as Qt's QCommandLineParser prints them: two spaces, then -x, --long or --long."""
    options = set()
    for line in text.splitlines():
        match = OPTION_LINE.match(line)
        if match:
            options.update(name for name in match.groups() if name)
    return options


def help_exit_codes(text):
    """The numbers of "Exit codes: 0 done, 1 bad command line, ..." (to the paragraph's end)."""
    codes = set()
    for match in re.finditer(r"Exit codes:(.*?)(?:\n\s*\n|\Z)", text, re.S):
        codes.update(int(n) for n in re.findall(r"(?:^|[,:])\s*(\d+)\s", match.group(1)))
    return codes


def plain(troff):
    """The page's source without font changes and escapes: \\- is -, \\fB is nothing."""
    text = re.sub(r"\\f[BIRP]", "", troff)
    text = text.replace("\\-", "-").replace("\\&", "").replace("\\c", "")
    return text


def page_sections(troff):
    sections, name = {}, None
    for line in troff.splitlines():
        if line.startswith(".SH "):
            name = line[4:].strip().strip('"')
            sections[name] = []
        elif name:
            sections[name].append(line)
    return sections


def page_described_options(troff):
    """Options that head a .TP paragraph (the option's own description) in OPTIONS."""
    lines = page_sections(troff).get("OPTIONS", [])
    options = set()
    for previous, line in zip(lines, lines[1:]):
        if previous.strip() == ".TP" and line.startswith((".B", ".I")):
            first = plain(line).split()[1:2]
            if first and first[0].startswith("-"):
                options.update(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", plain(line)))
    return options


def page_exit_codes(troff):
    lines = page_sections(troff).get("EXIT STATUS", [])
    return {int(line.split()[1]) for previous, line in zip(lines, lines[1:])
            if previous.strip() == ".TP" and re.fullmatch(r"\.B \d+", line.strip())}


def names(page_text, option):
    return re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", page_text) is not None


def render_warnings(page):
    env = dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80")
    result = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page],
                            capture_output=True, text=True, env=env, timeout=30)
    return result.returncode, result.stderr.strip()


def check(program, page, helps, problems):
    with open(page, encoding="utf-8") as f:
        troff = f.read()
    text = plain(troff)
    printed, codes = set(), set()
    for argv in helps:
        out = run_help([program] + argv)
        options = help_options(out)
        if not options:
            problems.append(f"{' '.join(argv)}: no option found in the help (format changed?)")
        for option in sorted(options):
            if not names(text, option):
                problems.append(f"{page}: does not name {option} ({' '.join(argv)})")
        printed |= options
        codes |= help_exit_codes(out)
    for option in sorted(page_described_options(troff) - printed):
        problems.append(f"{page}: describes {option}, which no --help prints any more")
    documented = page_exit_codes(troff)
    for code in sorted(codes - documented):
        problems.append(f"{page}: EXIT STATUS misses {code}, which a --help names")
    for code in sorted(documented - codes):
        problems.append(f"{page}: EXIT STATUS lists {code}, which no --help names")
    rc, warnings = render_warnings(page)
    if rc != 0 or warnings:
        problems.append(f"{page}: man --warnings says ({rc}): {warnings}")
    return len(printed), len(documented)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--node", required=True)
    parser.add_argument("--node-page", required=True)
    parser.add_argument("--gui")
    parser.add_argument("--gui-page")
    args = parser.parse_args()
    problems = []
    options, codes = check(args.node, args.node_page,
                           [["--help"]] + [[c, "--help"] for c in NODE_COMMANDS], problems)
    print(f"wirebench-node(1): {options} options, {codes} exit codes checked")
    if args.gui:
        options, codes = check(args.gui, args.gui_page, [["--help"]], problems)
        print(f"wirebench(1): {options} options, {codes} exit codes checked")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
