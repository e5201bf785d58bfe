// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a saved HTML news page: the article body chosen readability-style (blocks scored by
// paragraph count, text density and link density; navigation, asides, footers, forms,
// scripts and comments dropped) and the metadata of <title>, <meta> and JSON-LD NewsArticle.
// Nothing is fetched and no script is run.
#include <QDate>
#include <QString>

struct HtmlArticle
{
    QString text; // one block per line, blank lines between
    QString title;
    QString outlet;
    QString byline;
    QString url;
    QDate published;
};

HtmlArticle readHtml(const QString &source);
