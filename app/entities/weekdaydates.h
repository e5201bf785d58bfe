// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A weekday alone, next to the same weekday with its date in the same article.
#include "dateextractor.h"

// "New attempt on Wednesday" over a report that says "a new attempt on Wednesday 9.12": a bare
// weekday that no tense word dates is the day the article itself gives that weekday, when the
// article gives it exactly one date within a week of publication.
void settleWeekdaysByTheirDates(const QDate &published, QList<DateMention> &dates);

// The weekday (1 Monday .. 7 Sunday) a mention's text opens with ("Wednesday", "Friday night",
// "Wednesday 9.12"), 0 when it opens with none.
int openingWeekday(const QString &text);
