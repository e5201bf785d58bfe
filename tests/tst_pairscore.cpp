// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pair model (app/claims/pairscore.h) on invented matches: what raises and what lowers
// the probability that two units state one fact, with the weights as fitted.
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
    // Off unless asked for: a probability never reaches a link threshold above 1.
    QVERIFY(ClaimTuning().pairScoreLink > 1);
    const ClaimTuning tuning = ClaimTuning::withOverrides(QStringLiteral("pairScoreLink=0.5,pairScore.bias=-1.5,pairScore.positionGap=-3"));
    QCOMPARE(tuning.pairScoreLink, 0.5);
    QCOMPARE(tuning.pairScore.bias, -1.5);
    QCOMPARE(tuning.pairScore.positionGap, -3.0);
    QCOMPARE(tuning.pairScore.similarity, PairScoreWeights().similarity);
}

QTEST_GUILESS_MAIN(TestPairScore)
#include "tst_pairscore.moc"
