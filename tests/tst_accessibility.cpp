// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the real windows has a name a screen reader can say: its
// accessible name, or the text or tool tip Qt exposes as one.
#include "aboutdialog.h"
#include "addressdialog.h"
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
