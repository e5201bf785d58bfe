// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the names of people, organizations and places in one article's text from
// capitalisation, connectors, acronyms, context cues and the general gazetteers.
// Each candidate carries type votes; entityresolver.h settles types across the corpus.
#include "analysis.h"
#include "nametokenizer.h"

#include <QList>
#include <QSet>
#include <QString>

#include <array>

struct NameCandidate
{
    TextRange range;
    QString text;
    QString key;                // comparison key: the gazetteer's canonical name if known, else Gazetteer::key(text)
    QString canonical;          // gazetteer canonical name, empty if unknown
    std::array<int, 3> votes{}; // person, organization, place
    bool acronym = false;
    int words = 1;
    // Looks like "Given Surname" and nothing else says what it is: a person unless other
    // mentions of the name give evidence (the resolver decides; lists do not count it).
    bool fallbackPerson = false;
    // "near Kazir Dewri", "in Jesus Maria": the name stands after a preposition that puts things
    // inside a place (not "at", "from": "looked at", "a pass from" go with people too).
    bool insidePlace = false;
    bool event = false;         // "Copa Sudamericana": no entity, but its words name it elsewhere ("the Sudamericana")
    QString nickname;           // key of a nickname written inside the name ("tico")
    QString bareKey;            // "ostoja" of "Ostoja mine": the name before a lower-case head
    QString waterKey;           // "natisone" of "River Natisone", "pacific" of "Pacific Ocean": the water's own name
    bool lowercaseBody = false; // "the culture ministry": a body named wholly in lower case
    // "a radio beacon (EPIRB)", "their EPIRB": initials of a thing, not of a body
    bool thing = false;
    // Initials that a time zone's shape frames: 1 after a clock time on their line ("19:45 MYT"),
    // 2 before an offset in brackets or in brackets after "time" ("MYT (GMT+8)", "Georgian time
    // (GET)"); the resolver drops a name with one mention of 2, or all of 1 or more.
    int timeZone = 0;
    // "(TSE: 2925)", "(NYSE:KSL)": an exchange's listing code before a ticker (namefinder.cpp)
    bool listingCode = false;
    // "nightjet" of "Nightjet NJ 466": the name of a numbered train, flight or bus service,
    // which names no entity where it stands alone either (servicenames.h)
    QString serviceKey;
    // "altarpiece" of "the altarpiece by Veit Stoss": the lower-case word that the name
    // completes in its sentence (names of several words only; see entityresolver.cpp).
    QString leadWord;
    // "innsbruck university hospital" of "Innsbruck's university hospital, the Klinik
    // Innsbruck": the key of the name its description in small letters would be (describednames.h)
    QString describedKey;
    // Index (in its article's list of names) of the first name of the list this name stands in
    // ("Innisfail, Cardwell and Babinda"), or -1: the resolver lets names without evidence take
    // the kind their list mates show anywhere in the corpus.
    int list = -1;
    // The part of `votes` that well-known names of places and bodies gave (Gazetteer::knownKind): a
    // prior that a surname of someone the corpus names outweighs ("Albuquerque, 23, said").
    std::array<int, 3> prior{};
};

// "Shanghai Cooperation Organization (SCO)": the acronym a text defines for a name.
struct AcronymDefinition
{
    QString acronym;   // key of the acronym
    QString expansion; // key of the expanded name
};

struct NameFinderResult
{
    QList<NameCandidate> names;
    QList<AcronymDefinition> acronyms;
};

class NameFinder
{
public:
    // Words seen capitalised inside a sentence anywhere in the corpus: evidence that a
    // capitalised ordinary word at a sentence start or in a headline is a name ("Great").
    void learnCapitalisation(const QString &text);
    void learnCapitalisation(const QList<NameToken> &tokens);

    // `blocked`: ranges that are not names (clutter, dates), sorted by start.
    NameFinderResult find(const QString &text, const QList<TextRange> &blocked) const;
    // The same with the text's tokens already made (tokenizeForNames(text)).
    NameFinderResult find(const QString &text, const QList<NameToken> &tokens, const QList<TextRange> &blocked) const;

private:
    static void shareListTypes(const QString &text, QList<NameCandidate> &names);

    QSet<QString> m_capitalisedInside;
    QSet<QString> m_capitalisedApart; // the same, not right after a sentence's first word
    QSet<QString> m_lowercase;        // words seen in lower case anywhere in the corpus
};

int voteIndex(EntityType type); // Person 0, Organization 1, Place 2
// "banco", "instituto", "atlético": a word that opens an organization's name in languages that
// name the kind first.
bool opensOrganizationName(const QString &lower);
