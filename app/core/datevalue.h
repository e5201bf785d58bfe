// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Normalised date values (an Entity's value: YYYY, YYYY-MM or YYYY-MM-DD) as
// readers read them, at the precision they have.
#include <QLocale>
#include <QString>

// Whether `value` is a date value: YYYY, YYYY-MM or YYYY-MM-DD of a real day.
bool isDateValue(const QString &value);
// "1986" for a year, "Mar 2024" for a month, the locale's short date for a day;
// a year or a month never reads as its first day. Empty when `value` is no date value.
QString displayDate(const QString &value, const QLocale &locale = QLocale());
