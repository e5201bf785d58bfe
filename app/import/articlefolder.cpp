// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefolder.h"

#include "manifestwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// tr() with the context "ArticleFolder", in a form lupdate reads.
struct FolderText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleFolder)
};

// A file name made of the article's id that no file in `dir` has yet.
QString freeFileName(const QDir &dir, const QString &id)
{
    QString stem = id;
    stem.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}._-]+")), QStringLiteral("-"));
    stem = stem.left(100);
    if (stem.isEmpty() || stem.startsWith(u'.'))
        stem.prepend(QStringLiteral("article"));
    QString name = stem + QStringLiteral(".txt");
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n)
        name = QStringLiteral("%1-%2.txt").arg(stem).arg(n);
    return name;
}

} // namespace

SavedArticles saveArticlesToFolder(const QList<Article> &articles, const QString &folder)
{
    SavedArticles saved;
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        saved.error = FolderText::tr("the folder %1 cannot be created").arg(folder);
        return saved;
    }
    QList<ManifestArticle> entries;
    for (const Article &a : articles) {
        const QString name = freeFileName(dir, a.id);
        QSaveFile file(dir.filePath(name));
        const QByteArray bytes = a.text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            saved.error = FolderText::tr("%1 cannot be written (%2)").arg(file.fileName(), file.errorString());
            break;
        }
        saved.files << QFileInfo(file.fileName()).absoluteFilePath();
        entries.append({name, {a.title, a.outlet, a.byline, a.published}, a.url, a.fetched});
    }
    // The texts written so far are named in the manifest even when a later one failed.
    const QString manifestError = saveManifestArticles(dir.absolutePath(), entries);
    if (saved.error.isEmpty())
        saved.error = manifestError;
    return saved;
}
