// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alternativenames.h"

#include "gazetteer.h"
#include "translatednames.h"

#include <algorithm>

namespace {

// What stands between the two names: a spaced dash, or an opening bracket (then the second
// name is closed by a bracket); the second name then ends its line.
bool alternativeGap(const QString &text, const NameCandidate &body, const NameCandidate &other)
{
    const QStringView gap = QStringView(text).mid(body.range.end, other.range.start - body.range.end);
    const QStringView after = QStringView(text).mid(other.range.end, 1);
    if (gap == u" (")
        return after == u")";
    const bool dash = gap == u" \u2013 " || gap == u" \u2014 " || gap == u" - " || gap == u" / ";
    return dash && (after.isEmpty() || after == u"\n" || after == u"\r");
}

// Every word of it is foreign to English: no ordinary word, no given name.
bool foreignWords(const QString &key)
{
    const Gazetteer &gaz = Gazetteer::instance();
    const QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    return std::none_of(words.cbegin(), words.cend(), [&](const QString &w) { return gaz.isCommonWord(w) || gaz.isGivenName(w); });
}

bool bodyVotes(const NameCandidate &c)
{
    return c.votes[1] > 0 && c.votes[1] > c.votes[0] && c.votes[1] >= c.votes[2];
}

// "the Cloth Hall (Lakenhal)", "Plac Nowy – New Square": a place's or body's name beside the
// words it translates to (translatednames.h).
bool translationOf(const NameCandidate &name, const NameCandidate &other)
{
    const NameSense a = nameSense(name.key);
    const NameSense b = nameSense(other.key);
    return a.count >= 2 && a.words == b.words && a.translated != b.translated;
}

} // namespace

void markAlternativeNames(const QString &text, QList<NameCandidate> &names)
{
    for (qsizetype k = 0; k + 1 < names.size(); ++k) {
        const NameCandidate &body = names.at(k);
        NameCandidate &other = names[k + 1];
        if (other.acronym || other.canonical.size() > 0 || !alternativeGap(text, body, other))
            continue;
        const bool foreignBody = bodyVotes(body) && body.words >= 2 && other.words >= 2 && other.votes[1] == 0 && foreignWords(other.key);
        const bool translation = body.votes[0] == 0 && other.votes[0] <= other.votes[1] + other.votes[2] && translationOf(body, other);
        if (!foreignBody && !translation)
            continue;
        other.key = body.key;
        other.canonical = body.canonical;
        other.votes = body.votes;
        other.fallbackPerson = false;
    }
}
