// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Why two statements of a corpus are (or are not) one claim or a conflict: the
// features of every unit holding each quotation, how alike each pair is, and
// what the conflict judgement says. A tool for working on the claims engine.
//   explain_pair CORPUS_DIR "words in one article" "words in another"
#include "claimstages.h"
#include "corpusloader.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QTextStream out(stdout);

QList<int> unitsHolding(const Corpus &corpus, const AlignmentUnits &au, const QString &quote)
{
    QList<int> found;
    for (int u = 0; u < au.units.size(); ++u) {
        const ClaimUnit &unit = au.units[u];
        const QString &text = corpus.articles[unit.article].text;
        const qsizetype at = text.indexOf(quote);
        if (at >= 0 && at < unit.range.end && at + quote.size() > unit.range.start)
            found.append(u);
    }
    return found;
}

void printUnit(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table, int u)
{
    const ClaimUnit &unit = au.units[u];
    const ClaimFeatures &f = table.data[u].features;
    out << "unit " << u << " (article " << corpus.articles[unit.article].id << (au.wholeSentence[u] ? ", whole" : "")
        << (au.headline[u] ? ", headline" : "")
        << "): " << corpus.articles[unit.article].text.mid(unit.range.start, unit.range.length()).simplified() << '\n';
    for (const ClaimNumber &n : f.numbers)
        out << "  number " << n.value << (n.approximate ? " approx" : "") << (n.modifier ? " modifier" : "") << (n.year ? " year" : "")
            << " unit=" << n.unit << " measure=" << n.measure << (n.alsoCounted.isEmpty() ? QString() : " with=" + n.alsoCounted.join(u","))
            << '\n';
    for (const ClaimTime &t : f.times)
        out << "  time " << t.minutes << (t.approximate ? " approx" : "") << '\n';
    if (!f.dates.isEmpty())
        out << "  dates " << f.dates.join(u' ') << '\n';
    QStringList terms;
    for (int t = 0; t < f.terms.size(); ++t)
        terms << QStringLiteral("%1(%2)").arg(f.terms[t].key).arg(table.weights[table.data[u].ids[t]], 0, 'f', 1);
    out << "  terms " << terms.join(u' ') << (f.scopeTokens.isEmpty() ? "" : "  [scoped]") << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        out << "usage: explain_pair CORPUS_DIR \"words in one article\" \"words in another\"\n";
        return 2;
    }
    auto corpus = std::make_shared<const Corpus>(loadCorpus({args[1]}));
    const ClaimStages stages(corpus);
    const ClaimTuning &tuning = stages.tuning;
    const AlignmentUnits &au = stages.units;
    const TermTable &table = stages.table;
    const QHash<QString, const Entity *> &entityById = stages.entityById;
    const QList<QSet<QString>> soleCounts = soleCountsByArticle(*corpus, au, table, tuning);
    const QList<int> left = unitsHolding(*corpus, au, args[2]);
    const QList<int> right = unitsHolding(*corpus, au, args[3]);
    for (int u : left)
        printUnit(*corpus, au, table, u);
    for (int v : right)
        printUnit(*corpus, au, table, v);
    for (int u : left) {
        for (int v : right) {
            const ClaimPairMatch match = matchClaimUnits(table.data[u], table.data[v], table.weights, table.match);
            const Article &la = corpus->articles[au.units[u].article], &ra = corpus->articles[au.units[v].article];
            const ConflictSide l{la.text, table.data[u], entityById, la.published.year(), la.published, &soleCounts[au.units[u].article]};
            const ConflictSide r{ra.text, table.data[v], entityById, ra.published.year(), ra.published, &soleCounts[au.units[v].article]};
            QStringList conflicts;
            for (const ClaimConflict &c : findClaimConflicts(l, r, match, tuning))
                conflicts << c.slot + u' ' + c.reason;
            QStringList matched;
            for (const TermMatch &m : match.matches)
                matched << table.data[u].features.terms[m.left].key + u'=' + table.data[v].features.terms[m.right].key;
            out << "pair " << u << '-' << v << ": similarity " << match.similarity << ", content " << match.contentMatches << ", anchors "
                << match.anchorMatches << ", substantial " << match.substantial() << ", matched " << matched.join(u' ')
                << "\n  conflict: " << (conflicts.isEmpty() ? QStringLiteral("none") : conflicts.join(QStringLiteral("; "))) << '\n';
        }
    }
    PairJudgements judged = judgePairs(*corpus, au, table, entityById, tuning, [] { return false; });
    const auto printConflicts = [&](const char *what) {
        for (const FoundConflict &c : std::as_const(judged.conflicts)) {
            if (left.contains(c.left) || left.contains(c.right) || right.contains(c.left) || right.contains(c.right))
                out << what << ' ' << c.left << '-' << c.right << ": " << c.conflict.reason << '\n';
        }
    };
    printConflicts("judged conflict");
    limitConflicts(judged.conflicts, tuning);
    printConflicts("kept conflict");
    for (const Pair &p : judged.links) {
        if ((left.contains(p.left) && right.contains(p.right)) || (left.contains(p.right) && right.contains(p.left)))
            out << "judged link " << p.left << '-' << p.right << " similarity " << p.similarity << '\n';
    }
    return 0;
}
