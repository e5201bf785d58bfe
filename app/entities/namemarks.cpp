// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namemarks.h"

#include "synonyms.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Letters glued to a currency sign ("US$4 million"), a rating's sign ("CCC+") or a
// decimal ("M7.1"), a trade mark's sign written in letters ("Vexoril(TM)"): notation, not a name.
bool notationGlued(const NameScan &s, const NameToken &t)
{
    if (t.end >= s.text.size())
        return false;
    const QChar c = s.text.at(t.end);
    if ((t.lower == u"tm" || t.lower == u"sm") && t.allCaps && c == u')' && t.start >= 2 && s.text.at(t.start - 1) == u'('
        && s.text.at(t.start - 2).isLetterOrNumber())
        return true;
    if (c == u'$' || c == u'\u20ac' || c == u'\u00a3' || c == u'\u00a5')
        return true;
    if (t.allCaps && c == u'+')
        return true;
    if (c == u'.' && t.end + 1 < s.text.size() && s.text.at(t.end + 1).isDigit()) {
        for (qsizetype p = t.start; p < t.end; ++p) {
            if (s.text.at(p).isDigit())
                return true;
        }
    }
    return false;
}

// "Warsaw Chronicle", "Daily Clarion" on a line of their own: a newspaper's word after a name
// or after another newspaper's word is part of a masthead, however ordinary it is.
bool masthead(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.titleLine || !s.words.pressWords.contains(t.lower))
        return false;
    auto pressOrName = [&](qsizetype k) {
        const NameToken &o = s.tokens.at(k);
        return o.word && o.capitalised && (s.words.pressWords.contains(o.lower) || !s.gaz.isCommonWord(o.lower));
    };
    const bool before = i > 0 && s.joined(i - 1, i) && pressOrName(i - 1);
    const bool after = i + 1 < s.tokens.size() && s.joined(i, i + 1) && pressOrName(i + 1) && t.lower == u"daily";
    return before || after;
}

// A capitalised ordinary word at a sentence start that heads a longer name: "Arsenal FC",
// "Hunter Biden" (the next word is an organization head or an unknown, unordinary name).
bool startsLongerName(const NameScan &s, qsizetype i)
{
    const qsizetype j = i + 1;
    if (j >= s.tokens.size() || s.tokens.at(i).possessive || s.tokens.at(i).breakAfter || !s.joined(i, j))
        return false;
    const NameToken &next = s.tokens.at(j);
    if (!next.capitalised || s.blocked.at(j) || next.titleLine)
        return false;
    if (s.words.organizationHeads.contains(next.lower))
        return true;
    // "Environment Canada said", "Transport Scotland said": a public function's word before the
    // name of a country or of a territory with its own government.
    if (s.words.bodyFunctionWords.contains(s.tokens.at(i).lower) && s.phraseEnd.at(j) >= 0
        && s.gaz.isGovernedTerritory(s.sliceKey(j, s.phraseEnd.at(j))))
        return true;
    return !s.gaz.isCommonWord(next.lower) && !s.gaz.lookup(next.lower) && !s.gaz.isNotName(next.lower) && !s.gaz.isCalendarWord(next.lower)
           && !s.gaz.isDemonym(next.lower) && !s.gaz.isRole(next.lower);
}

// The first token of token i's line if it lies at most `reach` tokens back, else -1.
qsizetype lineOpening(const NameScan &s, qsizetype i, qsizetype reach)
{
    for (qsizetype k = i; k >= 0 && i - k <= reach; --k) {
        if (k == 0 || s.tokens.at(k).lineStart)
            return k;
    }
    return -1;
}

bool onFirstLine(const NameScan &s, qsizetype i)
{
    return lineOpening(s, i, 12) == 0;
}

// "By Clara Moss": on a line that opens with "By", the capitalised words after it are a name,
// however ordinary ("Moss").
bool onByline(const NameScan &s, qsizetype i)
{
    const qsizetype open = lineOpening(s, i, 5);
    if (open < 0 || open == i || s.tokens.at(open).lower != u"by")
        return false;
    for (qsizetype k = open + 1; k < i; ++k) {
        if (!s.tokens.at(k).word || !s.tokens.at(k).capitalised || !s.joined(k - 1, k))
            return false;
    }
    return s.joined(i - 1, i);
}

// "Vixon News", "Global TV": a word that is no name on its own ("NEWS" over a story) ends a
// body's name after a name word, as a body's head; before a role it is a desk ("Foreign News
// Reporter").
bool endsLongerName(const NameScan &s, qsizetype i)
{
    const qsizetype next = i + 1;
    const bool beforeRole = next < s.tokens.size() && s.joined(i, next) && s.gaz.isRole(s.tokens.at(next).lower);
    return i > 0 && s.words.organizationHeads.contains(s.tokens.at(i).lower) && s.name.at(i - 1) && s.joined(i - 1, i)
           && !s.tokens.at(i - 1).possessive && s.tokens.at(i - 1).capitalised && !beforeRole;
}

// "2 a.m. Pacific time", "All times Pacific": a time zone written as a word, no name.
bool timeZoneWord(const NameScan &s, qsizetype i)
{
    if (!s.tokens.at(i).capitalised || !s.words.timeZoneNames.contains(s.tokens.at(i).lower))
        return false;
    auto lowerWord = [&](qsizetype k, QStringView w) {
        return k >= 0 && k < s.tokens.size() && !s.tokens.at(k).capitalised && s.tokens.at(k).lower == w;
    };
    return (lowerWord(i + 1, u"time") && s.joined(i, i + 1)) || (lowerWord(i - 1, u"times") && s.joined(i - 1, i));
}

// "Check Roadlink for updates", "Visit Parks Orvania online": a verb that opens a call to the
// reader, before a capitalised word, is no part of a name (unless the corpus writes it
// capitalised inside sentences too).
bool callToAction(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.sentenceStart || t.allCaps || !s.words.callToActionVerbs.contains(t.lower) || s.inside.contains(t.lower)
        || s.gaz.isGivenName(t.lower))
        return false;
    return i + 1 < s.tokens.size() && s.joined(i, i + 1) && s.tokens.at(i + 1).capitalised;
}

// "NEWS › LOCAL NEWS", "Home » Business": a page's breadcrumb, a short line of section labels
// joined by an arrow; its words are names only where a gazetteer knows them ("News › Slovakia")
// or a masthead's ("Daily Clarion › News").
bool onBreadcrumb(const NameScan &s, qsizetype i)
{
    constexpr qsizetype reach = 80;
    const qsizetype at = s.tokens.at(i).start;
    const qsizetype from = std::max<qsizetype>(0, at - reach);
    const qsizetype start = s.text.lastIndexOf(u'\n', at) + 1;
    if (start < from)
        return false;
    qsizetype end = s.text.indexOf(u'\n', at);
    if (end < 0)
        end = s.text.size();
    if (end - start > 2 * reach)
        return false;
    const QStringView line = QStringView(s.text).mid(start, end - start);
    return line.contains(u'\u203a') || line.contains(u'\u00bb');
}

// "Orvia Foods Inc. (TSX: ORV)", "(NYSE:KSL)": a ticker after an exchange's code and a colon in
// brackets stands for the company just named, no name of its own.
// "A321neo", "V6", "K450neo": capitals, then digits, then perhaps small letters: a model's code.
bool modelCode(const NameToken &t)
{
    const QString &w = t.lower;
    qsizetype k = 0;
    while (k < w.size() && w.at(k).isLetter())
        ++k;
    const qsizetype letters = k;
    while (k < w.size() && w.at(k).isDigit())
        ++k;
    const qsizetype digits = k - letters;
    while (k < w.size() && w.at(k).isLetter())
        ++k;
    return t.word && t.capitalised && letters >= 1 && letters <= 3 && digits >= 1 && k == w.size();
}

// "the Airbus A321neo", "a black Vortan V6": a maker's name before a model code names a type of
// craft or car, which is no entity; nor is the code.
bool makerOrModel(const NameScan &s, qsizetype i)
{
    const qsizetype n = s.tokens.size();
    // The maker's name is a name's word: "the SS54" is a road.
    auto maker = [&](qsizetype k) {
        const NameToken &t = s.tokens.at(k);
        return t.word && t.capitalised && !t.allCaps && !t.possessive && !s.gaz.isClosedClass(t.lower)
               && (s.gaz.lookup(t.lower) || !s.gaz.isCommonWord(t.lower));
    };
    if (modelCode(s.tokens.at(i)) && i > 0 && s.joined(i - 1, i) && maker(i - 1))
        return true;
    return i + 1 < n && s.joined(i, i + 1) && maker(i) && modelCode(s.tokens.at(i + 1));
}

// "Labour Minister Ana Kova", "Health Secretary Ivo Marr": a public function's word before a
// minister's title is the portfolio, no party's or body's name.
bool portfolio(const NameScan &s, qsizetype i)
{
    constexpr qsizetype kWords = 3; // ordinary words of a portfolio: "Emergency Management Minister"
    const NameToken &t = s.tokens.at(i);
    if (!t.capitalised || t.allCaps || t.possessive || i + 1 >= s.tokens.size() || !s.joined(i, i + 1))
        return false;
    const NameToken &next = s.tokens.at(i + 1);
    if (s.words.bodyFunctionWords.contains(t.lower))
        return next.capitalised && !next.allCaps && s.words.portfolioTitles.contains(next.lower);
    // ... and ordinary capitalised words that run on to "Minister" ("Emergency Management
    // Minister"); before "Secretary" they may name the body the secretary serves ("Security
    // Council Secretary").
    for (qsizetype k = i; k < s.tokens.size() && k - i < kWords; ++k) {
        const NameToken &w = s.tokens.at(k);
        if (!w.capitalised || w.allCaps || w.possessive || !s.gaz.isCommonWord(w.lower) || k + 1 >= s.tokens.size() || !s.joined(k, k + 1))
            return false;
        const NameToken &after = s.tokens.at(k + 1);
        if (k > i && after.capitalised && !after.allCaps && after.lower == u"minister")
            return true;
    }
    return false;
}

// "an Airbus A321neo registered G-KTVA": capitals after "registered" are a craft's or a
// vehicle's registration mark, no name.
bool registrationMark(const NameScan &s, qsizetype i)
{
    if (!s.tokens.at(i).allCaps)
        return false;
    qsizetype p = s.tokens.at(i).start;
    while (p > 0 && !s.text.at(p - 1).isSpace())
        --p; // the start of the hyphenated chunk
    const qsizetype end = p > 0 ? p - 1 : 0;
    qsizetype start = end;
    while (start > 0 && s.text.at(start - 1).isLetter())
        --start;
    const QStringView before = QStringView(s.text).mid(start, end - start);
    return before == u"registered" || before == u"registration";
}

// "CONMAN Ivo Marr was jailed": a tabloid's label in capitals opening a sentence before a name
// written in small letters is no part of the name.
bool capitalsLabel(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.allCaps || !t.sentenceStart || t.titleLine || t.lower.size() < 4 || s.inPhrase.at(i) || i + 2 >= s.tokens.size())
        return false;
    auto nameWord = [&](qsizetype k) {
        const NameToken &o = s.tokens.at(k);
        return o.word && o.capitalised && !o.allCaps && !s.gaz.isRole(o.lower) && !s.gaz.isRoleModifier(o.lower);
    };
    return s.joined(i, i + 1) && s.joined(i + 1, i + 2) && nameWord(i + 1) && nameWord(i + 2)
           && !s.gaz.isCommonWord(s.tokens.at(i + 1).lower) && !s.gaz.lookup(s.tokens.at(i + 1).lower);
}

// "Ann Ko (KEN) 2:13:48; Mary Fahy (RSA) 2:14:41": three capitals in brackets after a name, in
// a line where one such is a country's code, give the person's country as results tables do, no
// name of its own.
bool countryCodeAfterName(const NameScan &s, qsizetype i)
{
    auto bracketedAfterName = [&](qsizetype k) {
        const NameToken &t = s.tokens.at(k);
        return t.allCaps && t.lower.size() == 3 && k >= 2 && k + 1 < s.tokens.size() && s.tokens.at(k - 1).lower == u"("
               && s.tokens.at(k + 1).lower == u")" && s.tokens.at(k - 2).word && s.tokens.at(k - 2).capitalised
               && !s.tokens.at(k - 2).allCaps;
    };
    if (!bracketedAfterName(i))
        return false;
    const qsizetype lineStart = s.text.lastIndexOf(u'\n', s.tokens.at(i).start) + 1;
    qsizetype lineEnd = s.text.indexOf(u'\n', s.tokens.at(i).end);
    if (lineEnd < 0)
        lineEnd = s.text.size();
    for (qsizetype k = 0; k < s.tokens.size(); ++k) {
        if (s.tokens.at(k).start >= lineStart && s.tokens.at(k).end <= lineEnd && bracketedAfterName(k)
            && s.gaz.isCountryCode(s.tokens.at(k).lower))
            return true;
    }
    return false;
}

// "A GROUP of tourists were hurt", "A TWO-MAN gang broke in": a tabloid writes a sentence's first
// words in capitals; an ordinary word so written, before words in small letters, is no name.
bool openingCapitals(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.allCaps || t.titleLine || t.lower.size() < 4 || s.inPhrase.at(i) || i + 1 >= s.tokens.size() || !s.joined(i, i + 1))
        return false;
    const bool opening =
        t.sentenceStart || (i > 0 && s.tokens.at(i - 1).sentenceStart && s.words.articles.contains(s.tokens.at(i - 1).lower));
    const NameToken &next = s.tokens.at(i + 1);
    if (!opening || next.capitalised || next.lower.isEmpty() || !next.lower.at(0).isLetter() || s.gaz.lookup(t.lower)
        || s.gaz.isGivenName(t.lower))
        return false;
    for (const QString &part : t.lower.split(u'-')) {
        if (!s.gaz.isCommonWord(part))
            return false;
    }
    return true;
}

// "client VPN access", "the mid-cap XDAX index", "Orvik's EMBX spread": capitals no gazetteer
// knows, between a word that describes them (an ordinary word in small letters or a name's
// possessive) and an ordinary noun that they describe, name a kind of thing, no body: a body so
// placed is followed by its people ("angry RMT members") or a verb of speech.
bool attributiveInitials(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.allCaps || t.lower.size() < 2 || t.titleLine || s.inPhrase.at(i) || s.gaz.lookup(t.lower) || s.gaz.knownKind(t.lower) || i == 0
        || i + 1 >= s.tokens.size() || !s.joined(i - 1, i) || !s.joined(i, i + 1))
        return false;
    const NameToken &before = s.tokens.at(i - 1);
    const bool describes = before.possessive ? before.capitalised
                                             : !before.allCaps && s.gaz.isCommonWord(before.lower) && !s.gaz.isClosedClass(before.lower)
                                                   && !before.lower.at(0).isDigit();
    const NameToken &next = s.tokens.at(i + 1);
    const QString &n = next.lower;
    // "the association ADEX puts the losses at": a word before an article is a verb with its object.
    static const QSet<QString> articles = {u"the"_s, u"a"_s, u"an"_s, u"its"_s, u"their"_s};
    if (i + 2 < s.tokens.size() && s.joined(i + 1, i + 2) && articles.contains(s.tokens.at(i + 2).lower))
        return false;
    if (!describes || next.capitalised || !s.gaz.isCommonWord(n) || s.gaz.isClosedClass(n) || n.endsWith(u"ed")
        || s.words.speechVerbs.contains(n) || s.words.organizationHeads.contains(n) || s.words.lowercaseOrganizationHeads.contains(n)
        || s.words.personNouns.contains(n))
        return false;
    // A verb's past form ("held", "took") is no noun that the capitals describe.
    const Synonyms &wordnet = Synonyms::instance();
    const QString lemma = wordnet.lemma(n);
    return !wordnet.isPersonNoun(lemma) && (lemma == n || n.endsWith(u's'));
}

bool ticker(const NameScan &s, qsizetype i)
{
    auto punct = [&](qsizetype k, QChar c) { return k >= 0 && !s.tokens.at(k).word && s.text.at(s.tokens.at(k).start) == c; };
    return s.tokens.at(i).allCaps && punct(i - 1, u':') && i >= 3 && s.tokens.at(i - 2).allCaps && punct(i - 3, u'(');
}

// "Pius XII", "Zainab II Hospital", "Henry VIII Street": a Roman numeral in capitals right after
// a given name or a word no list knows is the name's (a ruler's or pope's number), whatever the
// word lists say of the numeral.
bool regnalNumeral(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.allCaps || t.lower.size() < 2 || t.lower.size() > 5 || i == 0 || !s.joined(i - 1, i))
        return false;
    const NameToken &before = s.tokens.at(i - 1);
    // ("Level IV", "Phase II": after an ordinary word, a grade or a stage)
    return before.word && before.capitalised && !before.allCaps && !before.possessive
           && (s.gaz.isGivenName(before.lower) || !s.gaz.isCommonWord(before.lower))
           && std::all_of(t.lower.cbegin(), t.lower.cend(), [](QChar c) { return c == u'i' || c == u'v' || c == u'x'; });
}

bool isNameToken(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.word || s.blocked.at(i))
        return false;
    if (notationGlued(s, t))
        return false;
    // "@KSVelascoINQ", "newsdesk@paper": a handle or an address, not a name.
    if ((t.start > 0 && s.text.at(t.start - 1) == u'@') || (t.end < s.text.size() && s.text.at(t.end) == u'@'))
        return false;
    // "MH-65", "HC-130": capitals joined to a number designate a model.
    if (t.allCaps && t.breakAfter && i + 1 < s.tokens.size() && s.tokens.at(i + 1).lower.at(0).isDigit())
        return false;
    if (timeZoneWord(s, i) || makerOrModel(s, i) || capitalsLabel(s, i) || portfolio(s, i) || registrationMark(s, i))
        return false;
    if (s.inPhrase.at(i))
        return true;
    if (!t.capitalised)
        return false;
    if (regnalNumeral(s, i))
        return true;
    // "Theresa May": a month name right after a given name is a surname.
    if (s.gaz.isCalendarWord(t.lower) && i > 0 && s.tokens.at(i - 1).capitalised && s.joined(i - 1, i)
        && s.gaz.isGivenName(s.tokens.at(i - 1).lower) && !t.possessive)
        return true;
    if ((s.gaz.isNotName(t.lower) && !endsLongerName(s, i)) || s.gaz.isCalendarWord(t.lower) || s.gaz.isClosedClass(t.lower))
        return false;
    // AFP photo slugs ("TOPSHOT-CHINA-BRI-FORUM") are keywords, not names.
    if (t.slug)
        return false;
    if (t.lower.at(0).isDigit())
        return false;
    // "Editing by Helen Marsh": an ordinary word right after a given name is a surname.
    const bool afterGivenName = i > 0 && s.tokens.at(i - 1).capitalised && !s.tokens.at(i - 1).allCaps && s.joined(i - 1, i)
                                && s.gaz.isGivenName(s.tokens.at(i - 1).lower) && !s.tokens.at(i - 1).possessive;
    if (callToAction(s, i) || ticker(s, i) || countryCodeAfterName(s, i) || openingCapitals(s, i) || attributiveInitials(s, i))
        return false;
    if ((t.sentenceStart || t.titleLine || t.allCaps) && onBreadcrumb(s, i))
        return s.gaz.lookup(t.lower).has_value() || masthead(s, i);
    if ((t.sentenceStart || t.titleLine) && !t.allCaps)
        return afterGivenName || masthead(s, i) || !s.gaz.isCommonWord(t.lower) || s.gaz.isGivenName(t.lower) || s.inside.contains(t.lower)
               || s.gaz.isRole(t.lower) || s.gaz.isRoleModifier(t.lower) || startsLongerName(s, i) || onByline(s, i);
    if (t.titleLine && t.allCaps && t.lower.size() > 3) {
        const bool mastheadWord = s.words.organizationHeads.contains(t.lower) && i > 0 && s.tokens.at(i - 1).allCaps && s.joined(i - 1, i)
                                  && !s.gaz.isCommonWord(s.tokens.at(i - 1).lower); // "KERNOW POST": a masthead
        // "HOLY INFERNO" over a tabloid's story: the text's first line in capitals names only what
        // is known or written as a name elsewhere.
        if (onFirstLine(s, i)) {
            const bool pressAfter =
                i + 1 < s.tokens.size() && s.joined(i, i + 1) && s.words.pressWords.contains(s.tokens.at(i + 1).lower); // "KESTRIN POST"
            const bool givenBefore = i > 0 && s.joined(i - 1, i) && s.gaz.isGivenName(s.tokens.at(i - 1).lower);
            return s.gaz.lookup(t.lower) || s.gaz.isGivenName(t.lower) || s.inside.contains(t.lower) || mastheadWord || pressAfter
                   || givenBefore;
        }
        // A word the corpus writes in small letters is ordinary there, whatever the lists say ("TRAM").
        const bool ordinary = s.gaz.isCommonWord(t.lower) || (s.lowercase.contains(t.lower) && !s.inside.contains(t.lower));
        return !ordinary || s.gaz.isGivenName(t.lower) || mastheadWord || onByline(s, i); // "By DEAN COSTIGAN"
    }
    return true;
}

void markBlocked(NameScan &s, const QList<TextRange> &blocked)
{
    s.blocked.resize(s.tokens.size());
    qsizetype b = 0;
    for (qsizetype i = 0; i < s.tokens.size(); ++i) {
        const NameToken &t = s.tokens.at(i);
        while (b < blocked.size() && blocked.at(b).end <= t.start)
            ++b;
        s.blocked[i] = b < blocked.size() && blocked.at(b).overlaps({t.start, t.end});
    }
}

// Gazetteer names of several words, matched before any other rule so that
// "United States" or "Great Hall of the People" is never split by the later rules.
void markPhrases(NameScan &s)
{
    const qsizetype n = s.tokens.size();
    s.phraseEnd.fill(-1, n);
    s.inPhrase.fill(false, n);
    const int longest = s.gaz.longestPhrase();
    for (qsizetype i = 0; i < n; ++i) {
        const NameToken &t = s.tokens.at(i);
        if (!t.word || !t.capitalised || s.blocked.at(i))
            continue;
        qsizetype last = i;
        while (last + 1 < n && last - i + 1 < longest && s.tokens.at(last + 1).word && s.text.at(s.tokens.at(last).end) != u'\n'
               && !s.tokens.at(last).breakAfter && !s.blocked.at(last + 1))
            ++last;
        for (qsizetype j = last; j >= i; --j) {
            // "France 24": a number may end a known name.
            if (!s.tokens.at(j).capitalised && !s.tokens.at(j).allCaps && !(j > i && s.tokens.at(j).lower.at(0).isDigit()))
                continue;
            if (j > i && !s.spacedOnly(i, j))
                continue;
            // One word's key is its token's (Gazetteer::key of the same text).
            const auto entry = s.gaz.lookup(j == i ? s.tokens.at(i).lower : s.sliceKey(i, j));
            if (entry && !(entry->capitalsOnly && !t.allCaps)) {
                s.phraseEnd[i] = j;
                for (qsizetype k = i; k <= j; ++k)
                    s.inPhrase[k] = true;
                i = j;
                break;
            }
        }
    }
}
} // namespace

void markNames(NameScan &s, const QList<TextRange> &blocked)
{
    markBlocked(s, blocked);
    markPhrases(s);
    s.name.resize(s.tokens.size());
    for (qsizetype i = 0; i < s.tokens.size(); ++i)
        s.name[i] = isNameToken(s, i);
}
