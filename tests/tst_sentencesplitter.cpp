// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <QTest>

class TestSentenceSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void offsetsAreExact();
};

void TestSentenceSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::addRow("two plain") << QStringLiteral("He came. She left.")
                               << QStringList{QStringLiteral("He came."), QStringLiteral("She left.")};
    QTest::addRow("title abbreviation") << QStringLiteral("Mr. Smith met Gen. Lee today. They talked.")
                                        << QStringList{QStringLiteral("Mr. Smith met Gen. Lee today."), QStringLiteral("They talked.")};
    QTest::addRow("police and army ranks") << QStringLiteral("Two died, said spokesman Cpl. Ann Dunn and Insp. Joe Bell. Talks began.")
                                           << QStringList{QStringLiteral("Two died, said spokesman Cpl. Ann Dunn and Insp. Joe Bell."),
                                                          QStringLiteral("Talks began.")};
    QTest::addRow("dateline with a credit after an abbreviation")
        << QStringLiteral("TARVIK, Mo. (AP) \u2014 A freight train derailed on Monday. Nobody was hurt.")
        << QStringList{QStringLiteral("TARVIK, Mo. (AP) \u2014 A freight train derailed on Monday."), QStringLiteral("Nobody was hurt.")};
    QTest::addRow("a bracket opening a sentence")
        << QStringLiteral("The vote failed. (The count is below.)")
        << QStringList{QStringLiteral("The vote failed."), QStringLiteral("(The count is below.)")};
    QTest::addRow("a degree before a name") << QStringLiteral("The driver, Ing. Petra Novak, was hurt. Trams stopped.")
                                            << QStringList{QStringLiteral("The driver, Ing. Petra Novak, was hurt."),
                                                           QStringLiteral("Trams stopped.")};
    QTest::addRow("dotted acronym inside") << QStringLiteral("The U.S. envoy arrived. Talks began.")
                                           << QStringList{QStringLiteral("The U.S. envoy arrived."), QStringLiteral("Talks began.")};
    QTest::addRow("number abbreviation") << QStringLiteral("He lives at No. 10 Downing Street. It rained.")
                                         << QStringList{QStringLiteral("He lives at No. 10 Downing Street."), QStringLiteral("It rained.")};
    QTest::addRow("the word no at the end") << QStringLiteral("A third voted No. Turnout was low.")
                                            << QStringList{QStringLiteral("A third voted No."), QStringLiteral("Turnout was low.")};
    QTest::addRow("initials") << QStringLiteral("J. R. Smith spoke.") << QStringList{QStringLiteral("J. R. Smith spoke.")};
    QTest::addRow("decimal") << QStringLiteral("Growth was 3.5 percent. It fell.")
                             << QStringList{QStringLiteral("Growth was 3.5 percent."), QStringLiteral("It fell.")};
    QTest::addRow("closing quote") << QStringLiteral("\"We agree.\" He nodded.")
                                   << QStringList{QStringLiteral("\"We agree.\""), QStringLiteral("He nodded.")};
    QTest::addRow("curly quote") << QStringLiteral("He said: \u201cNo.\u201d Then he left.")
                                 << QStringList{QStringLiteral("He said: \u201cNo.\u201d"), QStringLiteral("Then he left.")};
    QTest::addRow("line breaks end sentences") << QStringLiteral("Headline without stop\nBody text here.\n\nNext para")
                                               << QStringList{QStringLiteral("Headline without stop"), QStringLiteral("Body text here."),
                                                              QStringLiteral("Next para")};
    QTest::addRow("lowercase after stop") << QStringLiteral("It cost 5 bn. yuan in total.")
                                          << QStringList{QStringLiteral("It cost 5 bn. yuan in total.")};
    QTest::addRow("question and exclamation") << QStringLiteral("Why now? Nobody knows! Fine.")
                                              << QStringList{QStringLiteral("Why now?"), QStringLiteral("Nobody knows!"),
                                                             QStringLiteral("Fine.")};
    QTest::addRow("empty") << QString() << QStringList{};
}

void TestSentenceSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList got;
    for (const TextRange &r : splitSentences(text))
        got << text.mid(r.start, r.length());
    QCOMPARE(got, sentences);
}

void TestSentenceSplitter::offsetsAreExact()
{
    const QString text = QStringLiteral("  Emoji \U0001F600 here. Combining e\u0301 too.  \n");
    const auto ranges = splitSentences(text);
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(text.mid(ranges[0].start, ranges[0].length()), QStringLiteral("Emoji \U0001F600 here."));
    QCOMPARE(text.mid(ranges[1].start, ranges[1].length()), QStringLiteral("Combining e\u0301 too."));
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
