// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateextractor.h"

#include "dateexplicit.h"
#include "datetense.h"
#include "spokendays.h"
#include "weekdaydates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cstdlib>

#include <optional>

// Rules for relative references, resolved against the publication date P:
// - a weekday alone is the nearest such day on or before P (news reports the
//   past), or on or after P when a future cue ("will", "next", "scheduled")
//   is the nearest tense word in the sentence; "last"/"next" force the week.
// - "last week" / "next week" / "this week" are the month of that calendar week (its
//   Thursday): a week has no value of its own, and the day seven days off is not meant;
//   "last month" / "last year" and the like are P's month or year shifted.
// - a month (or month and day) without a year is in P's year, moved a year
//   forward when a future cue points at a month already past, a year back when
//   a past cue points at a month still to come, or when it lies eight months
//   or more ahead of P with no cue; "last May" / "next May" are P's year -1 / +1.
// - decades ("the 1990s", "the '90s") are spans, not a year: read past, never dated.
// - "this Sunday" is the Sunday of P's week (Monday to Sunday), whatever the tense.

using namespace DateLexicon;

namespace {

class DateScanner
{
public:
    DateScanner(const QString &text, const QDate &published)
        : m_dt(text, published)
        , m_order(countDateOrder(m_dt))
    {
    }

    QList<DateMention> run()
    {
        for (int i = 0; i < m_dt.n;) {
            const int next = scanAt(i);
            i = next > i ? next : i + 1;
        }
        return m_out;
    }

private:
    DateText m_dt;
    DateOrder m_order;
    QList<DateMention> m_out;
    int m_lastDateTok = -10; // last token of the previous mention, for "March and April"

    // Value of an explicit match; false when a year is needed but unknown.
    std::optional<QString> valueOf(const DateMatch &m) const
    {
        int year = m.year;
        if (!year) {
            if (!m_dt.pub.isValid())
                return std::nullopt;
            year = yearForMonth(m_dt, m.month, tenseAround(m_dt, m.first, m.last, m_lastDateTok));
        }
        if (!m.day)
            return monthValue(year, m.month);
        const QDate d(year, m.month, m.day);
        if (!d.isValid())
            return std::nullopt;
        return dayValue(d);
    }

    void add(int first, int last, const QString &value)
    {
        DateMention dm;
        dm.range = {m_dt.tok[first].start, m_dt.tok[last].end};
        dm.text = m_dt.text.mid(dm.range.start, dm.range.length());
        dm.value = value;
        m_out.append(dm);
        m_lastDateTok = last;
    }

    int scanAt(int i)
    {
        const DateToken &t = m_dt.tok[i];
        if (t.kind == DateToken::Number)
            return scanNumber(i);
        if (t.kind == DateToken::Punct)
            return isApostrophe(t.ch) ? scanShortDecade(i, i) : i;
        if (!t.roles)
            return i;
        if (t.roles & Holiday)
            return scanHoliday(i);
        if (t.roles & Month)
            return scanMonth(i, i, false);
        if (t.roles & Weekday)
            return scanWeekday(i);
        if (t.roles & DayWord)
            return scanDayWord(i);
        if (t.roles & Relative)
            return scanRelative(i);
        if (t.roles & RangeModifier)
            return scanModifier(i);
        if (t.roles & CountWord)
            return scanAgo(i);
        return i;
    }

    int scanNumber(int i)
    {
        if (auto m = matchNumeric(m_dt, m_order, i)) {
            add(m->first, m->last, *valueOf(*m));
            return m->last + 1;
        }
        if (auto m = matchDayFirst(m_dt, i)) {
            if (auto v = valueOf(*m)) {
                add(m->first, m->last, *v);
                return m->last + 1;
            }
            return m->last + 1;
        }
        if (auto m = matchCuedShortDate(m_dt, m_order, i)) {
            add(m->first, m->last, *valueOf(*m));
            return m->last + 1;
        }
        const int ago = scanAgo(i);
        if (ago > i)
            return ago;
        return scanYear(i, i, false);
    }

    // A four-digit year or decade at i; the mention starts at `from` ("mid-2023").
    int scanYear(int from, int i, bool cued)
    {
        if (!m_dt.isNumber(i, 4, 4) || !isYearValue(m_dt.tok[i].value) || !m_dt.numberStartsClean(i))
            return from == i ? i : from + 1;
        const int v = m_dt.tok[i].value;
        // Decades: "1990s", "the 1990's".
        if (v % 10 == 0 && m_dt.glued(i + 1)) {
            if (m_dt.wordIs(i + 1, QLatin1StringView("s")))
                return i + 2;
            if (m_dt.isPunctIf(i + 1, isApostrophe) && m_dt.glued(i + 2) && m_dt.wordIs(i + 2, QLatin1StringView("s"))
                && (cued || m_dt.isWord(i - 1, YearDeterminer | StrongCue)))
                return i + 3;
        }
        if (!m_dt.numberEndsClean(i) || (m_dt.glued(i + 1) && m_dt.isWord(i + 1)) || m_dt.quantityNounAt(i + 1))
            return i + 1;
        // "(1000-1400 GMT)": a span of clock times, not of years.
        if (m_dt.isPunctIf(i + 1, isDash) && m_dt.glued(i + 1) && m_dt.glued(i + 2) && m_dt.isNumber(i + 2, 4, 4)
            && m_dt.quantityNounAt(i + 3))
            return i + 3;
        if (!cued && !yearContext(i))
            return i + 1;
        add(from, i, yearValue(v));
        // "2022-2023", "2022/23", "2022-23".
        if ((m_dt.isPunctIf(i + 1, isDash) || m_dt.isPunct(i + 1, u'/')) && m_dt.glued(i + 1) && m_dt.glued(i + 2)) {
            if (m_dt.yearNumber(i + 2) && m_dt.tok[i + 2].value > v) {
                add(i + 2, i + 2, yearValue(m_dt.tok[i + 2].value));
                return i + 3;
            }
            if (m_dt.isNumber(i + 2, 2, 2) && m_dt.numberEndsClean(i + 2))
                return i + 3;
        }
        return i + 1;
    }

    // Whether the words around a bare four-digit number make it a year.
    // "1101 Brickell Ave.", "2400 Pennsylvania Avenue": a house number before a street's name.
    bool streetNumber(int i) const
    {
        for (int k = i + 1; k <= i + 4 && m_dt.capitalised(k) && m_dt.tok[k].spaceBefore; ++k) {
            if (k > i + 1 && m_dt.isWord(k, StreetWord))
                return true;
        }
        return false;
    }

    bool yearContext(int i) const
    {
        const int v = m_dt.tok[i].value;
        if (streetNumber(i))
            return false;
        // "a group of 1500 of the city's police": a number before "of" counts part of a whole.
        if (m_dt.wordIs(i + 1, QLatin1StringView("of")) && m_dt.tok[i + 1].spaceBefore)
            return false;
        const int p = i - 1;
        if (m_dt.glued(i) && i > 0) {
            const DateToken &pt = m_dt.tok[p];
            if (pt.kind == DateToken::Word)
                return false; // "FY2024", "A2000"
            if (pt.kind == DateToken::Punct && isDash(pt.ch) && m_dt.isWord(p - 1) && m_dt.glued(p))
                return m_dt.isWord(p - 1, RangeModifier | YearPrefix); // "pre-2022", not "Su-2000"
        }
        if (p < 0 || m_dt.tok[i].breakBefore)
            return true;
        const DateToken &pt = m_dt.tok[p];
        if (pt.kind == DateToken::Punct)
            return !isCurrency(pt.ch);
        // "until at least 2036": the cue sits before "at least".
        if (m_dt.wordIs(p, QLatin1StringView("least")) && m_dt.wordIs(p - 1, QLatin1StringView("at")))
            return m_dt.isWord(p - 2, StrongCue | WeakCue);
        if (pt.kind == DateToken::Number)
            return false;
        const quint32 r = pt.roles;
        if (m_dt.wordIs(p, QLatin1StringView("s")) && m_dt.glued(p) && m_dt.isPunctIf(p - 1, isApostrophe))
            return v >= 1800; // "Russia's 2024 election"
        if (r & (StrongCue | RangeModifier))
            return true;
        if (r & (WeakCue | YearDeterminer))
            return v >= 1800 || (r & WeakCue);
        if ((r & ListJoin) && m_lastDateTok == p - 1)
            return true;
        if (r & Month)
            return true;
        if (r & QuantityWord)
            return false;
        // "as early as 2019", "as late as 1990".
        if (m_dt.wordIs(p, QLatin1StringView("as")) && m_dt.wordIs(p - 2, QLatin1StringView("as"))
            && (m_dt.wordIs(p - 1, QLatin1StringView("early")) || m_dt.wordIs(p - 1, QLatin1StringView("late"))))
            return true;
        // A modifier before a proper noun: "hosts 2024 BRICS Summit".
        return v >= 1900 && m_dt.capitalised(i + 1) && m_dt.tok[i + 1].spaceBefore;
    }

    // "the '90s", "the mid-'80s".
    int scanShortDecade(int from, int i)
    {
        if (!m_dt.pub.isValid() || !m_dt.glued(i + 1) || !m_dt.isNumber(i + 1, 2, 2) || m_dt.tok[i + 1].value % 10 != 0
            || !m_dt.glued(i + 2) || !m_dt.wordIs(i + 2, QLatin1StringView("s")))
            return from == i ? i : from + 1;
        return i + 3;
    }

    // "the June quarter", "the Sept quarter": a quarter named by the month it ends in.
    bool quarterOfMonth(int i) const
    {
        return m_dt.wordIs(i + 1, QLatin1StringView("quarter")) && m_dt.lowercase(i + 1) && m_dt.tok[i + 1].spaceBefore;
    }

    bool monthCued(int i) const
    {
        if (quarterOfMonth(i))
            return true;
        const int p = i - 1;
        if (!m_dt.isWord(p) || m_dt.tok[i].breakBefore)
            return false;
        const quint32 r = m_dt.tok[p].roles;
        // "the three months to June", "the year to March": a period that ends in the month.
        if (m_dt.wordIs(p, QLatin1StringView("to")) && m_dt.isWord(p - 1, Unit) && m_dt.lowercase(p - 1))
            return true;
        if (r & (StrongCue | RangeModifier))
            return true;
        if ((r & ListJoin) && m_lastDateTok == p - 1)
            return true;
        // "a ceasefire by March", "set out by March": a deadline, where a participle before "by"
        // ("backed by May") would make May the agent.
        if (m_dt.wordIs(p, QLatin1StringView("by")) && !m_dt.capitalised(i + 1) && tenseOfWord(m_dt, p - 1) == Tense::None
            && !(m_dt.tok[p - 1].kind == DateToken::Word && m_dt.view(p - 1).endsWith(u"en")))
            return true;
        if (r & WeakCue) {
            // "after May took office" is the politician, "after May, talks resumed" the month.
            // "backed by May and her cabinet" too, so only a break or a second month confirms it.
            if (!m_dt.isWord(i + 1))
                return true;
            return m_dt.isWord(i + 1, ListJoin) && m_dt.monthWord(i + 2);
        }
        return false;
    }

    // A month name at i, the mention starting at `from` ("early March", "last May").
    int scanMonth(int from, int i, bool cued, int yearShift = 0)
    {
        if (!m_dt.monthWord(i))
            return from == i ? i : from + 1;
        if (auto m = matchMonthFirst(m_dt, i)) {
            if (from != i)
                m->first = from;
            if (yearShift && !m->year && m_dt.pub.isValid())
                m->year = m_dt.pub.year() + yearShift;
            if (auto v = valueOf(*m))
                add(m->first, m->last, *v);
            return m->last + 1;
        }
        if ((m_dt.tok[i].roles & MonthAbbrev) && !quarterOfMonth(i))
            return from == i ? i + 1 : from + 1;
        int last = m_dt.afterMonth(i) - 1;
        if (last != i)
            last = i; // a lone month keeps no trailing dot
        if (!cued && !monthCued(i)) {
            if (!m_dt.strongMonth(i))
                return i + 1;
            // "Black September", "October Revolution": part of a name.
            if (m_dt.capitalised(i + 1) && m_dt.tok[i + 1].spaceBefore && !(m_dt.tok[i + 1].roles & (Month | Weekday)))
                return i + 1;
            if (m_dt.capitalised(i - 1) && !m_dt.sentenceStart(i - 1) && !(m_dt.tok[i - 1].roles & (Weekday | Month)))
                return i + 1;
        }
        if (!m_dt.pub.isValid() || (from == i && monthOfRecords(i)))
            return i + 1;
        if (const int end = monthsOfSeason(i); end > 0)
            return end + 1;
        const int month = m_dt.tok[i].value;
        // "March last year", "May next year": the year is named after the month, one mention.
        if (!yearShift && relativeYearAt(last + 1)) {
            add(from, last + 2, monthValue(m_dt.pub.year() + m_dt.tok[last + 1].value, month));
            return last + 3;
        }
        const int year = yearShift ? m_dt.pub.year() + yearShift : yearForMonth(m_dt, month, tenseAround(m_dt, from, last, m_lastDateTok));
        add(from, last, monthValue(year, month));
        return last + 1;
    }

    // "the hottest December day", "the heaviest November rainfall", "the highest for December": a
    // month after a superlative is any year's month, as records count it, no date.
    bool monthOfRecords(int i) const
    {
        auto superlative = [&](int k) {
            if (!m_dt.isWord(k) || !m_dt.lowercase(k))
                return false;
            const QStringView w = m_dt.view(k);
            return (w.size() >= 6 && w.endsWith(u"est")) || w == u"worst" || w == u"best" || w == u"most";
        };
        return superlative(i - 1)
               || (superlative(i - 2) && (m_dt.wordIs(i - 1, QLatin1StringView("for")) || m_dt.wordIs(i - 1, QLatin1StringView("in"))));
    }

    // "the cyclone season runs from November to April": a month after "from" and a verb of a
    // recurring span, and the month its range goes to, are any year's months, no date. Returns
    // the range's last token, or -1.
    int monthsOfSeason(int i) const
    {
        if (!m_dt.wordIs(i - 1, QLatin1StringView("from")) || !m_dt.isWord(i - 2, SpanVerb) || !m_dt.lowercase(i - 2))
            return -1;
        if (m_dt.isWord(i + 1, ListJoin) && m_dt.monthWord(i + 2))
            return i + 2;
        return i;
    }

    // "last year", "next year", "this year" starting at token k.
    bool relativeYearAt(int k) const
    {
        return m_dt.isWord(k, Relative) && m_dt.tok[k].spaceBefore && !m_dt.tok[k].breakBefore && m_dt.isWord(k + 1, Unit)
               && m_dt.tok[k + 1].value == Year && m_dt.tok[k + 1].spaceBefore;
    }

    // "on Friday and Saturday, 4 and 5 December": two weekdays, then the two days of one month
    // they are, each day checked against its weekday. Returns the token after the second
    // weekday, or -1.
    int weekdayPairWithDays(int i)
    {
        const int second = i + 2, first = i + 4, other = i + 6, month = i + 7;
        if (!m_dt.isWord(i + 1, ListJoin) || !m_dt.isWord(second, Weekday) || !m_dt.capitalised(second) || !m_dt.isPunct(i + 3, u',')
            || !m_dt.isNumber(first, 1, 2) || !m_dt.isWord(i + 5, ListJoin) || !m_dt.isNumber(other, 1, 2) || !m_dt.monthWord(month))
            return -1;
        const int monthValue = m_dt.tok[month].value;
        const int year = yearForMonth(m_dt, monthValue, Tense::None);
        const QDate a(year, monthValue, m_dt.tok[first].value);
        const QDate b(year, monthValue, m_dt.tok[other].value);
        if (!a.isValid() || !b.isValid() || a.dayOfWeek() != m_dt.tok[i].value || b.dayOfWeek() != m_dt.tok[second].value)
            return -1;
        add(i, i, dayValue(a));
        add(second, second, dayValue(b));
        return second + 1;
    }

    int scanWeekday(int i)
    {
        if (!m_dt.capitalised(i) || weekdaySpan(i))
            return i + 1;
        if (const int after = weekdayPairWithDays(i); after > 0)
            return after;
        if (m_dt.capitalised(i - 1) && (m_dt.tok[i - 1].roles & HolidayPrefix))
            return i + 1;
        if (m_dt.glued(i + 1) && m_dt.isWord(i + 1)) // "Mondays" is not a word we know, but guard anyway
            return i + 1;
        int last = i;
        if (m_dt.isWord(i + 1, PartOfDay) && m_dt.lowercase(i + 1) && m_dt.tok[i + 1].spaceBefore)
            last = i + 1;
        // "Thursday (16 May)", "Thursday, May 16, 2024": the explicit date names the day; written
        // straight after the weekday ("Tuesday 9 December 2025") both are one mention.
        int j = last + 1;
        const bool parenthesis = m_dt.isPunct(j, u'(');
        if (m_dt.isPunct(j, u',') || parenthesis)
            ++j;
        if (m_dt.exists(j) && !m_dt.tok[j].breakBefore) {
            auto m = matchExplicit(m_dt, m_order, j);
            if (!m || !m->day)
                m = matchWeekdayShortDate(m_dt, j, m_dt.tok[i].value);
            if (m && m->day) {
                if (auto v = valueOf(*m)) {
                    if (parenthesis || last != i) {
                        add(i, last, *v);
                        add(m->first, m->last, *v);
                    } else {
                        add(i, m->last, *v);
                    }
                    return m->last + 1;
                }
            }
        }
        if (!m_dt.pub.isValid() || (m_dt.tok[i].roles & MonthAbbrev))
            return last + 1;
        Tense tense = tenseAround(m_dt, i, last, m_lastDateTok);
        // "declared a holiday for Monday", "scheduled for Monday": a day something is set for lies ahead.
        const bool possessive =
            m_dt.isPunctIf(last + 1, isApostrophe) && m_dt.glued(last + 1) && m_dt.wordIs(last + 2, QLatin1StringView("s"));
        if (m_dt.wordIs(i - 1, QLatin1StringView("for")) && !possessive)
            tense = Tense::Future;
        // "keep away until Tuesday", "ease by Monday": with no tense of its own, a deadline lies ahead;
        // "kept in force until at least Monday" whatever the tense.
        if (tense == Tense::None && deadlineWord(i - 1))
            tense = Tense::Future;
        if (m_dt.wordIs(i - 1, QLatin1StringView("least")) && m_dt.wordIs(i - 2, QLatin1StringView("at")) && deadlineWord(i - 3))
            tense = Tense::Future;
        // "has issued an alert until Sunday", "were asked to keep windows shut until Friday", "are
        // closed until Thursday": a weekday that ends a state lies ahead when the state's verb is in
        // the present, its perfect or an infinitive ("lines were down until Tuesday" is past), unless
        // it ends a span from an earlier date ("closed from Friday until Sunday").
        if (untilWord(i - 1) && (m_lastDateTok < 0 || i - m_lastDateTok > 4) && stateGoesOn(i - 1))
            tense = Tense::Future;
        // "extended hours starting Tuesday", "new rules effective Monday": the day something starts from.
        if (m_dt.wordIs(i - 1, QLatin1StringView("starting")) || m_dt.wordIs(i - 1, QLatin1StringView("beginning"))
            || m_dt.wordIs(i - 1, QLatin1StringView("effective")))
            tense = Tense::Future;
        // "has called the union to talks on Thursday"; not "since Thursday", "Saturday's election" or
        // "a tremor on Monday that brought down ..." (a day that a noun or a clause of its own dates).
        const bool ownClause = m_dt.wordIs(last + 1, QLatin1StringView("that")) || m_dt.wordIs(last + 1, QLatin1StringView("which"));
        if (tense != Tense::Future && !m_dt.wordIs(i - 1, QLatin1StringView("since")) && !possessive && !ownClause
            && presentPerfectBefore(m_dt, i))
            tense = Tense::Future;
        // "There is a game against X on Wednesday": the present tense names a day to come.
        if (tense == Tense::None && presentBefore(m_dt, i))
            tense = Tense::Future;
        // "rates fall by a quarter point from Friday": with no tense of its own, a day something
        // starts from lies ahead, unless it opens a span ("from Monday to Wednesday") or owns what
        // follows ("the toll from Friday's crush": the day of an event, which has happened).
        if (tense == Tense::None && m_dt.wordIs(i - 1, QLatin1StringView("from")) && !m_dt.isWord(last + 1, ListJoin) && !possessive)
            tense = Tense::Future;
        const QDate d = weekdayDate(m_dt, m_dt.tok[i].value, 0, tense);
        add(i, last, dayValue(d));
        m_out.last().tenseless = tense == Tense::None;
        return last + 1;
    }

    bool untilWord(int k) const { return m_dt.wordIs(k, QLatin1StringView("until")) || m_dt.wordIs(k, QLatin1StringView("till")); }

    // Whether the nearest verb of tense before token `until`, in its clause, is a present ("is",
    // "are", "has", "have", "will") or an infinitive's "to" rather than a past ("was", "were", "had").
    bool stateGoesOn(int until) const
    {
        static constexpr QLatin1StringView goesOn[] = {QLatin1StringView("is"),   QLatin1StringView("are"),  QLatin1StringView("has"),
                                                       QLatin1StringView("have"), QLatin1StringView("will"), QLatin1StringView("to")};
        static constexpr QLatin1StringView ended[] = {QLatin1StringView("was"), QLatin1StringView("were"), QLatin1StringView("had")};
        for (int k = until - 1; k >= 0 && k >= until - 14; --k) {
            if (m_dt.sentenceBreakAt(k) || m_dt.tok[k + 1].breakBefore)
                return false;
            auto is = [&](QLatin1StringView w) { return m_dt.wordIs(k, w); };
            if (std::any_of(std::begin(ended), std::end(ended), is))
                return false;
            if (std::any_of(std::begin(goesOn), std::end(goesOn), is))
                return true;
        }
        return false;
    }

    // "until", "till", "by" at k: what follows is a deadline.
    bool deadlineWord(int k) const
    {
        return m_dt.wordIs(k, QLatin1StringView("until")) || m_dt.wordIs(k, QLatin1StringView("till"))
               || m_dt.wordIs(k, QLatin1StringView("by"));
    }

    // "before Christmas", "this Christmas", "on Christmas Eve", "Boxing Day": a holiday on a fixed
    // date, named after a word that puts a date there or with its "Day" or "Eve" ("Christmas
    // shopping", "a Christmas tree" date nothing). The year: the one before or after publication
    // that the relative word, the tense, or a deadline ("before", "by", "until") points to.
    int scanHoliday(int i)
    {
        if (!m_dt.pub.isValid() || !m_dt.capitalised(i))
            return i + 1;
        int month = m_dt.tok[i].value / 100, day = m_dt.tok[i].value % 100;
        int last = i;
        const bool eve = m_dt.wordIs(i + 1, QLatin1StringView("eve")) && m_dt.capitalised(i + 1);
        if ((m_dt.wordIs(i + 1, QLatin1StringView("day")) || eve) && m_dt.capitalised(i + 1))
            last = i + 1;
        if (eve)
            --day;
        const bool needsDay = m_dt.wordIs(i, QLatin1StringView("boxing"));
        if (needsDay && last == i)
            return i + 1;
        const bool relative = m_dt.isWord(i - 1, Relative) && m_dt.lowercase(i - 1);
        const bool deadline = m_dt.wordIs(i - 1, QLatin1StringView("before")) || deadlineWord(i - 1);
        const bool cued = relative || deadline || m_dt.isWord(i - 1, StrongCue | WeakCue) || m_dt.wordIs(i - 1, QLatin1StringView("over"))
                          || m_dt.wordIs(i - 1, QLatin1StringView("at")) || m_dt.wordIs(i - 1, QLatin1StringView("on"));
        if (!cued && last == i)
            return i + 1;
        const QDate thisYear(m_dt.pub.year(), month, day);
        const QDate ahead = thisYear >= m_dt.pub ? thisYear : thisYear.addYears(1);
        const QDate behind = thisYear <= m_dt.pub ? thisYear : thisYear.addYears(-1);
        QDate d;
        if (relative)
            d = m_dt.tok[i - 1].value < 0 ? behind : m_dt.tok[i - 1].value > 0 ? ahead : thisYear;
        else if (deadline)
            d = ahead;
        else {
            const Tense tense = tenseAround(m_dt, i, last, m_lastDateTok);
            d = tense == Tense::Future                                                  ? ahead
                : tense == Tense::Past                                                  ? behind
                : std::abs(ahead.daysTo(m_dt.pub)) <= std::abs(behind.daysTo(m_dt.pub)) ? ahead
                                                                                        : behind;
        }
        add(relative ? i - 1 : i, last, dayValue(d));
        return last + 1;
    }

    // "open Monday through Saturday": a span of weekdays is a schedule, not a date.
    bool weekdaySpan(int i) const
    {
        auto through = [&](int k) { return m_dt.wordIs(k, QLatin1StringView("through")) || m_dt.wordIs(k, QLatin1StringView("thru")); };
        return (through(i + 1) && m_dt.isWord(i + 2, Weekday)) || (through(i - 1) && m_dt.isWord(i - 2, Weekday));
    }

    int scanDayWord(int i)
    {
        if (!m_dt.pub.isValid())
            return i + 1;
        // "USA Today", "Russia Today" are names.
        if (m_dt.capitalised(i) && m_dt.capitalised(i - 1) && !m_dt.tok[i].breakBefore && !(m_dt.tok[i - 1].roles & (Month | Weekday)))
            return i + 1;
        int last = i;
        if (m_dt.tok[i].value != 0 || m_dt.wordIs(i, QLatin1StringView("today"))) {
            if (m_dt.isWord(i + 1, PartOfDay) && m_dt.lowercase(i + 1) && m_dt.tok[i + 1].spaceBefore)
                last = i + 1;
        }
        add(i, last, dayValue(m_dt.pub.addDays(m_dt.tok[i].value)));
        m_out.last().dayOffset = m_dt.tok[i].value;
        return last + 1;
    }

    // "last week", "this year", "next month", "last May", "last Thursday", "last night".
    // The year of "this summer" (the publication's), "next summer" (the coming one) and "last
    // summer" (the latest one over) for a season starting in month `start` and lasting three.
    int seasonYear(int start, int rel) const
    {
        const int year = m_dt.pub.year();
        const int month = m_dt.pub.month();
        if (rel > 0)
            return month < start ? year : year + 1;
        if (rel < 0)
            return month > start + 2 ? year : year - 1;
        return year;
    }

    int scanRelative(int i)
    {
        const int j = i + 1;
        if (!m_dt.isWord(j) || !m_dt.tok[j].spaceBefore || m_dt.tok[j].breakBefore)
            return i + 1;
        if (m_dt.wordIs(i - 1, QLatin1StringView("the"))) // "over the last year" is a span of time
            return i + 1;
        const int rel = m_dt.tok[i].value;
        const quint32 r = m_dt.tok[j].roles;
        if ((r & Month) && m_dt.monthWord(j))
            return m_dt.pub.isValid() ? scanMonth(i, j, true, rel) : j + 1;
        if (!m_dt.pub.isValid())
            return i + 1;
        if ((r & Weekday) && m_dt.capitalised(j)) {
            if (rel == 0) { // "this Friday": the Friday of the publication's week
                add(i, j, dayValue(m_dt.pub.addDays(m_dt.tok[j].value - m_dt.pub.dayOfWeek())));
                return j + 1;
            }
            add(i, j, dayValue(weekdayDate(m_dt, m_dt.tok[j].value, rel, tenseAround(m_dt, i, j, m_lastDateTok))));
            return j + 1;
        }
        if (r & PartOfDay) {
            if (rel < 0 && m_dt.wordIs(j, QLatin1StringView("night"))) {
                add(i, j, dayValue(m_dt.pub.addDays(-1)));
                return j + 1;
            }
            if (rel == 0 && !m_dt.wordIs(j, QLatin1StringView("night"))) {
                add(i, j, dayValue(m_dt.pub));
                return j + 1;
            }
            return i + 1;
        }
        // (Not "this fall in prices": a season noun goes on with no preposition and a lower-case word.)
        const bool noun = (m_dt.wordIs(j + 1, QLatin1StringView("in")) || m_dt.wordIs(j + 1, QLatin1StringView("of")))
                          && (m_dt.lowercase(j + 2) || m_dt.isNumber(j + 2));
        if ((r & Season) && m_dt.lowercase(j) && !noun) {
            add(i, j, yearValue(seasonYear(m_dt.tok[j].value, rel)));
            return j + 1;
        }
        if (!(r & Unit) || (m_dt.tok[j].value & Plural))
            return i + 1;
        switch (m_dt.tok[j].value) {
        case Week: {
            const QDate thursday = m_dt.pub.addDays(4 - m_dt.pub.dayOfWeek() + 7 * rel);
            add(i, j, monthValue(thursday.year(), thursday.month()));
            if (rel < 0)
                m_out.last().lastWeek = thursday.addDays(-3);
            break;
        }
        case Weekend: {
            // The Saturday of the previous, current or following week.
            const QDate saturday = m_dt.pub.addDays(6 - m_dt.pub.dayOfWeek());
            add(i, j, dayValue(saturday.addDays(7 * rel)));
            break;
        }
        case MonthUnit: {
            const QDate d = m_dt.pub.addMonths(rel);
            add(i, j, monthValue(d.year(), d.month()));
            break;
        }
        case Year: add(i, j, yearValue(m_dt.pub.year() + rel)); break;
        default: return i + 1;
        }
        return j + 1;
    }

    // "early March", "mid-June", "late 2023", "the mid-1990s", "early May 2023".
    int scanModifier(int i)
    {
        int j = i + 1;
        if (m_dt.isPunctIf(j, isDash) && m_dt.glued(j) && m_dt.glued(j + 1))
            ++j;
        else if (!m_dt.exists(j) || !m_dt.tok[j].spaceBefore || m_dt.tok[j].breakBefore)
            return i + 1;
        if (m_dt.monthWord(j))
            return scanMonth(i, j, true);
        if (m_dt.isNumber(j, 4, 4))
            return scanYear(i, j, true);
        if (m_dt.isPunctIf(j, isApostrophe))
            return scanShortDecade(i, j);
        return i + 1;
    }

    // "two years ago", "a week ago", "3 days ago".
    int scanAgo(int i)
    {
        if (!m_dt.pub.isValid() || !m_dt.isWord(i + 1, Unit) || !m_dt.wordIs(i + 2, QLatin1StringView("ago")))
            return i;
        int count = 0;
        if (m_dt.isNumber(i, 1, 2))
            count = m_dt.tok[i].value;
        else if (m_dt.isWord(i, CountWord))
            count = m_dt.tok[i].value;
        const int unit = m_dt.tok[i + 1].value & ~Plural;
        if (count <= 0 || ((m_dt.tok[i + 1].value & Plural) != 0) != (count > 1))
            return i;
        switch (unit) {
        case Day: add(i, i + 2, dayValue(m_dt.pub.addDays(-count))); break;
        case Week: add(i, i + 2, dayValue(m_dt.pub.addDays(-7 * count))); break;
        case MonthUnit: {
            const QDate d = m_dt.pub.addMonths(-count);
            add(i, i + 2, monthValue(d.year(), d.month()));
            break;
        }
        case Year: add(i, i + 2, yearValue(m_dt.pub.year() - count)); break;
        default: return i;
        }
        return i + 3;
    }
};

} // namespace

QList<DateMention> findDates(const QString &text, const QDate &published)
{
    QList<DateMention> dates = DateScanner(text, published).run();
    settleWeekdaysByTheirDates(published, dates);
    addSmallHours(text, published, dates);
    settleSpokenDays(text, dates);
    return dates;
}

void settleLastWeeks(QList<QList<DateMention>> &dates, const QList<QDate> &published)
{
    QDate broke;
    for (const QDate &d : published) {
        if (d.isValid() && (!broke.isValid() || d < broke))
            broke = d;
    }
    if (!broke.isValid())
        return;
    for (qsizetype a = 0; a < dates.size(); ++a) {
        if (!(published.value(a) > broke))
            continue;
        for (DateMention &d : dates[a]) {
            if (d.lastWeek.isValid() && d.lastWeek <= broke && broke < d.lastWeek.addDays(7))
                d.value = broke.toString(Qt::ISODate);
        }
    }
}

QString dateValueLabel(const QString &value)
{
    const QStringView v(value);
    bool ok = false;
    const int year = v.left(4).toInt(&ok);
    if (!ok || (value.size() != 4 && value.size() != 7 && value.size() != 10))
        return value;
    if (value.size() == 4)
        return value;
    const int month = v.mid(5, 2).toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return value;
    if (value.size() == 7)
        return QLocale().toString(QDate(year, month, 1), QCoreApplication::translate("DateExtractor", "MMMM yyyy"));
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid())
        return value;
    return QLocale().toString(d, QCoreApplication::translate("DateExtractor", "d MMMM yyyy"));
}
