// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dates written out: "May 16, 2024", "16th of May", "2024-05-16", "5/16/2024"; a numeric date
// is read day first or month first as the text's other dates are written.
#include "datetext.h"

#include <optional>

struct DateMatch
{
    int first = -1;
    int last = -1;
    int year = 0; // 0 when the text gives none
    int month = 0;
    int day = 0; // 0 when the text gives none
};

// How often the text writes a day before its month ("5 March", "17/03/2025") and after it.
struct DateOrder
{
    int dayFirst = 0;
    int monthFirst = 0;
};

DateOrder countDateOrder(const DateText &dt);
// "May 16", "May 16th, 2024", "Oct. 18", "May 16-17", "February 2022", "February of 2022".
std::optional<DateMatch> matchMonthFirst(const DateText &dt, int i);
// "16 May", "16th of May 2024", "16-17 May".
std::optional<DateMatch> matchDayFirst(const DateText &dt, int i);
// "2024-05-16", "5/16/2024", "16/5/2024", "16.05.2024", "5/16/24".
std::optional<DateMatch> matchNumeric(const DateText &dt, const DateOrder &order, int i);
// "4/12", "27.11" after a weekday (1 Monday .. 7 Sunday): day and month without a year, read in
// whichever order (and year near publication) falls on that weekday, the nearest such date.
std::optional<DateMatch> matchWeekdayShortDate(const DateText &dt, int i, int weekday);
// "on 17/12", "until 27.11": day and month without a year after a preposition that puts a
// date there, read in the order the text's other dates use (a full stop: day first), in
// the year that puts it nearest publication, and only within two months of it.
std::optional<DateMatch> matchCuedShortDate(const DateText &dt, const DateOrder &order, int i);
// Any of the three at token i.
std::optional<DateMatch> matchExplicit(const DateText &dt, const DateOrder &order, int i);
