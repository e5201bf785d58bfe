// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimclusters.h"

#include <algorithm>

namespace {

bool sameStretch(const TextRange &a, const TextRange &b)
{
    const qsizetype overlap = std::min(a.end, b.end) - std::max(a.start, b.start);
    return overlap > 0 && 2 * overlap >= std::min(a.length(), b.length());
}

void absorb(ClusterSet &set, int into, int unit, const TextRange &span)
{
    Cluster &cluster = set.clusters[into];
    const qsizetype at = cluster.units.indexOf(unit);
    if (at >= 0) {
        TextRange &own = cluster.spans[at];
        own = {std::min(own.start, span.start), std::max(own.end, span.end)};
        return;
    }
    cluster.units.append(unit);
    cluster.spans.append(span);
    set.clustersOfUnit[unit].append(into);
}

// Whether two groups of units may merge: no article twice, alike on average,
// and enough of their pairs linked themselves.
class MergeCheck
{
public:
    MergeCheck(const ClusterSet &set, const QList<ClaimUnit> &units, int articleCount, const ClaimTuning &tuning)
        : m_units(units)
        , m_tuning(tuning)
        , m_neighbours(units.size())
        , m_articleMark(articleCount, 0)
        , m_unitMark(units.size(), 0)
    {
        // Each unit's links, so that a merge looks only at the pairs that exist
        // (stock sentences make clusters of hundreds of units).
        for (auto it = set.similarity.cbegin(); it != set.similarity.cend(); ++it) {
            const int x = int(it.key() >> 32), y = int(it.key() & 0xffffffffu);
            m_neighbours[x].append({y, it.value()});
            m_neighbours[y].append({x, it.value()});
        }
        for (auto &list : m_neighbours)
            std::sort(list.begin(), list.end()); // a fixed order of summing
    }

    bool alikeOnAverage(const QList<int> &a, const QList<int> &b)
    {
        const QList<int> &small = a.size() <= b.size() ? a : b;
        const QList<int> &large = a.size() <= b.size() ? b : a;
        ++m_stamp;
        for (int y : large) {
            m_articleMark[m_units[y].article] = m_stamp;
            m_unitMark[y] = m_stamp;
        }
        for (int x : small) {
            if (m_articleMark[m_units[x].article] == m_stamp)
                return false; // at most one unit per article
        }
        double total = 0;
        int linked = 0;
        for (int x : small) {
            for (const auto &[y, s] : std::as_const(m_neighbours[x])) {
                if (m_unitMark[y] == m_stamp) {
                    total += s;
                    ++linked;
                }
            }
        }
        const double pairs = double(a.size()) * double(b.size());
        return total / pairs >= m_tuning.clusterSimilarity && linked >= m_tuning.clusterLinkedShare * pairs;
    }

    // The average similarity of `unit` with `others` (0 for pairs that are no links).
    double averageWith(int unit, const QList<int> &others) const
    {
        double total = 0;
        for (const auto &[y, s] : m_neighbours[unit]) {
            if (others.contains(y))
                total += s;
        }
        return others.isEmpty() ? 0 : total / double(others.size());
    }

private:
    const QList<ClaimUnit> &m_units;
    const ClaimTuning &m_tuning;
    QList<QList<std::pair<int, float>>> m_neighbours;
    QList<int> m_articleMark, m_unitMark;
    int m_stamp = 0;
};

// The average similarity among a cluster's members (0 when it has fewer than two).
double cohesion(const ClusterSet &set, const Cluster &cluster)
{
    double internal = 0;
    int pairs = 0;
    for (int i = 0; i < cluster.units.size(); ++i) {
        for (int j = i + 1; j < cluster.units.size(); ++j) {
            internal += set.similarity.value(pairKey(cluster.units[i], cluster.units[j]));
            ++pairs;
        }
    }
    return pairs == 0 ? 0 : internal / pairs;
}

// A unit that a cluster refuses because its article is already there takes that
// article's place when it is alike with the other members, more so than the member
// it replaces: the first link to grow a claim is not always its best statement.
bool replaceWorseMember(ClusterSet &set, int into, int unit, const TextRange &span, const QList<ClaimUnit> &units, MergeCheck &check)
{
    Cluster &cluster = set.clusters[into];
    qsizetype at = -1;
    for (qsizetype i = 0; i < cluster.units.size(); ++i) {
        if (units[cluster.units[i]].article == units[unit].article)
            at = i;
    }
    if (at < 0)
        return false;
    const int member = cluster.units[at];
    QList<int> others = cluster.units;
    others.removeAt(at);
    if (others.size() < 2 || !check.alikeOnAverage(others, {unit}) || check.averageWith(unit, others) <= check.averageWith(member, others))
        return false;
    cluster.units[at] = unit;
    cluster.spans[at] = span;
    set.clustersOfUnit[member].removeOne(into);
    set.clustersOfUnit[unit].append(into);
    return true;
}

} // namespace

ClusterSet growClusters(QList<Pair> &links, const QList<ClaimUnit> &units, int articleCount, const ClaimTuning &tuning)
{
    std::sort(links.begin(), links.end(), [&](const Pair &x, const Pair &y) {
        return x.similarity != y.similarity ? x.similarity > y.similarity : std::pair(x.left, x.right) < std::pair(y.left, y.right);
    });
    ClusterSet set;
    for (const Pair &p : std::as_const(links))
        set.similarity.insert(pairKey(p.left, p.right), p.similarity);
    // The cluster holding this stretch of unit u, or -1.
    auto clusterFor = [&](int u, const TextRange &span) {
        for (int c : set.clustersOfUnit.value(u)) {
            const Cluster &cluster = set.clusters[c];
            if (cluster.alive && sameStretch(cluster.spans[cluster.units.indexOf(u)], span))
                return c;
        }
        return -1;
    };
    MergeCheck check(set, units, articleCount, tuning);
    for (const Pair &p : std::as_const(links)) {
        const int a = clusterFor(p.left, p.leftSpan);
        const int b = clusterFor(p.right, p.rightSpan);
        const auto keepAsPair = [&] { set.refusedPairs.append({{p.left, p.right}, {p.leftSpan, p.rightSpan}, true}); };
        if (a < 0 && b < 0) {
            set.clusters.append({{p.left, p.right}, {p.leftSpan, p.rightSpan}, true});
            set.clustersOfUnit[p.left].append(int(set.clusters.size() - 1));
            set.clustersOfUnit[p.right].append(int(set.clusters.size() - 1));
        } else if (a < 0 || b < 0) {
            // One side is in a claim already: the other joins it, or takes a worse member's place.
            const bool leftIn = a >= 0;
            const int into = leftIn ? a : b;
            const int member = leftIn ? p.left : p.right, joining = leftIn ? p.right : p.left;
            const TextRange &memberSpan = leftIn ? p.leftSpan : p.rightSpan;
            const TextRange &joiningSpan = leftIn ? p.rightSpan : p.leftSpan;
            if (check.alikeOnAverage(set.clusters[into].units, {joining})) {
                absorb(set, into, member, memberSpan);
                absorb(set, into, joining, joiningSpan);
            } else if (!(tuning.replaceWorseMembers && replaceWorseMember(set, into, joining, joiningSpan, units, check))) {
                keepAsPair();
            }
        } else if (a != b && check.alikeOnAverage(set.clusters[a].units, set.clusters[b].units)) {
            const Cluster other = set.clusters[b];
            set.clusters[b].alive = false;
            for (int i = 0; i < other.units.size(); ++i)
                absorb(set, a, other.units[i], other.spans[i]);
        } else if (a != b) {
            keepAsPair();
        }
    }
    return set;
}

AlikeTable::AlikeTable(const QList<Alike> &compared, const QList<int> &canonical, int unitCount)
    : m_alike(unitCount)
{
    QHash<quint64, float> best;
    for (const Alike &p : compared) {
        const int a = canonical[p.left], b = canonical[p.right];
        const quint64 key = pairKey(a, b);
        if (p.similarity > best.value(key, -1.0f))
            best.insert(key, p.similarity);
    }
    QList<quint64> keys = best.keys();
    std::sort(keys.begin(), keys.end());
    for (quint64 key : std::as_const(keys)) {
        const int x = int(key >> 32), y = int(key & 0xffffffffu);
        m_alike[x].append({y, best.value(key)});
        m_alike[y].append({x, best.value(key)});
    }
    for (auto &list : m_alike)
        std::sort(list.begin(), list.end());
}

double AlikeTable::operator()(int x, int y) const
{
    const auto &list = m_alike[x];
    const auto it = std::lower_bound(list.cbegin(), list.cend(), std::pair<int, float>(y, -1.0f));
    return it != list.cend() && it->first == y ? double(it->second) : 0.0;
}

void attachParaphrases(ClusterSet &set, const AlikeTable &alike, const QList<ClaimUnit> &units, const QList<int> &canonical,
                       const ClaimTuning &tuning)
{
    struct Attachment
    {
        double average;
        int cluster;
        int unit;
    };
    QList<Attachment> attachments;
    for (int c = 0; c < set.clusters.size(); ++c) {
        const Cluster &cluster = set.clusters[c];
        if (!cluster.alive || cluster.units.size() < tuning.attachMinimumMembers)
            continue;
        // Only a claim whose members are closely alike among themselves
        // states its fact clearly enough to take in a looser paraphrase.
        if (cohesion(set, cluster) < tuning.attachClusterCohesion)
            continue;
        QHash<int, std::pair<double, int>> sums; // unit -> (similarity sum, members compared)
        QSet<int> present;
        for (int m : cluster.units)
            present.insert(units[m].article);
        for (int m : cluster.units) {
            for (const auto &[x, s] : alike.of(m)) {
                if (present.contains(units[x].article) || canonical[x] != x)
                    continue;
                auto &sum = sums[x];
                sum.first += s;
                ++sum.second;
            }
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const double size = double(cluster.units.size());
            if (it->second >= tuning.attachComparedShare * size && it->first / size >= tuning.attachSimilarity)
                attachments.append({it->first / size, c, it.key()});
        }
    }
    std::sort(attachments.begin(), attachments.end(), [](const Attachment &x, const Attachment &y) {
        return x.average != y.average ? x.average > y.average : std::pair(x.cluster, x.unit) < std::pair(y.cluster, y.unit);
    });
    QSet<int> attached;
    QSet<quint64> filled; // (cluster, article)
    for (const Attachment &a : std::as_const(attachments)) {
        const quint64 slot = pairKey(a.cluster, units[a.unit].article);
        if (attached.contains(a.unit) || filled.contains(slot))
            continue;
        attached.insert(a.unit);
        filled.insert(slot);
        absorb(set, a.cluster, a.unit, units[a.unit].range);
    }
}

void addRefusedPairs(ClusterSet &set, const AlikeTable &alike, const QList<ClaimUnit> &units, const ClaimTuning &tuning, QSet<int> &stated)
{
    // A refused link whose two sentences already sit in one claim adds nothing.
    const auto sentencePair = [&](int x, int y) {
        const quint64 kx = pairKey(units[x].article, int(units[x].sentence.start));
        const quint64 ky = pairKey(units[y].article, int(units[y].sentence.start));
        return std::min(kx, ky) ^ (std::max(kx, ky) << 1);
    };
    QSet<quint64> pairedSentences;
    for (const Cluster &cluster : std::as_const(set.clusters)) {
        if (!cluster.alive)
            continue;
        for (int i = 0; i < cluster.units.size(); ++i) {
            for (int j = i + 1; j < cluster.units.size(); ++j)
                pairedSentences.insert(sentencePair(cluster.units[i], cluster.units[j]));
        }
    }
    // A refused link from a unit to a claim of several articles that already
    // holds another unit of its article, while the unit is alike with the
    // rest of that claim too, is that article stating the claim's fact a
    // second time: the claim already has the article, and the pair would
    // repeat the claim with the wrong copy.
    const auto restatesClaimOf = [&](int member, int unit) {
        for (int c : set.clustersOfUnit.value(member)) {
            const Cluster &cluster = set.clusters[c];
            if (!cluster.alive || cluster.units.size() < tuning.attachMinimumMembers)
                continue;
            double sum = 0;
            int others = 0;
            bool hasArticle = false;
            for (int x : cluster.units) {
                if (x == member)
                    continue;
                if (units[x].article == units[unit].article) {
                    hasArticle = true;
                    continue;
                }
                ++others;
                sum += alike(unit, x);
            }
            if (hasArticle && others > 0 && sum / others >= tuning.restatedLooseSimilarity)
                return true;
        }
        return false;
    };
    QHash<int, int> loosePairs; // per unit
    const QList<Cluster> refused = set.refusedPairs;
    for (const Cluster &extra : refused) {
        const quint64 key = sentencePair(extra.units[0], extra.units[1]);
        stated.insert(extra.units[0]);
        stated.insert(extra.units[1]);
        if (loosePairs.value(extra.units[0]) >= tuning.loosePairsPerUnit || loosePairs.value(extra.units[1]) >= tuning.loosePairsPerUnit)
            continue;
        if (restatesClaimOf(extra.units[0], extra.units[1]) || restatesClaimOf(extra.units[1], extra.units[0]))
            continue;
        if (!pairedSentences.contains(key)) {
            ++loosePairs[extra.units[0]];
            ++loosePairs[extra.units[1]];
            pairedSentences.insert(key);
            set.clusters.append(extra);
        }
    }
}
