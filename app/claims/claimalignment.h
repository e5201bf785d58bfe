// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plain structs that the stages of claim alignment hand to each other:
//   units (clauses and whole sentences) -> features and term weights -> candidate
//   pairs judged same / conflict / neither -> restatements within an article ->
//   clusters -> the claim list (claimaligner.cpp).
#include "claimconflicts.h"
#include "claimunits.h"

#include <QList>

// Stage 1: the units compared. A sentence cut into clauses is also a unit whole.
struct AlignmentUnits
{
    QList<ClaimUnit> units;
    QList<bool> wholeSentence; // parallel to units: a whole sentence added beside its clauses
    QList<bool> headline;      // parallel to units: the article's headline
};

// Stage 2: every unit's features, corpus-wide term ids and their rarity.
struct TermTable
{
    QList<ClaimUnitData> data;    // parallel to the units
    QList<int> documentFrequency; // by term id
    QList<float> weights;         // by term id: log inverse unit frequency
    int cap = 0;                  // terms in more units than this find no candidates
    MatchSettings match;          // from ClaimTuning
    bool findsCandidates(quint32 id) const { return documentFrequency[id] >= 2 && documentFrequency[id] <= cap; }
};

// Two units from different articles that state one fact, with the stretch of each that states it.
struct Pair
{
    int left = -1;
    int right = -1;
    float similarity = 0;
    TextRange leftSpan;
    TextRange rightSpan;
};

// Two units compared in full, and how alike they are.
struct Alike
{
    int left = -1;
    int right = -1;
    float similarity = 0;
};

struct FoundConflict
{
    int left = -1; // unit indices
    int right = -1;
    ClaimConflict conflict;
    float similarity = 0;
};

// Stage 3: what the full comparison of the candidate pairs found.
struct PairJudgements
{
    QList<Pair> links;     // one fact
    QList<Alike> compared; // compared, no conflict, somewhat alike
    QList<FoundConflict> conflicts;
    // Pairs only the pair model (pairscore.h) calls one fact, its probability as similarity:
    // links when each is the other's likeliest in its article (keepMutualBest).
    struct Likely
    {
        Alike pair;
        float probability = 0;
    };
    QList<Likely> likely;
    // Pairs that state one fact with a differing detail but are less alike than a link needs:
    // links when their conflict is kept (linkKeptConflicts).
    QList<Pair> detailConflicts;
};

// One shared claim being built: a span per unit, at most one unit per article.
struct Cluster
{
    QList<int> units;
    QList<TextRange> spans;
    bool alive = true;
};

inline quint64 pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}
