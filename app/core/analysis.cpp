// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include <QCoreApplication>
#include <QSet>

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

bool Claim::involves(int article) const
{
    for (const ClaimMember &m : members) {
        if (m.article == article)
            return true;
    }
    return false;
}

void Analysis::buildArticleIndex()
{
    byArticle = indexArticles(*this);
    indexedClaims = claims.size();
    indexedEntities = entities.size();
}
