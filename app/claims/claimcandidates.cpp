// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcandidates.h"

#include "parallelfor.h"
#include "claimrestatements.h"
#include "pairscore.h"
#include "dateextractor.h"
#include "stemmer.h"

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <cmath>

namespace {

// The order of pairs the stages after the comparison see, whatever order the blocks finish in.
constexpr auto byUnits = [](const auto &x, const auto &y) { return std::pair(x.left, x.right) < std::pair(y.left, y.right); };

QList<UnitMention> mentionsIn(const QList<UnitMention> &sorted, const TextRange &range)
{
    QList<UnitMention> inside;
    auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), range.start,
                               [](const UnitMention &m, qsizetype start) { return m.range.start < start; });
    for (; it != sorted.cend() && it->range.start < range.end; ++it) {
        if (it->range.end <= range.end)
            inside.append(*it);
    }
    return inside;
}

// What a number counts or measures, as the inverted index files it: "35 km" and
// "22 kilometres" under "km", "a magnitude of 7.1" and "a 7.4-magnitude quake"
// under "magnitude", every occurrence noun ("times", "occasions") under "time".
QString countedKey(const ClaimNumber &num)
{
    if (!num.measure.isEmpty() && num.unit.isEmpty())
        return num.measure;
    if (num.unit.isEmpty())
        return {};
    return isOccurrenceNoun(num.unit) ? QStringLiteral("time") : num.unit;
}

// The `keep` entries with the greatest first value (all when there are fewer).
void keepBest(QList<std::pair<double, int>> &list, qsizetype keep)
{
    if (list.size() <= keep)
        return;
    std::nth_element(list.begin(), list.begin() + keep, list.end(), std::greater<>());
    list.resize(keep);
}

// The matched tokens first..last of a unit with a few words of context, or
// the whole unit when that is most of it.
TextRange phraseSpan(const TextRange &unit, const ClaimUnitData &d, int first, int last, int context)
{
    const auto &tokens = d.features.tokens;
    const qsizetype start = first - context <= 0 ? unit.start : tokens[first - context].range.start;
    const qsizetype end = last + context >= tokens.size() - 1 ? unit.end : tokens[last + context].range.end;
    if (3 * (end - start) >= 2 * unit.length())
        return unit;
    return {start, end};
}

// Inverted index over rare terms, plus the nouns that numbers count, so
// that "the fourth time" and "on 40 occasions" meet as candidates.
struct CandidateIndex
{
    QList<QList<int>> postings;                 // by term id: the units holding it
    QHash<QString, QList<int>> countedPostings; // by counted noun (countedKey)
};

CandidateIndex candidateIndex(const TermTable &table)
{
    CandidateIndex index;
    index.postings.resize(table.documentFrequency.size());
    for (int u = 0; u < table.data.size(); ++u) {
        for (quint32 id : std::as_const(table.data[u].ids)) {
            if (table.findsCandidates(id))
                index.postings[id].append(u);
        }
        for (const ClaimNumber &num : std::as_const(table.data[u].features.numbers)) {
            if (const QString key = countedKey(num); !key.isEmpty())
                index.countedPostings[key].append(u);
        }
    }
    for (auto it = index.countedPostings.begin(); it != index.countedPostings.end();) {
        if (it->size() > table.cap)
            it = index.countedPostings.erase(it);
        else
            ++it;
    }
    return index;
}

// A figure two outlets are unlikely to give by chance ("53.6%", "1,050 metres", "437,912",
// "10:42 p.m."): not a year, and with decimals or at least `least`.
bool distinctiveFigure(const ClaimFeatures &f, int token, int least)
{
    for (const ClaimNumber &n : f.numbers) {
        if (n.token == token)
            return !n.year && (n.decimals > 0 || std::abs(n.value) >= least);
    }
    for (const ClaimTime &t : f.times) {
        if (t.token == token)
            return !t.approximate;
    }
    return false;
}

// The tokens of the distinctive figures two units share, on each side (first, last), or
// nothing when they share fewer than `needed`.
std::optional<std::array<int, 4>> sharedFigures(const ClaimUnitData &left, const ClaimUnitData &right, const ClaimPairMatch &match,
                                                const ClaimTuning &tuning)
{
    std::array<int, 4> span{INT_MAX, -1, INT_MAX, -1};
    int shared = 0;
    for (const TermMatch &m : match.matches) {
        const ClaimTerm &l = left.features.terms[m.left];
        const ClaimTerm &r = right.features.terms[m.right];
        if (!l.key.startsWith(u'#') || !distinctiveFigure(left.features, l.token, tuning.distinctiveFigure)
            || !distinctiveFigure(right.features, r.token, tuning.distinctiveFigure))
            continue;
        ++shared;
        span = {std::min(span[0], l.token), std::max(span[1], l.token), std::min(span[2], r.token), std::max(span[3], r.token)};
    }
    if (shared < tuning.sharedFiguresForLink)
        return std::nullopt;
    return span;
}

// Where a unit starts in its article, 0 (the top) to 1.
double positionIn(const Corpus &corpus, const ClaimUnit &unit)
{
    return double(unit.range.start) / double(std::max<qsizetype>(1, corpus.articles[unit.article].text.size()));
}

// One unit's comparison with one candidate, filed into `out`.
void judgeOne(int u, int v, const Corpus &corpus, const AlignmentUnits &au, const TermTable &table,
              const QHash<QString, const Entity *> &entityById, const QList<QSet<QString>> &soleCounts, const ClaimTuning &tuning,
              PairJudgements &out)
{
    const QList<ClaimUnit> &units = au.units;
    const QList<ClaimUnitData> &data = table.data;
    const ClaimPairMatch match = matchClaimUnits(data[u], data[v], table.weights, table.match);
    const Article &leftArticle = corpus.articles[units[u].article], &rightArticle = corpus.articles[units[v].article];
    const ConflictSide left{
        leftArticle.text, data[u], entityById, leftArticle.published.year(), leftArticle.published, &soleCounts[units[u].article]};
    const ConflictSide right{
        rightArticle.text, data[v], entityById, rightArticle.published.year(), rightArticle.published, &soleCounts[units[v].article]};
    QList<ClaimConflict> conflicts = findClaimConflicts(left, right, match, tuning);
    // A headline sums up a story at one moment in few words: its figures contradict another
    // outlet's only when the two say the same thing ("Seven miners trapped" beside "Two miners
    // brought out alive" are two moments of one rescue).
    if ((au.headline[u] || au.headline[v]) && match.similarity < tuning.sameFactSimilarity)
        conflicts.removeIf([](const ClaimConflict &c) { return c.slot == u"count" || c.slot == u"number"; });
    const bool conflict = !conflicts.isEmpty();
    // A short statement has little to match: "The plant opened in 1986." ~ "It opened in 1986 and
    // employs 900 people." share one word and one date, and most of what the first says.
    // "It is still listed as out of control." ~ "It remains out of control.": a phrase of a few
    // words written alike, with the one informative word two short units share.
    const bool oneFact = match.substantial()
                         || (match.contentMatches >= 1 && match.anchorMatches >= 1 && match.similarity >= tuning.anchoredLinkSimilarity)
                         || (match.contentMatches >= 1 && match.similarity >= tuning.linkSimilarity
                             && sharePhrase(data[u].features.tokens, data[v].features.tokens, tuning.sharedPhraseWords));
    if (!conflict && match.similarity >= tuning.alikeFloor && oneFact)
        out.compared.append({u, v, float(match.similarity)});
    // clauses already carry a conflict; the whole sentence would repeat it
    if (!au.wholeSentence[u] && !au.wholeSentence[v]) {
        for (const ClaimConflict &c : std::as_const(conflicts))
            out.conflicts.append({u, v, c, float(match.similarity)});
    }
    // One fact told with a differing detail is still one fact both report.
    const bool detailDiffers = std::all_of(conflicts.cbegin(), conflicts.cend(), [](const ClaimConflict &c) {
        return c.slot == u"count" || c.slot == u"number" || c.slot == u"time" || c.slot == u"date";
    });
    const bool mayLink = !conflict || (tuning.shareConflictingFacts && detailDiffers);
    if (mayLink && oneFact && match.similarity >= tuning.linkSimilarity) {
        out.links.append({u, v, float(match.similarity), units[u].range, units[v].range});
        return;
    }
    if (mayLink && conflict && oneFact && match.similarity >= tuning.conflictLinkSimilarity)
        out.detailConflicts.append({u, v, float(match.similarity), units[u].range, units[v].range});
    else if (!conflict && oneFact && match.matchedWeight >= tuning.localLinkWeight) {
        ClaimPairMatch local = match;
        findLocalMatch(data[u], data[v], table.weights, local, tuning.localLinkWeight);
        if (local.localSimilarity >= tuning.localLinkSimilarity) {
            out.links.append({u, v, float(local.localSimilarity),
                              phraseSpan(units[u].range, data[u], local.leftFirst, local.leftLast, tuning.spanContext),
                              phraseSpan(units[v].range, data[v], local.rightFirst, local.rightLast, tuning.spanContext)});
            return;
        }
    }
    // Figures given to the same precision by two outlets, with a word in common, state one
    // fact however differently the rest of each sentence runs ("won 143,556 votes, or 53.6%,
    // against 124,272, or 46.4%" ~ "won by 53.6% to 46.4%").
    if (match.substantial() && match.similarity >= tuning.figureLinkSimilarity && match.similarity < tuning.linkSimilarity) {
        if (const auto span = sharedFigures(data[u], data[v], match, tuning)) {
            out.links.append({u, v, float(tuning.linkSimilarity),
                              phraseSpan(units[u].range, data[u], (*span)[0], (*span)[1], tuning.spanContext),
                              phraseSpan(units[v].range, data[v], (*span)[2], (*span)[3], tuning.spanContext)});
            return;
        }
    }
    // A long run of words written alike ("such negotiations must take into account the interests
    // of all countries") is one fact or one quotation, however much else the sentences hold.
    // (its informative words match as terms: fewer matches cannot hold such a run, so the
    // quadratic search is spared for most pairs)
    if (!conflict && match.contentMatches >= 1 && match.matches.size() >= tuning.sharedRunInformative) {
        const SharedRun run = longestSharedRun(data[u].features.tokens, data[v].features.tokens);
        if (run.length >= tuning.sharedRunWords && run.informative >= tuning.sharedRunInformative) {
            out.links.append({u, v, float(tuning.linkSimilarity),
                              phraseSpan(units[u].range, data[u], run.left, run.left + run.length - 1, tuning.spanContext),
                              phraseSpan(units[v].range, data[v], run.right, run.right + run.length - 1, tuning.spanContext)});
            return;
        }
    }
    if (!conflict && match.similarity >= tuning.pairScoreFloor && tuning.pairScoreLink <= 1) {
        const PairScoreInputs inputs =
            pairScoreInputs(data[u], data[v], table.weights, match, tuning.pairScore, au.wholeSentence[u] || au.wholeSentence[v],
                            std::abs(positionIn(corpus, units[u]) - positionIn(corpus, units[v])));
        if (const double p = sameFactProbability(inputs, tuning.pairScore); p >= tuning.pairScoreLink)
            out.likely.append({{u, v, float(match.similarity)}, float(p)});
    }
}

} // namespace

QList<QSet<QString>> soleCountsByArticle(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table, const ClaimTuning &tuning)
{
    QList<QList<ClaimNumber>> numbers(corpus.articles.size());
    for (int u = 0; u < au.units.size(); ++u) {
        if (!au.wholeSentence[u])
            numbers[au.units[u].article] += table.data[u].features.numbers;
    }
    QList<QSet<QString>> sole;
    sole.reserve(numbers.size());
    for (const QList<ClaimNumber> &list : std::as_const(numbers))
        sole.append(soleCountedNouns(list, tuning.approximation()));
    return sole;
}

AlignmentUnits alignmentUnits(const Corpus &corpus, const QList<QList<Sentence>> &sentences)
{
    AlignmentUnits result;
    QList<ClaimUnit> &units = result.units;
    units = claimUnits(corpus, sentences);
    // A sentence cut into clauses is compared whole as well: another outlet
    // often states the same fact in one clause that this sentence spreads over two.
    result.wholeSentence = QList<bool>(units.size(), false);
    const qsizetype clauseUnits = units.size();
    for (qsizetype i = 0; i + 1 < clauseUnits; ++i) {
        const ClaimUnit &u = units[i];
        if (u.range == u.sentence || (i > 0 && units[i - 1].sentence == u.sentence && units[i - 1].article == u.article))
            continue;
        if (units[i + 1].article == u.article && units[i + 1].sentence == u.sentence) {
            units.append({u.article, u.sentence, u.sentence});
            result.wholeSentence.append(true);
        }
    }
    result.headline.reserve(units.size());
    for (const ClaimUnit &u : std::as_const(units))
        result.headline.append(isHeadline(corpus.articles[u.article], u.sentence));
    return result;
}

QList<QList<UnitMention>> mentionsByArticle(const Corpus &corpus, const QList<Entity> &entities)
{
    QList<QList<UnitMention>> byArticle(corpus.articles.size());
    bool haveDates = false;
    for (const Entity &e : entities) {
        for (const Mention &m : e.mentions) {
            if (m.article < 0 || m.article >= byArticle.size())
                continue;
            if (e.type == EntityType::Date) {
                haveDates = true;
                if (!e.value.isEmpty())
                    byArticle[m.article].append({m.range, nullptr, e.value});
            } else {
                byArticle[m.article].append({m.range, &e, {}});
            }
        }
    }
    if (!haveDates) {
        for (int a = 0; a < corpus.articles.size(); ++a) {
            const Article &article = corpus.articles[a];
            const QDate published = article.published.isValid() ? article.published : corpus.published;
            for (const DateMention &d : findDates(article.text, published))
                byArticle[a].append({d.range, nullptr, d.value});
        }
    }
    for (auto &list : byArticle)
        std::sort(list.begin(), list.end(), [](const UnitMention &x, const UnitMention &y) { return x.range.start < y.range.start; });
    return byArticle;
}

TermTable termTable(const Corpus &corpus, const QList<ClaimUnit> &units, const QList<QList<UnitMention>> &mentions,
                    const ClaimTuning &tuning)
{
    const int n = int(units.size());
    TermTable table;
    // Features, in parallel (the stemmer keeps state: one per thread).
    table.data.resize(n);
    parallelFor(n, [&](int i) {
        thread_local Stemmer stemmer;
        const ClaimUnit &u = units[i];
        table.data[i].features = claimFeatures(corpus.articles[u.article].text, u.range, mentionsIn(mentions[u.article], u.range), stemmer,
                                               tuning.datePrefixTerms != 0);
    });
    QHash<QString, quint32> termIds;
    for (ClaimUnitData &d : table.data) {
        d.ids.reserve(d.features.terms.size());
        for (int t = 0; t < d.features.terms.size(); ++t) {
            auto it = termIds.constFind(d.features.terms[t].key);
            if (it == termIds.cend()) {
                it = termIds.insert(d.features.terms[t].key, quint32(table.documentFrequency.size()));
                table.documentFrequency.append(0);
            }
            ++table.documentFrequency[*it];
            d.ids.append(*it);
            d.sortedIds.append({*it, t});
        }
        std::sort(d.sortedIds.begin(), d.sortedIds.end());
    }
    table.weights.resize(table.documentFrequency.size());
    for (int id = 0; id < table.weights.size(); ++id)
        table.weights[id] = float(std::max(0.1, std::log((n + 1.0) / (table.documentFrequency[id] + 0.5))));
    for (auto it = termIds.cbegin(); it != termIds.cend(); ++it) {
        if (it.key().startsWith(u'@'))
            table.weights[*it] *= float(tuning.dateTermWeight);
    }
    for (ClaimUnitData &d : table.data)
        d.setWeights(table.weights);
    table.cap = std::clamp(n / tuning.candidateTermShare, 20, 300);
    table.match = {tuning.informativeWeight, tuning.sameFigureApproximation()};
    return table;
}

PairJudgements judgePairs(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table,
                          const QHash<QString, const Entity *> &entityById, const ClaimTuning &tuning,
                          const std::function<bool()> &isCanceled)
{
    const int n = int(au.units.size());
    const CandidateIndex index = candidateIndex(table);
    const QList<QSet<QString>> soleCounts = soleCountsByArticle(corpus, au, table, tuning);
    PairJudgements results;
    QMutex resultsMutex;
    const int blocks = std::max(1, std::min(n, parallelThreads() * 4));
    parallelFor(blocks, [&](int block) {
        // Scratch per unit, touched millions of times: std::vector, which has no
        // copy-on-write check on every write.
        std::vector<double> seed(size_t(n), 0.0);
        std::vector<char> counted(size_t(n), 0);
        std::vector<int> touched;
        std::vector<char> compare(size_t(n), 0);
        QList<std::pair<double, int>> candidates, countCandidates;
        PairJudgements local;
        const QList<ClaimUnit> &unitList = au.units; // const: no detach check per read
        auto visit = [&](const QList<int> &posting, int u, double w, bool byCount) {
            const int article = unitList[u].article;
            for (auto it = std::upper_bound(posting.cbegin(), posting.cend(), u); it != posting.cend(); ++it) {
                const int v = *it;
                if (unitList[v].article == article)
                    continue;
                if (seed[v] == 0 && !counted[v])
                    touched.push_back(v);
                seed[v] += w;
                counted[v] = counted[v] || byCount;
            }
        };
        for (int u = block; u < n; u += blocks) {
            if (isCanceled())
                return;
            for (quint32 id : std::as_const(table.data[u].ids)) {
                if (table.findsCandidates(id))
                    visit(index.postings[id], u, table.weights[id], false);
            }
            for (const ClaimNumber &num : std::as_const(table.data[u].features.numbers)) {
                const QString key = countedKey(num);
                const auto it = index.countedPostings.constFind(key);
                if (!key.isEmpty() && it != index.countedPostings.cend())
                    visit(*it, u, 0, true);
            }
            // Only the units with the most rare weight in common are compared in
            // full: a stock sentence repeated across hundreds of articles would
            // otherwise be compared with every copy (all pairs again).
            candidates.clear();
            countCandidates.clear();
            for (int v : std::as_const(touched)) {
                if (seed[v] >= tuning.seedWeight)
                    candidates.append({seed[v], v});
                else if (counted[v])
                    countCandidates.append({seed[v], v});
            }
            keepBest(candidates, tuning.comparedPerUnit);
            keepBest(countCandidates, tuning.comparedByCountPerUnit);
            for (const auto &[weight, v] : std::as_const(candidates))
                compare[v] = true;
            for (const auto &[weight, v] : std::as_const(countCandidates))
                compare[v] = true;
            for (int v : std::as_const(touched)) {
                if (compare[v]) {
                    compare[v] = false;
                    judgeOne(u, v, corpus, au, table, entityById, soleCounts, tuning, local);
                }
                seed[v] = 0;
                counted[v] = false;
            }
            touched.clear();
        }
        QMutexLocker lock(&resultsMutex);
        results.links += local.links;
        results.compared += local.compared;
        results.conflicts += local.conflicts;
        results.likely += local.likely;
        results.detailConflicts += local.detailConflicts;
    });
    keepMutualBest(au, results);
    // The blocks finish in any order: sorted, the stages after see the same lists every run.
    std::sort(results.links.begin(), results.links.end(), byUnits);
    std::sort(results.compared.begin(), results.compared.end(), byUnits);
    std::sort(results.conflicts.begin(), results.conflicts.end(), byUnits);
    return results;
}

QSet<int> limitConflicts(QList<FoundConflict> &conflicts, const ClaimTuning &tuning)
{
    std::sort(conflicts.begin(), conflicts.end(), [&](const FoundConflict &x, const FoundConflict &y) {
        return x.similarity != y.similarity ? x.similarity > y.similarity : byUnits(x, y);
    });
    QSet<int> stated;
    for (const FoundConflict &f : std::as_const(conflicts)) {
        stated.insert(f.left);
        stated.insert(f.right);
    }
    QHash<int, int> perUnit;
    conflicts.removeIf([&](const FoundConflict &f) {
        if (perUnit.value(f.left) >= tuning.conflictsPerUnit || perUnit.value(f.right) >= tuning.conflictsPerUnit)
            return true;
        ++perUnit[f.left];
        ++perUnit[f.right];
        return false;
    });
    std::sort(conflicts.begin(), conflicts.end(), byUnits);
    return stated;
}

void linkKeptConflicts(PairJudgements &judged)
{
    QSet<std::pair<int, int>> kept;
    for (const FoundConflict &f : std::as_const(judged.conflicts))
        kept.insert({f.left, f.right});
    const qsizetype sorted = judged.links.size();
    for (const Pair &p : std::as_const(judged.detailConflicts)) {
        if (kept.contains({p.left, p.right}))
            judged.links.append(p);
    }
    judged.detailConflicts.clear();
    // the links are sorted already (judgePairs): only the new ones are, then merged in
    std::sort(judged.links.begin() + sorted, judged.links.end(), byUnits);
    std::inplace_merge(judged.links.begin(), judged.links.begin() + sorted, judged.links.end(), byUnits);
}

// A story's lede sentences share its names and are each somewhat like several of another
// report's: the model's likeliest pairing per article is the one to trust.
void keepMutualBest(const AlignmentUnits &au, PairJudgements &judged)
{
    const auto slot = [&](int unit, int other) { return (quint64(quint32(unit)) << 32) | quint32(au.units[other].article); };
    QSet<quint64> linked;
    for (const Pair &p : std::as_const(judged.links)) {
        linked.insert(slot(p.left, p.right));
        linked.insert(slot(p.right, p.left));
    }
    QHash<quint64, float> best;
    for (const auto &[pair, probability] : std::as_const(judged.likely)) {
        for (const quint64 key : {slot(pair.left, pair.right), slot(pair.right, pair.left)})
            best[key] = std::max(best.value(key), probability);
    }
    for (const auto &[pair, probability] : std::as_const(judged.likely)) {
        const quint64 leftKey = slot(pair.left, pair.right), rightKey = slot(pair.right, pair.left);
        if (!linked.contains(leftKey) && !linked.contains(rightKey) && best.value(leftKey) <= probability
            && best.value(rightKey) <= probability)
            judged.links.append({pair.left, pair.right, pair.similarity, au.units[pair.left].range, au.units[pair.right].range});
    }
    judged.likely.clear();
}
