// CSV tables (RFC 4180): header row first, CRLF line ends, fields quoted when
// they hold a comma, quote, line break or edge space, UTF-8 with an optional BOM
// so that spreadsheet programs pick the right encoding.
#include "sheetwriter.h"

#include <QCoreApplication>

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

} // namespace

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
        break;
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
        break;
    }
    case CsvTable::Sources:
        rows.append({SheetCsv::tr("article"), SheetCsv::tr("outlet"), SheetCsv::tr("title"), SheetCsv::tr("published"),
                     SheetCsv::tr("byline"), SheetCsv::tr("words"), SheetCsv::tr("url")});
        for (const SheetSource &s : sheet.sources)
            rows.append({s.id, s.outlet, s.title, s.published, s.byline, QString::number(s.words), s.url});
        break;
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
