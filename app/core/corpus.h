// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSet>
// A set of articles about one event, with the problems met while loading it.
#include "article.h"

#include <QList>
#include <QString>
#include <QStringList>

struct LoadProblem
{
    QString path;   // the file or folder concerned
    QString reason; // one sentence a reader understands

    QString message() const { return path + QStringLiteral(": ") + reason; }
};

// An article id not in `taken`, made from a file's id (its base name) and format: the id
// itself, else "<id>.<format>" (two files that differ by extension), else "<id>.<format>~2",
// "~3"... (files of one name from several folders). The loader and the repair of older
// comparison files use this one rule, so a file gets the same id from both.
QString uniqueArticleId(const QString &id, const QString &format, const QSet<QString> &taken);

struct Corpus
{
    QString title;
    QString folder;  // empty when opened from loose files
    QDate published; // default publication date of articles that give none
    QList<Article> articles;
    QList<LoadProblem> problems;

    int indexOf(const QString &articleId) const;
    // Each article's Article::sourceName(), in order: the names lists and headers show.
    QStringList sourceNames() const;
    // The same articles in the same order: a re-analysis, not another corpus.
    bool hasSameArticles(const Corpus &other) const;
};
