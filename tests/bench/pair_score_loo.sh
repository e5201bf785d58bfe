#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The pair model checked on corpora it was not fitted on: for each corpus with a gold, fit
# ClaimTuning::pairScore on the pairs of all the others (fit_pair_score.py --leave-out) and
# print that corpus's claims_crossval row with those weights. Run from the build's
# tests/bench folder, inside the build root:
#   packaging/env.sh bash -c 'cd build/ci/tests/bench && ../../../../tests/bench/pair_score_loo.sh [LINK]'
# LINK is ClaimTuning::pairScoreLink for the run (the model is off by default).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
pairs=$(mktemp)
trap 'rm -f "$pairs"' EXIT
PARALLAX_CLAIM_TUNING= ./gold_pairs "$repo/corpus/putin-xi-2024" "$repo/../shared/eval/seed-gold.json" --features "$pairs" >/dev/null
for gold in "$repo"/tests/data/*.gold.json; do
    PARALLAX_CLAIM_TUNING= ./gold_pairs "${gold%.gold.json}" "$gold" --features "$pairs" >/dev/null
done
for corpus in $(cut -d, -f1 "$pairs" | sort -u); do
    tuning=$(python3 "$here/fit_pair_score.py" "$pairs" --leave-out "$corpus" --tuning)
    PARALLAX_CLAIM_TUNING="$tuning${1:+,pairScoreLink=$1}" ./claims_crossval | grep -E "^(corpus |$corpus)" | grep -v "^corpus " || true
done
