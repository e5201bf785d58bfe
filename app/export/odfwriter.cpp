// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odfwriter.h"

#include "odfstyles.h"
#include "zipwriter.h"

#include <QIODevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QXmlStreamWriter>

namespace {

// What the XML writer writes goes into a deflate stream a quarter of a megabyte at a time.
class DeflatingDevice : public QIODevice
{
public:
    explicit DeflatingDevice(DeflateStream &stream)
        : m_stream(stream)
    {
        open(QIODevice::WriteOnly);
    }
    void flushPending()
    {
        m_stream.append(m_pending);
        m_pending.clear();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_pending.append(data, size);
        if (m_pending.size() >= 256 * 1024)
            flushPending();
        return size;
    }

private:
    DeflateStream &m_stream;
    QByteArray m_pending;
};

// The body of content.xml: the document's frames, blocks and tables in order, naming the
// automatic styles as it meets formats (they are written before the body afterwards).
class OdfBody
{
public:
    OdfBody(const QTextDocument &document, QXmlStreamWriter &xml, OdfStyles &styles, const std::function<bool()> &canceled,
            const std::function<void(int)> &progress)
        : m_xml(xml)
        , m_styles(styles)
        , m_canceled(canceled)
        , m_progress(progress)
        , m_total(std::max(1, document.blockCount()))
    {
    }

    // False when canceled.
    bool write(QTextFrame *root)
    {
        writeContents(root->begin());
        // The count the shares were taken of holds the frames' own marks too.
        if (!m_stopped && m_progress && m_percent != 100)
            m_progress(100);
        return !m_stopped;
    }

private:
    void writeContents(QTextFrame::iterator it)
    {
        QTextList *openList = nullptr;
        for (; !it.atEnd() && !m_stopped; ++it) {
            QTextFrame *frame = it.currentFrame();
            const QTextBlock block = frame ? QTextBlock() : it.currentBlock();
            QTextList *list = block.isValid() ? block.textList() : nullptr;
            if (openList && list != openList) {
                m_xml.writeEndElement();
                openList = nullptr;
            }
            if (list && list != openList) {
                m_xml.writeStartElement(QStringLiteral("text:list"));
                m_xml.writeAttribute(QStringLiteral("text:style-name"), m_styles.listStyle(list->format()));
                openList = list;
            }
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                writeTable(table);
            } else if (frame) {
                writeContents(frame->begin());
            } else if (list) {
                m_xml.writeStartElement(QStringLiteral("text:list-item"));
                writeBlock(block);
                m_xml.writeEndElement();
            } else {
                writeBlock(block);
            }
        }
        if (openList)
            m_xml.writeEndElement();
    }

    void blockDone()
    {
        ++m_done;
        const int percent = int(qint64(m_done) * 100 / m_total);
        if (m_progress && percent != m_percent)
            m_progress(std::min(percent, 100));
        m_percent = percent;
        m_stopped = m_canceled && m_canceled();
    }

    void writeBlock(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const int level = format.headingLevel();
        m_xml.writeStartElement(level > 0 ? QStringLiteral("text:h") : QStringLiteral("text:p"));
        const QString style = m_styles.paragraphStyle(block.blockFormatIndex(), format);
        if (!style.isEmpty())
            m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
        if (level > 0)
            m_xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        bool afterSpace = true; // readers drop spaces at the start of a paragraph
        for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
            const QTextFragment fragment = f.fragment();
            if (!fragment.isValid())
                continue;
            const QString span = m_styles.textStyle(fragment.charFormatIndex(), fragment.charFormat());
            if (!span.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("text:span"));
                m_xml.writeAttribute(QStringLiteral("text:style-name"), span);
            }
            writeText(fragment.text(), afterSpace);
            if (!span.isEmpty())
                m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        blockDone();
    }

    // ODF collapses runs of spaces: the second and later are <text:s/>; tabs and line
    // breaks are elements; characters XML cannot hold are left out.
    void writeText(const QString &text, bool &afterSpace)
    {
        QString run;
        int spaces = 0;
        const auto flush = [&] {
            if (!run.isEmpty())
                m_xml.writeCharacters(run);
            run.clear();
            if (spaces > 0) {
                m_xml.writeEmptyElement(QStringLiteral("text:s"));
                if (spaces > 1)
                    m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
            }
            spaces = 0;
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text[i];
            const char16_t u = ch.unicode();
            if (u == u' ' || u == u'\n' || u == u'\r') {
                if (afterSpace) {
                    ++spaces;
                } else {
                    run += u' ';
                    afterSpace = true;
                }
                continue;
            }
            if (spaces > 0 && !run.isEmpty())
                flush();
            if (u == u'\t' || ch == QChar::LineSeparator) {
                flush();
                m_xml.writeEmptyElement(u == u'\t' ? QStringLiteral("text:tab") : QStringLiteral("text:line-break"));
                afterSpace = true;
                continue;
            }
            if (spaces > 0)
                flush();
            if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                run += ch;
                run += text[++i];
            } else if (u >= 0x20 && !ch.isSurrogate() && !ch.isNonCharacter() && ch != QChar::ObjectReplacementCharacter) {
                run += ch;
            }
            afterSpace = false;
        }
        flush();
    }

    void writeTable(QTextTable *table)
    {
        const QTextTableFormat format = table->format();
        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Table%1").arg(++m_tables));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), m_styles.tableStyle(format));
        const QStringList columns = m_styles.columnStyles(format, table->columns());
        for (const QString &column : columns) {
            m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"), column);
        }
        const int header = std::clamp(format.headerRowCount(), 0, table->rows());
        for (int r = 0; r < table->rows() && !m_stopped; ++r) {
            if (r == 0 && header > 0)
                m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
            m_xml.writeStartElement(QStringLiteral("table:table-row"));
            for (int c = 0; c < table->columns() && !m_stopped; ++c)
                writeCell(table, format, r, c);
            m_xml.writeEndElement();
            if (r + 1 == header)
                m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeCell(QTextTable *table, const QTextTableFormat &format, int row, int column)
    {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column) {
            m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
            return;
        }
        m_xml.writeStartElement(QStringLiteral("table:table-cell"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), m_styles.cellStyle(format, cell.format().toTableCellFormat()));
        if (cell.columnSpan() > 1)
            m_xml.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(cell.columnSpan()));
        if (cell.rowSpan() > 1)
            m_xml.writeAttribute(QStringLiteral("table:number-rows-spanned"), QString::number(cell.rowSpan()));
        m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        writeContents(cell.begin());
        m_xml.writeEndElement();
    }

    QXmlStreamWriter &m_xml;
    OdfStyles &m_styles;
    const std::function<bool()> &m_canceled;
    const std::function<void(int)> &m_progress;
    const int m_total;
    int m_done = 0;
    int m_percent = -1;
    int m_tables = 0;
    bool m_stopped = false;
};

const QString kMimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

QByteArray manifestXml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startOdfXml(xml, QStringLiteral("manifest:manifest"), QStringLiteral("manifest:version"));
    const QList<std::pair<QString, QString>> entries{{QStringLiteral("/"), kMimeType},
                                                     {QStringLiteral("content.xml"), QStringLiteral("text/xml")},
                                                     {QStringLiteral("styles.xml"), QStringLiteral("text/xml")},
                                                     {QStringLiteral("meta.xml"), QStringLiteral("text/xml")}};
    for (const auto &[path, type] : entries) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == u"/")
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    }
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const QTextDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startOdfXml(xml, QStringLiteral("office:document-meta"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Parallax"));
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    if (!title.isEmpty())
        xml.writeTextElement(QStringLiteral("dc:title"), title);
    xml.writeEndDocument();
    return out;
}

} // namespace

bool writeOdf(const QTextDocument &document, QIODevice *device, const std::function<bool()> &canceled,
              const std::function<void(int)> &progress)
{
    OdfStyles styles;
    DeflateStream body;
    {
        DeflatingDevice sink(body);
        QXmlStreamWriter xml(&sink);
        if (!OdfBody(document, xml, styles, canceled, progress).write(document.rootFrame()))
            return false;
        sink.write("</office:text></office:body></office:document-content>");
        sink.flushPending();
    }
    body.close();
    // The styles the body named, then the body: two streams joined as one entry.
    DeflateStream head;
    head.append(styles.contentHead());
    head.closePart();
    if (body.failed() || head.failed())
        return false;
    ZipWriter zip(device);
    // ODF: the media type first, stored, so that a reader can tell the file by its first bytes.
    return zip.addStored("mimetype", kMimeType.toUtf8()) && zip.addDeflated("META-INF/manifest.xml", manifestXml())
           && zip.addDeflated("content.xml", DeflateStream::joined(head, body)) && zip.addDeflated("styles.xml", styles.stylesXml(document))
           && zip.addDeflated("meta.xml", metaXml(document)) && zip.finish();
}
