// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view in the real main window, on a fixture with hand-placed claims.
#include "articlecolumn.h"
#include "claimdetailview.h"
#include "claimhues.h"
#include "dockcontroller.h"
#include "elidedname.h"
#include "exportdialog.h"
#include "mentionlistpanel.h"
#include "articletextview.h"
#include "comparisonfixture.h"
#include "comparisonview.h"
#include "connectorhandle.h"
#include "findbar.h"
#include "mainwindow.h"
#include "testrepository.h"
#include "translations.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QLineEdit>
#include <QDockWidget>
#include <QMenu>
#include <QPainter>
#include <QMenuBar>
#include <QScrollArea>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>
#include <QTextLayout>
#include <QTranslator>

class TestComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickingSharedClaimAlignsOtherColumns();
    void clickingAClaimLinesUpEveryColumn_data();
    void clickingAClaimLinesUpEveryColumn();
    void f8WalksConflictsInOrder_data();
    void f8WalksConflictsInOrder();
    void hidingColumnRemovesItsConnectors();
    void themeSwitchChangesTextColours();
    void themeSwitchRestylesWhatIsShown();
    void claimDetailBreaksNoWord_data();
    void claimDetailBreaksNoWord();
    void elidedNamesStayApart_data();
    void elidedNamesStayApart();
    void versionLinksNameTheirPlace();
    void conflictValueIsPaintedBoldRed_data();
    void conflictValueIsPaintedBoldRed();
    void findSearchesEveryColumn();
    void escapeInFindBarKeepsColumnsWhereTheyAre();
    void syncScrollingFollowsClaims();
    void reorderingColumns();
    void countsAgreeWithTheirNumber();
    void columnsShowTheirTextBeforeHighlighting();
    void everyColumnIsReachable_data();
    void everyColumnIsReachable();
    void narrowWindowFoldsDocksIntoTabs();
    void shortWindowKeepsColumnsTall();
    void bigCorporaStartWithEightColumns();

private:
    qreal claimTop(int claim, int article) const;

    std::unique_ptr<MainWindow> m_window;
    ComparisonFixture m_fixture;
};

void TestComparisonView::init()
{
    m_fixture = makeComparisonFixture();
    m_window = std::make_unique<MainWindow>(testRepository());
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

// Wherever the reader has scrolled the columns, clicking a claim where it shows
// (at the top, in the middle, on the last line of its column) brings its
// version in every column level with the clicked one and wholly in view.
void TestComparisonView::clickingAClaimLinesUpEveryColumn_data()
{
    QTest::addColumn<int>("claim");
    QTest::addColumn<int>("clickedArticle");
    QTest::addColumn<qreal>("where"); // the clicked version's first line, as a share of the viewport's height
    const ComparisonFixture f = makeComparisonFixture();
    const struct
    {
        const char *name;
        int claim;
        int article;
    } claims[] = {{"shared, early in the clicked column", f.shared, 0},
                  {"shared, late in the clicked column", f.shared, 1},
                  {"conflict", f.conflictFirst, 2},
                  {"conflict near another's end", f.conflictSecond, 1},
                  {"first and last", f.sharedFirstLast, 0}};
    for (const auto &c : claims) {
        for (const qreal where : {0.05, 0.5, 1.0}) {
            QTest::addRow("%s, at %d%%", c.name, int(where * 100)) << c.claim << c.article << where;
        }
    }
}

void TestComparisonView::clickingAClaimLinesUpEveryColumn()
{
    QFETCH(int, claim);
    QFETCH(int, clickedArticle);
    QFETCH(qreal, where);
    ComparisonView *view = m_window->comparisonView();
    // Scrolled elsewhere: each column somewhere of its own.
    view->setSyncScrolling(false);
    for (int a = 0; a < 3; ++a) {
        QScrollBar *bar = view->column(a)->textView()->verticalScrollBar();
        bar->setValue(bar->maximum() * (a + 1) / 4);
    }
    const ClaimMember *clicked = nullptr;
    for (const ClaimMember &m : m_fixture.analysis->claims[claim].members) {
        if (m.article == clickedArticle)
            clicked = &m;
    }
    QVERIFY(clicked);
    ArticleTextView *text = view->column(clickedArticle)->textView();
    const qreal lineHeight = text->fontMetrics().lineSpacing();
    const qreal height = text->viewport()->height();
    text->scrollRangeTo(clicked->range, qMin(where * height, height - 2 * lineHeight));
    view->setSyncScrolling(true);
    QCoreApplication::processEvents();
    const QRectF firstLine = text->rangeRects(clicked->range).value(0);
    QVERIFY2(firstLine.top() >= 0 && firstLine.bottom() <= height, qPrintable(QString::number(firstLine.top())));
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, firstLine.center().toPoint());
    QCOMPARE(view->activeClaim(), claim);
    const qreal top = claimTop(claim, clickedArticle);
    for (const ClaimMember &m : m_fixture.analysis->claims[claim].members) {
        ArticleTextView *t = view->column(m.article)->textView();
        const auto [mTop, mBottom] = t->verticalSpan(m.range);
        QVERIFY2(qAbs(mTop - top) <= lineHeight && mTop >= 0 && mBottom <= t->viewport()->height(),
                 qPrintable(QStringLiteral("article %1: %2..%3, clicked at %4, viewport %5")
                                .arg(m.article)
                                .arg(mTop)
                                .arg(mBottom)
                                .arg(top)
                                .arg(t->viewport()->height())));
    }
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
                                    .arg(m.article)
                                    .arg(top)
                                    .arg(bottom)
                                    .arg(text->viewport()->height())
                                    .arg(text->viewport()->width())));
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
        QVERIFY2(h->lastRibbonCount() >= 1, qPrintable(QStringLiteral("ribbons %1, handle %2x%3 visible %4")
                                                           .arg(view->ribbonsBetween(h->leftColumn(), h->rightColumn()).size())
                                                           .arg(h->width())
                                                           .arg(h->height())
                                                           .arg(h->isVisible())
                                                       + QStringLiteral(" c0: %1 %2 c3: %3 %4 vh %5")
                                                             .arg(claimTop(m_fixture.shared, 0))
                                                             .arg(claimTop(m_fixture.shared, 2))
                                                             .arg(claimTop(m_fixture.sharedFirstLast, 0))
                                                             .arg(claimTop(m_fixture.sharedFirstLast, 2))
                                                             .arg(view->column(0)->textView()->viewport()->height())));
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

namespace {
using ClaimHues::contrast;

// The lowest contrast of any text in `view`'s document with what is behind it
// (its own background, its table cell's, or the view's base), and that text.
std::pair<qreal, QString> lowestTextContrast(const QTextEdit *view)
{
    const QPalette pal = view->palette();
    std::pair<qreal, QString> lowest{100, QString()};
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const QColor ink = format.foreground().style() != Qt::NoBrush ? format.foreground().color() : pal.color(QPalette::Text);
            QColor paper = pal.color(QPalette::Base);
            QTextCursor cursor(view->document());
            cursor.setPosition(fragment.position());
            if (QTextTable *table = cursor.currentTable()) {
                const QBrush cell = table->cellAt(cursor).format().background();
                if (cell.style() != Qt::NoBrush)
                    paper = cell.color();
            }
            if (block.blockFormat().background().style() != Qt::NoBrush)
                paper = block.blockFormat().background().color();
            if (format.background().style() != Qt::NoBrush)
                paper = format.background().color();
            const qreal c = contrast(ink, paper);
            if (c < lowest.first)
                lowest = {c, fragment.text().left(30) + QStringLiteral(" (%1 on %2)").arg(ink.name(), paper.name())};
        }
    }
    return lowest;
}
} // namespace

// A theme switched while running restyles what was already shown: the claim
// detail's source headings, the Mentions list, and the export preview (paper:
// dark ink on its light cells in any theme).
void TestComparisonView::themeSwitchRestylesWhatIsShown()
{
    QVERIFY(m_window->setThemeByName(QStringLiteral("Breeze Light")));
    auto analysis = std::make_shared<Analysis>(*m_fixture.analysis);
    const Article &first = m_fixture.corpus->articles[0];
    const qsizetype geneva = first.text.indexOf(QStringLiteral("Geneva"));
    analysis->entities.append(Entity{QStringLiteral("e1"),
                                     EntityType::Place,
                                     QStringLiteral("Geneva"),
                                     {},
                                     {},
                                     {Mention{0, {geneva, geneva + 6}, QStringLiteral("Geneva")}},
                                     QStringLiteral("place:Geneva")});
    m_window->showAnalysis(analysis);
    m_window->comparisonView()->showClaim(m_fixture.conflictFirst);
    auto *detail = m_window->findChild<ClaimDetailView *>();
    QVERIFY(detail);
    QTRY_COMPARE(detail->claimIndex(), m_fixture.conflictFirst);
    MentionListPanel *mentions = m_window->docks()->mentionPanel();
    mentions->showEntity(analysis, 0);
    const QString headingBefore = detail->toHtml();

    QVERIFY(m_window->setThemeByName(QStringLiteral("Breeze Dark")));
    QCoreApplication::processEvents();
    QVERIFY(detail->palette().color(QPalette::Base).lightnessF() < 0.5);
    QVERIFY(detail->toHtml() != headingBefore);
    for (const QTextEdit *view : {static_cast<const QTextEdit *>(detail), static_cast<const QTextEdit *>(mentions->browser())}) {
        const auto [lowest, where] = lowestTextContrast(view);
        QVERIFY2(lowest >= 3.0, qPrintable(QStringLiteral("%1: %2 at %3").arg(view->accessibleName()).arg(lowest).arg(where)));
    }
    ExportDialog dialog(analysis, testRepository(), m_window.get());
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    dialog.setFormat(SheetFormat::Pdf);
    QTRY_VERIFY(updated.count() > 0);
    auto *preview = dialog.findChild<QTextEdit *>(QStringLiteral("richPreview"));
    QVERIFY(preview && !preview->document()->isEmpty());
    // The sheet's prose keeps the light highlighting theme's colours (an orange
    // date on a teal tint measures 2.5); the theme's light ink would measure 1.
    const auto [lowest, where] = lowestTextContrast(preview);
    QVERIFY2(lowest >= 2.0, qPrintable(QStringLiteral("export preview: %1 at %2").arg(lowest).arg(where)));
    QVERIFY(m_window->setThemeByName(QStringLiteral("Breeze Light")));
}

// A version's heading in the claim detail is a link to its place: clicking it names the
// version's article and range (the view then shows it); a link to no version names nothing.
void TestComparisonView::versionLinksNameTheirPlace()
{
    ClaimDetailView detail;
    detail.showClaim(m_fixture.analysis, m_fixture.shared);
    QSignalSpy activated(&detail, &PlaceBrowser::placeActivated);
    const QList<ClaimMember> &members = m_fixture.analysis->claims[m_fixture.shared].members;
    for (int i : {2, 0}) {
        Q_EMIT detail.anchorClicked(QUrl(QStringLiteral("#%1").arg(i)));
        QCOMPARE(activated.count(), 1);
        const QList<QVariant> args = activated.takeFirst();
        QCOMPARE(args[0].toInt(), members[i].article);
        QCOMPARE(args[1].value<TextRange>(), members[i].range);
    }
    Q_EMIT detail.anchorClicked(QUrl(QStringLiteral("#%1").arg(members.size())));
    Q_EMIT detail.anchorClicked(QUrl(QStringLiteral("#-1")));
    QCOMPARE(activated.count(), 0);
}

// A claim of six sources in the claim detail: the versions take as many to a
// row as fit, no line breaks inside a word, and a heading too long for its
// cell is shortened, its source in full in the tooltip.
void TestComparisonView::claimDetailBreaksNoWord_data()
{
    QTest::addColumn<int>("width");
    QTest::addRow("narrow dock") << 420;
    QTest::addRow("half a screen") << 700;
    QTest::addRow("wide") << 1300;
}

void TestComparisonView::claimDetailBreaksNoWord()
{
    QFETCH(int, width);
    const QStringList outlets = {QStringLiteral("The Washington Evening Chronicle"),          QStringLiteral("Northern Ledger"),
                                 QStringLiteral("Intercontinental Broadcasting Corporation"), QStringLiteral("Daily Post"),
                                 QStringLiteral("Riverside Community Newsletter Online"),     QStringLiteral("Wire")};
    auto corpus = std::make_shared<Corpus>();
    auto analysis = std::make_shared<Analysis>();
    Claim claim;
    claim.kind = ClaimKind::Conflict;
    claim.slot = QStringLiteral("count");
    for (int a = 0; a < outlets.size(); ++a) {
        Article article;
        article.id = QString::number(a);
        article.outlet = outlets[a];
        article.text = QStringLiteral("Officials said %1 people were rescued from the flooded underpass overnight.").arg(a + 3);
        corpus->articles.append(article);
        claim.members.append({a, {0, article.text.size()}, article.text, QString::number(a + 3)});
    }
    analysis->corpus = corpus;
    analysis->claims.append(claim);
    ClaimDetailView detail;
    detail.resize(width, 400);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    detail.showClaim(analysis, 0);
    QCoreApplication::processEvents();
    QCOMPARE(detail.versionsPerRow(), std::clamp(detail.viewport()->width() / ClaimDetailView::kMinVersionWidth, 1, 6));
    int headings = 0;
    for (QTextBlock block = detail.document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QTextLayout *layout = block.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int at = layout->lineAt(i).textStart();
            QVERIFY2(text.at(at - 1).isSpace() || text.at(at - 1) == u'-',
                     qPrintable(QStringLiteral("broken: %1|%2").arg(text.left(at), text.mid(at))));
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isAnchor())
                continue;
            const int member = f.charFormat().anchorHref().mid(1).toInt();
            // Whole, or its start and its end around an ellipsis ("The Washington \u2026 Chronicle").
            const QString shown = f.text();
            const QStringList ends = shown.split(u'\u2026');
            QVERIFY2(
                shown == outlets[member]
                    || (ends.size() == 2 && outlets[member].startsWith(ends[0].trimmed()) && outlets[member].endsWith(ends[1].trimmed())),
                qPrintable(shown));
            QTextCursor cursor(detail.document());
            cursor.setPosition(f.position() + 1);
            QCOMPARE(detail.toolTipAt(detail.cursorRect(cursor).center()), outlets[member]);
            ++headings;
        }
    }
    QCOMPARE(headings, 6);
}

// Two names that begin alike, fitted to a header, a detail heading or a timeline
// label: whatever the room, they still read differently and fit.
void TestComparisonView::elidedNamesStayApart_data()
{
    QTest::addColumn<QStringList>("names"); // each article's distinct name
    QTest::addColumn<QStringList>("fulls"); // each article's whole headline (none: only the name)
    QTest::addColumn<QString>("room");      // a text as wide as the room
    QTest::addColumn<bool>("whole");        // the first is shown whole

    const QStringList names{QStringLiteral("Heavy rain floods the old town of Valencia again\u2026"),
                            QStringLiteral("Heavy rain floods the old town of Valencia overnight\u2026")};
    const QStringList fulls{QStringLiteral("Heavy rain floods the old town of Valencia again, and the river keeps rising"),
                            QStringLiteral("Heavy rain floods the old town of Valencia overnight as the dam gives way")};
    QTest::addRow("room for the headline") << names << fulls << fulls[0] + QStringLiteral("  ") << true;
    QTest::addRow("room for more than the name")
        << names << fulls << QStringLiteral("Heavy rain floods the old town of Valencia overnight as the") << false;
    QTest::addRow("room for less than the name") << names << fulls << QStringLiteral("Heavy rain floods the") << false;
    QTest::addRow("a heading without headline") << names << QStringList{QString(), QString()} << QStringLiteral("Heavy rain") << false;
    QTest::addRow("numbered names") << QStringList{QStringLiteral("Coastal Ledger"), QStringLiteral("Coastal Ledger (2)")}
                                    << QStringList{QString(), QString()} << QStringLiteral("Coastal Le") << false;
}

void TestComparisonView::elidedNamesStayApart()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, fulls);
    QFETCH(QString, room);
    QFETCH(bool, whole);
    const QFontMetrics metrics(QApplication::font());
    const int width = metrics.horizontalAdvance(room);
    QStringList shown;
    for (int i = 0; i < 2; ++i) {
        shown << elidedSourceName(metrics, names[i], width, fulls[i]);
        QVERIFY2(metrics.horizontalAdvance(shown[i]) <= width, qPrintable(shown[i]));
    }
    QVERIFY2(shown[0] != shown[1], qPrintable(shown.join(u" | ")));
    QCOMPARE(shown[0] == fulls[0], whole);
}

// The differing value is painted bold red in its column, in light and dark themes:
// its pixels hold the red (the rest of the claim has none), and more of them
// than the same word drawn in regular weight would cover.
void TestComparisonView::conflictValueIsPaintedBoldRed_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addRow("light") << QStringLiteral("Breeze Light");
    QTest::addRow("dark") << QStringLiteral("Breeze Dark");
}

void TestComparisonView::conflictValueIsPaintedBoldRed()
{
    QFETCH(QString, theme);
    QVERIFY(m_window->setThemeByName(theme));
    ComparisonView *view = m_window->comparisonView();
    view->showClaim(m_fixture.conflictFirst);
    ArticleTextView *text = view->column(0)->textView();
    const ClaimMember &m = m_fixture.analysis->claims[m_fixture.conflictFirst].members[0];
    const qsizetype valueAt = m_fixture.corpus->articles[0].text.indexOf(QStringLiteral("40"), m.range.start);
    const TextRange value{valueAt, valueAt + 2};
    const QColor red = view->style().conflictValueText;
    QVERIFY(red.red() > 1.5 * red.green() && red.red() > 1.5 * red.blue());

    const QImage shot = text->viewport()->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    // Pixels near `colour` inside `rect` (viewport coordinates).
    auto count = [&](const QRectF &rect, const QColor &colour) {
        int n = 0;
        const QRect r = QRectF(rect.topLeft() * ratio, rect.size() * ratio).toAlignedRect() & shot.rect();
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                n += qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) + qAbs(c.blue() - colour.blue()) < 60;
            }
        }
        return n;
    };
    const QList<QRectF> valueRects = text->rangeRects(value);
    QCOMPARE(valueRects.size(), 1);
    const int redInk = count(valueRects.first(), red);
    QVERIFY2(redInk > 0, "no red in the value");
    // The sentence around it is not red.
    const QRectF before = text->rangeRects({m.range.start, m.range.start + 6}).value(0);
    QCOMPARE(count(before, red), 0);
    // Bold: much more red than the regular weight of the same font, drawn alike, covers.
    QImage regular(shot.size(), QImage::Format_ARGB32);
    regular.setDevicePixelRatio(ratio);
    regular.fill(view->style().conflictValue);
    {
        QPainter p(&regular);
        p.setFont(text->font());
        p.setPen(red);
        p.drawText(QPointF(10, 50), QStringLiteral("40"));
    }
    int regularInk = 0;
    for (int y = 0; y < regular.height(); ++y) {
        for (int x = 0; x < regular.width(); ++x) {
            const QColor c = regular.pixelColor(x, y);
            regularInk += qAbs(c.red() - red.red()) + qAbs(c.green() - red.green()) + qAbs(c.blue() - red.blue()) < 60;
        }
    }
    // (Measured: bold covers 2.3 times the reference, the view's regular weight 1.4 times.)
    QVERIFY2(redInk > 1.6 * regularInk, qPrintable(QStringLiteral("red %1, regular %2").arg(redInk).arg(regularInk)));
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

namespace {
// `corpus` with copies of its articles appended until it has `count`.
std::shared_ptr<Corpus> grownTo(const Corpus &corpus, int count)
{
    auto grown = std::make_shared<Corpus>(corpus);
    while (grown->articles.size() < count) {
        Article copy = grown->articles[grown->articles.size() % corpus.articles.size()];
        copy.id += QStringLiteral("-copy%1").arg(grown->articles.size());
        grown->articles.append(copy);
    }
    return grown;
}
} // namespace

// Laptop screens and half a big one: every article gets its column, ticked in
// View > Columns, at least at its least width, in view or reachable by
// scrolling the strip sideways; the window keeps its size.
void TestComparisonView::everyColumnIsReachable_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::addColumn<int>("articles");
    QTest::addRow("1280x720, six articles") << QSize(1280, 720) << 6;
    QTest::addRow("1366x768, six articles") << QSize(1366, 768) << 6;
    QTest::addRow("960x1000, six articles") << QSize(960, 1000) << 6;
    QTest::addRow("680x700, eight articles") << QSize(680, 700) << 8;
    QTest::addRow("2800x700, three articles") << QSize(2800, 700) << 3;
}

void TestComparisonView::everyColumnIsReachable()
{
    QFETCH(QSize, windowSize);
    QFETCH(int, articles);
    m_window->resize(windowSize);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), windowSize);
    m_window->showCorpus(grownTo(*m_fixture.corpus, articles));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), windowSize);
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->visibleOrder().size(), articles);
    const auto *menu = m_window->findChild<QMenu *>(QStringLiteral("columnsMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), articles);
    for (const QAction *a : menu->actions())
        QVERIFY2(a->isChecked(), qPrintable(a->text()));
    QWidget *viewport = view->strip()->viewport();
    for (int a = 0; a < articles; ++a) {
        ArticleColumn *column = view->column(a);
        QVERIFY(column && view->isColumnVisible(a));
        QVERIFY2(column->width() >= ArticleColumn::MinimumWidth, qPrintable(QString::number(column->width())));
        view->scrollToColumn(a);
        const QRect inViewport(column->mapTo(viewport, QPoint(0, 0)), column->size());
        QVERIFY2(viewport->rect().contains(inViewport), qPrintable(QStringLiteral("column %1 at %2..%3 in a strip %4 wide")
                                                                       .arg(a)
                                                                       .arg(inViewport.left())
                                                                       .arg(inViewport.right())
                                                                       .arg(viewport->width())));
    }
    // The strip scrolls only when the columns would be narrower than their least width.
    if (view->strip()->horizontalScrollBar()->maximum() > 0) {
        for (int a = 0; a < articles; ++a)
            QCOMPARE(view->column(a)->width(), ArticleColumn::MinimumWidth);
    }
}

// Half a 1366-px screen: the window goes down to 680 px (its docks side by
// side allow it, so a window manager lets the reader get there), and there the
// bottom docks fold into tabs, each as wide as the window; wider, they unfold.
void TestComparisonView::narrowWindowFoldsDocksIntoTabs()
{
    QVERIFY2(m_window->minimumSizeHint().width() <= 680, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    auto *claims = m_window->findChild<QDockWidget *>(QStringLiteral("claimsPanel"));
    auto *timeline = m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    auto *mentions = m_window->findChild<QDockWidget *>(QStringLiteral("mentionListPanel"));
    QVERIFY(claims && timeline && mentions);
    QVERIFY(!m_window->tabifiedDockWidgets(claims).contains(timeline));
    m_window->resize(680, 700);
    QTRY_VERIFY(m_window->tabifiedDockWidgets(claims).contains(timeline));
    QVERIFY(m_window->tabifiedDockWidgets(claims).contains(mentions));
    QCOMPARE(m_window->width(), 680);
    QCoreApplication::processEvents();
    QVERIFY2(claims->width() > 600, qPrintable(QString::number(claims->width())));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            QVERIFY2(dock->width() >= dock->minimumSizeHint().width(), qPrintable(dock->objectName()));
    }
    QVERIFY(m_window->comparisonView()->column(0)->isVisible());
    m_window->resize(1400, 700);
    QTRY_VERIFY(!m_window->tabifiedDockWidgets(claims).contains(timeline));
    QVERIFY(m_window->tabifiedDockWidgets(timeline).contains(mentions));
    QCoreApplication::processEvents();
    QVERIFY(claims->isVisible() && (timeline->isVisible() || mentions->isVisible()));
    QVERIFY(claims->geometry().right() < qMax(timeline->geometry().left(), mentions->geometry().left()));
}

// A laptop screen at 200 % (960x540 logical pixels): the bottom docks give up height, so that
// the columns keep most of it; a dock the reader then drags taller stays so.
void TestComparisonView::shortWindowKeepsColumnsTall()
{
    auto *claims = m_window->findChild<QDockWidget *>(QStringLiteral("claimsPanel"));
    QVERIFY(claims);
    m_window->resize(960, 540);
    QCoreApplication::processEvents();
    QTRY_VERIFY2(claims->height() <= 540 * 0.3 + 1, qPrintable(QString::number(claims->height())));
    const int columns = m_window->comparisonView()->height();
    QVERIFY2(columns >= 540 / 3, qPrintable(QString::number(columns)));
    m_window->resizeDocks({claims}, {300}, Qt::Vertical);
    QCoreApplication::processEvents();
    const int dragged = claims->height();
    QVERIFY2(dragged > 540 * 0.3 + 1, qPrintable(QString::number(dragged)));
    QTest::qWait(50);
    QCOMPARE(claims->height(), dragged);
}

// A big story: the first eight articles get columns, the others wait for the
// reader to show them (View > Columns), which scrolls the strip to the new one.
void TestComparisonView::bigCorporaStartWithEightColumns()
{
    m_window->resize(1400, 700);
    const auto corpus = grownTo(*m_fixture.corpus, 12);
    m_window->showCorpus(corpus);
    QCoreApplication::processEvents();
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->columnCount(), 12);
    QCOMPARE(view->visibleOrder().size(), 8);
    QVERIFY(!view->column(9));
    QVERIFY(!view->isColumnVisible(9));
    view->setColumnVisible(9, true);
    QVERIFY(view->column(9));
    QCOMPARE(view->visibleOrder().size(), 9);
    QVERIFY(view->visibleOrder().contains(9));
    QCOMPARE(view->column(9)->text(), corpus->articles[9].text);
    QCoreApplication::processEvents();
    QWidget *viewport = view->strip()->viewport();
    QTRY_VERIFY(viewport->rect().contains(QRect(view->column(9)->mapTo(viewport, QPoint(0, 0)), view->column(9)->size())));
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
