// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "membernames.h"

#include <QStringList>

bool namesMembersOf(const QString &plural, const QString &body)
{
    constexpr qsizetype kLeast = 4; // letters of a member's word: "greens" opens "green party"
    QStringList members = plural.split(u' ', Qt::SkipEmptyParts);
    if (members.isEmpty() || !members.last().endsWith(u's') || members.last().endsWith(u"ss"))
        return false;
    members.last().chop(1);
    const QStringList named = body.split(u' ', Qt::SkipEmptyParts);
    if (named.size() <= members.size())
        return false;
    for (qsizetype start = 0; start + members.size() <= named.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; k < members.size() && all; ++k)
            all = members.at(k).size() >= kLeast && named.at(start + k).startsWith(members.at(k));
        if (all)
            return true;
    }
    return false;
}
