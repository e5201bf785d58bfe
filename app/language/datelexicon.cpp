// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelexicon.h"

#include "gazetteer.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace DateLexicon {
namespace {

struct Entry
{
    QByteArray word; // lower-case ASCII
    quint32 roles;
    int value;
};

quint32 roleBit(QStringView name)
{
    static const QHash<QString, quint32> roles = {{QStringLiteral("Month"), Month},
                                                  {QStringLiteral("MonthAbbrev"), MonthAbbrev},
                                                  {QStringLiteral("MonthAmbiguous"), MonthAmbiguous},
                                                  {QStringLiteral("Weekday"), Weekday},
                                                  {QStringLiteral("DayWord"), DayWord},
                                                  {QStringLiteral("Relative"), Relative},
                                                  {QStringLiteral("Unit"), Unit},
                                                  {QStringLiteral("PartOfDay"), PartOfDay},
                                                  {QStringLiteral("RangeModifier"), RangeModifier},
                                                  {QStringLiteral("CountWord"), CountWord},
                                                  {QStringLiteral("Ago"), Ago},
                                                  {QStringLiteral("StrongCue"), StrongCue},
                                                  {QStringLiteral("WeakCue"), WeakCue},
                                                  {QStringLiteral("YearDeterminer"), YearDeterminer},
                                                  {QStringLiteral("QuantityNoun"), QuantityNoun},
                                                  {QStringLiteral("QuantityWord"), QuantityWord},
                                                  {QStringLiteral("FutureCue"), FutureCue},
                                                  {QStringLiteral("PastCue"), PastCue},
                                                  {QStringLiteral("HolidayPrefix"), HolidayPrefix},
                                                  {QStringLiteral("OrdinalSuffix"), OrdinalSuffix},
                                                  {QStringLiteral("YearPrefix"), YearPrefix},
                                                  {QStringLiteral("ListJoin"), ListJoin},
                                                  {QStringLiteral("Reporting"), Reporting},
                                                  {QStringLiteral("StateVerb"), StateVerb},
                                                  {QStringLiteral("StreetWord"), StreetWord},
                                                  {QStringLiteral("ClauseStart"), ClauseStart},
                                                  {QStringLiteral("Holiday"), Holiday},
                                                  {QStringLiteral("SpanVerb"), SpanVerb},
                                                  {QStringLiteral("Season"), Season}};
    const quint32 bit = roles.value(name.toString());
    if (!bit)
        qWarning("datewords.txt: unknown role %s", qPrintable(name.toString()));
    return bit;
}

// "17", "-1", or unit codes joined by "+": "Day+Plural".
int wordValue(QStringView text)
{
    bool number = false;
    const int value = text.toInt(&number);
    if (number)
        return value;
    static const QHash<QString, int> units = {{QStringLiteral("Day"), Day},         {QStringLiteral("Week"), Week},
                                              {QStringLiteral("Weekend"), Weekend}, {QStringLiteral("Month"), MonthUnit},
                                              {QStringLiteral("Year"), Year},       {QStringLiteral("Plural"), Plural}};
    int sum = 0;
    for (QStringView unit : text.split(u'+'))
        sum |= units.value(unit.toString());
    return sum;
}

// The lexicon of resources/gazetteers/datewords.txt, sorted by word. A word listed under several
// roles takes them all, and the last value given to it.
const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = [] {
        std::vector<Entry> t;
        auto add = [&t](const QByteArray &word, quint32 roles, int value) {
            for (Entry &e : t) {
                if (e.word == word) {
                    e.roles |= roles;
                    if (value)
                        e.value = value;
                    return;
                }
            }
            t.push_back({word, roles, value});
        };
        for (const QStringList &row : Gazetteer::readList(QStringLiteral("datewords.txt"))) {
            quint32 roles = 0;
            for (QStringView role : QStringView(row.first()).split(u'|'))
                roles |= roleBit(role);
            for (QStringView item : QStringView(row.value(1)).split(u' ', Qt::SkipEmptyParts)) {
                const qsizetype equals = item.indexOf(u'=');
                const QStringView word = equals < 0 ? item : item.left(equals);
                add(word.toLatin1(), roles, equals < 0 ? 0 : wordValue(item.mid(equals + 1)));
            }
        }
        std::sort(t.begin(), t.end(), [](const Entry &a, const Entry &b) { return a.word < b.word; });
        return t;
    }();
    return table;
}

} // namespace

WordInfo lookup(QStringView word)
{
    if (word.size() > 13 || word.isEmpty())
        return {};
    const auto &t = entries();
    // The words of the table are lower-case ASCII letters, so an ASCII word is
    // looked up lower-cased with plain comparisons (the table's order is the same).
    // Other words take the case-insensitive path: "ſ" or "K" (Kelvin) fold to ASCII.
    char lower[13];
    bool ascii = true;
    for (qsizetype i = 0; i < word.size() && ascii; ++i) {
        const char16_t u = word[i].unicode();
        ascii = u < 0x80;
        lower[i] = char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
    }
    if (ascii) {
        // Most words are in no entry: the lengths of the entries per first letter tell at once.
        static const std::array<quint16, 26> lengths = [&t] {
            std::array<quint16, 26> bits{};
            for (const Entry &e : t) {
                const char first = e.word.front();
                if (first >= 'a' && first <= 'z')
                    bits[size_t(first - 'a')] |= quint16(1u << e.word.size());
            }
            return bits;
        }();
        const char first = lower[0];
        if (first >= 'a' && first <= 'z' && !(lengths[size_t(first - 'a')] & (1u << word.size())))
            return {};
        const std::string_view w(lower, size_t(word.size()));
        auto view = [](const Entry &e) { return std::string_view(e.word.data(), size_t(e.word.size())); };
        auto it = std::lower_bound(t.begin(), t.end(), w, [&view](const Entry &e, std::string_view x) { return view(e) < x; });
        if (it != t.end() && view(*it) == w)
            return {it->roles, it->value};
        return {};
    }
    auto it = std::lower_bound(t.begin(), t.end(), word,
                               [](const Entry &e, QStringView w) { return w.compare(QLatin1StringView(e.word), Qt::CaseInsensitive) > 0; });
    if (it != t.end() && word.compare(QLatin1StringView(it->word), Qt::CaseInsensitive) == 0)
        return {it->roles, it->value};
    return {};
}

} // namespace DateLexicon

namespace {

bool startsUrl(const QString &text, qsizetype i)
{
    const QStringView rest = QStringView(text).mid(i, 8);
    return rest.startsWith(u"http://", Qt::CaseInsensitive) || rest.startsWith(u"https://", Qt::CaseInsensitive)
           || rest.startsWith(u"www.", Qt::CaseInsensitive);
}

} // namespace

QList<DateToken> tokenizeForDates(const QString &text)
{
    QList<DateToken> tokens;
    tokens.reserve(text.size() / 5);
    const qsizetype n = text.size();
    const QChar *s = text.constData();
    bool space = true;
    bool lineBreak = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            space = true;
            if (c == u'\n' || c == u'\r' || c == u'\u2029')
                lineBreak = true;
            ++i;
            continue;
        }
        DateToken tok;
        tok.start = i;
        tok.spaceBefore = space;
        tok.breakBefore = lineBreak;
        space = lineBreak = false;
        if (c.isLetter() || c.isMark()) {
            if ((c == u'h' || c == u'H' || c == u'w' || c == u'W') && tok.spaceBefore && startsUrl(text, i)) {
                while (i < n && !s[i].isSpace())
                    ++i;
                continue;
            }
            while (i < n && (s[i].isLetter() || s[i].isMark()))
                ++i;
            tok.kind = DateToken::Word;
            tok.end = i;
            const DateLexicon::WordInfo info = DateLexicon::lookup(QStringView(s + tok.start, i - tok.start));
            tok.roles = info.roles;
            tok.value = info.value;
        } else if (c >= u'0' && c <= u'9') {
            int value = 0;
            while (i < n && s[i] >= u'0' && s[i] <= u'9') {
                if (value < 100000000)
                    value = value * 10 + (s[i].unicode() - u'0');
                ++i;
            }
            tok.kind = DateToken::Number;
            tok.end = i;
            tok.value = value;
        } else {
            if (c.isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate())
                ++i;
            ++i;
            tok.kind = DateToken::Punct;
            tok.end = i;
            tok.ch = c;
        }
        tokens.append(tok);
    }
    return tokens;
}
