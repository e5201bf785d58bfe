// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV tables (RFC 4180): header row first, CRLF line ends, fields quoted when
// they hold a comma, quote, line break or edge space, UTF-8 with an optional BOM
// so that spreadsheet programs pick the right encoding. Cells that a spreadsheet
// program would run as a formula (CSV injection) start with a single quote.
#include "sheetwriter.h"

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

QStringList claimRow(const SheetClaimRow &row)
{
    QStringList cells{row.id, claimKindKey(row.kind), row.slot, row.reason, row.attribution, QString::number(row.sourceCount())};
    for (const SheetCell &c : row.cells) {
        cells.append(c.joinedText(QStringLiteral("\n")));
        cells.append(c.joinedValue(QStringLiteral("\n")));
    }
    return cells;
}

// Neutralises every cell of a table; `numeric` says which columns hold counts
// the writer made itself, whose plain numbers (also negative ones) stay numbers.
QList<QStringList> neutralised(QList<QStringList> rows, const std::function<bool(qsizetype)> &numeric)
{
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            rows[r][c] = csvNeutralised(rows[r][c], r > 0 && numeric(c));
    }
    return rows;
}

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
    case u'\r':
        break;
    default:
        return cell;
    }
    static const QRegularExpression number(QStringLiteral("\\A[-+]?[0-9]+(\\.[0-9]+)?\\z"));
    if (numericColumn && number.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QList<QStringList> sheetCsvTable(const Sheet &sheet, CsvTable table)
{
    QList<QStringList> rows;
    switch (table) {
    case CsvTable::Claims: {
        QStringList header{SheetCsv::tr("claim"), SheetCsv::tr("kind"), SheetCsv::tr("slot"), SheetCsv::tr("reason"),
                           SheetCsv::tr("attribution"), SheetCsv::tr("sources")};
        for (const SheetSource &s : sheet.sources) {
            header.append(s.label);
            header.append(SheetCsv::tr("%1 value").arg(s.label));
        }
        rows.append(header);
        for (const SheetClaimRow &row : sheet.compared)
            rows.append(claimRow(row));
        for (const auto &unique : sheet.uniqueBySource) {
            for (const SheetClaimRow &row : unique)
                rows.append(claimRow(row));
        }
        // "sources" is a count.
        return neutralised(rows, [](qsizetype column) { return column == 5; });
    }
    case CsvTable::Entities: {
        QStringList header{SheetCsv::tr("entity"), SheetCsv::tr("type"), SheetCsv::tr("name"), SheetCsv::tr("value"), SheetCsv::tr("mentions")};
        for (const SheetSource &s : sheet.sources) {
            header.append(SheetCsv::tr("%1 mentions").arg(s.label));
            header.append(SheetCsv::tr("%1 spellings").arg(s.label));
        }
        rows.append(header);
        for (const SheetEntityRow &e : sheet.entities) {
            QStringList cells{e.id, entityTypeKey(e.type), e.name, e.value, QString::number(e.total)};
            for (int s = 0; s < e.counts.size(); ++s) {
                cells.append(QString::number(e.counts[s]));
                cells.append(e.spellings[s].join(QStringLiteral("; ")));
            }
            rows.append(cells);
        }
        // "mentions", then each source's mentions (every other column after it).
        return neutralised(rows, [](qsizetype column) { return column >= 4 && column % 2 == 0; });
    }
    case CsvTable::Sources:
        rows.append({SheetCsv::tr("article"), SheetCsv::tr("outlet"), SheetCsv::tr("title"), SheetCsv::tr("published"),
                     SheetCsv::tr("byline"), SheetCsv::tr("words"), SheetCsv::tr("url")});
        for (const SheetSource &s : sheet.sources)
            rows.append({s.id, s.outlet, s.title, s.published, s.byline, QString::number(s.words), s.url});
        // "words" is a count.
        return neutralised(rows, [](qsizetype column) { return column == 5; });
    }
    return rows;
}

QByteArray csvEncode(const QList<QStringList> &rows, bool byteOrderMark)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields.append(quoted(f));
        out += fields.join(u',');
        out += QStringLiteral("\r\n");
    }
    QByteArray bytes = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

QByteArray sheetToCsv(const Sheet &sheet, CsvTable table, bool byteOrderMark)
{
    return csvEncode(sheetCsvTable(sheet, table), byteOrderMark);
}
