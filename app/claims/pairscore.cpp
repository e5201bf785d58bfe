// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairscore.h"

#include "claimtuning.h"

#include <algorithm>
#include <cmath>

PairScoreInputs pairScoreInputs(const ClaimUnitData &left, const ClaimUnitData &right, const QList<float> &weights,
                                const ClaimPairMatch &match, const PairScoreWeights &model, bool wholeSentence, double positionGap)
{
    PairScoreInputs in;
    in.wholeSentence = wholeSentence;
    in.positionGap = positionGap;
    in.similarity = match.similarity;
    in.matchedWeight = match.matchedWeight;
    in.contentMatches = match.contentMatches;
    ClaimPairMatch local = match;
    findLocalMatch(left, right, weights, local, model.localWeight);
    in.localSimilarity = local.localSimilarity;
    for (const TermMatch &m : match.matches) {
        const QString &key = left.features.terms[m.left].key;
        in.numberMatches += key.startsWith(u'#');
        in.dateMatches += key.startsWith(u'@');
        in.synonymMatches += m.strength < 1.0f;
    }
    return in;
}

double sameFactProbability(const PairScoreInputs &in, const PairScoreWeights &w)
{
    // Counts are capped: the fifth word in common says little more than the fourth.
    const double z = w.bias + w.similarity * in.similarity + w.localSimilarity * in.localSimilarity
                     + w.logMatchedWeight * std::log1p(in.matchedWeight) + w.contentMatches * std::min(in.contentMatches, 4)
                     + w.numberMatches * std::min(in.numberMatches, 3) + w.synonymMatches * std::min(in.synonymMatches, 3)
                     + w.dateMatches * std::min(in.dateMatches, 2) + w.wholeSentence * (in.wholeSentence ? 1 : 0)
                     + w.positionGap * in.positionGap;
    return 1 / (1 + std::exp(-std::clamp(z, -30.0, 30.0)));
}
