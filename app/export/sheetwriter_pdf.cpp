// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF sheet: the rich text document laid out on A4 pages, with the
// sheet's title and "page N of M" painted in a footer on every page.
#include "sheetwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <vector>

namespace {
struct SheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(SheetPdf)
};
} // namespace

namespace {

// A page of the sheet: the text area above the footer, and what the footer says.
struct PdfPages
{
    QPdfWriter &writer;
    QPainter painter;
    QRectF area;
    QSizeF pageSize; // of the text, above the footer
    qreal footerHeight = 0;
    QFont footerFont;
    QString title;
    int total = 0;
    int done = 0;

    // Paints `doc`'s pages, each under a new page of the writer; false when canceled.
    bool paint(QTextDocument &doc, const std::function<bool()> &canceled)
    {
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (isCanceled(canceled))
                return false;
            if (done > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * pageSize.height());
            const QRectF visible(0, i * pageSize.height(), pageSize.width(), pageSize.height());
            painter.setClipRect(visible);
            doc.drawContents(&painter, visible);
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x70, 0x74, 0x7a));
            const QRectF footer(0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, SheetPdf::tr("page %1 of %2").arg(++done).arg(total));
        }
        return true;
    }
};

} // namespace

bool writeSheetPdf(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device, bool landscape,
                   const std::function<bool()> &canceled, int *pages)
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Parallax %1").arg(QStringLiteral(PARALLAX_VERSION)));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter));
    PdfPages out{writer, {}, writer.pageLayout().paintRectPixels(writer.resolution()), {}, 0, QFont(QStringLiteral("Noto Sans")), {}, 0, 0};
    out.footerFont.setStyleHint(QFont::SansSerif);
    out.footerFont.setPointSizeF(7.5);
    out.footerHeight = QFontMetricsF(out.footerFont, &writer).height() * 2.2;
    out.pageSize = QSizeF(out.area.width(), out.area.height() - out.footerHeight);
    // The tables, then each article text from a new page, each a document of its own.
    std::vector<std::unique_ptr<QTextDocument>> tables;
    for (int part = 0; part < sheetPageParts(sheet); ++part) {
        tables.push_back(sheetToPages(sheet, repository, &writer, out.pageSize, canceled, part));
        if (isCanceled(canceled))
            return false;
        if (!tables.back()->isEmpty())
            out.total += tables.back()->pageCount();
    }
    out.title = tables.front()->metaInformation(QTextDocument::DocumentTitle);
    writer.setTitle(out.title);
    const int texts = sheet.options.articleTexts ? int(sheet.sources.size()) : 0;
    // The footer says "of M": the texts are laid out once to count their pages, then again to print.
    for (int s = 0; s < texts; ++s) {
        out.total += sheetTextPages(sheet, s, repository, &writer, out.pageSize, canceled)->pageCount();
        if (isCanceled(canceled))
            return false;
    }
    if (pages)
        *pages = out.total;
    if (!out.painter.begin(&writer))
        return false;
    bool painted = true;
    for (std::unique_ptr<QTextDocument> &part : tables) {
        painted = painted && (part->isEmpty() || out.paint(*part, canceled));
        part.reset();
    }
    for (int s = 0; s < texts && painted; ++s) {
        std::unique_ptr<QTextDocument> text = sheetTextPages(sheet, s, repository, &writer, out.pageSize, canceled);
        painted = !isCanceled(canceled) && out.paint(*text, canceled);
    }
    return out.painter.end() && painted;
}
