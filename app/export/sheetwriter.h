// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writers that turn a comparison sheet (sheet.h) into one file format each.
// They write to memory or to a device they are handed; sheetexport.h does the
// atomic file handling around them. Each polls its `canceled` predicate (sheet.h,
// isCanceled) at least once per table row, article and page, and then stops: a
// canceled writer returns nothing or false.
#include "sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QPaintDevice;
class QTextDocument;
namespace KSyntaxHighlighting {
class Repository;
}

enum class CsvTable { Claims, Entities, Sources };

// One self-contained HTML file (XHTML-compatible markup, inline CSS, no scripts).
// With a repository, article texts are highlighted with the "News Article"
// definition; without one, or when the definition is missing, they are plain.
// Canceled: returns nothing.
QByteArray sheetToHtml(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, const std::function<bool()> &canceled = {});
// The same, written to an open device a chunk at a time; false when canceled or when the device fails.
bool writeSheetHtml(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device,
                    const std::function<bool()> &canceled = {});

// Printed sheets (the rich text document) give each source a column up to this many
// sources; past it, they list each claim's sources in rows and the entities' and
// attributions' sources as text, in tables of at most kRowsPerPrintedTable body rows.
constexpr int kPrintedSourceColumns = 8;
constexpr int kRowsPerPrintedTable = 50;
// In rows, an entity's or attribution's sources are listed as text, at most this many in a row
// (a name named by more continues on the next rows, "continued") and this many in a table: Qt
// lays a table out in one call that a cancel cannot interrupt, and at 2,000 sources a table of
// 50 such rows took seconds.
constexpr int kSourcesPerPrintedRow = 40;
constexpr int kSourcesPerPrintedTable = 400;

// The sheet as a rich text document, for PDF, ODT and on-screen previews.
// Canceled: a partial document (the caller asks `canceled` again).
std::unique_ptr<QTextDocument> sheetToDocument(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository,
                                               const std::function<bool()> &canceled = {});
// Past kPrintedSourceColumns sources.
bool printsSourcesInRows(const Sheet &sheet);
// How many documents a PDF prints the sheet's tables in: one, or for a sheet that lists its
// sources in rows three (sources and claims, unique claims, attributions and entities).
// Qt's layout keeps positions in 26.6 fixed point (33 million pixels, some 9,500 A4 pages at
// 300 dpi), which one document of a 2,000-source sheet overflows.
int sheetPageParts(const Sheet &sheet);

// Part `part` (of sheetPageParts) of the sheet without the article texts, laid out on pages
// of `pageSize` on `device`, no table row cut by a page boundary (a row that fits on a page
// starts a new one under the header). The layout is done a few blocks at a time, polling
// `canceled` in between. Canceled: a partial document, as sheetToDocument.
std::unique_ptr<QTextDocument> sheetToPages(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QPaintDevice *device,
                                            const QSizeF &pageSize, const std::function<bool()> &canceled = {}, int part = 0);
// Source `source`'s article text, laid out the same way from the top of a page: a PDF prints
// each text as a document of its own, for the same reason.
std::unique_ptr<QTextDocument> sheetTextPages(const Sheet &sheet, int source, const KSyntaxHighlighting::Repository *repository,
                                              QPaintDevice *device, const QSizeF &pageSize, const std::function<bool()> &canceled = {});

// Writes a paginated PDF with page numbers to an open device. Returns false when
// canceled or when the device fails; `pages` gets the count.
bool writeSheetPdf(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device, bool landscape,
                   const std::function<bool()> &canceled = {}, int *pages = nullptr);

// Writes an OpenDocument text file to an open device, telling `progress` the share
// written (0 to 100) as the document is written out.
bool writeSheetOdt(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device,
                   const std::function<bool()> &canceled = {}, const std::function<void(int)> &progress = {});

// Canceled: returns nothing.
QString sheetToMarkdown(const Sheet &sheet, const std::function<bool()> &canceled = {});
// The same, written to an open device as UTF-8 a chunk at a time; false when canceled or when the device fails.
bool writeSheetMarkdown(const Sheet &sheet, QIODevice *device, const std::function<bool()> &canceled = {});

// The cells of one CSV table as they are written, header row first and already
// neutralised (csvNeutralised); sheetToCsv quotes them (RFC 4180).
QList<QStringList> sheetCsvTable(const Sheet &sheet, CsvTable table);
// CSV injection: a cell that starts with =, +, -, @, a tab or a carriage return
// would be run as a formula by spreadsheet programs; it gets a leading single
// quote, which they show as text. In a numeric column (counts the writer made),
// a plain number such as "-3" stays a number.
QString csvNeutralised(const QString &cell, bool numericColumn = false);
QByteArray sheetToCsv(const Sheet &sheet, CsvTable table, bool byteOrderMark);
// The same, written row by row to an open device; false when canceled or when the device fails.
bool writeSheetCsv(const Sheet &sheet, CsvTable table, bool byteOrderMark, QIODevice *device, const std::function<bool()> &canceled = {});
// Quotes only: the cells must be neutralised already.
QByteArray csvEncode(const QList<QStringList> &rows, bool byteOrderMark);

// The parallax-analysis/1 document of the sheet's (filtered) analysis.
QByteArray sheetToJson(const Sheet &sheet, const std::function<bool()> &canceled = {});
// The same, written to an open device; false when canceled or when the device fails.
bool writeSheetJson(const Sheet &sheet, QIODevice *device, const std::function<bool()> &canceled = {});
