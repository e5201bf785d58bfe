// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDocument writer (app/export/odfwriter.h) on invented documents: the ZIP it
// writes read back entry by entry (CRCs checked, content inflated with zlib), the XML
// parsed, the text and formats found again; cancel at any block leaves the device empty.
#include "odfwriter.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

namespace {

struct ZipEntry
{
    QByteArray name;
    int method = -1;
    QByteArray data; // inflated
    bool crcMatches = false;
};

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

QByteArray inflateRaw(const QByteArray &in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return status == Z_STREAM_END && z.avail_out == 0 ? out : QByteArray();
}

// The entries in the order of the local headers, each checked against the central directory.
QList<ZipEntry> readZip(const QByteArray &zip)
{
    QList<ZipEntry> entries;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return entries;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int i = 0; i < count && at + 46 <= zip.size() && u32(zip, at) == 0x02014b50; ++i) {
        ZipEntry e;
        e.method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const quint32 compressed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const qsizetype local = u32(zip, at + 42);
        e.name = zip.mid(at + 46, nameLength);
        at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        if (u32(zip, local) != 0x04034b50 || zip.mid(local + 30, u16(zip, local + 26)) != e.name)
            return {};
        const QByteArray raw = zip.mid(local + 30 + u16(zip, local + 26) + u16(zip, local + 28), compressed);
        e.data = e.method == 0 ? raw : inflateRaw(raw, size);
        e.crcMatches = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size()))) == crc
                       && u32(zip, local + 14) == crc;
        entries.append(e);
    }
    return entries;
}

QByteArray entryData(const QList<ZipEntry> &entries, const QByteArray &name)
{
    for (const ZipEntry &e : entries) {
        if (e.name == name)
            return e.data;
    }
    return {};
}

// content.xml's text, paragraph by paragraph: <text:s text:c="n"/> as n spaces, tabs as \t.
QStringList paragraphs(const QByteArray &content)
{
    QStringList out;
    QXmlStreamReader xml(content);
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.qualifiedName();
        if (xml.isStartElement() && (name == u"text:p" || name == u"text:h")) {
            if (depth++ == 0)
                out.append(QString());
        } else if (xml.isEndElement() && (name == u"text:p" || name == u"text:h")) {
            --depth;
        } else if (depth > 0 && xml.isCharacters()) {
            out.last() += xml.text();
        } else if (depth > 0 && xml.isStartElement() && name == u"text:s") {
            const QStringView c = xml.attributes().value(u"text:c");
            out.last() += QString(c.isEmpty() ? 1 : c.toInt(), u' ');
        } else if (depth > 0 && xml.isStartElement() && name == u"text:tab") {
            out.last() += u'\t';
        } else if (depth > 0 && xml.isStartElement() && name == u"text:line-break") {
            out.last() += u'\n';
        }
    }
    return xml.hasError() ? QStringList{QStringLiteral("XML error: ") + xml.errorString()} : out;
}

// Attributes of the style named `name` and of its property elements, merged.
QHash<QString, QString> styleProperties(const QByteArray &content, const QString &name)
{
    QHash<QString, QString> properties;
    QXmlStreamReader xml(content);
    bool inside = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.qualifiedName() == u"style:style" || xml.qualifiedName() == u"text:list-style"))
            inside = xml.attributes().value(u"style:name") == name;
        if (inside && xml.isStartElement()) {
            for (const QXmlStreamAttribute &a : xml.attributes())
                properties.insert(a.qualifiedName().toString(), a.value().toString());
        }
    }
    return properties;
}

// The attribute values of every element `element` in document order.
QStringList attributeOf(const QByteArray &content, QStringView element, QStringView attribute)
{
    QStringList values;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == element)
            values.append(xml.attributes().value(attribute).toString());
    }
    return values;
}

int countElements(const QByteArray &content, QStringView element)
{
    return int(attributeOf(content, element, u"x").size());
}

// A heading, a paragraph with a bold word, a list, and a 3x2 table with a header row,
// a tinted cell and a cell spanning two columns; then a paragraph on a new page.
std::unique_ptr<QTextDocument> inventedDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    QTextCursor c(doc.get());
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    heading.setTopMargin(12);
    c.setBlockFormat(heading);
    c.insertText(QStringLiteral("Harbour report"));
    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    c.insertText(QStringLiteral("The ferry left "));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    c.insertText(QStringLiteral("late"), bold);
    c.insertText(QStringLiteral(" on Tuesday."), QTextCharFormat());
    c.insertBlock();
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    c.createList(list);
    c.insertText(QStringLiteral("first point"));
    c.insertBlock();
    c.insertText(QStringLiteral("second point"));
    c.insertBlock(QTextBlockFormat(), QTextCharFormat()); // a block format of its own: out of the list
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorder(1);
    tf.setBorderBrush(QColor(0x11, 0x22, 0x33));
    tf.setCellPadding(4);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 25), QTextLength(QTextLength::PercentageLength, 75)});
    QTextTable *table = c.insertTable(3, 2, tf);
    table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Outlet"));
    table->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("Wording"));
    QTextTableCell tinted = table->cellAt(1, 1);
    QTextCharFormat tint = tinted.format();
    tint.setBackground(QColor(0xaa, 0xbb, 0xcc));
    tinted.setFormat(tint);
    tinted.firstCursorPosition().insertText(QStringLiteral("left late"));
    table->mergeCells(2, 0, 1, 2);
    table->cellAt(2, 0).firstCursorPosition().insertText(QStringLiteral("both columns"));
    c.movePosition(QTextCursor::End);
    QTextBlockFormat newPage;
    newPage.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    c.insertBlock(newPage, QTextCharFormat());
    c.insertText(QStringLiteral("Next page."));
    doc->setMetaInformation(QTextDocument::DocumentTitle, QStringLiteral("Harbour sheet"));
    return doc;
}

QByteArray written(const QTextDocument &doc, const std::function<bool()> &canceled = {}, const std::function<void(int)> &progress = {},
                   bool *ok = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool done = writeOdf(doc, &buffer, canceled, progress);
    if (ok)
        *ok = done;
    return buffer.data();
}

} // namespace

class TestOdfWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void archive();
    void text_data();
    void text();
    void formats();
    void tables();
    void cancelAtAnyBlock_data();
    void cancelAtAnyBlock();
    void progressRises();
    void joinedStreams();
};

void TestOdfWriter::archive()
{
    const auto doc = inventedDocument();
    bool ok = false;
    const QByteArray zip = written(*doc, {}, {}, &ok);
    QVERIFY(ok);
    const QList<ZipEntry> entries = readZip(zip);
    QCOMPARE(entries.size(), 5);
    // ODF: the media type first, stored, right after its header (readers sniff it there).
    QCOMPARE(entries.first().name, QByteArray("mimetype"));
    QCOMPARE(entries.first().method, 0);
    QCOMPARE(zip.mid(30, 8 + 39), QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
    for (const ZipEntry &e : entries) {
        QVERIFY2(e.crcMatches, e.name.constData());
        if (e.name.endsWith(".xml")) {
            QXmlStreamReader xml(e.data);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(e.name + ": " + xml.errorString()));
        }
    }
    QVERIFY(entryData(entries, "META-INF/manifest.xml").contains("content.xml"));
    QVERIFY(entryData(entries, "meta.xml").contains("<dc:title>Harbour sheet</dc:title>"));
    // Two exports of one document are the same bytes (no time stamps).
    QCOMPARE(written(*doc), zip);
}

void TestOdfWriter::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("A bridge opened.") << QStringLiteral("A bridge opened.");
    QTest::addRow("double space") << QStringLiteral("two  spaces") << QStringLiteral("two  spaces");
    QTest::addRow("leading and trailing") << QStringLiteral("  lead and trail  ") << QStringLiteral("  lead and trail  ");
    QTest::addRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
    QTest::addRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\nb");
    QTest::addRow("markup stays text") << QStringLiteral("<text:p>&amp;</text:p>") << QStringLiteral("<text:p>&amp;</text:p>");
    QTest::addRow("control characters left out") << QStringLiteral("a\x01\x1f b") << QStringLiteral("a b");
    QTest::addRow("lone surrogates left out") << QString(u"a\xd800 b\xdc00") << QStringLiteral("a b");
    QTest::addRow("pair kept") << QString(u"ship \U0001F6A2") << QString(u"ship \U0001F6A2");
    QTest::addRow("noncharacters left out") << QString(u"a\xfffe\xffff\xfdef") << QStringLiteral("a");
}

void TestOdfWriter::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QTextDocument doc;
    QTextCursor(&doc).insertText(input);
    const QByteArray content = entryData(readZip(written(doc)), "content.xml");
    QCOMPARE(paragraphs(content), QStringList{expected});
}

void TestOdfWriter::formats()
{
    const auto doc = inventedDocument();
    const QByteArray content = entryData(readZip(written(*doc)), "content.xml");
    const QStringList text = paragraphs(content);
    QCOMPARE(text.first(), QStringLiteral("Harbour report"));
    QVERIFY(text.contains(QStringLiteral("The ferry left late on Tuesday.")));
    QCOMPARE(attributeOf(content, u"text:h", u"text:outline-level"), QStringList{QStringLiteral("2")});
    QCOMPARE(styleProperties(content, attributeOf(content, u"text:h", u"text:style-name").first()).value(QStringLiteral("fo:margin-top")),
             QStringLiteral("9pt"));
    // The bold word is the one bold span (the tinted cell's text is a span with its tint).
    const QStringList spans = attributeOf(content, u"text:span", u"text:style-name");
    const auto bold = [&](const QString &span) {
        return styleProperties(content, span).value(QStringLiteral("fo:font-weight")) == u"bold";
    };
    QCOMPARE(std::count_if(spans.cbegin(), spans.cend(), bold), 1);
    // The list: one list of two items, bulleted.
    QCOMPARE(countElements(content, u"text:list"), 1);
    QCOMPARE(countElements(content, u"text:list-item"), 2);
    const QString listStyle = attributeOf(content, u"text:list", u"text:style-name").first();
    QCOMPARE(styleProperties(content, listStyle).value(QStringLiteral("text:bullet-char")), QStringLiteral("\u2022"));
    // The last paragraph starts a page.
    const QStringList paragraphStyles = attributeOf(content, u"text:p", u"text:style-name");
    QCOMPARE(styleProperties(content, paragraphStyles.last()).value(QStringLiteral("fo:break-before")), QStringLiteral("page"));
}

void TestOdfWriter::tables()
{
    const auto doc = inventedDocument();
    const QByteArray content = entryData(readZip(written(*doc)), "content.xml");
    QCOMPARE(countElements(content, u"table:table"), 1);
    QCOMPARE(countElements(content, u"table:table-header-rows"), 1);
    QCOMPARE(countElements(content, u"table:table-row"), 3);
    const QStringList columns = attributeOf(content, u"table:table-column", u"table:style-name");
    QCOMPARE(columns.size(), 2);
    QCOMPARE(styleProperties(content, columns[0]).value(QStringLiteral("style:rel-width")), QStringLiteral("2500*"));
    QCOMPARE(styleProperties(content, columns[1]).value(QStringLiteral("style:rel-width")), QStringLiteral("7500*"));
    // Five cells and the one the merged cell covers.
    const QStringList cells = attributeOf(content, u"table:table-cell", u"table:style-name");
    QCOMPARE(cells.size(), 5);
    QCOMPARE(countElements(content, u"table:covered-table-cell"), 1);
    QCOMPARE(attributeOf(content, u"table:table-cell", u"table:number-columns-spanned").last(), QStringLiteral("2"));
    const QHash<QString, QString> tinted = styleProperties(content, cells[3]);
    QCOMPARE(tinted.value(QStringLiteral("fo:background-color")), QStringLiteral("#aabbcc"));
    QCOMPARE(tinted.value(QStringLiteral("fo:border")), QStringLiteral("0.75pt solid #112233"));
    QCOMPARE(tinted.value(QStringLiteral("fo:padding-left")), QStringLiteral("3pt"));
    QVERIFY(!styleProperties(content, cells[2]).contains(QStringLiteral("fo:background-color")));
    const QStringList text = paragraphs(content);
    QVERIFY(text.contains(QStringLiteral("left late")));
    QVERIFY(text.contains(QStringLiteral("both columns")));
}

void TestOdfWriter::cancelAtAnyBlock_data()
{
    QTest::addColumn<double>("share");
    QTest::addRow("first block") << 0.0;
    QTest::addRow("in the middle (the table)") << 0.5;
    QTest::addRow("last block") << 1.0;
}

void TestOdfWriter::cancelAtAnyBlock()
{
    QFETCH(double, share);
    const auto doc = inventedDocument();
    int blocks = 0;
    bool ok = false;
    written(*doc, [&] { return ++blocks < 0; }, {}, &ok);
    QVERIFY(ok);
    QVERIFY(blocks >= 12);
    const int polls = std::max(1, int(blocks * share));
    int asked = 0;
    const QByteArray zip = written(*doc, [&] { return ++asked >= polls; }, {}, &ok);
    QVERIFY(!ok);
    QCOMPARE(asked, polls); // stops at the first poll that says canceled
    QVERIFY(zip.isEmpty());
}

void TestOdfWriter::progressRises()
{
    // A document of many blocks: progress rises from a few percent to 100, a cancel poll per block.
    QTextDocument doc;
    QTextCursor c(&doc);
    for (int i = 0; i < 500; ++i) {
        if (i > 0)
            c.insertBlock();
        c.insertText(QStringLiteral("Paragraph %1 of the invented story.").arg(i));
    }
    QList<int> reported;
    int polls = 0;
    bool ok = false;
    written(doc, [&] { return ++polls < 0; }, [&](int percent) { reported.append(percent); }, &ok);
    QVERIFY(ok);
    QCOMPARE(polls, doc.blockCount());
    QVERIFY(reported.size() >= 50);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QCOMPARE(reported.last(), 100);
}

void TestOdfWriter::joinedStreams()
{
    // Two deflate streams, the first closed as a part, inflate as one: the ODF body is
    // compressed before the styles it names, and written after them.
    DeflateStream first;
    DeflateStream last;
    QByteArray a, b;
    for (int i = 0; i < 2000; ++i) {
        a += QByteArray::number(i) + " styles ";
        b += QByteArray::number(i * 7) + " body text ";
    }
    first.append(a);
    first.closePart();
    last.append(b.left(5000));
    last.append(b.mid(5000));
    last.close();
    const DeflateStream::Joined joined = DeflateStream::joined(first, last);
    QCOMPARE(inflateRaw(joined.compressed, joined.size), a + b);
    QCOMPARE(joined.crc, quint32(crc32(0, reinterpret_cast<const Bytef *>((a + b).constData()), uInt((a + b).size()))));
}

QTEST_MAIN(TestOdfWriter)
#include "tst_odfwriter.moc"
