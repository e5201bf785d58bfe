// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an RSS or Atom feed, through QXmlStreamReader and the item reader.
#include "feedreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Feed feed =
        readFeed(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QUrl(QStringLiteral("https://example.net/feed.xml")));
    return feed.items.size() > 10000 ? 1 : 0;
}
