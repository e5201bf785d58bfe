// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Quotations that two outlets render differently: the quoted stretches of every
// sentence, paired across articles by word trigrams in common, and compared word by word.
#include "claimunits.h"
#include "quotediff.h"

struct Quotation
{
    int article = -1;
    TextRange range;
    TextRange sentence;
};

struct QuotePair
{
    Quotation left;
    Quotation right;
    QuoteComparison comparison;
};

// Pairs of one quotation rendered differently; trigrams held by more than `cap` quotations are skipped.
// Two renderings with a name in common outside the quotation marks (the speaker's) are one
// statement when `namedShare` of their shared stretch's words are common (compareQuotes).
QList<QuotePair> differentlyQuoted(const Corpus &corpus, const QList<ClaimUnit> &units, int cap, double namedShare);
