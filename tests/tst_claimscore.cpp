// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `parallax analyze` on the seed corpus and on every development corpus in
// tests/data, and scores its claims with the shared score.py against the hand-made gold.
// The seed rows hold the claims engine to its targets; the development corpora rows guard
// the figures reached (shared claims F1 about 0.05 below, conflicts recall at what is
// found), so that a change that helps one corpus and loses another shows. Issue 17's
// targets on them (shared F1 >= 0.70, conflicts recall >= 0.80, precision >= 0.75) are
// not met yet: tests/bench/claims_crossval prints where each corpus stands.
#include "corpusguardtest.h"

class TestClaimScore : public CorpusGuardTest
{
    Q_OBJECT
private Q_SLOTS:
    void seedCorpus_data();
    void seedCorpus();
    void devCorpora_data();
    void devCorpora() { verifyGuardRow(); }
};

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
    verifyGuard(QLatin1StringView(seedCorpusName), figure, minimum);
}

void TestClaimScore::devCorpora_data()
{
    addGuardColumns();
    const auto shared = [](const char *corpus, double reached) {
        QTest::addRow("%s shared F1", corpus) << QString::fromLatin1(corpus) << QStringLiteral("claims_shared_f1") << reached - 0.05;
    };
    const auto conflicts = [](const char *corpus, double reached) {
        QTest::addRow("%s conflicts recall", corpus) << QString::fromLatin1(corpus) << QStringLiteral("conflicts_recall") << reached - 0.01;
    };
    // The figures reached when these rows were last set (all of them after the eighth round's
    // merge: shared claims beside detail conflicts, tallies, the entity work; tests/bench/README.md,
    // "Eighth round").
    shared("dev-bridge-flood", 0.623);
    conflicts("dev-bridge-flood", 0.600);
    shared("dev-cathedral-fire", 0.555);
    conflicts("dev-cathedral-fire", 1.000);
    shared("dev-ferry-rescue", 0.644);
    conflicts("dev-ferry-rescue", 0.500);
    shared("dev-mine-rescue", 0.621);
    conflicts("dev-mine-rescue", 0.833);
    shared("dev-plant-closure", 0.714);
    conflicts("dev-plant-closure", 0.500);
    shared("dev-referendum", 0.700);
    conflicts("dev-referendum", 0.750);
    shared("dev-security-council", 0.728);
    conflicts("dev-security-council", 0.750);
    shared("heldout-drives-merger", 0.583);
    conflicts("heldout-drives-merger", 0.667);
    shared("heldout-ecuador-quake", 0.598);
    conflicts("heldout-ecuador-quake", 1.000);
    shared("heldout-football-final", 0.709);
    // Written and annotated for issues 17 and 18 after the rows above were set (first measured
    // on the build at 21f82ba, before any change was made for them; nightjet's shared F1 rose
    // from 0.551 with the entity and date work after it).
    shared("heldout-nightjet-derailment", 0.667);
    conflicts("heldout-nightjet-derailment", 0.889);
    shared("heldout-rate-decision", 0.621);
    conflicts("heldout-rate-decision", 0.714);
    shared("heldout-wildfire-evacuation", 0.528);
    conflicts("heldout-wildfire-evacuation", 0.714);
    // Written with their gold before Parallax first ran on them (first measured at 96460b5:
    // coach 0.659 shared, 0.692 conflicts; noodle 0.705, 0.417).
    shared("heldout-coach-gorge", 0.710);
    conflicts("heldout-coach-gorge", 0.769);
    shared("heldout-noodle-takeover", 0.726);
    conflicts("heldout-noodle-takeover", 0.583);
    // The third set, written with their gold before Parallax first ran on them (first measured
    // on the engine at 5021d9c; tests/bench/README.md, "Held-out corpora, third set"). The museum
    // corpus's first conflicts were found by counts each article gives once (0.0 before).
    shared("heldout-heatwave-blackout", 0.641);
    conflicts("heldout-heatwave-blackout", 0.750);
    shared("heldout-museum-theft", 0.691);
    conflicts("heldout-museum-theft", 0.333);
    shared("heldout-launch-scrub", 0.770);
    conflicts("heldout-launch-scrub", 0.444);
    // The fourth set, written with their gold before Parallax first ran on them (first measured
    // on the engine at 40bce3e; tests/bench/README.md, "Held-out corpora, fourth set"; the
    // figures after the gold fixes of 3b4504d).
    shared("heldout-emergency-landing", 0.707);
    conflicts("heldout-emergency-landing", 0.500);
    shared("heldout-fraud-verdict", 0.690);
    conflicts("heldout-fraud-verdict", 0.667);
    shared("heldout-general-strike", 0.602);
    conflicts("heldout-general-strike", 0.556);
    // The fifth set, written with their gold before Parallax first ran on them (first measured
    // on main at 9b2bdbb; tests/bench/README.md, "Held-out corpora, fifth set"); these figures
    // after the entity and conflict branches of that round were merged.
    shared("heldout-cholera-outbreak", 0.793);
    conflicts("heldout-cholera-outbreak", 0.500);
    shared("heldout-cyclone-landfall", 0.582); // 0.523 before "the Atherton Tablelands" was found whole
    conflicts("heldout-cyclone-landfall", 0.727);
    shared("heldout-pharmacy-breach", 0.591);
    conflicts("heldout-pharmacy-breach", 0.222);
    // The sixth set, written with their gold before Parallax first ran on them (first measured
    // at 6560a2d; tests/bench/README.md, "Held-out corpora, sixth set").
    shared("heldout-volcano-ashcloud", 0.481);
    conflicts("heldout-volcano-ashcloud", 0.875);
    shared("heldout-mayor-election", 0.625);
    conflicts("heldout-mayor-election", 0.571);
    shared("heldout-listeria-recall", 0.576);
    conflicts("heldout-listeria-recall", 0.375);
    // The seventh set (first measured at 36edf83; tests/bench/README.md, "Held-out corpora, seventh set").
    shared("heldout-chemical-blast", 0.562);
    conflicts("heldout-chemical-blast", 0.714);
    shared("heldout-prisoner-swap", 0.441);
    conflicts("heldout-prisoner-swap", 0.429);
    shared("heldout-marathon-heat", 0.645);
    conflicts("heldout-marathon-heat", 0.625);
    // The eighth set (first measured at 2f02630; tests/bench/README.md, "Held-out corpora, eighth set").
    shared("heldout-tram-collision", 0.621);
    conflicts("heldout-tram-collision", 0.800);
    shared("heldout-vaccine-approval", 0.697);
    conflicts("heldout-vaccine-approval", 0.667);
    shared("heldout-border-landslide", 0.542);
    conflicts("heldout-border-landslide", 0.625);
    shared("heldout-port-strike", 0.588);
    conflicts("heldout-port-strike", 0.286);
    shared("heldout-satellite-collision", 0.504);
    conflicts("heldout-satellite-collision", 0.333);
    shared("heldout-school-poisoning", 0.566);
    conflicts("heldout-school-poisoning", 0.500);
    // The tenth set (first measured at 56822c7; tests/bench/README.md, "Held-out corpora, tenth set").
    shared("heldout-oil-spill", 0.608);
    conflicts("heldout-oil-spill", 0.571);
    shared("heldout-crowd-crush", 0.571);
    conflicts("heldout-crowd-crush", 0.714);
    shared("heldout-no-confidence", 0.615);
    conflicts("heldout-no-confidence", 0.429);
    // The eleventh set (first measured at 8ef0e57; tests/bench/README.md, "Held-out corpora, eleventh set").
    shared("heldout-avalanche", 0.604);
    conflicts("heldout-avalanche", 0.833);
    shared("heldout-airline-collapse", 0.797);
    conflicts("heldout-airline-collapse", 0.400);
    shared("heldout-farmer-blockade", 0.594);
    conflicts("heldout-farmer-blockade", 0.714);
    // The twelfth set (first measured at 6271212; tests/bench/README.md, "Held-out corpora, twelfth set").
    shared("heldout-building-collapse", 0.580);
    conflicts("heldout-building-collapse", 0.500);
    shared("heldout-telecom-outage", 0.496);
    conflicts("heldout-telecom-outage", 0.375);
    shared("heldout-court-ruling", 0.444);
    conflicts("heldout-court-ruling", 0.600);
}

QTEST_GUILESS_MAIN(TestClaimScore)
#include "tst_claimscore.moc"
