// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sheet as a QTextDocument, built with a cursor (not from HTML) so that
// PDF and ODT get real tables, cell tints and character formats.
#include "claimconflicts.h"
#include "highlightingrepository.h"
#include "linehighlighter.h"
#include "sheetpalette.h"
#include "sheetwriter.h"

#include "sheettable.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QAbstractTextDocumentLayout>

namespace {

struct SheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(SheetDocument)
};

bool isNoBreakSpace(QChar ch)
{
    return ch == QChar(0x00a0) || ch == QChar(0x202f) || ch == QChar(0x2007);
}

QColor layerColor(SheetLayer layer, const SheetPalette &p)
{
    switch (layer) {
    case SheetLayer::None: return {};
    case SheetLayer::Unique: return p.unique;
    case SheetLayer::SharedPartial: return p.sharedLight;
    case SheetLayer::Shared: return p.shared;
    case SheetLayer::Conflict: return p.conflict;
    case SheetLayer::ConflictValue: return p.conflictValue;
    }
    return {};
}

QColor kindColor(ClaimKind kind, const SheetPalette &p)
{
    switch (kind) {
    case ClaimKind::Shared: return p.shared;
    case ClaimKind::Conflict: return p.conflict;
    case ClaimKind::Unique: return p.unique;
    }
    return {};
}

// Applies the news prose definition's formats to an article's text already in the document.
class DocumentHighlighter : public LineHighlighter
{
public:
    void run(QTextCursor cursor, int base, const QString &text)
    {
        m_cursor = cursor;
        m_base = base;
        highlightText(text);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!format.isValid() || format.isDefaultTextStyle(theme()) || length <= 0)
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        const int start = m_base + int(lineStart()) + offset;
        m_cursor.setPosition(start);
        m_cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        m_cursor.mergeCharFormat(f);
    }

private:
    QTextCursor m_cursor;
    int m_base = 0; // where the text starts in the document
};

// One printed row of a name's counts by source: sources [from, to) of item `item`, `listed` of
// them with a count. Each item's first piece starts at source 0; the others continue it.
struct CountsPiece
{
    int item = 0;
    int from = 0;
    int to = 0;
    int listed = 0;
};

// Items cut into pieces of at most kSourcesPerPrintedRow sources with a count.
QList<CountsPiece> countsPieces(int items, const std::function<const QList<int> &(int)> &countsOf)
{
    QList<CountsPiece> pieces;
    for (int i = 0; i < items; ++i) {
        const QList<int> &counts = countsOf(i);
        CountsPiece piece{i, 0, 0, 0};
        for (int s = 0; s < counts.size(); ++s) {
            if (counts[s] == 0)
                continue;
            if (piece.listed == kSourcesPerPrintedRow) {
                piece.to = s;
                pieces.append(piece);
                piece = {i, s, s, 0};
            }
            ++piece.listed;
        }
        piece.to = int(counts.size());
        pieces.append(piece);
    }
    return pieces;
}

class Builder
{
public:
    Builder(QTextDocument *doc, const Sheet &sheet, const KSyntaxHighlighting::Repository *repository,
            const std::function<bool()> &canceled)
        : m_doc(doc)
        , m_sheet(sheet)
        , m_repository(repository)
        , m_canceled(canceled)
        , m_cursor(doc)
        , m_palette(SheetPalette::forPaper())
    {
        m_muted.setForeground(m_palette.mutedText);
        m_bold.setFontWeight(QFont::Bold);
    }

    // Canceled: stops where it is (polled per table row, list and article).
    void build()
    {
        const QString title = m_sheet.title.isEmpty() ? SheetDocument::tr("Comparison sheet") : m_sheet.title;
        m_doc->setMetaInformation(QTextDocument::DocumentTitle, title);
        if (m_part >= 0) {
            text(m_part, false);
            return;
        }
        using Section = void (Builder::*)();
        QList<Section> sections{&Builder::sources,      &Builder::claims,   &Builder::unique,
                                &Builder::attributions, &Builder::entities, &Builder::texts};
        // A wide sheet's tables print as three documents, each from a new page (sheetPageParts).
        if (m_tablesPart >= 0 && sheetPageParts(m_sheet) > 1)
            sections = QList<QList<Section>>{{&Builder::sources, &Builder::claims},
                                             {&Builder::unique},
                                             {&Builder::attributions, &Builder::entities}}
                           .value(m_tablesPart);
        if (m_tablesPart <= 0) {
            heading(title, 1);
            paragraph(sheetCounts(m_sheet).join(QStringLiteral(" \u00b7 ")), m_muted);
        }
        for (Section section : std::as_const(sections)) {
            if (isCanceled(m_canceled))
                return;
            (this->*section)();
        }
    }

private:
    void heading(const QString &text, int level, bool pageBreak = false)
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 0 : 14);
        block.setBottomMargin(6);
        block.setPageBreakPolicy(pageBreak ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 18 : level == 2 ? 13.5 : 11);
        if (m_first)
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block);
        m_first = false;
        m_cursor.setBlockCharFormat(chars);
        m_cursor.insertText(text, chars);
    }

    void paragraph(const QString &text, const QTextCharFormat &format = {})
    {
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        m_cursor.insertText(text, format);
    }

    enum class Columns { Natural, Sources, NameAndText };

    SheetTable &table(int rows, int columns, const QStringList &header, Columns kind = Columns::Sources)
    {
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        QTextTableFormat f;
        f.setBorderCollapse(true);
        f.setBorder(0.5);
        f.setBorderBrush(m_palette.rule);
        f.setCellPadding(3);
        f.setCellSpacing(0);
        f.setHeaderRowCount(1);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (kind == Columns::Sources && columns > 2) {
            // The row header column narrower than the sources' columns, which share the rest evenly.
            QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 16)};
            for (int c = 1; c < columns; ++c)
                widths.append(QTextLength(QTextLength::PercentageLength, 84.0 / (columns - 1)));
            f.setColumnWidthConstraints(widths);
        } else if (kind == Columns::NameAndText) {
            f.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 22), QTextLength(QTextLength::PercentageLength, 78)});
        }
        m_tables.append(SheetTable(m_cursor, rows, columns, f, m_breaks.value(int(m_tables.size()))));
        SheetTable &t = m_tables.last();
        for (int c = 0; c < header.size(); ++c) {
            for (const QTextTableCell &cell : t.headerCells(c))
                fillCell(cell, header[c], m_bold, m_palette.headerBackground);
        }
        return t;
    }

    void setCell(const SheetTable &t, int row, int column, const QString &text, const QTextCharFormat &format = {},
                 const QColor &background = {})
    {
        fillCell(t.cellAt(row, column), text, format, background);
    }

    static void fillCell(QTextTableCell cell, const QString &text, const QTextCharFormat &format, const QColor &background)
    {
        if (background.isValid()) {
            QTextCharFormat cf = cell.format();
            cf.setBackground(background);
            cell.setFormat(cf);
        }
        QTextCursor c = cell.firstCursorPosition();
        c.insertText(text, format);
    }

    void afterTable() { m_cursor.movePosition(QTextCursor::End); }

    QStringList sourceHeader(const QString &first) const
    {
        QStringList h{first};
        for (const SheetSource &s : m_sheet.sources)
            h.append(s.label);
        return h;
    }

    // One table, or past kPrintedSourceColumns sources tables of kRowsPerPrintedTable rows:
    // Qt lays a table out in one call, and a list of 2,000 sources was one of seconds.
    void sources()
    {
        heading(SheetDocument::tr("Sources"), 2);
        const int count = int(m_sheet.sources.size());
        tablesInParts(
            count,
            {SheetDocument::tr("Source"), SheetDocument::tr("Title"), SheetDocument::tr("Published"), SheetDocument::tr("Byline"),
             SheetDocument::tr("Words")},
            [this](const SheetTable &t, int row, int index) {
                const SheetSource &s = m_sheet.sources[index];
                setCell(t, row, 0, s.label, m_bold);
                setCell(t, row, 1, s.title);
                setCell(t, row, 2, s.published);
                setCell(t, row, 3, s.byline);
                setCell(t, row, 4, QString::number(s.words));
            },
            Columns::Natural, sourcesInRows() ? kRowsPerPrintedTable : std::max(1, count));
    }

    void wordingCell(const SheetTable &t, int row, int column, const SheetCell &cell, const QColor &background)
    {
        if (cell.silent()) {
            QTextCharFormat f = m_muted;
            f.setFontItalic(true);
            setCell(t, row, column, m_silent, f, m_palette.silent);
            return;
        }
        QTextTableCell c = t.cellAt(row, column);
        QTextCharFormat cf = c.format();
        cf.setBackground(background);
        c.setFormat(cf);
        QTextCursor cur = c.firstCursorPosition();
        QTextCharFormat mark;
        mark.setBackground(m_palette.conflictValue);
        for (int i = 0; i < cell.wordings.size(); ++i) {
            const SheetWording &w = cell.wordings[i];
            if (i > 0)
                cur.insertBlock();
            // A wording is one run of text in a cell: the article's hard line breaks become spaces
            // (one character for one, so the differing ranges still fit), as in the HTML sheet.
            // So do no-break spaces: web pages glue words with them ("countries&nbsp;perceived"),
            // and a glued pair wider than a narrow column is broken inside a word ("perceive d").
            QString text = w.text;
            for (QChar &ch : text) {
                if (ch == u'\r' || ch == u'\n' || isNoBreakSpace(ch))
                    ch = u' ';
            }
            qsizetype pos = 0;
            for (const TextRange &d : w.differing) {
                cur.insertText(text.mid(pos, d.start - pos), QTextCharFormat());
                cur.insertText(text.mid(d.start, d.length()), mark);
                pos = d.end;
            }
            cur.insertText(text.mid(pos), QTextCharFormat());
            if (!w.value.isEmpty()) {
                QTextCharFormat v = mark;
                v.setFontWeight(QFont::Bold);
                cur.insertText(QStringLiteral(" "), QTextCharFormat());
                cur.insertText(w.value, v);
            }
        }
    }

    void claims()
    {
        heading(SheetDocument::tr("Claims across sources"), 2);
        if (m_sheet.compared.isEmpty()) {
            paragraph(SheetDocument::tr("No shared or conflicting claims."), m_muted);
            return;
        }
        if (sourcesInRows()) {
            claimsInRows();
            return;
        }
        SheetTable &t = table(int(m_sheet.compared.size()), int(m_sheet.sources.size()) + 1, sourceHeader(SheetDocument::tr("Claim")));
        for (int r = 0; r < m_sheet.compared.size(); ++r) {
            if (isCanceled(m_canceled))
                return;
            const SheetClaimRow &row = m_sheet.compared[r];
            claimCaption(t.cellAt(r + 1, 0).firstCursorPosition(), row);
            for (int s = 0; s < m_sheet.sources.size(); ++s)
                wordingCell(t, r + 1, s + 1, row.cell(s), claimBackground(row));
        }
        afterTable();
    }

    // The claim's kind, share, differing slot, reason and attribution, one line each.
    void claimCaption(QTextCursor c, const SheetClaimRow &row)
    {
        c.insertText(sheetKindLabel(row.kind), m_bold);
        c.insertText(QStringLiteral(" ") + sheetSourceShare(row.sourceCount(), int(m_sheet.sources.size())), m_muted);
        if (!row.slot.isEmpty()) {
            c.insertBlock();
            c.insertText(SheetDocument::tr("differs in: %1").arg(conflictSlotName(row.slot)), m_muted);
        }
        if (!row.reason.isEmpty()) {
            c.insertBlock();
            c.insertText(row.reason, m_muted);
        }
        if (!row.attribution.isEmpty()) {
            c.insertBlock();
            c.insertText(SheetDocument::tr("attributed to %1").arg(row.attribution), m_muted);
        }
    }

    // A shared claim that only some sources state gets the lighter tint, as in the comparison view.
    QColor claimBackground(const SheetClaimRow &row) const
    {
        const bool partial = row.kind == ClaimKind::Shared && row.sourceCount() < m_sheet.sources.size();
        return partial ? m_palette.sharedLight : kindColor(row.kind, m_palette);
    }

    // Past kPrintedSourceColumns sources a column each would be too narrow to read, and Qt lays
    // a table out in one call that cannot be interrupted: the sources go in rows instead, in
    // tables of bounded size (the layout then polls between them, sheetToPages).
    bool sourcesInRows() const { return printsSourcesInRows(m_sheet); }

    // Each claim a table of its own (or a few, of at most kRowsPerPrintedTable sources each):
    // its caption as the header (repeated on each page it spans), then the sources that state
    // it, one row each; the silent ones are not listed.
    void claimsInRows()
    {
        for (const SheetClaimRow &row : m_sheet.compared) {
            for (int first = 0; first < row.stated.size(); first += kRowsPerPrintedTable) {
                if (isCanceled(m_canceled))
                    return;
                const int count = std::min(kRowsPerPrintedTable, int(row.stated.size()) - first);
                SheetTable &t = table(count, 2, {}, Columns::NameAndText);
                for (const QTextTableCell &cell : t.headerCells(0)) {
                    fillCell(cell, QString(), {}, m_palette.headerBackground);
                    claimCaption(cell.firstCursorPosition(), row);
                }
                for (const QTextTableCell &cell : t.headerCells(1))
                    fillCell(cell, row.summary, {}, m_palette.headerBackground);
                for (int i = 0; i < count; ++i) {
                    const SheetCell &stated = row.stated[first + i];
                    setCell(t, i + 1, 0, m_sheet.sources[stated.source].label, m_bold);
                    wordingCell(t, i + 1, 1, stated, claimBackground(row));
                }
                afterTable();
            }
        }
    }

    // `rows` rows (by default of a name and a text), in tables of at most `perTable` rows under one header.
    void tablesInParts(int rows, const QStringList &header, const std::function<void(const SheetTable &, int, int)> &fillRow,
                       Columns kind = Columns::NameAndText, int perTable = kRowsPerPrintedTable)
    {
        for (int first = 0; first < rows; first += perTable) {
            const int count = std::min(perTable, rows - first);
            const SheetTable &t = table(count, int(header.size()), header, kind);
            for (int r = 0; r < count; ++r) {
                if (isCanceled(m_canceled))
                    return;
                fillRow(t, r + 1, first + r);
            }
            afterTable();
        }
    }

    // Rows of a name and its counts by source as text, cut by countsPieces, in tables of at most
    // kRowsPerPrintedTable rows and kSourcesPerPrintedTable sources listed. A row that goes on
    // with a name's sources says "(continued)" after the name.
    void countsInParts(int items, const QStringList &header, const std::function<const QList<int> &(int)> &countsOf,
                       const std::function<void(const SheetTable &, int, int)> &name, const std::function<QString(int, int)> &detail = {})
    {
        const QList<CountsPiece> pieces = countsPieces(items, countsOf);
        for (qsizetype first = 0; first < pieces.size();) {
            qsizetype count = 0;
            int listed = 0;
            while (first + count < pieces.size() && count < kRowsPerPrintedTable
                   && (count == 0 || listed + pieces[first + count].listed <= kSourcesPerPrintedTable))
                listed += pieces[first + count++].listed;
            const SheetTable &t = table(int(count), int(header.size()), header, Columns::NameAndText);
            for (int r = 0; r < count; ++r) {
                if (isCanceled(m_canceled))
                    return;
                const CountsPiece &piece = pieces[first + r];
                name(t, r + 1, piece.item);
                if (piece.from > 0)
                    t.cellAt(r + 1, 0).lastCursorPosition().insertText(u' ' + SheetDocument::tr("(continued)"), m_muted);
                std::function<QString(int)> sourceDetail;
                if (detail)
                    sourceDetail = [&detail, &piece](int s) { return detail(piece.item, s); };
                countsBySource(t.cellAt(r + 1, 1).firstCursorPosition(), countsOf(piece.item), piece.from, piece.to, sourceDetail);
            }
            afterTable();
            first += count;
        }
    }

    // "Reuters 3 · AP 1": the sources [from, to) with a count, each with what `detail` adds.
    void countsBySource(QTextCursor c, const QList<int> &counts, int from, int to, const std::function<QString(int)> &detail = {})
    {
        bool first = true;
        for (int s = from; s < to; ++s) {
            // An entity of a big story is named by thousands of sources: one cell, seconds of inserting.
            if (s % 64 == 63 && isCanceled(m_canceled))
                return;
            if (counts[s] == 0)
                continue;
            if (!first)
                c.insertText(QStringLiteral(" \u00b7 "), m_muted);
            first = false;
            c.insertText(m_sheet.sources[s].label + u' ', m_bold);
            c.insertText(QString::number(counts[s]), QTextCharFormat());
            const QString extra = detail ? detail(s) : QString();
            if (!extra.isEmpty())
                c.insertText(QStringLiteral(" (%1)").arg(extra), m_muted);
        }
    }

    void unique()
    {
        if (!m_sheet.options.includes(ClaimKind::Unique))
            return;
        heading(SheetDocument::tr("Unique claims"), 2);
        if (m_sheet.uniqueCount() == 0)
            paragraph(SheetDocument::tr("No claim is stated by one source alone."), m_muted);
        QTextCharFormat tint;
        tint.setBackground(m_palette.unique);
        for (int s : m_sheet.sourcesWithUnique()) {
            if (isCanceled(m_canceled))
                return;
            const auto &rows = m_sheet.uniqueBySource[s];
            heading(QStringLiteral("%1 (%2)").arg(m_sheet.sources[s].label).arg(rows.size()), 3);
            QTextListFormat list;
            list.setStyle(QTextListFormat::ListDisc);
            bool firstItem = true;
            for (const SheetClaimRow &row : rows) {
                if (firstItem) {
                    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
                    m_cursor.createList(list);
                    firstItem = false;
                } else {
                    m_cursor.insertBlock();
                }
                m_cursor.insertText(row.cell(s).joinedText(QStringLiteral(" \u2026 ")), tint);
                if (!row.attribution.isEmpty())
                    m_cursor.insertText(QStringLiteral(" ") + SheetDocument::tr("attributed to %1").arg(row.attribution), m_muted);
            }
        }
    }

    void attributions()
    {
        if (m_sheet.attributions.isEmpty())
            return;
        heading(SheetDocument::tr("Attributions"), 2);
        if (sourcesInRows()) {
            countsInParts(
                int(m_sheet.attributions.size()), {SheetDocument::tr("Attributed to"), SheetDocument::tr("Claims by source")},
                [this](int index) -> const QList<int> & { return m_sheet.attributions[index].counts; },
                [this](const SheetTable &t, int row, int index) { attributionName(t, row, m_sheet.attributions[index]); });
            return;
        }
        SheetTable &t =
            table(int(m_sheet.attributions.size()), int(m_sheet.sources.size()) + 1, sourceHeader(SheetDocument::tr("Attributed to")));
        for (int r = 0; r < m_sheet.attributions.size(); ++r) {
            if (isCanceled(m_canceled))
                return;
            const SheetAttributionRow &row = m_sheet.attributions[r];
            attributionName(t, r + 1, row);
            for (int s = 0; s < row.counts.size(); ++s)
                setCell(t, r + 1, s + 1, QString::number(row.counts[s]), row.counts[s] ? QTextCharFormat() : m_muted);
        }
        afterTable();
    }

    void attributionName(const SheetTable &t, int tableRow, const SheetAttributionRow &row)
    {
        setCell(t, tableRow, 0, row.who, m_bold);
        if (!row.asWritten.isEmpty()) {
            QTextCursor c = t.cellAt(tableRow, 0).lastCursorPosition();
            c.insertText(QStringLiteral("\n") + SheetDocument::tr("as written: %1").arg(row.asWritten.join(QStringLiteral(" \u00b7 "))),
                         m_muted);
        }
    }

    void entityName(const SheetTable &t, int tableRow, const SheetEntityRow &row)
    {
        QTextCursor c = t.cellAt(tableRow, 0).firstCursorPosition();
        c.insertText(row.name, m_bold);
        if (!row.value.isEmpty() && row.value != row.name)
            c.insertText(QStringLiteral(" ") + row.value, m_muted);
    }

    void entities()
    {
        heading(SheetDocument::tr("Entities across sources"), 2);
        if (m_sheet.entities.isEmpty())
            paragraph(SheetDocument::tr("No entities."), m_muted);
        for (const SheetEntityGroup &group : m_sheet.entityGroups()) {
            const QList<const SheetEntityRow *> &rows = group.rows;
            heading(entityTypeTitle(group.type), 3);
            if (sourcesInRows()) {
                countsInParts(
                    int(rows.size()), {SheetDocument::tr("Name"), SheetDocument::tr("Mentions by source")},
                    [&rows](int index) -> const QList<int> & { return rows[index]->counts; },
                    [this, &rows](const SheetTable &t, int row, int index) { entityName(t, row, *rows[index]); },
                    [&rows](int index, int s) { return rows[index]->spellings[s].join(QStringLiteral(" \u00b7 ")); });
                if (isCanceled(m_canceled))
                    return;
                continue;
            }
            SheetTable &t = table(int(rows.size()), int(m_sheet.sources.size()) + 1, sourceHeader(SheetDocument::tr("Name")));
            for (int r = 0; r < rows.size(); ++r) {
                if (isCanceled(m_canceled))
                    return;
                const SheetEntityRow &row = *rows[r];
                entityName(t, r + 1, row);
                for (int s = 0; s < row.counts.size(); ++s) {
                    if (row.counts[s] == 0) {
                        QTextCharFormat f = m_muted;
                        f.setFontItalic(true);
                        setCell(t, r + 1, s + 1, m_silent, f, m_palette.silent);
                        continue;
                    }
                    QTextCursor cc = t.cellAt(r + 1, s + 1).firstCursorPosition();
                    cc.insertText(QString::number(row.counts[s]), m_bold);
                    cc.insertText(QStringLiteral(" ") + row.spellings[s].join(QStringLiteral(" \u00b7 ")), m_muted);
                }
            }
            afterTable();
        }
    }

    void texts()
    {
        if (!m_sheet.options.articleTexts || m_part != kWholeSheet)
            return;
        for (int s = 0; s < m_sheet.sources.size(); ++s) {
            if (isCanceled(m_canceled))
                return;
            text(s, true);
        }
    }

    // Source `s`'s text under its heading, highlighted, with the claims' tints.
    void text(int s, bool newPage)
    {
        const Corpus &corpus = *m_sheet.analysis->corpus;
        const SheetSource &src = m_sheet.sources[s];
        KSyntaxHighlighting::Definition definition;
        DocumentHighlighter highlighter;
        if (m_repository) {
            highlighter.setTheme(m_repository->defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
            definition = m_repository->definitionForName(articleDefinitionName(corpus.articles[s]));
            highlighter.setDefinition(definition);
        }
        // Each text starts a page, as the HTML sheet prints.
        heading(src.title.isEmpty() ? src.label : QStringLiteral("%1 \u2014 %2").arg(src.label, src.title), 2, newPage);
        QTextBlockFormat body;
        body.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        m_cursor.insertBlock(body, QTextCharFormat());
        const int base = m_cursor.position();
        const QString &text = corpus.articles[s].text;
        QString clean = text;
        clean.replace(u'\r', u' '); // keeps offsets; a block break would too, but CR is not a paragraph
        m_cursor.insertText(clean, QTextCharFormat());
        // insertText turns each '\n' into one block separator: positions stay aligned with the text.
        // Highlighted first: the differing values' ink and weight then win over the
        // prose colours (a number's dark yellow does not read on the value's red).
        if (definition.isValid())
            highlighter.run(QTextCursor(m_doc), base, text);
        const QList<SheetLayer> layers = sheetLayers(m_sheet, s);
        QTextCursor c(m_doc);
        for (qsizetype i = 0; i < layers.size();) {
            qsizetype j = i + 1;
            while (j < layers.size() && layers[j] == layers[i])
                ++j;
            if (layers[i] != SheetLayer::None) {
                QTextCharFormat f;
                f.setBackground(layerColor(layers[i], m_palette));
                if (layers[i] == SheetLayer::ConflictValue) {
                    f.setForeground(m_palette.text);
                    f.setFontWeight(QFont::Bold);
                }
                c.setPosition(base + int(i));
                c.setPosition(base + int(j), QTextCursor::KeepAnchor);
                c.mergeCharFormat(f);
            }
            i = j;
        }
    }

    QTextDocument *m_doc;
    const Sheet &m_sheet;
    const KSyntaxHighlighting::Repository *m_repository;
    const std::function<bool()> &m_canceled;
    QTextCursor m_cursor;
    SheetPalette m_palette;
    QTextCharFormat m_muted;
    QTextCharFormat m_bold;
    const QString m_silent = sheetSilentLabel(); // most cells of a story of many sources
    bool m_first = true;

public:
    // Which part of the sheet the document holds: all of it (previews, ODT), all but the
    // article texts (a PDF's first part), or source N's text (the PDF's part N + 1).
    static constexpr int kWholeSheet = -2;
    static constexpr int kNoTexts = -1;
    int m_part = kWholeSheet;
    int m_tablesPart = -1;      // with kNoTexts: which of sheetPageParts, or all
    SheetTableBreaks m_breaks;  // given: where the tables start new pages
    QList<SheetTable> m_tables; // made, in document order
};

} // namespace

bool printsSourcesInRows(const Sheet &sheet)
{
    return sheet.sources.size() > kPrintedSourceColumns;
}

int sheetPageParts(const Sheet &sheet)
{
    return printsSourcesInRows(sheet) ? 3 : 1;
}

namespace {
// Lays the whole document out, a step at a time: Qt lays out the top-level blocks and
// tables lazily up to the position asked for, so each step is bounded by the largest table.
void layOutInSteps(const QTextDocument *doc, const std::function<bool()> &canceled)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    int n = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (++n % 32 != 0)
            continue;
        layout->blockBoundingRect(block);
        if (isCanceled(canceled))
            return;
    }
    layout->blockBoundingRect(doc->lastBlock());
}

std::unique_ptr<QTextDocument> newSheetDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    // Built once and never edited: an undo history of every insertion only costs time and memory.
    doc->setUndoRedoEnabled(false);
    QFont font(QStringLiteral("Noto Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    return doc;
}
} // namespace

std::unique_ptr<QTextDocument> sheetToDocument(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository,
                                               const std::function<bool()> &canceled)
{
    auto doc = newSheetDocument();
    Builder(doc.get(), sheet, repository, canceled).build();
    return doc;
}

std::unique_ptr<QTextDocument> sheetToPages(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QPaintDevice *device,
                                            const QSizeF &pageSize, const std::function<bool()> &canceled, int part)
{
    // Laid out, then made again with a page break before each row a page
    // boundary would cut; the breaks move the rows after them, so twice more.
    SheetTableBreaks breaks;
    for (int pass = 0;; ++pass) {
        auto doc = newSheetDocument();
        Builder builder(doc.get(), sheet, repository, canceled);
        builder.m_part = Builder::kNoTexts;
        builder.m_tablesPart = part;
        builder.m_breaks = breaks;
        builder.build();
        if (isCanceled(canceled))
            return doc;
        doc->documentLayout()->setPaintDevice(device);
        doc->setPageSize(pageSize);
        bool more = false;
        qreal shift = 0;
        for (int t = 0; t < builder.m_tables.size(); ++t) {
            const QList<int> cut = builder.m_tables[t].cutRows(doc.get(), shift, canceled);
            if (isCanceled(canceled))
                return doc;
            for (const int row : cut) {
                QList<int> &rows = breaks[t];
                if (!rows.contains(row)) {
                    rows.append(row);
                    more = true;
                }
            }
            std::sort(breaks[t].begin(), breaks[t].end());
        }
        if (!more || pass == 2) {
            layOutInSteps(doc.get(), canceled);
            return doc;
        }
    }
}

std::unique_ptr<QTextDocument> sheetTextPages(const Sheet &sheet, int source, const KSyntaxHighlighting::Repository *repository,
                                              QPaintDevice *device, const QSizeF &pageSize, const std::function<bool()> &canceled)
{
    auto doc = newSheetDocument();
    Builder builder(doc.get(), sheet, repository, canceled);
    builder.m_part = source;
    builder.build();
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(pageSize);
    layOutInSteps(doc.get(), canceled);
    return doc;
}
