#pragma once
// A set of articles about one event, with the problems met while loading it.
#include "article.h"

#include <QList>
#include <QString>

struct LoadProblem
{
    QString path;   // the file or folder concerned
    QString reason; // one sentence a reader understands

    QString message() const { return path + QStringLiteral(": ") + reason; }
};

struct Corpus
{
    QString title;
    QString folder; // empty when opened from loose files
    QDate published; // default publication date of articles that give none
    QList<Article> articles;
    QList<LoadProblem> problems;

    int indexOf(const QString &articleId) const;
    // The same articles in the same order: a re-analysis, not another corpus.
    bool hasSameArticles(const Corpus &other) const;
};
