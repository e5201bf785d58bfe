#include "corpusloader.h"

#include "articleimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusLoader", text);
}

struct ManifestEntry
{
    QString outlet, title, url, byline;
    QDate published;
};

struct Manifest
{
    QString title;
    QDate published;
    QHash<QString, ManifestEntry> entries; // by file name relative to the folder
};

// Reads corpus.json; problems go to `problems`, a broken manifest is ignored as a whole.
Manifest readManifest(const QString &folder, QList<LoadProblem> &problems)
{
    Manifest m;
    const QString path = QDir(folder).filePath(QStringLiteral("corpus.json"));
    QFile f(path);
    if (!f.exists())
        return m;
    if (!f.open(QIODevice::ReadOnly)) {
        problems.append({path, tr("the manifest cannot be read (%1)").arg(f.errorString())});
        return m;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.append({path, tr("the manifest is not valid JSON (%1); it was ignored").arg(err.errorString())});
        return m;
    }
    const QJsonObject root = doc.object();
    m.title = root.value(u"title").toString();
    m.published = QDate::fromString(root.value(u"published").toString(), Qt::ISODate);
    const QJsonArray arts = root.value(u"articles").toArray();
    const QDir dir(folder);
    for (const QJsonValue &v : arts) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(u"file").toString();
        if (file.isEmpty())
            continue;
        const QString clean = QDir::cleanPath(file);
        if (QDir::isAbsolutePath(clean) || clean.startsWith(QStringLiteral("..")))
            {
            problems.append({path, tr("the manifest names \"%1\", which is outside the corpus folder; that entry was ignored").arg(file)});
            continue;
        }
        if (!QFileInfo::exists(dir.filePath(clean))) {
            problems.append({path, tr("the manifest names \"%1\", which does not exist").arg(file)});
            continue;
        }
        ManifestEntry e;
        e.outlet = o.value(u"outlet").toString();
        e.title = o.value(u"title").toString();
        e.url = o.value(u"url").toString();
        e.byline = o.value(u"byline").toString();
        e.published = QDate::fromString(o.value(u"published").toString(), Qt::ISODate);
        m.entries.insert(clean, e);
    }
    return m;
}

void applyManifest(Article &a, const ManifestEntry &e)
{
    if (!e.outlet.isEmpty())
        a.outlet = e.outlet;
    if (!e.title.isEmpty())
        a.title = e.title;
    if (!e.url.isEmpty())
        a.url = e.url;
    if (!e.byline.isEmpty())
        a.byline = e.byline;
    if (e.published.isValid())
        a.published = e.published;
}

} // namespace

Corpus loadCorpus(const QStringList &paths)
{
    Corpus corpus;
    QStringList files;
    Manifest manifest;
    QString manifestFolder;

    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            corpus.problems.append({p, tr("no such file or folder")});
            continue;
        }
        if (info.isDir()) {
            const QString folder = info.canonicalFilePath();
            if (corpus.folder.isEmpty()) {
                corpus.folder = folder;
                manifest = readManifest(folder, corpus.problems);
                manifestFolder = folder;
            }
            QDir dir(folder);
            const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
            int found = 0;
            for (const QFileInfo &e : entries) {
                if (isArticleFileName(e.fileName())) {
                    files.append(e.absoluteFilePath());
                    ++found;
                }
            }
            if (found == 0)
                corpus.problems.append({folder, tr("the folder holds no articles (.txt, .md or .html files)")});
        } else {
            files.append(info.absoluteFilePath());
        }
    }

    QSet<QString> seenPaths;
    QSet<QString> seenIds;
    QHash<QString, QString> seenTexts; // text -> file that had it first
    for (const QString &file : std::as_const(files)) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (canonical.isEmpty()) {
            corpus.problems.append({file, tr("the file cannot be resolved (broken link or link loop)")});
            continue;
        }
        if (seenPaths.contains(canonical))
            continue; // named twice, or a link to a file already loaded
        seenPaths.insert(canonical);
        if (!isArticleFileName(file)) {
            corpus.problems.append({file, tr("not an article file (.txt, .md or .html expected)")});
            continue;
        }
        ImportResult r = importArticle(file);
        if (!r.article) {
            corpus.problems.append({file, r.error});
            continue;
        }
        Article a = std::move(*r.article);
        if (seenTexts.contains(a.text)) {
            corpus.problems.append({file, tr("the same article as %1; loaded once").arg(QFileInfo(seenTexts.value(a.text)).fileName())});
            continue;
        }
        seenTexts.insert(a.text, file);
        if (seenIds.contains(a.id)) {
            // Two files that differ only by extension: keep ids unique.
            a.id += QLatin1Char('.') + a.format;
        }
        seenIds.insert(a.id);
        if (!manifestFolder.isEmpty()) {
            const QString rel = QDir(manifestFolder).relativeFilePath(canonical);
            const auto it = manifest.entries.constFind(rel);
            if (it != manifest.entries.constEnd())
                applyManifest(a, *it);
        }
        if (!a.published.isValid())
            a.published = manifest.published;
        if (a.title.isEmpty()) {
            // First non-empty line is the best default headline.
            for (const QStringView line : QStringView(a.text).split(u'\n')) {
                if (!line.trimmed().isEmpty()) {
                    a.title = line.trimmed().toString();
                    break;
                }
            }
        }
        corpus.articles.append(std::move(a));
    }
    corpus.title = manifest.title;
    corpus.published = manifest.published;
    if (corpus.title.isEmpty() && !corpus.folder.isEmpty())
        corpus.title = QFileInfo(corpus.folder).fileName();
    return corpus;
}
