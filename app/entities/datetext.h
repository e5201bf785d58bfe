// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One text's date tokens with the publication date, and the questions every stage of the date
// scanner asks of them (dateexplicit.h: written dates; datetense.h: tense and relative days;
// dateextractor.cpp: the scan itself).
#include "datelexicon.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

enum class Tense { None, Past, Future };

inline QString yearValue(int y)
{
    return QStringLiteral("%1").arg(y, 4, 10, QLatin1Char('0'));
}

inline QString monthValue(int y, int m)
{
    return QStringLiteral("%1-%2").arg(yearValue(y)).arg(m, 2, 10, QLatin1Char('0'));
}

inline QString dayValue(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

inline bool validDay(int y, int m, int d)
{
    return d >= 1 && QDate::isValid(y ? y : 2024, m, d); // 2024: a leap year allows 29 February
}

inline bool isYearValue(int v)
{
    return v >= 1000 && v <= 2100;
}

inline bool isCurrency(QChar c)
{
    return c == u'$' || c == u'\u20ac' || c == u'\u00a3' || c == u'\u00a5' || c == u'\u20bd' || c == u'\u20b9' || c == u'#'
           || c == u'\u2116';
}

inline bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

inline bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018';
}

struct DateText
{
    DateText(const QString &text, const QDate &published)
        : text(text)
        , pub(published)
        , tok(tokenizeForDates(text))
        , n(int(tok.size()))
    {
    }

    const QString &text;
    QDate pub; // may be invalid: relative expressions are then skipped
    QList<DateToken> tok;
    int n;

    bool exists(int i) const { return i >= 0 && i < n; }
    QStringView view(int i) const { return QStringView(text).mid(tok[i].start, tok[i].length()); }
    bool isWord(int i, quint32 roles = 0) const
    {
        return exists(i) && tok[i].kind == DateToken::Word && (roles == 0 || (tok[i].roles & roles));
    }
    bool isNumber(int i, int minDigits = 1, int maxDigits = 9) const
    {
        return exists(i) && tok[i].kind == DateToken::Number && tok[i].length() >= minDigits && tok[i].length() <= maxDigits;
    }
    bool isPunct(int i, QChar c) const { return exists(i) && tok[i].kind == DateToken::Punct && tok[i].ch == c; }
    bool isPunctIf(int i, bool (*pred)(QChar)) const { return exists(i) && tok[i].kind == DateToken::Punct && pred(tok[i].ch); }
    bool glued(int i) const { return exists(i) && !tok[i].spaceBefore; } // no space before token i
    bool capitalised(int i) const { return isWord(i) && text[tok[i].start].isUpper(); }
    bool lowercase(int i) const { return isWord(i) && text[tok[i].start].isLower(); }
    bool allCaps(int i) const
    {
        if (!isWord(i) || tok[i].length() < 2)
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
        if (i <= 0 || tok[i].breakBefore)
            return true;
        const DateToken &p = tok[i - 1];
        if (p.kind != DateToken::Punct)
            return false;
        const QChar c = p.ch;
        return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201c' || c == u'(' || isDash(c);
    }
    bool isOrdinalAfter(int i) const { return glued(i + 1) && isWord(i + 1, DateLexicon::OrdinalSuffix) && lowercase(i + 1); }
    // A number that does not continue into a decimal, a thousands group or a clock time.
    bool numberEndsClean(int i) const
    {
        if (!glued(i + 1) || !exists(i + 1))
            return true;
        const DateToken &t = tok[i + 1];
        if (t.kind == DateToken::Number || t.kind == DateToken::Word)
            return t.kind == DateToken::Word && (t.roles & DateLexicon::OrdinalSuffix);
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
        const DateToken &p = tok[i - 1];
        if (p.kind != DateToken::Punct)
            return false;
        if (isCurrency(p.ch))
            return false;
        if ((p.ch == u'.' || p.ch == u',' || p.ch == u':' || p.ch == u'/' || isDash(p.ch)) && glued(i - 1) && isNumber(i - 2))
            return false;
        return true;
    }
    // A month name written as one: "May", "MAY", "Sept." but not the verb "may".
    bool monthWord(int i) const { return isWord(i, DateLexicon::Month) && capitalised(i); }
    bool strongMonth(int i) const
    {
        return monthWord(i) && !(tok[i].roles & (DateLexicon::MonthAmbiguous | DateLexicon::MonthAbbrev)) && !allCaps(i);
    }
    int afterMonth(int i) const // skips the dot of "Oct."
    {
        return (isPunct(i + 1, u'.') && glued(i + 1) && (tok[i].roles & DateLexicon::MonthAbbrev)) ? i + 2 : i + 1;
    }
    bool yearNumber(int i) const
    {
        return isNumber(i, 4, 4) && isYearValue(tok[i].value) && numberEndsClean(i) && !(glued(i + 1) && isWord(i + 1));
    }
    bool dayNumber(int i) const { return isNumber(i, 1, 2) && tok[i].value >= 1 && tok[i].value <= 31; }
    bool quantityNounAt(int i) const
    {
        return isWord(i, DateLexicon::QuantityNoun) && tok[i].spaceBefore && (!capitalised(i) || allCaps(i));
    }
    // The dot at i ends initials of one letter each: "p.m.", "U.S.".
    bool closesInitials(int i) const
    {
        auto letter = [&](int k) { return isWord(k) && tok[k].length() == 1; };
        return glued(i) && letter(i - 1) && glued(i - 1) && isPunct(i - 2, u'.') && glued(i - 2) && letter(i - 3);
    }
    bool sentenceBreakAt(int i) const
    {
        if (tok[i].kind != DateToken::Punct)
            return false;
        const QChar c = tok[i].ch;
        // A dot with no space on either side stands inside a word or a number ("$1.3", "U.S.-based"),
        // where one before a quotation mark ends a quoted sentence.
        if (c == u'.' && glued(i) && glued(i + 1) && (isWord(i + 1) || isNumber(i + 1) || isPunctIf(i + 1, isDash)))
            return false;
        // "at 9 p.m. Thursday", "the U.S. economy": the dot that closes initials runs on into a
        // word in small letters or a day's or month's name.
        if (c == u'.' && closesInitials(i) && (lowercase(i + 1) || isWord(i + 1, DateLexicon::Weekday | DateLexicon::Month)))
            return false;
        return c == u'.' || c == u'!' || c == u'?' || c == u';';
    }
};
