// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusedit.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isInside(const QString &folder, const QString &path)
{
    return !folder.isEmpty() && path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

// Names depend on the other articles of the corpus ("Reuters (2)"): made again after each change.
Corpus renamed(Corpus corpus)
{
    const QStringList names = distinctSourceNames(corpus.articles);
    for (qsizetype i = 0; i < names.size(); ++i)
        corpus.articles[i].name = names[i];
    return corpus;
}

} // namespace

QStringList corpusSources(const Corpus &corpus)
{
    QStringList sources;
    const QString folder = corpus.folder.isEmpty() ? QString() : cleanAbsolute(corpus.folder);
    if (!folder.isEmpty())
        sources.append(folder);
    for (const Article &a : corpus.articles) {
        const QString file = cleanAbsolute(a.filePath);
        if (!isInside(folder, file) && !sources.contains(file))
            sources.append(file);
    }
    return sources;
}

Corpus withoutArticle(const Corpus &corpus, int index)
{
    if (index < 0 || index >= corpus.articles.size())
        return corpus;
    Corpus changed = corpus;
    changed.articles.removeAt(index);
    return renamed(std::move(changed));
}

Corpus withArticle(const Corpus &corpus, const Article &article, int index, bool *added)
{
    const bool present = std::any_of(corpus.articles.cbegin(), corpus.articles.cend(), [&](const Article &a) {
        return a.id == article.id || (!a.filePath.isEmpty() && a.filePath == article.filePath);
    });
    if (added)
        *added = !present;
    if (present)
        return corpus;
    Corpus changed = corpus;
    changed.articles.insert(std::clamp<qsizetype>(index, 0, changed.articles.size()), article);
    return renamed(std::move(changed));
}

Corpus withoutFiles(const Corpus &corpus, const QStringList &files)
{
    QSet<QString> leftOut;
    for (const QString &f : files)
        leftOut.insert(cleanAbsolute(f));
    Corpus changed = corpus;
    changed.articles.removeIf([&](const Article &a) { return leftOut.contains(cleanAbsolute(a.filePath)); });
    if (changed.articles.size() == corpus.articles.size())
        return corpus;
    return renamed(std::move(changed));
}

QList<int> columnsById(const Corpus &corpus, const ColumnIds &ids)
{
    QList<int> columns;
    for (const QString &id : ids.shown) {
        const int a = corpus.indexOf(id);
        if (a >= 0 && !columns.contains(a))
            columns.append(a);
    }
    const QSet<QString> placed(ids.known.cbegin(), ids.known.cend());
    for (int a = 0; a < corpus.articles.size(); ++a) {
        if (!placed.contains(corpus.articles[a].id) && !columns.contains(a))
            columns.append(a);
    }
    return columns;
}
