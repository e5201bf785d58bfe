// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saves a user's corrections of one article's metadata into the corpus's corpus.json,
// atomically (QSaveFile), keeping every other entry and key as it was.
#include <QDate>
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
