// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WordNet synonyms and near relations, read from the compact tables compiled
// in as resources (generated from Debian's wordnet-base by
// resources/wordnet/generate.py). Loaded once; safe to use from any thread.
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

class Synonyms
{
public:
    struct Senses
    {
        QList<quint32> own;     // the word's most frequent senses
        QList<quint32> related; // hypernyms, similar-to heads, derivations
        // A bit per sense id modulo 64: two lists can share an id only where
        // their masks share a bit (most word pairs are ruled out by one AND).
        quint64 ownMask = 0;
        quint64 relatedMask = 0;

        static quint64 maskOf(const QList<quint32> &ids);
    };

    static const Synonyms &instance();

    // The dictionary form of a lower-cased word ("met" -> "meet",
    // "meetings" -> "meeting"), or the word itself when WordNet lacks it.
    QString lemma(const QString &word) const;
    // nullptr when the lemma is not in the table.
    const Senses *senses(const QString &lemma) const;
    bool isEmpty() const { return m_senses.isEmpty(); }
    // A noun for a kind of person ("resident", "firefighter", "rescuer"): WordNet
    // files one of its two most frequent senses under "person".
    bool isPersonNoun(const QString &lemma) const;

    enum class Relation { None, Related, Synonym };
    // How two lemmas relate: sharing a sense, or one's sense being the other's
    // hypernym / similar-to head / derivation.
    Relation relation(const QString &a, const QString &b) const;
    // Whether WordNet gives the two lemmas as antonyms ("open" and "closed", "win" and "lose");
    // a verb made with "re" opposes what its verb opposes ("reopen" and "closed").
    bool opposed(const QString &a, const QString &b) const;
    // Whether WordNet gives `word` as written any antonym ("found" does, "founded" does not).
    bool hasOpposites(const QString &word) const { return m_antonyms.contains(word); }
    // The same for two words' senses (either may be null).
    static Relation relation(const Senses *a, const Senses *b);

private:
    Synonyms();
    QHash<QString, Senses> m_senses;
    QHash<QString, QString> m_irregular; // "met" -> "meet"
    QSet<QString> m_people;              // nouns for kinds of people
    QHash<QString, QSet<QString>> m_antonyms;
    bool known(const QString &lemma) const { return m_senses.contains(lemma) || m_people.contains(lemma); }
};
