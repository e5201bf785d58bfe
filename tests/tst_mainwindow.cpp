// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the default corpus.
#include "analysisjob.h"
#include "articlecolumn.h"
#include "articletextview.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "dockcontroller.h"
#include "mainwindow.h"
#include "testrepository.h"
#include "messagebar.h"
#include "windowfit.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSet>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QToolButton>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFiveColumnsWithFileText();
    void eventLoopRunsDuringAnalysis();
    void headersNameArticlesInFull();
    void noHeadlineIsInvented();
    void menusHoldEveryAction();
    void skippedFilesAreShown();
    void columnsLeftOutAreSaid();
    void fitsItsScreen();
    void savedGeometryFitsItsScreen();
    void windowFit_data();
    void windowFit();
};

static QString seedDir()
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024");
}

// Shows `window` and opens the default corpus in it; false if it never showed.
static bool openSeed(MainWindow &window)
{
    window.show();
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openPaths({seedDir()});
    return shown.wait(30000);
}

void TestMainWindow::showsFiveColumnsWithFileText()
{
    MainWindow window(testRepository());
    QVERIFY(openSeed(window));
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
    MainWindow window(testRepository());
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

// Articles without an outlet are named by their headline, elided to the width of
// the column but never so short that two which begin alike look the same; 001 and
// 002 begin alike ("Russian President Vladimir Putin ...") and differ in full, so
// neither is numbered.
void TestMainWindow::headersNameArticlesInFull()
{
    MainWindow window(testRepository());
    window.resize(2400, 900);
    QVERIFY(openSeed(window));
    ComparisonView *view = window.comparisonView();
    for (int width : {2400, 1600, 960}) {
        window.resize(width, 900);
        QCoreApplication::processEvents();
        QStringList shown;
        for (int i : {1, 2}) {
            QLabel *name = view->column(i)->outletLabel();
            const QString full = name->toolTip();
            QVERIFY2(full.startsWith(QStringLiteral("Russian President Vladimir Putin ")), qPrintable(full));
            QVERIFY2(!full.endsWith(QStringLiteral(" (2)")), qPrintable(full));
            QVERIFY2(name->fontMetrics().horizontalAdvance(name->text()) <= name->width(), qPrintable(name->text()));
            // More than the three words a source name once kept, when the column has room for them.
            if (width == 2400)
                QVERIFY2(name->text().startsWith(QStringLiteral("Russian President Vladimir Putin ")), qPrintable(name->text()));
            shown << name->text();
        }
        QVERIFY2(shown[0] != shown[1], qPrintable(shown.join(u" | ")));
    }
}

// 002 has no headline: its first paragraph is the report. No title is invented
// for it, its header shows its first words, and its first line is not set bold.
void TestMainWindow::noHeadlineIsInvented()
{
    MainWindow window(testRepository());
    QVERIFY(openSeed(window));
    ComparisonView *view = window.comparisonView();
    const QString text = view->column(2)->text();
    const QString firstLine = text.section(u'\n', 0, 0);
    QVERIFY(firstLine.size() > 150);
    QVERIFY(view->column(2)->outletLabel()->toolTip().startsWith(firstLine));
    QVERIFY(view->column(2)->outletLabel()->font().italic());
    QVERIFY(!view->column(3)->outletLabel()->font().italic());
    auto firstLineBold = [&](int column) {
        const QTextBlock first = view->column(column)->textView()->document()->firstBlock();
        for (const QTextLayout::FormatRange &f : first.layout()->formats()) {
            if (f.format.fontWeight() >= QFont::Bold)
                return true;
        }
        return false;
    };
    // Highlighting runs a column per turn of the event loop; 003's headline is its first line.
    QTRY_VERIFY(firstLineBold(3));
    QVERIFY(!firstLineBold(2));
    QVERIFY(!view->column(2)->textView()->document()->firstBlock().layout()->formats().isEmpty()); // highlighted, as body text
}

// The parts of the window hand their actions to the menus that createMenus() builds once:
// export, properties and the session's to File, the docks to View, mention walking to Go.
void TestMainWindow::menusHoldEveryAction()
{
    MainWindow window(testRepository());
    const QList<QAction *> bar = window.menuBar()->actions();
    QVERIFY(bar.size() >= 4);
    const auto menuHolding = [&](QAction *action) -> QMenu * {
        for (QAction *entry : bar) {
            if (entry->menu() && entry->menu()->actions().contains(action))
                return entry->menu();
        }
        return nullptr;
    };
    QMenu *file = window.menus().file;
    QVERIFY(bar.contains(file->menuAction()));
    for (const char *name : {"exportSheet", "articleProperties", "addFromWebAddresses", "addFromFeed"}) {
        QAction *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QCOMPARE(menuHolding(action), file);
    }
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QVERIFY(!docks.isEmpty());
    QMenu *view = menuHolding(docks.first()->toggleViewAction());
    QCOMPARE(view, window.menus().view);
    for (QDockWidget *dock : docks)
        QCOMPARE(menuHolding(dock->toggleViewAction()), view);
    // F3 and Shift+F3 belong to the mention walk alone (find next keeps its other keys).
    int f3 = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            f3 += key == QKeySequence(Qt::Key_F3) || key == QKeySequence(Qt::SHIFT | Qt::Key_F3);
    }
    QCOMPARE(f3, 2);
    QCOMPARE(menuHolding(window.findChild<QAction *>(QStringLiteral("pasteAsNewArticle"))), window.menus().edit);
    QCOMPARE(menuHolding(window.comparisonEditor()->undoAction()), window.menus().edit);
    QCOMPARE(menuHolding(window.comparisonEditor()->redoAction()), window.menus().edit);
    QCOMPARE(menuHolding(window.docks()->nextMentionAction()), window.menus().go);
    // Built once: no entry is there twice, and no separator follows another.
    for (QAction *entry : bar) {
        const QList<QAction *> actions = entry->menu()->actions();
        QCOMPARE(QSet<QAction *>(actions.cbegin(), actions.cend()).size(), actions.size());
        for (int i = 1; i < actions.size(); ++i)
            QVERIFY2(!(actions[i]->isSeparator() && actions[i - 1]->isSeparator()), qPrintable(entry->text()));
    }
}

// A folder with good and bad files: the bad ones are named, with why, in a bar that closes.
void TestMainWindow::skippedFilesAreShown()
{
    QTemporaryDir dir;
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("first.txt", "The ferry left Tallinn at dawn on Monday with 300 passengers aboard, the operator said.\n");
    write("second.txt", "A ferry carrying 300 passengers left Tallinn early on Monday, according to its operator.\n");
    write("empty.txt", "");
    MainWindow window(testRepository());
    window.show();
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openPaths({dir.path()});
    QVERIFY(shown.wait(30000));
    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("empty.txt")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("empty")), qPrintable(bar->text()));
    bar->closeButton()->click();
    QVERIFY(!bar->isVisible());
    // A folder without bad files shows no bar.
    QFile::remove(dir.filePath(QStringLiteral("empty.txt")));
    bar->showWarning(QStringLiteral("old"), {});
    window.openPaths({dir.path()});
    QVERIFY(shown.wait(30000));
    QVERIFY(!bar->isVisible());
}

// A story of more articles than start with a column says so, and how to show the others.
void TestMainWindow::columnsLeftOutAreSaid()
{
    QTemporaryDir dir;
    const int articles = ComparisonView::InitialColumns + 2;
    for (int i = 0; i < articles; ++i) {
        QFile f(dir.filePath(QStringLiteral("outlet%1.txt").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("The ferry left Tallinn at dawn on Monday with %1 passengers aboard.\n").arg(300 + i).toUtf8());
    }
    // The skipped-files bar above is the same bar; here it informs instead of warning.
    MainWindow window(testRepository());
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    window.openPaths({dir.path()});
    QVERIFY(shown.wait(30000));
    window.show();
    QVERIFY(window.messageBar()->isVisible());
    const MessageBar *bar = window.messageBar();
    QVERIFY2(bar->text().contains(QStringLiteral("%1 of %2").arg(ComparisonView::InitialColumns).arg(articles)), qPrintable(bar->text()));
}

// A first window no larger than its screen, in its middle: one wider than the screen hides its
// right-hand docks. (The offscreen screen, 800 x 800, is smaller than the preferred size.)
void TestMainWindow::fitsItsScreen()
{
    MainWindow window(testRepository());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()), qPrintable(QStringLiteral("%1 x %2 at %3, %4 on %5 x %6")
                                                                        .arg(window.frameGeometry().width())
                                                                        .arg(window.frameGeometry().height())
                                                                        .arg(window.frameGeometry().x())
                                                                        .arg(window.frameGeometry().y())
                                                                        .arg(available.width())
                                                                        .arg(available.height())));
    QVERIFY((window.frameGeometry().center() - available.center()).manhattanLength() <= 2);
}

// A geometry the reader saved on a larger screen opens no larger than this one: Qt's
// restoreGeometry() shrinks it (restoreSettings() must not undo that). It places it by a guess
// at the frame, which may leave it a pixel or two past an edge: the size is checked.
void TestMainWindow::savedGeometryFitsItsScreen()
{
    // Only the application keeps settings (keptsettings.h): be it, in a folder of our own.
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
    const auto forget = qScopeGuard([] { QCoreApplication::setOrganizationName({}); });
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        QWidget larger;
        larger.setGeometry(available.adjusted(-100, -50, available.width(), available.height()));
        larger.show();
        QVERIFY(QTest::qWaitForWindowExposed(&larger));
        QVERIFY(larger.frameGeometry().width() > available.width());
        QSettings().setValue(QStringLiteral("window/geometry"), larger.saveGeometry());
    }
    MainWindow window(testRepository());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect shown = window.geometry();
    QVERIFY2(shown.width() <= available.width() && shown.height() <= available.height(),
             qPrintable(QStringLiteral("%1 x %2 at %3, %4").arg(shown.width()).arg(shown.height()).arg(shown.x()).arg(shown.y())));
}

void TestMainWindow::windowFit_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    QTest::addRow("first, on a screen that holds it") << QRect(0, 0, 1920, 1040) << QRect(210, 70, 1500, 900);
    QTest::addRow("first, on a small screen") << QRect(0, 0, 1280, 770) << QRect(64, 38, 1152, 693);
    QTest::addRow("first, on a second screen") << QRect(1920, 30, 1280, 770) << QRect(1984, 68, 1152, 693);
}

void TestMainWindow::windowFit()
{
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    QCOMPARE(firstWindowGeometry(available), expected);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
