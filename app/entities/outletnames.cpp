// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outletnames.h"

#include "gazetteer.h"
#include "namescan.h"

#include <algorithm>

namespace {

bool wordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Every word of the match opens with a capital: "The Sun", not "the sun".
bool writtenAsName(QStringView match)
{
    bool wordStart = true;
    for (QChar c : match) {
        if (wordStart && c.isLetter() && !c.isUpper())
            return false;
        wordStart = c.isSpace();
    }
    return true;
}

} // namespace

void addOutletNames(const QString &text, const QString &outlet, QList<NameCandidate> &names)
{
    const QString name = outlet.simplified();
    // "X", "" or "24/7": too short, or no name to look for.
    if (name.size() < 2 || !name.front().isLetter())
        return;
    for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(name, at + name.size(), Qt::CaseInsensitive)) {
        const qsizetype end = at + name.size();
        if ((at > 0 && wordChar(text.at(at - 1))) || (end < text.size() && wordChar(text.at(end))))
            continue;
        const QStringView match = QStringView(text).mid(at, name.size());
        if (!writtenAsName(match))
            continue;
        // A longer name around it is its own ("Thomson Reuters"); names inside it are pieces.
        auto overlaps = [&](const NameCandidate &c) { return c.range.start < end && at < c.range.end; };
        if (std::any_of(names.cbegin(), names.cend(),
                        [&](const NameCandidate &c) { return overlaps(c) && (c.range.start < at || c.range.end > end); }))
            continue;
        names.removeIf(overlaps);
        NameCandidate c;
        c.range = {at, end};
        c.text = match.toString();
        // "The Orvania Star" on its masthead and "The Orvania Star said" opening a sentence (where
        // the capital "The" is no part of the name found): one paper, keyed without its article.
        c.key = Gazetteer::key(match.startsWith(u"the ", Qt::CaseInsensitive) && match.size() > 4 ? match.mid(4) : match);
        c.votes[1] = kGazetteer;
        c.words = int(match.count(u' ')) + 1;
        c.acronym = match.size() <= 5 && std::all_of(match.begin(), match.end(), [](QChar ch) { return ch.isUpper(); });
        names.append(c);
    }
    std::sort(names.begin(), names.end(), [](const NameCandidate &x, const NameCandidate &y) { return x.range.start < y.range.start; });
}
