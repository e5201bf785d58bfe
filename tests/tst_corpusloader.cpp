// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfile.h"
#include "corpusloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestCorpusLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedCorpus();
    void manifestMetadata_data();
    void manifestMetadata();
    void badInput_data();
    void badInput();
    void sameNames_data();
    void sameNames();
    void repairedIds();
    void manifestOfEachFolder_data();
    void manifestOfEachFolder();

private:
    static QString seedDir() { return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024"); }
};

static void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestCorpusLoader::seedCorpus()
{
    const Corpus corpus = loadCorpus({seedDir()});
    QCOMPARE(corpus.articles.size(), 5);
    QVERIFY2(corpus.problems.isEmpty(), qPrintable(corpus.problems.value(0).message()));
    QCOMPARE(corpus.published, QDate(2024, 5, 16));
    for (const Article &a : corpus.articles) {
        QFile f(a.filePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(a.text, QString::fromUtf8(f.readAll()));
        QVERIFY(a.published.isValid());
    }
}

void TestCorpusLoader::manifestMetadata_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    QTest::addRow("000") << QStringLiteral("000_cf5a05ee9db54925") << QStringLiteral("VCPOST") << QStringLiteral("Jace Dela Cruz")
                         << QDate(2024, 5, 16);
    QTest::addRow("004") << QStringLiteral("004_03952a0ed07344a4") << QString() << QString() << QDate(2024, 5, 16);
}

void TestCorpusLoader::manifestMetadata()
{
    QFETCH(QString, id);
    QFETCH(QString, outlet);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    const Corpus corpus = loadCorpus({seedDir()});
    const int i = corpus.indexOf(id);
    QVERIFY(i >= 0);
    QCOMPARE(corpus.articles[i].outlet, outlet);
    QCOMPARE(corpus.articles[i].byline, byline);
    QCOMPARE(corpus.articles[i].published, published);
}

// Each bad input yields one problem naming the file, while the good article still loads.
void TestCorpusLoader::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonPart");
    QTest::addRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("whitespace only") << QStringLiteral("blank.txt") << QByteArray("  \n\n") << QStringLiteral("empty");
    QTest::addRow("manifest not json") << QStringLiteral("corpus.json") << QByteArray("{ not json") << QStringLiteral("not valid JSON");
    QTest::addRow("manifest outside") << QStringLiteral("corpus.json") << QByteArray(R"({"articles":[{"file":"../secret.txt"}]})")
                                      << QStringLiteral("outside");
    QTest::addRow("manifest NUL in name") << QStringLiteral("corpus.json") << QByteArray(R"({"articles":[{"file":"good\u0000.txt"}]})")
                                          << QStringLiteral("NUL");
    QTest::addRow("manifest missing file") << QStringLiteral("corpus.json") << QByteArray(R"({"articles":[{"file":"gone.txt"}]})")
                                           << QStringLiteral("does not exist");
    QTest::addRow("duplicate article") << QStringLiteral("zcopy.txt") << QByteArray("A good article.\nIt has text.\n")
                                       << QStringLiteral("same article");
}

void TestCorpusLoader::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonPart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("good.txt")), "A good article.\nIt has text.\n");
    writeFile(dir.filePath(fileName), bytes);
    const Corpus corpus = loadCorpus({dir.path()});
    QCOMPARE(corpus.articles.size(), 1);
    QCOMPARE(corpus.problems.size(), 1);
    QVERIFY2(corpus.problems[0].path.endsWith(fileName), qPrintable(corpus.problems[0].path));
    QVERIFY2(corpus.problems[0].reason.contains(reasonPart), qPrintable(corpus.problems[0].reason));
}

// Files of one name from several folders, opened together (as a reader does with loose files).
static QStringList sameNamedFiles(const QTemporaryDir &dir, const QStringList &names)
{
    QStringList paths;
    for (int i = 0; i < names.size(); ++i) {
        const QString folder = dir.filePath(QStringLiteral("outlet%1").arg(i));
        QDir().mkpath(folder);
        const QString path = folder + u'/' + names[i];
        writeFile(path, QStringLiteral("Report number %1 on the harbour fire in Gdansk, told its own way.\n").arg(i).toUtf8());
        paths << path;
    }
    return paths;
}

void TestCorpusLoader::sameNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ids");
    QTest::addRow("two folders") << QStringList{"story.txt", "story.txt"} << QStringList{"story", "story.txt"};
    QTest::addRow("three folders") << QStringList{"story.txt", "story.txt", "story.txt"}
                                   << QStringList{"story", "story.txt", "story.txt~2"};
    QTest::addRow("another extension") << QStringList{"story.txt", "story.md", "story.txt"}
                                       << QStringList{"story", "story.md", "story.txt"};
}

void TestCorpusLoader::sameNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, ids);
    QTemporaryDir dir;
    const QStringList paths = sameNamedFiles(dir, names);
    const Corpus corpus = loadCorpus(paths);
    QStringList loaded;
    for (const Article &a : corpus.articles)
        loaded << a.id;
    loaded.sort();
    ids.sort();
    QCOMPARE(loaded, ids);
    // Saved and read again: the same ids, nothing repaired, nothing drifted.
    const ComparisonFile saved = comparisonForCorpus(corpus, paths);
    const ComparisonReadResult read = parseComparison(serializeComparison(saved, dir.path()), dir.path());
    QVERIFY2(read.file, qPrintable(read.error));
    QVERIFY(read.notice.isEmpty());
    const ComparisonDrift drift = compareWithCorpus(*read.file, loadCorpus(sameNamedFiles(dir, names)));
    QVERIFY(drift.missingArticles.isEmpty() && drift.addedArticles.isEmpty() && drift.changedArticles.isEmpty());
}

void TestCorpusLoader::repairedIds()
{
    // A comparison saved by an older version, which gave the third same-named file the second's id.
    QTemporaryDir dir;
    const QStringList names{"story.txt", "story.txt", "story.txt"};
    const QStringList paths = sameNamedFiles(dir, names);
    const Corpus corpus = loadCorpus(paths);
    ComparisonFile saved = comparisonForCorpus(corpus, paths);
    QCOMPARE(saved.articles.size(), 3);
    for (SavedArticle &a : saved.articles) {
        if (a.id == u"story.txt~2")
            a.id = QStringLiteral("story.txt");
    }
    const ComparisonReadResult read = parseComparison(serializeComparison(saved, dir.path()), dir.path());
    QVERIFY2(read.file, qPrintable(read.error));
    QVERIFY(!read.notice.isEmpty());
    const ComparisonDrift drift = compareWithCorpus(*read.file, corpus);
    QVERIFY(drift.missingArticles.isEmpty() && drift.addedArticles.isEmpty());
}

void TestCorpusLoader::manifestOfEachFolder_data()
{
    QTest::addColumn<bool>("openFolders"); // the two folders, else their files one by one
    QTest::addRow("two folders") << true;
    QTest::addRow("loose files from two folders") << false;
}

// Articles fetched into a folder of their own keep their outlets and addresses when they
// join a comparison opened from another folder, as folders or as single files.
void TestCorpusLoader::manifestOfEachFolder()
{
    QFETCH(bool, openFolders);
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first")), second = dir.filePath(QStringLiteral("second"));
    QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
    writeFile(first + QStringLiteral("/a.txt"), "The council met on Monday to vote on the budget.\n");
    writeFile(first + QStringLiteral("/corpus.json"), R"({"title": "Budget", "articles": [{"file": "a.txt", "outlet": "Outlet A"}]})");
    writeFile(second + QStringLiteral("/b.txt"), "On Monday the council voted on next year's budget.\n");
    writeFile(
        second + QStringLiteral("/corpus.json"),
        R"({"articles": [{"file": "b.txt", "outlet": "Outlet B", "url": "https://b.example/x", "fetched": "2025-03-04T09:30:00Z"}]})");
    const QStringList paths =
        openFolders ? QStringList{first, second} : QStringList{first + QStringLiteral("/a.txt"), second + QStringLiteral("/b.txt")};
    const Corpus corpus = loadCorpus(paths);
    QVERIFY(corpus.problems.isEmpty());
    QCOMPARE(corpus.articles.size(), 2);
    QCOMPARE(corpus.articles[0].outlet, QStringLiteral("Outlet A"));
    QCOMPARE(corpus.articles[1].outlet, QStringLiteral("Outlet B"));
    QCOMPARE(corpus.articles[1].url, QStringLiteral("https://b.example/x"));
    QCOMPARE(corpus.articles[1].fetched, QDateTime(QDate(2025, 3, 4), QTime(9, 30), QTimeZone::UTC));
    QCOMPARE(corpus.title, openFolders ? QStringLiteral("Budget") : QString());
}

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"
