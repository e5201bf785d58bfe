// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes articles that came from no file (fetched pages, pasted text) into a folder: each
// text as a UTF-8 .txt file exactly as it is analysed, and its title, outlet, byline, date,
// address and fetch time in the folder's corpus.json, so the folder opens again as the same
// articles with no network.
#include "article.h"

#include <QList>
#include <QStringList>

struct SavedArticles
{
    QStringList files; // absolute paths written, in the articles' order
    QString error;     // why the folder could not be written completely; empty on success

    bool ok() const { return error.isEmpty(); }
};

// Existing files are never overwritten: a taken name gets "-2", "-3"…
SavedArticles saveArticlesToFolder(const QList<Article> &articles, const QString &folder);
