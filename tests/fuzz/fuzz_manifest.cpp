// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a corpus folder's corpus.json manifest, read by the corpus loader.
#include "corpusloader.h"
#include "fuzzfolder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = [] {
        writeFuzzFile(QStringLiteral("a.txt"), "Reuters reported on Monday that talks began in Geneva.\n");
        writeFuzzFile(QStringLiteral("b.md"), "---\ntitle: B\n---\n\nTalks began in Geneva on Monday.\n");
        return true;
    }();
    (void)ready;
    writeFuzzFile(QStringLiteral("corpus.json"), QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Corpus c = loadCorpus({fuzzFolder().path()});
    return c.articles.size() > 2 ? 1 : 0;
}
