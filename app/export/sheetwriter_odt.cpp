// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDocument sheet, for word processors: the same rich text document as the PDF,
// written a block at a time (odfwriter.h), so that a sheet of thousands of sources can be
// canceled at any moment.
#include "odfwriter.h"
#include "sheetwriter.h"

#include <QTextDocument>

bool writeSheetOdt(const Sheet &sheet, const KSyntaxHighlighting::Repository *repository, QIODevice *device,
                   const std::function<bool()> &canceled, const std::function<void(int)> &progress)
{
    std::unique_ptr<QTextDocument> doc = sheetToDocument(sheet, repository, canceled);
    if (isCanceled(canceled))
        return false;
    return writeOdf(*doc, device, canceled, progress);
}
