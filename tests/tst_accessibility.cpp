// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the real windows has a name a screen reader can say: its
// accessible name, or the text or tool tip Qt exposes as one.
#include "aboutdialog.h"
#include "addressdialog.h"
#include "claimspanel.h"
#include "dockcontroller.h"
#include "entitysidebar.h"
#include "feeddialog.h"
#include "mainwindow.h"
#include "testrepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <functional>
#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void dockTabBarsAreNamed_data();
    void dockTabBarsAreNamed();
};

// The kinds of widget a user operates; labels and containers are read through these.
static bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false; // part of the scroll area it belongs to
    // A header is read through its sections (the column titles), not by a name.
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    // Qt's own helpers (menu bar and tool bar overflow buttons) are named "qt_*".
    if (w->objectName().startsWith(u"qt_"))
        return false;
    // Qt keeps the dock tab bars it no longer needs for later: hidden and empty, no reader meets them.
    if (const auto *tabs = qobject_cast<const QTabBar *>(w); tabs && tabs->count() == 0 && tabs->isHidden())
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTabBar *>(w);
}

// Widgets Qt builds inside another control (a combo box's line edit, a spin
// box's editor, a line edit's clear button) are named through their owner.
static bool isInsideControl(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QLineEdit *>(p))
            return true;
    }
    return false;
}

static QString describe(const QWidget *w)
{
    QString path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(QStringLiteral("/") + QString::fromLatin1(o->metaObject()->className())
                     + (o->objectName().isEmpty() ? QString() : QStringLiteral("#") + o->objectName()));
    return path;
}

using WindowFactory = std::function<std::unique_ptr<QWidget>()>;
Q_DECLARE_METATYPE(WindowFactory)

// A new `Dialog`, shown as it opens.
template<typename Dialog>
WindowFactory shownDialog()
{
    return [] {
        auto dialog = std::make_unique<Dialog>();
        dialog->show();
        return std::unique_ptr<QWidget>(std::move(dialog));
    };
}

void TestAccessibility::everyControlIsNamed_data()
{
    QTest::addColumn<WindowFactory>("make");
    QTest::addColumn<int>("minimumControls"); // guards against walking an empty window

    QTest::addRow("main window on the seed corpus") << WindowFactory([] {
        auto window = std::make_unique<MainWindow>(testRepository());
        window->show();
        QSignalSpy shown(window.get(), &MainWindow::analysisShown);
        window->openPaths({QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024")});
        if (!shown.wait(120000))
            qWarning("the analysis did not finish");
        return std::unique_ptr<QWidget>(std::move(window));
    }) << 10;
    QTest::addRow("about dialog") << shownDialog<AboutDialog>() << 2;
    QTest::addRow("address dialog fetching") << WindowFactory([] {
        auto dialog = std::make_unique<AddressDialog>();
        // The controls are walked before the event loop runs: each address still has its progress bar.
        dialog->setAddressText(QStringLiteral("http://127.0.0.1:9/a http://127.0.0.1:9/b"));
        dialog->fetch();
        dialog->show();
        return std::unique_ptr<QWidget>(std::move(dialog));
    }) << 5;
    QTest::addRow("feed dialog") << shownDialog<FeedDialog>() << 5;
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(WindowFactory, make);
    QFETCH(int, minimumControls);
    const std::unique_ptr<QWidget> window = make();
    QVERIFY(window);

    int controls = 0;
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!isControl(w) || isInsideControl(w) || w->window() != window.get())
            continue;
        ++controls;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(iface, qPrintable(describe(w)));
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(w);
    }
    QVERIFY2(controls >= minimumControls, qPrintable(QString::number(controls)));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 controls have no accessible name:\n  ").arg(unnamed.size()).arg(controls)
                        + unnamed.join(QStringLiteral("\n  "))));
}

using DockArrangement = std::function<void(MainWindow &)>;
Q_DECLARE_METATYPE(DockArrangement)

// The claims panel and the entity sidebar put in one place as tabs, as a reader does by dragging.
static void tabifyClaimsWithEntities(MainWindow &window)
{
    window.tabifyDockWidget(window.docks()->entitySidebar(), window.docks()->claimsPanel());
}

// The visible tab bar among `window`'s own children that holds a tab titled `title`, if any.
static QTabBar *dockTabBar(const MainWindow &window, const QString &title)
{
    for (QTabBar *tabs : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            if (tabs->tabText(i) == title)
                return tabs;
        }
    }
    return nullptr;
}

void TestAccessibility::dockTabBarsAreNamed_data()
{
    QTest::addColumn<DockArrangement>("arrange");
    QTest::addColumn<QString>("tabbed"); // a dock that shows as a tab afterwards
    const QString claims = ClaimsPanel::tr("Claims");
    QTest::addRow("tabified by the reader") << DockArrangement(tabifyClaimsWithEntities) << claims;
    QTest::addRow("restored from a saved state") << DockArrangement([](MainWindow &window) {
        MainWindow before(testRepository());
        before.resize(window.size());
        tabifyClaimsWithEntities(before);
        before.show();
        QVERIFY(QTest::qWaitForWindowExposed(&before));
        window.restoreState(before.saveState());
    }) << claims;
    // DockFolding puts the bottom docks in one place as tabs below 1000 pixels of window.
    const auto fold = [](MainWindow &window) { window.resize(700, window.height()); };
    QTest::addRow("folded in a narrow window") << DockArrangement(fold) << claims;
    QTest::addRow("folded, then widened") << DockArrangement([fold](MainWindow &window) {
        const int width = window.width();
        fold(window);
        QTRY_VERIFY(dockTabBar(window, window.docks()->claimsPanel()->windowTitle()));
        window.resize(width, window.height());
    }) << DockController::tr("Timeline");
}

// Whatever puts docks in one place as tabs, every dock tab bar that shows can be named. Qt names
// a tab bar by its current tab, so an empty one has no name; when its docks' animations end Qt
// shows every bar its layout keeps, and a fold left an empty one showing in about half the
// windows (hence the repeats).
void TestAccessibility::dockTabBarsAreNamed()
{
    QFETCH(DockArrangement, arrange);
    QFETCH(QString, tabbed);
    for (int attempt = 0; attempt < 8; ++attempt) {
        MainWindow window(testRepository());
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!dockTabBar(window, window.docks()->claimsPanel()->windowTitle()));
        arrange(window);
        QTRY_VERIFY(dockTabBar(window, tabbed));
        QTest::qWait(100);
        for (QTabBar *tabs : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!tabs->isVisible())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tabs);
            QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("attempt %1: %2 with %3 tabs").arg(attempt).arg(describe(tabs)).arg(tabs->count())));
        }
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
