// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldclaims.h"

#include <QJsonArray>
#include <QJsonObject>

QList<GoldClaim> goldClaims(const Corpus &corpus, const QJsonDocument &gold, const QString &kind)
{
    QHash<QString, int> articleIndex;
    for (int a = 0; a < corpus.articles.size(); ++a)
        articleIndex.insert(corpus.articles[a].id, a);
    QList<GoldClaim> claims;
    for (const QJsonValue &c : gold.object().value(u"claims").toArray()) {
        if (c[u"kind"].toString() != kind)
            continue;
        GoldClaim claim{c[u"id"].toString(), c[u"slot"].toString(), {}};
        for (const QJsonValue &m : c[u"members"].toArray()) {
            const int a = articleIndex.value(m[u"article"].toString(), -1);
            const QString quote = m[u"quote"].toString();
            const qsizetype at = a < 0 ? -1 : corpus.articles[a].text.indexOf(quote);
            if (at >= 0)
                claim.members.append(GoldMember{a, TextRange{at, at + quote.size()}, m[u"value"].toString()});
        }
        claims.append(claim);
    }
    return claims;
}

bool standsFor(const TextRange &span, const TextRange &gold)
{
    const qsizetype overlap = std::min(span.end, gold.end) - std::max(span.start, gold.start);
    return overlap * 2 >= gold.length();
}

QList<int> unitsFor(const AlignmentUnits &au, const GoldMember &m, bool covering)
{
    QList<int> found;
    for (int u = 0; u < au.units.size(); ++u) {
        const TextRange &r = au.units[u].range;
        if (au.units[u].article == m.article && (covering ? standsFor(r, m.range) : r.start < m.range.end && m.range.start < r.end))
            found.append(u);
    }
    return found;
}
