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

} // namespace

QString saveArticleCorrection(const QString &corpusFolder, const QString &articleFile, const ArticleCorrection &correction)
{
    const QDir dir(corpusFolder);
    if (corpusFolder.isEmpty() || !dir.exists())
        return ManifestText::tr("the corpus folder %1 does not exist").arg(corpusFolder);
    const QString relative = QDir::cleanPath(QDir::isAbsolutePath(articleFile) ? dir.relativeFilePath(articleFile) : articleFile);
    if (relative.isEmpty() || relative == u".." || relative.startsWith(QStringLiteral("../")) || QDir::isAbsolutePath(relative))
        return ManifestText::tr("%1 is not inside the corpus folder").arg(articleFile);

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
    qsizetype index = -1;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (QDir::cleanPath(articles.at(i).toObject().value(u"file").toString()) == relative) {
            index = i;
            break;
        }
    }
    QJsonObject entry = index >= 0 ? articles.at(index).toObject() : QJsonObject{{QStringLiteral("file"), relative}};
    setOrRemove(entry, u"title", correction.title);
    setOrRemove(entry, u"outlet", correction.outlet);
    setOrRemove(entry, u"byline", correction.byline);
    setOrRemove(entry, u"published", correction.published.isValid() ? correction.published.toString(Qt::ISODate) : QString());
    if (index >= 0)
        articles.replace(index, entry);
    else
        articles.append(entry);
    root.insert(u"articles", articles);

    QSaveFile out(path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return ManifestText::tr("%1 cannot be written (%2)").arg(path, out.errorString());
    return {};
}
