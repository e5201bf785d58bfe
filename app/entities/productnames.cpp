// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "productnames.h"

#include "gazetteer.h"
#include "namewords.h"
#include "synonyms.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QString thingAlternation()
{
    QStringList nouns(NameWords::instance().thingNouns.cbegin(), NameWords::instance().thingNouns.cend());
    std::sort(nouns.begin(), nouns.end());
    for (QString &n : nouns)
        n = QRegularExpression::escape(n);
    return nouns.join(u'|');
}

} // namespace

void markProductNames(const QString &text, QList<NameCandidate> &names)
{
    // Up to three describing words between the article and the noun ("the two-dose vaccine, X,").
    static const QRegularExpression before(QStringLiteral(R"(\b[Tt]he (?:[\p{Ll}\d-]+ ){0,3}(?:%1), $)").arg(thingAlternation()),
                                           QRegularExpression::UseUnicodePropertiesOption);
    // ... and the noun is the description's own, not a kind of person's ("a software engineer").
    static const QRegularExpression after(QStringLiteral(R"(^, an? (?:[\p{Ll}\d-]+ ){0,4}(?:%1)\b(?: (\p{Ll}+))?)").arg(thingAlternation()),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const Synonyms &wordnet = Synonyms::instance();
    constexpr qsizetype kWindow = 80;
    for (NameCandidate &c : names) {
        if (!c.canonical.isEmpty() || c.thing)
            continue;
        const qsizetype from = std::max<qsizetype>(0, c.range.start - kWindow);
        const QStringView ahead = QStringView(text).mid(from, c.range.start - from);
        const QStringView behind = QStringView(text).mid(c.range.end, kWindow);
        const QRegularExpressionMatch described = after.matchView(behind);
        const bool thing = described.hasMatch() && !wordnet.isPersonNoun(wordnet.lemma(described.captured(1)));
        if (!thing && !before.matchView(ahead).hasMatch())
            continue;
        c.thing = true;
        c.serviceKey = Gazetteer::key(c.text);
    }
}
