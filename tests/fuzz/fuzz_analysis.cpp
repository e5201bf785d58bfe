// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole analysis of a small corpus. The input is split on NUL bytes
// into up to four articles, so the fuzzer controls each text and how they relate.
#include "analyzer.h"
#include "articleimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0; // the analysis is not linear; keep each run short
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    auto corpus = std::make_shared<Corpus>();
    for (qsizetype i = 0; i < parts.size() && i < 4; ++i) {
        Article a;
        a.id = QStringLiteral("a%1").arg(i);
        a.format = QStringLiteral("txt");
        a.text = QString::fromUtf8(parts[i]);
        a.outlet = QStringLiteral("Outlet %1").arg(i);
        corpus->articles.append(a);
    }
    const AnalysisPtr analysis = analyzeCorpus(corpus);
    // Every range the analysis gives lies inside its article.
    for (const Entity &e : analysis->entities) {
        for (const Mention &m : e.mentions) {
            const QString &text = corpus->articles[m.article].text;
            if (m.range.start < 0 || m.range.end > text.size() || m.range.start > m.range.end
                || text.mid(m.range.start, m.range.end - m.range.start) != m.text)
                __builtin_trap();
        }
    }
    for (const Claim &c : analysis->claims) {
        for (const ClaimMember &m : c.members) {
            if (m.article < 0 || m.article >= corpus->articles.size() || m.range.end > corpus->articles[m.article].text.size())
                __builtin_trap();
        }
    }
    return 0;
}
