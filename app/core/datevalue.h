#pragma once
// Normalised date values (an Entity's value: YYYY, YYYY-MM or YYYY-MM-DD) as
// readers read them, at the precision they have.
#include <QDate>
#include <QLocale>
#include <QString>

// The first day `value` covers (a year its 1 January), invalid when it is no date value.
QDate firstDayOf(const QString &value);
// "1986" for a year, "Mar 2024" for a month, the locale's short date for a day;
// a year or a month never reads as its first day. Empty when `value` is no date value.
QString displayDate(const QString &value, const QLocale &locale = QLocale());
