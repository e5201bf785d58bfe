// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A corpus's analysis and the claims engine's first stages over it, with the tuning of
// PARALLAX_CLAIM_TUNING: what the tools that explain the engine (explain_pair, gold_pairs) look into.
#include "analyzer.h"
#include "claimcandidates.h"
#include "claimtuning.h"

struct ClaimStages
{
    explicit ClaimStages(const std::shared_ptr<const Corpus> &corpus)
        : analysis(analyzeCorpus(corpus))
        , tuning(ClaimTuning::fromEnvironment())
        , units(alignmentUnits(*corpus, analysis->sentences))
        , table(termTable(*corpus, units.units, mentionsByArticle(*corpus, analysis->entities), tuning))
    {
        for (const Entity &e : analysis->entities)
            entityById.insert(e.id, &e);
    }

    AnalysisPtr analysis;
    ClaimTuning tuning;
    AlignmentUnits units;
    TermTable table;
    QHash<QString, const Entity *> entityById;
};
