// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfile.h"

#include "articleimporter.h"
#include "parallelfor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace {

// tr() with the context "ComparisonFile", in a form lupdate reads.
struct ComparisonFileText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonFile)
};

const QString kFormat = QStringLiteral("parallax-comparison/1");
// Far above any real corpus, low enough that a damaged count cannot exhaust memory.
constexpr qsizetype kMaxPaths = 100000;
constexpr qsizetype kMaxMarks = 1000000;
constexpr qsizetype kMaxKeyChars = 256;
constexpr qsizetype kMaxNameChars = 4096;

bool isInside(const QString &folder, const QString &path)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

QString storedPath(const QString &path, const QString &baseDir)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString base = QDir::cleanPath(QFileInfo(baseDir).absoluteFilePath());
    if (!baseDir.isEmpty() && isInside(base, clean) && clean != base)
        return QDir(base).relativeFilePath(clean);
    if (!baseDir.isEmpty() && clean == base)
        return QStringLiteral(".");
    return clean;
}

// Reads the JSON piece by piece; the first problem met stops the reading with its message.
// The name of a value in messages, e.g. "marks[7].claim", made only when a message needs it:
// a comparison holds up to kMaxMarks marks of three values each, and formatting every name
// was a tenth of reading a 2,000-article comparison.
class Where
{
public:
    Where(const QString &name) // NOLINT(google-explicit-constructor): any name given whole
        : m_name(name)
    {
    }
    Where(const QString &list, qsizetype index, const QString &key = {})
        : m_name(list)
        , m_index(index)
        , m_key(key)
    {
    }

    QString text() const
    {
        if (m_index < 0)
            return m_name;
        const QString item = QStringLiteral("%1[%2]").arg(m_name).arg(m_index);
        return m_key.isEmpty() ? item : item + u'.' + m_key;
    }

private:
    QString m_name;
    qsizetype m_index = -1;
    QString m_key;
};

class Reader
{
public:
    explicit Reader(const QString &baseDir)
        : m_base(baseDir.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(baseDir).absoluteFilePath()))
    {
    }

    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    // The value of `key`, undefined when the object has none: an error when it is `required`.
    // `where` names the value for the message, e.g. "corpus.paths".
    QJsonValue valueOf(const QJsonObject &o, const QString &key, const Where &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && required)
            fail(ComparisonFileText::tr("the key \"%1\" is missing").arg(where.text()));
        return v;
    }

    bool string(const QJsonObject &o, const QString &key, const Where &where, QString *out, bool required,
                qsizetype maxChars = kMaxNameChars)
    {
        const QJsonValue v = valueOf(o, key, where, required);
        if (v.isUndefined())
            return !required;
        if (!v.isString())
            return fail(ComparisonFileText::tr("\"%1\" should be text").arg(where.text()));
        const QString s = v.toString();
        if (s.size() > maxChars)
            return fail(
                ComparisonFileText::tr("\"%1\" is too long (%2 characters, at most %3)").arg(where.text()).arg(s.size()).arg(maxChars));
        *out = s;
        return true;
    }

    bool array(const QJsonObject &o, const QString &key, const Where &where, QJsonArray *out, bool required, qsizetype maxItems)
    {
        const QJsonValue v = valueOf(o, key, where, required);
        if (v.isUndefined())
            return !required;
        if (!v.isArray())
            return fail(ComparisonFileText::tr("\"%1\" should be a list").arg(where.text()));
        *out = v.toArray();
        if (out->size() > maxItems)
            return fail(
                ComparisonFileText::tr("\"%1\" has %2 entries, more than the %3 allowed").arg(where.text()).arg(out->size()).arg(maxItems));
        return true;
    }

    bool object(const QJsonObject &o, const QString &key, const Where &where, QJsonObject *out, bool required)
    {
        const QJsonValue v = valueOf(o, key, where, required);
        if (v.isUndefined())
            return !required;
        if (!v.isObject())
            return fail(ComparisonFileText::tr("\"%1\" should be an object").arg(where.text()));
        *out = v.toObject();
        return true;
    }

    bool stringList(const QJsonObject &o, const QString &key, const Where &where, QStringList *out, bool required)
    {
        QJsonArray a;
        if (!array(o, key, where, &a, required, kMaxPaths))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                return fail(ComparisonFileText::tr("entry %1 of \"%2\" should be text").arg(i + 1).arg(where.text()));
            const QString s = a[i].toString();
            if (s.isEmpty() || s.size() > kMaxNameChars)
                return fail(ComparisonFileText::tr("entry %1 of \"%2\" is empty or too long").arg(i + 1).arg(where.text()));
            out->append(s);
        }
        return true;
    }

    // A relative path must stay inside the comparison's folder: a shared file may not
    // reach elsewhere with "../". Absolute paths are where the reader's own files were.
    bool path(const QString &stored, const Where &where, QString *out)
    {
        if (stored.isEmpty())
            return fail(ComparisonFileText::tr("\"%1\" is an empty path").arg(where.text()));
        if (stored.contains(QChar(0)))
            return fail(ComparisonFileText::tr("\"%1\" contains a NUL character").arg(where.text()));
        if (QDir::isAbsolutePath(stored)) {
            *out = QDir::cleanPath(stored);
            return true;
        }
        const QString clean = QDir::cleanPath(stored);
        if (clean == u".." || clean.startsWith(QStringLiteral("../")))
            return fail(
                ComparisonFileText::tr("\"%1\" names \"%2\", which is outside the comparison file's folder").arg(where.text(), stored));
        if (m_base.isEmpty())
            return fail(ComparisonFileText::tr("\"%1\" is a relative path, but the comparison has no folder").arg(where.text()));
        *out = QDir::cleanPath(m_base + u'/' + clean);
        return true;
    }

private:
    QString m_base;
};

// The format the loader gives a file of this name ("txt" for a name it does not know).
QString storedFormat(const QString &path)
{
    const QString format = articleFormatOf(path);
    return format.isEmpty() ? QStringLiteral("txt") : format;
}

} // namespace

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None: return {};
    case Verdict::Confirmed: return QStringLiteral("confirmed");
    case Verdict::Disputed: return QStringLiteral("disputed");
    case Verdict::NeedsChecking: return QStringLiteral("needs-checking");
    }
    return {};
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None: return QCoreApplication::translate("ComparisonFile", "No verdict");
    case Verdict::Confirmed: return QCoreApplication::translate("ComparisonFile", "Confirmed");
    case Verdict::Disputed: return QCoreApplication::translate("ComparisonFile", "Disputed");
    case Verdict::NeedsChecking: return QCoreApplication::translate("ComparisonFile", "Needs checking");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::None, Verdict::Confirmed, Verdict::Disputed, Verdict::NeedsChecking}) {
        if (verdictKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString articleTextHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ComparisonFile comparisonForCorpus(const Corpus &corpus, const QStringList &openedPaths)
{
    ComparisonFile f;
    for (const QString &p : openedPaths)
        f.corpusPaths.append(QDir::cleanPath(QFileInfo(p).absoluteFilePath()));
    for (const Article &a : corpus.articles)
        f.articles.append({a.id, a.filePath, articleTextHash(a.text)});
    return f;
}

QByteArray serializeComparison(const ComparisonFile &file, const QString &baseDir)
{
    QJsonArray paths;
    for (const QString &p : file.corpusPaths)
        paths.append(storedPath(p, baseDir));
    QJsonObject corpus{{QStringLiteral("paths"), paths}};
    if (!file.leftOut.isEmpty()) {
        QJsonArray leftOut;
        for (const QString &p : file.leftOut)
            leftOut.append(storedPath(p, baseDir));
        corpus.insert(QStringLiteral("leftOut"), leftOut);
    }
    QJsonArray articles;
    for (const SavedArticle &a : file.articles)
        articles.append(QJsonObject{
            {QStringLiteral("id"), a.id}, {QStringLiteral("path"), storedPath(a.path, baseDir)}, {QStringLiteral("hash"), a.hash}});
    // Sorted so that saving twice gives the same bytes (diffable, testable).
    QStringList keys = file.marks.keys();
    keys.sort();
    QJsonArray marks;
    for (const QString &key : keys) {
        const ReaderMark &m = file.marks[key];
        if (m.isEmpty())
            continue;
        QJsonObject o{{QStringLiteral("claim"), key}};
        if (m.verdict != Verdict::None)
            o.insert(QStringLiteral("verdict"), verdictKey(m.verdict));
        if (!m.note.isEmpty())
            o.insert(QStringLiteral("note"), m.note);
        marks.append(o);
    }
    corpus.insert(QStringLiteral("articles"), articles);
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("corpus"), corpus},
        {QStringLiteral("columns"), QJsonObject{{QStringLiteral("order"), QJsonArray::fromStringList(file.columnOrder)},
                                                {QStringLiteral("hidden"), QJsonArray::fromStringList(file.hiddenColumns)}}},
        {QStringLiteral("theme"), file.theme},
        {QStringLiteral("marks"), marks},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ComparisonReadResult parseComparison(const QByteArray &json, const QString &baseDir)
{
    if (json.size() > kMaxComparisonBytes)
        return {
            std::nullopt, ComparisonFileText::tr("the file is too large to be a comparison (%1 MB)").arg(json.size() / (1024 * 1024)), {}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return {
            std::nullopt, ComparisonFileText::tr("the file is not valid JSON (%1 at byte %2)").arg(err.errorString()).arg(err.offset), {}};
    if (!doc.isObject())
        return {std::nullopt, ComparisonFileText::tr("the file is not a Parallax comparison (a JSON object is expected)"), {}};
    const QJsonObject root = doc.object();
    Reader r(baseDir);
    ComparisonFile f;

    QString format;
    if (!r.string(root, QStringLiteral("format"), QStringLiteral("format"), &format, true))
        return {std::nullopt, r.error, {}};
    if (format != kFormat)
        return {std::nullopt, ComparisonFileText::tr("the file's format is \"%1\", not \"%2\"").arg(format.left(80), kFormat), {}};

    QJsonObject corpus;
    QStringList storedPaths, storedLeftOut;
    QJsonArray articles;
    if (!r.object(root, QStringLiteral("corpus"), QStringLiteral("corpus"), &corpus, true)
        || !r.stringList(corpus, QStringLiteral("paths"), QStringLiteral("corpus.paths"), &storedPaths, true)
        || !r.stringList(corpus, QStringLiteral("leftOut"), QStringLiteral("corpus.leftOut"), &storedLeftOut, false)
        || !r.array(corpus, QStringLiteral("articles"), QStringLiteral("corpus.articles"), &articles, false, kMaxPaths))
        return {std::nullopt, r.error, {}};
    if (storedPaths.isEmpty())
        return {std::nullopt, ComparisonFileText::tr("\"corpus.paths\" names no folder or file"), {}};
    for (const QString &p : storedPaths) {
        QString abs;
        if (!r.path(p, QStringLiteral("corpus.paths"), &abs))
            return {std::nullopt, r.error, {}};
        f.corpusPaths.append(abs);
    }
    for (const QString &p : storedLeftOut) {
        QString abs;
        if (!r.path(p, QStringLiteral("corpus.leftOut"), &abs))
            return {std::nullopt, r.error, {}};
        f.leftOut.append(abs);
    }
    QSet<QString> ids, paths;
    QStringList repairedIds;
    const QString articlesName = QStringLiteral("corpus.articles");
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (!articles[i].isObject())
            return {std::nullopt, ComparisonFileText::tr("\"%1\" should be an object").arg(Where(articlesName, i).text()), {}};
        const QJsonObject o = articles[i].toObject();
        SavedArticle a;
        QString stored;
        if (!r.string(o, QStringLiteral("id"), Where(articlesName, i, QStringLiteral("id")), &a.id, true)
            || !r.string(o, QStringLiteral("path"), Where(articlesName, i, QStringLiteral("path")), &stored, true)
            || !r.string(o, QStringLiteral("hash"), Where(articlesName, i, QStringLiteral("hash")), &a.hash, true)
            || !r.path(stored, Where(articlesName, i, QStringLiteral("path")), &a.path))
            return {std::nullopt, r.error, {}};
        if (a.id.isEmpty())
            return {std::nullopt, ComparisonFileText::tr("\"%1\" has an empty id").arg(Where(articlesName, i).text()), {}};
        if (paths.contains(a.path)) // a set: comparing with every article before was 2 million comparisons at 2,000
            return {std::nullopt, ComparisonFileText::tr("the article \"%1\" appears twice").arg(a.id.left(80)), {}};
        paths.insert(a.path);
        if (ids.contains(a.id)) {
            // Older versions gave same-named files of several folders one id: repair as the loader
            // names them now, and say so.
            const QString repaired = uniqueArticleId(QFileInfo(a.path).completeBaseName(), storedFormat(a.path), ids);
            repairedIds << QStringLiteral("%1 \u2192 %2").arg(a.id.left(80), repaired.left(80));
            a.id = repaired;
        }
        ids.insert(a.id);
        f.articles.append(a);
    }

    QJsonObject columns;
    if (!r.object(root, QStringLiteral("columns"), QStringLiteral("columns"), &columns, false)
        || !r.stringList(columns, QStringLiteral("order"), QStringLiteral("columns.order"), &f.columnOrder, false)
        || !r.stringList(columns, QStringLiteral("hidden"), QStringLiteral("columns.hidden"), &f.hiddenColumns, false)
        || !r.string(root, QStringLiteral("theme"), QStringLiteral("theme"), &f.theme, false, 200))
        return {std::nullopt, r.error, {}};

    QJsonArray marks;
    if (!r.array(root, QStringLiteral("marks"), QStringLiteral("marks"), &marks, false, kMaxMarks))
        return {std::nullopt, r.error, {}};
    const QString marksName = QStringLiteral("marks");
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (!marks[i].isObject())
            return {std::nullopt, ComparisonFileText::tr("\"%1\" should be an object").arg(Where(marksName, i).text()), {}};
        const QJsonObject o = marks[i].toObject();
        QString key, verdict;
        ReaderMark m;
        if (!r.string(o, QStringLiteral("claim"), Where(marksName, i, QStringLiteral("claim")), &key, true, kMaxKeyChars)
            || !r.string(o, QStringLiteral("verdict"), Where(marksName, i, QStringLiteral("verdict")), &verdict, false, 40)
            || !r.string(o, QStringLiteral("note"), Where(marksName, i, QStringLiteral("note")), &m.note, false, kMaxComparisonNoteChars))
            return {std::nullopt, r.error, {}};
        if (key.isEmpty())
            return {std::nullopt, ComparisonFileText::tr("\"%1.claim\" is empty").arg(Where(marksName, i).text()), {}};
        const std::optional<Verdict> v = verdictFromKey(verdict);
        if (!v)
            return {std::nullopt,
                    ComparisonFileText::tr("\"%1.verdict\" is \"%2\"; expected confirmed, disputed or needs-checking")
                        .arg(Where(marksName, i).text(), verdict),
                    {}};
        m.verdict = *v;
        if (!m.isEmpty())
            f.marks.insert(key, m);
    }
    if (!repairedIds.isEmpty())
        return {f,
                {},
                ComparisonFileText::tr("Articles of one file name from several folders had one id; "
                                       "they were told apart: %1")
                    .arg(repairedIds.join(QStringLiteral(", ")))};
    return {f, {}, {}};
}

ComparisonReadResult readComparison(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, ComparisonFileText::tr("%1 cannot be read (%2)").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    if (file.size() > kMaxComparisonBytes)
        return {std::nullopt,
                ComparisonFileText::tr("%1 is too large to be a comparison (%2 MB)")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(file.size() / (1024 * 1024)),
                {}};
    ComparisonReadResult r = parseComparison(file.read(kMaxComparisonBytes + 1), QFileInfo(path).absolutePath());
    if (!r.file)
        r.error = ComparisonFileText::tr("%1: %2").arg(QDir::toNativeSeparators(path), r.error);
    return r;
}

bool writeComparison(const ComparisonFile &file, const QString &path, QString *error)
{
    const QByteArray bytes = serializeComparison(file, QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = ComparisonFileText::tr("%1 cannot be written (%2)").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

ComparisonDrift compareWithCorpus(const ComparisonFile &file, const Corpus &corpus)
{
    ComparisonDrift d;
    QHash<QString, QString> saved;
    for (const SavedArticle &a : file.articles)
        saved.insert(a.id, a.hash);
    // Every article's text hashed on every core (a restore waits for it; 2,000 articles are 8 MB).
    QStringList hashes(corpus.articles.size());
    parallelFor(int(corpus.articles.size()), [&](int i) {
        if (saved.contains(corpus.articles[i].id))
            hashes[i] = articleTextHash(corpus.articles[i].text);
    });
    QSet<QString> loaded;
    for (qsizetype i = 0; i < corpus.articles.size(); ++i) {
        const Article &a = corpus.articles[i];
        loaded.insert(a.id);
        const auto it = saved.constFind(a.id);
        if (it == saved.constEnd())
            d.addedArticles.append(a.id);
        else if (*it != hashes[i])
            d.changedArticles.append(a.id);
    }
    for (const SavedArticle &a : file.articles) {
        if (!loaded.contains(a.id))
            d.missingArticles.append(a.id);
    }
    return d;
}
