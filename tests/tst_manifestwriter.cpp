// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving metadata corrections into corpus.json: one entry changes, everything else stays.
#include "corpusloader.h"
#include "manifestwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

class TestManifestWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void updatesOneEntry();
    void addsMissingEntry();
    void createsManifest();
    void emptyValuesRemoveKeys();
    void refusals_data();
    void refusals();
    void correctionsWinOnReload();
    void fetchedArticlesKeepAddressAndTime();

private:
    QJsonObject readManifest() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

static const char kManifest[] = R"({
  "format": "parallax-corpus/1",
  "title": "A corpus",
  "published": "2024-05-16",
  "curator": "someone",
  "articles": [
    {"file": "a.txt", "outlet": "Old Outlet", "url": "https://example.org/a", "notes": "keep me"},
    {"file": "b.txt", "outlet": "B Outlet", "title": "B title"}
  ]
})";

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void TestManifestWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("a.txt")), "Headline A\nThe minister arrived in Paris, officials said.\n"));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("b.txt")), "Headline B\nTalks resumed in Geneva on Monday, officials said.\n"));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("c.txt")), "Headline C\nThe vote was delayed until June, officials said.\n"));
}

QJsonObject TestManifestWriter::readManifest() const
{
    QFile f(m_dir->filePath(QStringLiteral("corpus.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestManifestWriter::updatesOneEntry()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("corpus.json")), kManifest));
    const QString error =
        saveArticleCorrection(m_dir->path(), QStringLiteral("a.txt"),
                              {QStringLiteral("New title"), QStringLiteral("New Outlet"), QStringLiteral("Ann Lee"), QDate(2024, 5, 17)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject root = readManifest();
    QCOMPARE(root.value(u"title").toString(), QStringLiteral("A corpus"));
    QCOMPARE(root.value(u"curator").toString(), QStringLiteral("someone"));
    QCOMPARE(root.value(u"published").toString(), QStringLiteral("2024-05-16"));
    const QJsonArray articles = root.value(u"articles").toArray();
    QCOMPARE(articles.size(), 2);
    const QJsonObject a = articles[0].toObject();
    QCOMPARE(a.value(u"file").toString(), QStringLiteral("a.txt"));
    QCOMPARE(a.value(u"title").toString(), QStringLiteral("New title"));
    QCOMPARE(a.value(u"outlet").toString(), QStringLiteral("New Outlet"));
    QCOMPARE(a.value(u"byline").toString(), QStringLiteral("Ann Lee"));
    QCOMPARE(a.value(u"published").toString(), QStringLiteral("2024-05-17"));
    QCOMPARE(a.value(u"url").toString(), QStringLiteral("https://example.org/a"));
    QCOMPARE(a.value(u"notes").toString(), QStringLiteral("keep me"));
    QCOMPARE(articles[1].toObject(), QJsonDocument::fromJson(kManifest).object().value(u"articles").toArray()[1].toObject());
    // Atomic replacement leaves no temporary files behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.txt"), QStringLiteral("corpus.json")}));
}

void TestManifestWriter::addsMissingEntry()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("corpus.json")), kManifest));
    // An absolute path inside the folder is stored relative to it.
    const QString error = saveArticleCorrection(m_dir->path(), m_dir->filePath(QStringLiteral("c.txt")),
                                                {QString(), QStringLiteral("C Outlet"), QString(), QDate()});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray articles = readManifest().value(u"articles").toArray();
    QCOMPARE(articles.size(), 3);
    QCOMPARE(articles[2].toObject(),
             (QJsonObject{{QStringLiteral("file"), QStringLiteral("c.txt")}, {QStringLiteral("outlet"), QStringLiteral("C Outlet")}}));
}

void TestManifestWriter::createsManifest()
{
    const QString error =
        saveArticleCorrection(m_dir->path(), QStringLiteral("b.txt"), {QStringLiteral("T"), QString(), QString(), QDate(2025, 1, 2)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject root = readManifest();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("parallax-corpus/1"));
    QCOMPARE(root.value(u"articles").toArray().size(), 1);
    QCOMPARE(root.value(u"articles").toArray()[0].toObject().value(u"published").toString(), QStringLiteral("2025-01-02"));
}

void TestManifestWriter::emptyValuesRemoveKeys()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("corpus.json")), kManifest));
    QVERIFY(saveArticleCorrection(m_dir->path(), QStringLiteral("b.txt"), {}).isEmpty());
    const QJsonObject b = readManifest().value(u"articles").toArray()[1].toObject();
    QCOMPARE(b, (QJsonObject{{QStringLiteral("file"), QStringLiteral("b.txt")}}));
}

void TestManifestWriter::refusals_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reasonPart");
    QTest::addRow("broken manifest is left alone")
        << QByteArray("{ \"articles\": [") << QStringLiteral("a.txt") << QStringLiteral("left unchanged");
    QTest::addRow("manifest not an object") << QByteArray("[]") << QStringLiteral("a.txt") << QStringLiteral("left unchanged");
    QTest::addRow("file outside the folder") << QByteArray(kManifest) << QStringLiteral("../x.txt") << QStringLiteral("not inside");
    QTest::addRow("absolute path elsewhere") << QByteArray(kManifest) << QStringLiteral("/etc/hostname") << QStringLiteral("not inside");
}

void TestManifestWriter::refusals()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, file);
    QFETCH(QString, reasonPart);
    const QString path = m_dir->filePath(QStringLiteral("corpus.json"));
    QVERIFY(writeFile(path, manifest));
    const QString error = saveArticleCorrection(m_dir->path(), file, {QStringLiteral("T"), QStringLiteral("O"), QString(), QDate()});
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), manifest);
}

void TestManifestWriter::correctionsWinOnReload()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("corpus.json")), kManifest));
    QVERIFY(saveArticleCorrection(m_dir->path(), QStringLiteral("c.txt"),
                                  {QStringLiteral("Corrected"), QStringLiteral("Outlet C"), QStringLiteral("Ann Lee"), QDate(2024, 6, 1)})
                .isEmpty());
    const Corpus corpus = loadCorpus({m_dir->path()});
    QVERIFY(corpus.problems.isEmpty());
    const Article &c = corpus.articles[corpus.indexOf(QStringLiteral("c"))];
    QCOMPARE(c.title, QStringLiteral("Corrected"));
    QCOMPARE(c.outlet, QStringLiteral("Outlet C"));
    QCOMPARE(c.byline, QStringLiteral("Ann Lee"));
    QCOMPARE(c.published, QDate(2024, 6, 1));
}

void TestManifestWriter::fetchedArticlesKeepAddressAndTime()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("corpus.json")), kManifest));
    const QDateTime fetched(QDate(2025, 3, 4), QTime(9, 30, 15), QTimeZone::UTC);
    ManifestArticle c{QStringLiteral("c.txt"),
                      {QStringLiteral("Headline C"), QStringLiteral("Outlet C"), {}, QDate(2025, 3, 3)},
                      QStringLiteral("https://example.org/c"),
                      fetched};
    QVERIFY(saveManifestArticles(m_dir->path(), {c}).isEmpty());
    const QJsonObject root = readManifest();
    QCOMPARE(root.value(u"curator").toString(), QStringLiteral("someone")); // the rest is kept
    QCOMPARE(root.value(u"articles").toArray().size(), 3);
    QCOMPARE(root.value(u"articles").toArray().at(2).toObject().value(u"fetched").toString(), QStringLiteral("2025-03-04T09:30:15Z"));
    const Corpus corpus = loadCorpus({m_dir->path()});
    const Article &loaded = corpus.articles[corpus.indexOf(QStringLiteral("c"))];
    QCOMPARE(loaded.url, QStringLiteral("https://example.org/c"));
    QCOMPARE(loaded.fetched, fetched);
    QCOMPARE(loaded.outlet, QStringLiteral("Outlet C"));
    QVERIFY(!corpus.articles[corpus.indexOf(QStringLiteral("a"))].fetched.isValid());
}

QTEST_GUILESS_MAIN(TestManifestWriter)
#include "tst_manifestwriter.moc"
