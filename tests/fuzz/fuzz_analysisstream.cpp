// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a kept analysis (the analysis cache's stream) of a fixed three-article
// corpus; anything must give an analysis whose ranges lie inside its articles, or none.
#include "analysisstream.h"

#include <cstddef>
#include <cstdint>

namespace {

std::shared_ptr<const Corpus> fixedCorpus()
{
    auto corpus = std::make_shared<Corpus>();
    const char *texts[] = {"The council approved 40 buses on Tuesday.\nMayor Ida Brenner spoke.",
                           "Lorvik will buy 40 electric buses.\n\nThe order costs 21 million euros.", ""};
    for (int i = 0; i < 3; ++i) {
        Article a;
        a.id = QStringLiteral("a%1").arg(i);
        a.text = QString::fromUtf8(texts[i]);
        corpus->articles.append(a);
    }
    return corpus;
}

bool inside(const Corpus &corpus, int article, const TextRange &r)
{
    return article >= 0 && article < corpus.articles.size() && r.start >= 0 && r.start <= r.end
           && r.end <= corpus.articles[article].text.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::shared_ptr<const Corpus> corpus = fixedCorpus();
    const AnalysisPtr analysis = readAnalysisStream(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), corpus);
    if (!analysis)
        return 0;
    if (analysis->sentences.size() != corpus->articles.size() || analysis->byArticle.size() != corpus->articles.size())
        __builtin_trap();
    for (const Entity &e : analysis->entities) {
        for (const Mention &m : e.mentions) {
            if (!inside(*corpus, m.article, m.range))
                __builtin_trap();
        }
    }
    for (const Claim &c : analysis->claims) {
        for (const ClaimMember &m : c.members) {
            if (!inside(*corpus, m.article, m.range))
                __builtin_trap();
        }
    }
    // What was read is written back to the same bytes' meaning: read again, written again, alike.
    const QByteArray again = writeAnalysisStream(*analysis);
    const AnalysisPtr reread = readAnalysisStream(again, corpus);
    if (!reread || writeAnalysisStream(*reread) != again)
        __builtin_trap();
    return 0;
}
