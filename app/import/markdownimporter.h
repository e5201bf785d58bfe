// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a Markdown article: metadata from its front matter ("---" block of "key: value"
// lines), text rendered to plain paragraphs with md4c (one paragraph per line, blank
// lines between, no markup).
#include <QDate>
#include <QString>

struct MarkdownArticle
{
    QString text;
    QString title;
    QString outlet;
    QString byline;
    QString url;
    QDate published;
};

MarkdownArticle readMarkdown(const QString &source);
