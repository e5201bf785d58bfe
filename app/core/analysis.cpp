// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>
#include <numeric>

QString entityTypeKey(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("person");
    case EntityType::Organization: return QStringLiteral("organization");
    case EntityType::Place: return QStringLiteral("place");
    case EntityType::Date: return QStringLiteral("date");
    }
    return {};
}

QString entityTypeTitle(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QCoreApplication::translate("Analysis", "People");
    case EntityType::Organization: return QCoreApplication::translate("Analysis", "Organizations");
    case EntityType::Place: return QCoreApplication::translate("Analysis", "Places");
    case EntityType::Date: return QCoreApplication::translate("Analysis", "Dates");
    }
    return {};
}

QString claimKindKey(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Shared: return QStringLiteral("shared");
    case ClaimKind::Conflict: return QStringLiteral("conflict");
    case ClaimKind::Unique: return QStringLiteral("unique");
    }
    return {};
}

void assignEntityKeys(QList<Entity> &entities)
{
    QHash<QString, int> seen;
    for (Entity &e : entities) {
        const QString base = entityTypeKey(e.type) + u':' + e.name;
        const int n = ++seen[base];
        e.key = n == 1 ? base : base + u'#' + QString::number(n);
    }
}

int Entity::mentionCount(int article) const
{
    int n = 0;
    for (const Mention &m : mentions)
        n += m.article == article;
    return n;
}

int Entity::sourceCount() const
{
    QSet<int> articles;
    for (const Mention &m : mentions)
        articles.insert(m.article);
    return int(articles.size());
}

QByteArray Claim::placesKey() const
{
    std::vector<std::array<qint64, 3>> places;
    places.reserve(size_t(members.size()));
    for (const ClaimMember &m : members)
        places.push_back({m.article, m.range.start, m.range.end});
    std::sort(places.begin(), places.end());
    // Raw integers, not formatted text: a re-analysis keys every claim.
    return QByteArray(reinterpret_cast<const char *>(places.data()), qsizetype(places.size() * sizeof(places.front())));
}

void assignClaimKeys(QList<Claim> &claims, const Corpus &corpus)
{
    for (Claim &claim : claims) {
        QStringList parts;
        for (const ClaimMember &m : std::as_const(claim.members)) {
            const bool valid = m.article >= 0 && m.article < corpus.articles.size();
            const QString id = valid ? corpus.articles[m.article].id : QString();
            // Which occurrence of this text in its article: a line repeated twice (a
            // caption, say) gives two claims that must not share a key.
            int occurrence = 0;
            if (valid && !m.text.isEmpty()) {
                const QString &text = corpus.articles[m.article].text;
                for (qsizetype at = text.indexOf(m.text); at >= 0 && at < m.range.start; at = text.indexOf(m.text, at + 1))
                    ++occurrence;
            }
            parts.append(id + QChar(0x1f) + m.text + QChar(0x1f) + QString::number(occurrence));
        }
        parts.sort();
        const QByteArray digest = QCryptographicHash::hash(parts.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256);
        claim.key = QString::fromLatin1(digest.toHex().left(24));
    }
}

QString Claim::listText() const
{
    QString text = summary;
    if (text.isEmpty() && !members.isEmpty())
        text = members.first().text;
    return text.simplified();
}

void Analysis::rankClaimTexts()
{
    QList<QString> keys;
    keys.reserve(claims.size());
    for (const Claim &c : std::as_const(claims))
        keys.append(c.listText().toCaseFolded());
    QList<int> order(claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return keys[x] < keys[y]; });
    claimTextRank.resize(claims.size());
    for (int place = 0; place < order.size(); ++place)
        claimTextRank[order[place]] = place;
}

const ClaimMember *Claim::memberIn(int article) const
{
    for (const ClaimMember &m : members) {
        if (m.article == article)
            return &m;
    }
    return nullptr;
}

int Claim::articleCount() const
{
    // Members are few; a quadratic distinct count beats a set.
    int count = 0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        bool seen = false;
        for (qsizetype j = 0; j < i && !seen; ++j)
            seen = members[j].article == members[i].article;
        count += !seen;
    }
    return count;
}

void Analysis::buildArticleIndex()
{
    byArticle = indexArticles(*this);
    indexedClaims = claims.size();
    indexedEntities = entities.size();
}
