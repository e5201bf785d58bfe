// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Metadata guessed from an article's own text (no manifest), and the manifest winning over guesses.
#include "articleimporter.h"
#include "clutterdetector.h"
#include "corpusloader.h"
#include "metadataguesser.h"
#include "metadatacolumns.h"

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
    void sourceNames_data();
    void sourceNames();
    void distinctNames_data();
    void distinctNames();
};

void TestMetadata::seedFromOwnText_data()
{
    QTest::addColumn<QString>("file");
    addMetadataColumns();
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
    const ImportResult r = importArticle(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024/") + file);
    QVERIFY2(r.article, qPrintable(r.error));
    compareMetadata(*r.article);
}

void TestMetadata::guesses_data()
{
    QTest::addColumn<QString>("text");
    addMetadataColumns();
    const QString body = QStringLiteral("The minister arrived in Paris on Monday for talks, officials said.\n");
    QTest::addRow("headline byline dateline")
        << QStringLiteral("Talks Resume in Paris\nBy Ann Lee and Tom Roe\nPublished: 3 March 2025 10:00 GMT\n") + body
        << QStringLiteral("Talks Resume in Paris") << QString() << QStringLiteral("Ann Lee and Tom Roe") << QDate(2025, 3, 3);
    QTest::addRow("byline with date on one line")
        << QStringLiteral("Talks Resume\nBy Maria de la Cruz | Jan. 5, 2025\n") + body << QStringLiteral("Talks Resume") << QString()
        << QStringLiteral("Maria de la Cruz") << QDate(2025, 1, 5);
    QTest::addRow("wire dateline names the outlet")
        << QStringLiteral("PARIS (Reuters) - ") + body << QString() << QStringLiteral("Reuters") << QString() << QDate();
    QTest::addRow("wire dateline with a date") << QStringLiteral("BEIJING, March 7 (Reuters) - ") + body << QString()
                                               << QStringLiteral("Reuters") << QString() << QDate();
    QTest::addRow("copyright holder beats wire name")
        << QStringLiteral("WASHINGTON (AP) — ") + body + QStringLiteral("Copyright 2024 The Associated Press. All Rights Reserved.\n")
        << QString() << QStringLiteral("The Associated Press") << QString() << QDate();
    QTest::addRow("copyright with company") << body + QStringLiteral("Copyright © 2025 The Daily Example Ltd. All rights reserved.\n")
                                            << QString() << QStringLiteral("The Daily Example Ltd") << QString() << QDate();
    QTest::addRow("republishing note") << body + QStringLiteral("This article originally appeared on Example News.\n") << QString()
                                       << QStringLiteral("Example News") << QString() << QDate();
    QTest::addRow("by in a sentence is no byline") << QStringLiteral("Summit Ends\nBy the end of the day, the talks had stalled.\n")
                                                   << QStringLiteral("Summit Ends") << QString() << QString() << QDate();
    QTest::addRow("date inside reporting is no dateline")
        << QStringLiteral("Summit Ends\nThe treaty signed on May 3, 2021 expired last week, officials in Paris said.\n")
        << QStringLiteral("Summit Ends") << QString() << QString() << QDate();
    QTest::addRow("kicker above the headline, outlet before the date")
        << QStringLiteral("GLOBAL NATION\n\n4 fishermen rescued after boat sinks\n\nBy: Ana Velasco - Reporter / @AVelascoINQ\n"
                          "INQUIRER.net / 06:45 AM December 04, 2025\n")
               + body
        << QStringLiteral("4 fishermen rescued after boat sinks") << QStringLiteral("INQUIRER.net") << QStringLiteral("Ana Velasco")
        << QDate(2025, 12, 4);
    QTest::addRow("label before the date is no outlet")
        << QStringLiteral("Coast Guard Rescues Seven\nNews Release | Dec. 3, 2025\n") + body << QStringLiteral("Coast Guard Rescues Seven")
        << QString() << QString() << QDate(2025, 12, 3);
    QTest::addRow("headline in capitals alone stays")
        << QStringLiteral("HOLY INFERNO\n") + body << QStringLiteral("HOLY INFERNO") << QString() << QString() << QDate();
    QTest::addRow("iso dateline") << QStringLiteral("Summit Ends\n2025-02-28\n") + body << QStringLiteral("Summit Ends") << QString()
                                  << QString() << QDate(2025, 2, 28);
}

void TestMetadata::guesses()
{
    QFETCH(QString, text);
    const GuessedMetadata g = guessMetadata(text, detectClutter(text));
    compareMetadata(g);
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
    QCOMPARE(a.name, QStringLiteral("Stated Outlet")); // the loader names its articles
    // Without the manifest the guesses stand.
    QVERIFY(QFile::remove(manifest.fileName()));
    const Corpus guessed = loadCorpus({dir.path()});
    QCOMPARE(guessed.articles[0].outlet, QStringLiteral("GUESSED NEWS"));
    QCOMPARE(guessed.articles[0].title, QStringLiteral("Guessed Headline"));
    QCOMPARE(guessed.articles[0].byline, QStringLiteral("Ann Lee"));
    QCOMPARE(guessed.articles[0].published, QDate(2024, 5, 1));
}

void TestMetadata::sourceNames_data()
{
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::addRow("outlet wins") << "Reuters" << "Putin lands in Beijing" << "002_41a3" << "Reuters";
    QTest::addRow("outlet trimmed") << "  AP  " << "" << "x" << "AP";
    QTest::addRow("short title whole") << "" << "Putin lands in Beijing" << "002_41a3" << "Putin lands in Beijing";
    QTest::addRow("long title cut at a word") << "" << "Strategic Alliances Strengthened as Putin Visits Xi in Beijing" << "003_db7b"
                                              << QStringLiteral("Strategic Alliances\u2026");
    QTest::addRow("no dangling colon") << "" << "Analysis and commentary: Devastating floods hit Valencia" << "004"
                                       << QStringLiteral("Analysis and commentary\u2026");
    QTest::addRow("spaces collapsed") << "" << "  Floods   in\nValencia " << "f" << "Floods in Valencia";
    QTest::addRow("one long word cut") << "" << "Supercalifragilisticexpialidocious-and-more" << "w"
                                       << QStringLiteral("Supercalifragilisticexpialid\u2026");
    QTest::addRow("nothing but the id") << "" << "" << "001_d16399022bd74838" << "001_d16399022bd74838";
}

void TestMetadata::sourceNames()
{
    QFETCH(QString, outlet);
    QFETCH(QString, title);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(sourceName(outlet, title, id), expected);
    Article a;
    a.outlet = outlet;
    a.title = title;
    a.id = id;
    QCOMPARE(a.sourceName(), expected);
}

void TestMetadata::distinctNames_data()
{
    // Each article as "outlet|title|id|url"; the names a corpus gives them.
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("all distinct") << QStringList{"Reuters|A|a", "|Floods in Valencia|b", "||c"}
                                  << QStringList{"Reuters", "Floods in Valencia", "c"};
    QTest::addRow("one outlet twice") << QStringList{"Reuters|A|a", "reuters|B|b", "AP|C|c"} << QStringList{"Reuters", "reuters (2)", "AP"};
    QTest::addRow("titles that begin alike take words until they differ")
        << QStringList{"|Heavy rain floods the old town of Valencia overnight|a", "|Heavy rain floods the old town of Valencia again|b"}
        << QStringList{"Heavy rain floods the old town of Valencia overnight", "Heavy rain floods the old town of Valencia again"};
    QTest::addRow("each takes only the words it needs")
        << QStringList{"|Storm closes schools in the north of the country|a", "|Storm closes schools in the north of the island|b",
                       "|Storm closes schools in the south today and tomorrow|c"}
        << QStringList{"Storm closes schools in the north of the country", "Storm closes schools in the north of the island",
                       QStringLiteral("Storm closes schools in the south\u2026")};
    QTest::addRow("punctuation is no difference")
        << QStringList{"|Election results: turnout rises in the capital and falls elsewhere|a",
                       "|Election results; turnout rises in the capital, officials say|b"}
        << QStringList{QStringLiteral("Election results: turnout rises in the capital and\u2026"),
                       QStringLiteral("Election results; turnout rises in the capital, officials\u2026")};
    QTest::addRow("a short title beside a longer one")
        << QStringList{"|Live updates|a", "|Live updates from the flooded towns of the coast|b"}
        << QStringList{"Live updates", QStringLiteral("Live updates from the\u2026")};
    QTest::addRow("same short title") << QStringList{"|Live updates|a", "|Live updates|b"}
                                      << QStringList{"Live updates", "Live updates (2)"};
    QTest::addRow("same in full but for case") << QStringList{"|Live Updates|a", "|live updates|b"}
                                               << QStringList{"Live Updates", "live updates (2)"};
    QTest::addRow("same long title") << QStringList{"|Heavy rain floods the old town of Valencia overnight|a",
                                                    "|Heavy rain floods the old town of Valencia overnight|b"}
                                     << QStringList{"Heavy rain floods the old town of Valencia overnight",
                                                    "Heavy rain floods the old town of Valencia overnight (2)"};
    QTest::addRow("a title like an outlet") << QStringList{"Reuters|A|a", "|Reuters|b"} << QStringList{"Reuters", "Reuters (2)"};
    QTest::addRow("no words: the site") << QStringList{"|||https://www.example.org/a", "|||https://news.example.net/b",
                                                       "|||https://example.org/c"}
                                        << QStringList{"example.org", "news.example.net", "example.org (2)"};
    QTest::addRow("no words, no address: the file") << QStringList{"||017_f3a9|"} << QStringList{"017_f3a9"};
}

void TestMetadata::distinctNames()
{
    QFETCH(QStringList, articles);
    QFETCH(QStringList, expected);
    QList<Article> list;
    for (const QString &row : std::as_const(articles)) {
        const QStringList fields = row.split(u'|');
        Article a;
        a.outlet = fields[0];
        a.title = fields[1];
        a.id = fields[2];
        a.url = fields.value(3);
        list.append(a);
    }
    QCOMPARE(distinctSourceNames(list), expected);
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
