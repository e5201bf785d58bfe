// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateexplicit.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <tuple>

using namespace DateLexicon;

namespace {

int twoDigitYear(const DateText &dt, int yy)
{
    const int ref = dt.pub.isValid() ? dt.pub.year() : 0;
    if (!ref)
        return 0;
    const int century = ref / 100 * 100;
    return century + yy <= ref + 1 ? century + yy : century - 100 + yy;
}

// "06/03/2025" reads 6 March where the text writes its other dates day first ("5 March",
// "17/03/2025"), 3 June where it writes them month first; with no such evidence, the
// reading nearer the publication date wins, and month first on a tie.
// A reading that is the publication date itself ("Issued on: 06/12/2025" on 6 December) wins
// over the text's habits: a page's own date line need not follow its prose.
bool readsDayFirst(const DateText &dt, const DateOrder &order, int a, int b, int year)
{
    const QDate dayFirst(year, b, a);
    const QDate monthFirst(year, a, b);
    if (dt.pub.isValid() && (dayFirst == dt.pub) != (monthFirst == dt.pub))
        return dayFirst == dt.pub;
    if (order.dayFirst != order.monthFirst)
        return order.dayFirst > order.monthFirst;
    if (!dt.pub.isValid())
        return false;
    if (!dayFirst.isValid() || !monthFirst.isValid())
        return dayFirst.isValid();
    return std::abs(dayFirst.daysTo(dt.pub)) < std::abs(monthFirst.daysTo(dt.pub));
}

} // namespace

// Counts how the text orders day and month where it is unambiguous.
DateOrder countDateOrder(const DateText &dt)
{
    DateOrder order;
    for (int i = 0; i + 1 < dt.n; ++i) {
        if (dt.isNumber(i, 1, 2) && dt.dayNumber(i) && dt.monthWord(i + 1) && !dt.glued(i + 1) && dt.numberStartsClean(i))
            ++order.dayFirst; // "5 March"
        else if (dt.monthWord(i) && dt.isNumber(i + 1, 1, 2) && dt.dayNumber(i + 1) && !dt.glued(i + 1))
            ++order.monthFirst; // "March 5"
        else if (dt.isNumber(i, 1, 2) && dt.exists(i + 4) && dt.isPunct(i + 1, u'/') && dt.glued(i + 1) && dt.isNumber(i + 2, 1, 2)
                 && dt.glued(i + 2) && dt.isPunct(i + 3, u'/') && dt.glued(i + 3) && dt.isNumber(i + 4, 2, 4) && dt.glued(i + 4)) {
            if (dt.tok[i].value > 12 && dt.tok[i + 2].value <= 12)
                ++order.dayFirst; // "17/03/2025"
            else if (dt.tok[i + 2].value > 12 && dt.tok[i].value <= 12)
                ++order.monthFirst; // "03/17/2025"
        }
    }
    return order;
}

// "May 16", "May 16th, 2024", "Oct. 18", "May 16-17", "February 2022", "February of 2022".
std::optional<DateMatch> matchMonthFirst(const DateText &dt, int i)
{
    if (!dt.monthWord(i))
        return std::nullopt;
    DateMatch m;
    m.first = i;
    m.month = dt.tok[i].value;
    const int j = dt.afterMonth(i);
    if (dt.dayNumber(j) && dt.numberEndsClean(j) && !dt.glued(j)) {
        int k = j + 1;
        if (dt.isOrdinalAfter(j))
            ++k;
        m.day = dt.tok[j].value;
        m.last = k - 1;
        if (dt.isPunctIf(k, isDash) && dt.glued(k) && dt.dayNumber(k + 1) && dt.glued(k + 1)) {
            m.last = k + 1; // "May 16-17": the first day stands for the range
            k += 2;
        }
        int y = k;
        if (dt.isPunct(k, u',') && dt.glued(k))
            y = k + 1;
        if (dt.yearNumber(y) && !dt.glued(y) && !dt.quantityNounAt(y + 1)) {
            m.year = dt.tok[y].value;
            m.last = y;
        } else if (dt.quantityNounAt(k) || dt.isWord(k, Unit)) {
            return std::nullopt; // "in May 20 people died"
        }
        if (!validDay(m.year, m.month, m.day))
            return std::nullopt;
        return m;
    }
    int y = j;
    if (dt.wordIs(j, QLatin1StringView("of")))
        y = j + 1;
    if (dt.yearNumber(y) && !dt.glued(y) && !dt.quantityNounAt(y + 1)) {
        m.year = dt.tok[y].value;
        m.last = y;
        return m;
    }
    return std::nullopt;
}

// "16 May", "16th of May 2024", "16-17 May".
std::optional<DateMatch> matchDayFirst(const DateText &dt, int i)
{
    if (!dt.dayNumber(i) || !dt.numberStartsClean(i))
        return std::nullopt;
    DateMatch m;
    m.first = i;
    m.day = dt.tok[i].value;
    int k = i + 1;
    const bool ordinal = dt.isOrdinalAfter(i);
    if (ordinal)
        ++k;
    if (dt.isPunctIf(k, isDash) && dt.glued(k) && dt.dayNumber(k + 1) && dt.glued(k + 1))
        k += 2;
    else if (!dt.numberEndsClean(i))
        return std::nullopt;
    if (ordinal && dt.wordIs(k, QLatin1StringView("of")))
        ++k;
    // "7. Dec 2026": a day written with a period, as German or Slovak write it; with a year after
    // the month, lest a sentence ending in a number run into a month ("scored 7. May ...").
    const bool dottedDay = !ordinal && k == i + 1 && dt.isPunct(k, u'.') && dt.glued(k) && dt.monthWord(k + 1) && !dt.glued(k + 1);
    if (dottedDay)
        ++k;
    if (!dt.monthWord(k) || dt.glued(k))
        return std::nullopt;
    m.month = dt.tok[k].value;
    m.last = k;
    int y = dt.afterMonth(k);
    if (y == k + 2)
        m.last = k + 1;
    if (dt.isPunct(y, u',') && dt.glued(y))
        ++y;
    if (dt.yearNumber(y) && !dt.glued(y) && !dt.quantityNounAt(y + 1)) {
        m.year = dt.tok[y].value;
        m.last = y;
    }
    if (!validDay(m.year, m.month, m.day) || (dottedDay && !m.year))
        return std::nullopt;
    return m;
}

// "2024-05-16", "5/16/2024", "16/5/2024", "16.05.2024", "5/16/24".
std::optional<DateMatch> matchNumeric(const DateText &dt, const DateOrder &order, int i)
{
    if (!dt.isNumber(i) || !dt.numberStartsClean(i) || (dt.glued(i) && dt.isPunct(i - 1, u'/')))
        return std::nullopt;
    if (!(dt.exists(i + 4) && dt.glued(i + 1) && dt.glued(i + 2) && dt.glued(i + 3) && dt.glued(i + 4)))
        return std::nullopt;
    const DateToken &s1 = dt.tok[i + 1];
    const DateToken &s2 = dt.tok[i + 3];
    if (s1.kind != DateToken::Punct || s2.kind != DateToken::Punct || s1.ch != s2.ch)
        return std::nullopt;
    const QChar sep = s1.ch;
    if (sep != u'-' && sep != u'/' && sep != u'.')
        return std::nullopt;
    if (!dt.isNumber(i + 2, 1, 2) || !dt.isNumber(i + 4, 1, 4))
        return std::nullopt;
    // Not a longer chain: "1.2.3.4", "/2024/05/16/" in a path; but a full stop may end the
    // sentence after "01.07.2025.".
    if (dt.glued(i + 5) && dt.exists(i + 5) && dt.tok[i + 5].kind == DateToken::Punct && dt.tok[i + 5].ch == sep
        && (sep != u'.' || (dt.glued(i + 6) && dt.exists(i + 6) && dt.tok[i + 6].kind != DateToken::Punct)))
        return std::nullopt;
    if (dt.glued(i + 5) && dt.isWord(i + 5) && !dt.wordIs(i + 5, QLatin1StringView("T")))
        return std::nullopt;
    const int a = dt.tok[i].value, b = dt.tok[i + 2].value, c = dt.tok[i + 4].value;
    DateMatch m;
    m.first = i;
    m.last = i + 4;
    if (dt.tok[i].length() == 4 && dt.tok[i + 4].length() <= 2) { // year first, ISO style
        m.year = a;
        m.month = b;
        m.day = c;
    } else if (dt.tok[i].length() <= 2 && (dt.tok[i + 4].length() == 4 || (dt.tok[i + 4].length() == 2 && sep == u'/'))) {
        m.year = dt.tok[i + 4].length() == 4 ? c : twoDigitYear(dt, c);
        if (m.year == 0)
            return std::nullopt;
        const bool dayFirst = sep != u'/' || a > 12 || (b <= 12 && a != b && readsDayFirst(dt, order, a, b, m.year));
        m.day = dayFirst ? a : b;
        m.month = dayFirst ? b : a;
    } else {
        return std::nullopt;
    }
    if (!isYearValue(m.year) || m.month < 1 || m.month > 12 || !validDay(m.year, m.month, m.day))
        return std::nullopt;
    return m;
}

namespace {

// "4/12", "27.11": two numbers of one or two digits joined by a slash or a full stop, not the
// start of a longer figure ("4/12/2025" is matchNumeric's, "4.12.5" a version).
bool shortDateShape(const DateText &dt, int i)
{
    if (!dt.pub.isValid() || !dt.isNumber(i, 1, 2) || !dt.numberStartsClean(i) || !dt.exists(i + 2) || !dt.glued(i + 1) || !dt.glued(i + 2)
        || !dt.isNumber(i + 2, 1, 2))
        return false;
    const DateToken &sep = dt.tok[i + 1];
    if (sep.kind != DateToken::Punct || (sep.ch != u'/' && sep.ch != u'.'))
        return false;
    if (dt.exists(i + 3) && dt.glued(i + 3) && dt.tok[i + 3].kind != DateToken::Punct)
        return false;
    return !(dt.exists(i + 4) && dt.glued(i + 3) && dt.glued(i + 4) && dt.isPunct(i + 3, sep.ch) && dt.isNumber(i + 4));
}

// The reading of a short date at i, day first or month first as allowed, in the year before,
// of or after publication, nearest to publication among those `accept` takes; none when that
// is more than `mostDays` away: a date far from the article is another figure.
template<typename Accept>
std::optional<DateMatch> nearestShortDate(const DateText &dt, int i, bool dayFirst, bool monthFirst, int mostDays, Accept accept)
{
    const int a = dt.tok[i].value, b = dt.tok[i + 2].value;
    std::optional<DateMatch> best;
    qint64 bestDistance = 0;
    for (int year = dt.pub.year() - 1; year <= dt.pub.year() + 1; ++year) {
        for (const auto &[day, month, allowed] : {std::tuple(a, b, dayFirst), std::tuple(b, a, monthFirst)}) {
            const QDate d(year, month, day);
            if (!allowed)
                continue;
            if (!d.isValid() || !accept(d))
                continue;
            const qint64 distance = std::abs(d.daysTo(dt.pub));
            if (!best || distance < bestDistance) {
                best = DateMatch{i, i + 2, year, month, day};
                bestDistance = distance;
            }
        }
    }
    if (best && bestDistance > mostDays)
        return std::nullopt;
    return best;
}

} // namespace

std::optional<DateMatch> matchWeekdayShortDate(const DateText &dt, int i, int weekday)
{
    if (!shortDateShape(dt, i))
        return std::nullopt;
    // A weekday falls on a given day and month once in seven years: four months either way.
    return nearestShortDate(dt, i, true, true, 120, [&](const QDate &d) { return d.dayOfWeek() == weekday; });
}

std::optional<DateMatch> matchCuedShortDate(const DateText &dt, const DateOrder &order, int i)
{
    static const QLatin1StringView cues[] = {QLatin1StringView("on"),    QLatin1StringView("for"),    QLatin1StringView("by"),
                                             QLatin1StringView("until"), QLatin1StringView("till"),   QLatin1StringView("from"),
                                             QLatin1StringView("since"), QLatin1StringView("before"), QLatin1StringView("after")};
    if (!shortDateShape(dt, i) || !dt.lowercase(i - 1) || !dt.tok[i].spaceBefore || dt.quantityNounAt(i + 3))
        return std::nullopt;
    if (std::none_of(std::begin(cues), std::end(cues), [&](QLatin1StringView w) { return dt.wordIs(i - 1, w); }))
        return std::nullopt;
    // A full stop between day and month is written day first; a slash as the text's other dates are.
    const bool dotted = dt.tok[i + 1].ch == u'.';
    const bool dayFirst = dotted || order.dayFirst >= order.monthFirst;
    const bool monthFirst = !dotted && order.monthFirst >= order.dayFirst;
    // With nothing to check it by, two months either way: "on 3/4" in December is a ratio.
    return nearestShortDate(dt, i, dayFirst, monthFirst, 62, [](const QDate &) { return true; });
}

std::optional<DateMatch> matchExplicit(const DateText &dt, const DateOrder &order, int i)
{
    if (dt.isWord(i, Month))
        return matchMonthFirst(dt, i);
    if (auto m = matchNumeric(dt, order, i))
        return m;
    return matchDayFirst(dt, i);
}
