// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The KSyntaxHighlighting repository with Parallax's own definitions
// (resources/syntax/news-article.xml) added. main() makes the one the application
// uses and hands it to the window, its dialogs and the export worker; tests build their own.
#include <KSyntaxHighlighting/Repository>

#include <QString>

#include <memory>

std::unique_ptr<KSyntaxHighlighting::Repository> createHighlightingRepository();

// The name of the news-prose definition in resources/syntax/news-article.xml.
QString newsArticleDefinitionName();
// The same prose without a headline line (resources/syntax/news-article-without-headline.xml):
// for an article whose file has none, so that its first paragraph is not set as one.
QString newsArticleWithoutHeadlineDefinitionName();
struct Article;
// The definition an article's text is highlighted with, by whether it has a headline.
QString articleDefinitionName(const Article &article);
