// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Restatements within one article: an article often states one fact twice (the
// lead and again in the body, or a headline), and the restatement is the same
// claim as its first statement.
#include "claimalignment.h"
#include "claimtuning.h"

#include <QSet>

struct Restatements
{
    QList<int> canonical; // per unit: the unit of its article that first states its fact (itself when none)
    QList<bool> headline; // per unit: the article's headline
    QList<bool> heading;  // per unit: a line of its own without final punctuation, or the title
    // A headline that no body sentence states in full stands for the article's report, not a statement of it.
    bool bareHeadline(int unit) const { return headline[unit] && heading[unit]; }
};

Restatements findRestatements(const Corpus &corpus, const AlignmentUnits &units, const TermTable &table, const ClaimTuning &tuning);

// Links moved to the first statements of their units (the most similar one kept
// per pair); links that touch a bare headline are dropped, their units added to `stated`.
QList<Pair> linksToFirstStatements(const QList<Pair> &links, const Restatements &restatements, const QList<ClaimUnit> &units,
                                   QSet<int> &stated);

// A headline or subheading: a line of its own without a sentence's final
// punctuation, or the article's title.
bool isHeading(const Article &article, const TextRange &sentence);
// The article's headline: its title, or the first line of its text.
bool isHeadline(const Article &article, const TextRange &sentence);
