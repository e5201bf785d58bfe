// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDocument sheet, for word processors: the same rich text document as the PDF.
#include "sheetwriter.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

bool writeSheetOdt(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device,
                   const std::function<bool()> &canceled)
{
    std::unique_ptr<QTextDocument> doc = sheetToDocument(sheet, repository, canceled);
    if (isCanceled(canceled))
        return false;
    // The ODF writer closes its device when done; a QSaveFile must stay open until
    // committed, so the zip is assembled in memory first.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return false;
    return device->write(buffer.data()) == buffer.data().size();
}
