// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The claims of a gold annotation (../shared/eval/FORMAT.md) as ranges of a corpus's texts,
// and the scorer's test of whether a span stands for a gold member: for the tools that follow
// gold claims through the engine's stages (gold_pairs, conflict_causes).
#include "claimalignment.h"
#include "corpus.h"

#include <QJsonDocument>

struct GoldMember
{
    int article = -1;
    TextRange range;
    QString value; // the member's value, for conflicts ("02:15 HST")
};

struct GoldClaim
{
    QString id;
    QString slot;
    QList<GoldMember> members; // those whose quote is found in their article
};

// The gold claims of one kind ("shared", "conflict").
QList<GoldClaim> goldClaims(const Corpus &corpus, const QJsonDocument &gold, const QString &kind);

// A span stands for a gold member when it covers at least half of its quote (score.py).
bool standsFor(const TextRange &span, const TextRange &gold);

// The units of one article that stand for a gold member (or, `covering` false, overlap its quote).
QList<int> unitsFor(const AlignmentUnits &au, const GoldMember &m, bool covering = true);
