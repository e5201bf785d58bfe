// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits article text into sentences with exact offsets. Every line break ends
// a sentence (copied news text has one paragraph per line); within a line,
// sentence-final punctuation ends one unless it closes an abbreviation
// ("U.S.", "Mr.", "Gen.") or an initial ("J. R. Smith").
#include "textrange.h"

#include <QList>
#include <QString>

QList<TextRange> splitSentences(const QString &text);

// True if the word ending with '.' at text[end-1] is an abbreviation or an initial
// rather than the end of a sentence.
bool isAbbreviationAt(const QString &text, qsizetype dotPos);
