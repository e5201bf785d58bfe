#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the tracked C++ sources against .clang-format: lists each file clang-format would
# change and exits 1 if any. --fix rewrites them instead. CLANG_FORMAT names the binary
# (default clang-format; the style was written for clang-format 19).
#   packaging/check-format.sh [--fix] [FILE...]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
clang_format=${CLANG_FORMAT:-clang-format}
command -v "$clang_format" >/dev/null || { echo "check-format: $clang_format not found (apt install clang-format)" >&2; exit 2; }
fix=0
if [ "${1:-}" = --fix ]; then fix=1; shift; fi
if [ $# -gt 0 ]; then
    files=("$@")
elif command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    # A build root without git: the same folders git tracks sources in.
    mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | sort)
fi
if [ $fix = 1 ]; then
    "$clang_format" --style=file -i "${files[@]}"
    exit $?
fi
status=0 changed=0
for f in "${files[@]}"; do
    if ! "$clang_format" --style=file --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "needs formatting: $f"
        changed=$((changed + 1))
        status=1
    fi
done
echo "check-format: ${#files[@]} files, $changed would change"
exit $status
