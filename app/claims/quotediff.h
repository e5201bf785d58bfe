// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Quotations and how two outlets render the same one: finds the quoted
// stretches of a text and compares two renderings word by word (dtl).
#include "textrange.h"

#include <QList>
#include <QString>

// The stretches between quotation marks that open inside `within` (without the marks), of at
// least `minimumWords` words; one that closes in a later sentence of its paragraph runs on to its mark.
QList<TextRange> findQuotations(const QString &text, const TextRange &within, int minimumWords = 4);

struct QuoteComparison
{
    bool sameUtterance = false; // long enough in common to be one statement
    bool differs = false;       // words added, dropped or changed inside the shared stretch
    bool minor = false;         // ...and every one of them a function word ("the", "that", "had")
    int common = 0;             // words in common
    TextRange leftValue;        // each side's differing stretch, with its surrounding words
    TextRange rightValue;
    QString diff; // the shared stretch with "[-dropped]" and "[+added]" words, from left to right
};

// Two renderings are one utterance when at least `share` of the words of their shared stretch are common.
QuoteComparison compareQuotes(const QString &leftText, const TextRange &left, const QString &rightText, const TextRange &right,
                              double share = 0.7);
