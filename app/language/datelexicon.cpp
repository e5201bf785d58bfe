// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelexicon.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace DateLexicon {
namespace {

struct Entry
{
    QLatin1StringView word;
    quint32 roles;
    int value;
};

// General English: calendar words, the prepositions and determiners that put
// a number or month name in a date slot, and the nouns that make a number a
// count. Nothing here comes from any particular article.
const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = [] {
        std::vector<Entry> t;
        auto add = [&t](const char *w, quint32 roles, int value = 0) {
            const QLatin1StringView word(w);
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
        const char *months[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
        for (int m = 0; m < 12; ++m)
            add(months[m], Month, m + 1);
        for (int m : {3, 4, 5, 6, 8})
            add(months[m - 1], MonthAmbiguous);
        const char *abbrevs[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        const int abbrevMonths[] = {1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12};
        for (int k = 0; k < 11; ++k)
            add(abbrevs[k], Month | MonthAbbrev, abbrevMonths[k]);
        add("sept", Month | MonthAbbrev, 9);
        const char *weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; ++d)
            add(weekdays[d], Weekday, d + 1);
        // "Tue 16 Dec 2025": abbreviated weekdays count only before the date they name.
        const char *weekdayAbbrevs[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (int d = 0; d < 7; ++d)
            add(weekdayAbbrevs[d], Weekday | MonthAbbrev, d + 1);
        add("tues", Weekday | MonthAbbrev, 2);
        add("thur", Weekday | MonthAbbrev, 4);
        add("thurs", Weekday | MonthAbbrev, 4);
        add("yesterday", DayWord | PastCue, -1);
        add("today", DayWord, 0);
        add("tonight", DayWord, 0);
        add("tomorrow", DayWord | FutureCue, 1);
        add("last", Relative | PastCue, -1);
        add("this", Relative | YearDeterminer, 0);
        add("next", Relative | FutureCue, 1);
        add("day", Unit, Day);
        add("days", Unit, Day | Plural);
        add("week", Unit, Week);
        add("weeks", Unit, Week | Plural);
        add("weekend", Unit, Weekend);
        add("month", Unit, MonthUnit);
        add("months", Unit, MonthUnit | Plural);
        add("year", Unit | YearDeterminer, Year);
        add("years", Unit, Year | Plural);
        for (const char *w : {"morning", "afternoon", "evening", "night"})
            add(w, PartOfDay);
        for (const char *w : {"early", "mid", "late"})
            add(w, RangeModifier | StrongCue);
        add("a", CountWord | YearDeterminer, 1);
        add("an", CountWord, 1);
        const char *counts[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                "ten", "eleven", "twelve"};
        for (int n = 0; n < 12; ++n)
            add(counts[n], CountWord, n + 1);
        add("fifteen", CountWord, 15);
        add("twenty", CountWord, 20);
        add("thirty", CountWord, 30);
        add("ago", Ago | PastCue);
        for (const char *w : {"in", "since", "until", "till", "during", "throughout", "from", "circa"})
            add(w, StrongCue);
        for (const char *w : {"of", "before", "after", "by", "between", "for"})
            add(w, WeakCue);
        for (const char *w : {"and", "or", "to", "through", "till", "until"})
            add(w, ListJoin);
        for (const char *w : {"the", "its", "their", "his", "her", "our", "that", "summer", "spring",
                              "autumn", "fall", "winter", "fiscal"})
            add(w, YearDeterminer);
        for (const char *w : {"people", "persons", "troops", "soldiers", "votes", "voters", "members",
                              "workers", "employees", "staff", "deaths", "dead", "cases", "casualties",
                              "civilians", "residents", "children", "students", "refugees", "migrants",
                              "prisoners", "jobs", "homes", "houses", "buildings", "units", "vehicles",
                              "tanks", "missiles", "drones", "rockets", "aircraft", "planes", "jets",
                              "ships", "points", "km", "kilometres", "kilometers", "miles", "metres",
                              "meters", "feet", "tons", "tonnes", "barrels", "acres", "hectares",
                              "dollars", "euros", "yuan", "rubles", "roubles", "pounds", "yen", "rupees",
                              "percent", "pct", "words", "pages", "times", "hours", "hrs", "gmt", "utc",
                              "delegates", "participants", "athletes", "visitors", "tourists",
                              "patients", "flights", "pieces", "items", "copies", "companies", "firms",
                              "families", "officers", "police", "protesters", "demonstrators",
                              "signatures", "seats", "beds", "doses",
                              "kg", "kilograms", "lbs", "mw", "gw",
                              "mph", "bpd", "men", "women", "others", "more", "new", "additional",
                              "local", "am", "pm", "hours", "minutes", "seconds", "years", "months",
                              "days", "weeks", "decades", "centuries", "square", "cubic", "per"})
            add(w, QuantityNoun);
        for (const char *w : {"about", "approximately", "roughly", "nearly", "almost", "over", "some",
                              "than", "least", "only", "just", "total", "estimated", "another", "fewer",
                              "less", "exactly", "up", "below", "above", "under", "page", "pages", "p",
                              "pp", "no", "number", "nos", "resolution", "flight", "route", "room",
                              "article", "chapter", "section", "paragraph", "model", "code", "version",
                              "bill", "vol", "volume", "issue", "platform", "gate", "bus", "tel", "ext",
                              "exit", "highway", "at", "killed", "kills", "killing", "plus",
                              "minus", "with", "all", "these", "those"})
            add(w, QuantityWord);
        for (const char *w : {"will", "shall", "ll", "would", "upcoming", "scheduled", "expected",
                              "due", "slated", "planned", "plans", "plan", "planning", "coming",
                              "going", "intends", "aims", "hopes", "set", "later", "forthcoming", "expect",
                              "expects", "meant", "supposed", "stay", "stays", "remain", "remains"})
            add(w, FutureCue);
        for (const char *w : {"was", "were", "had", "did", "said", "told", "met", "held", "went", "came",
                              "took", "made", "began", "left", "spoke", "won", "lost", "saw", "gave",
                              "sent", "led", "became", "fell", "rose", "wrote", "flew", "paid", "sought",
                              "brought", "got", "ran", "kept", "thought", "found", "felt", "heard",
                              "knew", "stood", "built", "bought", "chose", "drew", "broke", "spent",
                              "earlier", "previously", "already", "since", "ago"})
            add(w, PastCue);
        for (const char *w : {"said", "told", "warned", "announced", "added", "urged", "stated", "insisted",
                              "confirmed", "explained", "reported", "wrote", "tweeted"})
            add(w, Reporting);
        for (const char *w : {"black", "good", "bloody", "super", "ash", "easter", "palm", "cyber",
                              "holy", "maundy", "shrove", "giving", "whit", "trinity", "low", "mothering"})
            add(w, HolidayPrefix);
        for (const char *w : {"st", "nd", "rd", "th"})
            add(w, OrdinalSuffix);
        for (const char *w : {"pre", "post"})
            add(w, YearPrefix);
        std::sort(t.begin(), t.end(), [](const Entry &a, const Entry &b) {
            return a.word.compare(b.word, Qt::CaseInsensitive) < 0;
        });
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
                const char first = e.word.front().toLatin1();
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
    auto it = std::lower_bound(t.begin(), t.end(), word, [](const Entry &e, QStringView w) {
        return w.compare(e.word, Qt::CaseInsensitive) > 0;
    });
    if (it != t.end() && word.compare(it->word, Qt::CaseInsensitive) == 0)
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
