// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A word-level diff of two texts (two versions of a claim, say): the stretches
// of each that the other does not have, by the shortest edit script (dtl) over
// their words and punctuation compared case-insensitively. Quotations are
// compared by quotediff, which also decides whether two are one statement.
#include "textrange.h"

#include <QList>
#include <QString>

struct WordDiff
{
    QList<TextRange> removed; // ranges of `from` missing from `to`
    QList<TextRange> added;   // ranges of `to` missing from `from`
};

WordDiff wordDiff(const QString &from, const QString &to);
