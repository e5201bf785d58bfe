// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekdaydates.h"

#include "datelexicon.h"

#include <QHash>

#include <algorithm>

namespace {

// The weekday (1 Monday .. 7 Sunday) a mention opens with, and whether that is all it says
// ("Wednesday", "Wednesday night") or it gives a date too ("Wednesday 9.12").
struct WeekdayOf
{
    int day = 0;
    bool alone = false;
};

WeekdayOf weekdayOf(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end].isLetter())
        ++end;
    // The date scanner's own words: a weekday's full name ("Tue" stands only before a date).
    const DateLexicon::WordInfo word = DateLexicon::lookup(QStringView(text).first(end));
    if (!(word.roles & DateLexicon::Weekday) || (word.roles & DateLexicon::MonthAbbrev))
        return {};
    const QStringView rest = QStringView(text).sliced(end);
    return {word.value, std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); })};
}

} // namespace

int openingWeekday(const QString &text)
{
    return weekdayOf(text).day;
}

void settleWeekdaysByTheirDates(const QDate &published, QList<DateMention> &dates)
{
    if (!published.isValid())
        return;
    QHash<int, QString> dated; // weekday -> the one value the article writes with it; empty when two
    for (const DateMention &d : std::as_const(dates)) {
        const WeekdayOf w = weekdayOf(d.text);
        const QDate value = QDate::fromString(d.value, Qt::ISODate);
        if (!w.day || w.alone || !value.isValid() || value.dayOfWeek() != w.day || std::abs(value.daysTo(published)) > 7)
            continue;
        const auto it = dated.constFind(w.day);
        dated.insert(w.day, it == dated.cend() || *it == d.value ? d.value : QString());
    }
    for (DateMention &d : dates) {
        const WeekdayOf w = weekdayOf(d.text);
        const QString value = dated.value(w.day);
        if (w.day && w.alone && d.tenseless && !value.isEmpty())
            d.value = value;
    }
}
