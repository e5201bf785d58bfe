// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON sheet is the parallax-analysis/1 document of what the sheet selects.
#include "analysisjson.h"
#include "sheetwriter.h"

QByteArray sheetToJson(const Sheet &sheet, const std::function<bool()> &canceled)
{
    return analysisJson(*sheet.analysis, canceled);
}

bool writeSheetJson(const Sheet &sheet, QIODevice *device, const std::function<bool()> &canceled)
{
    return writeAnalysisJson(*sheet.analysis, device, canceled);
}
