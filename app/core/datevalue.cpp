// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datevalue.h"

#include <QDate>
#include <QStringList>

namespace {
// Year, month and day of `value` (0 where it has none); year 0 when it is no date value.
struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
};

DateParts partsOf(const QString &value)
{
    const QStringList parts = value.split(u'-');
    if (parts.size() > 3 || parts[0].size() != 4)
        return {};
    DateParts d;
    bool ok = true;
    d.year = parts[0].toInt(&ok);
    if (ok && parts.size() > 1)
        d.month = parts[1].toInt(&ok);
    if (ok && parts.size() > 2)
        d.day = parts[2].toInt(&ok);
    if (!ok || !QDate(d.year, qMax(1, d.month), qMax(1, d.day)).isValid() || (parts.size() > 1 && d.month == 0)
        || (parts.size() > 2 && d.day == 0))
        return {};
    return d;
}
} // namespace

bool isDateValue(const QString &value)
{
    return partsOf(value).year != 0;
}

QString displayDate(const QString &value, const QLocale &locale)
{
    const DateParts d = partsOf(value);
    if (d.year == 0)
        return {};
    const QDate first(d.year, qMax(1, d.month), qMax(1, d.day));
    if (d.month == 0)
        return locale.toString(first, u"yyyy");
    if (d.day == 0)
        return locale.toString(first, u"MMM yyyy");
    return locale.toString(first, QLocale::ShortFormat);
}
