// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "describednames.h"

#include "gazetteer.h"

#include <QRegularExpression>

namespace {

// "Orvik's harbour board, the " just before a name: the owner and the words in small letters.
const QRegularExpression &describedBefore()
{
    static const QRegularExpression re(QStringLiteral("(\\p{Lu}[\\p{L}\\-]*)['\u2019]s ((?:\\p{Ll}+ ){0,3}\\p{Ll}+), (?:the )?$"));
    return re;
}

// ", the old market square," just after a name: two to four words in small letters.
const QRegularExpression &describedAfter()
{
    static const QRegularExpression re(QStringLiteral("^, the ((?:\\p{Ll}+ ){1,3}\\p{Ll}+)[,;.]"));
    return re;
}

} // namespace

void markDescribedNames(const QString &text, QList<NameCandidate> &names)
{
    for (NameCandidate &c : names) {
        if (c.acronym || c.votes[0] > c.votes[1] + c.votes[2])
            continue;
        const qsizetype from = std::max<qsizetype>(0, c.range.start - 80);
        const QStringView before = QStringView(text).mid(from, c.range.start - from);
        if (const auto m = describedBefore().matchView(before); m.hasMatch()) {
            c.describedKey = Gazetteer::key(m.captured(1) + u' ' + m.captured(2));
            continue;
        }
        const QStringView after = QStringView(text).mid(c.range.end, 80);
        if (const auto m = describedAfter().matchView(after); m.hasMatch())
            c.describedKey = Gazetteer::key(m.captured(1));
    }
}

void markCalledNames(const QString &text, QList<NameCandidate> &names)
{
    static const QRegularExpression called(QStringLiteral("\\b(?:call|calls|called|nicknamed|known as) [\"\u201c]$"));
    for (qsizetype q = 1; q < names.size(); ++q) {
        const NameCandidate &quoted = names.at(q);
        const qsizetype from = std::max<qsizetype>(0, quoted.range.start - 20);
        const QStringView before = QStringView(text).mid(from, quoted.range.start - from);
        const QStringView after = QStringView(text).mid(quoted.range.end, 1);
        if (!called.matchView(before).hasMatch() || (after != u"\"" && after != u"\u201d"))
            continue;
        for (qsizetype p = q - 1; p >= 0; --p) {
            NameCandidate &person = names[p];
            const QStringView between = QStringView(text).mid(person.range.end, quoted.range.start - person.range.end);
            if (between.contains(u'.') || between.contains(u'\n'))
                break;
            const bool personal =
                person.fallbackPerson || (person.votes[0] > 0 && person.votes[0] >= person.votes[1] && person.votes[0] >= person.votes[2]);
            if (personal && person.words >= 2 && person.nickname.isEmpty()) {
                person.nickname = quoted.key;
                break;
            }
        }
    }
}
