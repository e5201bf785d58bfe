// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// In-memory analyses for tests of the models and the docks: a three-article
// corpus with known entities (two spellings of Yuri Ushakov, Harbin, dates)
// and shared, conflicting and unique claims; and a large synthetic corpus.
#include "analysis.h"

namespace Fixture {

enum class Variant {
    First,      // as first analysed
    Reanalysed, // the same corpus analysed again: Kremlin gone, Li Qiang new, other order
};

std::shared_ptr<const Corpus> corpus();
AnalysisPtr analysis(Variant variant = Variant::First, std::shared_ptr<const Corpus> corpus = Fixture::corpus());
// `articles` articles, each mentioning Yuri Ushakov a few times among filler sentences.
AnalysisPtr largeAnalysis(int articles);

// The mention of the `occurrence`-th `text` in article `article` (asserts it exists).
Mention mention(const Corpus &corpus, int article, const QString &text, int occurrence = 0);
int entityIndex(const Analysis &analysis, const QString &name);

} // namespace Fixture
