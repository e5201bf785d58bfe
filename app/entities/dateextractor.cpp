// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateextractor.h"

#include "datelexicon.h"

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

enum class Tense { None, Past, Future };

struct DateMatch
{
    int first = -1;
    int last = -1;
    int year = 0;  // 0 when the text gives none
    int month = 0;
    int day = 0;   // 0 when the text gives none
};

QString yearValue(int y)
{
    return QStringLiteral("%1").arg(y, 4, 10, QLatin1Char('0'));
}

QString monthValue(int y, int m)
{
    return QStringLiteral("%1-%2").arg(yearValue(y)).arg(m, 2, 10, QLatin1Char('0'));
}

QString dayValue(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool validDay(int y, int m, int d)
{
    return d >= 1 && QDate::isValid(y ? y : 2024, m, d); // 2024: a leap year allows 29 February
}

bool isYearValue(int v)
{
    return v >= 1000 && v <= 2100;
}

bool isCurrency(QChar c)
{
    return c == u'$' || c == u'\u20ac' || c == u'\u00a3' || c == u'\u00a5' || c == u'\u20bd' || c == u'\u20b9'
        || c == u'#' || c == u'\u2116';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018';
}

class DateScanner
{
public:
    DateScanner(const QString &text, const QDate &published)
        : m_text(text)
        , m_pub(published)
        , m_tok(tokenizeForDates(text))
        , m_n(int(m_tok.size()))
    {
        countDateOrder();
    }

    QList<DateMention> run()
    {
        for (int i = 0; i < m_n;) {
            const int next = scanAt(i);
            i = next > i ? next : i + 1;
        }
        return m_out;
    }

private:
    const QString &m_text;
    QDate m_pub;
    QList<DateToken> m_tok;
    int m_n;
    QList<DateMention> m_out;
    int m_lastDateTok = -10; // last token of the previous mention, for "March and April"
    int m_dayFirstEvidence = 0;   // "5 March", "17/03/2025" in this text
    int m_monthFirstEvidence = 0; // "March 5", "03/17/2025"

    // --- token predicates -------------------------------------------------
    bool exists(int i) const { return i >= 0 && i < m_n; }
    QStringView view(int i) const { return QStringView(m_text).mid(m_tok[i].start, m_tok[i].length()); }
    bool isWord(int i, quint32 roles = 0) const
    {
        return exists(i) && m_tok[i].kind == DateToken::Word && (roles == 0 || (m_tok[i].roles & roles));
    }
    bool isNumber(int i, int minDigits = 1, int maxDigits = 9) const
    {
        return exists(i) && m_tok[i].kind == DateToken::Number && m_tok[i].length() >= minDigits
            && m_tok[i].length() <= maxDigits;
    }
    bool isPunct(int i, QChar c) const { return exists(i) && m_tok[i].kind == DateToken::Punct && m_tok[i].ch == c; }
    bool isPunctIf(int i, bool (*pred)(QChar)) const
    {
        return exists(i) && m_tok[i].kind == DateToken::Punct && pred(m_tok[i].ch);
    }
    bool glued(int i) const { return exists(i) && !m_tok[i].spaceBefore; } // no space before token i
    bool capitalised(int i) const { return isWord(i) && m_text[m_tok[i].start].isUpper(); }
    bool lowercase(int i) const { return isWord(i) && m_text[m_tok[i].start].isLower(); }
    bool allCaps(int i) const
    {
        if (!isWord(i) || m_tok[i].length() < 2)
            return false;
        for (QChar c : view(i))
            if (!c.isUpper())
                return false;
        return true;
    }
    bool wordIs(int i, QLatin1StringView w) const { return isWord(i) && view(i).compare(w, Qt::CaseInsensitive) == 0; }
    // Token i opens a sentence, a line or a parenthesis.
    bool sentenceStart(int i) const
    {
        if (i <= 0 || m_tok[i].breakBefore)
            return true;
        const DateToken &p = m_tok[i - 1];
        if (p.kind != DateToken::Punct)
            return false;
        const QChar c = p.ch;
        return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201c' || c == u'('
            || isDash(c);
    }
    bool isOrdinalAfter(int i) const { return glued(i + 1) && isWord(i + 1, OrdinalSuffix) && lowercase(i + 1); }
    // A number that does not continue into a decimal, a thousands group or a clock time.
    bool numberEndsClean(int i) const
    {
        if (!glued(i + 1) || !exists(i + 1))
            return true;
        const DateToken &t = m_tok[i + 1];
        if (t.kind == DateToken::Number || t.kind == DateToken::Word)
            return t.kind == DateToken::Word && (t.roles & OrdinalSuffix);
        if (t.ch == u'%')
            return false;
        if ((t.ch == u'.' || t.ch == u',' || t.ch == u':') && glued(i + 2) && isNumber(i + 2))
            return false;
        return true;
    }
    bool numberStartsClean(int i) const
    {
        if (!glued(i) || i == 0)
            return true;
        const DateToken &p = m_tok[i - 1];
        if (p.kind != DateToken::Punct)
            return false;
        if (isCurrency(p.ch))
            return false;
        if ((p.ch == u'.' || p.ch == u',' || p.ch == u':' || p.ch == u'/' || isDash(p.ch)) && glued(i - 1)
            && isNumber(i - 2))
            return false;
        return true;
    }
    // A month name written as one: "May", "MAY", "Sept." but not the verb "may".
    bool monthWord(int i) const { return isWord(i, Month) && capitalised(i); }
    bool strongMonth(int i) const
    {
        return monthWord(i) && !(m_tok[i].roles & (MonthAmbiguous | MonthAbbrev)) && !allCaps(i);
    }
    int afterMonth(int i) const // skips the dot of "Oct."
    {
        return (isPunct(i + 1, u'.') && glued(i + 1) && (m_tok[i].roles & MonthAbbrev)) ? i + 2 : i + 1;
    }
    bool yearNumber(int i) const
    {
        return isNumber(i, 4, 4) && isYearValue(m_tok[i].value) && numberEndsClean(i)
            && !(glued(i + 1) && isWord(i + 1));
    }
    bool dayNumber(int i) const
    {
        return isNumber(i, 1, 2) && m_tok[i].value >= 1 && m_tok[i].value <= 31;
    }
    bool quantityNounAt(int i) const
    {
        return isWord(i, QuantityNoun) && m_tok[i].spaceBefore && (!capitalised(i) || allCaps(i));
    }

    // --- tense ------------------------------------------------------------
    Tense tenseOfWord(int i) const
    {
        const quint32 r = m_tok[i].roles;
        if (r & FutureCue)
            return Tense::Future;
        if (wordIs(i, QLatin1StringView("be")) && wordIs(i - 1, QLatin1StringView("to")))
            return Tense::Future;
        const QStringView w = view(i);
        const bool pastForm = (r & PastCue)
            || (lowercase(i) && w.size() >= 5 && w.endsWith(u"ed") && !w.endsWith(u"eed") && w != u"hundred");
        if (!pastForm)
            return Tense::None;
        // A participle after "be" is passive, and "will be held" / "to be signed" look ahead.
        if (wordIs(i - 1, QLatin1StringView("be")))
            return Tense::Future;
        // "will remain closed", "stay closed": a state, not an event; its verb says when.
        static const QSet<QString> linking = {QStringLiteral("remain"), QStringLiteral("remains"),
                                              QStringLiteral("stay"), QStringLiteral("stays")};
        if (i > 0 && m_tok[i - 1].kind == DateToken::Word && linking.contains(view(i - 1).toString().toLower()))
            return Tense::None;
        return Tense::Past;
    }
    bool sentenceBreakAt(int i) const
    {
        if (m_tok[i].kind != DateToken::Punct)
            return false;
        const QChar c = m_tok[i].ch;
        return c == u'.' || c == u'!' || c == u'?' || c == u';';
    }
    // "is" or "are" before token i in its sentence, with no other tense word nearer.
    bool presentBefore(int i) const
    {
        for (int k = i - 1, n = 0; k >= 0 && n < 12; --k, ++n) {
            if (sentenceBreakAt(k) || m_tok[k].breakBefore)
                return false;
            if (wordIs(k, QLatin1StringView("is")) || wordIs(k, QLatin1StringView("are")))
                return true;
        }
        return false;
    }

    // Whether the mention sits in a relative clause opened by ", who" or ", which" that has not
    // closed yet: "Andrade, who took office in 2023 and faces a runoff on April 13, cancelled".
    bool inRelativeClause(int first) const
    {
        for (int i = first - 1; i > 0; --i) {
            if (sentenceBreakAt(i) || m_tok[i].breakBefore || isPunct(i, u','))
                return false;
            if ((wordIs(i, QLatin1StringView("who")) || wordIs(i, QLatin1StringView("which"))) && isPunct(i - 1, u','))
                return true;
        }
        return false;
    }
    // The nearest tense word before the mention, else after it, in its sentence. The look back
    // stops at an earlier date, whose verb it is ("took office in 2023 and faces a runoff on
    // April 13"); proper names do not use up its reach; a relative clause keeps to itself.
    Tense tenseAround(int first, int last) const
    {
        // "in April and June": dates in one list share their verb.
        const bool listed = m_lastDateTok >= 0 && first - m_lastDateTok <= 3
            && [&] {
                   for (int j = m_lastDateTok + 1; j < first; ++j) {
                       if (!isWord(j, ListJoin) && !isPunct(j, u','))
                           return false;
                   }
                   return true;
               }();
        for (int i = first - 1, k = 0; i >= 0 && k < 10; --i) {
            if (sentenceBreakAt(i) || (i == m_lastDateTok && !listed))
                break;
            // "warned people to keep away until Tuesday": a reporting verb away from the date
            // dates the report, not what it reports ("said on Monday" is its own date).
            const bool reportedClause = first - i > 2 && (m_tok[i].roles & Reporting);
            if (m_tok[i].kind == DateToken::Word && !reportedClause) {
                const Tense t = tenseOfWord(i);
                if (t != Tense::None)
                    return t;
            }
            if (m_tok[i].breakBefore)
                break;
            if (!(capitalised(i) && !sentenceStart(i)))
                ++k;
        }
        const bool relative = inRelativeClause(first);
        for (int i = last + 1, k = 0; i < m_n && k < 10; ++i, ++k) {
            if (m_tok[i].breakBefore || sentenceBreakAt(i) || (relative && isPunct(i, u',')))
                break;
            // "..., officials said" dates the statement, not the event.
            if (m_tok[i].kind == DateToken::Word && !wordIs(i, QLatin1StringView("said"))
                && !wordIs(i, QLatin1StringView("told"))) {
                const Tense t = tenseOfWord(i);
                if (t != Tense::None)
                    return t;
            }
        }
        return Tense::None;
    }

    // --- resolution -------------------------------------------------------
    int yearForMonth(int month, Tense tense) const
    {
        const int y = m_pub.year();
        const int pm = m_pub.month();
        if (tense == Tense::Future && month < pm)
            return y + 1;
        if (tense == Tense::Past && month > pm)
            return y - 1;
        if (tense == Tense::None && month - pm >= 8)
            return y - 1;
        // With no tense, the nearer of the two: "in two legs in February" written in November.
        if (tense == Tense::None && pm - month >= 8)
            return y + 1;
        return y;
    }
    QDate weekdayDate(int weekday, int relative, Tense tense) const
    {
        const int today = m_pub.dayOfWeek();
        const int ahead = (weekday - today + 7) % 7;
        const int back = (today - weekday + 7) % 7;
        if (relative < 0)
            return m_pub.addDays(-(back ? back : 7));
        if (relative > 0)
            return m_pub.addDays(ahead ? ahead : 7);
        if (tense == Tense::Future)
            return m_pub.addDays(ahead);
        return m_pub.addDays(-back);
    }
    // Value of an explicit match; false when a year is needed but unknown.
    std::optional<QString> valueOf(const DateMatch &m) const
    {
        int year = m.year;
        if (!year) {
            if (!m_pub.isValid())
                return std::nullopt;
            year = yearForMonth(m.month, tenseAround(m.first, m.last));
        }
        if (!m.day)
            return monthValue(year, m.month);
        const QDate d(year, m.month, m.day);
        if (!d.isValid())
            return std::nullopt;
        return dayValue(d);
    }

    // --- output -----------------------------------------------------------
    void add(int first, int last, const QString &value)
    {
        DateMention dm;
        dm.range = {m_tok[first].start, m_tok[last].end};
        dm.text = m_text.mid(dm.range.start, dm.range.length());
        dm.value = value;
        m_out.append(dm);
        m_lastDateTok = last;
    }

    // --- explicit dates ---------------------------------------------------
    // "May 16", "May 16th, 2024", "Oct. 18", "May 16-17", "February 2022", "February of 2022".
    std::optional<DateMatch> matchMonthFirst(int i) const
    {
        if (!monthWord(i))
            return std::nullopt;
        DateMatch m;
        m.first = i;
        m.month = m_tok[i].value;
        const int j = afterMonth(i);
        if (dayNumber(j) && numberEndsClean(j) && !glued(j)) {
            int k = j + 1;
            if (isOrdinalAfter(j))
                ++k;
            m.day = m_tok[j].value;
            m.last = k - 1;
            if (isPunctIf(k, isDash) && glued(k) && dayNumber(k + 1) && glued(k + 1)) {
                m.last = k + 1; // "May 16-17": the first day stands for the range
                k += 2;
            }
            int y = k;
            if (isPunct(k, u',') && glued(k))
                y = k + 1;
            if (yearNumber(y) && !glued(y) && !quantityNounAt(y + 1)) {
                m.year = m_tok[y].value;
                m.last = y;
            } else if (quantityNounAt(k) || isWord(k, Unit)) {
                return std::nullopt; // "in May 20 people died"
            }
            if (!validDay(m.year, m.month, m.day))
                return std::nullopt;
            return m;
        }
        int y = j;
        if (wordIs(j, QLatin1StringView("of")))
            y = j + 1;
        if (yearNumber(y) && !glued(y) && !quantityNounAt(y + 1)) {
            m.year = m_tok[y].value;
            m.last = y;
            return m;
        }
        return std::nullopt;
    }
    // "16 May", "16th of May 2024", "16-17 May".
    std::optional<DateMatch> matchDayFirst(int i) const
    {
        if (!dayNumber(i) || !numberStartsClean(i))
            return std::nullopt;
        DateMatch m;
        m.first = i;
        m.day = m_tok[i].value;
        int k = i + 1;
        const bool ordinal = isOrdinalAfter(i);
        if (ordinal)
            ++k;
        if (isPunctIf(k, isDash) && glued(k) && dayNumber(k + 1) && glued(k + 1))
            k += 2;
        else if (!numberEndsClean(i))
            return std::nullopt;
        if (ordinal && wordIs(k, QLatin1StringView("of")))
            ++k;
        if (!monthWord(k) || glued(k))
            return std::nullopt;
        m.month = m_tok[k].value;
        m.last = k;
        int y = afterMonth(k);
        if (y == k + 2)
            m.last = k + 1;
        if (isPunct(y, u',') && glued(y))
            ++y;
        if (yearNumber(y) && !glued(y) && !quantityNounAt(y + 1)) {
            m.year = m_tok[y].value;
            m.last = y;
        }
        if (!validDay(m.year, m.month, m.day))
            return std::nullopt;
        return m;
    }
    // "2024-05-16", "5/16/2024", "16/5/2024", "16.05.2024", "5/16/24".
    std::optional<DateMatch> matchNumeric(int i) const
    {
        if (!isNumber(i) || !numberStartsClean(i) || (glued(i) && isPunct(i - 1, u'/')))
            return std::nullopt;
        if (!(exists(i + 4) && glued(i + 1) && glued(i + 2) && glued(i + 3) && glued(i + 4)))
            return std::nullopt;
        const DateToken &s1 = m_tok[i + 1];
        const DateToken &s2 = m_tok[i + 3];
        if (s1.kind != DateToken::Punct || s2.kind != DateToken::Punct || s1.ch != s2.ch)
            return std::nullopt;
        const QChar sep = s1.ch;
        if (sep != u'-' && sep != u'/' && sep != u'.')
            return std::nullopt;
        if (!isNumber(i + 2, 1, 2) || !isNumber(i + 4, 1, 4))
            return std::nullopt;
        // Not a longer chain: "1.2.3.4", "/2024/05/16/" in a path; but a full stop may end the
        // sentence after "01.07.2025.".
        if (glued(i + 5) && exists(i + 5) && m_tok[i + 5].kind == DateToken::Punct && m_tok[i + 5].ch == sep
            && (sep != u'.' || (glued(i + 6) && exists(i + 6) && m_tok[i + 6].kind != DateToken::Punct)))
            return std::nullopt;
        if (glued(i + 5) && isWord(i + 5) && !wordIs(i + 5, QLatin1StringView("T")))
            return std::nullopt;
        const int a = m_tok[i].value, b = m_tok[i + 2].value, c = m_tok[i + 4].value;
        DateMatch m;
        m.first = i;
        m.last = i + 4;
        if (m_tok[i].length() == 4 && m_tok[i + 4].length() <= 2) { // year first, ISO style
            m.year = a;
            m.month = b;
            m.day = c;
        } else if (m_tok[i].length() <= 2 && (m_tok[i + 4].length() == 4 || (m_tok[i + 4].length() == 2 && sep == u'/'))) {
            m.year = m_tok[i + 4].length() == 4 ? c : twoDigitYear(c);
            if (m.year == 0)
                return std::nullopt;
            const bool dayFirst = sep != u'/' || a > 12 || (b <= 12 && a != b && readsDayFirst(a, b, m.year));
            m.day = dayFirst ? a : b;
            m.month = dayFirst ? b : a;
        } else {
            return std::nullopt;
        }
        if (!isYearValue(m.year) || m.month < 1 || m.month > 12 || !validDay(m.year, m.month, m.day))
            return std::nullopt;
        return m;
    }
    // "06/03/2025" reads 6 March where the text writes its other dates day first ("5 March",
    // "17/03/2025"), 3 June where it writes them month first; with no such evidence, the
    // reading nearer the publication date wins, and month first on a tie.
    // A reading that is the publication date itself ("Issued on: 06/12/2025" on 6 December) wins
    // over the text's habits: a page's own date line need not follow its prose.
    bool readsDayFirst(int a, int b, int year) const
    {
        const QDate dayFirst(year, b, a);
        const QDate monthFirst(year, a, b);
        if (m_pub.isValid() && (dayFirst == m_pub) != (monthFirst == m_pub))
            return dayFirst == m_pub;
        if (m_dayFirstEvidence != m_monthFirstEvidence)
            return m_dayFirstEvidence > m_monthFirstEvidence;
        if (!m_pub.isValid())
            return false;
        if (!dayFirst.isValid() || !monthFirst.isValid())
            return dayFirst.isValid();
        return std::abs(dayFirst.daysTo(m_pub)) < std::abs(monthFirst.daysTo(m_pub));
    }
    // Counts how the text orders day and month where it is unambiguous.
    void countDateOrder()
    {
        for (int i = 0; i + 1 < m_n; ++i) {
            if (isNumber(i, 1, 2) && dayNumber(i) && monthWord(i + 1) && !glued(i + 1) && numberStartsClean(i))
                ++m_dayFirstEvidence; // "5 March"
            else if (monthWord(i) && isNumber(i + 1, 1, 2) && dayNumber(i + 1) && !glued(i + 1))
                ++m_monthFirstEvidence; // "March 5"
            else if (isNumber(i, 1, 2) && exists(i + 4) && isPunct(i + 1, u'/') && glued(i + 1) && isNumber(i + 2, 1, 2)
                     && glued(i + 2) && isPunct(i + 3, u'/') && glued(i + 3) && isNumber(i + 4, 2, 4) && glued(i + 4)) {
                if (m_tok[i].value > 12 && m_tok[i + 2].value <= 12)
                    ++m_dayFirstEvidence; // "17/03/2025"
                else if (m_tok[i + 2].value > 12 && m_tok[i].value <= 12)
                    ++m_monthFirstEvidence; // "03/17/2025"
            }
        }
    }
    int twoDigitYear(int yy) const
    {
        const int ref = m_pub.isValid() ? m_pub.year() : 0;
        if (!ref)
            return 0;
        const int century = ref / 100 * 100;
        return century + yy <= ref + 1 ? century + yy : century - 100 + yy;
    }
    std::optional<DateMatch> matchExplicit(int i) const
    {
        if (isWord(i, Month))
            return matchMonthFirst(i);
        if (auto m = matchNumeric(i))
            return m;
        return matchDayFirst(i);
    }

    // --- scanners ---------------------------------------------------------
    int scanAt(int i)
    {
        const DateToken &t = m_tok[i];
        if (t.kind == DateToken::Number)
            return scanNumber(i);
        if (t.kind == DateToken::Punct)
            return isApostrophe(t.ch) ? scanShortDecade(i, i) : i;
        if (!t.roles)
            return i;
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
        if (auto m = matchNumeric(i)) {
            add(m->first, m->last, *valueOf(*m));
            return m->last + 1;
        }
        if (auto m = matchDayFirst(i)) {
            if (auto v = valueOf(*m)) {
                add(m->first, m->last, *v);
                return m->last + 1;
            }
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
        if (!isNumber(i, 4, 4) || !isYearValue(m_tok[i].value) || !numberStartsClean(i))
            return from == i ? i : from + 1;
        const int v = m_tok[i].value;
        // Decades: "1990s", "the 1990's".
        if (v % 10 == 0 && glued(i + 1)) {
            if (wordIs(i + 1, QLatin1StringView("s")))
                return i + 2;
            if (isPunctIf(i + 1, isApostrophe) && glued(i + 2) && wordIs(i + 2, QLatin1StringView("s"))
                && (cued || isWord(i - 1, YearDeterminer | StrongCue)))
                return i + 3;
        }
        if (!numberEndsClean(i) || (glued(i + 1) && isWord(i + 1)) || quantityNounAt(i + 1))
            return i + 1;
        if (!cued && !yearContext(i))
            return i + 1;
        add(from, i, yearValue(v));
        // "2022-2023", "2022/23", "2022-23".
        if ((isPunctIf(i + 1, isDash) || isPunct(i + 1, u'/')) && glued(i + 1) && glued(i + 2)) {
            if (yearNumber(i + 2) && m_tok[i + 2].value > v) {
                add(i + 2, i + 2, yearValue(m_tok[i + 2].value));
                return i + 3;
            }
            if (isNumber(i + 2, 2, 2) && numberEndsClean(i + 2))
                return i + 3;
        }
        return i + 1;
    }
    // Whether the words around a bare four-digit number make it a year.
    // "1101 Brickell Ave.", "2400 Pennsylvania Avenue": a house number before a street's name.
    bool streetNumber(int i) const
    {
        static const QSet<QString> streets = {
            QStringLiteral("street"), QStringLiteral("st"), QStringLiteral("avenue"), QStringLiteral("ave"),
            QStringLiteral("road"), QStringLiteral("rd"), QStringLiteral("boulevard"), QStringLiteral("blvd"),
            QStringLiteral("lane"), QStringLiteral("ln"), QStringLiteral("drive"), QStringLiteral("dr"),
            QStringLiteral("way"), QStringLiteral("place"), QStringLiteral("court"), QStringLiteral("terrace"),
            QStringLiteral("highway"), QStringLiteral("hwy"), QStringLiteral("parkway"), QStringLiteral("pkwy"),
            QStringLiteral("plaza"), QStringLiteral("square")};
        for (int k = i + 1; k <= i + 4 && capitalised(k) && m_tok[k].spaceBefore; ++k) {
            if (k > i + 1 && streets.contains(view(k).toString().toLower()))
                return true;
        }
        return false;
    }
    bool yearContext(int i) const
    {
        const int v = m_tok[i].value;
        if (streetNumber(i))
            return false;
        const int p = i - 1;
        if (glued(i) && i > 0) {
            const DateToken &pt = m_tok[p];
            if (pt.kind == DateToken::Word)
                return false; // "FY2024", "A2000"
            if (pt.kind == DateToken::Punct && isDash(pt.ch) && isWord(p - 1) && glued(p))
                return isWord(p - 1, RangeModifier | YearPrefix); // "pre-2022", not "Su-2000"
        }
        if (p < 0 || m_tok[i].breakBefore)
            return true;
        const DateToken &pt = m_tok[p];
        if (pt.kind == DateToken::Punct)
            return !isCurrency(pt.ch);
        // "until at least 2036": the cue sits before "at least".
        if (wordIs(p, QLatin1StringView("least")) && wordIs(p - 1, QLatin1StringView("at")))
            return isWord(p - 2, StrongCue | WeakCue);
        if (pt.kind == DateToken::Number)
            return false;
        const quint32 r = pt.roles;
        if (wordIs(p, QLatin1StringView("s")) && glued(p) && isPunctIf(p - 1, isApostrophe))
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
        // A modifier before a proper noun: "hosts 2024 BRICS Summit".
        return v >= 1900 && capitalised(i + 1) && m_tok[i + 1].spaceBefore;
    }

    // "the '90s", "the mid-'80s".
    int scanShortDecade(int from, int i)
    {
        if (!m_pub.isValid() || !glued(i + 1) || !isNumber(i + 1, 2, 2) || m_tok[i + 1].value % 10 != 0
            || !glued(i + 2) || !wordIs(i + 2, QLatin1StringView("s")))
            return from == i ? i : from + 1;
        return i + 3;
    }

    bool monthCued(int i) const
    {
        const int p = i - 1;
        if (!isWord(p) || m_tok[i].breakBefore)
            return false;
        const quint32 r = m_tok[p].roles;
        if (r & (StrongCue | RangeModifier))
            return true;
        if ((r & ListJoin) && m_lastDateTok == p - 1)
            return true;
        // "a ceasefire by March", "set out by March": a deadline, where a participle before "by"
        // ("backed by May") would make May the agent.
        if (wordIs(p, QLatin1StringView("by")) && !capitalised(i + 1) && tenseOfWord(p - 1) == Tense::None
            && !(m_tok[p - 1].kind == DateToken::Word && view(p - 1).endsWith(u"en")))
            return true;
        if (r & WeakCue) {
            // "after May took office" is the politician, "after May, talks resumed" the month.
            // "backed by May and her cabinet" too, so only a break or a second month confirms it.
            if (!isWord(i + 1))
                return true;
            return isWord(i + 1, ListJoin) && monthWord(i + 2);
        }
        return false;
    }
    // A month name at i, the mention starting at `from` ("early March", "last May").
    int scanMonth(int from, int i, bool cued, int yearShift = 0)
    {
        if (!monthWord(i))
            return from == i ? i : from + 1;
        if (auto m = matchMonthFirst(i)) {
            if (from != i)
                m->first = from;
            if (yearShift && !m->year && m_pub.isValid())
                m->year = m_pub.year() + yearShift;
            if (auto v = valueOf(*m))
                add(m->first, m->last, *v);
            return m->last + 1;
        }
        if (m_tok[i].roles & MonthAbbrev)
            return from == i ? i + 1 : from + 1;
        int last = afterMonth(i) - 1;
        if (last != i)
            last = i; // a lone month keeps no trailing dot
        if (!cued && !monthCued(i)) {
            if (!strongMonth(i))
                return i + 1;
            // "Black September", "October Revolution": part of a name.
            if (capitalised(i + 1) && m_tok[i + 1].spaceBefore && !(m_tok[i + 1].roles & (Month | Weekday)))
                return i + 1;
            if (capitalised(i - 1) && !sentenceStart(i - 1) && !(m_tok[i - 1].roles & (Weekday | Month)))
                return i + 1;
        }
        if (!m_pub.isValid())
            return i + 1;
        const int month = m_tok[i].value;
        const int year = yearShift ? m_pub.year() + yearShift : yearForMonth(month, tenseAround(from, last));
        add(from, last, monthValue(year, month));
        return last + 1;
    }

    int scanWeekday(int i)
    {
        if (!capitalised(i))
            return i + 1;
        if (capitalised(i - 1) && (m_tok[i - 1].roles & HolidayPrefix))
            return i + 1;
        if (glued(i + 1) && isWord(i + 1)) // "Mondays" is not a word we know, but guard anyway
            return i + 1;
        int last = i;
        if (isWord(i + 1, PartOfDay) && lowercase(i + 1) && m_tok[i + 1].spaceBefore)
            last = i + 1;
        // "Thursday (16 May)", "Thursday, May 16, 2024": the explicit date names the day; written
        // straight after the weekday ("Tuesday 9 December 2025") both are one mention.
        int j = last + 1;
        const bool parenthesis = isPunct(j, u'(');
        if (isPunct(j, u',') || parenthesis)
            ++j;
        if (exists(j) && !m_tok[j].breakBefore) {
            if (auto m = matchExplicit(j); m && m->day) {
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
        if (!m_pub.isValid() || (m_tok[i].roles & MonthAbbrev))
            return last + 1;
        Tense tense = tenseAround(i, last);
        // "declared a holiday for Monday", "scheduled for Monday": a day something is set for lies ahead.
        const bool possessive = isPunctIf(last + 1, isApostrophe) && glued(last + 1) && wordIs(last + 2, QLatin1StringView("s"));
        if (wordIs(i - 1, QLatin1StringView("for")) && !possessive)
            tense = Tense::Future;
        // "keep away until Tuesday", "ease by Monday": with no tense of its own, a deadline lies ahead.
        if (tense == Tense::None
            && (wordIs(i - 1, QLatin1StringView("until")) || wordIs(i - 1, QLatin1StringView("till"))
                || wordIs(i - 1, QLatin1StringView("by"))))
            tense = Tense::Future;
        // "There is a game against X on Wednesday": the present tense names a day to come.
        if (tense == Tense::None && presentBefore(i))
            tense = Tense::Future;
        const QDate d = weekdayDate(m_tok[i].value, 0, tense);
        add(i, last, dayValue(d));
        return last + 1;
    }

    int scanDayWord(int i)
    {
        if (!m_pub.isValid())
            return i + 1;
        // "USA Today", "Russia Today" are names.
        if (capitalised(i) && capitalised(i - 1) && !m_tok[i].breakBefore && !(m_tok[i - 1].roles & (Month | Weekday)))
            return i + 1;
        int last = i;
        if (m_tok[i].value != 0 || wordIs(i, QLatin1StringView("today"))) {
            if (isWord(i + 1, PartOfDay) && lowercase(i + 1) && m_tok[i + 1].spaceBefore)
                last = i + 1;
        }
        add(i, last, dayValue(m_pub.addDays(m_tok[i].value)));
        return last + 1;
    }

    // "last week", "this year", "next month", "last May", "last Thursday", "last night".
    int scanRelative(int i)
    {
        const int j = i + 1;
        if (!isWord(j) || !m_tok[j].spaceBefore || m_tok[j].breakBefore)
            return i + 1;
        if (wordIs(i - 1, QLatin1StringView("the"))) // "over the last year" is a span of time
            return i + 1;
        const int rel = m_tok[i].value;
        const quint32 r = m_tok[j].roles;
        if ((r & Month) && monthWord(j))
            return m_pub.isValid() ? scanMonth(i, j, true, rel) : j + 1;
        if (!m_pub.isValid())
            return i + 1;
        if ((r & Weekday) && capitalised(j)) {
            if (rel == 0) { // "this Friday": the Friday of the publication's week
                add(i, j, dayValue(m_pub.addDays(m_tok[j].value - m_pub.dayOfWeek())));
                return j + 1;
            }
            add(i, j, dayValue(weekdayDate(m_tok[j].value, rel, tenseAround(i, j))));
            return j + 1;
        }
        if (r & PartOfDay) {
            if (rel < 0 && wordIs(j, QLatin1StringView("night"))) {
                add(i, j, dayValue(m_pub.addDays(-1)));
                return j + 1;
            }
            if (rel == 0 && !wordIs(j, QLatin1StringView("night"))) {
                add(i, j, dayValue(m_pub));
                return j + 1;
            }
            return i + 1;
        }
        if (!(r & Unit) || (m_tok[j].value & Plural))
            return i + 1;
        switch (m_tok[j].value) {
        case Week: {
            const QDate thursday = m_pub.addDays(4 - m_pub.dayOfWeek() + 7 * rel);
            add(i, j, monthValue(thursday.year(), thursday.month()));
            break;
        }
        case Weekend: {
            // The Saturday of the previous, current or following week.
            const QDate saturday = m_pub.addDays(6 - m_pub.dayOfWeek());
            add(i, j, dayValue(saturday.addDays(7 * rel)));
            break;
        }
        case MonthUnit: {
            const QDate d = m_pub.addMonths(rel);
            add(i, j, monthValue(d.year(), d.month()));
            break;
        }
        case Year:
            add(i, j, yearValue(m_pub.year() + rel));
            break;
        default:
            return i + 1;
        }
        return j + 1;
    }

    // "early March", "mid-June", "late 2023", "the mid-1990s", "early May 2023".
    int scanModifier(int i)
    {
        int j = i + 1;
        if (isPunctIf(j, isDash) && glued(j) && glued(j + 1))
            ++j;
        else if (!exists(j) || !m_tok[j].spaceBefore || m_tok[j].breakBefore)
            return i + 1;
        if (monthWord(j))
            return scanMonth(i, j, true);
        if (isNumber(j, 4, 4))
            return scanYear(i, j, true);
        if (isPunctIf(j, isApostrophe))
            return scanShortDecade(i, j);
        return i + 1;
    }

    // "two years ago", "a week ago", "3 days ago".
    int scanAgo(int i)
    {
        if (!m_pub.isValid() || !isWord(i + 1, Unit) || !wordIs(i + 2, QLatin1StringView("ago")))
            return i;
        int count = 0;
        if (isNumber(i, 1, 2))
            count = m_tok[i].value;
        else if (isWord(i, CountWord))
            count = m_tok[i].value;
        const int unit = m_tok[i + 1].value & ~Plural;
        if (count <= 0 || ((m_tok[i + 1].value & Plural) != 0) != (count > 1))
            return i;
        switch (unit) {
        case Day:
            add(i, i + 2, dayValue(m_pub.addDays(-count)));
            break;
        case Week:
            add(i, i + 2, dayValue(m_pub.addDays(-7 * count)));
            break;
        case MonthUnit: {
            const QDate d = m_pub.addMonths(-count);
            add(i, i + 2, monthValue(d.year(), d.month()));
            break;
        }
        case Year:
            add(i, i + 2, yearValue(m_pub.year() - count));
            break;
        default:
            return i;
        }
        return i + 3;
    }
};

} // namespace

QList<DateMention> findDates(const QString &text, const QDate &published)
{
    return DateScanner(text, published).run();
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
        return QLocale().toString(QDate(year, month, 1),
                                  QCoreApplication::translate("DateExtractor", "MMMM yyyy"));
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid())
        return value;
    return QLocale().toString(d, QCoreApplication::translate("DateExtractor", "d MMMM yyyy"));
}
