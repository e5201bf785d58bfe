// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscache.h"

#include "analysisstream.h"
#include "buildidentity.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#include <algorithm>
#include <cstdlib>

namespace {

// Raised whenever the stream's layout or the meaning of a field changes.
constexpr quint32 kFormat = 3; // 3: claim keys and entities' furniture flags
constexpr char kMagic[] = "PARALLAX-ANALYSIS\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr auto kDigest = QCryptographicHash::Blake2b_256;
constexpr qsizetype kDigestSize = 32;
constexpr qsizetype kHeaderSize = kMagicSize + 4 + kDigestSize + kDigestSize; // magic, format, key, checksum

void addString(QCryptographicHash &hash, const QString &s)
{
    const qint64 size = s.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(s.constData()), s.size() * qsizetype(sizeof(QChar))));
}

// Everything an analysis may read of an article; not where its file is, so a moved folder still matches.
void addArticle(QCryptographicHash &hash, const Article &a)
{
    for (const QString *s : {&a.id, &a.format, &a.text, &a.title, &a.outlet, &a.byline, &a.url, &a.name})
        addString(hash, *s);
    addString(hash, a.published.toString(Qt::ISODate));
    addString(hash, a.fetched.toString(Qt::ISODateWithMs));
    for (const TextRange &r : a.clutter)
        addString(hash, QStringLiteral("%1-%2").arg(r.start).arg(r.end));
    addString(hash, QStringLiteral("end of article"));
}

QByteArray header(const QByteArray &key, const QByteArray &checksum)
{
    QByteArray h(kMagic, kMagicSize);
    const quint32 format = kFormat;
    h.append(reinterpret_cast<const char *>(&format), sizeof format);
    return h + key + checksum;
}

QByteArray checksumOf(const QByteArray &key, QByteArrayView payload)
{
    QCryptographicHash hash(kDigest);
    hash.addData(key);
    hash.addData(payload);
    return hash.result();
}

} // namespace

AnalysisCache::AnalysisCache(const QString &directory, qint64 budgetBytes)
    : m_directory(directory)
    , m_budget(budgetBytes)
{
}

QString AnalysisCache::standardDirectory()
{
    const QString set = qEnvironmentVariable("PARALLAX_ANALYSIS_CACHE_DIR");
    if (!set.isEmpty())
        return set;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/analyses");
}

QByteArray AnalysisCache::keyFor(const Corpus &corpus)
{
    const QByteArray build = buildIdentity();
    if (build.isEmpty())
        return {};
    QCryptographicHash hash(kDigest);
    hash.addData(build);
    hash.addData(qVersion());
    hash.addData(qgetenv("PARALLAX_CLAIM_TUNING"));
    // Reasons and summaries are written in the interface language.
    addString(hash, QLocale().uiLanguages().join(u','));
    addString(hash, corpus.title);
    addString(hash, corpus.published.toString(Qt::ISODate));
    // Each article hashed on its own, on every core, then their hashes in order.
    const QList<QByteArray> articles = QtConcurrent::blockingMapped(corpus.articles, [](const Article &a) {
        QCryptographicHash articleHash(kDigest);
        addArticle(articleHash, a);
        return articleHash.result();
    });
    for (const QByteArray &a : articles)
        hash.addData(a);
    return hash.result();
}

QString AnalysisCache::pathFor(const QByteArray &key) const
{
    return QDir(m_directory).filePath(QString::fromLatin1(key.toHex()) + QStringLiteral(".analysis"));
}

AnalysisPtr AnalysisCache::recall(std::shared_ptr<const Corpus> corpus, const std::function<bool()> &canceled) const
{
    const QByteArray key = corpus ? keyFor(*corpus) : QByteArray();
    if (key.isEmpty())
        return nullptr;
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray data = file.readAll();
    file.close();
    const QByteArrayView payload = QByteArrayView(data).sliced(std::min(kHeaderSize, data.size()));
    if (data.size() < kHeaderSize || !data.startsWith(header(key, {}))) {
        file.remove(); // of an older format, or damaged
        return nullptr;
    }
    // The checksum on another core while this one reads: a mismatch discards what was read.
    QFuture<QByteArray> checksum = QtConcurrent::run([&key, payload] { return checksumOf(key, payload); });
    AnalysisPtr analysis = readAnalysisStream(payload, std::move(corpus), canceled);
    if (checksum.result() != data.sliced(kHeaderSize - kDigestSize, kDigestSize))
        analysis = nullptr;
    if (analysis)
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime); // recently used
    else if (!canceled || !canceled())
        file.remove(); // damaged or of an older format: analysed again and kept anew
    return analysis;
}

bool AnalysisCache::store(const Analysis &analysis) const
{
    const QByteArray key = analysis.corpus ? keyFor(*analysis.corpus) : QByteArray();
    if (key.isEmpty() || !QDir().mkpath(m_directory))
        return false;
    const QByteArray payload = writeAnalysisStream(analysis);
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(header(key, checksumOf(key, payload)));
    file.write(payload);
    if (!file.commit())
        return false;
    trim();
    return true;
}

void AnalysisCache::trim() const
{
    QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.analysis")}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &f : files) { // newest first
        total += f.size();
        if (total > m_budget)
            QFile::remove(f.absoluteFilePath());
    }
}
