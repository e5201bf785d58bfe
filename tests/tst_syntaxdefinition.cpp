// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The news-prose syntax definition loads from the resources and marks what it promises.
#include "highlightingrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTest>

namespace {
// Records the format name of every highlighted piece of each line.
class RecordingHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<QPair<QString, QString>> pieces; // (text, format name)

    void run(const QString &text)
    {
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(u'\n')) {
            m_line = line;
            state = highlightLine(line, state);
        }
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        pieces.append({m_line.mid(offset, length), format.name()});
    }

private:
    QString m_line;
};

// "Format:text" per run of one format, adjacent pieces of one format joined.
QStringList joinedPieces(const RecordingHighlighter &h)
{
    QStringList found;
    QString current, currentFormat;
    for (const auto &[t, f] : std::as_const(h.pieces)) {
        if (f == currentFormat) {
            current += t;
        } else {
            if (!current.isEmpty())
                found << currentFormat + u':' + current;
            current = t;
            currentFormat = f;
        }
    }
    found << currentFormat + u':' + current;
    return found;
}
} // namespace

class TestSyntaxDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loads();
    void marks_data();
    void marks();
    void withoutHeadline();
};

void TestSyntaxDefinition::loads()
{
    auto repo = createHighlightingRepository();
    const auto def = repo->definitionForName(newsArticleDefinitionName());
    QVERIFY(def.isValid());
    QVERIFY(!repo->themes().isEmpty());
}

void TestSyntaxDefinition::marks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("piece");
    QTest::addColumn<QString>("format");
    const QString body = QStringLiteral("Headline here\n");
    QTest::addRow("headline") << QStringLiteral("Storm hits coast\nBody.") << QStringLiteral("Storm hits coast")
                              << QStringLiteral("Headline");
    QTest::addRow("byline") << body + QStringLiteral("By Jane Roe") << QStringLiteral("By Jane Roe") << QStringLiteral("Byline");
    QTest::addRow("straight quote") << body + QStringLiteral("He said \"we will win\" today.") << QStringLiteral("\"we will win\"")
                                    << QStringLiteral("Quotation");
    QTest::addRow("curly quote") << body + QStringLiteral("She called it \u201cgood\u201d.") << QStringLiteral("\u201cgood\u201d")
                                 << QStringLiteral("Quotation");
    QTest::addRow("amount") << body + QStringLiteral("It cost $4.5 billion in all.") << QStringLiteral("$4.5 billion")
                            << QStringLiteral("Number");
    QTest::addRow("percent") << body + QStringLiteral("Prices rose 12 percent.") << QStringLiteral("12 percent")
                             << QStringLiteral("Number");
    QTest::addRow("full date") << body + QStringLiteral("Signed on May 16, 2024 in Paris.") << QStringLiteral("May 16, 2024")
                               << QStringLiteral("Date");
    QTest::addRow("weekday") << body + QStringLiteral("They met on Thursday.") << QStringLiteral("Thursday") << QStringLiteral("Date");
    QTest::addRow("attribution") << body + QStringLiteral("The minister said nothing.") << QStringLiteral("said")
                                 << QStringLiteral("Attribution");
}

void TestSyntaxDefinition::marks()
{
    QFETCH(QString, text);
    QFETCH(QString, piece);
    QFETCH(QString, format);
    auto repo = createHighlightingRepository();
    RecordingHighlighter h;
    h.setDefinition(repo->definitionForName(newsArticleDefinitionName()));
    h.setTheme(repo->defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    h.run(text);
    const QStringList found = joinedPieces(h);
    QVERIFY2(found.contains(format + u':' + piece), qPrintable(found.join(u" | ")));
}

// An article without a headline: its first line is body text, with the body's marks.
void TestSyntaxDefinition::withoutHeadline()
{
    auto repo = createHighlightingRepository();
    const auto def = repo->definitionForName(newsArticleWithoutHeadlineDefinitionName());
    QVERIFY(def.isValid());
    RecordingHighlighter h;
    h.setDefinition(def);
    h.setTheme(repo->defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    h.run(QStringLiteral("Putin said \"we agree\" in Beijing on Thursday, with 12 percent more trade.\nBy Jane Roe"));
    const QStringList found = joinedPieces(h);
    for (const QString &expected :
         {QStringLiteral("Normal Text:Putin "), QStringLiteral("Attribution:said"), QStringLiteral("Quotation:\"we agree\""),
          QStringLiteral("Date:Thursday"), QStringLiteral("Number:12 percent"), QStringLiteral("Byline:By Jane Roe")})
        QVERIFY2(found.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + found.join(u" | ")));
    QVERIFY2(!found.join(u'|').contains(QStringLiteral("Headline:")), qPrintable(found.join(u" | ")));
}

QTEST_GUILESS_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
