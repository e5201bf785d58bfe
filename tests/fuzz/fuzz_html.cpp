// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a saved HTML page, through gumbo and the body picker.
#include "htmlimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HtmlArticle a = readHtml(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    return a.text.size() < 0 ? 1 : 0;
}
