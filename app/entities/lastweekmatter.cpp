// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastweekmatter.h"

#include "gazetteer.h"
#include "stemmer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// The sentence around a range: from the last sentence end or line break before it to the next.
QStringView sentenceAround(const QString &text, const TextRange &range)
{
    auto boundary = [&](qsizetype p) {
        const QChar c = text.at(p);
        return c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && (p + 1 >= text.size() || text.at(p + 1).isSpace()));
    };
    qsizetype start = range.start;
    while (start > 0 && !boundary(start - 1))
        --start;
    qsizetype end = range.end;
    while (end < text.size() && !boundary(end))
        ++end;
    return QStringView(text).mid(start, end - start);
}

// The stems of a sentence's words that say what it is about: no function words, no calendar
// words, no short words.
QSet<QString> matterWords(QStringView sentence, Stemmer &stemmer)
{
    const Gazetteer &gaz = Gazetteer::instance();
    QSet<QString> out;
    qsizetype p = 0;
    while (p < sentence.size()) {
        if (!sentence.at(p).isLetter()) {
            ++p;
            continue;
        }
        const qsizetype start = p;
        while (p < sentence.size() && sentence.at(p).isLetter())
            ++p;
        const QString word = sentence.mid(start, p - start).toString().toLower();
        if (word.size() >= 5 && !gaz.isClosedClass(word) && !gaz.isCalendarWord(word))
            out.insert(stemmer.stem(word));
    }
    return out;
}

// A day written with its month or in figures ("26 February", "2025-02-26"), not one counted
// from the day of writing ("Sunday", "yesterday").
bool writtenDay(const DateMention &d)
{
    if (d.value.size() != 10 || d.dayOffset || d.lastWeek.isValid())
        return false;
    return std::any_of(d.text.cbegin(), d.text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

void dateLastWeeksByMatter(QList<QList<DateMention>> &dates, const QList<QString> &texts)
{
    // The weeks that a "last week" still read as its month (settleLastWeeks found no day for it)
    // points at, and the written days in them, each with its sentence's matter, made once.
    QSet<QDate> weeks;
    for (const QList<DateMention> &list : std::as_const(dates)) {
        for (const DateMention &d : list) {
            if (d.lastWeek.isValid() && d.value.size() == 7)
                weeks.insert(d.lastWeek);
        }
    }
    if (weeks.isEmpty())
        return;
    Stemmer stemmer;
    QHash<QDate, QList<std::pair<QString, QSet<QString>>>> daysOfWeek; // Monday -> (value, matter)
    for (qsizetype b = 0; b < dates.size(); ++b) {
        for (const DateMention &d : std::as_const(dates.at(b))) {
            const QDate day = QDate::fromString(d.value, Qt::ISODate);
            const QDate monday = day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
            if (writtenDay(d) && weeks.contains(monday))
                daysOfWeek[monday].append({d.value, matterWords(sentenceAround(texts.at(b), d.range), stemmer)});
        }
    }
    for (qsizetype a = 0; a < dates.size(); ++a) {
        for (DateMention &week : dates[a]) {
            if (!week.lastWeek.isValid() || week.value.size() != 7 || !daysOfWeek.contains(week.lastWeek))
                continue;
            const QSet<QString> matter = matterWords(sentenceAround(texts.at(a), week.range), stemmer);
            QSet<QString> days;
            for (const auto &[value, words] : std::as_const(daysOfWeek[week.lastWeek])) {
                if (!days.contains(value) && words.intersects(matter))
                    days.insert(value);
                if (days.size() > 1)
                    break;
            }
            if (days.size() == 1)
                week.value = *days.cbegin();
        }
    }
}
