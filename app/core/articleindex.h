// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where each article's claim versions and entity mentions are, for views that
// draw one article at a time (columns, timeline). The worker builds it with the
// analysis, so that a window showing a big story does not.
#include "textrange.h"

#include <QList>

struct Analysis;

struct ArticleSpan
{
    TextRange range;
    int index = -1; // into Analysis::claims or Analysis::entities
};

struct ArticleIndex
{
    QList<ArticleSpan> claims;   // the claims' members in this article, by start
    QList<ArticleSpan> mentions; // the entities' mentions in this article, in entity order
    qsizetype longestClaim = 0;  // the longest member: claims overlapping a position start after it minus this

    // The claims whose versions here overlap `range`, one entry per version, by start.
    QList<int> claimsOverlapping(TextRange range) const;
};

// One entry per article of analysis.corpus.
QList<ArticleIndex> indexArticles(const Analysis &analysis);
// analysis.byArticle when it was built for this analysis, or a new index.
QList<ArticleIndex> articleIndexOf(const Analysis &analysis);
