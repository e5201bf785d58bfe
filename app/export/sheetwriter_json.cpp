// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON sheet is the parallax-analysis/1 document of what the sheet selects.
#include "analysisjson.h"
#include "sheetwriter.h"

QByteArray sheetToJson(const Sheet &sheet)
{
    return analysisJson(*sheet.analysis);
}
