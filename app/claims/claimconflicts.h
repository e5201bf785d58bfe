// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether two claim units from different articles give incompatible versions
// of one fact: a different count or number for the same thing, a different
// date or time of day, a different person or place in the same role, or one
// denies what the other states.
#include "claimsimilarity.h"
#include "claimtuning.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

struct ClaimConflict
{
    QString slot;      // count, number, time, date, person, place, negation
    QString leftValue; // each side's version
    QString rightValue;
    QString reason; // short plain-language text ("4 vs. 40: number of times (meet)")
};

// What a conflict's slot ("count", "quote") is called in the reader's language.
QString conflictSlotName(const QString &slot);

// Whether two places can stand in one role as two places: not a country beside a place that
// may lie inside it ("derails in US" and "derails in Missouri" tell the same place twice).
bool placesOfOneScale(const QString &a, const QString &b);

struct ConflictSide
{
    const QString &text; // the article text
    const ClaimUnitData &unit;
    const QHash<QString, const Entity *> &entities; // by id
    int year = 0;                                   // the article's year of publication (0: not known)
    QDate published;                                // the article's date ("8:30 a.m. ET" is EST or EDT by it)
    // The nouns the article counts with one value only (soleCountedNouns), or null: its one
    // number of firefighters is the size of the group, however a sentence words it.
    const QSet<QString> *soleCounts = nullptr;
};

// The nouns that numbers of `numbers` count ("firefighter") whose every count agrees with the
// others (figuresDisagree): an article that gives one number of a thing gives its size once.
// `numbers` are every figure of one article, each once.
QSet<QString> soleCountedNouns(const QList<ClaimNumber> &numbers, const Approximation &approximation);

// How two units contradict each other: a differing figure, time of day and date each (one fact's
// details may differ at once), or else the first of a differing person or place, excluding
// states, opposite states and a denial.
QList<ClaimConflict> findClaimConflicts(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                        const ClaimTuning &tuning);
// The first of them.
std::optional<ClaimConflict> findClaimConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                               const ClaimTuning &tuning);
