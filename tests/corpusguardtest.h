// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the accuracy tests share: guards "this corpus's figure is at least this minimum",
// checked on the scores of the real `parallax analyze` (each corpus analysed and scored once
// per test run, when a row first asks for it).
#include "seedscore.h"

#include <QObject>
#include <QTest>

class CorpusGuardTest : public QObject
{
protected:
    // The columns of a table of guards: corpus (a CorpusScores name), figure (as score.py
    // names it) and minimum.
    static void addGuardColumns()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<double>("minimum");
    }

    // Checks the guard of the running row of such a table.
    void verifyGuardRow()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, figure);
        QFETCH(double, minimum);
        verifyGuard(corpus, figure, minimum);
    }

    void verifyGuard(const QString &corpus, const QString &figure, double minimum)
    {
        const QString failure = guardFailure(m_scores.of(corpus), figure, minimum);
        QVERIFY2(failure.isEmpty(), qPrintable(corpus + u' ' + failure));
    }

private:
    CorpusScores m_scores;
};
