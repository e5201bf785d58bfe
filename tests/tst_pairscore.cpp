// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pair model (app/claims/pairscore.h) on invented matches: what raises and what lowers
// the probability that two units state one fact, with the weights as fitted; and which of the
// pairs it finds likely become links (keepMutualBest).
#include "claimcandidates.h"
#include "claimtuning.h"
#include "pairscore.h"

#include <QTest>

Q_DECLARE_METATYPE(PairScoreInputs)

class TestPairScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probability_data();
    void probability();
    void overrides();
    void mutualBest_data();
    void mutualBest();
};

namespace {

// "Five men were hoisted from the raft" ~ "the helicopter lifted five of the fishermen out
// of their raft": a figure, two words and a synonym in common, both early in their reports.
PairScoreInputs paraphrase()
{
    PairScoreInputs in;
    in.similarity = 0.3;
    in.localSimilarity = 0.7;
    in.matchedWeight = 9;
    in.contentMatches = 2;
    in.numberMatches = 1;
    in.positionGap = 0.05;
    return in;
}

} // namespace

void TestPairScore::probability_data()
{
    QTest::addColumn<PairScoreInputs>("inputs");
    QTest::addColumn<bool>("oneFact"); // at the probability of 0.5

    QTest::newRow("paraphrase with a figure in common") << paraphrase() << true;
    PairScoreInputs far = paraphrase();
    far.positionGap = 0.8; // one at the top of its report, the other near the end
    QTest::newRow("the same words far apart in the two reports") << far << false;
    PairScoreInputs noFigure = paraphrase();
    noFigure.numberMatches = 0;
    noFigure.matchedWeight = 5.5;
    QTest::newRow("no figure and less weight in common") << noFigure << false;
    PairScoreInputs synonyms;
    synonyms.similarity = 0.2;
    synonyms.matchedWeight = 3;
    synonyms.contentMatches = 1;
    synonyms.synonymMatches = 3;
    QTest::newRow("only synonyms in common") << synonyms << false;
    PairScoreInputs storyDay;
    storyDay.similarity = 0.15;
    storyDay.matchedWeight = 2.5;
    storyDay.dateMatches = 2;
    QTest::newRow("only the story's day in common") << storyDay << false;
    PairScoreInputs close = paraphrase();
    close.similarity = 0.45;
    close.positionGap = 0.4;
    QTest::newRow("alike sentences some way apart") << close << true;
}

void TestPairScore::probability()
{
    QFETCH(PairScoreInputs, inputs);
    QFETCH(bool, oneFact);
    const double p = sameFactProbability(inputs, PairScoreWeights());
    QVERIFY(p >= 0 && p <= 1);
    QCOMPARE(p >= 0.5, oneFact);
}

void TestPairScore::overrides()
{
    // On by default; a threshold above 1 turns it off.
    QVERIFY(ClaimTuning().pairScoreLink <= 1);
    const ClaimTuning tuning = ClaimTuning::withOverrides(QStringLiteral("pairScoreLink=2,pairScore.bias=-1.5,pairScore.positionGap=-3"));
    QCOMPARE(tuning.pairScoreLink, 2.0);
    QCOMPARE(tuning.pairScore.bias, -1.5);
    QCOMPARE(tuning.pairScore.positionGap, -3.0);
    QCOMPARE(tuning.pairScore.similarity, PairScoreWeights().similarity);
}

void TestPairScore::mutualBest_data()
{
    // Units 0 and 1 are in article A, 2 and 3 in article B, 4 in article C. Pairs are written
    // "left-right", with the model's probability after a colon.
    QTest::addColumn<QString>("ruleLinks");
    QTest::addColumn<QString>("likely");
    QTest::addColumn<QString>("links"); // every link after keepMutualBest, sorted

    QTest::newRow("a lone likely pair") << "" << "0-2:0.6" << "0-2";
    QTest::newRow("the likelier of two in one article") << "" << "0-2:0.6 0-3:0.7" << "0-3";
    QTest::newRow("one likeliest per article") << "" << "0-3:0.7 0-4:0.55" << "0-3 0-4";
    QTest::newRow("the other's likeliest is another") << "" << "0-2:0.6 1-2:0.8" << "1-2";
    QTest::newRow("a lede like two sentences of each report") << "" << "0-2:0.6 0-3:0.65 1-2:0.7 1-3:0.55" << "0-3 1-2";
    QTest::newRow("already linked there by the rules") << "0-2" << "0-3:0.9" << "0-2";
    QTest::newRow("linked elsewhere by the rules") << "0-4" << "0-3:0.6" << "0-3 0-4";
}

namespace {

QList<std::pair<int, int>> parsePairs(const QString &spec, QList<float> *probabilities = nullptr)
{
    QList<std::pair<int, int>> pairs;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        const QStringList units = parts[0].split(u'-');
        pairs.append({units[0].toInt(), units[1].toInt()});
        if (probabilities)
            probabilities->append(parts.value(1).toFloat());
    }
    return pairs;
}

} // namespace

void TestPairScore::mutualBest()
{
    QFETCH(QString, ruleLinks);
    QFETCH(QString, likely);
    QFETCH(QString, links);
    AlignmentUnits au;
    for (int article : {0, 0, 1, 1, 2})
        au.units.append({article, {}, {}});
    PairJudgements judged;
    for (const auto &[left, right] : parsePairs(ruleLinks))
        judged.links.append({left, right, 0.5f, {}, {}});
    QList<float> probabilities;
    const QList<std::pair<int, int>> likelyPairs = parsePairs(likely, &probabilities);
    for (int i = 0; i < likelyPairs.size(); ++i)
        judged.likely.append({{likelyPairs[i].first, likelyPairs[i].second, 0.3f}, probabilities[i]});
    keepMutualBest(au, judged);
    QVERIFY(judged.likely.isEmpty());
    QList<std::pair<int, int>> found;
    for (const Pair &p : std::as_const(judged.links))
        found.append({p.left, p.right});
    std::sort(found.begin(), found.end());
    QCOMPARE(found, parsePairs(links));
}

QTEST_GUILESS_MAIN(TestPairScore)
#include "tst_pairscore.moc"
