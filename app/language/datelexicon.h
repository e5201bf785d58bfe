// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words and tokens the date extractor reasons about: a one-pass tokenizer
// (words, numbers, single punctuation) whose words carry their date roles
// (month, weekday, cue, quantity noun, tense hint) from a small English lexicon.
#include <QList>
#include <QString>
#include <QStringView>

namespace DateLexicon {

enum Role : quint32 {
    Month = 1u << 0,          // value 1..12
    MonthAbbrev = 1u << 1,    // "Oct", "Sept": needs a day or a year; "Tue": needs a date after it
    MonthAmbiguous = 1u << 2, // also a verb, noun or name: May, March, April, June, August
    Weekday = 1u << 3,        // value 1 (Monday) .. 7 (Sunday)
    DayWord = 1u << 4,        // yesterday/today/tomorrow/tonight: value = day offset
    Relative = 1u << 5,       // last/this/next: value -1, 0, +1
    Unit = 1u << 6,           // value: a Unit code below
    PartOfDay = 1u << 7,      // morning, evening, ...
    RangeModifier = 1u << 8,  // early, mid, late
    CountWord = 1u << 9,      // a, one, two, ...: value = count
    Ago = 1u << 10,
    StrongCue = 1u << 11,      // "in May", "since 1949": the next word is a date
    WeakCue = 1u << 12,        // "of May", "before 2022": a date unless a verb follows
    YearDeterminer = 1u << 13, // "the 2024 summit", "a 2019 report"
    QuantityNoun = 1u << 14,   // "2024 people", "1400 GMT": the number is a count
    QuantityWord = 1u << 15,   // "about 2000", "page 1949": the number is a count or a label
    FutureCue = 1u << 16,
    PastCue = 1u << 17,
    HolidayPrefix = 1u << 18, // "Black Friday", "Palm Sunday" are not that week's days
    OrdinalSuffix = 1u << 19, // st, nd, rd, th
    YearPrefix = 1u << 20,    // "pre-2022", "post-1945"
    ListJoin = 1u << 21,      // and, or, to, through: "March and April"
    Reporting = 1u << 22,     // said, warned, announced: a verb that reports another clause
    StateVerb = 1u << 23,     // remain, stay: "will remain closed" names a state, not an event
    StreetWord = 1u << 24,    // street, avenue, rd: "2400 Pennsylvania Avenue" is a house number
    ClauseStart = 1u << 25,   // although, but: after a comma, another clause with a verb of its own
    Holiday = 1u << 26,       // christmas, halloween: value = month * 100 + day of a holiday on a fixed date
    SpanVerb = 1u << 27,      // runs, lasts: "the season runs from November to April" spans any year's months
    Season = 1u << 28,        // spring, summer, autumn, fall: value = the month it starts in
};

enum UnitCode : int { Day = 1, Week, Weekend, MonthUnit, Year, Plural = 16 };

struct WordInfo
{
    quint32 roles = 0;
    int value = 0;
};

// Case-insensitive; an empty WordInfo for words it does not know.
WordInfo lookup(QStringView word);

} // namespace DateLexicon

struct DateToken
{
    enum Kind : quint8 { Word, Number, Punct };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Punct;
    bool spaceBefore = true; // whitespace (or text start) separates it from the previous token
    bool breakBefore = true; // a line break does
    quint32 roles = 0;       // DateLexicon::Role bits, words only
    int value = 0;           // lexicon value, or the number's value (capped)
    QChar ch;                // punctuation: the character

    qsizetype length() const { return end - start; }
};

// Tokens of `text`, skipping whitespace and URLs.
QList<DateToken> tokenizeForDates(const QString &text);
