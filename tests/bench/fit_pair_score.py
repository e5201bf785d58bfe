#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fits the pair model of app/claims/pairscore.h (ClaimTuning::pairScore) by logistic
regression on the rows that `gold_pairs CORPUS GOLD --features CSV` writes: one row per pair
of units from two articles with something in common, labelled by whether the gold states
them as one fact. Standard library only.

  fit_pair_score.py CSV [--leave-out CORPUS] [--tuning]

Prints the weights as C++ (for claimtuning.h) or, with --tuning, as a PARALLAX_CLAIM_TUNING
string, so that a fit on the other corpora can be checked on the one left out
(tests/bench/pair_score_loo.sh)."""
import csv
import math
import sys

# The columns gold_pairs writes after corpus, gold and linked.
COLUMNS = ['similarity', 'containment', 'localSimilarity', 'localWeight', 'matchedWeight', 'contentMatches',
           'anchorMatches', 'nameMatches', 'numberMatches', 'dateMatches', 'synonymMatches', 'extraNumbers',
           'termsMin', 'termsMax', 'headline', 'wholeSentence', 'positionGap', 'substantial', 'rank',
           'bothHeadlines']


def model_inputs(d):
    """The inputs of sameFactProbability(), in the order of FEATURES (caps as there)."""
    return [d['similarity'], d['localSimilarity'], math.log1p(d['matchedWeight']), min(d['contentMatches'], 4),
            min(d['numberMatches'], 3), min(d['synonymMatches'], 3), min(d['dateMatches'], 2), d['wholeSentence'],
            d['positionGap']]


FEATURES = ['similarity', 'localSimilarity', 'logMatchedWeight', 'contentMatches', 'numberMatches',
            'synonymMatches', 'dateMatches', 'wholeSentence', 'positionGap']


def read_rows(path, leave_out):
    rows = []
    for r in csv.reader(open(path)):
        if r[0] == leave_out:
            continue
        d = dict(zip(COLUMNS, (float(v) for v in r[3:])))
        rows.append((model_inputs(d), int(r[1])))
    return rows


def fit(rows, epochs=400, rate=0.5, l2=1e-3):
    n = len(rows[0][0])
    mean = [sum(x[i] for x, _ in rows) / len(rows) for i in range(n)]
    sd = [max(1e-6, math.sqrt(sum((x[i] - mean[i]) ** 2 for x, _ in rows) / len(rows))) for i in range(n)]
    xs = [[(x[i] - mean[i]) / sd[i] for i in range(n)] for x, _ in rows]
    ys = [y for _, y in rows]
    w, b = [0.0] * n, 0.0
    for _ in range(epochs):
        gw, gb = [0.0] * n, 0.0
        for x, y in zip(xs, ys):
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            e = 1 / (1 + math.exp(-max(-30, min(30, z)))) - y
            gb += e
            for i in range(n):
                gw[i] += e * x[i]
        b -= rate * gb / len(xs)
        w = [wi - rate * (g / len(xs) + l2 * wi) for wi, g in zip(w, gw)]
    # back to the raw inputs, as the engine computes them
    raw = [wi / s for wi, s in zip(w, sd)]
    return b - sum(wi * m / s for wi, m, s in zip(w, mean, sd)), raw


def main():
    args = sys.argv[1:]
    leave_out = args[args.index('--leave-out') + 1] if '--leave-out' in args else None
    bias, weights = fit(read_rows(args[0], leave_out))
    if '--tuning' in args:
        print(','.join(['pairScore.bias=%.4f' % bias] + ['pairScore.%s=%.4f' % (f, w) for f, w in zip(FEATURES, weights)]))
    else:
        print('    double bias = %.4f;' % bias)
        for f, w in zip(FEATURES, weights):
            print('    double %s = %.4f;' % (f, w))


if __name__ == '__main__':
    main()
