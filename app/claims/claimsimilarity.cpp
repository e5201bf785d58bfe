// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsimilarity.h"

#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace {

constexpr float synonymStrength = 0.8f;
constexpr float relatedStrength = 0.6f;
// Rounded conversions ("140 miles (225 km)", "60-foot" ~ "18-metre") stay within 5 %.
constexpr double convertedTolerance = 0.05;
// A figure told less precisely ("almost 54%" ~ "53.6%") says a little less than the same figure.
constexpr float roundedStrength = 0.8f;

float senseStrength(const ClaimTerm &a, const ClaimTerm &b)
{
    switch (Synonyms::relation(a.senses, b.senses)) {
    case Synonyms::Relation::Synonym: return synonymStrength;
    case Synonyms::Relation::Related: return relatedStrength;
    case Synonyms::Relation::None: return 0;
    }
    return 0;
}

} // namespace

ClaimPairMatch matchClaimUnits(const ClaimUnitData &left, const ClaimUnitData &right, const QList<float> &weights,
                               const MatchSettings &settings)
{
    ClaimPairMatch result;
    const auto &lt = left.features.terms;
    const auto &rt = right.features.terms;
    // Called for every candidate pair: stack storage, no allocation for ordinary sentences.
    QVarLengthArray<bool, 64> leftUsed(lt.size(), false), rightUsed(rt.size(), false);
    result.matches.reserve(std::min(lt.size(), rt.size()));

    auto i = left.sortedIds.cbegin(), j = right.sortedIds.cbegin();
    while (i != left.sortedIds.cend() && j != right.sortedIds.cend()) {
        if (i->first == j->first) {
            result.matches.append({i->second, j->second, 1.0f});
            leftUsed[i->second] = rightUsed[j->second] = true;
            ++i;
            ++j;
        } else if (i->first < j->first) {
            ++i;
        } else {
            ++j;
        }
    }
    // Word terms left over may still match through WordNet; each pairs once, best first.
    for (int a = 0; a < lt.size(); ++a) {
        if (leftUsed[a] || !lt[a].senses)
            continue;
        int best = -1;
        float bestStrength = 0;
        for (int b = 0; b < rt.size(); ++b) {
            if (rightUsed[b] || !rt[b].senses)
                continue;
            const float s = senseStrength(lt[a], rt[b]);
            if (s > bestStrength) {
                bestStrength = s;
                best = b;
            }
        }
        if (best >= 0) {
            result.matches.append({a, best, bestStrength});
            leftUsed[a] = rightUsed[best] = true;
        }
    }

    // A measure in other units ("60-foot" ~ "18-metre") is the same figure converted, and an
    // approximate or rounded one ("almost 54%" ~ "53.6%") the same figure told less precisely.
    const auto sameFigure = [&](const ClaimNumber &x, const ClaimNumber &y) -> float {
        if (sameQuantityInOtherUnits(x, y, convertedTolerance))
            return 1.0f;
        return !x.unit.isEmpty() && x.unit == y.unit && x.modifier == y.modifier && !figuresDisagree(x, y, settings.approximation)
                   ? roundedStrength
                   : 0.0f;
    };
    for (int a = 0; a < lt.size(); ++a) {
        if (leftUsed[a] || lt[a].number < 0)
            continue;
        for (int b = 0; b < rt.size(); ++b) {
            const float strength = rightUsed[b] || rt[b].number < 0
                                       ? 0.0f
                                       : sameFigure(left.features.numbers[lt[a].number], right.features.numbers[rt[b].number]);
            if (strength > 0) {
                result.matches.append({a, b, strength});
                leftUsed[a] = rightUsed[b] = true;
                break;
            }
        }
    }

    double leftTotal = 0, rightTotal = 0, matched = 0;
    for (int a = 0; a < lt.size(); ++a)
        leftTotal += weights[left.ids[a]];
    for (int b = 0; b < rt.size(); ++b)
        rightTotal += weights[right.ids[b]];
    for (const TermMatch &m : std::as_const(result.matches)) {
        const double w = std::min(weights[left.ids[m.left]], weights[right.ids[m.right]]) * m.strength;
        matched += w;
    }
    result.matchedWeight = matched;
    QVarLengthArray<int, 16> anchorTokens;
    for (const TermMatch &m : std::as_const(result.matches)) {
        const ClaimTerm &term = lt[m.left];
        if (term.name || term.key.startsWith(u'#') || term.key.startsWith(u'@')) {
            // a date's several keys are one anchor
            if (std::find(anchorTokens.cbegin(), anchorTokens.cend(), term.token) == anchorTokens.cend())
                anchorTokens.append(term.token);
        } else if (weights[left.ids[m.left]] >= settings.informativeWeight)
            ++result.contentMatches;
    }
    result.anchorMatches = int(anchorTokens.size());
    if (leftTotal + rightTotal > 0)
        result.similarity = 2 * matched / (leftTotal + rightTotal);
    return result;
}

void ClaimUnitData::setWeights(const QList<float> &weights)
{
    tokenWeights.fill(0.0, features.tokens.size() + 1);
    for (int t = 0; t < features.terms.size(); ++t)
        tokenWeights[features.terms[t].token + 1] += weights[ids[t]];
    for (int i = 1; i < tokenWeights.size(); ++i)
        tokenWeights[i] += tokenWeights[i - 1];
}

void findLocalMatch(const ClaimUnitData &left, const ClaimUnitData &right, const QList<float> &weights, ClaimPairMatch &match,
                    double minimumWeight)
{
    QList<TermMatch> matches = match.matches;
    std::sort(matches.begin(), matches.end(), [&](const TermMatch &x, const TermMatch &y) {
        return left.features.terms[x.left].token < left.features.terms[y.left].token;
    });
    QList<double> matchWeight;
    for (const TermMatch &m : std::as_const(matches))
        matchWeight.append(std::min(weights[left.ids[m.left]], weights[right.ids[m.right]]) * m.strength);
    for (int i = 0; i < matches.size(); ++i) {
        int rightFirst = INT_MAX, rightLast = -1;
        double matched = 0;
        for (int j = i; j < matches.size(); ++j) {
            const int rt = right.features.terms[matches[j].right].token;
            rightFirst = std::min(rightFirst, rt);
            rightLast = std::max(rightLast, rt);
            matched += matchWeight[j];
            // two rare words close together in both units already make a stretch
            if (matched < minimumWeight || j - i < 1)
                continue;
            const int leftFirst = left.features.terms[matches[i].left].token;
            const int leftLast = left.features.terms[matches[j].left].token;
            const double total = left.weightBetween(leftFirst, leftLast) + right.weightBetween(rightFirst, rightLast);
            const double local = total > 0 ? 2 * matched / total : 0;
            if (local > match.localSimilarity) {
                match.localSimilarity = local;
                match.localWeight = matched;
                match.leftFirst = leftFirst;
                match.leftLast = leftLast;
                match.rightFirst = rightFirst;
                match.rightLast = rightLast;
            }
        }
    }
}

SharedRun longestSharedRun(const QList<ClaimToken> &left, const QList<ClaimToken> &right)
{
    SharedRun best;
    // run[j]: length of the run ending at left[i] and right[j] (one row of the usual table).
    QVarLengthArray<int, 64> run(right.size() + 1, 0), previous(right.size() + 1, 0);
    for (qsizetype i = 0; i < left.size(); ++i) {
        for (qsizetype j = 0; j < right.size(); ++j) {
            run[j + 1] = left[i].lower == right[j].lower ? previous[j] + 1 : 0;
            if (run[j + 1] > best.length) {
                best.length = run[j + 1];
                best.left = int(i) + 1 - best.length;
                best.right = int(j) + 1 - best.length;
            }
        }
        std::swap(run, previous);
    }
    for (int k = 0; k < best.length; ++k) {
        const ClaimToken &t = left[best.left + k];
        best.informative += !t.capitalized && t.lower.front().isLetter() && !isStopWord(t.lower);
    }
    return best;
}

bool sharePhrase(const QList<ClaimToken> &left, const QList<ClaimToken> &right, int words)
{
    for (qsizetype i = 0; i + words <= left.size(); ++i) {
        for (qsizetype j = 0; j + words <= right.size(); ++j) {
            bool same = true, informative = false;
            for (int k = 0; k < words && same; ++k) {
                same = left[i + k].lower == right[j + k].lower;
                informative = informative || !isStopWord(left[i + k].lower);
            }
            if (same && informative)
                return true;
        }
    }
    return false;
}
