// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namecues.h"

bool worksAt(const NameScan &s, qsizetype k)
{
    if (k < 0 || !s.tokens.at(k).word || (s.tokens.at(k).capitalised && !s.tokens.at(k).sentenceStart))
        return false;
    const QString &w = s.tokens.at(k).lower;
    return s.words.worksAt.contains(w) || s.words.personNouns.contains(w);
}

namespace {

// Token k is a name's possessive that the next word follows on the same line ("Orvik's largest").
bool ownerBefore(const NameScan &s, qsizetype k)
{
    return s.tokens.at(k).possessive && k + 1 < s.tokens.size() && s.tokens.at(k + 1).word
           && s.tokens.at(k + 1).start - s.tokens.at(k).end <= 3 && !s.text.mid(s.tokens.at(k).end, 3).contains(u'\n');
}

// "the Castello Ruvido, a 12th-century fortress", "Ann Ko, the union's district secretary for
// Kent": a description after a comma and an article says what the name is by its last noun
// (before a preposition, a verb or a clause). Returns its vote, or -1.
int appositionAfter(const NameScan &s, qsizetype b)
{
    const qsizetype comma = b + 1;
    if (s.tokens.at(b).possessive || comma + 2 >= s.tokens.size() || s.tokens.at(comma).lower != u",")
        return -1;
    // ("Vardetti, Orvik's largest farm organisation,": an owner's name of one word opens it too.)
    const NameToken &opener = s.tokens.at(comma + 1);
    const bool owner = opener.word && opener.capitalised && ownerBefore(s, comma + 1);
    if (!owner && (!s.words.articles.contains(opener.lower) || opener.capitalised))
        return -1;
    qsizetype head = -1;
    for (qsizetype k = comma + 2; k < s.tokens.size() && k <= comma + 7; ++k) {
        const NameToken &t = s.tokens.at(k);
        if (!t.word && (t.lower == u"-" || t.lower == u"\u2010"))
            continue;
        if (!t.word || s.gaz.isClosedClass(t.lower) || t.lower.endsWith(u"ed") || t.lower.endsWith(u"ing"))
            break;
        // "the council's headquarters": the owner is not the head; "the Lombard chapel".
        if (!t.possessive && !t.capitalised && !t.lower.at(0).isDigit())
            head = k;
    }
    if (head < 0)
        return -1;
    const QString &w = s.tokens.at(head).lower;
    if (s.words.personNouns.contains(w) || s.gaz.isRole(w))
        return PersonVote;
    if (s.words.appositionOrganizationNouns.contains(w) || s.words.lowercaseOrganizationHeads.contains(w))
        return OrgVote;
    if (s.words.placeHeads.contains(w) || s.words.placeNouns.contains(w) || s.words.lowercasePlaceHeads.contains(w)
        || s.words.appositionPlaceNouns.contains(w))
        return PlaceVote;
    return -1;
}

// Whether the word before the comma `comma` is a noun a determiner or an owner's name
// introduces, after at most two words in small letters: "his restaurant", "Orvik's largest farm
// union", "the main farm unions".
bool describedNounBefore(const NameScan &s, qsizetype comma)
{
    for (qsizetype k = comma - 1; k >= 0 && k >= comma - 4; --k) {
        const NameToken &t = s.tokens.at(k);
        if (!t.word)
            return false;
        if (k < comma - 1 && (s.words.determiners.contains(t.lower) || (t.possessive && t.capitalised && ownerBefore(s, k))))
            return true;
        if (t.capitalised || t.possessive || s.gaz.isClosedClass(t.lower) || t.lower.at(0).isDigit()
            || (k + 1 < comma && !s.joined(k, k + 1)))
            return false;
    }
    return false;
}

// "Photo: Ines Varga", "PHOTO | LENA OKAFOR |", "© Tomas Brandl, AFP": a credit names a person.
bool creditBefore(const NameScan &s, qsizetype a)
{
    const qsizetype p = a - 1;
    if (p < 0 || s.tokens.at(p).word)
        return false;
    if (s.tokens.at(p).lower == u"\u00a9")
        return true;
    return (s.tokens.at(p).lower == u":" || s.tokens.at(p).lower == u"|") && p > 0 && s.tokens.at(p - 1).word
           && s.words.creditWords.contains(s.tokens.at(p - 1).lower);
}

// "the theft of the Isabella necklace", "the launch of the Petrel rocket": one name between
// "the" and a kind of movable thing names that thing, and the preposition before it points at
// the thing, not at a place ("in the Hoboken district", "at the Riachuelo substation" still do).
bool modifiesThing(const NameScan &s, qsizetype a, qsizetype b)
{
    const qsizetype q = b + 1;
    if (a != b || a == 0 || s.tokens.at(a - 1).lower != u"the" || q >= s.tokens.size())
        return false;
    const NameToken &next = s.tokens.at(q);
    return next.word && !next.capitalised && s.joined(b, q) && s.words.thingNouns.contains(next.lower);
}

// "Ann Ko, 71, from Kirkcaldy, Fife, who lost": a name after a preposition of place, a town's
// name and a comma is the town's region (and ", who" after it speaks of someone before).
bool regionAfterTown(const NameScan &s, qsizetype a)
{
    if (a < 3 || s.tokens.at(a - 1).lower != u"," || !s.name.at(a - 2))
        return false;
    qsizetype first = a - 2;
    while (first > 0 && s.name.at(first - 1) && s.joined(first - 1, first))
        --first;
    if (first == 0)
        return false;
    const NameToken &before = s.tokens.at(first - 1);
    // "the mayor of Andøy, Trond Eilertsen, said": after "of" the name is the place's officer's.
    return before.word && !before.capitalised && s.joined(first - 1, first)
           && (before.lower == u"from" || s.words.placePrepositionsInside.contains(before.lower));
}

// "CLARA MENDES: Helen, in La Boca ...": a name in capitals opening a line and followed by a
// colon is a speaker's label in a transcript or an interview (not "BREAKING:", an ordinary word).
bool speakerLabel(const NameScan &s, qsizetype a, qsizetype b)
{
    if (a == b || !s.tokens.at(a).lineStart || b + 1 >= s.tokens.size() || s.tokens.at(b + 1).lower != u":")
        return false;
    bool ordinary = true;
    for (qsizetype k = a; k <= b; ++k) {
        if (!s.tokens.at(k).allCaps)
            return false;
        ordinary = ordinary && s.isCommon(k);
    }
    return !ordinary;
}

} // namespace

void addContextCues(const NameScan &s, qsizetype a, qsizetype b, std::array<int, 3> &votes)
{
    const qsizetype p = s.prevWord(a);
    // "his restaurant, El Manaba, was", "Orvik's largest farm union, Vardetti, did not", "the
    // main farm unions, Vardetti and Belmagra,": an apposition between commas (or opening a list
    // with "and") after a described noun takes the cue of that noun.
    if (p > 1 && s.tokens.at(p).lower == u"," && describedNounBefore(s, p) && b + 1 < s.tokens.size()
        && (s.tokens.at(b + 1).lower == u"," || s.tokens.at(b + 1).lower == u"and")) {
        if (s.words.appositionOrganizationNouns.contains(s.tokens.at(p - 1).lower))
            votes[OrgVote] += kStrongCue + 1;
        else if (s.words.placeNouns.contains(s.tokens.at(p - 1).lower))
            votes[PlaceVote] += kStrongCue + 1;
    }
    const bool cueWord =
        p >= 0 && s.tokens.at(p).word
        && (!s.tokens.at(p).capitalised
            || (s.tokens.at(p).sentenceStart && !s.tokens.at(p).allCaps && s.words.placePrepositions.contains(s.tokens.at(p).lower)));
    if (cueWord) {
        const QString &w = s.tokens.at(p).lower;
        // "Reporting by X", "Photo by X" name a person; "compiled by LSEG", "rejected by Remo" need not.
        if (w == u"by")
            votes[PersonVote] += p > 0 && s.words.authoredBy.contains(s.tokens.at(p - 1).lower) ? kStrongCue + 1 : kWeakCue;
        else if (s.words.personNouns.contains(w))
            votes[PersonVote] += kStrongCue + 1;
        if (s.words.organizationNouns.contains(w))
            votes[OrgVote] += kStrongCue;
        // "the tiny village of Kilnaleck, who died": a place's kind, then "of", then its name.
        if (w == u"of" && p > 0 && s.tokens.at(p - 1).word && !s.tokens.at(p - 1).capitalised
            && s.words.placeNouns.contains(s.tokens.at(p - 1).lower))
            votes[PlaceVote] += kStrongCue + 1;
        // "a flight bound for Tarvik": a destination.
        if (w == u"for" && p > 0 && s.words.destinationWords.contains(s.tokens.at(p - 1).lower))
            votes[PlaceVote] += kStrongCue;
        if (s.words.placePrepositions.contains(w)) {
            const bool accordingTo = w == u"to" && p > 0 && s.tokens.at(p - 1).lower == u"according";
            if (w == u"at" && worksAt(s, p - 1))
                votes[OrgVote] += kStrongCue; // "analysts at Barclays", "teaches at FLACSO"
            else if ((w == u"in" || w == u"of") && p > 0 && s.words.investedIn.contains(s.tokens.at(p - 1).lower))
                votes[OrgVote] += kStrongCue; // "shares in Vermeulen", "a stake of ...""
            else if (!accordingTo && !modifiesThing(s, a, b))
                votes[PlaceVote] += kWeakCue;
        }
    } else if (p >= 0 && s.tokens.at(p).lower == u"by" && s.tokens.at(p).lineStart) {
        votes[PersonVote] += kStrongCue + 1; // byline
    }
    if (const int described = appositionAfter(s, b); described >= 0)
        votes[described] += kStrongCue + 1;
    if (creditBefore(s, a) || speakerLabel(s, a, b))
        votes[PersonVote] += kStrongCue + 1;
    const qsizetype q = b + 1;
    // "Vermeulen CEO Pieter van den Berg", "Kessler Chief Executive ...": a company's officer follows its name.
    if (q < s.tokens.size() && s.tokens.at(q).word && s.tokens.at(q).capitalised && s.joined(b, q) && !s.tokens.at(b).possessive
        && s.words.companyOfficers.contains(s.tokens.at(q).lower))
        votes[OrgVote] += kStrongCue;
    // "Kessler shares fell", "Vermeulen's board": what only a company has.
    if (q < s.tokens.size() && s.tokens.at(q).word && !s.tokens.at(q).capitalised
        && (s.words.companyNouns.contains(s.tokens.at(q).lower)
            || (s.tokens.at(b).possessive && s.tokens.at(q).lower == u"chief" && q + 1 < s.tokens.size()
                && s.tokens.at(q + 1).lower == u"executive")))
        votes[OrgVote] += kStrongCue;
    if (q < s.tokens.size() && s.tokens.at(q).word && !s.tokens.at(q).capitalised && !s.tokens.at(b).possessive) {
        const QString &w = s.tokens.at(q).lower;
        if (s.words.speechVerbs.contains(w))
            votes[PersonVote] += kWeakCue;
        // "The City of Orvik said": a place's government speaks under the place's formal name.
        if (s.words.speechVerbs.contains(w) && b > a + 1 && s.tokens.at(a + 1).lower == u"of" && s.tokens.at(a).capitalised
            && s.words.governedPlaceKinds.contains(s.tokens.at(a).lower))
            votes[OrgVote] += kHead + kStrongCue;
        if (s.words.placeNouns.contains(w))
            votes[PlaceVote] += kStrongCue;
        if (s.words.organizationNouns.contains(w))
            votes[OrgVote] += kStrongCue;
        // "Tesla chief executive Elon Musk": a company's officer follows its name.
        if (s.words.companyOfficers.contains(w))
            votes[OrgVote] += kStrongCue;
    }
    // "asked the Orvana Region to install a barrier": a place asked to act is its government.
    if (const qsizetype r = s.prevWord(a); r >= 0 && s.tokens.at(r).word && s.words.requestVerbs.contains(s.tokens.at(r).lower)
                                           && s.isHead(b, s.words.placeHeads) && q + 1 < s.tokens.size() && s.tokens.at(q).lower == u"to"
                                           && s.joined(b, q) && s.tokens.at(q + 1).word && !s.tokens.at(q + 1).capitalised)
        votes[OrgVote] += kHead + kStrongCue;
    // "Golden, Colorado", "Paris, Texas": a name before a comma and a known place is a town.
    if (q + 1 < s.tokens.size() && s.tokens.at(q).lower == u"," && s.phraseEnd.at(q + 1) >= 0 && !s.inPhrase.at(a)
        && s.isKnownPlace(q + 1, s.phraseEnd.at(q + 1))) {
        const qsizetype e = s.phraseEnd.at(q + 1);
        const bool more = e + 1 < s.tokens.size() && s.tokens.at(e + 1).word && s.tokens.at(e + 1).capitalised && s.joined(e, e + 1);
        // "Ann Ko, Orvik health officer, said": the place qualifies a role that describes the name.
        if (!s.tokens.at(e).possessive && !more && !roleFollows(s.text, s.tokens.at(e).end))
            votes[PlaceVote] += kStrongCue;
    }
    // "IG Metall said it would", "X said he": the pronoun after a speech verb tells a body
    // from a person; so does ", who" against ", which".
    if (q + 1 < s.tokens.size() && s.tokens.at(q).word && s.words.speechVerbs.contains(s.tokens.at(q).lower)
        && !s.tokens.at(b).possessive) {
        qsizetype k = q + 1;
        while (k < s.tokens.size() && k < q + 6 && s.words.pronounSkip.contains(s.tokens.at(k).lower))
            ++k;
        if (k < s.tokens.size()) {
            const QString &w = s.tokens.at(k).lower;
            if (w == u"it" || w == u"its")
                votes[OrgVote] += kStrongCue;
            else if (w == u"he" || w == u"she" || w == u"his" || w == u"her")
                votes[PersonVote] += kStrongCue;
        }
    }
    const bool region = regionAfterTown(s, a);
    if (region)
        votes[PlaceVote] += kStrongCue;
    if (q + 1 < s.tokens.size() && s.tokens.at(q).lower == u"," && s.tokens.at(q + 1).lower == u"who" && !s.tokens.at(b).possessive
        && !region)
        votes[PersonVote] += kStrongCue;
    // "Smith, 45," is a person's age.
    if (q + 1 < s.tokens.size() && s.tokens.at(q).lower == u"," && s.tokens.at(q + 1).word && s.tokens.at(q + 1).lower.at(0).isDigit()
        && s.tokens.at(q + 1).lower.size() <= 3)
        votes[PersonVote] += kStrongCue;
}

bool roleFollows(const QString &text, qsizetype end)
{
    qsizetype p = end;
    for (int words = 0; words < 2 && p < text.size() && text.at(p) == u' '; ++words) {
        const qsizetype start = ++p;
        while (p < text.size() && text.at(p).isLetter())
            ++p;
        if (p == start || !text.at(start).isLower())
            return false;
        const QString word = text.mid(start, p - start);
        if (NameWords::instance().personNouns.contains(word) || Gazetteer::instance().isRole(word))
            return true;
    }
    return false;
}
