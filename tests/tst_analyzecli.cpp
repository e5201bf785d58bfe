// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `parallax analyze` on the seed corpus and checks its JSON.
#include "analysisbuilder.h"
#include "analysisjson.h"
#include "analyzer.h"
#include "corpusloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAnalyzeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAnalysis();
    void reportsRefusedFiles();
    void streamedJsonMatchesQJsonDocument_data();
    void streamedJsonMatchesQJsonDocument();
};

void TestAnalyzeCli::writesAnalysis()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("a.json"));
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY),
            {QStringLiteral("analyze"), QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024"), QStringLiteral("--json"), out});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("parallax-analysis/1"));
    const QJsonArray articles = root.value(u"articles").toArray();
    QCOMPARE(articles.size(), 5);
    QCOMPARE(articles[0].toObject().value(u"outlet").toString(), QStringLiteral("VCPOST"));
    QVERIFY(root.value(u"entities").isArray());
    QVERIFY(root.value(u"claims").isArray());
}

void TestAnalyzeCli::reportsRefusedFiles()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(QStringLiteral("good.txt")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("Officials met in Paris on Monday.\n");
    good.close();
    QFile bad(dir.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.close();
    const QString out = dir.filePath(QStringLiteral("a.json"));
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), {QStringLiteral("analyze"), dir.path(), QStringLiteral("--json"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(QStringLiteral("bad.txt")), qPrintable(err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"articles").toArray().size(), 1);
}

void TestAnalyzeCli::streamedJsonMatchesQJsonDocument_data()
{
    QTest::addColumn<AnalysisPtr>("analysis");
    QTest::newRow("seed corpus") << analyzeCorpus(
        std::make_shared<const Corpus>(loadCorpus({QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024")})));

    // Every kind of character the writer escapes or encodes, and the optional keys.
    auto corpus = std::make_shared<Corpus>();
    const QString odd = QStringLiteral("quote \" backslash \\ tab \t nl \n cr \r bs \b ff \f nul ") + QChar(0) + QStringLiteral(" esc ")
                        + QChar(0x1b) + QStringLiteral(" del ") + QChar(0x7f) + QStringLiteral(" é ü ") + QChar(0x20ac)
                        + QStringLiteral(" emoji ") + QString::fromUcs4(U"\U0001F600") + QStringLiteral(" lone high ") + QChar(0xd800)
                        + QStringLiteral(" lone low ") + QChar(0xdc00) + QStringLiteral(" end high ") + QChar(0xdbff);
    Article a;
    a.id = QStringLiteral("a\"1");
    a.filePath = QStringLiteral("/tmp/") + odd + QStringLiteral(".txt");
    a.title = odd;
    a.url = QStringLiteral("https://example.org/?q=\"x\"");
    a.text = odd + odd;
    a.clutter = {{0, 5}, {7, 9}};
    corpus->articles = {a, Article{}};
    corpus->articles[1].id = QStringLiteral("b");
    corpus->title = odd;
    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;
    analysis->entities = {makeEntity(QStringLiteral("e1"), EntityType::Date, odd, {{0, {1, 4}, odd}, {1, {0, 0}, QString()}}),
                          makeEntity(QStringLiteral("e2"), EntityType::Person, QStringLiteral("Ann"))};
    Claim conflict = makeClaim(QStringLiteral("c2"), ClaimKind::Conflict, {}, QStringLiteral("date"), odd);
    conflict.attribution = odd;
    analysis->claims = {
        makeClaim(QStringLiteral("c1"), ClaimKind::Shared, {{0, {2, 8}, odd, QString()}, {1, {0, 1}, QStringLiteral("x"), odd}}), conflict};
    QTest::newRow("escapes and optional keys") << AnalysisPtr(analysis);

    auto bare = std::make_shared<Analysis>();
    bare->corpus = std::make_shared<Corpus>();
    QTest::newRow("empty") << AnalysisPtr(bare);
}

void TestAnalyzeCli::streamedJsonMatchesQJsonDocument()
{
    QFETCH(AnalysisPtr, analysis);
    QVERIFY(analysis);
    const QByteArray expected = QJsonDocument(analysisToJson(*analysis)).toJson(QJsonDocument::Indented);
    const QByteArray streamed = analysisJson(*analysis);
    if (streamed != expected) {
        qsizetype at = 0;
        while (at < streamed.size() && at < expected.size() && streamed[at] == expected[at])
            ++at;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1: got \"%2\", want \"%3\"")
                             .arg(at)
                             .arg(QString::fromUtf8(streamed.mid(std::max<qsizetype>(0, at - 40), 80)),
                                  QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 40), 80)))));
    }
}

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "tst_analyzecli.moc"
