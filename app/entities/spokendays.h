// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Days named from the moment of speaking or writing rather than by the calendar.
#include "dateextractor.h"

// "\"Nobody sleeps at home tonight,\" the mayor said on Saturday": a day named from today inside
// a quotation counts from the day its sentence says the words were spoken.
void settleSpokenDays(const QString &text, QList<DateMention> &dates);

// "The fire was put out in the small hours": the small hours of the day the story was written
// (of the next day where the sentence speaks of what will be). Added to `dates` in text order.
void addSmallHours(const QString &text, const QDate &published, QList<DateMention> &dates);

// "A firefighter's helmet is seen near the site on Thursday morning. Photo: ..." published on a
// Friday: a caption shows what a picture caught, so a weekday in the page's furniture (`clutter`,
// sorted by start) is never after publication, whatever the tense of the caption.
void settlePictureDays(const QList<TextRange> &clutter, const QDate &published, QList<DateMention> &dates);
