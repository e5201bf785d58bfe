// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How likely two units of different articles are to state one fact, from general features
// of their match (how much and what kind of weight they share, where each stands in its
// article), weighed by a logistic model. The thresholds on similarity alone leave two
// paraphrases that share a figure and a name but few words apart; the model weighs the
// evidence together. Its weights are in ClaimTuning::pairScore, fitted by
// tests/bench/fit_pair_score.py on the gold of every corpus (leave-one-corpus-out checked).
#include "claimsimilarity.h"

struct PairScoreWeights;

struct PairScoreInputs
{
    double similarity = 0;      // ClaimPairMatch::similarity
    double localSimilarity = 0; // of the densest stretch with PairScoreWeights::localWeight in common
    double matchedWeight = 0;
    int contentMatches = 0;     // informative words in common
    int numberMatches = 0;      // numbers and times of day in common
    int synonymMatches = 0;     // words matched through WordNet rather than as written
    int dateMatches = 0;        // date terms in common (a day also counts as its month and year)
    bool wholeSentence = false; // either unit is a whole sentence beside its clauses
    double positionGap = 0;     // how far apart the two stand in their articles (0..1 of each text)
};

// The inputs of `match` (which findLocalMatch has not filled yet); where the units stand is
// the caller's to say: whether either is a whole sentence, and how far apart they are.
PairScoreInputs pairScoreInputs(const ClaimUnitData &left, const ClaimUnitData &right, const QList<float> &weights,
                                const ClaimPairMatch &match, const PairScoreWeights &model, bool wholeSentence, double positionGap);

// 0..1: the model's probability that the two units state one fact.
double sameFactProbability(const PairScoreInputs &inputs, const PairScoreWeights &model);
