// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the claims engine compares in a claim unit: its content words (stem,
// WordNet lemma and senses), the entities it names, the numbers it gives with
// what they count, the dates it refers to, and where it negates.
#include "analysis.h"
#include "claimnumbers.h"
#include "claimtimes.h"
#include "synonyms.h"

#include <QList>
#include <QString>

class Stemmer;

struct ClaimTerm
{
    QString key; // the stem, "E:<entity id>" for an entity, "#<value>" for a number, "#T<minutes>" for a time of day, "@<date>" for a date
    QString lemma; // WordNet lemma (empty for entities, numbers, dates)
    const Synonyms::Senses *senses = nullptr;
    int token = -1;    // first token it covers
    bool name = false; // an entity or a capitalised word inside the sentence
    int number = -1;   // a number's term: its index in ClaimFeatures::numbers
};

struct ClaimFeatures
{
    QList<ClaimToken> tokens;
    QList<ClaimTerm> terms; // unique by key, in text order
    QList<ClaimNumber> numbers;
    QList<ClaimTime> times;   // times of day ("10:42 p.m."): no numbers of their own
    QStringList dates;        // normalised date values (YYYY, YYYY-MM, YYYY-MM-DD)
    QStringList eventDates;   // those that date what is told, not a span it is counted over ("since 1995" is
                              // a span, "since 1995, when a bus ..." dates the bus)
    QStringList writtenDates; // each date as the unit writes it, lower-cased ("tomorrow", "16 may")
    QList<int> negatedTokens; // the content token a negation applies to
    QStringList names;        // entity ids (or capitalised words when no entity covers them)
    QList<int> scopeTokens;   // "since the invasion": where a count over another span of time is said
    QList<int> periodTokens;  // "this week", "the past year": a span of time, which scopes a figure it follows
                              // ("fell 6% this week"), not one it precedes ("data released this month showed")
    bool pointsBack = false;  // "two weeks ago", "years ago": tells of something earlier than the story
};

// Tokens of text[range]: words and numbers with exact offsets.
QList<ClaimToken> tokenizeClaim(const QString &text, const TextRange &range);

// `mentions` are the entity mentions inside range (any order), with their entity.
struct UnitMention
{
    TextRange range;
    const Entity *entity = nullptr; // people, organizations, places
    QString dateValue;              // dates: the normalised value
};
// `datePrefixes`: a date also gives its month and year as terms ("February 2022" states "2022").
ClaimFeatures claimFeatures(const QString &text, const TextRange &range, const QList<UnitMention> &mentions, Stemmer &stemmer,
                            bool datePrefixes = true);

bool isStopWord(const QString &lower);
// "not", "never", "no", "won't": a word that denies what follows.
bool isNegation(const QString &lower);
// Verbs of saying ("said", "told"): who states a claim, not what it states.
bool isReportingVerb(const QString &lemma);
// Nouns that count occurrences of an event: "the fourth time", "on 40 occasions".
bool isOccurrenceNoun(const QString &lemma);
// "days", "a week", "months", "decades" (not hours or minutes): a span of time that tells of
// more than the event itself ("three weeks after another crash", "over the next six months").
bool isSpanOfDaysOrMore(const QString &lower);
