#pragma once
// A word-level diff of two short texts (two versions of a quotation, say): the
// stretches of each that the other does not have, by longest common subsequence
// of their words compared case-insensitively.
#include "textrange.h"

#include <QList>
#include <QString>

struct WordDiff
{
    QList<TextRange> removed; // ranges of `from` missing from `to`
    QList<TextRange> added;   // ranges of `to` missing from `from`
};

WordDiff wordDiff(const QString &from, const QString &to);
