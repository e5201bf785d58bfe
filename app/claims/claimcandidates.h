// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The first stages of claim alignment: the units compared, their features and
// term weights, and the candidate pairs judged in full (one fact, a conflict, or
// neither).
#include "claimalignment.h"
#include "claimtuning.h"

#include <functional>

AlignmentUnits alignmentUnits(const Corpus &corpus, const QList<QList<Sentence>> &sentences);

// Entity and date mentions of every article, sorted by start. When the
// extraction found no dates at all, dates are read from the text directly.
QList<QList<UnitMention>> mentionsByArticle(const Corpus &corpus, const QList<Entity> &entities);

// Features of every unit (in parallel), corpus-wide term ids and weights.
TermTable termTable(const Corpus &corpus, const QList<ClaimUnit> &units, const QList<QList<UnitMention>> &mentions,
                    const ClaimTuning &tuning);

// Each article's nouns counted with one value (soleCountedNouns, for ConflictSide::soleCounts),
// from its units but the whole sentences (their clauses hold the same figures).
QList<QSet<QString>> soleCountsByArticle(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table, const ClaimTuning &tuning);

// Compares each unit in full with its best candidates from other articles.
// Returns nothing useful when `isCanceled` turns true.
PairJudgements judgePairs(const Corpus &corpus, const AlignmentUnits &units, const TermTable &table,
                          const QHash<QString, const Entity *> &entityById, const ClaimTuning &tuning,
                          const std::function<bool()> &isCanceled);

// Turns into links the pairs only the pair model finds likely (PairJudgements::likely) where each
// unit is the other's likeliest match in the other's article and neither is linked there already.
void keepMutualBest(const AlignmentUnits &au, PairJudgements &judged);

// Keeps each unit's closest conflicts (at most tuning.conflictsPerUnit), sorted by units;
// returns every unit that some conflict names, kept or not.
QSet<int> limitConflicts(QList<FoundConflict> &conflicts, const ClaimTuning &tuning);

// One fact told with a differing detail is a fact both report: the pairs of the kept conflicts
// that are less alike than a link needs (PairJudgements::detailConflicts) become links.
void linkKeptConflicts(PairJudgements &judged);
