// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How much two claim units say the same thing: their content words, entities,
// numbers and dates matched exactly, as WordNet synonyms or as near relations
// (hypernym, similar adjective, derivation), weighted by rarity.
#include "claimfeatures.h"

struct ClaimUnitData
{
    ClaimFeatures features;
    QList<quint32> ids;                   // corpus-wide id of each term (parallel to features.terms)
    QList<QPair<quint32, int>> sortedIds; // (id, term index), sorted by id
    QList<double> tokenWeights;           // prefix sums of term weight by token (size tokens + 1)

    void setWeights(const QList<float> &weights);
    double weightBetween(int firstToken, int lastToken) const { return tokenWeights[lastToken + 1] - tokenWeights[firstToken]; }
};

struct TermMatch
{
    int left = -1;      // term index in the left unit
    int right = -1;     // term index in the right unit
    float strength = 0; // 1 exact, less for synonyms and relations
};

struct ClaimPairMatch
{
    double similarity = 0; // 0..1, soft Dice over weighted terms
    double matchedWeight = 0;
    QList<TermMatch> matches;
    int contentMatches = 0; // informative words in common (not names, numbers or dates)
    int anchorMatches = 0;  // names, numbers and dates in common

    // Enough in common to be one fact: two informative words, or one and two anchors.
    bool substantial() const { return contentMatches >= 2 || (contentMatches >= 1 && anchorMatches >= 2); }
    // The densest stretch of matches: a long sentence often shares only one of
    // its facts, so the fact is compared on the stretch that states it.
    double localSimilarity = 0;
    double localWeight = 0;
    int leftFirst = -1, leftLast = -1; // token indices
    int rightFirst = -1, rightLast = -1;
};

// Fills the local* fields of `match`; `minimumWeight` is the least matched weight a stretch needs.
void findLocalMatch(const ClaimUnitData &left, const ClaimUnitData &right, const QList<float> &weights, ClaimPairMatch &match,
                    double minimumWeight);

// How terms match, from ClaimTuning.
struct MatchSettings
{
    double informativeWeight = 0; // a word at least this rare (idf) counts in contentMatches
    Approximation approximation;  // "almost 54%" meets "53.6%" (figuresDisagree), "about 40,000" "38,000"
};

ClaimPairMatch matchClaimUnits(const ClaimUnitData &left, const ClaimUnitData &right, const QList<float> &weights,
                               const MatchSettings &settings);

// Whether the two token lists hold the same run of `words` tokens as written, one of them
// informative ("out of control" in "It is still listed as out of control" and "It remains out of control").
bool sharePhrase(const QList<ClaimToken> &left, const QList<ClaimToken> &right, int words);

// The longest run of tokens written alike in both lists, and how many of its words are ordinary
// informative words (not stop words, not capitalised: a run of names says little).
struct SharedRun
{
    int left = 0; // first token of the run on each side
    int right = 0;
    int length = 0;
    int informative = 0;
};
SharedRun longestSharedRun(const QList<ClaimToken> &left, const QList<ClaimToken> &right);
