// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Clutter detection: the seed articles' page furniture exactly, and the general rules on
// made-up lines, including reporting that merely resembles clutter.
#include "articleimporter.h"
#include "clutterdetector.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestClutter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedClutter_data();
    void seedClutter();
    void generalRules_data();
    void generalRules();
    void rangesAreTrimmedLines();
};

static QStringList clutterTexts(QStringView text, const QList<TextRange> &ranges)
{
    QStringList out;
    for (const TextRange &r : ranges)
        out.append(text.mid(r.start, r.length()).toString());
    return out;
}

void TestClutter::seedClutter_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("expected");
    const QList<std::pair<const char *, QStringList>> seeds = {
        {"000_cf5a05ee9db54925.txt",
         {QStringLiteral("May 16, 2024 06:39 AM EDT"), QStringLiteral("TOPSHOT-CHINA-BRI-FORUM"),
          QStringLiteral("China's President Xi Jinping (R) and Russia's President Vladimir Putin attend the opening ceremony of the "
                         "third Belt and Road Forum for International Cooperation at the Great Hall of the People in Beijing on "
                         "October 18, 2023."),
          QStringLiteral("(Photo : PEDRO PARDO/AFP via Getty Images)"),
          QStringLiteral("READ NEXT:") + QChar(0xA0)
              + QStringLiteral("Vladimir Putin Issues Rare Apology for the Price of Eggs as Russia's Inflation Soars"),
          QStringLiteral("READ MORE:") + QChar(0xA0)
              + QStringLiteral("Russia Could Turn Against Vladimir Putin as Economic Strength Wanes and Western Sanctions "
                               "Heighten, Economists Warn"),
          QStringLiteral("© 2024 VCPOST, All rights reserved. Do not reproduce without permission."),
          QStringLiteral("Join the Conversation"), QStringLiteral("Real Time Analytics")}},
        {"001_d16399022bd74838.txt",
         {QStringLiteral("News Brief"), QStringLiteral("Russian President Vladimir Putin with Chinese President Xi Jinping (File Photo)")}},
        {"002_41a3ba1b02c85ae1.txt",
         {QStringLiteral("The Russian flag flies in front of the Great Hall of the People before a welcoming ceremony for Russian "
                         "Prime Minister Mikhail Mishustin in Beijing last May."),
          QStringLiteral("The Russian flag flies in front of the Great Hall of the People before a welcoming ceremony for Russian "
                         "Prime Minister Mikhail Mishustin in Beijing last May."),
          QStringLiteral("Thomas Peter/Pool/Reuters"), QStringLiteral("Related article"),
          QStringLiteral("How the Ukraine war brought China and Russia closer together"), QStringLiteral("Editor's P/S:"),
          QStringLiteral("The meeting between Russian President Vladimir Putin and Chinese leader Xi Jinping in Beijing underscores "
                         "the growing alliance between the two nations amidst global tensions. Putin's visit, his first official "
                         "trip abroad since his re-election, symbolizes the deepening diplomatic, trade, and security ties between "
                         "Russia and China."),
          QStringLiteral("The leaders' discussions are expected to focus on the ongoing war in Ukraine, where China has maintained a "
                         "neutral stance, advocating for peace talks. They will also address issues such as Gaza, trade, and "
                         "energy. Notably, trade between Russia and China has surged since the invasion, providing Russia with "
                         "economic support amid Western sanctions. The meeting highlights the shared goal of reshaping the global "
                         "order, which both leaders perceive as dominated by the United States.")}},
        {"003_db7b869523da3570.txt", {QStringLiteral("Leave a Reply")}},
        {"004_03952a0ed07344a4.txt", {QStringLiteral("Free to read:")}},
    };
    for (const auto &[file, expected] : seeds) {
        QTest::addRow("corpus %s", file) << QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024/") + QLatin1String(file) << expected;
        QTest::addRow("shared %s", file) << QStringLiteral(PARALLAX_SHARED_DIR "/seeds/") + QLatin1String(file) << expected;
    }
}

void TestClutter::seedClutter()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, expected);
    if (!QFile::exists(fileName))
        QSKIP("the shared seed folder is not present on this machine");
    const ImportResult r = importArticle(fileName);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(clutterTexts(r.article->text, r.article->clutter), expected);
}

void TestClutter::generalRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString body = QStringLiteral("The minister arrived in Paris on Monday for talks, officials said.\n");
    const QString body2 = QStringLiteral("Both sides agreed to meet again in the autumn, the statement said.\n");

    QTest::addRow("plain report") << body + body2 << QStringList();
    QTest::addRow("read also label") << body + QStringLiteral("ALSO READ: Ten things to know about the summit\n") + body2
                                     << QStringList{QStringLiteral("ALSO READ: Ten things to know about the summit")};
    QTest::addRow("read more inside a sentence")
        << QStringLiteral("Delegates wanted to read more of the draft before voting, she said.\n") + body << QStringList();
    QTest::addRow("watch label") << body + QStringLiteral("Watch: Leaders shake hands in Paris\n")
                                 << QStringList{QStringLiteral("Watch: Leaders shake hands in Paris")};
    QTest::addRow("copyright footer and tail") << body + body2
                                                      + QStringLiteral(
                                                          "Copyright 2025 The Daily Example. All rights reserved.\nPrivacy\nContact us\n")
                                               << QStringList{QStringLiteral("Copyright 2025 The Daily Example. All rights reserved."),
                                                              QStringLiteral("Privacy"), QStringLiteral("Contact us")};
    QTest::addRow("copyright as a subject") << QStringLiteral("Copyright law was rewritten in 2024, the court said.\n") + body
                                            << QStringList();
    QTest::addRow("privacy policy as a subject")
        << QStringLiteral("The company changed its privacy policy last week.\n") + body << QStringList();
    QTest::addRow("wire credit under caption")
        << body + QStringLiteral("A man walks past a shop in central Moscow.\nEvgenia Novozhenina/Reuters\n") + body2
        << QStringList{QStringLiteral("A man walks past a shop in central Moscow."), QStringLiteral("Evgenia Novozhenina/Reuters")};
    QTest::addRow("labelled credit") << body + QStringLiteral("Photo: Jane Roe/AP\n") + body2
                                     << QStringList{QStringLiteral("Photo: Jane Roe/AP")};
    QTest::addRow("getty credit") << body + QStringLiteral("Jane Roe via Getty Images\n") + body2
                                  << QStringList{QStringLiteral("Jane Roe via Getty Images")};
    QTest::addRow("caption in its own block") << body + u'\n'
                                                     + QStringLiteral("Delegates pose for a photo in Paris.\n(Photo: John Doe/AFP)\n\n")
                                                     + body2
                                              << QStringList{QStringLiteral("Delegates pose for a photo in Paris."),
                                                             QStringLiteral("(Photo: John Doe/AFP)")};
    QTest::addRow("slash in a headline is no credit") << QStringLiteral("Russia/Ukraine talks\n") + body << QStringList();
    QTest::addRow("agency slug") << body + QStringLiteral("UKRAINE-CRISIS/RUSSIA-CHINA\n") + body2
                                 << QStringList{QStringLiteral("UKRAINE-CRISIS/RUSSIA-CHINA")};
    QTest::addRow("updated timestamp") << QStringLiteral("Updated 6:12 PM EST, Nov. 3, 2025\n") + body
                                       << QStringList{QStringLiteral("Updated 6:12 PM EST, Nov. 3, 2025")};
    QTest::addRow("published and updated") << QStringLiteral("Published: 07:30 GMT, 18 November 2025 | Updated: 09:12 GMT\n") + body
                                           << QStringList{QStringLiteral("Published: 07:30 GMT, 18 November 2025 | Updated: 09:12 GMT")};
    QTest::addRow("posted, month first") << QStringLiteral("Posted Mar 4, 2026 9:15 AM CST\n") + body
                                         << QStringList{QStringLiteral("Posted Mar 4, 2026 9:15 AM CST")};
    QTest::addRow("first posted and last updated")
        << QStringLiteral("First posted: Mar 4, 2026 \u2022 10:05 AM EST | Last updated 2 hours ago\n") + body
        << QStringList{QStringLiteral("First posted: Mar 4, 2026 \u2022 10:05 AM EST | Last updated 2 hours ago")};
    QTest::addRow("byline with a stamp after a separator")
        << QStringLiteral("Ann Roe \u00b7 Business reporter \u00b7 Posted: Mar 04, 2026 6:30 AM EST | Last Updated: 4 hours ago\n") + body
        << QStringList{
               QStringLiteral("Ann Roe \u00b7 Business reporter \u00b7 Posted: Mar 04, 2026 6:30 AM EST | Last Updated: 4 hours ago")};
    QTest::addRow("bare stamp and when it changed") << QStringLiteral("April 7, 2026 9:05 AM GMT+2 Updated 3 hours ago\n") + body
                                                    << QStringList{QStringLiteral("April 7, 2026 9:05 AM GMT+2 Updated 3 hours ago")};
    QTest::addRow("bare date and time") << QStringLiteral("4 March 2026, 21:05 (Lisbon time)\n") + body
                                        << QStringList{QStringLiteral("4 March 2026, 21:05 (Lisbon time)")};
    QTest::addRow("date line with its weekday")
        << QStringLiteral("Tuesday, December 16, 2025\n") + body << QStringList{QStringLiteral("Tuesday, December 16, 2025")};
    QTest::addRow("abbreviated date, time and zone")
        << QStringLiteral("Tue 16 Dec 2025 06.00 GMT\n") + body << QStringList{QStringLiteral("Tue 16 Dec 2025 06.00 GMT")};
    QTest::addRow("a number alone is no date") << QStringLiteral("2,400\n") + body << QStringList();
    QTest::addRow("a month in a headline") << QStringLiteral("March 2026 floods: what we know\n") + body << QStringList();
    QTest::addRow("updated as a sentence") << QStringLiteral("Updated figures from the ministry were published at 9 a.m. on Tuesday.\n")
                                                  + body
                                           << QStringList();
    QTest::addRow("virus name is no slug") << QStringLiteral("COVID-19\n") + body << QStringList();
    QTest::addRow("repeated caption") << body + QStringLiteral("Soldiers march across the square.\nSoldiers march across the square.\n")
                                             + body2
                                      << QStringList{QStringLiteral("Soldiers march across the square."),
                                                     QStringLiteral("Soldiers march across the square.")};
    QTest::addRow("file photo caption") << QStringLiteral("Soldiers on parade in Kyiv (File photo)\n") + body
                                        << QStringList{QStringLiteral("Soldiers on parade in Kyiv (File photo)")};
    QTest::addRow("related stories list") << body + QStringLiteral("Related stories\nWhy the summit matters\nWho is the new minister?\n")
                                                 + body2
                                          << QStringList{QStringLiteral("Related stories"), QStringLiteral("Why the summit matters"),
                                                         QStringLiteral("Who is the new minister?")};
    QTest::addRow("comment prompt and widgets") << body + body2 + QStringLiteral("Leave a comment\nPowered by Example\n")
                                                << QStringList{QStringLiteral("Leave a comment"), QStringLiteral("Powered by Example")};
    QTest::addRow("editor's note inline") << QStringLiteral("Editor's note: This story was updated with the final vote.\n") + body
                                          << QStringList{QStringLiteral("Editor's note: This story was updated with the final vote.")};
    QTest::addRow("appended editor's summary") << body + body2 + body
                                                      + QStringLiteral("Editor's Note:\nA summary of what the minister said.\n")
                                               << QStringList{QStringLiteral("Editor's Note:"),
                                                              QStringLiteral("A summary of what the minister said.")};
    QTest::addRow("where the wire copy ran first")
        << body + QStringLiteral("This report by The Northern Press was first published March 4, 2026.\n")
        << QStringList{QStringLiteral("This report by The Northern Press was first published March 4, 2026.")};
    QTest::addRow("wire staff credits") << body + QStringLiteral("Reporting by Jane Roe; Editing by John Doe\n")
                                        << QStringList{QStringLiteral("Reporting by Jane Roe; Editing by John Doe")};
    QTest::addRow("paywall label") << QStringLiteral("Subscribers only: Talks resume in Paris\n") + body
                                   << QStringList{QStringLiteral("Subscribers only:")};
    QTest::addRow("paywall prompt") << body + QStringLiteral("Subscribe to continue reading\n")
                                    << QStringList{QStringLiteral("Subscribe to continue reading")};
    QTest::addRow("advertisement") << body + QStringLiteral("Advertisement\n") + body2 << QStringList{QStringLiteral("Advertisement")};
    QTest::addRow("section label") << QStringLiteral("World\nTalks resume in Paris\n") + body << QStringList{QStringLiteral("World")};
    QTest::addRow("credit closing a caption")
        << body + QStringLiteral("Firefighters rescue a resident in Bologna. Photograph: Massimo Paolone/AP\n") + body2
        << QStringList{QStringLiteral("Firefighters rescue a resident in Bologna. Photograph: Massimo Paolone/AP")};
    QTest::addRow("wire picture credit closing a caption")
        << body + QStringLiteral("A worker walks past containers in Qingdao, February 7, 2025. REUTERS/Tingshu Wang/File Photo\n") + body2
        << QStringList{QStringLiteral("A worker walks past containers in Qingdao, February 7, 2025. REUTERS/Tingshu Wang/File Photo")};
    QTest::addRow("link copied with its new-tab hint") << body + QStringLiteral("Purchase Licensing Rights, opens new tab\n") + body2
                                                       << QStringList{QStringLiteral("Purchase Licensing Rights, opens new tab")};
    QTest::addRow("contributor note") << body + QStringLiteral("Associated Press writer Kevin Freking contributed to this report.\n")
                                      << QStringList{QStringLiteral("Associated Press writer Kevin Freking contributed to this report.")};
    QTest::addRow("topic tags") << body + body2 + QStringLiteral("Explore more on these topics\nItaly\nFloods\n")
                                << QStringList{QStringLiteral("Explore more on these topics"), QStringLiteral("Italy"),
                                               QStringLiteral("Floods")};
    QTest::addRow("copyright credit at the top starts no tail")
        << QStringLiteral("© Reuters\nTalks resume in Paris\n") + body + body2 << QStringList{QStringLiteral("© Reuters")};
    QTest::addRow("caption labelled with a comma")
        << body + QStringLiteral("Image source, Getty Images\nImage caption, Crowds gathered outside the parliament\n") + body2
        << QStringList{QStringLiteral("Image source, Getty Images"),
                       QStringLiteral("Image caption, Crowds gathered outside the parliament")};
    QTest::addRow("newsletter prompt") << body + QStringLiteral("Sign up for our free morning newsletter.\n") + body2
                                       << QStringList{QStringLiteral("Sign up for our free morning newsletter.")};
    QTest::addRow("newsletter as news") << QStringLiteral("The bank said in its newsletter that rates would rise, analysts said.\n")
                                        << QStringList();
    QTest::addRow("newsletter in attributed news")
        << QStringLiteral("Readers can now subscribe to the newsletter for free, the company said.\n") << QStringList();
    QTest::addRow("reading time and ad notice")
        << QStringLiteral("4 min read\n") + body + QStringLiteral("Story continues below advertisement\n") + body2
        << QStringList{QStringLiteral("4 min read"), QStringLiteral("Story continues below advertisement")};
    QTest::addRow("caption closed by a bracketed credit")
        << body + QStringLiteral("A woman sits by her house in Jama on Monday. (Jane Roe/The Associated Press)\n") + body2
        << QStringList{QStringLiteral("A woman sits by her house in Jama on Monday. (Jane Roe/The Associated Press)")};
    QTest::addRow("caption closed by a photographer and paper")
        << body + QStringLiteral("Nurses leave the Harwick clinic after a night shift on Friday. PHOTO BY ANN KO /Harbour Post\n") + body2
        << QStringList{QStringLiteral("Nurses leave the Harwick clinic after a night shift on Friday. PHOTO BY ANN KO /Harbour Post")};
    QTest::addRow("caption closed by an agency's photo")
        << body + QStringLiteral("Rescuers carry a survivor ashore in Harwick on Friday.  AFP PHOTO\n") + body2
        << QStringList{QStringLiteral("Rescuers carry a survivor ashore in Harwick on Friday.  AFP PHOTO")};
    QTest::addRow("caption closed by a credit in capitals")
        << body + QStringLiteral("Relatives wait at the pier on Friday.PHOTO: REUTERS\n") + body2
        << QStringList{QStringLiteral("Relatives wait at the pier on Friday.PHOTO: REUTERS")};
    QTest::addRow("a photo by someone as news is no credit")
        << QStringLiteral("The gallery bought a photo by Ann Ko of the old harbour, its director said.\n") + body << QStringList();
    QTest::addRow("bracketed poll source is no credit")
        << QStringLiteral("Support rose to 41 percent in a new poll (Reuters/Ipsos)\n") + body << QStringList();
    QTest::addRow("files from") << body + QStringLiteral("With files from Reuters and The Associated Press\n")
                                << QStringList{QStringLiteral("With files from Reuters and The Associated Press")};
    QTest::addRow("skip link and listen widget")
        << QStringLiteral("Skip to main content\n") + body + QStringLiteral("Listen to this article 5 min\n") + body2
        << QStringList{QStringLiteral("Skip to main content"), QStringLiteral("Listen to this article 5 min")};
    QTest::addRow("read more at") << body + QStringLiteral("Read more at: How groups are organizing aid\n")
                                  << QStringList{QStringLiteral("Read more at: How groups are organizing aid")};
    QTest::addRow("author contact line") << body + QStringLiteral("Jane Roe covers immigration for the Herald. Email: jroe@example.com\n")
                                         << QStringList{
                                                QStringLiteral("Jane Roe covers immigration for the Herald. Email: jroe@example.com")};
    QTest::addRow("attachment link") << QStringLiteral("Attachments: Download report (PDF | 612.4 KB)\n") + body
                                     << QStringList{QStringLiteral("Attachments: Download report (PDF | 612.4 KB)")};
    QTest::addRow("subheading stays") << body + QStringLiteral("A new round of talks\n") + body2 << QStringList();
    QTest::addRow("short quote line stays") << body + QStringLiteral("\"We will see,\" he said.\n") << QStringList();
}

void TestClutter::generalRules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(clutterTexts(text, detectClutter(text)), expected);
}

void TestClutter::rangesAreTrimmedLines()
{
    const QString text = QChar(0xFEFF) + QStringLiteral("  Report line one, officials said.\r\n  READ MORE: elsewhere  \r\n");
    const QList<TextRange> ranges = detectClutter(text);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(text.mid(ranges[0].start, ranges[0].length()), QStringLiteral("READ MORE: elsewhere"));
}

QTEST_GUILESS_MAIN(TestClutter)
#include "tst_clutter.moc"
