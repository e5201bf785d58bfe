// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view in the real main window, on a fixture with hand-placed claims.
#include "articlecolumn.h"
#include "articletextview.h"
#include "comparisonfixture.h"
#include "comparisonview.h"
#include "connectorhandle.h"
#include "findbar.h"
#include "mainwindow.h"
#include "translations.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>

class TestComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickingSharedClaimAlignsOtherColumns();
    void f8WalksConflictsInOrder_data();
    void f8WalksConflictsInOrder();
    void hidingColumnRemovesItsConnectors();
    void themeSwitchChangesTextColours();
    void conflictValueIsEmphasised();
    void findSearchesEveryColumn();
    void escapeInFindBarKeepsColumnsWhereTheyAre();
    void syncScrollingFollowsClaims();
    void reorderingColumns();
    void countsAgreeWithTheirNumber();
    void columnsShowTheirTextBeforeHighlighting();
    void bigCorporaStartWithTheColumnsThatFit_data();
    void bigCorporaStartWithTheColumnsThatFit();

private:
    qreal claimTop(int claim, int article) const;

    std::unique_ptr<MainWindow> m_window;
    ComparisonFixture m_fixture;
};

void TestComparisonView::init()
{
    m_fixture = makeComparisonFixture();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showCorpus(m_fixture.corpus);
    m_window->showAnalysis(m_fixture.analysis);
    QCoreApplication::processEvents();
}

void TestComparisonView::cleanup()
{
    m_window.reset();
}

qreal TestComparisonView::claimTop(int claim, int article) const
{
    for (const ClaimMember &m : m_fixture.analysis->claims[claim].members) {
        if (m.article == article)
            return m_window->comparisonView()->column(article)->textView()->verticalSpan(m.range).first;
    }
    return -1;
}

void TestComparisonView::clickingSharedClaimAlignsOtherColumns()
{
    ComparisonView *view = m_window->comparisonView();
    ArticleTextView *first = view->column(0)->textView();
    ArticleTextView *third = view->column(2)->textView();
    const TextRange inFirst = m_fixture.analysis->claims[m_fixture.shared].members[0].range;
    const TextRange inThird = m_fixture.analysis->claims[m_fixture.shared].members[2].range;
    // Before: the third column's version is far below its viewport.
    QVERIFY(third->verticalSpan(inThird).first > third->viewport()->height());
    const QList<QRectF> rects = first->rangeRects(inFirst);
    QVERIFY(!rects.isEmpty());
    QSignalSpy activated(view, &ComparisonView::claimActivated);
    QTest::mouseClick(first->viewport(), Qt::LeftButton, {}, rects.first().center().toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), m_fixture.shared);
    QCOMPARE(view->activeClaim(), m_fixture.shared);
    const qreal lineHeight = first->fontMetrics().lineSpacing();
    QVERIFY2(qAbs(claimTop(m_fixture.shared, 2) - claimTop(m_fixture.shared, 0)) <= lineHeight,
             qPrintable(QStringLiteral("%1 vs %2").arg(claimTop(m_fixture.shared, 2)).arg(claimTop(m_fixture.shared, 0))));
    QVERIFY(qAbs(claimTop(m_fixture.shared, 1) - claimTop(m_fixture.shared, 0)) <= lineHeight);
}

void TestComparisonView::f8WalksConflictsInOrder_data()
{
    QTest::addColumn<QList<int>>("keys"); // +1 = F8, -1 = Shift+F8
    QTest::addColumn<QList<int>>("expected");
    // Column order: the conflict in the leftmost column comes first.
    const ComparisonFixture f = makeComparisonFixture();
    QTest::addRow("forward") << QList<int>{1, 1, 1} << QList<int>{f.conflictFirst, f.conflictSecond, f.conflictFirst};
    QTest::addRow("backward") << QList<int>{-1, -1} << QList<int>{f.conflictSecond, f.conflictFirst};
    QTest::addRow("there and back") << QList<int>{1, 1, -1} << QList<int>{f.conflictFirst, f.conflictSecond, f.conflictFirst};
}

void TestComparisonView::f8WalksConflictsInOrder()
{
    QFETCH(QList<int>, keys);
    QFETCH(QList<int>, expected);
    ComparisonView *view = m_window->comparisonView();
    m_window->activateWindow();
    for (int i = 0; i < keys.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_F8, keys[i] > 0 ? Qt::NoModifier : Qt::ShiftModifier);
        QCOMPARE(view->activeClaim(), expected[i]);
        // Every column holding the conflict shows it.
        for (const ClaimMember &m : m_fixture.analysis->claims[expected[i]].members) {
            ArticleTextView *text = view->column(m.article)->textView();
            const auto [top, bottom] = text->verticalSpan(m.range);
            QVERIFY2(top >= 0 && bottom <= text->viewport()->height(),
                     qPrintable(QStringLiteral("article %1: %2..%3 in a viewport of %4 (width %5)")
                                    .arg(m.article).arg(top).arg(bottom).arg(text->viewport()->height()).arg(text->viewport()->width())));
        }
    }
}

void TestComparisonView::hidingColumnRemovesItsConnectors()
{
    ComparisonView *view = m_window->comparisonView();
    view->showClaim(m_fixture.shared);
    ArticleColumn *middle = view->column(1);
    bool middleHadRibbons = false;
    for (ConnectorHandle *h : view->splitter()->connectorHandles()) {
        if (h->rightColumn() == middle || h->leftColumn() == middle)
            middleHadRibbons |= !view->ribbonsBetween(h->leftColumn(), h->rightColumn()).isEmpty();
    }
    QVERIFY(middleHadRibbons);

    view->setColumnVisible(1, false);
    QCoreApplication::processEvents();
    view->showClaim(m_fixture.shared); // the columns rewrap when they widen
    int visibleHandles = 0;
    for (ConnectorHandle *h : view->splitter()->connectorHandles()) {
        if (h->isHidden())
            continue;
        ++visibleHandles;
        QVERIFY(h->leftColumn() != middle);
        QVERIFY(h->rightColumn() != middle);
        // The first and last columns are now adjacent and joined by their shared claims.
        QCOMPARE(h->leftColumn(), view->column(0));
        QCOMPARE(h->rightColumn(), view->column(2));
        h->repaint();
        QVERIFY2(h->lastRibbonCount() >= 1, qPrintable(QStringLiteral("ribbons %1, handle %2x%3 visible %4").arg(view->ribbonsBetween(h->leftColumn(), h->rightColumn()).size()).arg(h->width()).arg(h->height()).arg(h->isVisible()) + QStringLiteral(" c0: %1 %2 c3: %3 %4 vh %5").arg(claimTop(m_fixture.shared, 0)).arg(claimTop(m_fixture.shared, 2)).arg(claimTop(m_fixture.sharedFirstLast, 0)).arg(claimTop(m_fixture.sharedFirstLast, 2)).arg(view->column(0)->textView()->viewport()->height())));
    }
    QCOMPARE(visibleHandles, 1);
}

void TestComparisonView::themeSwitchChangesTextColours()
{
    ComparisonView *view = m_window->comparisonView();
    QVERIFY(m_window->setThemeByName(QStringLiteral("Breeze Light")));
    ArticleTextView *text = view->column(0)->textView();
    const QColor lightBase = text->palette().color(QPalette::Base);
    const QColor lightText = text->palette().color(QPalette::Text);
    // The headline's highlighted format follows the theme too.
    auto headlineColour = [&] {
        const QList<QTextLayout::FormatRange> formats = text->document()->firstBlock().layout()->formats();
        return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
    };
    const QColor lightHeadline = headlineColour();
    QVERIFY(m_window->setThemeByName(QStringLiteral("Breeze Dark")));
    QVERIFY(text->palette().color(QPalette::Base).lightnessF() < 0.5);
    QVERIFY(lightBase.lightnessF() > 0.5);
    QVERIFY(text->palette().color(QPalette::Text) != lightText);
    QVERIFY(headlineColour() != lightHeadline);
    // Menus, docks and panels go dark with the articles, and light again after.
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.5);
    QTRY_VERIFY(m_window->menuBar()->palette().color(QPalette::Window).lightnessF() < 0.5);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightnessF() > 0.5);
    QVERIFY(!m_window->setThemeByName(QStringLiteral("No Such Theme")));
    QVERIFY(m_window->setThemeByName(QStringLiteral("Breeze Light")));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    QTRY_VERIFY(m_window->menuBar()->palette().color(QPalette::Window).lightnessF() > 0.5);
}

void TestComparisonView::conflictValueIsEmphasised()
{
    ComparisonView *view = m_window->comparisonView();
    const ClaimMember &m = m_fixture.analysis->claims[m_fixture.conflictFirst].members[0];
    const qsizetype valueAt = m_fixture.corpus->articles[0].text.indexOf(QStringLiteral("40"), m.range.start);
    bool boldValue = false;
    for (const QTextEdit::ExtraSelection &sel : view->column(0)->textView()->extraSelections()) {
        if (sel.cursor.selectionStart() == valueAt && sel.cursor.selectionEnd() == valueAt + 2)
            boldValue |= sel.format.fontWeight() == QFont::Bold;
    }
    QVERIFY(boldValue);
    QVERIFY(view->claimToolTip(m_fixture.conflictFirst).contains(QStringLiteral("fourth")));
}

void TestComparisonView::findSearchesEveryColumn()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->findBar()->isVisible());
    QTest::keyClicks(m_window->findBar()->lineEdit(), QStringLiteral("hall"));
    QCOMPARE(m_window->comparisonView()->findMatchCount(), 2); // "the hall" in sources 0 and 2
    QCOMPARE(m_window->comparisonView()->findNext(true), 1);
    QCOMPARE(m_window->comparisonView()->findNext(true), 2);
    QCOMPARE(m_window->comparisonView()->findNext(true), 1);
}

// Closing the find bar gives the columns its height: a column scrolled to its
// end moves (its scroll range shrinks), and that move is no reader's scrolling,
// so the other columns stay where they are.
void TestComparisonView::escapeInFindBarKeepsColumnsWhereTheyAre()
{
    ComparisonView *view = m_window->comparisonView();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_window->findBar()->lineEdit(), QStringLiteral("hall"));
    QTest::keyClick(m_window->findBar()->lineEdit(), Qt::Key_Return);
    QCoreApplication::processEvents();
    view->setSyncScrolling(false);
    QScrollBar *last = view->column(1)->textView()->verticalScrollBar();
    last->setValue(last->maximum()); // the reader read one column to its end
    view->column(2)->textView()->verticalScrollBar()->setValue(0);
    view->setSyncScrolling(true);
    QCoreApplication::processEvents();
    const int first = view->column(0)->textView()->verticalScrollBar()->value();
    const int third = view->column(2)->textView()->verticalScrollBar()->value();
    QVERIFY(first > 0); // on the match in paragraph 12
    const int height = view->column(0)->textView()->viewport()->height();

    QTest::keyClick(m_window->findBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_window->findBar()->isVisible());
    QTRY_VERIFY(view->column(0)->textView()->viewport()->height() > height);
    QCoreApplication::processEvents();
    QCOMPARE(view->column(0)->textView()->verticalScrollBar()->value(), first);
    QCOMPARE(view->column(2)->textView()->verticalScrollBar()->value(), third);
    QCOMPARE(last->value(), last->maximum());
}

void TestComparisonView::syncScrollingFollowsClaims()
{
    ComparisonView *view = m_window->comparisonView();
    ArticleTextView *first = view->column(0)->textView();
    ArticleTextView *third = view->column(2)->textView();
    // Scroll the first column so that its conflict sentence (paragraph 20) is near the top.
    const TextRange r = m_fixture.analysis->claims[m_fixture.conflictFirst].members[0].range;
    first->scrollRangeTo(r, 10);
    QCoreApplication::processEvents();
    // The third column followed to its version of the same claim.
    const qreal lineHeight = first->fontMetrics().lineSpacing();
    QVERIFY2(qAbs(claimTop(m_fixture.conflictFirst, 2) - claimTop(m_fixture.conflictFirst, 0)) <= lineHeight,
             qPrintable(QStringLiteral("%1 vs %2").arg(claimTop(m_fixture.conflictFirst, 2)).arg(claimTop(m_fixture.conflictFirst, 0))));
    view->setSyncScrolling(false);
    const int before = third->verticalScrollBar()->value();
    first->verticalScrollBar()->setValue(0);
    QCOMPARE(third->verticalScrollBar()->value(), before);
}

void TestComparisonView::reorderingColumns()
{
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->visibleOrder(), (QList<int>{0, 1, 2}));
    view->moveColumn(2, 0);
    QCOMPARE(view->visibleOrder(), (QList<int>{2, 0, 1}));
    // Navigation follows the on-screen order: the conflict in the now-leftmost column comes first.
    QVERIFY(view->goToClaim(ClaimKind::Conflict, true));
    QCOMPARE(view->activeClaim(), m_fixture.conflictFirst); // source 2 holds it at paragraph 6
    QVERIFY(view->goToClaim(ClaimKind::Conflict, true));
    QCOMPARE(view->activeClaim(), m_fixture.conflictSecond);
}

// The status bar's counts go through the plural forms: "1 conflict", never "1 conflicts".
void TestComparisonView::countsAgreeWithTheirNumber()
{
    const InstalledTranslations english = installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto remove = qScopeGuard([english] {
        for (QTranslator *t : {english.parallax, english.qt}) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    auto analysis = std::make_shared<Analysis>(*m_fixture.analysis);
    analysis->claims[m_fixture.conflictSecond].kind = ClaimKind::Shared;
    analysis->entities.append(Entity{QStringLiteral("e1"), EntityType::Place, QStringLiteral("Geneva"), {}, {}, {}, {}});
    m_window->showAnalysis(analysis);
    QLabel *status = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Status"))
            status = label;
    }
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("3 articles \u00b7 1 entity \u00b7 3 shared claims \u00b7 1 conflict"));
}

// Columns are highlighted one per turn of the event loop; until its turn a
// column shows its text in the plain colours, not blank.
void TestComparisonView::columnsShowTheirTextBeforeHighlighting()
{
    m_window->showCorpus(m_fixture.corpus); // new columns, none highlighted yet
    ArticleTextView *last = m_window->comparisonView()->column(2)->textView();
    auto formats = [last] { return last->document()->firstBlock().layout()->formats(); };
    for (const QTextLayout::FormatRange &f : formats()) {
        const QBrush ink = f.format.foreground();
        QVERIFY2(ink.style() != Qt::NoBrush && ink.color().isValid() && ink.color().alpha() > 0, qPrintable(ink.color().name()));
    }
    QTRY_VERIFY(!formats().isEmpty()); // highlighted in its turn
}

void TestComparisonView::bigCorporaStartWithTheColumnsThatFit_data()
{
    QTest::addColumn<int>("windowWidth");
    QTest::addColumn<int>("columns"); // 0: fewer than eight, as many as fit
    QTest::addRow("wide window: eight columns") << 2800 << 8;
    QTest::addRow("narrower window: the columns that fit") << 1400 << 0;
}

void TestComparisonView::bigCorporaStartWithTheColumnsThatFit()
{
    QFETCH(int, windowWidth);
    QFETCH(int, columns);
    m_window->resize(windowWidth, 700);
    QCoreApplication::processEvents();
    const int width = m_window->width();
    auto corpus = std::make_shared<Corpus>(*m_fixture.corpus);
    while (corpus->articles.size() < 12) {
        Article copy = corpus->articles[corpus->articles.size() % 3];
        copy.id += QStringLiteral("-copy%1").arg(corpus->articles.size());
        corpus->articles.append(copy);
    }
    m_window->showCorpus(corpus);
    QCoreApplication::processEvents();
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->columnCount(), 12);
    // Opening a big story never makes the window grow to hold its columns.
    QCOMPARE(m_window->width(), width);
    const int shown = int(view->visibleOrder().size());
    if (columns > 0) {
        QCOMPARE(shown, columns);
    } else {
        QVERIFY2(shown >= 2 && shown < 8, qPrintable(QString::number(shown)));
        QVERIFY(shown * ArticleColumn::MinimumWidth <= view->width());
    }
    QVERIFY(!view->column(9));
    QVERIFY(!view->isColumnVisible(9));
    view->setColumnVisible(9, true);
    QVERIFY(view->column(9));
    QCOMPARE(view->visibleOrder().size(), shown + 1);
    QVERIFY(view->visibleOrder().contains(9));
    QCOMPARE(view->column(9)->text(), corpus->articles[9].text);
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
