// Runs the real `parallax analyze` on the held-out corpus (tests/data/heldout-ecuador-quake: an
// earthquake in Ecuador, five outlets' styles, annotated by hand before the program ever ran on
// it) and the shared scorer on its output. The seed corpus is what the rules were written
// against; this one measures how they carry to another event. The guards sit a little under
// the figures reached (entities 0.979, dates 0.964, linking 0.990 when they were set).
#include "seedscore.h"

#include <QTest>

class TestHeldOutScore : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();

private:
    SeedScore m_score;
    bool m_scored = false;
};

void TestHeldOutScore::figures_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("minimum");
    QTest::addRow("entities") << QStringLiteral("entities_micro_f1") << 0.95;
    QTest::addRow("dates") << QStringLiteral("dates_f1") << 0.94;
    QTest::addRow("linking") << QStringLiteral("linking_f1") << 0.95;
}

void TestHeldOutScore::figures()
{
    QFETCH(QString, figure);
    QFETCH(double, minimum);
    if (!m_scored) {
        m_score = scoreCorpus(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/heldout-ecuador-quake"),
                              QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/heldout-ecuador-quake.gold.json"));
        m_scored = true;
    }
    QVERIFY2(m_score.error.isEmpty(), qPrintable(m_score.error));
    QVERIFY2(m_score.figures.contains(figure), qPrintable(figure));
    const double value = m_score.figures.value(figure);
    // What was missed or found wrongly, to see why a guard failed.
    if (value < minimum)
        qInfo().noquote() << m_score.explanation.left(6000);
    QVERIFY2(value >= minimum, qPrintable(QStringLiteral("%1 = %2 < %3").arg(figure).arg(value).arg(minimum)));
}

QTEST_GUILESS_MAIN(TestHeldOutScore)
#include "tst_heldoutscore.moc"
