// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimnumbers.h"

#include "claimfeatures.h"
#include "gazetteer.h"
#include "synonyms.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <cmath>

namespace {

const QHash<QString, int> &cardinals()
{
    static const QHash<QString, int> map = {
        {QStringLiteral("one"), 1},       {QStringLiteral("two"), 2},        {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4},      {QStringLiteral("five"), 5},       {QStringLiteral("six"), 6},
        {QStringLiteral("seven"), 7},     {QStringLiteral("eight"), 8},      {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10},      {QStringLiteral("eleven"), 11},    {QStringLiteral("twelve"), 12},
        {QStringLiteral("thirteen"), 13}, {QStringLiteral("fourteen"), 14},  {QStringLiteral("fifteen"), 15},
        {QStringLiteral("sixteen"), 16},  {QStringLiteral("seventeen"), 17}, {QStringLiteral("eighteen"), 18},
        {QStringLiteral("nineteen"), 19}, {QStringLiteral("twenty"), 20},    {QStringLiteral("thirty"), 30},
        {QStringLiteral("forty"), 40},    {QStringLiteral("fifty"), 50},     {QStringLiteral("sixty"), 60},
        {QStringLiteral("seventy"), 70},  {QStringLiteral("eighty"), 80},    {QStringLiteral("ninety"), 90},
        {QStringLiteral("dozen"), 12},
    };
    return map;
}

// "first" is left out on purpose: it far more often means "initial" than a count.
const QHash<QString, int> &ordinals()
{
    static const QHash<QString, int> map = {
        {QStringLiteral("second"), 2},       {QStringLiteral("third"), 3},       {QStringLiteral("fourth"), 4},
        {QStringLiteral("fifth"), 5},        {QStringLiteral("sixth"), 6},       {QStringLiteral("seventh"), 7},
        {QStringLiteral("eighth"), 8},       {QStringLiteral("ninth"), 9},       {QStringLiteral("tenth"), 10},
        {QStringLiteral("eleventh"), 11},    {QStringLiteral("twelfth"), 12},    {QStringLiteral("thirteenth"), 13},
        {QStringLiteral("fourteenth"), 14},  {QStringLiteral("fifteenth"), 15},  {QStringLiteral("sixteenth"), 16},
        {QStringLiteral("seventeenth"), 17}, {QStringLiteral("eighteenth"), 18}, {QStringLiteral("nineteenth"), 19},
        {QStringLiteral("twentieth"), 20},   {QStringLiteral("thirtieth"), 30},  {QStringLiteral("fortieth"), 40},
        {QStringLiteral("fiftieth"), 50},    {QStringLiteral("sixtieth"), 60},   {QStringLiteral("seventieth"), 70},
        {QStringLiteral("eightieth"), 80},   {QStringLiteral("ninetieth"), 90},  {QStringLiteral("hundredth"), 100},
    };
    return map;
}

// "40", "6,500", "7.1": what ^\d+(?:,\d{3})*(?:\.\d+)?$ matches, without a
// regular expression (every digit token of every unit comes here).
bool isPlainNumber(const QString &word)
{
    const qsizetype n = word.size();
    qsizetype i = 0;
    while (i < n && word[i].isDigit())
        ++i;
    if (i == 0)
        return false;
    while (i < n && word[i] == u',') {
        for (int k = 1; k <= 3; ++k) {
            if (i + k >= n || !word[i + k].isDigit())
                return false;
        }
        i += 4;
    }
    if (i < n && word[i] == u'.') {
        const qsizetype start = ++i;
        while (i < n && word[i].isDigit())
            ++i;
        if (i == start)
            return false;
    }
    return i == n;
}

// Every spelled-out cardinal and ordinal above starts with one of these letters
// and has 3 to 11 of them: most words are turned away before any hash lookup.
bool mayBeNumberWord(const QString &word)
{
    if (word.size() < 3 || word.size() > 11)
        return false;
    switch (word.front().unicode()) {
    case u'd':
    case u'e':
    case u'f':
    case u'h':
    case u'n':
    case u'o':
    case u's':
    case u't': return true;
    default: return false;
    }
}

double scaleOf(const QString &word)
{
    if (word == u"hundred")
        return 1e2;
    if (word == u"thousand")
        return 1e3;
    if (word == u"million" || word == u"mln" || word == u"m")
        return 1e6;
    if (word == u"billion" || word == u"bn" || word == u"bln")
        return 1e9;
    if (word == u"trillion" || word == u"tn")
        return 1e12;
    if (word == u"dozen")
        return 12;
    return 0;
}

bool isApproximator(const QString &word)
{
    return word == u"nearly" || word == u"almost" || word == u"about" || word == u"around" || word == u"roughly" || word == u"approximately"
           || word == u"some" || word == u"over" || word == u"than" || word == u"least" || word == u"estimated" || word == u"up"
           || word == u"under";
}

// "another 20", "the other two", "the remaining 33", "a further 50", "an additional 30": a word that
// makes the count after it some more of a group, or the rest of one.
bool isFurtherWord(const QString &word)
{
    return word == u"another" || word == u"other" || word == u"remaining" || word == u"further" || word == u"additional";
}

// A singular noun before a plural one ("coal miners", "rescue workers", "factory jobs") at
// token `at`: the two are one noun, and the plural its head. A plural first ("miners trapped")
// or a unit ("10 km stretch") is no such pair.
bool nounCompoundHead(const QList<ClaimToken> &tokens, int at, const Synonyms &wordnet)
{
    if (at + 1 >= tokens.size() || tokens[at].capitalized || tokens[at + 1].capitalized || tokens[at].hyphenAfter)
        return false;
    const QString &first = tokens[at].lower, &second = tokens[at + 1].lower;
    if (isStopWord(first) || isStopWord(second) || !first[0].isLetter() || !second[0].isLetter() || isApproximator(first)
        || isUnitOfMeasure(normalizedUnit(first)))
        return false;
    // The second word is a plural: written with an "s", or an irregular plural of people ("22 dead children").
    const QString head = wordnet.lemma(second);
    return wordnet.lemma(first) == first && wordnet.senses(first) && (second.endsWith(u's') || wordnet.isPersonNoun(head)) && head != second
           && wordnet.senses(head);
}

// "with 288 votes needed", "the 288 required", "needed 288 votes", "had expected 0.25%": a figure
// of what a rule requires or someone foresees, said right after it or by the verb right before it.
bool foreseenFigure(const QList<ClaimToken> &tokens, int first, int last)
{
    static const QSet<QString> after = {QStringLiteral("needed"),   QStringLiteral("required"), QStringLiteral("necessary"),
                                        QStringLiteral("expected"), QStringLiteral("forecast"), QStringLiteral("predicted")};
    static const QSet<QString> before = {QStringLiteral("need"),      QStringLiteral("needs"),    QStringLiteral("needed"),
                                         QStringLiteral("require"),   QStringLiteral("requires"), QStringLiteral("required"),
                                         QStringLiteral("expected"),  QStringLiteral("expect"),   QStringLiteral("forecast"),
                                         QStringLiteral("predicted"), QStringLiteral("expecting")};
    if (last + 1 < tokens.size() && after.contains(tokens[last + 1].lower))
        return true;
    for (int back = first - 1; back >= 0 && back >= first - 3; --back) {
        if (before.contains(tokens[back].lower))
            return true;
        if (!isApproximator(tokens[back].lower) && tokens[back].lower != u"a" && tokens[back].lower != u"an")
            break; // "needed about 300", "expected a 0.5% cut"
    }
    return false;
}

// "¥440 billion ($2.95 billion)": a figure in brackets right after another is that figure told
// in another currency or unit, no statement of its own.
void markConversions(QList<ClaimNumber> &found, const QList<ClaimToken> &tokens)
{
    for (qsizetype i = 1; i < found.size(); ++i) {
        ClaimNumber &n = found[i];
        const ClaimNumber &previous = found[i - 1];
        int last = previous.token; // the previous figure's last token, with its unit ("440 billion yen")
        while (last + 1 < tokens.size() && tokens[last + 1].range.end <= previous.range.end)
            ++last;
        // right after it, or after a currency sign ("($2.95 billion)")
        // (a measure with a dimension stays: it converts back to the same quantity, claimsimilarity.cpp)
        n.bracketed = tokens[n.token].bracketBefore && n.token <= last + 2;
        n.conversion = n.bracketed && n.dimension.isEmpty();
    }
}

// "risen to at least 247, President Andrade said": a comma or dash after token `at` (more
// than one character before the next token) ends what the number counts.
bool punctuationAfter(const QList<ClaimToken> &tokens, int at)
{
    return at + 1 < tokens.size() && tokens[at + 1].range.start - tokens[at].range.end > 1;
}

// "pledged to keep at least 4,000 jobs", "to maintain employment at no less than 4,000": a
// figure promised by a word of resources/claims/promises.txt before it in its clause (within
// a few words, no other figure or comma between), not a figure of what is. A figure after "the"
// or "its" names what there is ("promises to protect the 6,500 jobs").
bool promisedFigure(const QList<ClaimToken> &tokens, int first)
{
    static const QHash<QString, bool> words = [] { // word -> promises only after "to", "will", "would"
        QHash<QString, bool> map;
        for (const QStringList &fields : Gazetteer::readList(QStringLiteral("promises.txt"), QStringLiteral("claims"))) {
            if (fields.size() == 2)
                map.insert(fields[0], fields[1] == u"will");
        }
        return map;
    }();
    constexpr int reach = 7; // "to maintain Canadian employment at no less than 4,000"
    for (int back = first - 1; back >= 0 && back >= first - reach; --back) {
        const QString &w = tokens[back].lower;
        if (w.isEmpty() || w.front().isDigit() || punctuationAfter(tokens, back) || w == u"the" || w == u"its" || w == u"their")
            return false;
        if (const auto it = words.constFind(w); it != words.cend()) {
            const QString before = back > 0 ? tokens[back - 1].lower : QString();
            return !*it || before == u"to" || before == u"will" || before == u"would";
        }
    }
    return false;
}

// The lemma of a counted noun: a plural WordNet also lists as a word of its own ("days": a
// lifetime) counts its singular ("three days" ~ "a day").
QString countedLemma(const QString &word, const Synonyms &wordnet)
{
    const QString lemma = wordnet.lemma(word);
    if (lemma != word || word.size() < 4 || !word.endsWith(u's') || word.endsWith(u"ss"))
        return lemma;
    const QString singular = word.chopped(1);
    return wordnet.senses(singular) ? singular : lemma;
}

// "a $4.9-billion deal, including debt", "C$4.9 billion with debt": a price that counts the debt
// the buyer takes on (enterprise value) beside one that does not (equity value) is another sum.
bool includesDebt(const QList<ClaimToken> &tokens, int last)
{
    bool including = false;
    for (int k = last + 1; k < tokens.size() && k <= last + 4; ++k) {
        const QString &w = tokens[k].lower;
        if (w == u"debt")
            return including;
        including = including || w == u"including" || w == u"incl" || w == u"plus" || w == u"with";
    }
    return false;
}

// "a day of national mourning", "a week of talks": one of a span of time, counted as
// "three days of ..." counts it ("twice a day", "a day after" count nothing).
bool onePeriodOf(const QList<ClaimToken> &tokens, int t)
{
    if ((tokens[t].lower != u"a" && tokens[t].lower != u"an") || t + 2 >= tokens.size() || tokens[t + 2].lower != u"of")
        return false;
    const QString &period = tokens[t + 1].lower;
    return period == u"day" || period == u"week" || period == u"month" || period == u"year";
}

// "four Filipinos and two Indonesians", "21 children, five adults": counts of different nouns
// joined by "and", "or" or a comma are the parts of a whole.
void markBreakdowns(QList<ClaimNumber> &found, const QList<ClaimToken> &tokens)
{
    for (qsizetype i = 0; i + 1 < found.size(); ++i) {
        ClaimNumber &a = found[i];
        ClaimNumber &b = found[i + 1];
        const int unitToken = a.token + a.tokenCount; // the counted noun right after the figure
        if (a.unit.isEmpty() || b.unit.isEmpty() || a.unit == b.unit || isUnitOfMeasure(a.unit) || unitToken >= tokens.size())
            continue;
        const bool joined = b.token == unitToken + 2 && (tokens[unitToken + 1].lower == u"and" || tokens[unitToken + 1].lower == u"or");
        const bool listed = b.token == unitToken + 1 && punctuationAfter(tokens, unitToken);
        if (joined || listed)
            a.part = b.part = true;
    }
}

// "voted 5 to 1", "was split 4-2", "by 128 votes to 100": two figures joined by "to" or a hyphen,
// the second bare, the first not the smaller (and bare, or with its counted noun before "to"),
// are one tally (the first keeps the second as `against`; the second stays a figure of its own,
// as written); not a range ("from 10 to 5", "2 to 3 days": the first is smaller). So are "100
// votes in favour, 128 against": the tally keeps its larger figure first.
void markTallies(QList<ClaimNumber> &found, const QList<ClaimToken> &tokens)
{
    const auto word = [&](qsizetype t) { return t >= 0 && t < tokens.size() ? tokens[t].lower : QString(); };
    const auto bare = [](const ClaimNumber &n) {
        return n.unit.isEmpty() && n.measure.isEmpty() && !n.year && !n.ordinal && n.decimals == 0;
    };
    for (qsizetype i = 0; i + 1 < found.size(); ++i) {
        ClaimNumber &a = found[i];
        const ClaimNumber b = found[i + 1];
        const bool counted = !a.unit.isEmpty() && a.measure.isEmpty() && !a.year && !a.ordinal && a.decimals == 0;
        const bool hyphen = b.token == a.token + 1 && tokens[a.token].hyphenAfter;
        const bool to = (b.token == a.token + 2 || (counted && b.token == a.token + 3)) && word(b.token - 1) == u"to";
        const int favour = word(a.token + 1) == u"for" ? 1 : word(a.token + 2) == u"in" && word(a.token + 3).startsWith(u"favo") ? 3 : 0;
        const bool forAgainst = favour && (bare(a) || counted) && b.token <= a.token + favour + 3 && word(b.token + 1) == u"against";
        const bool from = a.token > 0 && tokens[a.token - 1].lower == u"from";
        if (!bare(b) || a.tokenCount != 1 || b.tokenCount != 1 || from)
            continue;
        if (!forAgainst && (!(bare(a) || (counted && to)) || !(hyphen || to) || a.value < b.value))
            continue;
        a.against = std::min(a.value, b.value);
        a.value = std::max(a.value, b.value);
        a.unit = QStringLiteral("tally");
        a.range.end = b.range.end;
        ++i;
    }
}

// "The number of people killed in the quake has risen to 247": what a bare number counts, named
// before it by "the number of"; nothing when another figure stands between.
QString countedEarlier(const QList<ClaimToken> &tokens, int at, const Synonyms &wordnet)
{
    for (int k = at - 2; k >= 1; --k) {
        const QString &w = tokens[k].lower;
        if (w.isEmpty() || w.front().isDigit())
            return {};
        const QString &noun = tokens[k + 1].lower;
        if (w == u"of" && tokens[k - 1].lower == u"number" && !noun.isEmpty() && noun.front().isLetter() && !isStopWord(noun))
            return normalizedUnit(wordnet.lemma(noun));
    }
    return {};
}

// "300 firefighters, paramedics and mountain rescuers": the plural nouns listed after the counted
// one at `unit`, joined by commas and a last "and", counted with it (their lemmas, a pair's last noun).
QStringList countedAfter(const QList<ClaimToken> &tokens, int unit, const Synonyms &wordnet)
{
    const auto plural = [&](int k) {
        const QString &w = tokens[k].lower;
        return !w.isEmpty() && w.front().isLetter() && !tokens[k].capitalized && w.endsWith(u's') && !isStopWord(w)
               && wordnet.lemma(w) != w;
    };
    QStringList listed;
    int k = unit + 1;
    while (k < tokens.size()) {
        const bool comma = punctuationAfter(tokens, k - 1);
        const bool joined = tokens[k].lower == u"and" || tokens[k].lower == u"or";
        if (!comma && !joined)
            break;
        k += joined ? 1 : 0;
        if (k < tokens.size() && (tokens[k].lower.front().isDigit() || cardinals().contains(tokens[k].lower)))
            return {}; // "30 children and eight adults": each noun has its own count
        if (k + 1 < tokens.size() && !plural(k) && plural(k + 1) && wordnet.senses(tokens[k].lower))
            ++k; // "mountain rescuers"
        if (k >= tokens.size() || !plural(k))
            break;
        listed.append(wordnet.lemma(tokens[k].lower));
        if (joined)
            return listed; // "... and X" ends the list
        ++k;
    }
    return {}; // "12 bridges, engineers said": a list ends with "and" or "or"
}

// "a category 4 system", "to Level 3": a number right after a noun that it labels, the noun after
// "a" or "an" or written with a capital inside the sentence (a verb is neither: "to hire 40
// workers"; "a further 50" counts); the noun's lemma, or empty.
QString labelledNoun(const QList<ClaimToken> &tokens, const QList<int> &skip, int t, const Synonyms &wordnet)
{
    if (t < 2 || skip.value(t - 1, -1) >= 0 || punctuationAfter(tokens, t - 1))
        return {};
    const ClaimToken &noun = tokens[t - 1];
    const QString &before = tokens[t - 2].lower;
    const bool article = before == u"a" || before == u"an"; // not "the": "the first three", "the past 24 hours"
    if (noun.lower.isEmpty() || !noun.lower.front().isLetter() || isStopWord(noun.lower) || punctuationAfter(tokens, t - 2)
        || !(article || noun.capitalized) || isApproximator(noun.lower) || isFurtherWord(noun.lower))
        return {};
    const QString lemma = wordnet.lemma(noun.lower);
    return lemma == noun.lower && wordnet.senses(lemma) ? lemma : QString();
}

// "2.1 million current and former customers", "300 past or present employees": two words joined by
// "and" or "or" before one plural noun describe it; the token of that noun (what is counted), or
// -1. A plural first word is counted with the rest ("40 men and women", "21 children and five adults").
int describedByTwoWords(const QList<ClaimToken> &tokens, int at, const Synonyms &wordnet)
{
    const auto word = [&](int k) {
        return k < tokens.size() && !tokens[k].lower.isEmpty() && tokens[k].lower.front().isLetter() && !isStopWord(tokens[k].lower);
    };
    // a word in its dictionary form ("current", not "children"), not a number ("and five adults")
    const auto describing = [&](int k) {
        return wordnet.lemma(tokens[k].lower) == tokens[k].lower && !cardinals().contains(tokens[k].lower);
    };
    const auto plural = [&](int k) { return tokens[k].lower.endsWith(u's') && wordnet.lemma(tokens[k].lower) != tokens[k].lower; };
    if (!word(at) || at + 3 >= tokens.size() || (tokens[at + 1].lower != u"and" && tokens[at + 1].lower != u"or") || !word(at + 2)
        || !word(at + 3) || punctuationAfter(tokens, at) || punctuationAfter(tokens, at + 2))
        return -1;
    return describing(at) && describing(at + 2) && plural(at + 3) ? at + 3 : -1;
}

// "3,000 terrified residents", "three masked men": a participle before a plural noun of people
// tells what state they are in; the people are counted. Not the whole a part is taken from
// ("five of the seven trapped miners": `afterOf`).
bool participleBeforePeople(const QList<ClaimToken> &tokens, int at, bool afterOf, const Synonyms &wordnet)
{
    if (afterOf || at + 1 >= tokens.size() || tokens[at].capitalized || tokens[at].hyphenAfter || punctuationAfter(tokens, at))
        return false;
    const QString &first = tokens[at].lower, &second = tokens[at + 1].lower;
    const QString head = wordnet.lemma(second);
    return first.size() > 4 && first.endsWith(u"ed") && wordnet.lemma(first) != first && head != second && wordnet.isPersonNoun(head);
}

// Nouns before "of" that name the quantity itself rather than what is counted
// ("a total of 40 people", "a group of 12 experts"): they are no measure.
bool isQuantityNoun(const QString &lemma)
{
    return lemma == u"total" || lemma == u"number" || lemma == u"group" || lemma == u"team" || lemma == u"list" || lemma == u"set"
           || lemma == u"series" || lemma == u"couple" || lemma == u"pair" || lemma == u"maximum" || lemma == u"minimum"
           || lemma == u"average" || lemma == u"age";
}

} // namespace

namespace {
// General units of measure, each under one name.
const QHash<QString, QString> &unitSpellings()
{
    static const QHash<QString, QString> spellings = {
        {QStringLiteral("kilometre"), QStringLiteral("km")},  {QStringLiteral("kilometer"), QStringLiteral("km")},
        {QStringLiteral("kilometres"), QStringLiteral("km")}, {QStringLiteral("kilometers"), QStringLiteral("km")},
        {QStringLiteral("kms"), QStringLiteral("km")},        {QStringLiteral("metre"), QStringLiteral("m")},
        {QStringLiteral("meter"), QStringLiteral("m")},       {QStringLiteral("metres"), QStringLiteral("m")},
        {QStringLiteral("meters"), QStringLiteral("m")},      {QStringLiteral("centimetre"), QStringLiteral("cm")},
        {QStringLiteral("centimeter"), QStringLiteral("cm")}, {QStringLiteral("millimetre"), QStringLiteral("mm")},
        {QStringLiteral("millimeter"), QStringLiteral("mm")}, {QStringLiteral("mile"), QStringLiteral("mi")},
        {QStringLiteral("miles"), QStringLiteral("mi")},      {QStringLiteral("kilogram"), QStringLiteral("kg")},
        {QStringLiteral("kilogramme"), QStringLiteral("kg")}, {QStringLiteral("kilo"), QStringLiteral("kg")},
        {QStringLiteral("kilos"), QStringLiteral("kg")},      {QStringLiteral("tonne"), QStringLiteral("t")},
        {QStringLiteral("tonnes"), QStringLiteral("t")},      {QStringLiteral("foot"), QStringLiteral("ft")},
        {QStringLiteral("feet"), QStringLiteral("ft")},       {QStringLiteral("hectare"), QStringLiteral("ha")},
        {QStringLiteral("pct"), QStringLiteral("percent")},   {QStringLiteral("%"), QStringLiteral("percent")},
        {QStringLiteral("euro"), QStringLiteral("\u20ac")},   {QStringLiteral("euros"), QStringLiteral("\u20ac")},
        {QStringLiteral("dollar"), QStringLiteral("$")},      {QStringLiteral("dollars"), QStringLiteral("$")},
        {QStringLiteral("yen"), QStringLiteral("\u00a5")},    {QStringLiteral("hr"), QStringLiteral("hour")},
        {QStringLiteral("hrs"), QStringLiteral("hour")},      {QStringLiteral("nautical"), QStringLiteral("nmi")},
        {QStringLiteral("knot"), QStringLiteral("kn")},       {QStringLiteral("knots"), QStringLiteral("kn")},
        {QStringLiteral("kph"), QStringLiteral("kmh")},       {QStringLiteral("yard"), QStringLiteral("yd")},
        {QStringLiteral("yards"), QStringLiteral("yd")},      {QStringLiteral("inches"), QStringLiteral("inch")},
        {QStringLiteral("acres"), QStringLiteral("acre")},    {QStringLiteral("hectares"), QStringLiteral("ha")},
        {QStringLiteral("litres"), QStringLiteral("l")},      {QStringLiteral("litre"), QStringLiteral("l")},
        {QStringLiteral("liter"), QStringLiteral("l")},       {QStringLiteral("gallon"), QStringLiteral("gal")},
    };
    return spellings;
}
struct UnitSize
{
    QString dimension;
    double factor = 0;
};

// resources/claims/units.txt: what each unit measures and its size.
const QHash<QString, UnitSize> &unitSizes()
{
    static const QHash<QString, UnitSize> sizes = [] {
        QHash<QString, UnitSize> map;
        for (const QStringList &fields : Gazetteer::readList(QStringLiteral("units.txt"), QStringLiteral("claims"))) {
            if (fields.size() == 3)
                map.insert(fields[0], {fields[1], fields[2].toDouble()});
        }
        return map;
    }();
    return sizes;
}

// "46 kilometres per hour", "30 miles an hour": a length per hour is a speed.
QString perHour(const QString &unit, const QList<ClaimToken> &tokens, int after)
{
    if (after + 1 >= tokens.size() || tokens[after + 1].lower != u"hour"
        || (tokens[after].lower != u"per" && tokens[after].lower != u"an" && tokens[after].lower != u"a"))
        return unit;
    return unit == u"km" ? QStringLiteral("kmh") : unit == u"mi" ? QStringLiteral("mph") : unit;
}

} // namespace

namespace {

// The step a figure is rounded to as written: "53.6" 0.1, "3" 1, "170" 10, "2,400" 100,
// "8.5bn" 100 million (its trailing zeros), "0" 1.
double roundingStep(const ClaimNumber &n)
{
    const double v = std::abs(n.value);
    if (std::abs(v - std::round(v)) > 1e-9 * std::max(1.0, v))
        return std::pow(10.0, -std::max(1, n.decimals));
    double step = 1;
    for (double whole = std::round(v); whole >= 10 && std::fmod(whole, step * 10) == 0; step *= 10) {
    }
    return step;
}

} // namespace

bool figuresDisagree(const ClaimNumber &a, const ClaimNumber &b, const Approximation &approximation)
{
    if (a.against != b.against)
        return true; // "5 to 1" and "4-2"; a tally and a count of something else are not compared (unit "tally")
    if (a.approximate || b.approximate) {
        // An approximate figure stands for what lies near it at its precision: "about 170" agrees
        // with "168" and "around 900" with "912"; "at least 247" and "at least 230", "nearly 200"
        // and "168" differ. Figures within `tolerance` of each other agree at any precision.
        // "about 72.4 percent" ~ "around 72%": a figure with decimals that rounds to a whole one
        // is that figure told more finely.
        const auto roundsTo = [](const ClaimNumber &fine, const ClaimNumber &whole) {
            return fine.decimals > 0 && whole.decimals == 0 && fine.scale == whole.scale
                   && std::abs(std::round(fine.value / fine.scale) - whole.value / whole.scale) < 1e-9;
        };
        if (roundsTo(a, b) || roundsTo(b, a))
            return false;
        const double step = std::max(a.approximate ? roundingStep(a) : 0.0, b.approximate ? roundingStep(b) : 0.0);
        const double gap = std::abs(a.value - b.value);
        const double high = std::max(std::abs(a.value), std::abs(b.value));
        // A rough figure written with decimals says its precision itself: "around 1.85%" and
        // "around 1.9%" differ though they are within 3 % of each other ("almost 54%" ~ "53.6%").
        const bool ownPrecision = (a.approximate && a.decimals > 0) || (b.approximate && b.decimals > 0);
        const double tolerance = ownPrecision ? 0.0 : approximation.tolerance;
        return high > 0 && gap >= step * approximation.roundingShare - 1e-9 && gap / high > tolerance;
    }
    // Exact figures agree at the coarser precision of the two: "61%" ~ "60.8%", "$4.1bn" ~ "C$4.12bn".
    const double step = std::max(a.scale * std::pow(10.0, -a.decimals), b.scale * std::pow(10.0, -b.decimals));
    return std::abs(std::round(a.value / step) - std::round(b.value / step)) > 1e-9;
}

bool sameQuantityInOtherUnits(const ClaimNumber &a, const ClaimNumber &b, double tolerance)
{
    if (a.dimension.isEmpty() || a.dimension != b.dimension || a.unit == b.unit)
        return false;
    const double larger = std::max(a.baseValue, b.baseValue);
    return larger > 0 && std::abs(a.baseValue - b.baseValue) <= tolerance * larger;
}

QString normalizedUnit(const QString &lemma)
{
    return unitSpellings().value(lemma, lemma);
}

bool isUnitOfMeasure(const QString &unit)
{
    static const QSet<QString> units = [] {
        QSet<QString> set;
        for (const QString &u : unitSpellings())
            set.insert(u);
        set.remove(QStringLiteral("hour")); // hours are counted
        return set;
    }();
    return units.contains(unit);
}

QString numberLabel(double value)
{
    // "8.2 billion", "2.45 million": a large round figure as news copy writes it.
    static const std::pair<double, const char *> scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    for (const auto &[scale, word] : scales) {
        const double hundredths = value / scale * 100;
        if (std::abs(value) >= scale && std::abs(hundredths - std::round(hundredths)) < 1e-6 * std::abs(hundredths))
            return QString::number(std::round(hundredths) / 100, 'g', 15) + u' ' + QLatin1String(word);
    }
    // Whole within rounding error.
    if (std::abs(value - std::round(value)) < 1e-9 * std::max(1.0, std::abs(value)) && std::abs(value) < 1e15)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'g', 6);
}

namespace {

// "Turnout was 64%", "stood at 66.1 per cent", "reached 66%": a verb saying what a share is.
bool isVerbOfBeing(const QString &word)
{
    static const QSet<QString> being = {QStringLiteral("was"),   QStringLiteral("is"),     QStringLiteral("were"),
                                        QStringLiteral("stood"), QStringLiteral("stands"), QStringLiteral("reached"),
                                        QStringLiteral("hit")};
    return being.contains(word);
}

// A figure written in digits: "1,200", "3.5", "8.5bn", "4th", "400ft" (its unit into
// `attachedUnit`). False when the token is no figure.
bool readDigits(const QString &word, ClaimNumber &n, QString &attachedUnit)
{
    static const QRegularExpression ordinalDigits(QStringLiteral("^(\\d+)(?:st|nd|rd|th)$"));
    // "8.5bn", "3m", "500k": a scale written onto the number.
    static const QRegularExpression scaled(QStringLiteral("^(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(k|m|mn|bn|tn)$"));
    // "400ft", "225km", "50kg": a unit of measure written onto the figure.
    static const QRegularExpression attached(QStringLiteral("^(\\d+(?:,\\d{3})*(?:\\.\\d+)?)([a-z]+)$"));
    auto decimalsOf = [](const QString &figure) {
        const qsizetype point = figure.indexOf(u'.');
        return point < 0 ? 0 : int(figure.size() - point - 1);
    };
    if (isPlainNumber(word)) {
        n.value = QString(word).remove(u',').toDouble();
        n.decimals = decimalsOf(word);
    } else if (const auto m = scaled.match(word); m.hasMatch()) {
        n.scale = m.captured(2) == u"k" ? 1e3 : scaleOf(m.captured(2));
        n.value = m.captured(1).remove(u',').toDouble() * n.scale;
        n.decimals = decimalsOf(m.captured(1));
    } else if (const auto o = ordinalDigits.match(word); o.hasMatch()) {
        n.value = o.captured(1).toDouble();
        n.ordinal = true;
    } else if (const auto a = attached.match(word); a.hasMatch() && isUnitOfMeasure(normalizedUnit(a.captured(2)))) {
        n.value = a.captured(1).remove(u',').toDouble(); // "400ft", "135km": the unit written onto it
        n.decimals = decimalsOf(a.captured(1));
        attachedUnit = normalizedUnit(a.captured(2));
    } else {
        return false;
    }
    return true;
}

// "a magnitude of 7.1", "at a depth of 35 km", "the premium at 29 percent": the noun before "of"
// or "at" before a figure starting at token `before` is what is measured; empty when none is.
QString measuredNounBefore(const QList<ClaimToken> &tokens, const QList<int> &skip, int before, const Synonyms &wordnet)
{
    if (before < 2 || (tokens[before - 1].lower != u"of" && tokens[before - 1].lower != u"at") || skip.value(before - 2, -1) >= 0
        || !tokens[before - 2].lower[0].isLetter() || isStopWord(tokens[before - 2].lower))
        return {};
    const QString &written = tokens[before - 2].lower;
    const QString noun = wordnet.lemma(written);
    // "peaked at 4.9 metres", "stood at 66 per cent": a verb, not the thing measured ("speed" is a noun)
    const bool pastVerb = (written.size() > 4 && written.endsWith(u"ed") && !written.endsWith(u"eed")) || isVerbOfBeing(written);
    // "in front of 48,000 people", "in excess of 300", "on top of 20": a preposition of three
    // words, not a noun and what it measures
    const bool preposition = before >= 3 && (tokens[before - 3].lower == u"in" || tokens[before - 3].lower == u"on");
    return !isQuantityNoun(noun) && !isApproximator(noun) && !pastVerb && !preposition ? noun : QString();
}

// "Turnout was about 64 percent", "said turnout reached 66 per cent": a share that a noun is, by
// a verb of being right after it, is a share of that noun. Returns the noun's lemma, or empty.
QString shareSubject(const QList<ClaimToken> &tokens, const QList<int> &skip, int at, const Synonyms &wordnet)
{
    int k = at - 1;
    while (k >= 0 && isApproximator(tokens[k].lower))
        --k;
    if (k >= 0 && tokens[k].lower == u"at")
        --k; // "stood at"
    if (k < 1 || !isVerbOfBeing(tokens[k].lower))
        return {};
    const int noun = k - 1;
    if (skip.value(noun, -1) >= 0 || !tokens[noun].lower[0].isLetter() || isStopWord(tokens[noun].lower))
        return {};
    const QString lemma = wordnet.lemma(tokens[noun].lower);
    return isQuantityNoun(lemma) ? QString() : lemma;
}

} // namespace

namespace {

// "the 750-810 km band", "aged 14-17": two figures joined by a hyphen are the ends of one range,
// which the second figure's unit measures (a tally, "5-1", is marked before).
void markRanges(QList<ClaimNumber> &numbers, const QList<ClaimToken> &tokens)
{
    for (int i = 0; i + 1 < numbers.size(); ++i) {
        ClaimNumber &a = numbers[i];
        ClaimNumber &b = numbers[i + 1];
        const int lastOfA = a.token + a.tokenCount - 1;
        if (!tokens[lastOfA].hyphenAfter || b.token != lastOfA + 1 || a.against >= 0 || b.against >= 0 || a.year || b.year || a.ordinal
            || b.ordinal || a.value >= b.value)
            continue;
        a.rangeFrom = b.rangeFrom = a.value;
        a.rangeTo = b.rangeTo = b.value;
        if (a.unit.isEmpty() || a.modifier) {
            a.unit = b.unit;
            a.modifier = b.modifier;
            a.dimension = b.dimension;
            a.baseValue = b.dimension.isEmpty() || b.value == 0 ? 0 : a.value * b.baseValue / b.value;
        }
    }
}

} // namespace

bool withinRange(const ClaimNumber &n, double value)
{
    return n.rangeTo > n.rangeFrom && value >= n.rangeFrom - 1e-9 && value <= n.rangeTo + 1e-9;
}

QList<ClaimNumber> findClaimNumbers(const QList<ClaimToken> &tokens, const QList<int> &skip)
{
    const Synonyms &wordnet = Synonyms::instance();
    QList<ClaimNumber> found;
    for (int t = 0; t < tokens.size(); ++t) {
        if (skip.value(t, -1) >= 0)
            continue;
        const QString &word = tokens[t].lower;
        ClaimNumber n;
        n.token = t;
        bool spelled = false;
        QString attachedUnit;
        const bool digit = !word.isEmpty() && word.front().isDigit(); // regular expressions only where they can match
        if (digit) {
            if (!readDigits(word, n, attachedUnit))
                continue;
        } else if (mayBeNumberWord(word) && cardinals().contains(word) && !(word == u"dozen" && (t == 0 || tokens[t - 1].lower != u"a"))) {
            n.value = cardinals().value(word);
            spelled = true;
        } else if (mayBeNumberWord(word) && ordinals().contains(word)) {
            n.value = ordinals().value(word);
            n.ordinal = true;
            spelled = true;
        } else if (onePeriodOf(tokens, t)) {
            n.value = 1; // "a day of national mourning" ~ "three days of national mourning"
            spelled = true;
        } else {
            continue;
        }
        // "twenty-five", "twenty-first"
        int next = t + 1;
        if (spelled && n.value >= 20 && n.value < 100 && tokens[t].hyphenAfter && next < tokens.size()) {
            const QString &unitWord = tokens[next].lower;
            if (cardinals().value(unitWord) > 0 && cardinals().value(unitWord) < 10) {
                n.value += cardinals().value(unitWord);
                ++next;
            } else if (ordinals().value(unitWord) > 0 && ordinals().value(unitWord) < 10) {
                n.value += ordinals().value(unitWord);
                n.ordinal = true;
                ++next;
            }
        }
        // "two dozen", "3.5 million", "two hundred thousand"
        while (!n.ordinal && next < tokens.size() && skip.value(next, -1) < 0 && scaleOf(tokens[next].lower) > 0) {
            n.value *= scaleOf(tokens[next].lower);
            n.scale *= scaleOf(tokens[next].lower);
            ++next;
        }
        n.tokenCount = next - t;
        const bool joined = tokens[next - 1].hyphenAfter;
        // "6,500 German jobs", "40 British soldiers": a capitalised word before the counted noun qualifies it.
        int unitAt = next;
        if (unitAt + 1 < tokens.size() && tokens[unitAt].capitalized && !tokens[unitAt + 1].capitalized
            && tokens[unitAt + 1].lower[0].isLetter() && !isStopWord(tokens[unitAt + 1].lower))
            ++unitAt;
        else if (!joined && nounCompoundHead(tokens, unitAt, wordnet)) {
            n.qualifier = tokens[unitAt].lower;
            ++unitAt; // "seven coal miners", "150 rescue workers": the last noun is what is counted
        } else if (!joined && participleBeforePeople(tokens, unitAt, t >= 2 && tokens[t - 2].lower == u"of", wordnet)) {
            ++unitAt; // "3,000 terrified residents"
        }
        const bool signBefore = t > 0 && tokens[t - 1].range.end == tokens[t].range.start && tokens[t - 1].lower.size() == 1
                                && !tokens[t - 1].lower[0].isLetterOrNumber();
        if (!attachedUnit.isEmpty()) {
            n.unit = attachedUnit;
            unitAt = t;
        } else if (signBefore) {
            n.unit = tokens[t - 1].lower; // "€8.5bn", "$9.4 billion": the currency is the unit
        } else if (next < tokens.size() && tokens[next].lower == u"%") {
            n.unit = QStringLiteral("percent");
        } else if (next + 1 < tokens.size() && tokens[next].lower == u"per" && tokens[next + 1].lower == u"cent") {
            n.unit = QStringLiteral("percent"); // "61.3 per cent"
            unitAt = next + 1;
        } else if (unitAt < tokens.size() && skip.value(unitAt, -1) < 0 && tokens[unitAt].lower[0].isLetter()
                   && !isStopWord(tokens[unitAt].lower) && !punctuationAfter(tokens, next - 1)) {
            if (const int noun = joined ? -1 : describedByTwoWords(tokens, unitAt, wordnet); noun >= 0)
                unitAt = noun; // "current and former customers": customers are counted
            n.unit = perHour(normalizedUnit(countedLemma(tokens[unitAt].lower, wordnet)), tokens, unitAt + 1);
            n.modifier = joined;
        }
        if (const auto size = unitSizes().constFind(n.unit); size != unitSizes().cend()) {
            n.dimension = size->dimension;
            n.baseValue = n.value * size->factor;
        }
        // "a magnitude of 7.1", "at a depth of 35 km", "the premium at 29 percent": the noun
        // before "of" or "at" is what is measured.
        n.measure = measuredNounBefore(tokens, skip, signBefore ? t - 1 : t, wordnet);
        if (n.unit == u"percent")
            n.shareOf = shareSubject(tokens, skip, signBefore ? t - 1 : t, wordnet);
        // (a figure with decimals measures: "a magnitude 5.8 tremor"; one joined to its noun
        // describes it: "a new 48-hour strike")
        if (const QString label =
                n.ordinal || n.modifier || n.decimals > 0 || !n.measure.isEmpty() ? QString() : labelledNoun(tokens, skip, t, wordnet);
            !label.isEmpty()) {
            n.measure = label; // "a category 4 system": the category is 4, no count of systems
            n.unit.clear();
        }
        // Spelled-out numbers without a counted noun are mostly pronouns ("one of them").
        if (spelled && n.unit.isEmpty() && n.measure.isEmpty() && !n.ordinal)
            continue;
        n.year = !n.ordinal && n.tokenCount == 1 && word.size() == 4 && n.value >= 1900 && n.value <= 2100 && !word.contains(u',');
        for (int back = t - 1; back >= 0 && back >= t - 2; --back) {
            if (isApproximator(tokens[back].lower)) {
                n.approximate = true;
                n.approximatorTokens = t - back; // "up to 300": from "up" on
            }
        }
        // "a new 48-hour strike": a figure describing a new one of a kind is another one's
        n.further = t > 0 && (isFurtherWord(tokens[t - 1].lower) || (n.modifier && tokens[t - 1].lower == u"new"));
        const int last = n.unit.isEmpty() || signBefore ? next - 1 : n.unit == u"percent" && tokens[next].lower == u"%" ? next : unitAt;
        n.foreseen = foreseenFigure(tokens, t, n.unit.isEmpty() ? next - 1 : last);
        n.promised = promisedFigure(tokens, t);
        n.withDebt = includesDebt(tokens, last);
        n.range = {tokens[signBefore ? t - 1 : t].range.start, tokens[last].range.end};
        if (n.unit.isEmpty() && n.measure.isEmpty() && !n.ordinal && !n.year)
            n.unit = countedEarlier(tokens, t, wordnet);
        else if (!n.unit.isEmpty() && !n.modifier && unitAt < tokens.size() && tokens[unitAt].lower != u"%")
            n.alsoCounted = countedAfter(tokens, unitAt, wordnet);
        found.append(n);
        t = next - 1;
    }
    markTallies(found, tokens);
    markRanges(found, tokens);
    markBreakdowns(found, tokens);
    markConversions(found, tokens);
    return found;
}
