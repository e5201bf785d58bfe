// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Her sister had laughed off a small tremor last week" where another sentence of the corpus says
// "a magnitude 4.6 tremor on 26 February": "last week" is the day the text points at, the one
// day of that week that a sentence about the same matter dates.
#include "dateextractor.h"

// `texts` holds each article's text, `dates` its dates (as findDates and settleLastWeeks left them).
void dateLastWeeksByMatter(QList<QList<DateMention>> &dates, const QList<QString> &texts);
