// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tense around a date mention, and the days and years that relative mentions point at from
// the publication date.
#include "datetext.h"

// The tense a word gives its sentence ("will", "was", "closed"), if any.
Tense tenseOfWord(const DateText &dt, int i);
// "is" or "are" before token i in its sentence, with no other tense word nearer.
bool presentBefore(const DateText &dt, int i);
// The nearest tense word before the mention first..last, else after it, in its sentence;
// `lastDateTok` is the last token of the mention before it.
Tense tenseAround(const DateText &dt, int first, int last, int lastDateTok);
// "has called the union to talks on Thursday": the nearest tense word before token `first` in its
// sentence is a participle after "has" or "have". The present perfect takes no day of the past,
// so a weekday it governs lies ahead.
bool presentPerfectBefore(const DateText &dt, int first);
// The year of a month named without one, from the publication date and the tense.
int yearForMonth(const DateText &dt, int month, Tense tense);
// The date of a weekday: `relative` -1 last, +1 next, 0 by the tense.
QDate weekdayDate(const DateText &dt, int weekday, int relative, Tense tense);
