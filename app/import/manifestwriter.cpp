// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace {

// tr() with the context "ManifestWriter", in a form lupdate reads.
struct ManifestText
{
    Q_DECLARE_TR_FUNCTIONS(ManifestWriter)
};

void setOrRemove(QJsonObject &o, QStringView key, const QString &value)
{
    if (value.trimmed().isEmpty())
        o.remove(key);
    else
        o.insert(key, value.trimmed());
}

// The entry for `file` (clean, relative) with `fill` applied, replacing or appended.
void putEntry(QJsonArray &articles, const QString &file, const std::function<void(QJsonObject &)> &fill)
{
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QJsonObject entry = articles.at(i).toObject();
        if (QDir::cleanPath(entry.value(u"file").toString()) == file) {
            fill(entry);
            articles.replace(i, entry);
            return;
        }
    }
    QJsonObject entry{{QStringLiteral("file"), file}};
    fill(entry);
    articles.append(entry);
}

// Reads corpus.json (or starts one), lets `change` edit its article list, writes it back atomically.
QString updateManifest(const QDir &dir, const std::function<void(QJsonArray &)> &change)
{
    const QString path = dir.filePath(QStringLiteral("corpus.json"));
    QJsonObject root;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return ManifestText::tr("%1 cannot be read (%2)").arg(path, existing.errorString());
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(existing.readAll(), &err);
        // Never overwrite a manifest we cannot understand: the user's own edits are in it.
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return ManifestText::tr("%1 is not a valid corpus manifest, so it was left unchanged").arg(path);
        root = doc.object();
    } else {
        root.insert(u"format", QStringLiteral("parallax-corpus/1"));
    }
    QJsonArray articles = root.value(u"articles").toArray();
    change(articles);
    root.insert(u"articles", articles);

    QSaveFile out(path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return ManifestText::tr("%1 cannot be written (%2)").arg(path, out.errorString());
    return {};
}

void applyCorrection(QJsonObject &entry, const ArticleCorrection &correction)
{
    setOrRemove(entry, u"title", correction.title);
    setOrRemove(entry, u"outlet", correction.outlet);
    setOrRemove(entry, u"byline", correction.byline);
    setOrRemove(entry, u"published", correction.published.isValid() ? correction.published.toString(Qt::ISODate) : QString());
}

} // namespace

QString saveArticleCorrection(const QString &corpusFolder, const QString &articleFile, const ArticleCorrection &correction)
{
    const QDir dir(corpusFolder);
    if (corpusFolder.isEmpty() || !dir.exists())
        return ManifestText::tr("the corpus folder %1 does not exist").arg(corpusFolder);
    const QString relative = QDir::cleanPath(QDir::isAbsolutePath(articleFile) ? dir.relativeFilePath(articleFile) : articleFile);
    if (relative.isEmpty() || relative == u".." || relative.startsWith(QStringLiteral("../")) || QDir::isAbsolutePath(relative))
        return ManifestText::tr("%1 is not inside the corpus folder").arg(articleFile);
    return updateManifest(
        dir, [&](QJsonArray &articles) { putEntry(articles, relative, [&](QJsonObject &entry) { applyCorrection(entry, correction); }); });
}

QString saveManifestArticles(const QString &corpusFolder, const QList<ManifestArticle> &articles)
{
    const QDir dir(corpusFolder);
    if (corpusFolder.isEmpty() || !dir.exists())
        return ManifestText::tr("the corpus folder %1 does not exist").arg(corpusFolder);
    return updateManifest(dir, [&](QJsonArray &entries) {
        for (const ManifestArticle &a : articles) {
            putEntry(entries, QDir::cleanPath(a.file), [&](QJsonObject &entry) {
                applyCorrection(entry, a.metadata);
                setOrRemove(entry, u"url", a.url);
                setOrRemove(entry, u"fetched", a.fetched.isValid() ? a.fetched.toUTC().toString(Qt::ISODate) : QString());
            });
        }
    });
}
