// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleindex.h"

#include "analysis.h"

#include <algorithm>

QList<ArticleIndex> indexArticles(const Analysis &analysis)
{
    const qsizetype articles = analysis.corpus ? analysis.corpus->articles.size() : 0;
    QList<ArticleIndex> index(articles);
    auto inRange = [articles](int article) { return article >= 0 && article < articles; };
    // Counted first, so that each list is allocated once (a big story has
    // hundreds of thousands of spans).
    QList<qsizetype> claimCount(articles, 0), mentionCount(articles, 0);
    for (const Claim &claim : analysis.claims) {
        for (const ClaimMember &m : claim.members) {
            if (inRange(m.article))
                ++claimCount[m.article];
        }
    }
    for (const Entity &entity : analysis.entities) {
        for (const Mention &m : entity.mentions) {
            if (inRange(m.article))
                ++mentionCount[m.article];
        }
    }
    for (qsizetype a = 0; a < articles; ++a) {
        index[a].claims.reserve(claimCount[a]);
        index[a].mentions.reserve(mentionCount[a]);
    }
    for (int c = 0; c < analysis.claims.size(); ++c) {
        for (const ClaimMember &m : analysis.claims[c].members) {
            if (!inRange(m.article))
                continue;
            ArticleIndex &entry = index[m.article];
            entry.claims.append({m.range, c});
            entry.longestClaim = std::max(entry.longestClaim, m.range.length());
        }
    }
    for (int e = 0; e < analysis.entities.size(); ++e) {
        for (const Mention &m : analysis.entities[e].mentions) {
            if (inRange(m.article))
                index[m.article].mentions.append({m.range, e});
        }
    }
    for (ArticleIndex &entry : index) {
        std::stable_sort(entry.claims.begin(), entry.claims.end(),
                         [](const ArticleSpan &a, const ArticleSpan &b) { return a.range.start < b.range.start; });
    }
    return index;
}

QList<int> ArticleIndex::claimsOverlapping(TextRange range) const
{
    // Sorted by start: a version that reaches `range` starts at most longestClaim before it.
    auto it = std::lower_bound(claims.cbegin(), claims.cend(), range.start - longestClaim,
                               [](const ArticleSpan &v, qsizetype at) { return v.range.start < at; });
    QList<int> found;
    for (; it != claims.cend() && it->range.start < range.end; ++it) {
        if (it->range.overlaps(range))
            found.append(it->index);
    }
    return found;
}

QList<ArticleIndex> articleIndexOf(const Analysis &analysis)
{
    const qsizetype articles = analysis.corpus ? analysis.corpus->articles.size() : 0;
    if (analysis.byArticle.size() == articles && analysis.indexedClaims == analysis.claims.size()
        && analysis.indexedEntities == analysis.entities.size())
        return analysis.byArticle;
    return indexArticles(analysis);
}
