// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds calendar references in text and normalises them against the article's
// publication date: "May 16, 2024" -> 2024-05-16, "on Thursday" -> that week's
// Thursday, "last year" -> 2023, "the 1990s" -> 1990. Durations ("two years",
// "six-year term") are not dates.
#include "textrange.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct DateMention
{
    TextRange range; // exact span in the text, e.g. "Thursday (16 May)" or "last week"
    QString text;    // the slice of the text
    QString value;   // YYYY, YYYY-MM or YYYY-MM-DD
    QDate lastWeek;  // "last week": the Monday of that week (the value is its month)
    // "tonight", "yesterday": the offset in days from the day the words were said (publication,
    // unless a quotation says otherwise; spokendays.h)
    std::optional<int> dayOffset;
    // A weekday that no word around it puts ahead or behind: the nearest such day up to publication.
    bool tenseless = false;
};

// `published` may be invalid: relative expressions are then skipped.
QList<DateMention> findDates(const QString &text, const QDate &published);

// "last week" in a follow-up published after the story broke points back at the day it broke:
// such a mention whose week holds the corpus's first publication date takes that day.
// `published` holds each article's publication date.
void settleLastWeeks(QList<QList<DateMention>> &dates, const QList<QDate> &published);

// A readable name for a normalised value: "16 May 2024", "May 2024", "2024".
QString dateValueLabel(const QString &value);
