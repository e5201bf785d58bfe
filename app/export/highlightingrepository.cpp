// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightingrepository.h"

#include "article.h"

std::unique_ptr<KSyntaxHighlighting::Repository> createHighlightingRepository()
{
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    // Looks for syntax/*.xml and themes/*.theme below the prefix.
    repository->addCustomSearchPath(QStringLiteral(":/parallax"));
    return repository;
}

QString newsArticleDefinitionName()
{
    return QStringLiteral("News Article");
}

QString newsArticleWithoutHeadlineDefinitionName()
{
    return QStringLiteral("News Article Without Headline");
}

QString articleDefinitionName(const Article &article)
{
    return article.title.trimmed().isEmpty() ? newsArticleWithoutHeadlineDefinitionName() : newsArticleDefinitionName();
}
