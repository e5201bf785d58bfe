// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sheet: one self-contained, printable file. Everything that comes
// from an article or its metadata goes through escaped(); markup is written
// XHTML-compatible so that any XML parser can read the file back.
#include "claimconflicts.h"
#include "highlightingrepository.h"
#include "linehighlighter.h"
#include "sheetpalette.h"
#include "sheetwriter.h"
#include "textchunks.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QBuffer>
#include <QCoreApplication>
#include <QMap>

namespace {

struct SheetHtml
{
    Q_DECLARE_TR_FUNCTIONS(SheetHtml)
};

QString safeId(const QString &claimId)
{
    QString safe;
    for (QChar c : claimId)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_');
    return safe;
}

// Text as character data or attribute value. Characters XML cannot carry
// become U+FFFD; carriage returns are dropped (the newline stays).
QString escaped(QStringView s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        case u'&': out += u"&amp;"; break;
        case u'"': out += u"&quot;"; break;
        case u'\'': out += u"&#39;"; break;
        case u'\r': break;
        case u'\t':
        case u'\n': out += c; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0xfffe || c.unicode() == 0xffff)
                out += QChar(QChar::ReplacementCharacter);
            else
                out += c;
        }
    }
    return out;
}

// Claim ids come from the analysis; only a safe subset goes into id attributes.
QString anchorId(int source, const QString &claimId)
{
    return QStringLiteral("s%1-%2").arg(source).arg(safeId(claimId));
}

QString layerClass(SheetLayer layer)
{
    switch (layer) {
    case SheetLayer::None: return {};
    case SheetLayer::Unique: return QStringLiteral("k-unique");
    case SheetLayer::SharedPartial: return QStringLiteral("k-shared2");
    case SheetLayer::Shared: return QStringLiteral("k-shared");
    case SheetLayer::Conflict: return QStringLiteral("k-conflict");
    case SheetLayer::ConflictValue: return QStringLiteral("k-value");
    }
    return {};
}

QString kindClass(ClaimKind kind)
{
    return QStringLiteral("k-") + claimKindKey(kind);
}

// Writes an article's text as escaped spans: one class for the syntax format
// (news prose definition), one for the claim layer, split wherever either changes.
class HtmlSpanHighlighter : public LineHighlighter
{
public:
    HtmlSpanHighlighter(const KSyntaxHighlighting::Theme &theme, QMap<int, QString> *formatCss)
        : m_formatCss(formatCss)
    {
        setTheme(theme);
    }

    void write(TextChunks *out, const QString &text, const QList<SheetLayer> &layers, const QMultiHash<qsizetype, QString> &starts,
               int source)
    {
        m_out = out;
        m_text = &text;
        m_layers = &layers;
        m_starts = &starts;
        m_source = source;
        m_written = 0;
        highlightText(text);
    }

protected:
    void lineFinished(qsizetype, qsizetype end) override
    {
        writeSpans(m_written, end, QString()); // what the definition left unformatted
        if (end < m_text->size())
            writeSpans(end, end + 1, QString());
        m_written = end + 1;
    }

    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const qsizetype start = lineStart() + offset;
        writeSpans(m_written, start, QString());
        writeSpans(start, start + length, formatClass(format));
    }

private:
    QString formatClass(const KSyntaxHighlighting::Format &format)
    {
        if (!format.isValid() || format.isDefaultTextStyle(theme()))
            return {};
        if (!m_formatCss->contains(format.id())) {
            QString css;
            if (format.hasTextColor(theme()))
                css += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
            if (format.isBold(theme()))
                css += QStringLiteral("font-weight:bold;");
            if (format.isItalic(theme()))
                css += QStringLiteral("font-style:italic;");
            if (format.isUnderline(theme()))
                css += QStringLiteral("text-decoration:underline;");
            m_formatCss->insert(format.id(), css);
        }
        return QStringLiteral("f%1").arg(format.id());
    }

    void writeSpans(qsizetype start, qsizetype end, const QString &formatClassName)
    {
        qsizetype segment = start;
        while (segment < end) {
            for (const QString &id : m_starts->values(segment))
                *m_out += QStringLiteral("<span class=\"anchor\" id=\"%1\"></span>").arg(anchorId(m_source, id));
            const SheetLayer layer = m_layers->value(segment);
            qsizetype next = segment + 1;
            while (next < end && m_layers->value(next) == layer && !m_starts->contains(next))
                ++next;
            const QString classes = QStringList{formatClassName, layerClass(layer)}.join(u' ').trimmed();
            const QString piece = escaped(QStringView(*m_text).mid(segment, next - segment));
            if (classes.isEmpty() || piece == u"\n")
                *m_out += piece;
            else
                *m_out += QStringLiteral("<span class=\"%1\">%2</span>").arg(classes, piece);
            segment = next;
        }
        m_written = qMax(m_written, end);
    }

    QMap<int, QString> *m_formatCss;
    TextChunks *m_out = nullptr;
    const QString *m_text = nullptr;
    const QList<SheetLayer> *m_layers = nullptr;
    const QMultiHash<qsizetype, QString> *m_starts = nullptr;
    int m_source = 0;
    qsizetype m_written = 0;
};

QString styleSheet(const SheetPalette &p, const QMap<int, QString> &formatCss)
{
    QString css =
        QStringLiteral(
            "body{font-family:\"Noto Sans\",\"DejaVu Sans\",Helvetica,Arial,sans-serif;font-size:10.5pt;"
            "color:%1;background:%2;margin:2em auto;max-width:84em;padding:0 1.5em;line-height:1.45}\n"
            "h1{font-size:1.7em;margin:0 0 .2em}h2{font-size:1.25em;margin:1.8em 0 .5em;padding-bottom:.15em;border-bottom:2px solid %3}"
            "h3{font-size:1.05em;margin:1.2em 0 .4em}\n"
            ".meta{color:%4;margin:.2em 0}\n"
            "table{border-collapse:collapse;width:100%;margin:.4em 0 1em}\n"
            "table.grid,table.claims{table-layout:fixed}\n"
            "table.grid tr>:first-child,table.claims tr>:first-child{width:11em}\n"
            "th,td{border:1px solid %3;padding:.3em .45em;vertical-align:top;text-align:left;overflow-wrap:break-word}\n"
            "thead th{background:%5;font-size:.92em}\n"
            "tbody th{font-weight:normal}\n"
            "table.claims td{font-size:.95em}\n"
            "td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\n"
            "td.date{white-space:nowrap}\n"
            ".badge{display:inline-block;font-size:.8em;font-weight:bold;padding:0 .4em;border-radius:.3em;border:1px solid "
            "%3;margin-bottom:.15em}\n"
            ".count{font-weight:bold}\n"
            ".k-shared{background:%6}.k-shared2{background:%7}.k-conflict{background:%8}"
            ".k-value{background:%9}.k-unique{background:%10}\n"
            "td.silent{background:%11;color:%4;font-style:italic}\n"
            ".value{font-weight:bold;background:%9;padding:0 .2em;border-radius:.2em}\n"
            ".diff{background:%9}\n"
            ".reason,.attr,.spell{color:%4;font-size:.9em}\n"
            ".legend span{display:inline-block;padding:0 .5em;margin:0 .6em .3em 0;border:1px solid %3;border-radius:.3em}\n"
            "ul.unique{padding-left:1.4em}ul.unique li{margin:.15em 0}\n"
            ".text{white-space:pre-wrap;font-family:\"Noto Serif\",\"DejaVu Serif\",Georgia,serif;line-height:1.55;"
            "border:1px solid %3;padding:.8em 1em;overflow-wrap:break-word}\n"
            "article{margin-bottom:1.5em}\n"
            "a{color:inherit;text-decoration:none}a:hover{text-decoration:underline}\n"
            "footer{margin-top:3em;color:%4;font-size:.85em}\n"
            "@media print{body{margin:0;max-width:none;font-size:9.5pt}h2,h3{break-after:avoid}"
            "tr,li{break-inside:avoid}thead{display:table-header-group}article{break-before:page}a:hover{text-decoration:none}"
            "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n")
            .arg(p.text.name(), p.paper.name(), p.rule.name(), p.mutedText.name(), p.headerBackground.name(), p.shared.name(),
                 p.sharedLight.name(), p.conflict.name(), p.conflictValue.name())
            .arg(p.unique.name(), p.silent.name());
    for (auto it = formatCss.cbegin(); it != formatCss.cend(); ++it) {
        if (!it.value().isEmpty())
            css += QStringLiteral(".f%1{%2}\n").arg(it.key()).arg(it.value());
    }
    return css;
}

QString wordingHtml(const SheetWording &w, const QString &href)
{
    QString text;
    qsizetype pos = 0;
    for (const TextRange &d : w.differing) {
        text += escaped(QStringView(w.text).mid(pos, d.start - pos));
        text += QStringLiteral("<span class=\"diff\">%1</span>").arg(escaped(QStringView(w.text).mid(d.start, d.length())));
        pos = d.end;
    }
    text += escaped(QStringView(w.text).mid(pos));
    QString out = href.isEmpty() ? text : QStringLiteral("<a href=\"#%1\">%2</a>").arg(href, text);
    if (!w.value.isEmpty())
        out += QStringLiteral(" <span class=\"value\">%1</span>").arg(escaped(w.value));
    return out;
}

// The cell of a source silent on a claim or entity: most cells of a story of many sources.
QString silentCellHtml()
{
    return QStringLiteral("<td class=\"silent\">%1</td>").arg(escaped(sheetSilentLabel()));
}

// A shared claim that only some sources state gets the lighter tint, as in the comparison view.
QString cellHtml(const SheetCell &cell, const QString &cellClass, const QString &claimId, bool linked)
{
    QStringList parts;
    for (const SheetWording &w : cell.wordings)
        parts.append(wordingHtml(w, linked ? anchorId(cell.source, claimId) : QString()));
    return QStringLiteral("<td class=\"%1\">%2</td>").arg(cellClass, parts.join(QStringLiteral("<br/>")));
}

void writeSources(TextChunks &h, const Sheet &sheet)
{
    h += QStringLiteral(
             "<section "
             "id=\"sources\"><h2>%1</h2><table><thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>\n")
             .arg(escaped(SheetHtml::tr("Sources")), escaped(SheetHtml::tr("Source")), escaped(SheetHtml::tr("Title")),
                  escaped(SheetHtml::tr("Published")), escaped(SheetHtml::tr("Byline")), escaped(SheetHtml::tr("Words")));
    for (const SheetSource &s : sheet.sources) {
        QString title = escaped(s.title);
        if (!s.url.isEmpty())
            title = QStringLiteral("%1<div class=\"spell\">%2</div>").arg(title, escaped(s.url));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"date\">%3</td><td>%4</td><td class=\"num\">%5</td></tr>\n")
                 .arg(escaped(s.label), title, escaped(s.published), escaped(s.byline))
                 .arg(s.words);
    }
    h += QStringLiteral("</tbody></table></section>\n");
}

QString sourceHeaders(const Sheet &sheet)
{
    QString out;
    for (const SheetSource &s : sheet.sources)
        out += QStringLiteral("<th>%1</th>").arg(escaped(s.label));
    return out;
}

// Canceled: stops between rows (a story of 2,000 sources has hundreds of millions of cells).
void writeClaims(TextChunks &h, const Sheet &sheet, bool linked, const std::function<bool()> &canceled)
{
    h += QStringLiteral("<section id=\"claims\"><h2>%1</h2>\n").arg(escaped(SheetHtml::tr("Claims across sources")));
    if (sheet.compared.isEmpty()) {
        h += QStringLiteral("<p class=\"meta\">%1</p></section>\n").arg(escaped(SheetHtml::tr("No shared or conflicting claims.")));
        return;
    }
    h += QStringLiteral("<table class=\"claims\"><thead><tr><th>%1</th>%2</tr></thead><tbody>\n")
             .arg(escaped(SheetHtml::tr("Claim")), sourceHeaders(sheet));
    const int total = int(sheet.sources.size());
    const QString silent = silentCellHtml();
    for (const SheetClaimRow &row : sheet.compared) {
        if (isCanceled(canceled))
            return;
        const bool partial = row.kind == ClaimKind::Shared && row.sourceCount() < total;
        const QString rowClass = partial ? QStringLiteral("k-shared2") : kindClass(row.kind);
        QString head = QStringLiteral("<span class=\"badge %1\">%2</span> <span class=\"count\">%3</span>")
                           .arg(rowClass, escaped(sheetKindLabel(row.kind)), escaped(sheetSourceShare(row.sourceCount(), total)));
        if (!row.slot.isEmpty())
            head += QStringLiteral("<div class=\"reason\">%1</div>")
                        .arg(escaped(SheetHtml::tr("differs in: %1").arg(conflictSlotName(row.slot))));
        if (!row.reason.isEmpty())
            head += QStringLiteral("<div class=\"reason\">%1</div>").arg(escaped(row.reason));
        if (!row.attribution.isEmpty())
            head += QStringLiteral("<div class=\"attr\">%1</div>").arg(escaped(SheetHtml::tr("attributed to %1").arg(row.attribution)));
        h += QStringLiteral("<tr id=\"claim-%1\"><th scope=\"row\">%2</th>").arg(safeId(row.id), head);
        for (int s = 0; s < total; ++s) {
            const SheetCell &cell = row.cell(s);
            h += cell.silent() ? silent : cellHtml(cell, rowClass, row.id, linked);
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody></table></section>\n");
}

void writeUnique(TextChunks &h, const Sheet &sheet, bool linked, const std::function<bool()> &canceled)
{
    if (!sheet.options.includes(ClaimKind::Unique))
        return;
    h += QStringLiteral("<section id=\"unique\"><h2>%1</h2>\n").arg(escaped(SheetHtml::tr("Unique claims")));
    if (sheet.uniqueCount() == 0)
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(SheetHtml::tr("No claim is stated by one source alone.")));
    for (int s : sheet.sourcesWithUnique()) {
        if (isCanceled(canceled))
            return;
        const auto &rows = sheet.uniqueBySource[s];
        h += QStringLiteral("<h3>%1 <span class=\"meta\">(%2)</span></h3><ul class=\"unique\">\n")
                 .arg(escaped(sheet.sources[s].label))
                 .arg(rows.size());
        for (const SheetClaimRow &row : rows) {
            QString item;
            for (const SheetWording &w : row.cell(s).wordings)
                item += wordingHtml(w, linked ? anchorId(s, row.id) : QString());
            if (!row.attribution.isEmpty())
                item +=
                    QStringLiteral(" <span class=\"attr\">%1</span>").arg(escaped(SheetHtml::tr("attributed to %1").arg(row.attribution)));
            h += QStringLiteral("<li><span class=\"k-unique\">%1</span></li>\n").arg(item);
        }
        h += QStringLiteral("</ul>\n");
    }
    h += QStringLiteral("</section>\n");
}

void writeAttributions(TextChunks &h, const Sheet &sheet, const std::function<bool()> &canceled)
{
    if (sheet.attributions.isEmpty())
        return;
    h += QStringLiteral("<section id=\"attributions\"><h2>%1</h2><p class=\"meta\">%2</p><table "
                        "class=\"grid\"><thead><tr><th>%3</th>%4</tr></thead><tbody>\n")
             .arg(escaped(SheetHtml::tr("Attributions")), escaped(SheetHtml::tr("Claims each source attributes to someone.")),
                  escaped(SheetHtml::tr("Attributed to")), sourceHeaders(sheet));
    for (const SheetAttributionRow &row : sheet.attributions) {
        if (isCanceled(canceled))
            return;
        h += QStringLiteral("<tr><th scope=\"row\">%1").arg(escaped(row.who));
        if (!row.asWritten.isEmpty())
            h += QStringLiteral("<br/><span class=\"meta\">%1</span>")
                     .arg(escaped(SheetHtml::tr("as written: %1").arg(row.asWritten.join(QStringLiteral(" \u00b7 ")))));
        h += QStringLiteral("</th>");
        for (int n : row.counts)
            h += n ? QStringLiteral("<td class=\"num\">%1</td>").arg(n) : QStringLiteral("<td class=\"silent num\">0</td>");
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody></table></section>\n");
}

void writeEntities(TextChunks &h, const Sheet &sheet, const std::function<bool()> &canceled)
{
    const QString silent = silentCellHtml();
    h += QStringLiteral("<section id=\"entities\"><h2>%1</h2>\n").arg(escaped(SheetHtml::tr("Entities across sources")));
    if (sheet.entities.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(SheetHtml::tr("No entities.")));
    for (const SheetEntityGroup &group : sheet.entityGroups()) {
        h += QStringLiteral("<h3>%1</h3><table class=\"grid\"><thead><tr><th>%2</th>%3</tr></thead><tbody>\n")
                 .arg(escaped(entityTypeTitle(group.type)), escaped(SheetHtml::tr("Name")), sourceHeaders(sheet));
        for (const SheetEntityRow *entity : group.rows) {
            if (isCanceled(canceled))
                return;
            const SheetEntityRow &row = *entity;
            QString name = escaped(row.name);
            if (!row.value.isEmpty() && row.value != row.name)
                name += QStringLiteral("<div class=\"spell\">%1</div>").arg(escaped(row.value));
            h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(name);
            for (int s = 0; s < row.counts.size(); ++s) {
                if (row.counts[s] == 0) {
                    h += silent;
                    continue;
                }
                h += QStringLiteral("<td><b>%1</b><div class=\"spell\">%2</div></td>")
                         .arg(row.counts[s])
                         .arg(escaped(row.spellings[s].join(QStringLiteral(" \u00b7 "))));
            }
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    h += QStringLiteral("</section>\n");
}

QString metaLine(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p);
    }
    return kept.join(QStringLiteral(" \u00b7 "));
}

void writeTexts(TextChunks &h, const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QMap<int, QString> *formatCss,
                const std::function<bool()> &canceled)
{
    KSyntaxHighlighting::Theme theme;
    if (repository)
        theme = repository->defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    HtmlSpanHighlighter highlighter(theme, formatCss);
    h += QStringLiteral("<section id=\"texts\"><h2>%1</h2>\n").arg(escaped(SheetHtml::tr("Article texts")));
    const Corpus &corpus = *sheet.analysis->corpus;
    for (int s = 0; s < sheet.sources.size(); ++s) {
        if (isCanceled(canceled))
            return;
        const SheetSource &src = sheet.sources[s];
        const QString heading =
            src.title.isEmpty() ? escaped(src.label) : QStringLiteral("%1 \u2014 %2").arg(escaped(src.label), escaped(src.title));
        h += QStringLiteral("<article id=\"article-%1\"><h3>%2</h3><p class=\"meta\">%3</p><div class=\"text\">")
                 .arg(s)
                 .arg(heading, escaped(metaLine({src.published, src.byline, src.id})));
        // A text without a headline starts with body text; no repository: the text stays plain.
        highlighter.setDefinition(repository ? repository->definitionForName(articleDefinitionName(corpus.articles[s]))
                                             : KSyntaxHighlighting::Definition());
        highlighter.write(&h, corpus.articles[s].text, sheetLayers(sheet, s), sheetClaimStarts(sheet, s), s);
        h += QStringLiteral("</div></article>\n");
    }
    h += QStringLiteral("</section>\n");
}

} // namespace

bool writeSheetHtml(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device,
                    const std::function<bool()> &canceled)
{
    const SheetPalette palette = SheetPalette::forPaper();
    const QString title = sheet.title.isEmpty() ? SheetHtml::tr("Comparison sheet") : sheet.title;
    const bool linked = sheet.options.articleTexts;
    TextChunks body;
    body += QStringLiteral("<header><h1>%1</h1><p class=\"meta\">%2</p>")
                .arg(escaped(title), escaped(sheetCounts(sheet).join(QStringLiteral(" \u00b7 "))));
    // Spaces between the keys: readers that ignore the CSS (Qt's preview, screen readers) keep them apart.
    body += QStringLiteral(
                "<p class=\"legend meta\"><span class=\"k-shared\">%1</span> <span class=\"k-shared2\">%2</span> "
                "<span class=\"k-conflict\">%3</span> <span class=\"k-value\">%4</span> <span class=\"k-unique\">%5</span></p></header>\n")
                .arg(escaped(SheetHtml::tr("shared by all")), escaped(SheetHtml::tr("shared by some")), escaped(SheetHtml::tr("conflict")),
                     escaped(SheetHtml::tr("differing value")), escaped(SheetHtml::tr("unique")));
    writeSources(body, sheet);
    writeClaims(body, sheet, linked, canceled);
    writeUnique(body, sheet, linked, canceled);
    writeAttributions(body, sheet, canceled);
    writeEntities(body, sheet, canceled);
    QMap<int, QString> formatCss;
    if (sheet.options.articleTexts)
        writeTexts(body, sheet, repository, &formatCss, canceled);
    if (isCanceled(canceled))
        return false;
    body +=
        QStringLiteral("<footer>%1</footer>\n").arg(escaped(SheetHtml::tr("Made with Parallax %1").arg(QStringLiteral(PARALLAX_VERSION))));
    body += QStringLiteral("</body>\n</html>\n");

    // The head's style sheet holds the formats the article texts used: written last, put first.
    const QString head =
        QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                       "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n")
            .arg(escaped(title), styleSheet(palette, formatCss));
    const QByteArray headBytes = head.toUtf8();
    return device->write(headBytes) == headBytes.size() && body.writeTo(device, canceled);
}

QByteArray sheetToHtml(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, const std::function<bool()> &canceled)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    return writeSheetHtml(sheet, repository, &buffer, canceled) ? buffer.data() : QByteArray();
}
