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

namespace {
struct SheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(SheetPdf)
};
} // namespace

bool writeSheetPdf(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device,
                   bool landscape, const std::function<bool()> &canceled, int *pages)
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Parallax %1").arg(QStringLiteral(PARALLAX_VERSION)));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter));
    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont(QStringLiteral("Noto Sans"));
    footerFont.setStyleHint(QFont::SansSerif);
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.2;
    const QSizeF pageSize(area.width(), area.height() - footerHeight);
    std::unique_ptr<QTextDocument> doc = sheetToPages(sheet, repository, &writer, pageSize, canceled);
    if (isCanceled(canceled))
        return false;
    writer.setTitle(doc->metaInformation(QTextDocument::DocumentTitle));
    const int count = doc->pageCount();
    if (pages)
        *pages = count;

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int i = 0; i < count; ++i) {
        if (isCanceled(canceled)) {
            painter.end();
            return false;
        }
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * pageSize.height());
        const QRectF visible(0, i * pageSize.height(), pageSize.width(), pageSize.height());
        painter.setClipRect(visible);
        doc->drawContents(&painter, visible);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x70, 0x74, 0x7a));
        const QRectF footer(0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, doc->metaInformation(QTextDocument::DocumentTitle));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, SheetPdf::tr("page %1 of %2").arg(i + 1).arg(count));
    }
    return painter.end();
}
