// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the claims engine loses the shared claims of a gold annotation: for every gold
// link (two articles that state one gold claim) whether the analysis found it, and if not,
// at which stage it was lost: never compared, compared but too unlike, judged a conflict,
// or judged one fact and then lost while clustering. A tool for working on the engine.
//   gold_pairs CORPUS_DIR GOLD_JSON [--all] [--features CSV_TO_APPEND_TO]
#include "claimstages.h"
#include "corpusloader.h"
#include "goldclaims.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

bool analysisLinks(const Analysis &analysis, const QList<GoldMember> &a, const QList<GoldMember> &b)
{
    const auto covers = [](const Claim &c, const QList<GoldMember> &gold) {
        for (const ClaimMember &m : c.members)
            for (const GoldMember &g : gold)
                if (m.article == g.article && standsFor(m.range, g.range))
                    return true;
        return false;
    };
    for (const Claim &c : analysis.claims) {
        if (c.kind == ClaimKind::Shared && covers(c, a) && covers(c, b))
            return true;
    }
    return false;
}

// Whether units u and v each hold a member of one gold claim.
bool goldLinks(const AlignmentUnits &au, const QList<QList<GoldMember>> &gold, int u, int v)
{
    for (const QList<GoldMember> &claim : gold) {
        bool left = false, right = false;
        for (const GoldMember &m : claim) {
            left = left || (au.units[u].article == m.article && standsFor(au.units[u].range, m.range));
            right = right || (au.units[v].article == m.article && standsFor(au.units[v].range, m.range));
        }
        if (left && right)
            return true;
    }
    return false;
}

// How many of the pairs compared in full are gold links, by similarity: where a threshold stands.
void printCurve(const AlignmentUnits &au, const TermTable &table, const QList<QList<GoldMember>> &gold, const PairJudgements &judged)
{
    std::map<int, std::array<int, 4>> buckets; // by similarity tenth: gold/not, substantial or not
    QSet<quint64> seen;
    const auto count = [&](int u, int v) {
        if (seen.contains(pairKey(u, v)))
            return;
        seen.insert(pairKey(u, v));
        const ClaimPairMatch m = matchClaimUnits(table.data[u], table.data[v], table.weights, table.match);
        auto &b = buckets[int(m.similarity * 20)];
        ++b[(goldLinks(au, gold, u, v) ? 0 : 1) + (m.substantial() ? 0 : 2)];
    };
    for (const Alike &p : judged.compared)
        count(p.left, p.right);
    for (const Pair &p : judged.links)
        count(p.left, p.right);
    out << "similarity  gold/other (substantial)  gold/other (not)\n";
    for (const auto &[b, n] : buckets)
        out << "  " << b / 20.0 << "  " << n[0] << '/' << n[1] << "  " << n[2] << '/' << n[3] << '\n';
}

// Each unit's sentence's place among the sentences with units of its article.
QList<int> sentenceRanks(const QList<ClaimUnit> &units, qsizetype articles)
{
    QList<QList<qsizetype>> starts(articles);
    for (const ClaimUnit &u : units)
        starts[u.article].append(u.sentence.start);
    for (QList<qsizetype> &s : starts) {
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
    }
    QList<int> ranks;
    ranks.reserve(units.size());
    for (const ClaimUnit &u : units) {
        const QList<qsizetype> &s = starts[u.article];
        ranks.append(int(std::lower_bound(s.cbegin(), s.cend(), u.sentence.start) - s.cbegin()));
    }
    return ranks;
}

// Every cross-article pair with something in common, its match features and whether gold
// links it: rows for fitting a pair scorer (tests/bench/fit_pairs.py).
void writeFeatures(const QString &path, const QString &label, const Corpus &corpus, const AlignmentUnits &au, const TermTable &table,
                   const QList<QList<GoldMember>> &gold, const PairJudgements &judged)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    QTextStream csv(&file);
    QSet<quint64> linked;
    for (const Pair &p : judged.links)
        linked.insert(pairKey(p.left, p.right));
    const QList<int> rank = sentenceRanks(au.units, corpus.articles.size());
    const auto position = [&](int u) {
        return double(au.units[u].range.start) / std::max<qsizetype>(1, corpus.articles[au.units[u].article].text.size());
    };
    for (int u = 0; u < au.units.size(); ++u) {
        for (int v = u + 1; v < au.units.size(); ++v) {
            if (au.units[u].article == au.units[v].article)
                continue;
            ClaimPairMatch m = matchClaimUnits(table.data[u], table.data[v], table.weights, table.match);
            if (m.similarity < 0.08)
                continue;
            findLocalMatch(table.data[u], table.data[v], table.weights, m, 3.0);
            double lt = 0, rt = 0;
            for (int id : table.data[u].ids)
                lt += table.weights[id];
            for (int id : table.data[v].ids)
                rt += table.weights[id];
            int names = 0, numbers = 0, dates = 0, soft = 0;
            for (const TermMatch &t : m.matches) {
                const ClaimTerm &term = table.data[u].features.terms[t.left];
                names += term.name;
                numbers += term.key.startsWith(u'#');
                dates += term.key.startsWith(u'@');
                soft += t.strength < 1.0f;
            }
            const auto numberTerms = [&](const ClaimUnitData &d) {
                int n = 0;
                for (const ClaimTerm &t : d.features.terms)
                    n += t.key.startsWith(u'#');
                return n;
            };
            const int extraNumbers = std::min(numberTerms(table.data[u]), numberTerms(table.data[v])) - numbers;
            csv << label << ',' << (goldLinks(au, gold, u, v) ? 1 : 0) << ',' << (linked.contains(pairKey(u, v)) ? 1 : 0) << ','
                << m.similarity << ',' << m.matchedWeight / std::max(1e-9, std::min(lt, rt)) << ',' << m.localSimilarity << ','
                << m.localWeight << ',' << m.matchedWeight << ',' << m.contentMatches << ',' << m.anchorMatches << ',' << names << ','
                << numbers << ',' << dates << ',' << soft << ',' << extraNumbers << ','
                << std::min(table.data[u].features.terms.size(), table.data[v].features.terms.size()) << ','
                << std::max(table.data[u].features.terms.size(), table.data[v].features.terms.size()) << ','
                << (au.headline[u] || au.headline[v]) << ',' << (au.wholeSentence[u] || au.wholeSentence[v]) << ','
                << std::abs(position(u) - position(v)) << ',' << m.substantial() << ',' << std::max(rank[u], rank[v]) << ','
                << (au.headline[u] && au.headline[v]) << '\n';
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: gold_pairs CORPUS_DIR GOLD_JSON [--all]\n";
        return 2;
    }
    const bool all = args.contains(u"--all");
    auto corpus = std::make_shared<const Corpus>(loadCorpus({args[1]}));
    QFile goldFile(args[2]);
    if (!goldFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << args[2] << '\n';
        return 1;
    }
    QStringList ids;
    QList<QList<GoldMember>> gold;
    for (const GoldClaim &claim : goldClaims(*corpus, QJsonDocument::fromJson(goldFile.readAll()), u"shared"_s)) {
        gold.append(claim.members);
        ids.append(claim.id);
    }
    const ClaimStages stages(corpus);
    const AnalysisPtr &analysis = stages.analysis;
    const AlignmentUnits &au = stages.units;
    const TermTable &table = stages.table;
    const PairJudgements judged = judgePairs(*corpus, au, table, stages.entityById, stages.tuning, [] { return false; });
    QSet<quint64> linked, compared, conflicting;
    for (const Pair &p : judged.links)
        linked.insert(pairKey(p.left, p.right));
    for (const Alike &p : judged.compared)
        compared.insert(pairKey(p.left, p.right));
    for (const FoundConflict &c : judged.conflicts)
        conflicting.insert(pairKey(c.left, c.right));

    std::map<QString, int> lost;
    for (int c = 0; c < gold.size(); ++c) {
        QHash<int, QList<GoldMember>> byArticle;
        for (const GoldMember &m : gold[c])
            byArticle[m.article].append(m);
        const QList<int> articles = byArticle.keys();
        for (int i = 0; i < articles.size(); ++i) {
            for (int j = i + 1; j < articles.size(); ++j) {
                const auto &a = byArticle[articles[i]], &b = byArticle[articles[j]];
                QString stage = u"found"_s;
                ClaimPairMatch best;
                int bu = -1, bv = -1;
                if (!analysisLinks(*analysis, a, b)) {
                    stage = u"never compared"_s;
                    for (const GoldMember &ma : a)
                        for (int u : unitsFor(au, ma))
                            for (const GoldMember &mb : b)
                                for (int v : unitsFor(au, mb)) {
                                    const quint64 k = pairKey(u, v);
                                    const ClaimPairMatch m = matchClaimUnits(table.data[u], table.data[v], table.weights, table.match);
                                    if (m.similarity > best.similarity) {
                                        best = m;
                                        bu = u;
                                        bv = v;
                                    }
                                    if (linked.contains(k))
                                        stage = u"linked, lost in clusters"_s;
                                    else if (conflicting.contains(k) && !stage.startsWith(u"linked"))
                                        stage = u"judged a conflict"_s;
                                    else if (compared.contains(k) && stage == u"never compared")
                                        stage = u"compared, too unlike"_s;
                                }
                    if (bu < 0)
                        stage = u"no unit holds a member"_s;
                }
                ++lost[stage];
                if (stage == u"found" && !all)
                    continue;
                out << ids[c] << " [" << stage << "] similarity " << best.similarity << " content " << best.contentMatches << " anchors "
                    << best.anchorMatches;
                if (bu >= 0) {
                    const auto text = [&](int u) {
                        const ClaimUnit &unit = au.units[u];
                        return corpus->articles[unit.article].text.mid(unit.range.start, unit.range.length()).simplified().left(110);
                    };
                    out << "\n    " << bu << ": " << text(bu) << "\n    " << bv << ": " << text(bv);
                }
                out << '\n';
            }
        }
    }
    for (const auto &[stage, n] : lost)
        out << "stage " << stage << ": " << n << '\n';
    printCurve(au, table, gold, judged);
    if (const qsizetype at = args.indexOf(u"--features"_s); at > 0 && at + 1 < args.size())
        writeFeatures(args[at + 1], args[1].section(u'/', -1, -1, QString::SectionSkipEmpty), *corpus, au, table, gold, judged);
    return 0;
}
