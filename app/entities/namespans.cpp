// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespans.h"

#include "nametyping.h"

#include <optional>
#include <utility>

namespace {

// A nickname in quotes between a given name and a surname: "Thiago “Tico” Albuquerque".
// Returns the token of the surname, or -1.
qsizetype nicknameAfter(const NameScan &s, qsizetype end)
{
    auto isQuote = [&](qsizetype k, bool opening) {
        if (k >= s.tokens.size() || s.tokens.at(k).word)
            return false;
        const QChar c = s.tokens.at(k).lower.at(0);
        return c == u'"' || c == (opening ? u'\u201c' : u'\u201d');
    };
    const qsizetype open = end + 1;
    if (!isQuote(open, true) || s.tokens.at(open).start != s.tokens.at(end).end + 1)
        return -1;
    qsizetype k = open + 1;
    if (k >= s.tokens.size() || s.tokens.at(k).start != s.tokens.at(open).end)
        return -1;
    while (k < s.tokens.size() && k - open <= 3 && s.tokens.at(k).word && s.tokens.at(k).capitalised
           && (k == open + 1 || s.joined(k - 1, k)))
        ++k;
    if (k == open + 1 || !isQuote(k, false) || s.tokens.at(k).start != s.tokens.at(k - 1).end)
        return -1;
    const qsizetype surname = k + 1;
    if (surname >= s.tokens.size() || !s.name.at(surname) || s.tokens.at(surname).start != s.tokens.at(k).end + 1
        || s.text.at(s.tokens.at(k).end) != u' ')
        return -1;
    return surname;
}

// "the sanctions committee", "the regional civil protection agency", "Poland's culture
// ministry": a public body written wholly in lower case after "the" or a possessive name.
// Returns its head's token, or -1.
qsizetype lowercaseOnlyBody(const NameScan &s, qsizetype first)
{
    for (qsizetype k = first; k < s.tokens.size() && k <= first + 3; ++k) {
        const NameToken &t = s.tokens.at(k);
        if (!t.word || t.capitalised || t.possessive || (k > first && !s.joined(k - 1, k)) || s.blocked.at(k)
            || s.gaz.isClosedClass(t.lower) || t.lower.at(0).isDigit() || t.lower.endsWith(u"ly") || s.words.speechVerbs.contains(t.lower))
            return -1;
        if (s.words.lowercaseOnlyBodyHeads.contains(t.lower)) {
            const qsizetype next = k + 1;
            // "the news agency Xinhua", "the department of health": a description, or a body
            // whose name goes on.
            if (k == first
                || (next < s.tokens.size() && s.tokens.at(next).word
                    && (s.tokens.at(next).capitalised || s.tokens.at(next).lower == u"of")))
                return -1;
            return k;
        }
    }
    return -1;
}

// A capitalised "Yes" or "No" written as a word (not "YES", not "Yes," opening a reply).
bool isAnswer(const NameScan &s, qsizetype i)
{
    if (i >= s.tokens.size() || !s.tokens.at(i).word || !s.tokens.at(i).capitalised || s.tokens.at(i).allCaps)
        return false;
    return s.tokens.at(i).lower == u"yes" || s.tokens.at(i).lower == u"no";
}

// "Yes Kernow", "No Borders": an answer joined to a name names the campaign for it.
// Returns the campaign's last token, or -1.
qsizetype campaignAfterAnswer(const NameScan &s, qsizetype i)
{
    if (!isAnswer(s, i) || i + 1 >= s.tokens.size() || !s.joined(i, i + 1) || !s.name.at(i + 1) || s.tokens.at(i).possessive
        || s.tokens.at(i + 1).titleLine)
        return -1;
    qsizetype k = i + 1;
    while (k + 1 < s.tokens.size() && s.name.at(k + 1) && s.joined(k, k + 1) && !s.tokens.at(k).possessive && !s.tokens.at(k).breakAfter
           && k - i < 3)
        ++k;
    return k;
}

// "Pier 38", "Route 66", "Terminal 5": a place's kind numbered.
qsizetype numberedPlace(const NameScan &s, qsizetype start, qsizetype end)
{
    const qsizetype n = end + 1;
    if (start != end || !s.words.numberedPlaceKinds.contains(s.tokens.at(start).lower) || n >= s.tokens.size() || !s.joined(end, n)
        || !s.tokens.at(n).lower.at(0).isDigit() || s.tokens.at(n).lower.size() > 4 || s.blocked.at(n))
        return -1;
    return n;
}

// "the Krakow fire service", "Silesian police", "the French foreign ministry", "the Natisone
// valleys": a place or a people's name before a lower-case body's or place's head (after at
// most two lower-case words) names a body or a place of its own. Returns the head's token
// and its vote, or nothing.
std::optional<std::pair<qsizetype, int>> lowercaseBody(const NameScan &s, qsizetype start, qsizetype end)
{
    const NameToken &last = s.tokens.at(end);
    if (last.possessive || last.breakAfter || end - start > 2)
        return std::nullopt;
    // A known place or people before a place's head describes ("a Krakow basilica", "a Polish
    // coal mine"); before a body's head it names ("the Krakow fire service").
    const bool known = s.isKnownPlace(start, end) || s.gaz.isDemonym(s.sliceKey(start, end));
    // ("the RMT union", "CCOO trade union": initials before a body's noun name that body, which the
    // noun only describes.)
    // ("the Joan XXIII hospital", "the Gregorio Marañón hospital": a hospital named after a person
    // by a given name is one body all the same.)
    const bool namedHospital = end + 1 < s.tokens.size() && s.words.lowercaseNamedBodyHeads.contains(s.tokens.at(end + 1).lower)
                               && end > start && s.joined(end, end + 1);
    if (!known
        && (s.gaz.lookup(s.sliceKey(start, end)) || (s.gaz.isGivenName(s.tokens.at(start).lower) && !namedHospital)
            || s.tokens.at(start).allCaps))
        return std::nullopt;
    // ("a Garuda Indonesia service to Jakarta": a well-known body before a body's word in small
    // letters is that body, the word only describes what it runs.)
    if (!known && s.gaz.knownKind(s.sliceKey(start, end)) == EntityType::Organization)
        return std::nullopt;
    if ((!known && start == end && s.isCommon(start)) || s.isHead(end, s.words.organizationHeads)
        || (start > 0 && s.tokens.at(start - 1).breakAfter))
        return std::nullopt;
    std::optional<std::pair<qsizetype, int>> found;
    for (qsizetype k = end + 1; k < s.tokens.size() && k <= end + 3; ++k) {
        const NameToken &t = s.tokens.at(k);
        if (!s.joined(k - 1, k) && !(k - 1 > end && s.tokens.at(k - 1).possessive && s.tokens.at(k).start - s.tokens.at(k - 1).end <= 3))
            break;
        if (!t.word || t.capitalised || s.gaz.isClosedClass(t.lower) || t.lower.at(0).isDigit() || s.words.speechVerbs.contains(t.lower))
            break;
        // "German union IG Metall": a description before the name it introduces.
        const bool apposition = k + 1 < s.tokens.size() && s.tokens.at(k + 1).capitalised && s.joined(k, k + 1);
        // "Zurich main station", "the Harwick bus station": a stop of trains or buses is a place.
        const bool stop = t.lower == u"station" && k > end + 1 && s.words.transportStationWords.contains(s.tokens.at(k - 1).lower);
        const bool namedBody =
            s.words.lowercaseNamedBodyHeads.contains(t.lower) && !known && s.gaz.knownKind(s.sliceKey(start, end)) != EntityType::Place;
        if ((s.words.lowercaseOrganizationHeads.contains(t.lower) || namedBody) && !t.possessive && !apposition && !stop)
            found = std::pair{k, int(OrgVote)};
        else if ((s.words.lowercasePlaceHeads.contains(t.lower) || stop) && !t.possessive && !apposition && !known
                 && !s.adjectiveShaped(start, end))
            found = std::pair{k, int(PlaceVote)};
        if (t.breakAfter || (t.possessive && k == end + 3))
            break;
    }
    return found;
}

// "St. Mary's Basilica", "the Queen's Medical Center", "Devil's Bridge": a possessive name
// followed by capitalised words ending in a place's or a body's head names one landmark or body
// ("Taiwan People's Party"; "Poland's Ministry of Culture", "Karbonia's Chief Executive" do not: a
// known name owns it, a role follows). Returns the head's token, or -1.
qsizetype possessiveLandmark(const NameScan &s, qsizetype start, qsizetype end)
{
    // ("Taiwan People's Party": a known name opening the possessive word's name does not own it.)
    if (s.phraseEnd.at(start) == end || s.gaz.isDemonym(s.tokens.at(end).lower) || s.tokens.at(end).allCaps)
        return -1;
    for (qsizetype k = end + 1; k < s.tokens.size() && k <= end + 3; ++k) {
        const NameToken &t = s.tokens.at(k);
        // The possessive's "'s" lies between the name and the next word.
        const bool adjacent = k == end + 1 ? s.tokens.at(k).start - s.tokens.at(end).end <= 3 && s.text.at(s.tokens.at(k).start - 1) == u' '
                                           : s.joined(k - 1, k);
        if (!adjacent || !t.capitalised || t.allCaps || !s.name.at(k) || s.inPhrase.at(k) || s.gaz.isRole(t.lower))
            return -1;
        if (s.words.organizationHeads.contains(t.lower) || s.words.placeHeads.contains(t.lower))
            return k;
        if (t.possessive || t.breakAfter)
            return -1;
    }
    return -1;
}

// "Development Bank of Latin America and the Caribbean": after "Bank of" + a known place,
// "and (the)" + another known place continues the name.
// Returns the first token of that second place, or -1.
qsizetype andJoinedPlace(const NameScan &s, bool ofAfterOrgHead, qsizetype start, qsizetype end, qsizetype next)
{
    if (!ofAfterOrgHead || s.tokens.at(next).lower != u"and" || s.tokens.at(next).capitalised)
        return -1;
    qsizetype left = -1;
    for (qsizetype j = end; j >= start && left < 0; --j) {
        if (s.phraseEnd.at(j) == end)
            left = j;
    }
    if (left < 0 || !s.isKnownPlace(left, end))
        return -1;
    qsizetype k = next + 1;
    if (k < s.tokens.size() && s.tokens.at(k).lower == u"the" && !s.tokens.at(k).capitalised)
        ++k;
    if (k >= s.tokens.size() || !s.joined(next, next + 1) || !s.joined(k - 1, k) || s.phraseEnd.at(k) < 0
        || !s.isKnownPlace(k, s.phraseEnd.at(k)))
        return -1;
    return k;
}

// "Energy and Mineral Resources Ministry", "Foreign and Commonwealth Office": one ordinary word
// opening a body's name, though it also qualifies a minister ("Energy Minister").
bool ordinaryFunctionStart(const NameScan &s, qsizetype start, qsizetype end)
{
    const NameToken &t = s.tokens.at(start);
    return s.ordinaryStart(start, end)
           || (start == end && !t.sentenceStart && !t.titleLine && !t.allCaps && !s.inPhrase.at(start) && s.gaz.isCommonWord(t.lower)
               && !s.gaz.isRole(t.lower));
}

// "Ministry of Trade, Industry and Fisheries", "Department of Agriculture, Food and the Marine":
// after a body's head and "of"/"for", a series of ordinary capitalised words separated by commas
// and closed by "and" names the body's functions. Returns the series' last token, or -1.
qsizetype commaSeriesOfFunctions(const NameScan &s, bool ofAfterOrgHead, qsizetype next)
{
    constexpr int kItems = 4, kItemWords = 3;
    if (!ofAfterOrgHead || s.tokens.at(next).lower != u",")
        return -1;
    qsizetype k = next + 1;
    for (int item = 0; item < kItems; ++item) {
        const bool last = k < s.tokens.size() && s.tokens.at(k).lower == u"and" && !s.tokens.at(k).capitalised;
        if (last) {
            ++k;
            if (k < s.tokens.size() && s.tokens.at(k).lower == u"the" && !s.tokens.at(k).capitalised)
                ++k;
        }
        const qsizetype first = k;
        while (k < s.tokens.size() && k - first < kItemWords && s.name.at(k) && s.tokens.at(k).capitalised && !s.tokens.at(k).allCaps
               && s.gaz.isCommonWord(s.tokens.at(k).lower) && !s.tokens.at(k).possessive)
            ++k;
        if (k == first || (k < s.tokens.size() && s.name.at(k) && s.tokens.at(k).capitalised))
            return -1;
        if (last)
            return k - 1;
        if (k < s.tokens.size() && s.tokens.at(k).lower == u",")
            ++k; // "Trade, Industry, and Fisheries"
    }
    return -1;
}

// "Foreign, Commonwealth and Development Office", "Justice, Equality and Law Reform Department":
// one ordinary capitalised word, then a series of them separated by commas and closed by "and"
// and a body's head, names one body by its functions. Returns the head's token, or -1.
qsizetype commaSeriesBeforeHead(const NameScan &s, qsizetype start, qsizetype end, qsizetype next)
{
    constexpr int kItems = 4, kItemWords = 3;
    if (!ordinaryFunctionStart(s, start, end) || s.tokens.at(next).lower != u",")
        return -1;
    auto ordinaryCapital = [&](qsizetype k) {
        const NameToken &t = s.tokens.at(k);
        return s.name.at(k) && t.capitalised && !t.allCaps && !t.possessive && s.gaz.isCommonWord(t.lower);
    };
    qsizetype k = next + 1;
    for (int item = 0; item < kItems && k < s.tokens.size(); ++item) {
        const bool last = s.tokens.at(k).lower == u"and" && !s.tokens.at(k).capitalised;
        if (last)
            ++k;
        const qsizetype first = k;
        while (k < s.tokens.size() && k - first < kItemWords && ordinaryCapital(k))
            ++k;
        if (k == first)
            return -1;
        if (last)
            return s.isHead(k - 1, s.words.organizationHeads) && k - 1 > first ? k - 1 : -1;
        if (k < s.tokens.size() && s.tokens.at(k).lower == u",")
            ++k;
    }
    return -1;
}

// "Food Safety and Quality Division", "Danish Civil Aviation and Railway Authority": two or three
// ordinary capitalised words (the first may be a people's name), none a body's head, before
// "and" open a body named by its functions as one word does ("Energy and Mineral Resources Ministry").
bool ordinaryWordsStart(const NameScan &s, qsizetype start, qsizetype end)
{
    if (end == start || end - start > 2 || s.tokens.at(start).sentenceStart || s.isHead(end, s.words.organizationHeads))
        return false;
    for (qsizetype k = start; k <= end; ++k) {
        const NameToken &t = s.tokens.at(k);
        const bool people = k == start && s.gaz.isDemonym(t.lower);
        if (!t.capitalised || t.allCaps || t.titleLine || t.possessive || s.inPhrase.at(k) || s.gaz.isRole(t.lower)
            || (!people && !s.gaz.isCommonWord(t.lower)))
            return false;
    }
    return true;
}

// "Federation of Red Cross and Red Crescent Societies": after "Federation of", "and" + a
// name ending in a plural body word belongs to the name; after an ordinary word ("Competition
// and Markets Authority") any body word does. Returns that name's last token, or -1.
qsizetype andJoinedPluralHead(const NameScan &s, bool joinable, qsizetype next, bool ofAfterOrgHead = false)
{
    if (!joinable || s.tokens.at(next).lower != u"and" || s.tokens.at(next).capitalised)
        return -1;
    qsizetype k = next + 1;
    if (k >= s.tokens.size() || !s.name.at(k) || !s.joined(next, k))
        return -1;
    // (An ordinary word that is a given name too, "Marine" of "Marine Resources", is still
    // ordinary here: after a body's "of" and "and" the words name its functions.)
    auto ordinaryWord = [&](qsizetype j) { return !s.inPhrase.at(j) && s.gaz.isCommonWord(s.tokens.at(j).lower); };
    bool ordinary = ordinaryWord(k);
    while (k + 1 < s.tokens.size() && s.name.at(k + 1) && s.joined(k, k + 1) && !s.tokens.at(k).possessive && !s.tokens.at(k).breakAfter) {
        ++k;
        ordinary = ordinary && ordinaryWord(k);
    }
    if (s.words.pluralBodyHeads.contains(s.tokens.at(k).lower))
        return k;
    // "Department for Business and Trade", "Ministry of Culture and National Heritage": after a
    // body's head and "of"/"for", ordinary capitalised words after "and" go on with its name.
    if (ofAfterOrgHead && ordinary && k - next <= 3 && !s.tokens.at(next - 1).possessive)
        return k;
    const qsizetype start = next - 1;
    return ordinaryFunctionStart(s, start, start) && s.words.organizationHeads.contains(s.tokens.at(k).lower) ? k : -1;
}

// "African Union Peace and Security Council", "the Harwick City Disaster Relief and Recovery Office":
// a name, capitalised words ending in an ordinary one, and "and" go on with ordinary words
// ending in a body's head: one body ("the EU Council and Parliament" are two: a head stands before
// "and"). Returns the name's last token, or -1.
qsizetype andJoinedBodyOfName(const NameScan &s, qsizetype start, qsizetype end, qsizetype next)
{
    // The name proper: a known name, else one word that is no ordinary one ("Harwick").
    const qsizetype known = s.phraseEnd.at(start) >= start ? s.phraseEnd.at(start) : (s.isCommon(start) ? -1 : start);
    if (known < start || known >= end || s.tokens.at(next).lower != u"and" || s.tokens.at(next).capitalised)
        return -1;
    // (A word that also qualifies a role, "Peace" of "Peace Envoy", is a word of the name here.)
    auto word = [&](qsizetype k) {
        return s.name.at(k) && !s.inPhrase.at(k) && !s.tokens.at(k).allCaps && !s.tokens.at(k).titleLine
               && !s.gaz.isRole(s.tokens.at(k).lower);
    };
    // (An ordinary word that is a given name too, "Peace", "Hope", is still ordinary here.)
    auto ordinary = [&](qsizetype k) { return word(k) && s.gaz.isCommonWord(s.tokens.at(k).lower); };
    for (qsizetype k = known + 1; k <= end; ++k) {
        if (!word(k))
            return -1;
    }
    if (!ordinary(end) || s.isHead(end, s.words.organizationHeads) || s.isHead(end, s.words.placeHeads) || s.tokens.at(end).possessive
        || s.tokens.at(end).breakAfter)
        return -1;
    // "... Peace and Security Council": the words after "and" may be a known body's name made of
    // ordinary words.
    if (const qsizetype body = next + 1 < s.tokens.size() && s.joined(next, next + 1) ? s.phraseEnd.at(next + 1) : -1; body > next + 1) {
        const auto entry = s.gaz.lookup(s.sliceKey(next + 1, body));
        bool common = entry && entry->type == EntityType::Organization && s.isHead(body, s.words.organizationHeads);
        for (qsizetype k = next + 1; k <= body && common; ++k)
            common = s.tokens.at(k).capitalised && !s.tokens.at(k).allCaps && s.isCommon(k);
        if (common)
            return body;
    }
    for (qsizetype k = next + 1; k < s.tokens.size() && k <= next + 3 && s.joined(k - 1, k) && ordinary(k); ++k) {
        if (s.isHead(k, s.words.organizationHeads))
            return k;
        if (s.tokens.at(k).possessive || s.tokens.at(k).breakAfter)
            break;
    }
    return -1;
}

// "Environment and Climate Change Canada" opening a sentence: a body of a country's government
// named by its functions joined by "and", where the capitals of the sentence's first word hide
// that it belongs to the name. Returns the name's last token, or -1.
qsizetype andJoinedCountryBody(const NameScan &s, qsizetype start, qsizetype end, qsizetype next)
{
    const NameToken &opener = s.tokens.at(start);
    if (start != end || !opener.sentenceStart || opener.allCaps || !s.words.bodyFunctionWords.contains(opener.lower)
        || s.tokens.at(next).lower != u"and" || s.tokens.at(next).capitalised || next + 2 >= s.tokens.size() || !s.name.at(next + 1)
        || !s.joined(next, next + 1))
        return -1;
    qsizetype last = next + 1;
    while (last + 1 < s.tokens.size() && s.name.at(last + 1) && s.joined(last, last + 1) && !s.tokens.at(last).possessive
           && !s.tokens.at(last).breakAfter)
        ++last;
    if (last < next + 2 || !s.isKnownPlace(last, last))
        return -1;
    for (qsizetype k = next + 1; k < last; ++k) {
        if (!s.isCommon(k))
            return -1;
    }
    return last;
}

// "Marks & Spencer", "Pratt & Whitney": a name, "&" and a name are one firm's name. Returns the
// token that opens the second name, or -1.
qsizetype ampersandJoined(const NameScan &s, qsizetype end, qsizetype next)
{
    const NameToken &amp = s.tokens.at(next);
    if (amp.word || s.text.at(amp.start) != u'&' || next + 1 >= s.tokens.size() || !s.name.at(next + 1) || !s.joined(next, next + 1)
        || s.words.legalForms.contains(s.tokens.at(next + 1).lower)                         // "Sachs & Co. LLC": the legal form's
        || amp.titleLine || s.isKnownPlace(end, end) || s.isKnownPlace(next + 1, next + 1)) // "Cividale & Natisone Valleys"
        return -1;
    for (qsizetype p = s.tokens.at(end).end; p < amp.start; ++p) {
        if (s.text.at(p) != u' ')
            return -1;
    }
    return next + 1;
}

// "the High Court on the Lawnmarket", "the Silver Rose Museum on the Kipdorp": "on the" and one
// word of no ordinary meaning name the street a body or a landmark stands on, no part of its
// name ("the Commission on the Status of Women" goes on with ordinary words).
bool streetAfterOnThe(const NameScan &s, qsizetype next, qsizetype k)
{
    if (k != next + 2 || !s.name.at(k) || s.tokens.at(next).lower != u"on" || s.tokens.at(next + 1).lower != u"the"
        || s.phraseEnd.at(k) > k)
        return false;
    const bool alone = k + 1 >= s.tokens.size() || !s.name.at(k + 1) || !s.joined(k, k + 1);
    return alone && !s.gaz.isCommonWord(s.tokens.at(k).lower);
}

// "the Subject Expert Committee of the Central Drugs Control Organisation", "the District
// Disaster Management Group for Kelbridge": a body's name of several words, its head last,
// then "of the" and another body's name of several words with its own head, or "for" and a
// place's name ending the phrase, are two names: the body and the one it belongs to or serves. A bare head stays one name
// with what follows ("the Council of the European Union", "Transport for London").
bool bodyApartFromNext(const NameScan &s, qsizetype start, qsizetype end, qsizetype next, qsizetype k)
{
    const QString &c = s.tokens.at(next).lower;
    const bool ofThe = c == u"of" && k == next + 2 && s.tokens.at(next + 1).lower == u"the";
    if ((!ofThe && (c != u"for" || k != next + 1)) || end == start || !s.isHead(end, s.words.organizationHeads)
        || s.headIndex(start, end) != end)
        return false;
    qsizetype last = k;
    while (last + 1 < s.tokens.size() && s.name.at(last + 1) && s.joined(last, last + 1) && !s.tokens.at(last).possessive)
        last = s.phraseEnd.at(last + 1) >= 0 ? s.phraseEnd.at(last + 1) : last + 1;
    // ... unless the second name goes on ("of the Council of Europe", "for Latin America and the Caribbean").
    qsizetype after = last + 1;
    if (after < s.tokens.size() && s.joined(last, after)
        && (s.words.connectors.contains(s.tokens.at(after).lower) || s.tokens.at(after).lower == u"and")) {
        if (++after < s.tokens.size() && s.tokens.at(after).lower == u"the")
            ++after;
        if (after < s.tokens.size() && s.name.at(after))
            return false;
    }
    if (c == u"of")
        return last > k && s.isHead(last, s.words.organizationHeads);
    // A place: known, or named by words of no ordinary meaning ("for Kelbridge").
    bool ordinary = false;
    for (qsizetype j = k; j <= last; ++j)
        ordinary = ordinary || s.isCommon(j) || !s.tokens.at(j).word;
    return s.isKnownPlace(k, last) || s.gaz.knownKind(s.sliceKey(k, last)) == EntityType::Place || !ordinary;
}

// "Argyros Tanker Management of Piraeus, Greece", "Kessler Drive Systems of Aalen said": a firm's
// name of three words or more, a name of its own first and a body's head last, then "of" and a
// known place that ends the phrase, is the firm and the town it is based in ("Royal Bank of
// Scotland", "Bank of England" open with an ordinary word or the head).
bool firmOfItsTown(const NameScan &s, qsizetype start, qsizetype end, qsizetype next, qsizetype k)
{
    if (s.tokens.at(next).lower != u"of" || k != next + 1 || end - start < 2 || !s.isHead(end, s.words.organizationHeads)
        || s.isCommon(start) || s.inPhrase.at(start) || s.gaz.isDemonym(s.tokens.at(start).lower))
        return false;
    const qsizetype last = std::max(s.phraseEnd.at(k), k);
    const bool ends = last + 1 >= s.tokens.size() || !s.name.at(last + 1) || !s.joined(last, last + 1);
    return ends && (s.isKnownPlace(k, last) || s.gaz.knownKind(s.sliceKey(k, last)) == EntityType::Place);
}

// "Distributor Energía Metropolitana del Sur said", "Carmaker Norvik Motors said": a kind of
// body opening a sentence before a name describes it; the name starts after it. A body's own
// head word ("Bank of England", "Union Pacific") stays in its name.
bool bodyKindBefore(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    return t.sentenceStart && t.capitalised && !t.allCaps && s.phraseEnd.at(i) < 0 && i + 1 < s.tokens.size() && s.name.at(i + 1)
           && s.joined(i, i + 1) && s.words.organizationNouns.contains(t.lower) && !s.words.organizationHeads.contains(t.lower)
           && !s.words.organizationHeadsFirst.contains(t.lower);
}

// "Sponsor Marula Bank said", "Utility Ergon Energy reported": an ordinary word capitalised only
// because it opens the sentence, which the corpus never capitalises inside one, before a word it
// does capitalise there, or before a given name, describes the name after it and is no part of
// it. Heads and titles that open names ("Lake", "Storm", "Judge") stay.
bool ordinaryWordBefore(const NameScan &s, qsizetype i)
{
    const NameToken &t = s.tokens.at(i);
    if (!t.sentenceStart || !t.capitalised || t.allCaps || t.possessive || s.phraseEnd.at(i) >= 0 || s.inPhrase.at(i)
        || i + 1 >= s.tokens.size() || !s.name.at(i + 1) || !s.joined(i, i + 1) || !s.isCommon(i) || s.inside.contains(t.lower))
        return false;
    const QString &w = t.lower;
    const NameWords &h = s.words;
    if (h.organizationHeads.contains(w) || h.organizationHeadsFirst.contains(w) || h.placeHeads.contains(w) || h.placeHeadsFirst.contains(w)
        || h.eventHeads.contains(w) || h.eventHeadsFirst.contains(w) || h.directions.contains(w) || h.saints.contains(w) || s.gaz.isRole(w)
        || s.gaz.isRoleModifier(w) || s.gaz.isDemonym(w) || s.gaz.isClosedClass(w) || s.gaz.isCalendarWord(w))
        return false;
    const NameToken &next = s.tokens.at(i + 1);
    // "Reader Ann writes", "Neighbour Ivo Marr said": a person named after what they are.
    if (next.capitalised && !next.allCaps && s.gaz.isGivenName(next.lower) && !h.bodyFunctionWords.contains(w))
        return true;
    // "Rugby Kenya", "Statistics Canada": a body named by its function and a known name.
    if (!next.capitalised || next.allCaps || !s.insideApart.contains(next.lower) || s.isCommon(i + 1) || s.gaz.lookup(next.lower)
        || h.bodyFunctionWords.contains(w))
        return false;
    // The name is a body's or a place's, by its head: a person's given name can be an ordinary
    // word ("Hunter Biden").
    qsizetype last = i + 1;
    while (last + 1 < s.tokens.size() && s.name.at(last + 1) && s.joined(last, last + 1) && !s.tokens.at(last).possessive)
        ++last;
    return last > i + 1 && (s.isHead(last, h.organizationHeads) || s.isHead(last, h.placeHeads));
}

// "the Namibian Ports Authority (Namport)", "Petróleos Mexicanos (Pemex)": a word made of the
// beginnings of two or more of the words of tokens a..b, in order and from the first, is the
// name's short form.
bool clippedFrom(const NameScan &s, const QString &word, qsizetype a, qsizetype b)
{
    QStringList parts;
    for (qsizetype k = a; k <= b; ++k) {
        const NameToken &t = s.tokens.at(k);
        if (t.word && t.capitalised)
            parts.append(Gazetteer::folded(t.lower));
    }
    const QString w = Gazetteer::folded(word);
    // Whether w from p on is made of beginnings of parts from j on (`used` of them so far).
    auto fits = [&](auto &&self, qsizetype p, qsizetype j, int used) -> bool {
        if (p == w.size())
            return used >= 2;
        for (qsizetype k = j; k < parts.size() && (used > 0 || k == 0); ++k) {
            const QString &part = parts.at(k);
            const qsizetype least = used == 0 ? 2 : 1;
            for (qsizetype len = std::min(part.size(), w.size() - p); len >= least; --len) {
                if (QStringView(w).mid(p, len) == QStringView(part).left(len) && self(self, p + len, k + 1, used + 1))
                    return true;
            }
        }
        return false;
    };
    return parts.size() >= 2 && fits(fits, 0, 0, 0);
}

void noteAcronymDefinition(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b)
{
    if (a == b || out.names.isEmpty() || out.names.last().range.end != s.tokens.at(b).end)
        return;
    const qsizetype open = b + 1;
    if (open + 2 >= s.tokens.size() || s.tokens.at(open).lower != u"(" || s.tokens.at(open + 2).lower != u")")
        return;
    const NameToken &acr = s.tokens.at(open + 1);
    NameCandidate &defined = out.names.last();
    // A name's own initials start with its first letter; capitals that do not, after a name that
    // nothing marks as a body, are another's: "Pieter Claeys (N-VA)" gives the man's party. A
    // translated body keeps its own language's initials ("Federal Safety Investigation
    // Authority (SUB)").
    const QString first = s.tokens.at(a).lower == u"the" ? s.tokens.at(a + 1).lower : s.tokens.at(a).lower;
    if (!acr.allCaps && acr.word && acr.capitalised && acr.lower.size() >= 4 && defined.votes[0] < kGivenName
        && clippedFrom(s, acr.lower, a, b)) {
        out.acronyms.append({acr.lower, defined.key});
        defined.votes[1] += kHead + kWeakCue;
        return;
    }
    const bool initialsFit = !first.isEmpty() && acr.lower.startsWith(first.front());
    if (!acr.allCaps || defined.votes[0] >= kGivenName || (!initialsFit && defined.votes[1] == 0))
        return;
    out.acronyms.append({acr.lower, defined.key});
    // "the Ente Nacional Regulador de la Electricidad (ENRE)": a name of several words that the
    // text abbreviates by its initials is a body's; known places are not named so.
    if (initialsFit && defined.words >= 2 && defined.votes[2] < kGazetteer)
        defined.votes[1] += kHead + kWeakCue;
}

// "Hata Securities Co., Ltd.": legal forms after a legal form and a comma end the same name.
qsizetype legalFormsAfterComma(const NameScan &s, qsizetype end)
{
    const qsizetype n = s.tokens.size();
    while (s.legalFormAt(end) >= 0 && end + 2 < n && s.tokens.at(end + 1).lower == u"," && s.tokens.at(end + 2).capitalised
           && s.words.legalForms.contains(s.tokens.at(end + 2).lower) && s.joined(end + 1, end + 2))
        end += 2;
    return end;
}

} // namespace

void findNameSpans(const NameScan &s, NameFinderResult &out)
{
    const qsizetype n = s.tokens.size();
    qsizetype i = 0;
    qsizetype describedBody = -1; // the first token of a name that a kind of body opens its sentence before
    qsizetype street = -1;        // the token of a street's name after a body's and "on the"
    while (i < n) {
        if (const qsizetype last = campaignAfterAnswer(s, i); last > i) {
            emitName(s, out, i, last, {0, kHead, 0}, QString(), false);
            i = last + 1;
            continue;
        }
        if (!s.name.at(i)) {
            const qsizetype first = s.tokens.at(i).lower == u"the" ? i + 1 : i;
            // "the BC Fire Service, the provincial agency that ...": a description in apposition
            // to a name, not a body's name.
            const bool apposition = first > i && i > 1 && s.tokens.at(i - 1).lower == u"," && s.name.at(i - 2);
            const bool opens = (first > i && !apposition) || (i > 0 && s.tokens.at(i - 1).possessive && s.name.at(i - 1));
            if (const qsizetype head = opens ? lowercaseOnlyBody(s, first) : -1; head > 0) {
                emitName(s, out, first, head, {0, kHead, 0}, QString(), false);
                out.names.last().lowercaseBody = true;
                i = head + 1;
                continue;
            }
            ++i;
            continue;
        }
        if (bodyKindBefore(s, i)) {
            describedBody = i + 1;
            ++i;
            continue;
        }
        if (ordinaryWordBefore(s, i)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        qsizetype end = s.phraseEnd.at(i) >= 0 ? s.phraseEnd.at(i) : i;
        const bool headFirst =
            s.words.organizationHeadsFirst.contains(s.tokens.at(start).lower) || s.words.placeHeadsFirst.contains(s.tokens.at(start).lower);
        bool ofAfterOrgHead = false;
        bool firm = false; // joined by "&"
        while (true) {
            const NameToken &last = s.tokens.at(end);
            if (last.possessive && end + 1 < n) {
                const qsizetype head = possessiveLandmark(s, start, end);
                if (head < 0)
                    break;
                end = head;
                continue;
            }
            if (last.possessive || last.breakAfter || end + 1 >= n)
                break;
            qsizetype next = end + 1;
            if (const qsizetype second = ampersandJoined(s, end, next); second >= 0) {
                end = s.phraseEnd.at(second) >= 0 ? s.phraseEnd.at(second) : second;
                firm = true;
                continue;
            }
            if (const qsizetype surname = nicknameAfter(s, end); surname >= 0) {
                end = s.phraseEnd.at(surname) >= 0 ? s.phraseEnd.at(surname) : surname;
                continue;
            }
            if (const qsizetype series = commaSeriesOfFunctions(s, ofAfterOrgHead, next); series >= 0) {
                end = series;
                continue;
            }
            if (const qsizetype head = commaSeriesBeforeHead(s, start, end, next); head >= 0) {
                end = head;
                continue;
            }
            if (!s.joined(end, next))
                break;
            if (s.name.at(next)) {
                end = s.phraseEnd.at(next) >= 0 ? s.phraseEnd.at(next) : next;
                continue;
            }
            // Connectors: "Bank of China", "Great Hall of the People", "Jace Dela Cruz".
            qsizetype k = next;
            while (k < n && k - next < 2 && s.words.connectors.contains(s.tokens.at(k).lower) && !s.tokens.at(k).capitalised
                   && !s.tokens.at(k).possessive && s.joined(k - 1, k))
                ++k;
            if (k == next) {
                const qsizetype place = andJoinedPlace(s, ofAfterOrgHead, start, end, next);
                if (place >= 0) {
                    end = s.phraseEnd.at(place);
                    continue;
                }
                const bool functions = ofAfterOrgHead || ordinaryFunctionStart(s, start, end) || ordinaryWordsStart(s, start, end);
                const qsizetype last = andJoinedPluralHead(s, functions, next, ofAfterOrgHead);
                if (last >= 0) {
                    end = last;
                    continue;
                }
                if (const qsizetype body = andJoinedBodyOfName(s, start, end, next); body >= 0) {
                    end = body;
                    continue;
                }
                if (const qsizetype body = andJoinedCountryBody(s, start, end, next); body >= 0) {
                    end = body;
                    continue;
                }
            }
            if (k < n && streetAfterOnThe(s, next, k)) {
                street = k;
                break;
            }
            if (k == next || k >= n || !s.name.at(k) || !s.joined(k - 1, k) || !s.connectorAllowed(end, next, headFirst, start == end)
                || bodyApartFromNext(s, start, end, next, k) || firmOfItsTown(s, start, end, next, k))
                break;
            if ((s.tokens.at(next).lower == u"of" || s.tokens.at(next).lower == u"for")
                && s.words.organizationHeads.contains(s.tokens.at(end).lower))
                ofAfterOrgHead = true;
            end = s.phraseEnd.at(k) >= 0 ? s.phraseEnd.at(k) : k;
        }
        end = legalFormsAfterComma(s, end);
        // "Cornwall Says No", "Britain Votes Yes": a campaign named by its answer.
        if (end > start && isAnswer(s, end + 1) && s.joined(end, end + 1) && !s.tokens.at(end).possessive) {
            emitName(s, out, start, end + 1, {0, kHead, 0}, QString(), false);
            i = end + 2;
            continue;
        }
        if (const qsizetype number = numberedPlace(s, start, end); number > end) {
            emitName(s, out, start, number, {0, 0, kHead}, QString(), false);
            i = number + 1;
            continue;
        }
        if (const auto body = lowercaseBody(s, start, end)) {
            std::array<int, 3> votes{};
            votes[body->second] = kHead;
            emitName(s, out, start, body->first, votes, QString(), false);
            out.names.last().bareKey = s.sliceKey(start, end);
            i = body->first + 1;
            continue;
        }
        typeNameSpan(s, out, start, end, true);
        // "Hospital Argerich" beside "the Argerich hospital" and "Argerich": a body's head written
        // first still leaves the name it goes by alone.
        if (end > start && s.words.organizationHeadsFirst.contains(s.tokens.at(start).lower) && !out.names.isEmpty()
            && out.names.last().range.start == s.tokens.at(start).start && out.names.last().bareKey.isEmpty())
            out.names.last().bareKey = s.sliceKey(start + 1, end);
        if ((start == describedBody || firm) && !out.names.isEmpty() && out.names.last().range.start == s.tokens.at(start).start)
            out.names.last().votes[1] += kHead;
        if (start == street && !out.names.isEmpty() && out.names.last().range.start == s.tokens.at(start).start)
            out.names.last().votes[2] += kHead;
        noteAcronymDefinition(s, out, start, end);
        i = end + 1;
    }
}
