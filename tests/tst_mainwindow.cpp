// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the default corpus.
#include "analysisjob.h"
#include "articlecolumn.h"
#include "comparisonview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFiveColumnsWithFileText();
    void eventLoopRunsDuringAnalysis();
};

static QString seedDir()
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024");
}

void TestMainWindow::showsFiveColumnsWithFileText()
{
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openPaths({seedDir()});
    QVERIFY(shown.wait(30000));
    ComparisonView *view = window.comparisonView();
    QCOMPARE(view->columnCount(), 5);
    const QStringList files = QDir(seedDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QFile f(QDir(seedDir()).filePath(files[i]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(view->column(i)->text(), QString::fromUtf8(f.readAll()));
    }
    QCOMPARE(view->column(0)->outletLabel()->text(), QStringLiteral("VCPOST"));
}

void TestMainWindow::eventLoopRunsDuringAnalysis()
{
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::analysisShown);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(1);
    window.openPaths({seedDir()});
    QVERIFY(finished.wait(60000));
    QVERIFY(ticks > 0); // the timer fired while the worker ran
    QVERIFY(window.analysis());
    QCOMPARE(window.analysis()->corpus->articles.size(), 5);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
