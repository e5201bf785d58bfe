// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbers stated in a claim unit, with what they count: digits ("40",
// "1,200", "3.5 million"), number words ("two dozen", "twenty-five"),
// ordinals ("fourth", "75th") and years.
#include "textrange.h"

#include <QList>
#include <QString>

struct ClaimToken
{
    TextRange range;
    QString lower; // lower-cased, apostrophes made ASCII, possessive removed
    bool capitalized = false;
    bool hyphenAfter = false;   // joined to the next token by a hyphen ("six-year")
    bool bracketBefore = false; // right after an opening bracket ("(160 km)")
};

struct ClaimNumber
{
    double value = 0;
    bool ordinal = false;       // "fourth", "75th"
    bool approximate = false;   // "nearly", "more than", "about"
    int approximatorTokens = 0; // the words that make it approximate, right before it ("more than" 2)
    bool modifier = false;      // "six-year term": measures the noun after it
    bool year = false;          // a bare year ("in 2022") rather than a quantity
    bool part = false;          // one count of a breakdown: "four Filipinos and two Indonesians"
    bool bracketed = false;     // in brackets right after another figure: "40 metres (130 feet)"
    bool conversion = false;    // bracketed, in another currency: "¥440bn ($2.95bn)"
    bool foreseen = false;      // what is needed or expected, not what is: "288 votes needed", "expected 0.5%"
    bool promised = false;      // what someone promises it will be: "to keep at least 4,000 jobs"
    bool withDebt = false;      // a price with the debt taken on: "a $4.9bn deal, including debt"
    bool further = false;       // more of a group or its rest: "another 20", "the other two", "the remaining 33"
    double against = -1;        // a tally's second figure: 1 of "voted 5 to 1", "5-1" (unit "tally"); -1: none
    double rangeFrom = 0;       // both ends of a range, on each of its figures: 750 and 810 of "the 750-810 km band"
    double rangeTo = 0;         // (equal: no range)
    int decimals = 0;           // digits written after the decimal point ("60.8" 1): how precise it is
    double scale = 1;           // the scale written with it: 1e9 for "4.12 billion" and "$4.1bn"
    QString unit;               // lemma of the counted noun ("occasion", "year"), units of measure
                                // in one spelling ("kilometres" -> "km"); may be empty
    QString qualifier;          // the noun before the counted one in a pair: "rescue" of "150 rescue workers"
    QStringList alsoCounted;    // the rest of a list counted together: "300 firefighters, paramedics and
                                // mountain rescuers" -> paramedic, rescuer
    QString measure;            // what "<noun> of" the number measures: "a depth of 35 km" -> "depth"
    QString shareOf;            // the noun a share is by a verb of being: "Turnout was 64%" -> "turnout"
    QString dimension;          // what a unit of measure measures ("length" for "ft" and "km"), or empty
    double baseValue = 0;       // with a dimension: the value in its base unit (metres for "60 ft": 18.288)
    TextRange range;            // the number as written, with its unit
    int token = -1;
    int tokenCount = 1; // tokens of the number itself, without the unit
};

// Whether `value` lies within the range `n` ends ("780 km" in "the 750-810 km band").
bool withinRange(const ClaimNumber &n, double value);

// `skip[t] >= 0` marks tokens inside entity or date mentions, which hold no quantity.
QList<ClaimNumber> findClaimNumbers(const QList<ClaimToken> &tokens, const QList<int> &skip);

// The one spelling of a unit of measure ("kilometres", "kilometer" -> "km"), or `lemma` itself.
QString normalizedUnit(const QString &lemma);
// "km", "kg", "percent": a unit of measure in its one spelling (a number of them is no count).
bool isUnitOfMeasure(const QString &unit);
// Two figures of one thing that cannot both be right: an approximate one ("nearly 200") that the
// other does not come near at the approximate one's precision ("about 170" ~ "168"; within
// `roundingShare` of its rounding step) and further than `tolerance` (relative) from it, or exact ones that differ at the coarser
// precision of the two ("61%" and "60.8%" agree).
struct Approximation
{
    double tolerance = 0;     // figures this close (relative) agree at any precision
    double roundingShare = 0; // of the rounding step: "nearly 200" stands for 200 ± 25 at 0.25
};
bool figuresDisagree(const ClaimNumber &a, const ClaimNumber &b, const Approximation &approximation);
// One quantity in two units of a dimension ("60-foot" ~ "18-metre", "140 miles" ~ "225 km"):
// within `tolerance` of each other (relative) once converted, as rounded conversions are.
bool sameQuantityInOtherUnits(const ClaimNumber &a, const ClaimNumber &b, double tolerance);

// "4", "3.5", "1200": a short readable form of a value.
QString numberLabel(double value);
