#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shows whether two builds of parallax analyse every corpus byte for byte alike:
# the default corpus, every corpus in tests/data and a generated story. For
# changes that must not change output (moves, refactors, speed-ups).
#   tests/bench/same_output.sh OLD_PARALLAX NEW_PARALLAX [GENERATE_CORPUS]
# GENERATE_CORPUS is a build's tests/bench/generate_corpus (adds 200 generated articles).
# Exit 0 when all are identical, 1 otherwise. Run it where the binaries run
# (packaging/env.sh on a host without the dependencies).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
[ $# -ge 2 ] || { echo "usage: $0 OLD_PARALLAX NEW_PARALLAX [GENERATE_CORPUS]" >&2; exit 2; }
old=$1 new=$2 generator=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora=(corpus/putin-xi-2024)
for gold in tests/data/*.gold.json; do corpora+=("${gold%.gold.json}"); done
if [ -n "$generator" ]; then
    "$generator" 200 "$work/generated" >/dev/null && corpora+=("$work/generated")
fi
status=0
for corpus in "${corpora[@]}"; do
    "$old" analyze "$corpus" --json "$work/old.json" >/dev/null 2>&1 || { echo "FAILED (old build): $corpus"; status=1; continue; }
    "$new" analyze "$corpus" --json "$work/new.json" >/dev/null 2>&1 || { echo "FAILED (new build): $corpus"; status=1; continue; }
    if cmp -s "$work/old.json" "$work/new.json"; then
        echo "identical: $corpus ($(sha256sum < "$work/new.json" | cut -c1-16))"
    else
        echo "DIFFERENT: $corpus"
        status=1
    fi
done
exit $status
