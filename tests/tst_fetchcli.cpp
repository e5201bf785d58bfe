// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `parallax fetch` on a feed served by a local HTTP server, then
// `parallax analyze` on the folder it wrote, with the server stopped.
#include "bridgestory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

} // namespace

class TestFetchCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void feedIntoFolderThenAnalyse();
    void allFetchedExitsZero();
    void misuse();

private:
    // Waits without blocking the event loop: the server answers from this thread.
    Run run(const QStringList &args);
    HttpFixture m_server;
};

void TestFetchCli::initTestCase()
{
    QVERIFY(m_server.listen());
    serveBridgeStory(m_server);
}

Run TestFetchCli::run(const QStringList &args)
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(PARALLAX_BINARY), args);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000); }();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestFetchCli::feedIntoFolderThenAnalyse()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("fetched"));
    const Run fetched = run({QStringLiteral("fetch"), m_server.url(QStringLiteral("/feed.xml")).toString(), QStringLiteral("-o"), folder});
    QCOMPARE(fetched.exitCode, 1); // one item failed
    const QStringList errLines = fetched.err.trimmed().split(u'\n');
    QCOMPARE(errLines.size(), 2);
    QCOMPARE(errLines[0], QStringLiteral("parallax fetch: %1: the server answered HTTP 404 (Not Found)")
                              .arg(m_server.url(QStringLiteral("/gone")).toString()));
    QCOMPARE(errLines[1], QStringLiteral("parallax fetch: articles fetched: 2, failed: 1"));
    QCOMPARE(fetched.out.trimmed().split(u'\n').size(), 2);

    QFile manifestFile(QDir(folder).filePath(QStringLiteral("corpus.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(manifestFile.readAll()).object().value(u"articles").toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries[0].toObject();
    QCOMPARE(first.value(u"url").toString(), m_server.url(QStringLiteral("/ledger/bridge")).toString());
    QCOMPARE(first.value(u"outlet").toString(), QStringLiteral("Coastal Ledger"));
    QCOMPARE(first.value(u"published").toString(), QStringLiteral("2025-03-04")); // from the feed: the page gives no date
    QVERIFY(QDateTime::fromString(first.value(u"fetched").toString(), Qt::ISODate).isValid());

    // Nothing of the web is needed any more.
    m_server.stop();
    const QString json = dir.filePath(QStringLiteral("analysis.json"));
    const Run analysed = run({QStringLiteral("analyze"), folder, QStringLiteral("--json"), json});
    QCOMPARE(analysed.exitCode, 0);
    QVERIFY2(analysed.err.isEmpty(), qPrintable(analysed.err));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray articles = root.value(u"articles").toArray();
    QCOMPARE(articles.size(), 2);
    QStringList outlets;
    for (const QJsonValue &a : articles)
        outlets << a.toObject().value(u"outlet").toString();
    outlets.sort();
    QCOMPARE(outlets, (QStringList{QStringLiteral("Coastal Ledger"), QStringLiteral("Valley Post")}));
    QVERIFY(!root.value(u"claims").toArray().isEmpty());
    QVERIFY(m_server.listen());
}

void TestFetchCli::allFetchedExitsZero()
{
    QTemporaryDir dir;
    const Run fetched = run({QStringLiteral("fetch"), m_server.url(QStringLiteral("/ledger/bridge")).toString(),
                             m_server.url(QStringLiteral("/post/bridge")).toString(), QStringLiteral("-o"), dir.path()});
    QCOMPARE(fetched.exitCode, 0);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.txt")}, QDir::Files).size(), 2);
}

void TestFetchCli::misuse()
{
    const Run noFolder = run({QStringLiteral("fetch"), QStringLiteral("http://127.0.0.1/a")});
    QCOMPARE(noFolder.exitCode, 2);
    QTemporaryDir dir;
    const Run badFeed = run({QStringLiteral("fetch"), QStringLiteral(PARALLAX_SOURCE_DIR "/README.md"), QStringLiteral("-o"), dir.path()});
    QCOMPARE(badFeed.exitCode, 1);
    QVERIFY2(badFeed.err.startsWith(QStringLiteral("parallax fetch: " PARALLAX_SOURCE_DIR "/README.md: the feed is not well-formed XML")),
             qPrintable(badFeed.err));
}

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetchcli.moc"
