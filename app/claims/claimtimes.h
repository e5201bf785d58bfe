// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Times of day stated in a claim unit, in the spellings news copy uses:
// "8:40 a.m.", "10.15pm", "22:42", "11 pm", "1215 GMT", "shortly before nine in
// the morning", "midnight", with how exact they are and the zone they name.
#include "claimnumbers.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct ClaimTime
{
    int minutes = 0;              // since midnight, 0..1439, as written (in the zone it names)
    bool eitherHalf = false;      // "9:40", "nine o'clock": a.m. or p.m. not said
    bool approximate = false;     // "around", "shortly before", "just after", or a whole hour
    bool hourOnly = false;        // no minutes given ("2 a.m.", "shortly before 11"): the vaguest kind
    int bound = 0;                // +1 "after 6pm", -1 "before 6pm", "by 6pm": the side of it the moment is on
    QString zone;                 // "gmt", "kyiv time"; empty when none is named (or "local time")
    std::optional<int> utcOffset; // minutes, when the zone is a known abbreviation
    // "ET", "PT": a zone named without its season, whose offset the day decides (onDay()):
    // standard and daylight offsets in minutes, unset for every other zone.
    std::optional<int> standardOffset;
    std::optional<int> daylightOffset;
    TextRange range; // as written, with its qualifier and zone
    int token = -1;  // its tokens, qualifier and zone included
    int tokenCount = 1;
};

QList<ClaimTime> findClaimTimes(const QString &text, const QList<ClaimToken> &tokens);

// The time with the offset of a zone named without its season ("8:30 a.m. ET") set for the
// day it was written on (the article's date): daylight time from the second Sunday of March to
// the first Sunday of November, as in North America, whose zones news copy names so.
ClaimTime onDay(const ClaimTime &time, const QDate &day);

// How far apart two times of day are, in minutes (0..720), reading a difference of whole
// hours between times in different or unnamed zones as the zones' difference.
int timeDistance(const ClaimTime &a, const ClaimTime &b);

// "10:42 p.m." ~ "22:42", "around 10.15pm" vs "10:42 p.m.": whether two times may be one
// moment: within `hourMinutes` when either gives only the hour ("shortly before 11" ~ "22:42"),
// within `approximateMinutes` when either is approximate with its minutes ("about 2.30am" vs
// "02:17" differ).
bool timesAgree(const ClaimTime &a, const ClaimTime &b, int hourMinutes, int approximateMinutes);

// "22:42", "about 10.15pm": a short label of a time.
QString timeLabel(const ClaimTime &time);
