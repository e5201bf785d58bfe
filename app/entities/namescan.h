// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One text's tokens as the name finder's stages see them (namemarks -> namespans ->
// nametyping, with namecues): which tokens are blocked, which open a gazetteer name and where
// it ends, which may be part of a name; and the questions every stage asks of them.
#include "gazetteer.h"
#include "nametokenizer.h"
#include "namewords.h"
#include "textrange.h"

#include <QList>
#include <QSet>
#include <QString>

enum NameVote { PersonVote = 0, OrgVote = 1, PlaceVote = 2 };

// Weights of the evidence: a gazetteer entry outweighs any context cue.
constexpr int kGazetteer = 10;
constexpr int kRole = 6;
constexpr int kHead = 4;
constexpr int kGivenName = 4;
constexpr int kStrongCue = 2;
constexpr int kWeakCue = 1;

struct NameScan
{
    NameScan(const QString &text, const QList<NameToken> &tokens, const QSet<QString> &inside, const QSet<QString> &insideApart,
             const QSet<QString> &lowercase);

    const QString &text;
    const QList<NameToken> &tokens;
    const QSet<QString> &inside;      // words seen capitalised inside sentences in the corpus
    const QSet<QString> &insideApart; // ... and not right after the sentence's first word
    const QSet<QString> &lowercase;   // words seen in lower case in the corpus
    const Gazetteer &gaz;
    const NameWords &words;
    QList<bool> blocked;        // in a range that is no name (clutter, dates)
    QList<bool> inPhrase;       // inside a gazetteer name of several words
    QList<qsizetype> phraseEnd; // last token of the gazetteer name this token opens, else -1
    QList<bool> name;           // may be part of a name
    mutable QString keyBuffer;  // reused by sliceKey

    // The key of tokens a..b, in a buffer reused from lookup to lookup (valid until the next call).
    const QString &sliceKey(qsizetype a, qsizetype b) const;
    // Tokens a and b are words apart only by spaces on one line.
    bool joined(qsizetype a, qsizetype b) const
    {
        for (qsizetype p = tokens.at(a).end; p < tokens.at(b).start; ++p) {
            const QChar c = text.at(p);
            if (c == u'\n' || !c.isSpace())
                return false;
        }
        return tokens.at(b).word;
    }
    bool spacedOnly(qsizetype from, qsizetype to) const;
    bool isKnownPlace(qsizetype a, qsizetype b) const;
    bool capitalisedOnly(const QString &lower) const;
    // An ordinary English word that is no given name.
    bool isCommon(qsizetype i) const
    {
        const NameToken &t = tokens.at(i);
        return gaz.isCommonWord(t.lower) && !gaz.isGivenName(t.lower);
    }
    bool connectorAllowed(qsizetype left, qsizetype connector, bool headFirst = false, bool headAlone = false) const;
    bool isHead(qsizetype i, const QSet<QString> &heads) const { return heads.contains(tokens.at(i).lower); }
    qsizetype headIndex(qsizetype a, qsizetype b) const;
    qsizetype prevWord(qsizetype a) const;
    bool ordinaryStart(qsizetype start, qsizetype end) const;
    qsizetype legalFormAt(qsizetype b) const;
    bool camelCase(const NameToken &t) const;
    bool adjectiveShaped(qsizetype start, qsizetype end) const;
    bool roadCode(qsizetype i) const;
};
