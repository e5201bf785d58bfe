// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimtuning.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace {

struct DoubleField
{
    const char *name;
    double ClaimTuning::*member;
};

struct IntField
{
    const char *name;
    int ClaimTuning::*member;
};

constexpr DoubleField doubleFields[] = {
    {"closeMeasureRatio", &ClaimTuning::closeMeasureRatio},
    {"anchoredLinkSimilarity", &ClaimTuning::anchoredLinkSimilarity},
    {"informativeWeight", &ClaimTuning::informativeWeight},
    {"countRatioLimit", &ClaimTuning::countRatioLimit},
    {"smallCount", &ClaimTuning::smallCount},
    {"figureLinkSimilarity", &ClaimTuning::figureLinkSimilarity},
    {"dateTermWeight", &ClaimTuning::dateTermWeight},
    {"linkSimilarity", &ClaimTuning::linkSimilarity},
    {"conflictLinkSimilarity", &ClaimTuning::conflictLinkSimilarity},
    {"localLinkSimilarity", &ClaimTuning::localLinkSimilarity},
    {"localLinkWeight", &ClaimTuning::localLinkWeight},
    {"clusterSimilarity", &ClaimTuning::clusterSimilarity},
    {"clusterLinkedShare", &ClaimTuning::clusterLinkedShare},
    {"seedWeight", &ClaimTuning::seedWeight},
    {"restatementSimilarity", &ClaimTuning::restatementSimilarity},
    {"headingCoverage", &ClaimTuning::headingCoverage},
    {"attachSimilarity", &ClaimTuning::attachSimilarity},
    {"attachComparedShare", &ClaimTuning::attachComparedShare},
    {"attachClusterCohesion", &ClaimTuning::attachClusterCohesion},
    {"alikeFloor", &ClaimTuning::alikeFloor},
    {"restatedLooseSimilarity", &ClaimTuning::restatedLooseSimilarity},
    {"sameFactSimilarity", &ClaimTuning::sameFactSimilarity},
    {"sameDateFactSimilarity", &ClaimTuning::sameDateFactSimilarity},
    {"sameEventSimilarity", &ClaimTuning::sameEventSimilarity},
    {"approximationTolerance", &ClaimTuning::approximationTolerance},
    {"namedQuoteShare", &ClaimTuning::namedQuoteShare},
    {"approximationRoundingShare", &ClaimTuning::approximationRoundingShare},
    {"pairScoreLink", &ClaimTuning::pairScoreLink},
    {"sameFigureRoundingShare", &ClaimTuning::sameFigureRoundingShare},
    {"pairScoreFloor", &ClaimTuning::pairScoreFloor},
};

constexpr IntField intFields[] = {
    {"sharedFiguresForLink", &ClaimTuning::sharedFiguresForLink},
    {"leadingCountTokens", &ClaimTuning::leadingCountTokens},
    {"shareContextTokens", &ClaimTuning::shareContextTokens},
    {"distinctiveFigure", &ClaimTuning::distinctiveFigure},
    {"datePrefixTerms", &ClaimTuning::datePrefixTerms},
    {"replaceWorseMembers", &ClaimTuning::replaceWorseMembers},
    {"shareConflictingFacts", &ClaimTuning::shareConflictingFacts},
    {"conflictsPerUnit", &ClaimTuning::conflictsPerUnit},
    {"loosePairsPerUnit", &ClaimTuning::loosePairsPerUnit},
    {"comparedPerUnit", &ClaimTuning::comparedPerUnit},
    {"comparedByCountPerUnit", &ClaimTuning::comparedByCountPerUnit},
    {"minimumUniqueTerms", &ClaimTuning::minimumUniqueTerms},
    {"attachMinimumMembers", &ClaimTuning::attachMinimumMembers},
    {"spanContext", &ClaimTuning::spanContext},
    {"timeToleranceMinutes", &ClaimTuning::timeToleranceMinutes},
    {"approximateTimeMinutes", &ClaimTuning::approximateTimeMinutes},
    {"sameEventAnchors", &ClaimTuning::sameEventAnchors},
    {"sharedPhraseWords", &ClaimTuning::sharedPhraseWords},
    {"sharedRunWords", &ClaimTuning::sharedRunWords},
    {"sharedRunInformative", &ClaimTuning::sharedRunInformative},
    {"figureContextTokens", &ClaimTuning::figureContextTokens},
    {"candidateTermShare", &ClaimTuning::candidateTermShare},
};

struct ModelField
{
    const char *name;
    double PairScoreWeights::*member;
};

// Named "pairScore.<field>": tests/bench/fit_pair_score.py sets them all to check a fit on other corpora.
constexpr ModelField modelFields[] = {
    {"bias", &PairScoreWeights::bias},
    {"similarity", &PairScoreWeights::similarity},
    {"localSimilarity", &PairScoreWeights::localSimilarity},
    {"logMatchedWeight", &PairScoreWeights::logMatchedWeight},
    {"contentMatches", &PairScoreWeights::contentMatches},
    {"numberMatches", &PairScoreWeights::numberMatches},
    {"synonymMatches", &PairScoreWeights::synonymMatches},
    {"dateMatches", &PairScoreWeights::dateMatches},
    {"wholeSentence", &PairScoreWeights::wholeSentence},
    {"positionGap", &PairScoreWeights::positionGap},
    {"localWeight", &PairScoreWeights::localWeight},
};

bool set(ClaimTuning &tuning, const QString &name, const QString &value)
{
    bool ok = false;
    for (const ModelField &f : modelFields) {
        if (name == QLatin1String("pairScore.") + QLatin1String(f.name)) {
            const double v = value.toDouble(&ok);
            if (ok)
                tuning.pairScore.*f.member = v;
            return ok;
        }
    }
    for (const DoubleField &f : doubleFields) {
        if (name == QLatin1String(f.name)) {
            const double v = value.toDouble(&ok);
            if (ok)
                tuning.*f.member = v;
            return ok;
        }
    }
    for (const IntField &f : intFields) {
        if (name == QLatin1String(f.name)) {
            const int v = value.toInt(&ok);
            if (ok)
                tuning.*f.member = v;
            return ok;
        }
    }
    return false;
}

} // namespace

ClaimTuning ClaimTuning::withOverrides(const QString &overrides)
{
    ClaimTuning tuning;
    for (const QString &item : overrides.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0 || !set(tuning, item.left(equals).trimmed(), item.mid(equals + 1).trimmed()))
            std::fprintf(stderr, "PARALLAX_CLAIM_TUNING: ignored \"%s\"\n", qPrintable(item));
    }
    return tuning;
}

ClaimTuning ClaimTuning::fromEnvironment()
{
    const char *overrides = std::getenv("PARALLAX_CLAIM_TUNING");
    return overrides ? withOverrides(QString::fromUtf8(overrides)) : ClaimTuning();
}
