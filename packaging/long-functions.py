#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the C++ functions longer than a limit (150 lines by default) in the given folders
(default: the engine, app/), longest first, as FILE:LINE  LINES  NAME. Exits 1 when it
lists any. A brace-matching scan, not a parser: comments, strings and character literals
are blanked first; a function is a brace block at namespace or class level whose opening
is preceded by a parameter list; lambdas and blocks inside it count towards it.
  packaging/long-functions.py [--max N] [--skip FOLDER]... [FOLDER|FILE]...
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# A class's access specifier on a line of its own (public:, private Q_SLOTS:, Q_SIGNALS:).
ACCESS = re.compile(r'^\s*(public|protected|private|signals|Q_SIGNALS)\b[^:]*:\s*$')


def blank(text):
    """The text with comments, string and character literals replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            end = text.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c in '"\'':
            # A digit separator (1'000) is not a literal.
            if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum():
                out.append(' ')
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(c + ' ' * (min(j, n) - i - 1) + (c if j < n else ''))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def kind_of(signature):
    """What a brace at namespace or class level opens: 'namespace', 'class', 'function' or 'other'."""
    sig = re.sub(r'^\s*#.*$', '', signature, flags=re.M)  # preprocessor lines
    sig = re.sub(r'\b(public|protected|private|signals|Q_SIGNALS|public Q_SLOTS|private Q_SLOTS)\s*:(?!:)', ' ', sig).strip()
    if re.match(r'^(inline\s+)?namespace\b', sig) or sig.startswith('extern "C"') or sig.startswith('extern  '):
        return 'namespace'
    if re.match(r'^(template\s*<.*>\s*)?(class|struct|union)\b', sig, re.S) and '(' not in sig.split(':')[0]:
        return 'class'
    if re.match(r'^enum\b', sig) or sig.endswith('=') or '=' in sig.split('(')[0]:
        return 'other'
    if '(' in sig:
        return 'function'
    return 'other'


def functions(path):
    text = blank(path.read_text(encoding='utf-8', errors='replace'))
    stack = []  # (kind, start line, name)
    sig_start = 0
    line = 1
    found = []
    for i, c in enumerate(text):
        if c == '\n':
            line += 1
        elif c == ';':
            if not stack or stack[-1][0] in ('namespace', 'class'):
                sig_start = i + 1
        elif c == '{':
            if not stack or stack[-1][0] in ('namespace', 'class'):
                signature = text[sig_start:i]
                kind = kind_of(signature)
                # The line the signature starts on, after blank and preprocessor lines.
                rows = signature.split('\n')
                while len(rows) > 1 and (not rows[0].strip() or rows[0].lstrip().startswith('#') or ACCESS.match(rows[0])):
                    rows.pop(0)
                first = line - (len(rows) - 1)
                name = re.sub(r'\s+', ' ', signature.strip().split('(')[0]).split(' ')[-1] if kind == 'function' else ''
                stack.append((kind, first, name))
                sig_start = i + 1
            else:
                stack.append(('other', line, ''))
        elif c == '}':
            if stack:
                kind, first, name = stack.pop()
                if kind == 'function':
                    found.append((line - first + 1, first, name))
            if not stack or stack[-1][0] in ('namespace', 'class'):
                sig_start = i + 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('paths', nargs='*', default=['app'])
    parser.add_argument('--max', type=int, default=150)
    parser.add_argument('--skip', action='append', default=[], help='a folder left out (repeatable)')
    args = parser.parse_args()
    files = []
    for p in args.paths:
        p = (ROOT / p) if not pathlib.Path(p).is_absolute() else pathlib.Path(p)
        files += [p] if p.is_file() else sorted(p.rglob('*.cpp')) + sorted(p.rglob('*.h'))
    skips = [(ROOT / s).resolve() for s in args.skip]
    long_ones = []
    for f in files:
        if any(s in f.resolve().parents for s in skips):
            continue
        for lines, first, name in functions(f):
            if lines > args.max:
                shown = f.resolve().relative_to(ROOT) if ROOT in f.resolve().parents else f
                long_ones.append((lines, shown, first, name))
    for lines, f, first, name in sorted(long_ones, reverse=True):
        print(f'{f}:{first}  {lines}  {name}')
    return 1 if long_ones else 0


if __name__ == '__main__':
    sys.exit(main())
