// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saves a user's corrections of one article's metadata into the corpus's corpus.json,
// atomically (QSaveFile), keeping every other entry and key as it was; and names the
// articles written into a folder (fetched pages) with their address and fetch time.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

struct ArticleCorrection
{
    QString title;
    QString outlet;
    QString byline;
    QDate published; // invalid: no date
};

// `articleFile` is the article's path relative to `corpusFolder` (or absolute, inside it).
// Empty fields remove the key from the entry. Creates corpus.json when there is none.
// Returns an empty string on success, else one sentence saying why nothing was written.
QString saveArticleCorrection(const QString &corpusFolder, const QString &articleFile, const ArticleCorrection &correction);

// An article file written into a corpus folder, as corpus.json describes it.
struct ManifestArticle
{
    QString file; // relative to the corpus folder
    ArticleCorrection metadata;
    QString url;
    QDateTime fetched;
};

// Adds or replaces the entries of `articles` in `corpusFolder`'s corpus.json (creating it),
// keeping every other entry. Returns an empty string on success, else why nothing was written.
QString saveManifestArticles(const QString &corpusFolder, const QList<ManifestArticle> &articles);
