// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Figures an article takes back. A live blog or an amended story keeps its earlier figure in
// the text and says so: "Correction: at 10:15 we reported that police put the march at 21,000
// people. The police figure is 12,000." or "An earlier version of this article said 12 people
// died." The figure taken back is no version of the fact to set against another outlet's, nor
// to agree with.
#include "claimalignment.h"

#include <QHash>
#include <QSet>

// Whether a sentence says the article got something wrong before: it opens with "Correction"
// or "Clarification", speaks of "an earlier version of this" story, or of what was "wrongly" or
// "incorrectly" reported.
bool takesBack(QStringView sentence);

struct Retractions
{
    QSet<int> units;                   // the correction's own units, and those that give a figure it names
    QHash<int, QList<double>> figures; // by article: the figures its corrections name
};

// Units that state a figure their own article takes back: the correction's own units, and every
// unit of that article that gives one of the figures the correction names.
Retractions findRetractions(const Corpus &corpus, const QList<ClaimUnit> &units, const TermTable &table);

// Drops the conflicts and links in which a unit sets a figure its article took back against
// another unit: a conflict with a retracted unit; a link whose other unit gives a figure taken back.
void dropRetracted(PairJudgements &judged, const Retractions &retractions, const QList<ClaimUnit> &units, const TermTable &table);
