// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheettable.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

SheetTable::SheetTable(QTextCursor &cursor, int rows, int columns, const QTextTableFormat &format, const QList<int> &breaks)
    : m_rows(rows)
{
    QList<int> starts{0};
    for (const int b : breaks) {
        if (b > starts.last() && b < rows)
            starts.append(b);
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const int end = i + 1 < starts.size() ? starts[i + 1] : rows;
        if (i > 0) {
            cursor.movePosition(QTextCursor::End);
            QTextBlockFormat pageBreak;
            pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(pageBreak, QTextCharFormat());
        }
        m_parts.append(cursor.insertTable(end - starts[i] + 1, columns, format));
        m_firstRows.append(starts[i]);
    }
}

QTextTableCell SheetTable::cellAt(int row, int column) const
{
    if (row == 0)
        return m_parts.first()->cellAt(0, column);
    const int body = row - 1;
    const qsizetype part = std::upper_bound(m_firstRows.cbegin(), m_firstRows.cend(), body) - m_firstRows.cbegin() - 1;
    return m_parts[part]->cellAt(body - m_firstRows[part] + 1, column);
}

QList<QTextTableCell> SheetTable::headerCells(int column) const
{
    QList<QTextTableCell> cells;
    for (QTextTable *part : m_parts)
        cells.append(part->cellAt(0, column));
    return cells;
}

// Top and bottom of body row `row` in document coordinates (its cells' first and last blocks).
std::pair<qreal, qreal> SheetTable::rowSpan(const QTextDocument *doc, int row) const
{
    qreal top = 1e12, bottom = -1e12;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (int c = 0; c < m_parts.first()->columns(); ++c) {
        const QTextTableCell cell = cellAt(row + 1, c);
        top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = qMax(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

QList<int> SheetTable::cutRows(const QTextDocument *doc, qreal &shift, const std::function<bool()> &canceled) const
{
    QList<int> cut;
    const qreal page = doc->pageSize().height();
    if (page <= 0 || m_rows == 0)
        return cut;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    // A part that starts a page puts its first body row below the header's copy.
    const qreal headerTop = layout->blockBoundingRect(m_parts.first()->cellAt(0, 0).firstCursorPosition().block()).top();
    const qreal headerHeight = rowSpan(doc, 0).first - headerTop;
    qsizetype part = 0;
    for (int r = 0; r < m_rows; ++r) {
        if (canceled && canceled())
            return cut;
        if (part + 1 < m_firstRows.size() && m_firstRows[part + 1] == r) {
            ++part; // already on a page of its own, wherever the rows before went
            shift = 0;
        }
        auto [top, bottom] = rowSpan(doc, r);
        top += shift;
        bottom += shift;
        // Less than a page: a page also holds the header's copy.
        if (bottom - top > page * 0.8 || std::floor(top / page) == std::floor((bottom - 0.5) / page))
            continue;
        cut.append(r);
        const qreal newTop = (std::floor(top / page) + 1) * page + headerHeight;
        shift += newTop - top;
    }
    return cut;
}
