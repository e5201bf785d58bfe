// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a fetched page on its way to an article. The first line is the
// Content-Type header as a server sent it (type and charset), the rest the body.
#include "pagearticle.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype eol = input.indexOf('\n');
    const QString header = QString::fromLatin1(eol < 0 ? QByteArray() : input.left(eol));
    FetchedPage page;
    page.url = page.finalUrl = QUrl(QStringLiteral("https://example.net/news/a.html"));
    page.mimeType = header.section(u';', 0, 0).trimmed().toLower();
    page.charset = header.section(QStringLiteral("charset="), 1, 1).trimmed();
    page.body = eol < 0 ? input : input.mid(eol + 1);
    if (isFeedPage(page))
        return 0;
    const ImportResult r = articleFromPage(page);
    return r.article && r.article->text.isEmpty() ? 1 : 0;
}
