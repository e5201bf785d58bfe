// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the claims engine loses the conflicts of a gold annotation: for every gold conflict
// the analysis misses, the stage it is lost at, over every pair of its members that differ:
//   (a) the two statements are never judged one fact with differing values (alignment: not
//       compared, too unlike, or the words around the values do not match)
//   (b) a value is not read in a member (numbers in words, times, dates, states, quotes)
//   (c) both values are read and judged compatible (tolerance, units, precision)
//   (d) a conflict is judged on units that do not cover half of a member's quote
//   (e) judged a conflict and then dropped (per-unit limit, whole sentences, repeats)
// A pair the engine links as one shared fact is marked "linked": finding its conflict costs that
// shared link (a conflict and a shared claim of the same members are not both kept).
// A tool for working on the engine.
//   conflict_causes CORPUS_DIR GOLD_JSON
#include "claimstages.h"
#include "corpusloader.h"
#include "goldclaims.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <map>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

bool overlaps(const TextRange &a, const TextRange &b)
{
    return a.start < b.end && b.start < a.end;
}

bool foundByAnalysis(const Analysis &analysis, const GoldClaim &gold)
{
    for (const Claim &c : analysis.claims) {
        if (c.kind != ClaimKind::Conflict)
            continue;
        QSet<int> articles;
        for (const ClaimMember &m : c.members)
            for (const GoldMember &g : gold.members)
                if (m.article == g.article && standsFor(m.range, g.range))
                    articles.insert(m.article);
        if (articles.size() >= 2)
            return true;
    }
    return false;
}

// The values of a gold slot that a unit reads inside a member's quote.
struct ReadValues
{
    QList<ClaimNumber> numbers;
    QList<ClaimTime> times;
    QStringList dates;
};

ReadValues valuesIn(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table, int u, const GoldMember &m)
{
    ReadValues v;
    const ClaimFeatures &f = table.data[u].features;
    for (const ClaimNumber &n : f.numbers)
        if (overlaps(n.range, m.range) && !n.year)
            v.numbers.append(n);
    for (const ClaimTime &t : f.times)
        if (overlaps(t.range, m.range))
            v.times.append(onDay(t, corpus.articles[au.units[u].article].published));
    v.dates = f.dates;
    return v;
}

// Whether the values two units read of a slot can be told apart at all: nullopt when a side reads none.
std::optional<bool> valuesDiffer(const QString &slot, const ReadValues &a, const ReadValues &b, const ClaimTuning &tuning)
{
    if (slot == u"count" || slot == u"number") {
        if (a.numbers.isEmpty() || b.numbers.isEmpty())
            return std::nullopt;
        for (const ClaimNumber &x : a.numbers)
            for (const ClaimNumber &y : b.numbers)
                if (figuresDisagree(x, y, tuning.approximation()))
                    return true;
        return false;
    }
    if (slot == u"time") {
        if (a.times.isEmpty() || b.times.isEmpty())
            return std::nullopt;
        for (const ClaimTime &x : a.times)
            for (const ClaimTime &y : b.times)
                if (!timesAgree(x, y, tuning.timeToleranceMinutes, tuning.approximateTimeMinutes))
                    return true;
        return false;
    }
    if (slot == u"date") {
        if (a.dates.isEmpty() || b.dates.isEmpty())
            return std::nullopt;
        for (const QString &x : a.dates)
            for (const QString &y : b.dates)
                if (x.startsWith(y) || y.startsWith(x))
                    return false;
        return true;
    }
    return std::nullopt; // states, places, persons, quotes, order: read by their own stages
}

QString unitText(const Corpus &corpus, const AlignmentUnits &au, int u)
{
    const ClaimUnit &unit = au.units[u];
    return corpus.articles[unit.article].text.mid(unit.range.start, unit.range.length()).simplified().left(120);
}

struct Verdict
{
    QString cause;
    QString detail;
};

// The furthest stage one pair of differing members reaches (later stages rank higher).
Verdict judgeMembers(const Corpus &corpus, const ClaimStages &stages, const PairJudgements &judged, const QSet<quint64> &kept,
                     const QString &slot, const GoldMember &a, const GoldMember &b)
{
    const AlignmentUnits &au = stages.units;
    const TermTable &table = stages.table;
    QSet<quint64> conflicting, linked;
    for (const FoundConflict &c : judged.conflicts)
        conflicting.insert(pairKey(c.left, c.right));
    for (const auto &link : judged.links)
        linked.insert(pairKey(link.left, link.right));
    const QList<int> left = unitsFor(au, a), right = unitsFor(au, b);
    const QList<QSet<QString>> soleCounts = soleCountsByArticle(corpus, au, table, stages.tuning);
    // a conflict on units that overlap the quotes without covering half of one
    for (int u : unitsFor(au, a, false))
        for (int v : unitsFor(au, b, false))
            if (kept.contains(pairKey(u, v)) && !(left.contains(u) && right.contains(v)))
                return {u"d"_s, unitText(corpus, au, u) + u" | "_s + unitText(corpus, au, v)};
    Verdict best{u"b"_s, u"no unit covers a member"_s};
    double bestSimilarity = -1;
    for (int u : left) {
        for (int v : right) {
            const ClaimPairMatch match = matchClaimUnits(table.data[u], table.data[v], table.weights, table.match);
            const Article &la = corpus.articles[au.units[u].article], &ra = corpus.articles[au.units[v].article];
            const ConflictSide l{
                la.text, table.data[u], stages.entityById, la.published.year(), la.published, &soleCounts[au.units[u].article]};
            const ConflictSide r{
                ra.text, table.data[v], stages.entityById, ra.published.year(), ra.published, &soleCounts[au.units[v].article]};
            const QString pair = QStringLiteral("sim %1 content %2 anchors %3: ")
                                     .arg(match.similarity, 0, 'f', 2)
                                     .arg(match.contentMatches)
                                     .arg(match.anchorMatches)
                                 // a pair linked as one shared fact loses that link when its conflict is found
                                 + (linked.contains(pairKey(u, v)) ? u"linked: "_s : QString()) + unitText(corpus, au, u) + u" | "_s
                                 + unitText(corpus, au, v);
            if (conflicting.contains(pairKey(u, v)))
                return {u"e"_s, (au.wholeSentence[u] || au.wholeSentence[v] ? u"whole sentence; "_s : u"limit; "_s) + pair};
            if (const auto c = findClaimConflict(l, r, match, stages.tuning))
                return {u"a"_s, u"not a candidate ("_s + c->reason + u"); "_s + pair};
            const auto differ = valuesDiffer(slot, valuesIn(corpus, au, table, u, a), valuesIn(corpus, au, table, v, b), stages.tuning);
            const QString cause = !differ ? u"b"_s : *differ ? u"a"_s : u"c"_s;
            // prefer the pair that got furthest: a (values differ, not judged one fact) > c > b
            const int rank = cause == u"a" ? 2 : cause == u"c" ? 1 : 0;
            const int bestRank = best.cause == u"a" ? 2 : best.cause == u"c" ? 1 : 0;
            if (rank > bestRank || (rank == bestRank && match.similarity > bestSimilarity)) {
                best = {cause, pair};
                bestSimilarity = match.similarity;
            }
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        out << "usage: conflict_causes CORPUS_DIR GOLD_JSON\n";
        return 2;
    }
    auto corpus = std::make_shared<const Corpus>(loadCorpus({args[1]}));
    QFile goldFile(args[2]);
    if (!goldFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << args[2] << '\n';
        return 1;
    }
    const QList<GoldClaim> gold = goldClaims(*corpus, QJsonDocument::fromJson(goldFile.readAll()), u"conflict"_s);
    const ClaimStages stages(corpus);
    PairJudgements judged = judgePairs(*corpus, stages.units, stages.table, stages.entityById, stages.tuning, [] { return false; });
    QList<FoundConflict> limited = judged.conflicts;
    limitConflicts(limited, stages.tuning);
    QSet<quint64> kept;
    for (const FoundConflict &c : std::as_const(limited))
        kept.insert(pairKey(c.left, c.right));
    std::map<QString, int> causes;
    const auto rank = [](const QString &c) { return c == u"d" ? 5 : c == u"e" ? 4 : c == u"a" ? 3 : c == u"c" ? 2 : 1; };
    for (const GoldClaim &claim : gold) {
        if (foundByAnalysis(*stages.analysis, claim)) {
            ++causes[u"found"_s];
            continue;
        }
        Verdict best{u"b"_s, u"no member pair"_s};
        for (int i = 0; i < claim.members.size(); ++i) {
            for (int j = i + 1; j < claim.members.size(); ++j) {
                const GoldMember &a = claim.members[i], &b = claim.members[j];
                if (a.article == b.article || (!a.value.isEmpty() && a.value == b.value))
                    continue;
                const Verdict v = judgeMembers(*corpus, stages, judged, kept, claim.slot, a, b);
                if (rank(v.cause) > rank(best.cause))
                    best = v;
            }
        }
        ++causes[best.cause];
        out << claim.id << " (" << claim.slot << ") [" << best.cause << "] " << best.detail << '\n';
    }
    for (const auto &[cause, n] : causes)
        out << "cause " << cause << ": " << n << '\n';
    return 0;
}
