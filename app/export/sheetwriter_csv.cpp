// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV tables (RFC 4180): header row first, CRLF line ends, fields quoted when
// they hold a comma, quote, line break or edge space, UTF-8 with an optional BOM
// so that spreadsheet programs pick the right encoding. Cells that a spreadsheet
// program would run as a formula (CSV injection) start with a single quote.
#include "sheetwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct SheetCsv
{
    Q_DECLARE_TR_FUNCTIONS(SheetCsv)
};

QString quoted(const QString &field)
{
    const bool needs = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')
                       || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString f = field;
    f.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + f + u'"';
}

QStringList claimRow(const SheetClaimRow &row, int sources)
{
    QStringList cells{row.id, claimKindKey(row.kind), row.slot, row.reason, row.attribution, QString::number(row.sourceCount())};
    cells.reserve(cells.size() + 2 * sources);
    for (int s = 0; s < sources; ++s) {
        const SheetCell &c = row.cell(s);
        cells.append(c.joinedText(QStringLiteral("\n")));
        cells.append(c.joinedValue(QStringLiteral("\n")));
    }
    return cells;
}

// Neutralises every cell of a row; `numeric` says which columns hold counts
// the writer made itself, whose plain numbers (also negative ones) stay numbers.
QStringList neutralised(QStringList row, bool header, const std::function<bool(qsizetype)> &numeric)
{
    for (qsizetype c = 0; c < row.size(); ++c)
        row[c] = csvNeutralised(row[c], !header && numeric(c));
    return row;
}

QString encodedRow(const QStringList &row)
{
    QString out;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            out += u',';
        out += quoted(row[i]);
    }
    out += QStringLiteral("\r\n");
    return out;
}

// Calls `yieldRow` with each row of the table, header first, neutralised; stops when it returns false.
// Row by row: the claims table of 2,000 sources has 100,000 rows of 4,000 cells.
bool forEachCsvRow(const Sheet &sheet, CsvTable table, const std::function<bool(const QStringList &)> &yieldRow)
{
    const int sources = int(sheet.sources.size());
    switch (table) {
    case CsvTable::Claims: {
        const auto numeric = [](qsizetype column) { return column == 5; }; // "sources" is a count
        QStringList header{SheetCsv::tr("claim"),  SheetCsv::tr("kind"),        SheetCsv::tr("slot"),
                           SheetCsv::tr("reason"), SheetCsv::tr("attribution"), SheetCsv::tr("sources")};
        for (const SheetSource &s : sheet.sources) {
            header.append(s.label);
            header.append(SheetCsv::tr("%1 value").arg(s.label));
        }
        if (!yieldRow(neutralised(header, true, numeric)))
            return false;
        for (const SheetClaimRow &row : sheet.compared) {
            if (!yieldRow(neutralised(claimRow(row, sources), false, numeric)))
                return false;
        }
        for (const auto &unique : sheet.uniqueBySource) {
            for (const SheetClaimRow &row : unique) {
                if (!yieldRow(neutralised(claimRow(row, sources), false, numeric)))
                    return false;
            }
        }
        return true;
    }
    case CsvTable::Entities: {
        // "mentions", then each source's mentions (every other column after it).
        const auto numeric = [](qsizetype column) { return column >= 4 && column % 2 == 0; };
        QStringList header{SheetCsv::tr("entity"), SheetCsv::tr("type"), SheetCsv::tr("name"), SheetCsv::tr("value"),
                           SheetCsv::tr("mentions")};
        for (const SheetSource &s : sheet.sources) {
            header.append(SheetCsv::tr("%1 mentions").arg(s.label));
            header.append(SheetCsv::tr("%1 spellings").arg(s.label));
        }
        if (!yieldRow(neutralised(header, true, numeric)))
            return false;
        for (const SheetEntityRow &e : sheet.entities) {
            QStringList cells{e.id, entityTypeKey(e.type), e.name, e.value, QString::number(e.total)};
            for (int s = 0; s < e.counts.size(); ++s) {
                cells.append(QString::number(e.counts[s]));
                cells.append(e.spellings[s].join(QStringLiteral("; ")));
            }
            if (!yieldRow(neutralised(cells, false, numeric)))
                return false;
        }
        return true;
    }
    case CsvTable::Sources: {
        // "name" is what the other tables' column headers call the article.
        const auto numeric = [](qsizetype column) { return column == 6; }; // "words" is a count
        if (!yieldRow(neutralised({SheetCsv::tr("article"), SheetCsv::tr("name"), SheetCsv::tr("outlet"), SheetCsv::tr("title"),
                                   SheetCsv::tr("published"), SheetCsv::tr("byline"), SheetCsv::tr("words"), SheetCsv::tr("url")},
                                  true, numeric)))
            return false;
        for (const SheetSource &s : sheet.sources) {
            if (!yieldRow(neutralised({s.id, s.label, s.outlet, s.title, s.published, s.byline, QString::number(s.words), s.url}, false,
                                      numeric)))
                return false;
        }
        return true;
    }
    }
    return true;
}

const QByteArray byteOrderMarkBytes("\xEF\xBB\xBF");

} // namespace

QString csvNeutralised(const QString &cell, bool numericColumn)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': break;
    default: return cell;
    }
    static const QRegularExpression number(QStringLiteral("\\A[-+]?[0-9]+(\\.[0-9]+)?\\z"));
    if (numericColumn && number.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QList<QStringList> sheetCsvTable(const Sheet &sheet, CsvTable table)
{
    QList<QStringList> rows;
    forEachCsvRow(sheet, table, [&rows](const QStringList &row) {
        rows.append(row);
        return true;
    });
    return rows;
}

QByteArray csvEncode(const QList<QStringList> &rows, bool byteOrderMark)
{
    QString out;
    for (const QStringList &row : rows)
        out += encodedRow(row);
    return (byteOrderMark ? byteOrderMarkBytes : QByteArray()) + out.toUtf8();
}

bool writeSheetCsv(const Sheet &sheet, CsvTable table, bool byteOrderMark, QIODevice *device, const std::function<bool()> &canceled)
{
    if (byteOrderMark && device->write(byteOrderMarkBytes) < 0)
        return false;
    // Written in pieces of about a megabyte: the whole table may not fit in memory twice.
    QString pending;
    auto flush = [&pending, device] {
        const bool ok = device->write(pending.toUtf8()) >= 0;
        pending.clear();
        return ok;
    };
    const bool done = forEachCsvRow(sheet, table, [&](const QStringList &row) {
        if (isCanceled(canceled))
            return false;
        pending += encodedRow(row);
        return pending.size() < (1 << 20) || flush();
    });
    return done && flush();
}

QByteArray sheetToCsv(const Sheet &sheet, CsvTable table, bool byteOrderMark)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeSheetCsv(sheet, table, byteOrderMark, &buffer);
    return buffer.data();
}
