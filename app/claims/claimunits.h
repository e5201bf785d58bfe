// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Claim units: the stretches of text a claim is made of. A sentence is one
// unit unless it carries two facts joined at clause level ("...; ..." or
// "..., and they ..."), in which case each clause is one. Clutter sentences
// and fragments too short to state a fact are left out.
#include "analysis.h"

struct ClaimUnit
{
    int article = -1;
    TextRange range;    // the clause, trimmed
    TextRange sentence; // the whole sentence it belongs to (attribution often sits in another clause)
};

QList<ClaimUnit> claimUnits(const Corpus &corpus, const QList<QList<Sentence>> &sentences);

// The clauses of one sentence, trimmed; the sentence itself when it has one clause.
QList<TextRange> splitClauses(const QString &text, const TextRange &sentence);
