// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// General word lists behind name finding, loaded once from the ":/parallax/gazetteers"
// resources: known places and organizations with their canonical names, ordinary English
// words, given names, demonyms, title words and never-a-name words.
#include "analysis.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

struct GazetteerEntry
{
    EntityType type = EntityType::Place;
    QString canonical;         // the name one entity goes by ("United States" for "U.S.")
    bool capitalsOnly = false; // written in capitals in the list ("WHO"): "Who" is not it
};

class Gazetteer
{
public:
    // The shared instance; thread-safe, loaded on first use.
    static const Gazetteer &instance();

    // The key under which names are compared: case-folded, typographic apostrophes made
    // ASCII, whitespace collapsed.
    static QString key(QStringView text);
    // The same, written into `out` (its buffer is reused, for lookups in a loop).
    static void key(QStringView text, QString &out);
    // `key` without diacritics ("manabí" -> "manabi"): names written with and without accents
    // are one name. Returns `key` itself when it is plain ASCII.
    static QString folded(const QString &key);

    // The lines of the resource list `name` (in ":/parallax/<folder>/") without comments and
    // blanks, split at tabs.
    static QList<QStringList> readList(const QString &name, const QString &folder = QStringLiteral("gazetteers"));

    std::optional<GazetteerEntry> lookup(const QString &key) const;
    int longestPhrase() const { return m_longestPhrase; } // in words

    bool isCommonWord(const QString &lower) const;
    bool isClosedClass(const QString &lower) const { return m_closedClass.contains(lower); }
    bool isGivenName(const QString &lower) const { return m_givenNames.contains(lower); }
    bool isRole(const QString &lower) const { return m_roles.contains(lower); }
    bool isRoleModifier(const QString &lower) const { return m_roleModifiers.contains(lower); }
    // Also the people as a plural ("Filipinos", "Brits", "Cornishmen").
    bool isDemonym(const QString &lower) const;
    bool isNotName(const QString &key) const { return m_notNames.contains(key); }
    bool isCalendarWord(const QString &lower) const { return m_calendarWords.contains(lower); }
    // What WordNet and the hand-kept lists of well-known towns and bodies say a name is
    // ("Aberdeen": a place, "Kuomintang", "Qantas": bodies), by key; a cue that
    // other evidence may outweigh ("Thiago Albuquerque" is a person), unlike a gazetteer entry.
    std::optional<EntityType> knownKind(const QString &key) const
    {
        const auto it = m_knownKinds.constFind(key);
        return it == m_knownKinds.cend() ? std::nullopt : std::optional<EntityType>(*it);
    }
    // A country's name or its usual short form (countries.txt), by key: "canada".
    bool isCountry(const QString &key) const { return m_countries.contains(key); }
    // A country or one of its first-level subdivisions ("Canada", "Scotland", "Bavaria"): a
    // territory with a government of its own.
    bool isGovernedTerritory(const QString &key) const { return m_countries.contains(key) || m_subdivisions.contains(key); }
    // An ISO 3166-1 alpha-3 code ("ken", "eth"), by key: many are ordinary initials elsewhere.
    bool isCountryCode(const QString &key) const { return m_countryCodes.contains(key); }

private:
    Gazetteer();
    void loadNames(const QString &file, EntityType type);
    void add(const QString &name, const QString &canonical, EntityType type);

    QHash<QString, GazetteerEntry> m_entries;
    QSet<QString> m_countries;
    QSet<QString> m_subdivisions;
    QSet<QString> m_countryCodes;
    QHash<QString, GazetteerEntry> m_foldedEntries; // by folded key, for entries whose key has accents
    QSet<QString> m_common;
    QSet<QString> m_closedClass;
    QSet<QString> m_givenNames;
    QSet<QString> m_roles;
    QSet<QString> m_roleModifiers;
    QSet<QString> m_demonyms;
    QSet<QString> m_notNames;
    QSet<QString> m_calendarWords;
    QHash<QString, EntityType> m_knownKinds;
    int m_longestPhrase = 1;
};
