// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown sheet: pipe tables that read as plain text too. Article text is
// escaped for Markdown and for the HTML that Markdown renderers let through.
#include "claimconflicts.h"
#include "sheetwriter.h"
#include "textchunks.h"

#include <QCoreApplication>

namespace {

struct SheetMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(SheetMarkdown)
};

QString md(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        case u'&': out += u"&amp;"; break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'|':
        case u'#':
            out += u'\\';
            out += c;
            break;
        case u'\r': break;
        case u'\n': out += u' '; break;
        default: out += c;
        }
    }
    return out.trimmed();
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString rule(int columns, int numericFrom = -1)
{
    QStringList cells;
    for (int i = 0; i < columns; ++i)
        cells.append(numericFrom >= 0 && i >= numericFrom ? QStringLiteral("--:") : QStringLiteral("---"));
    return row(cells);
}

QString wording(const SheetCell &cell, const QString &silent)
{
    if (cell.silent())
        return silent;
    QStringList parts;
    for (const SheetWording &w : cell.wordings) {
        QString t;
        qsizetype pos = 0;
        for (const TextRange &d : w.differing) {
            t += md(w.text.mid(pos, d.start - pos)) + u' ';
            t += QStringLiteral("**%1** ").arg(md(w.text.mid(d.start, d.length())));
            pos = d.end;
        }
        t += md(w.text.mid(pos));
        if (!w.value.isEmpty())
            t += QStringLiteral(" (**%1**)").arg(md(w.value));
        parts.append(t.simplified());
    }
    return parts.join(QStringLiteral(" / "));
}

// Writes the sheet into `out`; false when canceled.
bool writeMarkdown(const Sheet &sheet, TextChunks &out, const std::function<bool()> &canceled)
{
    // Most cells of a story of many sources are silent: the label is made once.
    const QString silent = QStringLiteral("*%1*").arg(md(sheetSilentLabel()));
    const QString title = sheet.title.isEmpty() ? SheetMarkdown::tr("Comparison sheet") : sheet.title;
    out += QStringLiteral("# %1\n\n").arg(md(title));
    out += sheetCounts(sheet).join(QStringLiteral(", ")) + u'.' + QStringLiteral("\n\n");

    out += QStringLiteral("## %1\n\n").arg(SheetMarkdown::tr("Sources"));
    out += row({SheetMarkdown::tr("Source"), SheetMarkdown::tr("Title"), SheetMarkdown::tr("Published"), SheetMarkdown::tr("Byline"),
                SheetMarkdown::tr("Words")})
           + rule(5, 4);
    for (const SheetSource &s : sheet.sources)
        out += row({md(s.label), md(s.title), md(s.published), md(s.byline), QString::number(s.words)});

    QStringList sourceHeader;
    for (const SheetSource &s : sheet.sources)
        sourceHeader.append(md(s.label));

    out += QStringLiteral("\n## %1\n\n").arg(SheetMarkdown::tr("Claims across sources"));
    if (sheet.compared.isEmpty()) {
        out += SheetMarkdown::tr("No shared or conflicting claims.") + u'\n';
    } else {
        out += row(QStringList{SheetMarkdown::tr("Claim")} + sourceHeader) + rule(int(sourceHeader.size()) + 1);
        for (const SheetClaimRow &r : sheet.compared) {
            if (isCanceled(canceled))
                return false;
            QString head = QStringLiteral("**%1** %2")
                               .arg(md(sheetKindLabel(r.kind)), md(sheetSourceShare(r.sourceCount(), int(sheet.sources.size()))));
            if (!r.slot.isEmpty())
                head += QStringLiteral(" \u00b7 ") + md(SheetMarkdown::tr("differs in: %1").arg(conflictSlotName(r.slot)));
            if (!r.reason.isEmpty())
                head += QStringLiteral(" \u00b7 ") + md(r.reason);
            if (!r.attribution.isEmpty())
                head += QStringLiteral(" \u00b7 ") + md(SheetMarkdown::tr("attributed to %1").arg(r.attribution));
            QStringList cells{head};
            for (int s = 0; s < sheet.sources.size(); ++s)
                cells.append(wording(r.cell(s), silent));
            out += row(cells);
        }
    }

    if (sheet.options.includes(ClaimKind::Unique)) {
        out += QStringLiteral("\n## %1\n").arg(SheetMarkdown::tr("Unique claims"));
        if (sheet.uniqueCount() == 0)
            out += u'\n' + SheetMarkdown::tr("No claim is stated by one source alone.") + u'\n';
        for (int s : sheet.sourcesWithUnique()) {
            out += QStringLiteral("\n### %1 (%2)\n\n").arg(md(sheet.sources[s].label)).arg(sheet.uniqueBySource[s].size());
            if (isCanceled(canceled))
                return false;
            for (const SheetClaimRow &r : sheet.uniqueBySource[s]) {
                out += QStringLiteral("- ") + wording(r.cell(s), silent);
                if (!r.attribution.isEmpty())
                    out += QStringLiteral(" \u2014 ") + md(SheetMarkdown::tr("attributed to %1").arg(r.attribution));
                out += u'\n';
            }
        }
    }

    if (!sheet.attributions.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(SheetMarkdown::tr("Attributions"));
        out += row(QStringList{SheetMarkdown::tr("Attributed to")} + sourceHeader) + rule(int(sourceHeader.size()) + 1, 1);
        for (const SheetAttributionRow &r : sheet.attributions) {
            if (isCanceled(canceled))
                return false;
            QStringList cells{md(r.who)};
            for (int n : r.counts)
                cells.append(QString::number(n));
            out += row(cells);
        }
    }

    out += QStringLiteral("\n## %1\n").arg(SheetMarkdown::tr("Entities across sources"));
    if (sheet.entities.isEmpty())
        out += u'\n' + SheetMarkdown::tr("No entities.") + u'\n';
    for (const SheetEntityGroup &group : sheet.entityGroups()) {
        out += QStringLiteral("\n### %1\n\n").arg(entityTypeTitle(group.type));
        out += row(QStringList{SheetMarkdown::tr("Name")} + sourceHeader) + rule(int(sourceHeader.size()) + 1);
        for (const SheetEntityRow *entity : group.rows) {
            if (isCanceled(canceled))
                return false;
            const SheetEntityRow &e = *entity;
            QString name = QStringLiteral("**%1**").arg(md(e.name));
            if (!e.value.isEmpty() && e.value != e.name)
                name += u' ' + md(e.value);
            QStringList cells{name};
            for (int s = 0; s < e.counts.size(); ++s)
                cells.append(e.counts[s] ? QStringLiteral("%1 (%2)").arg(e.counts[s]).arg(md(e.spellings[s].join(QStringLiteral(", "))))
                                         : silent);
            out += row(cells);
        }
    }
    return !isCanceled(canceled);
}

} // namespace

QString sheetToMarkdown(const Sheet &sheet, const std::function<bool()> &canceled)
{
    TextChunks out;
    return writeMarkdown(sheet, out, canceled) ? QString::fromUtf8(out.toUtf8()) : QString();
}

bool writeSheetMarkdown(const Sheet &sheet, QIODevice *device, const std::function<bool()> &canceled)
{
    TextChunks out;
    return writeMarkdown(sheet, out, canceled) && out.writeTo(device, canceled);
}
