// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A table of a printed sheet, in parts where page breaks divide it: each part
// starts a new page under its own copy of the header row, so that no row is
// cut by a page boundary (Qt cuts a row whose first line fits on the page).
#include <QHash>
#include <QList>
#include <QTextTableCell>

#include <functional>

class QTextCursor;
class QTextDocument;
class QTextTable;
class QTextTableFormat;

// Where the tables of a sheet start new pages: by table (in document order), body rows.
using SheetTableBreaks = QHash<int, QList<int>>;

class SheetTable
{
public:
    // Inserts at `cursor` one header row over `rows` body rows, broken before
    // each body row in `breaks` (ascending; 0 and rows past the end are ignored).
    SheetTable(QTextCursor &cursor, int rows, int columns, const QTextTableFormat &format, const QList<int> &breaks);

    // Row 0: the header row (of the first part); row r + 1: body row r.
    QTextTableCell cellAt(int row, int column) const;
    // The header row's cell of `column` in every part.
    QList<QTextTableCell> headerCells(int column) const;
    int rows() const { return m_rows; }

    // The body rows that a page boundary of the laid-out `doc` cuts, and that
    // would fit on a page, each as far down as the rows before it would be pushed
    // if each of those started a new page; `shift` carries that push from table
    // to table (and is updated). Canceled (polled per row): the rows found so far.
    QList<int> cutRows(const QTextDocument *doc, qreal &shift, const std::function<bool()> &canceled = {}) const;

private:
    std::pair<qreal, qreal> rowSpan(const QTextDocument *doc, int row) const;

    QList<QTextTable *> m_parts;
    QList<int> m_firstRows; // body row each part starts with
    int m_rows = 0;
};
