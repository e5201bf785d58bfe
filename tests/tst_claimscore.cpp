// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `parallax analyze` on the seed corpus and on every development corpus in
// tests/data, and scores its claims with the shared score.py against the hand-made gold.
// The seed rows hold the claims engine to its targets; the development corpora rows guard
// the figures reached (shared claims F1 about 0.05 below, conflicts recall at what is
// found), so that a change that helps one corpus and loses another shows. Issue 17's
// targets on them (shared F1 >= 0.70, conflicts recall >= 0.80, precision >= 0.75) are
// not met yet: tests/bench/claims_crossval prints where each corpus stands.
#include "seedscore.h"

#include <QHash>
#include <QTest>

class TestClaimScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedCorpus_data();
    void seedCorpus();
    void devCorpora_data();
    void devCorpora();

private:
    QHash<QString, double> m_figures;
    DataCorpusScores m_corpora; // the development corpora
    QString m_explanation;
    bool m_scored = false;
    void score();
};

void TestClaimScore::score()
{
    if (m_scored)
        return;
    m_scored = true;
    const SeedScore result = scoreSeedCorpus();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    m_figures = result.figures;
    m_explanation = result.explanation;
}

void TestClaimScore::seedCorpus_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("minimum");
    // Issue 5's targets (shared claims F1 0.706 at the time of writing).
    QTest::addRow("shared claims F1") << QStringLiteral("claims_shared_f1") << 0.70;
    QTest::addRow("conflicts recall") << QStringLiteral("conflicts_recall") << 0.75;
    QTest::addRow("conflicts precision") << QStringLiteral("conflicts_precision") << 0.60;
}

void TestClaimScore::seedCorpus()
{
    QFETCH(QString, figure);
    QFETCH(double, minimum);
    score();
    QVERIFY2(m_figures.contains(figure), qPrintable(QStringLiteral("score.py printed no %1").arg(figure)));
    const double value = m_figures.value(figure);
    QVERIFY2(value >= minimum,
             qPrintable(QStringLiteral("%1 = %2, below %3\n%4").arg(figure).arg(value).arg(minimum).arg(m_explanation.left(4000))));
}

void TestClaimScore::devCorpora_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("minimum");
    const auto shared = [](const char *corpus, double reached) {
        QTest::addRow("%s shared F1", corpus) << QString::fromLatin1(corpus) << QStringLiteral("claims_shared_f1") << reached - 0.05;
    };
    const auto conflicts = [](const char *corpus, double reached) {
        QTest::addRow("%s conflicts recall", corpus) << QString::fromLatin1(corpus) << QStringLiteral("conflicts_recall") << reached - 0.01;
    };
    // The figures reached when these rows were set.
    shared("dev-bridge-flood", 0.581);
    conflicts("dev-bridge-flood", 0.600);
    shared("dev-cathedral-fire", 0.565);
    conflicts("dev-cathedral-fire", 1.000);
    shared("dev-ferry-rescue", 0.617);
    conflicts("dev-ferry-rescue", 0.500);
    shared("dev-mine-rescue", 0.604);
    conflicts("dev-mine-rescue", 0.500);
    shared("dev-plant-closure", 0.697);
    conflicts("dev-plant-closure", 0.500);
    shared("dev-referendum", 0.645);
    conflicts("dev-referendum", 0.500);
    shared("dev-security-council", 0.718);
    conflicts("dev-security-council", 0.750);
    shared("heldout-drives-merger", 0.632);
    conflicts("heldout-drives-merger", 0.667);
    shared("heldout-ecuador-quake", 0.628);
    conflicts("heldout-ecuador-quake", 1.000);
    shared("heldout-football-final", 0.683);
    // Written and annotated for issues 17 and 18 after the rows above were set (first measured
    // on the build at 21f82ba, before any change was made for them; nightjet's shared F1 rose
    // from 0.551 with the entity and date work after it).
    shared("heldout-nightjet-derailment", 0.629);
    conflicts("heldout-nightjet-derailment", 0.667);
    shared("heldout-rate-decision", 0.601);
    conflicts("heldout-rate-decision", 0.429);
    shared("heldout-wildfire-evacuation", 0.358);
    conflicts("heldout-wildfire-evacuation", 0.714);
}

void TestClaimScore::devCorpora()
{
    QFETCH(QString, corpus);
    QFETCH(QString, figure);
    QFETCH(double, minimum);
    const SeedScore &score = m_corpora.of(corpus);
    QVERIFY2(score.error.isEmpty(), qPrintable(score.error));
    const double value = score.figures.value(figure, -1);
    QVERIFY2(value >= minimum,
             qPrintable(
                 QStringLiteral("%1 %2 = %3, below %4\n%5").arg(corpus, figure).arg(value).arg(minimum).arg(score.explanation.left(4000))));
}

QTEST_GUILESS_MAIN(TestClaimScore)
#include "tst_claimscore.moc"
