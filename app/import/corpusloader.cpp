// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusloader.h"

#include "articleimporter.h"
#include "parallelfor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>

namespace {

// tr() with the context "CorpusLoader", in a form lupdate reads.
struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(CorpusLoader)
};

struct ManifestEntry
{
    QString outlet, title, url, byline;
    QDate published;
    QDateTime fetched;
};

struct Manifest
{
    QString title;
    QDate published;
    QHash<QString, ManifestEntry> entries; // by clean file path relative to the folder
};

bool isInside(const QString &folder, const QString &path)
{
    return path == folder || path.startsWith(folder + u'/');
}

// Reads corpus.json; problems go to `problems`, a broken manifest is ignored as a whole.
Manifest readManifest(const QString &folder, QList<LoadProblem> &problems)
{
    Manifest m;
    const QString path = QDir(folder).filePath(QStringLiteral("corpus.json"));
    QFile f(path);
    if (!f.exists())
        return m;
    if (!f.open(QIODevice::ReadOnly)) {
        problems.append({path, LoaderText::tr("the manifest cannot be read (%1); it was ignored").arg(f.errorString())});
        return m;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError) {
        problems.append(
            {path,
             LoaderText::tr("the manifest is not valid JSON (%1 at byte %2); it was ignored").arg(err.errorString()).arg(err.offset)});
        return m;
    }
    if (!doc.isObject()) {
        problems.append({path, LoaderText::tr("the manifest is not valid JSON for a corpus (an object is expected); it was ignored")});
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
        // JSON may spell a NUL ("\u0000"); no file name holds one, and Qt warns on such paths.
        if (file.contains(QChar(0))) {
            problems.append({path, LoaderText::tr("the manifest names a file with a NUL character in its name; that entry was ignored")});
            continue;
        }
        const QString clean = QDir::cleanPath(file);
        if (QDir::isAbsolutePath(clean) || clean == u".." || clean.startsWith(QStringLiteral("../"))) {
            problems.append(
                {path, LoaderText::tr("the manifest names \"%1\", which is outside the corpus folder; that entry was ignored").arg(file)});
            continue;
        }
        const QFileInfo target(dir.filePath(clean));
        if (!target.exists()) {
            problems.append({path, LoaderText::tr("the manifest names \"%1\", which does not exist; that entry was ignored").arg(file)});
            continue;
        }
        // A link inside the folder may still lead out of it.
        if (!isInside(folder, target.canonicalFilePath())) {
            problems.append(
                {path, LoaderText::tr("the manifest names \"%1\", which is outside the corpus folder; that entry was ignored").arg(file)});
            continue;
        }
        ManifestEntry e;
        e.outlet = o.value(u"outlet").toString();
        e.title = o.value(u"title").toString();
        e.url = o.value(u"url").toString();
        e.byline = o.value(u"byline").toString();
        e.published = QDate::fromString(o.value(u"published").toString(), Qt::ISODate);
        e.fetched = QDateTime::fromString(o.value(u"fetched").toString(), Qt::ISODate);
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
    if (e.fetched.isValid())
        a.fetched = e.fetched;
}

// Two copies of one article differ at most in spacing and a byte order mark.
QString comparableText(const QString &text)
{
    QString t = text;
    t.remove(QChar(0xFEFF));
    return t.simplified();
}

} // namespace

namespace {

// The article files of a folder, and those its manifest places in sub-folders. Broken links
// and link loops are listed too (QDir::System), so that they are reported, not skipped, and
// unreadable files, so that the reader learns why they are missing.
QStringList articlesInFolder(const QDir &dir, const Manifest &manifest)
{
    QStringList found;
    for (const QFileInfo &e : dir.entryInfoList(QDir::Files | QDir::System, QDir::Name)) {
        if (isArticleFileName(e.fileName()))
            found.append(dir.filePath(e.fileName()));
    }
    // A set, not found.contains(): a manifest of 2,000 files made that 2 million comparisons.
    QSet<QString> known(found.cbegin(), found.cend());
    for (auto it = manifest.entries.cbegin(); it != manifest.entries.cend(); ++it) {
        const QString listed = dir.filePath(it.key());
        if (!known.contains(listed) && isArticleFileName(listed)) {
            found.append(listed);
            known.insert(listed);
        }
    }
    return found;
}

} // namespace

Corpus loadCorpus(const QStringList &paths, const LoadProgress &progress)
{
    Corpus corpus;
    QStringList files;
    // Every folder's corpus.json names its own files, whether the folder or single files were opened.
    QHash<QString, Manifest> manifests;       // by canonical folder
    QHash<QString, QString> manifestFolderOf; // file -> the folder whose manifest describes it
    auto manifestFor = [&](const QString &folder) -> const Manifest & {
        auto it = manifests.find(folder);
        if (it == manifests.end())
            it = manifests.insert(folder, QFileInfo::exists(QDir(folder).filePath(QStringLiteral("corpus.json")))
                                              ? readManifest(folder, corpus.problems)
                                              : Manifest());
        return *it;
    };

    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            corpus.problems.append(
                {p, info.isSymLink() ? LoaderText::tr("the link is broken or loops") : LoaderText::tr("no such file or folder")});
            continue;
        }
        if (info.isDir()) {
            const QString folder = info.canonicalFilePath();
            if (corpus.folder.isEmpty())
                corpus.folder = folder;
            const Manifest &manifest = manifestFor(folder);
            const QStringList found = articlesInFolder(QDir(folder), manifest);
            if (found.isEmpty())
                corpus.problems.append({folder, LoaderText::tr("the folder holds no articles (.txt, .md or .html files)")});
            for (const QString &f : std::as_const(found))
                manifestFolderOf.insert(f, folder);
            files += found;
        } else {
            files.append(info.absoluteFilePath());
            const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
            if (!folder.isEmpty()) {
                manifestFor(folder);
                manifestFolderOf.insert(files.last(), folder);
            }
        }
    }

    QHash<QString, QString> seenPaths; // canonical path -> file as first named
    QSet<QString> seenIds;
    QHash<QString, QString> seenTexts; // comparable text -> file that had it first
    // Files are checked in order, imported in parallel (decoding and cleaning
    // up HTML is most of the loading time), then taken in order again.
    struct Candidate
    {
        QString file;
        QString problem; // set: not imported, for this reason
    };
    QList<Candidate> candidates;
    QStringList toImport;
    const auto canceled = [&progress] { return progress.canceled && progress.canceled(); };
    for (const QString &file : std::as_const(files)) {
        if (canceled())
            return corpus;
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (canonical.isEmpty()) {
            candidates.append({file, LoaderText::tr("the file cannot be resolved (a broken link or a link loop)")});
            continue;
        }
        if (seenPaths.contains(canonical)) {
            const QString first = seenPaths.value(canonical);
            if (first != file)
                candidates.append(
                    {file,
                     LoaderText::tr("the same article as %1 (the same file reached twice); loaded once").arg(QFileInfo(first).fileName())});
            continue;
        }
        seenPaths.insert(canonical, file);
        if (!isArticleFileName(file)) {
            candidates.append({file, LoaderText::tr("not an article file (.txt, .md or .html expected)")});
            continue;
        }
        candidates.append({file, {}});
        toImport.append(file);
    }
    std::atomic<int> done = 0;
    const int total = int(toImport.size());
    QList<ImportResult> imported(total);
    parallelFor(total, [&](int i) {
        // A canceled load runs through the rest of the list at once, importing nothing.
        if (canceled())
            return;
        imported[i] = importArticle(toImport.at(i));
        const int count = ++done;
        if (progress.report)
            progress.report(count, total);
    });
    if (canceled())
        return corpus;
    qsizetype next = 0;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString &file = candidate.file;
        if (!candidate.problem.isEmpty()) {
            corpus.problems.append({file, candidate.problem});
            continue;
        }
        ImportResult r = std::move(imported[next++]);
        if (!r.article) {
            corpus.problems.append({file, r.error});
            continue;
        }
        Article a = std::move(*r.article);
        const QString comparable = comparableText(a.text);
        if (seenTexts.contains(comparable)) {
            corpus.problems.append(
                {file, LoaderText::tr("the same article as %1; loaded once").arg(QFileInfo(seenTexts.value(comparable)).fileName())});
            continue;
        }
        seenTexts.insert(comparable, file);
        a.id = uniqueArticleId(a.id, a.format, seenIds);
        seenIds.insert(a.id);
        const QString manifestFolder = manifestFolderOf.value(file);
        const Manifest &manifest = manifests[manifestFolder];
        if (!manifestFolder.isEmpty()) {
            const QString rel = QDir::cleanPath(QDir(manifestFolder).relativeFilePath(QFileInfo(file).absoluteFilePath()));
            const auto it = manifest.entries.constFind(rel);
            if (it != manifest.entries.constEnd())
                applyManifest(a, *it);
        }
        if (!a.published.isValid())
            a.published = manifest.published;
        corpus.articles.append(std::move(a));
    }
    const QStringList names = distinctSourceNames(corpus.articles);
    for (qsizetype i = 0; i < names.size(); ++i)
        corpus.articles[i].name = names[i];
    const Manifest &main = manifests.value(corpus.folder);
    corpus.title = main.title;
    corpus.published = main.published;
    if (corpus.title.isEmpty() && !corpus.folder.isEmpty())
        corpus.title = QFileInfo(corpus.folder).fileName();
    return corpus;
}
