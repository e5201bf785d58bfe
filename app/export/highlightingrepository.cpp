// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightingrepository.h"

#include "article.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>

std::unique_ptr<KSyntaxHighlighting::Repository> createHighlightingRepository()
{
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    // Looks for syntax/*.xml and themes/*.theme below the prefix.
    repository->addCustomSearchPath(QStringLiteral(":/parallax"));
    // Definitions load lazily, on first use, and the library does not lock while they do.
    // The one repository is shared with the export worker, so the definitions the sheets
    // use are loaded here, on the thread that makes it; the worker then only reads them.
    // (formats() loads a definition, includedDefinitions() those it includes: the headline-less
    // one takes its body from the other.)
    for (const QString &name : {newsArticleDefinitionName(), newsArticleWithoutHeadlineDefinitionName()}) {
        const KSyntaxHighlighting::Definition definition = repository->definitionForName(name);
        definition.formats();
        for (const KSyntaxHighlighting::Definition &included : definition.includedDefinitions())
            included.formats();
    }
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
