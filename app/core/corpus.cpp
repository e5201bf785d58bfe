// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

int Corpus::indexOf(const QString &articleId) const
{
    for (int i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId)
            return i;
    }
    return -1;
}

QStringList Corpus::sourceNames() const
{
    QStringList names;
    names.reserve(articles.size());
    for (const Article &a : articles)
        names.append(a.sourceName());
    return names;
}

bool Corpus::hasSameArticles(const Corpus &other) const
{
    if (this == &other)
        return true;
    if (folder != other.folder || articles.size() != other.articles.size())
        return false;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (articles[i].id != other.articles[i].id)
            return false;
    }
    return true;
}

QString uniqueArticleId(const QString &id, const QString &format, const QSet<QString> &taken)
{
    if (!taken.contains(id))
        return id;
    const QString withFormat = format.isEmpty() ? id : id + QLatin1Char('.') + format;
    if (!taken.contains(withFormat))
        return withFormat;
    for (int n = 2;; ++n) {
        const QString numbered = withFormat + QLatin1Char('~') + QString::number(n);
        if (!taken.contains(numbered))
            return numbered;
    }
}
