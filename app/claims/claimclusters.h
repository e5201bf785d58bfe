// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared claims from linked pairs: clusters of units, at most one per article,
// grown from the most similar pairs while every merge stays alike on average;
// then looser paraphrases join claims of several articles, and links that no
// cluster took stay pairs of their own.
#include "claimalignment.h"
#include "claimtuning.h"

#include <QSet>

struct ClusterSet
{
    QList<Cluster> clusters; // dead ones (merged into another) have alive == false
    QHash<int, QList<int>> clustersOfUnit;
    QList<Cluster> refusedPairs;      // links whose clusters refused to merge: still one fact for two units
    QHash<quint64, float> similarity; // of every link, by pairKey
};

// `links` sorted here, most similar first.
ClusterSet growClusters(QList<Pair> &links, const QList<ClaimUnit> &units, int articleCount, const ClaimTuning &tuning);

// How alike two first statements were found when compared in full (0 when not compared or not alike).
class AlikeTable
{
public:
    AlikeTable(const QList<Alike> &compared, const QList<int> &canonical, int unitCount);
    double operator()(int x, int y) const;
    const QList<std::pair<int, float>> &of(int unit) const { return m_alike[unit]; }

private:
    QList<QList<std::pair<int, float>>> m_alike; // per unit, sorted by the other unit
};

// A unit of an article that a claim of several articles lacks joins it when it
// is alike with all of its members together, though with none enough for a link.
void attachParaphrases(ClusterSet &set, const AlikeTable &alike, const QList<ClaimUnit> &units, const QList<int> &canonical,
                       const ClaimTuning &tuning);

// The refused links that add a fact no claim holds become claims of two;
// every refused link's units go into `stated`.
void addRefusedPairs(ClusterSet &set, const AlikeTable &alike, const QList<ClaimUnit> &units, const ClaimTuning &tuning, QSet<int> &stated);
