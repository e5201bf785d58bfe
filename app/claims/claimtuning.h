// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every tuned constant of the claims engine, in one place, with why it has its value.
// tests/bench/claims_crossval reports what they give on every corpus with a gold; change
// one only when that spread improves, not when a single corpus does.

#include "claimnumbers.h"

#include <QString>

// The logistic model of pairscore.h: log-odds that two units state one fact, per feature.
// Fitted by tests/bench/fit_pair_score.py on the pairs of every corpus with a gold (features
// written by `gold_pairs --features`); refit when the features or the corpora change.
struct PairScoreWeights
{
    double bias = -6.7323;
    double similarity = 6.5417;
    double localSimilarity = 1.1212;
    double logMatchedWeight = 1.6509;
    double contentMatches = 0.2075;
    double numberMatches = 1.1027;
    // words in common only through WordNet are weaker evidence than words as written
    double synonymMatches = -0.5206;
    // a date in common is often only the story's day
    double dateMatches = -0.3426;
    double wholeSentence = 0.3907;
    // outlets tell a story in much the same order: facts far apart in their articles are rarely one
    double positionGap = -1.9724;
    // the least rare weight in common of the stretch that localSimilarity measures
    double localWeight = 3.0;
};

struct ClaimTuning
{
    // Two units from different articles whose similarity reaches this state one fact (0.37 raised
    // four of the eleven corpora it was tried on and lowered two of the three written after it).
    double linkSimilarity = 0.36;
    // Two units that share only one informative word and one name, number or date state one
    // fact when they are this alike (short statements: little else to match).
    double anchoredLinkSimilarity = 0.4;
    // Or a stretch of each, this alike, with at least this much rare-term weight in common.
    double localLinkSimilarity = 0.65;
    double localLinkWeight = 7.0;
    // Or the pair model (pairscore.h) gives at least this probability that they are one fact,
    // for pairs at least pairScoreFloor alike, and each is the other's likeliest in its article
    // (keepMutualBest). Without that last condition the model lowered the default corpus, the one
    // of real coverage, below its guard; with it, 0.45 to 0.5 score best (tests/bench/README.md).
    // Above 1 turns the model off.
    double pairScoreLink = 0.5;
    double pairScoreFloor = 0.08;
    PairScoreWeights pairScore;
    // A cluster of units takes in another only if, on average over all pairs, they
    // are this alike, and at least this share of those pairs are links of their own
    // (a chain of loose links otherwise grows one claim out of several facts).
    double clusterSimilarity = 0.22;
    double clusterLinkedShare = 0.5;
    // 1: a unit a claim refuses because its article is there already replaces that article's
    // member when it is more alike with the others (0: the first member stays).
    int replaceWorseMembers = 1;
    // 1: two statements of one fact that differ in a detail (a figure, a time, a date) make a
    // shared claim as well as a conflict: both report the fact, and the reader sees where they
    // differ, as with a quotation worded differently (0: the conflict alone).
    int shareConflictingFacts = 1;
    // ... when the two units are this alike, or, less alike than linkSimilarity, when their
    // conflict is one of those kept (limitConflicts): the conflict shows they state one fact.
    double conflictLinkSimilarity = 0.0;
    // 1: a date is also a term as its month and its year, so "in May" meets "on 16 May" (0: only as written).
    int datePrefixTerms = 1;
    // A date term's weight against a word's of the same rarity: a story's main day is in many
    // sentences that state other facts, and each date also stands as its month and year.
    double dateTermWeight = 0.8;
    // Two units that share this many distinctive figures (no year; decimals, or at least
    // distinctiveFigure; exact times of day) and a word, and are at least figureLinkSimilarity
    // alike, state one fact.
    int sharedFiguresForLink = 1;
    int distinctiveFigure = 11;
    double figureLinkSimilarity = 0.15;
    // A word at least this rare (idf) says something about the fact, not only about the story:
    // it counts towards the two informative words a pair needs to be one fact. A story's own
    // subject ("roof" in a roof fire) is in many units and weighs little, yet two reports that
    // say "the roof caved in" state one fact.
    double informativeWeight = 1.2;
    // Candidate pairs need this much rare-term weight in common before they are compared in full.
    double seedWeight = 2.5;
    // A big story repeats stock sentences with other figures in hundreds of
    // articles: every pair would be a claim of its own. A unit keeps only its
    // closest conflicts and lone pairings, so claims grow with the units, not their pairs.
    int conflictsPerUnit = 3;
    int loosePairsPerUnit = 2;
    // For the same reason a unit is compared in full with at most this many
    // candidates (most rare weight in common first), and this many more that
    // count the same thing with a number ("the fourth time" ~ "on 40 occasions").
    int comparedPerUnit = 24;
    int comparedByCountPerUnit = 8;
    // A unit with fewer content terms than this is too slight to be a claim of its own.
    int minimumUniqueTerms = 3;
    // Two units of one article this alike state one fact twice.
    double restatementSimilarity = 0.5;
    // A headline restates a body sentence that matches at least this share of its weight.
    double headingCoverage = 0.6;
    // A unit joins a claim of at least attachMinimumMembers articles when its similarity
    // with the members averages attachSimilarity, it was compared (and found alike) with
    // attachComparedShare of them, and the claim's own members average attachClusterCohesion.
    double attachSimilarity = 0.2;
    double attachComparedShare = 1.0;
    int attachMinimumMembers = 3;
    double attachClusterCohesion = 0.5;
    // Pairs less alike than this, or with too little in common to be one fact
    // (ClaimPairMatch::substantial), count as not alike when a unit joins a claim.
    double alikeFloor = 0.1;
    // A unit restates a claim's fact when its similarity with the claim's members averages this much.
    double restatedLooseSimilarity = 0.1;
    // Words of context kept on each side of the matched stretch of a unit: enough to read the
    // fact, few enough that the stretch does not reach into the sentence's next fact (1 to 4
    // score alike over the corpora; 5 lets stretches run into neighbouring facts).
    int spanContext = 4;
    // Units this alike (apart from the differing slot) state one fact: the least
    // similarity for a date, person, place or negation conflict.
    double sameFactSimilarity = 0.5;
    // ... for a date conflict of one act in both (actInCommon) a little less: two reports of one act
    // to come ("will be questioned on Wednesday" ~ "plans to question the managers next Tuesday")
    // share little besides the act and its object.
    double sameDateFactSimilarity = 0.45;
    // Two units that give different times of day describe one event when they are this alike
    // and a word of the event stands beside both times ("the bridge collapsed at 11.40pm" ~
    // "the old bridge collapsed shortly after 6 a.m.").
    double sameEventSimilarity = 0.15;
    // ... or, with no such word, when they share this many names, places and dates.
    int sameEventAnchors = 4;
    // Units that share one informative word and are linkSimilarity alike state one fact when a
    // run of this many words stands in both as written ("out of control").
    int sharedPhraseWords = 3;
    // Two units of any length holding one run of this many words written alike, this many of
    // them ordinary informative words, state one fact or quote one statement.
    int sharedRunWords = 6;
    int sharedRunInformative = 2;
    // Two renderings of one quotation whose sentences name one speaker (a name in common outside
    // the quotation marks) are one statement when this share of the words of their shared stretch
    // are common ("We will not stop until every one of them is brought to the surface" ~ "We will
    // not rest until the last man is out"); 0.7 when no name is in common. (0.4 paired none more.)
    double namedQuoteShare = 0.3;
    // A time given only by its hour ("shortly before 11", "2 a.m.") agrees with another within this many minutes.
    int timeToleranceMinutes = 20;
    // ... and one that gives its minutes ("about 2.30am") within this many: 02:17 is another time.
    int approximateTimeMinutes = 10;
    // Two differing figures count one thing only when a word or name this many tokens around
    // one matches one around the other (besides the counted noun): their role in the sentence.
    int figureContextTokens = 8;
    // A count whose number stands within this many tokens of its statement's start ("About 300
    // firefighters ...") is its subject: two such counts of one noun need no other words in common.
    int leadingCountTokens = 1;
    // The same for two bare percentages: what they are shares of stands right beside them.
    int shareContextTokens = 3;
    // Two sums or measures in the same unit this close (larger over smaller) need no words
    // around them to be one quantity told two ways.
    double closeMeasureRatio = 1.5;
    // An approximate figure ("about", "at least") agrees with what rounds to it at its precision
    // ("about 170" ~ "168", figuresDisagree) and, whatever the precision, with a figure within
    // this share of it ("about 2,450" ~ "2,400"); "at least 247" vs "at least 230" differ. Figures
    // that agree match as one term when units are compared (claimsimilarity.cpp). 0.1 hid
    // differing death tolls of an unfolding event; 0.03 and 0.05 score alike on every corpus.
    double approximationTolerance = 0.03;
    // The share of its rounding step an approximate figure stretches: "nearly 200" (step 100)
    // stands for 185 to 215, so "168 passengers" differs from it, as the golds have it ("about
    // 300" and "some 250" differ at any share up to 0.5), and "about 40,000 tonnes" (step 10,000)
    // differs from "38,000 tonnes". 0.5 (all that rounds to it) made "nearly 200" agree with 168;
    // 0.25 hid "about 40,000" vs "38,000"; 0.1 found wrong conflicts on four corpora.
    double approximationRoundingShare = 0.15;
    Approximation approximation() const { return {approximationTolerance, approximationRoundingShare}; }
    // When two units are compared, an approximate figure meets what lies within this share of its
    // rounding step: "about 40,000" ~ "38,000" tonnes are one figure told two ways, and also
    // figures that differ (approximationRoundingShare).
    double sameFigureRoundingShare = 0.25;
    Approximation sameFigureApproximation() const { return {approximationTolerance, sameFigureRoundingShare}; }
    // Two figures whose larger is more than this times the smaller are of two quantities, not
    // one quantity told two ways ("killing at least 212" vs "home to about 40,000 people").
    // ("about 300" vs "more than 100" firefighters are two moments of a growing effort at 3.0).
    double countRatioLimit = 2.5;
    // ... unless the larger is this small: "a day" and "three days" of mourning differ by two, not by
    // a factor. (At 5 and 10 mine rescue's conflicts precision fell 0.833 -> 0.625.)
    double smallCount = 3;
    // A term in more units than this share of the corpus (at least 20, at most 300) is too
    // common to find candidates by.
    int candidateTermShare = 10;

    // The defaults with the overrides that PARALLAX_CLAIM_TUNING names ("linkSimilarity=0.3,
    // seedWeight=2"): for trying a value across every corpus with claims_crossval without
    // rebuilding. Unknown names and bad values are reported on stderr and ignored.
    static ClaimTuning fromEnvironment();
    // The same from a string of that form.
    static ClaimTuning withOverrides(const QString &overrides);
};
