// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimrestatements.h"

#include <algorithm>
#include <numeric>

namespace {

// One article's units in text order; marks in `canonical` which restate an
// earlier one, and which headline a body sentence states in full.
void restatementsInArticle(const QList<int> &list, const QList<ClaimUnit> &units, const TermTable &table, const ClaimTuning &tuning,
                           Restatements &r)
{
    const QList<ClaimUnitData> &data = table.data;
    QList<int> &canonical = r.canonical;
    QHash<int, int> headingTarget;
    // Candidates within the article: units with rare weight in common.
    QHash<quint32, QList<int>> local;
    for (int i = 0; i < list.size(); ++i) {
        for (quint32 id : std::as_const(data[list[i]].ids)) {
            if (table.findsCandidates(id))
                local[id].append(i);
        }
    }
    QHash<quint64, double> seedWeights;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const QList<int> &posting = it.value();
        if (posting.size() > 64)
            continue;
        for (int a = 0; a < posting.size(); ++a) {
            for (int b = a + 1; b < posting.size(); ++b)
                seedWeights[pairKey(posting[a], posting[b])] += table.weights[it.key()];
        }
    }
    QList<quint64> keys = seedWeights.keys();
    std::sort(keys.begin(), keys.end());
    for (quint64 key : std::as_const(keys)) {
        if (seedWeights.value(key) < tuning.seedWeight)
            continue;
        const int earlier = list[int(key >> 32)], later = list[int(key & 0xffffffffu)];
        // a clause and its own sentence, or two clauses of one sentence, are not restatements
        if (units[earlier].sentence.overlaps(units[later].sentence))
            continue;
        const ClaimPairMatch match = matchClaimUnits(data[earlier], data[later], table.weights, table.match);
        if (!match.substantial())
            continue;
        // A headline states in few words what a sentence of the body states
        // in full: it restates that sentence when the sentence covers most
        // of it, and the body sentence, not the headline, carries the claim.
        const auto covered = [&](int unit) {
            const double total = data[unit].tokenWeights.isEmpty() ? 0 : data[unit].tokenWeights.last();
            return total > 0 && match.matchedWeight / total >= tuning.headingCoverage;
        };
        if (r.headline[earlier] && !r.heading[later]) {
            if (!headingTarget.contains(earlier) && covered(earlier))
                headingTarget.insert(earlier, later);
            continue;
        }
        if (match.similarity < tuning.restatementSimilarity)
            continue;
        if (canonical[later] == later || units[earlier].range.start < units[canonical[later]].range.start)
            canonical[later] = earlier;
    }
    for (int u : list) // earliest first: chains resolve in one pass
        canonical[u] = canonical[canonical[u]];
    for (int u : list) {
        if (headingTarget.contains(u) && canonical[u] == u)
            canonical[u] = canonical[headingTarget.value(u)];
    }
}

} // namespace

bool isHeading(const Article &article, const TextRange &sentence)
{
    const QString &text = article.text;
    qsizetype start = sentence.start, end = sentence.end;
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start >= end)
        return false;
    const QStringView line = QStringView(text).mid(start, end - start);
    if (!article.title.isEmpty() && line == QStringView(article.title).trimmed())
        return true;
    qsizetype before = start;
    while (before > 0 && (text[before - 1] == u' ' || text[before - 1] == u'\t'))
        --before;
    qsizetype after = end;
    while (after < text.size() && (text[after] == u' ' || text[after] == u'\t'))
        ++after;
    const bool ownLine = (before == 0 || text[before - 1] == u'\n') && (after == text.size() || text[after] == u'\n');
    if (!ownLine)
        return false;
    const QChar last = line.back();
    return last != u'.' && last != u'!' && last != u'?' && last != u'"' && last != u'\u201d' && last != u'\u2019' && last != u':'
           && last != u';' && last != u')' && last != u'\u00bb' && last != u'\u2026';
}

bool isHeadline(const Article &article, const TextRange &sentence)
{
    const QString &text = article.text;
    qsizetype start = sentence.start;
    while (start < sentence.end && text[start].isSpace())
        ++start;
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    if (start == first)
        return isHeading(article, sentence) || text.indexOf(u'\n', start) >= sentence.end;
    qsizetype end = sentence.end;
    while (end > start && text[end - 1].isSpace())
        --end;
    return !article.title.isEmpty() && QStringView(text).mid(start, end - start) == QStringView(article.title).trimmed();
}

Restatements findRestatements(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table, const ClaimTuning &tuning)
{
    const QList<ClaimUnit> &units = au.units;
    const int n = int(units.size());
    Restatements r;
    r.canonical.resize(n);
    std::iota(r.canonical.begin(), r.canonical.end(), 0);
    r.heading.resize(n);
    r.headline = au.headline; // found once, by the units stage
    for (int u = 0; u < n; ++u)
        r.heading[u] = isHeading(corpus.articles[units[u].article], units[u].sentence);
    QList<QList<int>> unitsOfArticle(corpus.articles.size());
    for (int u = 0; u < n; ++u)
        unitsOfArticle[units[u].article].append(u);
    for (QList<int> &list : unitsOfArticle) {
        std::sort(list.begin(), list.end(), [&](int x, int y) {
            return std::pair(units[x].range.start, units[x].range.end) < std::pair(units[y].range.start, units[y].range.end);
        });
        restatementsInArticle(list, units, table, tuning, r);
    }
    return r;
}

QList<Pair> linksToFirstStatements(const QList<Pair> &links, const Restatements &restatements, const QList<ClaimUnit> &units,
                                   QSet<int> &stated)
{
    const QList<int> &canonical = restatements.canonical;
    QHash<quint64, qsizetype> seen;
    QList<Pair> remapped;
    for (Pair p : links) {
        // A headline that no body sentence states in full is in no claim (and
        // since another article states it, it is no unique claim either).
        if (restatements.bareHeadline(canonical[p.left]) || restatements.bareHeadline(canonical[p.right])) {
            stated.insert(p.left);
            stated.insert(p.right);
            continue;
        }
        if (canonical[p.left] != p.left) {
            p.left = canonical[p.left];
            p.leftSpan = units[p.left].range;
        }
        if (canonical[p.right] != p.right) {
            p.right = canonical[p.right];
            p.rightSpan = units[p.right].range;
        }
        if (p.left > p.right) {
            std::swap(p.left, p.right);
            std::swap(p.leftSpan, p.rightSpan);
        }
        const auto at = seen.constFind(pairKey(p.left, p.right));
        if (at == seen.cend()) {
            seen.insert(pairKey(p.left, p.right), remapped.size());
            remapped.append(p);
        } else if (p.similarity > remapped[*at].similarity) {
            remapped[*at] = p;
        }
    }
    return remapped;
}
