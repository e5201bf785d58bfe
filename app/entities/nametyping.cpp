// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nametyping.h"

#include "namecues.h"

#include <algorithm>

namespace {

// Tokens a..b are all capitals and a comma or a dash follows on the same line.
bool datelineFollows(const NameScan &s, qsizetype a, qsizetype b)
{
    for (qsizetype k = a; k <= b; ++k) {
        if (!s.tokens.at(k).allCaps)
            return false;
    }
    if (b + 2 >= s.tokens.size() || s.tokens.at(b + 1).word || s.tokens.at(b + 2).lineStart)
        return false;
    const QChar c = s.tokens.at(b + 1).lower.at(0);
    return c == u',' || c == u'\u2014' || c == u'\u2013' || (c == u'-' && s.text.at(s.tokens.at(b + 1).start - 1) == u' ');
}

// "CHF 500,000", "USD 3 million": a capital-letter code before an amount is a currency;
// "612.4 KB", "3.5 GW": after a decimal, a unit.
bool currencyOrUnit(const NameScan &s, qsizetype i)
{
    const qsizetype n = s.tokens.size();
    auto isNumber = [&](qsizetype k) { return k >= 0 && k < n && s.tokens.at(k).lower.at(0).isDigit(); };
    auto punctAt = [&](qsizetype k) {
        return k >= 0 && k < n && !s.tokens.at(k).word && (s.tokens.at(k).lower == u"," || s.tokens.at(k).lower == u".");
    };
    if (isNumber(i + 1)) {
        if (punctAt(i + 2) && isNumber(i + 3) && s.tokens.at(i + 2).start == s.tokens.at(i + 1).end)
            return true;
        if (i + 2 < n && s.words.amountWords.contains(s.tokens.at(i + 2).lower))
            return true;
    }
    return isNumber(i - 1) && punctAt(i - 2) && isNumber(i - 3) && s.tokens.at(i - 2).start == s.tokens.at(i - 3).end;
}

// "19:45 MYT", "17.47 WITA", "5pm AEST" (a clock time before them on their line: 1), "All times
// MYT (GMT+8)", "Georgian time (GET)" (before an offset from GMT or UTC in brackets, or in brackets
// after "time": 2): initials that name a time zone, or 0 (see NameCandidate::timeZone).
int timeZoneShape(const NameScan &s, qsizetype i)
{
    const qsizetype n = s.tokens.size();
    auto lower = [&](qsizetype k) { return k >= 0 && k < n ? QStringView(s.tokens.at(k).lower) : QStringView(); };
    auto digits = [&](qsizetype k) { return !lower(k).isEmpty() && lower(k).front().isDigit(); };
    if ((lower(i + 1) == u"(" && (lower(i + 2) == u"gmt" || lower(i + 2) == u"utc"))
        || (lower(i - 1) == u"(" && lower(i - 2) == u"time" && lower(i + 1) == u")"))
        return 2;
    if (i < 1 || !s.joined(i - 1, i))
        return 0;
    const bool clock = digits(i - 1) && (lower(i - 2) == u":" || lower(i - 2) == u".") && digits(i - 3)
                       && s.tokens.at(i - 2).start == s.tokens.at(i - 3).end && s.tokens.at(i - 1).start == s.tokens.at(i - 2).end;
    const bool meridiem = (digits(i - 1) && (lower(i - 1).endsWith(u"am") || lower(i - 1).endsWith(u"pm"))) || lower(i - 1) == u"a.m."
                          || lower(i - 1) == u"p.m.";
    return clock || meridiem ? 1 : 0;
}

// Initials of a thing: defined after lower-case words ("a radio beacon (EPIRB)") or owned
// ("their EPIRB", "the boat's EPIRB").
bool namesThing(const NameScan &s, qsizetype i)
{
    const qsizetype p = i - 1;
    if (p >= 0 && s.tokens.at(p).word && !s.tokens.at(p).capitalised
        && (s.words.owners.contains(s.tokens.at(p).lower) || s.tokens.at(p).possessive))
        return true;
    if (p < 1 || s.tokens.at(p).lower != u"(" || i + 1 >= s.tokens.size() || s.tokens.at(i + 1).lower != u")" || !s.tokens.at(p - 1).word)
        return false;
    // "an Automated Mutual-Assistance Vessel Rescue (AMVER) request", "the ... Tracking (SARSAT)
    // website": initials of a name with no body's head, before an ordinary noun they qualify,
    // name a system or a scheme ("the World Health Organization (WHO) report" is the body).
    if (s.tokens.at(p - 1).capitalised) {
        const qsizetype after = i + 2;
        if (after >= s.tokens.size() || !s.tokens.at(after).word || s.tokens.at(after).capitalised || !s.isCommon(after)
            || s.gaz.isClosedClass(s.tokens.at(after).lower) || s.isHead(after, s.words.speechVerbs) || s.isHead(p - 1, s.words.placeHeads))
            return false;
        // The name's words back to its start: a body's head, a legal form or a known body's name
        // among them ("United Nations Disaster Assessment and Coordination (UNDAC) team", "Orvia
        // Power S.A. (OPW) distributes") makes it a body's.
        for (qsizetype k = p - 1; k >= 0 && p - k <= 10; --k) {
            const NameToken &w = s.tokens.at(k);
            if (!w.word || (!w.capitalised && !s.words.connectors.contains(w.lower) && w.lower != u"and"))
                break;
            if (s.isHead(k, s.words.organizationHeads) || s.legalFormAt(k) >= 0 || (s.inPhrase.at(k) && !w.allCaps))
                return false;
        }
        return true;
    }
    // The lower-case words before it spell it: "emergency position-indicating radio beacon".
    const QString &acronym = s.tokens.at(i).lower;
    QString initials;
    const QStringView before = QStringView(s.text).mid(0, s.tokens.at(p).start).trimmed();
    for (qsizetype end = before.size(); end > 0 && initials.size() < acronym.size();) {
        qsizetype start = end;
        while (start > 0 && before.at(start - 1).isLetter())
            --start;
        if (start == end || !before.at(start).isLower())
            return false;
        initials.prepend(before.at(start));
        end = start;
        while (end > 0 && (before.at(end - 1) == u' ' || before.at(end - 1) == u'-'))
            --end;
    }
    return initials == acronym;
}

// "a PowerPoint in the canteen", "your mortgage, savings and KiwiSaver": a brand's spelling
// counted with "a", or owned like the ordinary things listed with it, is a product, no body
// ("a BlackRock spokesman", where it qualifies the noun after it, is the body).
bool brandThing(const NameScan &s, qsizetype i)
{
    const qsizetype p = i - 1;
    if (p < 0 || !s.joined(p, i))
        return false;
    const QString &before = s.tokens.at(p).lower;
    if (before == u"a" || before == u"an") {
        const bool headOfPhrase = i + 1 >= s.tokens.size() || !s.tokens.at(i + 1).word || s.gaz.isClosedClass(s.tokens.at(i + 1).lower);
        return headOfPhrase;
    }
    for (qsizetype k = p, steps = 0; k >= 0 && steps < 10; --k, ++steps) {
        const NameToken &t = s.tokens.at(k);
        if (t.word && !t.capitalised && s.words.owners.contains(t.lower))
            return k < p;
        const bool listed = t.lower == u"," || (t.word && !t.capitalised && !t.breakAfter);
        if (!listed)
            return false;
    }
    return false;
}

// "the A30", "on the SS54", "the M25 motorway": how a road is written about.
bool roadCued(const NameScan &s, qsizetype i)
{
    const bool prev = i > 0 && s.tokens.at(i - 1).word && s.words.roadBefore.contains(s.tokens.at(i - 1).lower);
    const bool next = i + 1 < s.tokens.size() && s.tokens.at(i + 1).word && s.words.roadAfter.contains(s.tokens.at(i + 1).lower);
    return prev || next;
}

// "Security Council Secretary Sergei Shoigu": an organization, a role, a person.
bool splitAtRole(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b)
{
    qsizetype role = -1;
    for (qsizetype k = b - 1; k >= a; --k) {
        // "Chief Executive Annegret Schäfer-Holm": a title made of two qualifying words.
        const bool pairedModifier = k > a && k < b && s.gaz.isRoleModifier(s.tokens.at(k).lower)
                                    && s.gaz.isRoleModifier(s.tokens.at(k - 1).lower) && s.name.at(k + 1)
                                    && !s.words.organizationHeads.contains(s.tokens.at(k + 1).lower)
                                    && !s.words.placeHeads.contains(s.tokens.at(k + 1).lower) && !s.gaz.isRole(s.tokens.at(k + 1).lower)
                                    && !s.gaz.isRoleModifier(s.tokens.at(k + 1).lower);
        // "Chief Economist Tobias Lindqvist": a known name that is also a title word ("Economist",
        // a magazine) is the title where a personal name follows it.
        const bool titleNotName = s.inPhrase.at(k) && s.phraseEnd.at(k) == k && k + 1 <= b && s.name.at(k + 1) && !s.inPhrase.at(k + 1)
                                  && !s.isCommon(k + 1) && !s.tokens.at(k).allCaps;
        if ((s.inPhrase.at(k) && !titleNotName) || s.tokens.at(k).possessive || (!s.gaz.isRole(s.tokens.at(k).lower) && !pairedModifier))
            continue;
        // A title word right after a body's head and before "of" is part of its name:
        // "Consulate General of Ecuador" (but "Security Council Secretary Sergei Shoigu").
        if (k > a && k < b && s.isHead(k - 1, s.words.organizationHeads) && s.tokens.at(k + 1).lower == u"of")
            continue;
        // "General Santos City": a title word opening a name that ends in a place's head names the place.
        if (k == a && s.tokens.at(k + 1).lower != u"of" && s.isHead(b, s.words.placeHeads) && !s.tokens.at(b).allCaps)
            continue;
        bool nameFollows = false;
        for (qsizetype j = k + 1; j <= b; ++j) {
            const QString &w = s.tokens.at(j).lower;
            if (s.name.at(j) && !s.gaz.isRole(w) && !s.gaz.isRoleModifier(w) && !s.words.connectors.contains(w))
                nameFollows = true;
        }
        if (nameFollows) {
            role = k;
            break;
        }
    }
    if (role < 0)
        return false;
    qsizetype prefixEnd = role - 1;
    while (prefixEnd >= a && (s.gaz.isRole(s.tokens.at(prefixEnd).lower) || s.gaz.isRoleModifier(s.tokens.at(prefixEnd).lower)))
        --prefixEnd;
    typeNameSpan(s, out, a, prefixEnd, false);
    qsizetype first = role + 1;
    if (first <= b && s.tokens.at(first).lower == u"of") {
        // "Secretary of State Antony Blinken", "Secretary of the National Security Council"
        ++first;
        if (first <= b && s.tokens.at(first).lower == u"the")
            ++first;
        if (first <= b && s.isHead(s.headIndex(first, b), s.words.organizationHeads))
            return typeNameSpan(s, out, first, b, false), true;
        // "the Governor of Bauchi State", "the Mayor of Kelbridge": what a role is of is a place
        // or a body, never the person who holds it.
        if (first <= b && (first == b || s.isHead(s.headIndex(first, b), s.words.placeHeads)))
            return typeNameSpan(s, out, first, b, false), true;
    }
    while (first <= b && (s.gaz.isRole(s.tokens.at(first).lower) || s.gaz.isRoleModifier(s.tokens.at(first).lower) || !s.name.at(first)))
        ++first;
    if (first > b)
        return true;
    if (s.phraseEnd.at(first) == b || s.isHead(s.headIndex(first, b), s.words.organizationHeads))
        return typeNameSpan(s, out, first, b, false), true;
    emitName(s, out, first, b, {kRole, 0, 0}, QString(), false);
    return true;
}

// Token a follows "the" straight on: "the Tempio Vecchio", "outside the Gigante de Arroyito".
bool afterArticle(const NameScan &s, qsizetype a)
{
    return a > 0 && s.tokens.at(a - 1).lower == u"the" && s.joined(a - 1, a);
}

// One capitalised word: a road's number, initials, a brand, or a name with no evidence yet.
void typeOneWord(const NameScan &s, NameFinderResult &out, qsizetype a)
{
    const qsizetype b = a;
    std::array<int, 3> votes{};
    const NameToken &t = s.tokens.at(a);
    // "L2612A", "K2290C": letters on both sides of three digits or more are a batch's or a
    // part's code ("TVN24" has two digits; "B4471", a road, ends in its number).
    if (const qsizetype firstDigit = std::find_if(t.lower.cbegin(), t.lower.cend(), [](QChar c) { return c.isDigit(); }) - t.lower.cbegin();
        firstDigit > 0 && firstDigit < t.lower.size() && t.lower.back().isLetter()
        && std::count_if(t.lower.cbegin(), t.lower.cend(), [](QChar c) { return c.isDigit(); }) >= 3)
        return;
    // "KT8D5", "H5N1": letters and digits taking turns three times or more are a model's or a
    // strain's code ("TVN24", "B737" turn once).
    int turns = 0;
    for (qsizetype k = 1; k < t.lower.size(); ++k)
        turns += t.lower.at(k).isDigit() != t.lower.at(k - 1).isDigit() ? 1 : 0;
    if (turns >= 3)
        return;
    if (s.roadCode(a)) {
        if (roadCued(s, a))
            return emitName(s, out, a, b, {0, 0, kHead}, QString(), false);
        // "broadcaster TVN24", "TVN24 reports": letters and a number that a body's noun names.
        const qsizetype p = s.prevWord(a);
        const bool bodyNoun =
            p >= 0 && s.tokens.at(p).word && !s.tokens.at(p).capitalised && s.words.organizationNouns.contains(s.tokens.at(p).lower);
        const bool speaks = a + 1 < s.tokens.size() && s.joined(a, a + 1) && s.isHead(a + 1, s.words.speechVerbs);
        if (bodyNoun || speaks)
            return emitName(s, out, a, b, {0, kStrongCue, 0}, QString(), false);
        return;
    }
    // "ÖBB-Holding AG" where the name before was cut off: a legal form after a name is part of
    // that company's name, never a name alone.
    if (s.words.legalForms.contains(t.lower) && a > 0 && s.joined(a - 1, a) && s.tokens.at(a - 1).capitalised)
        return;
    // "Rs 67 crore", "Rs 612.40": a currency's short form written like a word before an amount in
    // words or with its decimals (before a whole figure it may be a surname in a table: "Lin
    // 52,310"; before a share, too: "Lin 52.3%").
    if (!t.allCaps && t.lower.size() <= 3 && a + 3 < s.tokens.size() && s.tokens.at(a + 1).lower.at(0).isDigit()) {
        const bool inWords = s.words.amountWords.contains(s.tokens.at(a + 2).lower);
        const bool decimals = s.tokens.at(a + 2).lower == u"." && s.tokens.at(a + 2).start == s.tokens.at(a + 1).end
                              && s.tokens.at(a + 3).lower.at(0).isDigit() && (a + 4 >= s.tokens.size() || s.tokens.at(a + 4).lower != u"%");
        if (inWords || decimals)
            return;
    }
    if (t.allCaps && t.lower.size() >= 2 && t.lower.size() <= 8) { // up to "CONMEBOL", "CONCACAF"
        if (t.lower.size() > 3 && s.gaz.isCommonWord(t.lower))
            return; // "UPDATED", "WASH": an ordinary word in capitals
        // "PIT OF HOPE": a short ordinary word among ordinary words in capitals is a headline's
        // word, no initials ("WHO" and "US", closed-class words, stay initials).
        auto capitalWord = [&](qsizetype k) {
            return k >= 0 && k < s.tokens.size() && s.tokens.at(k).allCaps && s.tokens.at(k).word
                   && s.gaz.isCommonWord(s.tokens.at(k).lower) && !s.gaz.lookup(s.tokens.at(k).lower);
        };
        if (s.gaz.isCommonWord(t.lower) && !s.gaz.isClosedClass(t.lower)
            && ((a > 0 && s.joined(a - 1, a) && capitalWord(a - 1))
                || (a + 1 < s.tokens.size() && s.joined(a, a + 1) && capitalWord(a + 1))))
            return;
        if (currencyOrUnit(s, a))
            return;
        // "8790 SW 40th St.": a compass point before a numbered street.
        if (t.lower.size() <= 2 && a + 1 < s.tokens.size() && s.tokens.at(a + 1).lower.at(0).isDigit()
            && !s.tokens.at(a + 1).lower.back().isDigit())
            return;
        votes[OrgVote] = kWeakCue;
        emitName(s, out, a, b, votes, QString(), true);
        out.names.last().thing = namesThing(s, a);
        out.names.last().timeZone = timeZoneShape(s, a);
        return;
    }
    // "told The Local he had", "wrote in The Critic": an ordinary word after a capitalised "The"
    // inside a sentence is a title, a paper's or a magazine's.
    const bool titled = a > 0 && s.joined(a - 1, a) && s.tokens.at(a - 1).lower == u"the" && s.tokens.at(a - 1).capitalised
                        && !s.tokens.at(a - 1).sentenceStart && !s.tokens.at(a - 1).lineStart && !s.tokens.at(a - 1).titleLine && !t.allCaps
                        && s.isCommon(a);
    if (titled)
        return emitName(s, out, a, b, {0, kStrongCue, 0}, QString(), false);
    if ((s.isCommon(a) && !s.capitalisedOnly(t.lower)) || s.gaz.isRole(t.lower) || s.gaz.isRoleModifier(t.lower) || t.lower.size() < 2)
        return;
    // "Phase 1", "Article 5": an ordinary word numbering something is a label.
    if (s.isCommon(a) && a + 1 < s.tokens.size() && s.tokens.at(a + 1).lower.at(0).isDigit() && s.joined(a, a + 1))
        return;
    if (s.camelCase(t))
        votes[OrgVote] += kStrongCue; // "BlackRock", "RenewableUK": a brand's spelling
    emitName(s, out, a, b, votes, QString(), false);
    out.names.last().thing = s.camelCase(t) && brandThing(s, a);
}

// "register at the Sandman Centre", "in the Harbour Centre": a centre where people go is a
// venue, a place; "analysts at the Orvik Center", "Watchstanders at the ... Center" (people
// named by what they do) work for a body.
bool venueAt(const NameScan &s, qsizetype a, qsizetype b)
{
    if (!s.words.venueHeads.contains(s.tokens.at(b).lower))
        return false;
    qsizetype p = s.prevWord(a);
    if (p >= 0 && s.tokens.at(p).lower == u"the" && !s.tokens.at(p).capitalised)
        p = s.prevWord(p);
    if (p < 0 || s.tokens.at(p).capitalised || (s.tokens.at(p).lower != u"at" && s.tokens.at(p).lower != u"in"))
        return false;
    const qsizetype who = s.prevWord(p);
    if (who < 0)
        return true;
    const QString &w = s.tokens.at(who).lower;
    const bool doers = s.tokens.at(who).word && (w.endsWith(u"ers") || w.endsWith(u"ists") || w.endsWith(u"ians"));
    return !worksAt(s, who) && !doers;
}

// "Stats Orva", no; "Stats NZ", "Metro FM": a word, then initials in a text not written in
// capitals, names a body; people's surnames are not written as initials.
bool initialsClose(const NameScan &s, qsizetype a, qsizetype b)
{
    const NameToken &last = s.tokens.at(b);
    const bool roman =
        std::all_of(last.lower.cbegin(), last.lower.cend(), [](QChar c) { return c == u'i' || c == u'v' || c == u'x'; }); // "Henry VIII"
    return b > a && !roman && last.allCaps && last.lower.size() >= 2 && last.lower.size() <= 4 && !last.titleLine && !s.tokens.at(a).allCaps
           && !s.inPhrase.at(b) && !s.gaz.isGivenName(s.tokens.at(a).lower);
}

// "incident response firm Halberd Security", "the ransomware gang Crimson Lynx": ordinary words
// capitalised inside a sentence right after a noun that names a kind of body are that body's name.
bool describedAsBody(const NameScan &s, qsizetype a)
{
    const NameToken &t = s.tokens.at(a);
    if (a == 0 || t.sentenceStart || t.lineStart || t.titleLine || t.allCaps || !s.joined(a - 1, a))
        return false;
    const NameToken &before = s.tokens.at(a - 1);
    return before.word && !before.capitalised && s.words.organizationNouns.contains(before.lower);
}

// Several words that no gazetteer entry, role or event explains: their head, particles,
// compass words and how ordinary they are decide.
void typeSeveralWords(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b, bool orgHead, bool placeHead)
{
    const QString &first = s.tokens.at(a).lower;
    std::array<int, 3> votes{};
    bool fallbackPerson = false;
    // "the Church of St. Barbara": a church named for a saint is the building.
    const bool saintsBuilding = orgHead && a + 2 <= b && s.isHead(a, s.words.saintBuildingHeads) && s.tokens.at(a + 1).lower == u"of"
                                && s.isHead(a + 2, s.words.saints);
    if ((orgHead && venueAt(s, a, b)) || saintsBuilding)
        votes[PlaceVote] += kHead;
    else if (orgHead || s.legalFormAt(b) > a)
        votes[OrgVote] += kHead;
    else if (placeHead)
        votes[PlaceVote] += kHead;
    else {
        // "Pieter van den Berg", "Joost de Wit": a name particle inside a name is a person's,
        // unless the name follows a place's preposition ("in Cartagena de Indias").
        const qsizetype p = s.prevWord(a);
        const bool afterPlaceWord =
            p >= 0 && s.tokens.at(p).word && !s.tokens.at(p).capitalised && s.words.placePrepositionsInside.contains(s.tokens.at(p).lower);
        for (qsizetype k = a + 1; k < b; ++k) {
            if (!s.tokens.at(k).capitalised && s.words.nameParticles.contains(s.tokens.at(k).lower) && !afterPlaceWord) {
                votes[PersonVote] += kWeakCue;
                break;
            }
        }
        // "North Rhine-Westphalia", "West Papua": a compass word opens a region's name.
        if (s.words.directions.contains(first) && !s.inPhrase.at(a))
            votes[PlaceVote] += kStrongCue;
        bool allCommon = true;
        bool noneCommon = true;
        for (qsizetype k = a; k <= b; ++k) {
            if (!s.name.at(k))
                continue;
            const bool common = s.isCommon(k);
            allCommon = allCommon && common;
            noneCommon = noneCommon && !common;
        }
        if (allCommon && !describedAsBody(s, a))
            return; // "World War", "Strategic Partnership"
        // "LENA OKAFOR" in a credit is a name written in capitals, not initials.
        bool allCaps = true;
        for (qsizetype k = a; k <= b && allCaps; ++k)
            allCaps = !s.name.at(k) || s.tokens.at(k).allCaps;
        if (s.tokens.at(a).allCaps && !allCaps && first.size() >= 3 && !s.tokens.at(a).titleLine && !s.inPhrase.at(a))
            votes[OrgVote] += kStrongCue; // "BNP Paribas", "HSBC Holdings": initials open a firm's name
        else if (initialsClose(s, a, b))
            votes[OrgVote] += kStrongCue;
        else if (afterArticle(s, a)) {
            // "outside the Gigante de Arroyito", "over the Julian Prealps": people go without an article
        } else if (s.gaz.isGivenName(first))
            votes[PersonVote] += kGivenName;
        else if (noneCommon)
            fallbackPerson = true;
        // "Hunter Biden": an ordinary word then an unknown name reads as given name and surname.
        else if (b == a + 1 && !s.isCommon(b) && !s.inPhrase.at(b) && !s.tokens.at(b).allCaps)
            fallbackPerson = true;
    }
    emitName(s, out, a, b, votes, QString(), false, fallbackPerson);
}

// "the altarpiece by Veit Stoss", "the sculptor Veit Stoss": the last lower-case word before
// token a in its sentence that is no function word (at most four words back), else empty.
QString leadWord(const NameScan &s, qsizetype a)
{
    for (qsizetype k = a - 1, words = 0; k >= 0 && words < 4 && !s.tokens.at(k + 1).lineStart; --k) {
        const NameToken &t = s.tokens.at(k);
        if (!t.word) {
            if (t.lower == u"." || t.lower == u"!" || t.lower == u"?" || t.lower == u";" || t.lower == u":")
                return {};
            continue;
        }
        ++words;
        if (t.capitalised)
            return {};
        if (!s.gaz.isClosedClass(t.lower) && !s.words.speechVerbs.contains(t.lower))
            return t.lower;
    }
    return {};
}

// "Mizuho Bank, Ltd.", "Sachs & Co. LLC": words a..b are all legal forms written after a
// company's name (straight on, or after its comma or ampersand): part of that name, no name alone.
bool legalFormsOfNameBefore(const NameScan &s, qsizetype a, qsizetype b)
{
    for (qsizetype k = a; k <= b; ++k) {
        const NameToken &t = s.tokens.at(k);
        if (t.word && !s.words.legalForms.contains(t.lower))
            return false;
    }
    qsizetype p = a - 1;
    if (p >= 0 && !s.tokens.at(p).word && (s.text.at(s.tokens.at(p).start) == u',' || s.text.at(s.tokens.at(p).start) == u'&'))
        --p;
    return p >= 0 && s.tokens.at(p).word && s.tokens.at(p).capitalised && s.tokens.at(p).end < s.tokens.at(a).start
           && !s.text.mid(s.tokens.at(p).end, s.tokens.at(a).start - s.tokens.at(p).end).contains(u'\n');
}

} // namespace

void emitName(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b, std::array<int, 3> votes, const QString &canonical,
              bool acronym, bool fallbackPerson, bool event)
{
    if (canonical.isEmpty() && legalFormsOfNameBefore(s, a, b))
        return;
    NameCandidate c;
    c.range = {s.tokens.at(a).start, s.tokens.at(b).end};
    c.text = s.text.mid(c.range.start, c.range.length());
    c.canonical = canonical;
    c.key = canonical.isEmpty() ? Gazetteer::key(c.text) : Gazetteer::key(canonical);
    // "Kessler Antriebstechnik AG" and "Kessler Antriebstechnik" are one company.
    if (canonical.isEmpty() && b > a) {
        qsizetype legal = s.legalFormAt(b);
        // "Hata Securities Co., Ltd.": every legal form at the end, and the commas between them.
        for (qsizetype before = legal - 1; legal > a && before > a && !s.tokens.at(before).word; before = legal - 1) {
            const qsizetype more = s.legalFormAt(before - 1);
            if (more <= a)
                break;
            legal = more;
        }
        if (legal > a)
            c.key = s.sliceKey(a, legal - 1);
    }
    // "Thiago “Tico” Albuquerque" is "Thiago Albuquerque", also called "Tico".
    for (qsizetype k = a + 1; k < b && canonical.isEmpty(); ++k) {
        if (s.tokens.at(k).word)
            continue;
        qsizetype close = k + 1;
        while (close < b && s.tokens.at(close).word)
            ++close;
        if (close < b && close > k + 1) {
            // (sliceKey reuses one buffer: the given name is copied before the surname is read)
            const QString given = s.sliceKey(a, k - 1);
            c.key = given + u' ' + s.sliceKey(close + 1, b);
            c.nickname = s.sliceKey(k + 1, close - 1);
        }
        break;
    }
    if (event) {
        c.event = true;
        c.words = int(b - a + 1);
        out.names.append(std::move(c));
        return;
    }
    // "River Natisone", "Pacific Ocean": a water goes by its name without its kind too.
    if (b > a && s.tokens.at(a).capitalised && s.words.waterHeads.contains(s.tokens.at(a).lower))
        c.waterKey = s.sliceKey(a + 1, b);
    else if (b > a && s.words.waterHeads.contains(s.tokens.at(b).lower))
        c.waterKey = s.sliceKey(a, b - 1); // "Pacific Ocean", "the Natisone river"
    addContextCues(s, a, b, votes);
    if (const auto known = canonical.isEmpty() ? s.gaz.knownKind(c.key) : std::nullopt) {
        const int vote = *known == EntityType::Place ? PlaceVote : OrgVote;
        votes[vote] += kWeakCue;
        c.prior[vote] = kWeakCue;
    }
    if (acronym)
        votes[PersonVote] = 0; // "data compiled by LSEG": people are not named by initials
    c.votes = votes;
    c.acronym = acronym;
    c.fallbackPerson = fallbackPerson;
    if (const qsizetype p = s.prevWord(a); p >= 0 && p == a - 1 && s.tokens.at(p).word && !s.tokens.at(p).capitalised)
        c.insidePlace = s.tokens.at(p).lower != u"at" && s.words.placePrepositionsInside.contains(s.tokens.at(p).lower);
    c.words = int(b - a + 1);
    if (b > a)
        c.leadWord = leadWord(s, a);
    out.names.append(std::move(c));
}

// "North East England", "Far North Queensland": a region known by compass words alone, before
// a known place or a word no list knows, is that part of the place.
bool compassRegionOfPlace(const NameScan &s, qsizetype a, qsizetype b)
{
    const qsizetype e = s.phraseEnd.at(a);
    if (e <= a || e >= b)
        return false;
    for (qsizetype k = a; k <= e; ++k) {
        if (!s.words.directions.contains(s.tokens.at(k).lower) && s.tokens.at(k).lower != u"far")
            return false;
    }
    if (s.phraseEnd.at(e + 1) == b) {
        const auto entry = s.gaz.lookup(s.sliceKey(e + 1, b));
        return entry && entry->type == EntityType::Place;
    }
    return e + 1 == b && !s.isCommon(b) && !s.inPhrase.at(b) && !s.tokens.at(b).allCaps;
}

// A known name at the start of a run of ordinary capitalised words, or inside a longer run:
// types the pieces and returns true; false when the run holds no known name to split at.
bool typeAroundKnownName(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b)
{
    // A known name followed by ordinary capitalised words names something else
    // after it: "Indo-Pacific Strategy", "BRICS Summit", "Paris Agreement".
    if (s.phraseEnd.at(a) >= 0 && s.phraseEnd.at(a) < b) {
        bool ordinaryRest = true;
        for (qsizetype k = s.phraseEnd.at(a) + 1; k <= b && ordinaryRest; ++k)
            ordinaryRest = (s.isCommon(k) || s.words.documentHeads.contains(s.tokens.at(k).lower)) && !s.inPhrase.at(k);
        // "UN Resident Coordinator", "White House Press Secretary": a title after a
        // known body names the body.
        if (ordinaryRest && s.gaz.isRole(s.tokens.at(b).lower)) {
            const auto entry = s.gaz.lookup(s.sliceKey(a, s.phraseEnd.at(a)));
            if (entry && entry->type == EntityType::Organization) {
                typeNameSpan(s, out, a, s.phraseEnd.at(a), false);
                return true;
            }
        }
        // "UNESCO World Heritage site", "BRICS Summit": a body's name still names the body
        // ("the Paris Agreement" names no place).
        if (ordinaryRest) {
            const auto entry = s.gaz.lookup(s.sliceKey(a, s.phraseEnd.at(a)));
            if (entry && entry->type == EntityType::Organization)
                typeNameSpan(s, out, a, s.phraseEnd.at(a), false);
            return true;
        }
    }
    // "Mary Fahy", "Jordan Okafor": a given name that also names a place, before a surname
    // nobody lists, is the person's name.
    if (s.phraseEnd.at(a) == a && b <= a + 2 && s.gaz.isGivenName(s.tokens.at(a).lower)) {
        bool surname = true;
        for (qsizetype k = a + 1; k <= b && surname; ++k)
            surname = s.name.at(k) && !s.isCommon(k) && !s.inPhrase.at(k) && !s.tokens.at(k).allCaps;
        if (surname)
            return false;
    }
    if (compassRegionOfPlace(s, a, b)) {
        emitName(s, out, a, b, {0, 0, kGazetteer}, QString(), false);
        return true;
    }
    // A known name inside a longer run: "Beijing Moscow".
    for (qsizetype k = a; k <= b; ++k) {
        if (s.phraseEnd.at(k) >= 0 && !(k == a && s.phraseEnd.at(k) == b)) {
            const qsizetype e = s.phraseEnd.at(k);
            typeNameSpan(s, out, a, k - 1, false);
            typeNameSpan(s, out, k, e, false);
            typeNameSpan(s, out, e + 1, b, false);
            return true;
        }
    }
    return false;
}

// "Seabird Rescue Namibia", "Penguin Care Orvania": ordinary words capitalised inside a sentence
// (two or three, none opening it or its line) straight before a country's name that ends the run
// name a body that serves the country.
bool ordinaryWordsBeforeCountry(const NameScan &s, qsizetype a, qsizetype b)
{
    constexpr qsizetype kLeast = 2, kMost = 3;
    for (qsizetype k = a; k <= b && k - a <= kMost; ++k) {
        if (k - a >= kLeast && s.phraseEnd.at(k) == b && s.gaz.isCountry(s.sliceKey(k, b)))
            return true;
        const NameToken &t = s.tokens.at(k);
        if (!s.isCommon(k) || s.inPhrase.at(k) || t.allCaps || t.sentenceStart || t.lineStart || t.titleLine || t.possessive
            || s.words.directions.contains(t.lower) || s.gaz.isDemonym(t.lower))
            return false;
    }
    return false;
}

// "Environment Canada", "Statistics Norway", "Environment and Climate Change Canada", "Police
// Scotland", "Athletics Kenya": a public function's word before the name of a country or of a
// territory with its own government names a body of that government ("environment" is also a
// minister's portfolio). "Garuda Indonesia", "Telkom Kenya": a coined word before a country's
// name names a company after the country it serves (a region's name opens with a compass word:
// "West Java").
bool bodyOfCountry(const NameScan &s, qsizetype a, qsizetype b)
{
    const QString &first = s.tokens.at(a).lower;
    if (b > a && s.words.bodyFunctionWords.contains(first) && !s.inPhrase.at(a)) {
        for (qsizetype k = a + 1; k <= b && k <= a + 5; ++k) {
            if (s.phraseEnd.at(k) == b && s.gaz.isGovernedTerritory(s.sliceKey(k, b)))
                return true;
            if (k > a + 3 && s.tokens.at(a + 1).lower != u"and")
                break;
        }
    }
    if (b > a && s.phraseEnd.at(a + 1) == b && s.gaz.isCountry(s.sliceKey(a + 1, b)) && !s.isCommon(a) && !s.inPhrase.at(a)
        && !s.tokens.at(a).allCaps && !s.gaz.isGivenName(first) && !s.words.directions.contains(first) && !s.gaz.isDemonym(first))
        return true;
    return ordinaryWordsBeforeCountry(s, a, b);
}

// "South African Thabo Mokoena": a people's adjective of two words before a name is no part of it.
bool nameAfterPeoplesAdjective(const NameScan &s, qsizetype a, qsizetype b)
{
    return b >= a + 3 && !s.inPhrase.at(a + 2) && s.gaz.isDemonym(s.sliceKey(a, a + 1))
           && (s.gaz.isGivenName(s.tokens.at(a + 2).lower)
               || (b == a + 3 && !s.isCommon(a + 2) && !s.isCommon(b) && !s.isHead(b, s.words.organizationHeads)
                   && !s.isHead(b, s.words.placeHeads)));
}

// "University Hospital Brno", "University College Dublin": a body's head before a known place's
// name that ends the run names the body there; a town the hand-kept and WordNet lists know
// is known enough (one word: "Olomouc").
bool bodyAtPlace(const NameScan &s, qsizetype a, qsizetype b)
{
    for (qsizetype k = a + 2; k <= b; ++k) {
        const bool known = s.isKnownPlace(k, b) || (k == b && s.gaz.knownKind(s.tokens.at(b).lower) == EntityType::Place);
        if ((s.phraseEnd.at(k) == b || k == b) && known && !s.inPhrase.at(k - 1) && s.isHead(k - 1, s.words.organizationHeads))
            return true;
    }
    return false;
}

namespace {

// "served under the Supplementary Meals Programme", "put in the Universal Screening Programme",
// "the ministry's Free Lunch Programme": a programme something is done under or put in, or that
// an ordinary word owns, is a plan, no body.
bool planActedUnder(const NameScan &s, qsizetype a, qsizetype b)
{
    if (a == b || s.inPhrase.at(b) || !s.tokens.at(b).capitalised || !s.words.planHeads.contains(s.tokens.at(b).lower))
        return false;
    const qsizetype p = s.prevWord(a);
    if (p < 0 || !s.tokens.at(p).word || s.tokens.at(p).capitalised)
        return false;
    const QString &w = s.tokens.at(p).lower;
    return w == u"under" || w == u"in" || w == u"into" || w == u"through" || s.tokens.at(p).possessive;
}

} // namespace

void typeNameSpan(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b, bool splitRoles)
{
    while (a <= b && !s.name.at(a) && !s.inPhrase.at(a))
        ++a;
    while (b >= a && !s.name.at(b) && !s.inPhrase.at(b))
        --b;
    if (a > b)
        return;
    // "sang Trelawny", "sang Jerusalem": a song's title after a verb of singing, though a place
    // is named so too (not "sang Adele's song").
    if (const qsizetype p = s.prevWord(a);
        p >= 0 && p == a - 1 && s.isHead(p, s.words.songVerbs) && !s.tokens.at(p).capitalised && !s.tokens.at(b).possessive)
        return;
    if (s.phraseEnd.at(a) == b) {
        const auto entry = s.gaz.lookup(s.sliceKey(a, b));
        std::array<int, 3> votes{};
        votes[voteIndex(entry->type)] = kGazetteer;
        const bool acronym = a == b && s.tokens.at(a).allCaps;
        emitName(s, out, a, b, votes, entry->canonical, acronym);
        return;
    }
    if (splitRoles && splitAtRole(s, out, a, b))
        return;
    // "Several KMT lawmakers", "Both Orvia directors": a quantifier capitalised only because it
    // opens the sentence is no word of the name ("The" may be: "The Hague").
    if (a < b && s.tokens.at(a).sentenceStart && !s.inPhrase.at(a) && s.tokens.at(a).lower != u"the"
        && s.gaz.isClosedClass(s.tokens.at(a).lower))
        return typeNameSpan(s, out, a + 1, b, false);
    // "the NOAA Search and Rescue ... website": initials before ordinary words that end in no
    // body's or place's head are the body alone; the words after them name something of its.
    if (b > a && s.tokens.at(a).allCaps && !s.isCommon(a) && !s.inPhrase.at(a) && !s.tokens.at(b).allCaps
        && !s.isHead(b, s.words.organizationHeads) && !s.isHead(b, s.words.placeHeads) && !s.isHead(b, s.words.eventHeads)) {
        bool ordinary = true;
        for (qsizetype k = a + 1; k <= b && ordinary; ++k)
            ordinary = s.isCommon(k) && !s.inPhrase.at(k) && !s.gaz.isRole(s.tokens.at(k).lower);
        if (ordinary)
            return typeOneWord(s, out, a);
    }
    // "(Petty Officer 2nd) Class Aaron Fuentes": an ordinary word before a given name and a
    // surname is the end of a title.
    // ("Piazza Paolo Diacono", "Avenida Jorge Newbery": a place named after a person keeps its head.)
    if (b >= a + 2 && s.isCommon(a) && !s.inPhrase.at(a) && !s.tokens.at(a).allCaps && s.name.at(a + 1)
        && s.gaz.isGivenName(s.tokens.at(a + 1).lower) && !s.words.placeHeadsFirst.contains(s.tokens.at(a).lower)
        && !s.words.organizationHeadsFirst.contains(s.tokens.at(a).lower))
        return typeNameSpan(s, out, a + 1, b, false);
    const QString &first = s.tokens.at(a).lower;
    // "Copa Sudamericana", "Davis Cup": an event, noted so that its short name is known too.
    if (!s.inPhrase.at(b) && (s.words.eventHeads.contains(s.tokens.at(b).lower) || s.words.eventHeadsFirst.contains(first))) {
        // Known names inside it are still mentioned: "Russia-China Expo", "Qatar World Cup".
        for (qsizetype k = a; k <= b; ++k) {
            if (s.phraseEnd.at(k) >= 0) {
                typeNameSpan(s, out, k, s.phraseEnd.at(k), false);
                k = s.phraseEnd.at(k);
            }
        }
        if (a < b)
            return emitName(s, out, a, b, {}, QString(), false, false, true);
        return;
    }
    // "the Cornwall Bill", "the Lisbon Treaty": a document named after a place (its place is
    // not mentioned, as in "the Paris Agreement").
    if (a < b && !s.inPhrase.at(b) && s.tokens.at(b).capitalised && s.words.documentHeads.contains(s.tokens.at(b).lower))
        return;
    if (planActedUnder(s, a, b))
        return;
    // "MONTEVIDEO, Uruguay (AP) —", "ROSARIO —": a dateline's place in capitals.
    if (s.tokens.at(a).lineStart && datelineFollows(s, a, b))
        return emitName(s, out, a, b, {0, 0, kStrongCue + 1}, QString(), false);
    // "Latin American", "South American": adjectives of a people, not names.
    if (a < b && (s.gaz.isDemonym(s.sliceKey(a, b)) || (s.words.directions.contains(first) && s.gaz.isDemonym(s.sliceKey(a + 1, b)))))
        return;
    // "Ecuadorian Red Cross", "American Red Cross": a people's own branch of a known body.
    if (s.gaz.isDemonym(first) && a + 1 < b && s.phraseEnd.at(a + 1) == b) {
        const auto entry = s.gaz.lookup(s.sliceKey(a + 1, b));
        if (entry && entry->type == EntityType::Organization)
            return emitName(s, out, a, b, {0, kGazetteer, 0}, QString(), false);
    }
    if (bodyOfCountry(s, a, b))
        return emitName(s, out, a, b, {0, kStrongCue, 0}, QString(), false);
    if (nameAfterPeoplesAdjective(s, a, b))
        return typeNameSpan(s, out, a + 2, b, false);
    if (s.gaz.isDemonym(first) || (s.gaz.isRoleModifier(first) && a < b)) {
        // "Philippine Consulate General": a title word after the body's head keeps it.
        const qsizetype h = s.headIndex(a, b);
        const bool bodyHead = s.isHead(h, s.words.organizationHeads)
                              || (h > a + 1 && s.isHead(h - 1, s.words.organizationHeads) && s.gaz.isRoleModifier(s.tokens.at(h).lower))
                              || (h > a + 1 && s.isHead(h - 1, s.words.organizationHeads) && s.gaz.isRole(s.tokens.at(h).lower));
        // "General Santos City": a title word opening a place's name is part of it, and so is a
        // compass word ("the Central Mine Rescue Station"), though not a people's adjective.
        // A sea named after a people is a place too ("the Norwegian Sea", "the Indian Ocean").
        const bool placeName =
            ((!s.gaz.isDemonym(first) || s.words.directions.contains(first)) && s.isHead(b, s.words.placeHeads) && !s.tokens.at(b).allCaps)
            || (a < b && s.isHead(b, s.words.waterHeads) && !s.tokens.at(b).allCaps);
        if (a == b || (!bodyHead && !placeName))
            return typeNameSpan(s, out, a + 1, b, false);
    }
    if (s.words.directions.contains(first) && a < b && s.phraseEnd.at(a + 1) == b) {
        const auto entry = s.gaz.lookup(s.sliceKey(a + 1, b));
        if (entry && entry->type == EntityType::Place)
            return emitName(s, out, a, b, {0, 0, kGazetteer}, QString(), false);
    }
    const qsizetype head = s.headIndex(a, b);
    // "Thompson Regional District", "Oak Valley School District": a district of local
    // government is a body.
    const bool bodyDistrict =
        head > a && s.tokens.at(head).lower == u"district" && s.words.bodyDistrictWords.contains(s.tokens.at(head - 1).lower);
    // "Bank of England": a head word before "of" decides even when it comes first.
    // "Consulate General of Ecuador": a title word after the head keeps it.
    // "Nomura Securities Co.": a company's legal form ends the name, whatever words it holds.
    const bool orgHead = bodyDistrict || s.legalFormAt(b) > a
                         || ((s.isHead(head, s.words.organizationHeads)
                              || (head > a && s.isHead(head - 1, s.words.organizationHeads)
                                  && (s.gaz.isRole(s.tokens.at(head).lower) || s.gaz.isRoleModifier(s.tokens.at(head).lower))))
                             && (head > a || head < b));
    const bool placeHead = !bodyDistrict && s.isHead(head, s.words.placeHeads) && (head > a || head < b);
    // "Banco Central del Ecuador", "Bahía de Caráquez": languages that name the kind first.
    if (!orgHead && !placeHead && a < b && s.phraseEnd.at(a) != b) {
        if (s.words.organizationHeadsFirst.contains(first))
            return emitName(s, out, a, b, {0, kHead, 0}, QString(), false);
        // "St Ives" is a town, "St Barbara" (a given name alone after it) the saint.
        const bool saint = s.words.saints.contains(first) && b == a + 1 && s.gaz.isGivenName(s.tokens.at(b).lower);
        if (s.words.placeHeadsFirst.contains(first) && !saint)
            return emitName(s, out, a, b, {0, 0, kHead}, QString(), false);
    }
    if (bodyAtPlace(s, a, b))
        return emitName(s, out, a, b, {0, kHead, 0}, QString(), false);
    // "GeoSphere Austria": a brand's spelling before a country's or a region's name is the
    // brand's branch there, one body.
    if (!orgHead && !placeHead && b == a + 1 && s.phraseEnd.at(b) == b && s.camelCase(s.tokens.at(a)) && s.isKnownPlace(b, b))
        return emitName(s, out, a, b, {0, kStrongCue, 0}, QString(), false);
    // "Karla Mendoza", "Michael Jordan": an unknown name before a one-word known place
    // is a given name before a surname.
    if (!orgHead && !placeHead && b == a + 1 && s.phraseEnd.at(b) == b && !s.inPhrase.at(a) && !s.tokens.at(a).allCaps
        && !s.tokens.at(b).allCaps && !s.isCommon(a) && !s.gaz.isDemonym(first) && !s.gaz.isRole(first) && !s.gaz.isRoleModifier(first)
        && !s.words.directions.contains(first) && s.isKnownPlace(b, b))
        return emitName(s, out, a, b, {kGivenName, 0, 0}, QString(), false);
    if (!orgHead && !placeHead && typeAroundKnownName(s, out, a, b))
        return;
    if (a == b)
        return typeOneWord(s, out, a);
    typeSeveralWords(s, out, a, b, orgHead, placeHead);
}
