// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who a claim is attributed to, resolved to the person or organisation the
// analysis found: "He", "Smith" and "Gov. Smith" in reports of one story are
// one speaker, "State Governor Ann Smith", for the attributions table.
#include "analysis.h"

#include <QHash>

class SpeakerResolver
{
public:
    explicit SpeakerResolver(const Analysis &analysis);

    // The speaker `asWritten` (one of the names in claim.attribution) names:
    // the entity named in it, in the sentence of one of the claim's versions;
    // for a personal pronoun the most salient person named before it; else
    // `asWritten` itself, its spaces made simple.
    QString resolve(const Claim &claim, const QString &asWritten) const;

    // The names in a claim's attribution ("Xinhua; Reuters": one per source that gives one).
    static QStringList namesIn(const Claim &claim);

private:
    struct NamedMention
    {
        TextRange range;
        int entity;
    };
    TextRange sentenceOf(const ClaimMember &member) const;
    QString namedIn(const ClaimMember &member, const QString &asWritten) const;
    QString salientPersonBefore(const ClaimMember &member) const;

    const Analysis &m_analysis;
    QList<QList<NamedMention>> m_mentions; // per article, by start: people and organisations
};
