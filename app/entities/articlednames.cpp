// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlednames.h"

namespace {

// The word that ends at `end` (exclusive), with only spaces between it and `end`: is it in lower case?
bool lowercaseWordBefore(const QString &text, qsizetype end)
{
    qsizetype p = end;
    while (p > 0 && text.at(p - 1) == u' ')
        --p;
    if (p == end || p == 0 || !text.at(p - 1).isLetter())
        return false;
    qsizetype start = p;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    return text.at(start).isLower();
}

} // namespace

void markArticledNames(const QString &text, QList<NameCandidate> &names)
{
    for (NameCandidate &c : names) {
        const qsizetype the = c.range.start - 4;
        if (the < 1 || QStringView(text).mid(the, 4) != u"The " || text.at(the - 1) != u' ')
            continue;
        if (!lowercaseWordBefore(text, the))
            continue;
        c.range.start = the;
        c.text = text.mid(c.range.start, c.range.length());
    }
}
