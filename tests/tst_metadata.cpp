// Metadata guessed from an article's own text (no manifest), and the manifest winning over guesses.
#include "articleimporter.h"
#include "clutterdetector.h"
#include "corpusloader.h"
#include "metadataguesser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedFromOwnText_data();
    void seedFromOwnText();
    void guesses_data();
    void guesses();
    void writtenDates_data();
    void writtenDates();
    void manifestWins();
};

void TestMetadata::seedFromOwnText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    QTest::addRow("000") << QStringLiteral("000_cf5a05ee9db54925.txt")
                         << QStringLiteral("Russia's Vladimir Putin Visits China's Xi Jinping to Strengthen Economic, Political Ties "
                                           "Amid US Global Dominance")
                         << QStringLiteral("VCPOST") << QStringLiteral("Jace Dela Cruz") << QDate(2024, 5, 16);
    // Its first readable lines are reporting, not a headline: no title is made up.
    QTest::addRow("001") << QStringLiteral("001_d16399022bd74838.txt") << QString() << QString() << QString() << QDate();
    QTest::addRow("002") << QStringLiteral("002_41a3ba1b02c85ae1.txt") << QString() << QString() << QString() << QDate();
    QTest::addRow("003") << QStringLiteral("003_db7b869523da3570.txt")
                         << QStringLiteral("Strategic Alliances Strengthened as Putin Visits Xi in Beijing") << QString() << QString()
                         << QDate();
    // The paywall label is not part of the headline.
    QTest::addRow("004") << QStringLiteral("004_03952a0ed07344a4.txt")
                         << QStringLiteral("Xi and Putin Agree to Further Deepen Economic and Military Ties During State Visit")
                         << QString() << QString() << QDate();
}

void TestMetadata::seedFromOwnText()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    const ImportResult r = importArticle(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024/") + file);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(r.article->title, title);
    QCOMPARE(r.article->outlet, outlet);
    QCOMPARE(r.article->byline, byline);
    QCOMPARE(r.article->published, published);
}

void TestMetadata::guesses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    const QString body = QStringLiteral("The minister arrived in Paris on Monday for talks, officials said.\n");
    QTest::addRow("headline byline dateline")
        << QStringLiteral("Talks Resume in Paris\nBy Ann Lee and Tom Roe\nPublished: 3 March 2025 10:00 GMT\n") + body
        << QStringLiteral("Talks Resume in Paris") << QString() << QStringLiteral("Ann Lee and Tom Roe") << QDate(2025, 3, 3);
    QTest::addRow("byline with date on one line")
        << QStringLiteral("Talks Resume\nBy Maria de la Cruz | Jan. 5, 2025\n") + body << QStringLiteral("Talks Resume") << QString()
        << QStringLiteral("Maria de la Cruz") << QDate(2025, 1, 5);
    QTest::addRow("wire dateline names the outlet")
        << QStringLiteral("PARIS (Reuters) - ") + body << QString() << QStringLiteral("Reuters") << QString() << QDate();
    QTest::addRow("wire dateline with a date")
        << QStringLiteral("BEIJING, March 7 (Reuters) - ") + body << QString() << QStringLiteral("Reuters") << QString() << QDate();
    QTest::addRow("copyright holder beats wire name")
        << QStringLiteral("WASHINGTON (AP) — ") + body + QStringLiteral("Copyright 2024 The Associated Press. All Rights Reserved.\n")
        << QString() << QStringLiteral("The Associated Press") << QString() << QDate();
    QTest::addRow("copyright with company")
        << body + QStringLiteral("Copyright © 2025 The Daily Example Ltd. All rights reserved.\n") << QString()
        << QStringLiteral("The Daily Example Ltd") << QString() << QDate();
    QTest::addRow("republishing note")
        << body + QStringLiteral("This article originally appeared on Example News.\n") << QString()
        << QStringLiteral("Example News") << QString() << QDate();
    QTest::addRow("by in a sentence is no byline")
        << QStringLiteral("Summit Ends\nBy the end of the day, the talks had stalled.\n") << QStringLiteral("Summit Ends") << QString()
        << QString() << QDate();
    QTest::addRow("date inside reporting is no dateline")
        << QStringLiteral("Summit Ends\nThe treaty signed on May 3, 2021 expired last week, officials in Paris said.\n")
        << QStringLiteral("Summit Ends") << QString() << QString() << QDate();
    QTest::addRow("iso dateline") << QStringLiteral("Summit Ends\n2025-02-28\n") + body << QStringLiteral("Summit Ends") << QString()
                                  << QString() << QDate(2025, 2, 28);
}

void TestMetadata::guesses()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    const GuessedMetadata g = guessMetadata(text, detectClutter(text));
    QCOMPARE(g.title, title);
    QCOMPARE(g.outlet, outlet);
    QCOMPARE(g.byline, byline);
    QCOMPARE(g.published, published);
}

void TestMetadata::writtenDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addRow("month day year") << QStringLiteral("May 16, 2024 06:39 AM EDT") << QDate(2024, 5, 16);
    QTest::addRow("day month year") << QStringLiteral("Thursday 16 May 2024") << QDate(2024, 5, 16);
    QTest::addRow("abbreviated") << QStringLiteral("Sept. 3rd, 2023") << QDate(2023, 9, 3);
    QTest::addRow("iso with zone") << QStringLiteral("2024-05-16T06:39:00-04:00") << QDate(2024, 5, 16);
    QTest::addRow("impossible date") << QStringLiteral("February 30, 2024") << QDate();
    QTest::addRow("no date") << QStringLiteral("in May") << QDate();
}

void TestMetadata::writtenDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseWrittenDate(text), date);
}

void TestMetadata::manifestWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile article(dir.filePath(QStringLiteral("a.txt")));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("Guessed Headline\nBy Ann Lee\nMay 1, 2024\nThe minister arrived in Paris on Monday, officials said.\n"
                  "\xC2\xA9 2024 GUESSED NEWS\n");
    article.close();
    QFile manifest(dir.filePath(QStringLiteral("corpus.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"format":"parallax-corpus/1","articles":[{"file":"a.txt","outlet":"Stated Outlet","title":"Stated Title",
                     "byline":"Stated Author","published":"2024-05-02"}]})");
    manifest.close();
    const Corpus corpus = loadCorpus({dir.path()});
    QCOMPARE(corpus.articles.size(), 1);
    const Article &a = corpus.articles[0];
    QCOMPARE(a.outlet, QStringLiteral("Stated Outlet"));
    QCOMPARE(a.title, QStringLiteral("Stated Title"));
    QCOMPARE(a.byline, QStringLiteral("Stated Author"));
    QCOMPARE(a.published, QDate(2024, 5, 2));
    // Without the manifest the guesses stand.
    QVERIFY(QFile::remove(manifest.fileName()));
    const Corpus guessed = loadCorpus({dir.path()});
    QCOMPARE(guessed.articles[0].outlet, QStringLiteral("GUESSED NEWS"));
    QCOMPARE(guessed.articles[0].title, QStringLiteral("Guessed Headline"));
    QCOMPARE(guessed.articles[0].byline, QStringLiteral("Ann Lee"));
    QCOMPARE(guessed.articles[0].published, QDate(2024, 5, 1));
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
