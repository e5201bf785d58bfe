// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namefinder.h"

#include "alternativenames.h"
#include "articlednames.h"
#include "describednames.h"
#include "namecues.h"
#include "gazetteer.h"
#include "namemarks.h"
#include "namescan.h"
#include "namespans.h"
#include "nametokenizer.h"
#include "namewords.h"
#include "servicenames.h"
#include "productnames.h"
#include "vesselnames.h"
#include "webnames.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

bool opensOrganizationName(const QString &lower)
{
    return NameWords::instance().organizationHeadsFirst.contains(lower);
}

int voteIndex(EntityType type)
{
    switch (type) {
    case EntityType::Person: return PersonVote;
    case EntityType::Organization: return OrgVote;
    default: return PlaceVote;
    }
}

void NameFinder::learnCapitalisation(const QString &text)
{
    learnCapitalisation(tokenizeForNames(text));
}

void NameFinder::learnCapitalisation(const QList<NameToken> &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const NameToken &t = tokens.at(i);
        if (t.word && t.capitalised && !t.allCaps && !t.sentenceStart && !t.titleLine) {
            m_capitalisedInside.insert(t.lower);
            if (i == 0 || !tokens.at(i - 1).sentenceStart)
                m_capitalisedApart.insert(t.lower);
        } else if (t.word && !t.capitalised && !t.lower.isEmpty() && t.lower.at(0).isLetter())
            m_lowercase.insert(t.lower);
    }
}

namespace {

// "Jeroen Maas in Amsterdam", "Ann Ko from Kelbridge", "Ann Ko, Orvik": a place of its own
// stands after the name that ends at `end`, or nothing at all does (the end of a line).
bool placeOfItsOwn(const QString &text, qsizetype end)
{
    static const QRegularExpression own(QStringLiteral("^(?: (?:in|at|from|of) [A-Z]|,|\\s*$)"));
    return own.matchView(QStringView(text).mid(end, 40)).hasMatch();
}

} // namespace

void NameFinder::shareListTypes(const QString &text, QList<NameCandidate> &names)
{
    // "in Hialeah and Doral", "Muisne and Atacames": names in one list are of one kind, so a
    // name with no evidence of its own takes the kind the others in its list agree on.
    // "Ann Ko, Orvik health officer, said": a place before a role in small letters describes the
    // name before it; the two are no list.
    auto separator = [&](const NameCandidate &x, const NameCandidate &y) {
        const QStringView gap = QStringView(text).mid(x.range.end, y.range.start - x.range.end);
        if (gap == u", " && roleFollows(text, y.range.end))
            return false;
        // "from Cardwell to Innisfail": two ends of one stretch are of one kind.
        const bool fromTo = gap == u" to " && x.range.start >= 5 && QStringView(text).mid(x.range.start - 5, 5) == u"from ";
        return gap == u", " || gap == u" and " || gap == u", and " || gap == u" or " || gap == u", or " || fromTo;
    };
    qsizetype from = 0;
    while (from < names.size()) {
        qsizetype to = from;
        while (to + 1 < names.size() && separator(names.at(to), names.at(to + 1)))
            ++to;
        if (to > from) {
            // "the Federal Medical Centre, Azare": two names and a comma may be a body and its
            // town; a conjunction or a third name makes a list.
            bool joined = to - from >= 2;
            for (qsizetype k = from; k < to && !joined; ++k)
                joined = QStringView(text).mid(names.at(k).range.end, names.at(k + 1).range.start - names.at(k).range.end) != u", ";
            if (!joined) {
                from = to + 1;
                continue;
            }
            for (qsizetype k = from; k <= to; ++k)
                names[k].list = int(from);
            // "ASB and Westpac said": one word whose only evidence is a weak cue for a person
            // (a speech verb after the list) takes the kind the rest of its list shows; a known
            // name's prior is no evidence of its own here.
            auto weakPerson = [](const NameCandidate &c) {
                return c.words == 1 && !c.acronym && !c.fallbackPerson && c.votes[0] > 0 && c.votes[0] <= kWeakCue
                       && c.votes[1] == c.prior[1] && c.votes[2] == c.prior[2];
            };
            std::array<int, 3> sum{};
            for (qsizetype k = from; k <= to; ++k) {
                for (int v = weakPerson(names.at(k)) ? 1 : 0; v < 3; ++v)
                    sum[v] += names.at(k).votes[v];
            }
            const int best = int(std::max_element(sum.begin(), sum.end()) - sum.begin());
            // People are named with their own evidence; "Maximilian Brandl, Düsseldorf" is a byline.
            if (sum[best] > 0 && best != PersonVote) {
                const Gazetteer &gaz = Gazetteer::instance();
                for (qsizetype k = from; k <= to; ++k) {
                    std::array<int, 3> &v = names[k].votes;
                    // An ordinary word ("Belt and Road") needs evidence of its own, and a name shaped
                    // like "Given Surname" is no place for being listed with one ("... in Frankfurt and
                    // Jeroen Maas in Amsterdam"), though it is in a list of three ("from Alston, Nowe
                    // Miasto and Kettering").
                    // A pair is a list of places when the shaped name has no place of its own after
                    // it ("lost in Tully and El Arish").
                    const NameCandidate &c = names.at(k);
                    const bool placedApart = placeOfItsOwn(text, c.range.end);
                    if (weakPerson(c) && !gaz.isCommonWord(c.key))
                        v[best] += kStrongCue;
                    else if (v[0] == 0 && v[1] == 0 && v[2] == 0 && !(c.words == 1 && gaz.isCommonWord(c.key))
                             && !(best == PlaceVote && c.fallbackPerson && c.words > 1 && to - from < 2 && placedApart))
                        v[best] += kStrongCue;
                }
            }
        }
        from = to + 1;
    }
}

namespace {

// "Sakurada Holdings (TSE: 2925)", "(NYSE:KSL)": initials in brackets before a colon and a
// ticker are an exchange's listing code.
void markListingCodes(const QString &text, QList<NameCandidate> &names)
{
    for (NameCandidate &c : names) {
        if (!c.acronym || c.range.start == 0 || text.at(c.range.start - 1) != u'(')
            continue;
        qsizetype p = c.range.end;
        if (p >= text.size() || text.at(p) != u':')
            continue;
        ++p;
        while (p < text.size() && text.at(p) == u' ')
            ++p;
        const qsizetype ticker = p;
        while (p < text.size() && (text.at(p).isUpper() || text.at(p).isDigit() || text.at(p) == u'.'))
            ++p;
        c.listingCode = p > ticker && p < text.size() && text.at(p) == u')';
    }
}

// "Media contact: Orvia Foods, Corporate Affairs, press@orvia.example": ordinary words between a
// body's name and an e-mail address name the body's department, no entity of their own.
void dropContactDepartments(const QString &text, QList<NameCandidate> &names)
{
    const Gazetteer &gaz = Gazetteer::instance();
    names.removeIf([&](const NameCandidate &c) {
        if (!c.canonical.isEmpty() || c.acronym || c.range.end + 2 >= text.size() || text.at(c.range.end) != u',')
            return false;
        qsizetype p = c.range.end + 1;
        while (p < text.size() && text.at(p) == u' ')
            ++p;
        const qsizetype address = p;
        while (p < text.size() && !text.at(p).isSpace() && text.at(p) != u'@' && text.at(p) != u',' && text.at(p) != u';')
            ++p;
        if (p == address || p >= text.size() || text.at(p) != u'@')
            return false;
        const QStringList words = c.text.split(u' ', Qt::SkipEmptyParts);
        return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return gaz.isCommonWord(Gazetteer::key(w)); });
    });
}

} // namespace

NameFinderResult NameFinder::find(const QString &text, const QList<TextRange> &blocked) const
{
    return find(text, tokenizeForNames(text), blocked);
}

NameFinderResult NameFinder::find(const QString &text, const QList<NameToken> &tokens, const QList<TextRange> &blocked) const
{
    NameFinderResult result;
    NameScan scan(text, tokens, m_capitalisedInside, m_capitalisedApart, m_lowercase);
    markNames(scan, blocked);
    findNameSpans(scan, result);
    markServiceNumbers(text, result.names);
    markListingCodes(text, result.names);
    markVesselNames(text, result.names);
    markProductNames(text, result.names);
    dropContactDepartments(text, result.names);
    markWebNames(text, result.names);
    markAlternativeNames(text, result.names);
    markDescribedNames(text, result.names);
    markCalledNames(text, result.names);
    markArticledNames(text, result.names);
    shareListTypes(text, result.names);
    return result;
}
