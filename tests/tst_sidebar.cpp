// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entity sidebar, the claims panel and their wiring to the columns, on the
// real main window: first with an in-memory analysis, then on the seed corpus.
#include "analysisfixture.h"
#include "articlecolumn.h"
#include "articletextview.h"
#include "claimdetailview.h"
#include "claimfiltermodel.h"
#include "claimsmodel.h"
#include "claimspanel.h"
#include "comparisonview.h"
#include "dockcontroller.h"
#include "entityfiltermodel.h"
#include "entitysidebar.h"
#include "entitytreemodel.h"
#include "mainwindow.h"
#include "testrepository.h"
#include "mentionlistpanel.h"
#include "timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>

class TestSidebar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickingEntityHighlightsEveryMention();
    void f3WalksMentionsInColumnOrder();
    void clickingNameInColumnSelectsEntity();
    void filterNarrowsList();
    void onlyInListsUniqueClaims();
    void clickingClaimAlignsColumns();
    void doubleClickListsMentions();
    void mentionsKeepTheirSpacing_data();
    void mentionsKeepTheirSpacing();
    void timelineClickSelects();
    void datesShownAtTheirPrecision();
    void reanalysisKeepsSelection();
    void clickBenchmark();
    void seedCorpus();

private:
    void show(AnalysisPtr analysis);
    void clickEntity(const QString &name, bool doubleClick = false);

    std::unique_ptr<MainWindow> m_window;
    AnalysisPtr m_analysis;
};

namespace {
// The texts of the mention highlights in one column (other overlays use other colours).
QStringList highlighted(const MainWindow &window, int article)
{
    ArticleColumn *column = window.comparisonView()->column(article);
    const QColor colour = window.comparisonView()->style().mentionHighlight;
    QStringList texts;
    for (const QTextEdit::ExtraSelection &s : column->textView()->extraSelections()) {
        if (s.format.background().color() == colour)
            texts << s.cursor.selectedText();
    }
    return texts;
}

QModelIndex proxyIndexOf(EntitySidebar *sidebar, const QString &name)
{
    for (int g = 0; g < sidebar->proxy()->rowCount(); ++g) {
        const QModelIndex group = sidebar->proxy()->index(g, 0);
        for (int r = 0; r < sidebar->proxy()->rowCount(group); ++r) {
            const QModelIndex i = sidebar->proxy()->index(r, 0, group);
            if (i.data(EntityTreeModel::NameRole).toString() == name)
                return i;
        }
    }
    return {};
}

int visibleEntities(EntitySidebar *sidebar)
{
    int n = 0;
    for (int g = 0; g < sidebar->proxy()->rowCount(); ++g)
        n += sidebar->proxy()->rowCount(sidebar->proxy()->index(g, 0));
    return n;
}

// Clicks at text position `position` of article `article`'s column.
void clickText(MainWindow &window, int article, qsizetype position)
{
    window.comparisonView()->revealRange(article, {position, position + 1});
    ArticleTextView *text = window.comparisonView()->column(article)->textView();
    QTextCursor cursor(text->document());
    cursor.setPosition(int(position));
    const QRect r = text->cursorRect(cursor);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, r.center() + QPoint(3, 0));
}
} // namespace

void TestSidebar::init()
{
    m_window = std::make_unique<MainWindow>(testRepository());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSidebar::cleanup()
{
    m_window.reset();
    m_analysis.reset();
}

void TestSidebar::show(AnalysisPtr analysis)
{
    m_analysis = analysis;
    m_window->showCorpus(analysis->corpus);
    m_window->showAnalysis(analysis);
    QApplication::processEvents();
}

void TestSidebar::clickEntity(const QString &name, bool doubleClick)
{
    EntitySidebar *sidebar = m_window->docks()->entitySidebar();
    const QModelIndex index = proxyIndexOf(sidebar, name);
    QVERIFY2(index.isValid(), qPrintable(name));
    sidebar->view()->scrollTo(index);
    const QRect rect = sidebar->view()->visualRect(index);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(sidebar->view()->viewport(), Qt::LeftButton, {}, rect.center());
    if (doubleClick)
        QTest::mouseDClick(sidebar->view()->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestSidebar::clickingEntityHighlightsEveryMention()
{
    show(Fixture::analysis());
    QAbstractItemModelTester tester(m_window->docks()->entitySidebar()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int a = 0; a < 3; ++a)
        QVERIFY(highlighted(*m_window, a).isEmpty());
    clickEntity(QStringLiteral("Yuri Ushakov"));
    QCOMPARE(m_window->docks()->currentEntity(), Fixture::entityIndex(*m_analysis, QStringLiteral("Yuri Ushakov")));
    QCOMPARE(highlighted(*m_window, 0), QStringList({QStringLiteral("Yuri Ushakov"), QStringLiteral("Ushakov")}));
    QCOMPARE(highlighted(*m_window, 1), QStringList({QStringLiteral("Yury Ushakov")}));
    QCOMPARE(highlighted(*m_window, 2), QStringList({QStringLiteral("Yuri Ushakov")}));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Yuri Ushakov: 4 mention")));

    // Another entity replaces the highlights; only the columns that name it get any.
    clickEntity(QStringLiteral("Harbin"));
    QCOMPARE(highlighted(*m_window, 0), QStringList({QStringLiteral("Harbin")}));
    QCOMPARE(highlighted(*m_window, 1), QStringList({QStringLiteral("Harbin")}));
    QCOMPARE(highlighted(*m_window, 2), QStringList());
}

void TestSidebar::f3WalksMentionsInColumnOrder()
{
    show(Fixture::analysis());
    clickEntity(QStringLiteral("Yuri Ushakov"));
    const QStringList expected = {
        QStringLiteral("mention 1 of 4, in VCPOST"),       QStringLiteral("mention 2 of 4, in VCPOST"),
        QStringLiteral("mention 3 of 4, in Global Times"), QStringLiteral("mention 4 of 4, in Reuters"),
        QStringLiteral("mention 1 of 4, in VCPOST"), // and round again
    };
    const QList<Mention> walk = m_window->docks()->walk();
    QCOMPARE(walk.size(), 4);
    QCOMPARE(walk[1].text, QStringLiteral("Ushakov"));
    QCOMPARE(walk[2].text, QStringLiteral("Yury Ushakov"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The mention walked to is outlined in its column, and no other is.
    auto outlinedMentions = [&] {
        QList<int> outlined;
        for (int w = 0; w < walk.size(); ++w) {
            for (const TextOutline &o : m_window->comparisonView()->column(walk[w].article)->textView()->outlines()) {
                if (o.range == walk[w].range)
                    outlined.append(w);
            }
        }
        return outlined;
    };
    QCOMPARE(outlinedMentions(), QList<int>());
    for (const QString &message : expected) {
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QCOMPARE(m_window->statusBar()->currentMessage(), message);
        QCOMPARE(outlinedMentions(), QList<int>{m_window->docks()->walkPosition()});
    }
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("mention 4 of 4, in Reuters"));
    QCOMPARE(m_window->docks()->walkPosition(), 3);
    QCOMPARE(outlinedMentions(), QList<int>{3});
    // The walked-to mention is in view in its column.
    ArticleTextView *text = m_window->comparisonView()->column(2)->textView();
    const auto span = text->verticalSpan(walk[3].range);
    QVERIFY(span.first >= 0 && span.second <= text->viewport()->height());
}

void TestSidebar::clickingNameInColumnSelectsEntity()
{
    show(Fixture::analysis());
    const Mention harbin = Fixture::mention(*m_analysis->corpus, 1, QStringLiteral("Harbin"));
    clickText(*m_window, 1, harbin.range.start + 2);
    QCOMPARE(m_window->docks()->entitySidebar()->currentEntity(), Fixture::entityIndex(*m_analysis, QStringLiteral("Harbin")));
    QCOMPARE(highlighted(*m_window, 0), QStringList({QStringLiteral("Harbin")}));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("mention 2 of 2, in Global Times"));

    // Even when the filter hides it.
    m_window->docks()->entitySidebar()->filterEdit()->setText(QStringLiteral("Putin"));
    const Mention yury = Fixture::mention(*m_analysis->corpus, 1, QStringLiteral("Yury Ushakov"));
    clickText(*m_window, 1, yury.range.start + 6);
    QCOMPARE(m_window->docks()->entitySidebar()->currentEntity(), Fixture::entityIndex(*m_analysis, QStringLiteral("Yuri Ushakov")));
    QVERIFY(m_window->docks()->entitySidebar()->filterEdit()->text().isEmpty());
}

void TestSidebar::filterNarrowsList()
{
    show(Fixture::analysis());
    EntitySidebar *sidebar = m_window->docks()->entitySidebar();
    QCOMPARE(visibleEntities(sidebar), 9);
    QTest::keyClicks(sidebar->filterEdit(), QStringLiteral("ush"));
    QCOMPARE(visibleEntities(sidebar), 1);
    QVERIFY(proxyIndexOf(sidebar, QStringLiteral("Yuri Ushakov")).isValid());
    sidebar->filterEdit()->clear();
    QTest::mouseClick(sidebar->missedToggle(), Qt::LeftButton);
    QCOMPARE(visibleEntities(sidebar), 6);
    QVERIFY(!proxyIndexOf(sidebar, QStringLiteral("Beijing")).isValid());
    sidebar->sortBox()->setCurrentIndex(sidebar->sortBox()->findData(EntityFilterModel::ByMentions));
    QCOMPARE(sidebar->proxy()->sortMode(), EntityFilterModel::ByMentions);
}

void TestSidebar::onlyInListsUniqueClaims()
{
    show(Fixture::analysis());
    ClaimsPanel *panel = m_window->docks()->claimsPanel();
    QAbstractItemModelTester tester(panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->proxy()->rowCount(), 6);
    const int choice = panel->focusBox()->findText(QStringLiteral("Only in Global Times"));
    QVERIFY(choice > 0);
    panel->focusBox()->setCurrentIndex(choice);
    QCOMPARE(panel->proxy()->rowCount(), 2);
    for (int r = 0; r < panel->proxy()->rowCount(); ++r) {
        const QModelIndex i = panel->proxy()->index(r, 0);
        QCOMPARE(ClaimKind(i.data(ClaimsModel::KindRole).toInt()), ClaimKind::Unique);
        QCOMPARE(i.data(ClaimsModel::MarksRole).value<QList<int>>(), QList<int>({0, 1, 0}));
    }
    panel->focusBox()->setCurrentIndex(panel->focusBox()->findText(QStringLiteral("Left out by Global Times")));
    QCOMPARE(panel->proxy()->rowCount(), 4);
    panel->focusBox()->setCurrentIndex(0);
    panel->kindBox()->setCurrentIndex(panel->kindBox()->findData(int(ClaimKind::Conflict)));
    QCOMPARE(panel->proxy()->rowCount(), 1);
}

void TestSidebar::clickingClaimAlignsColumns()
{
    show(Fixture::analysis());
    ClaimsPanel *panel = m_window->docks()->claimsPanel();
    QSignalSpy activated(m_window->comparisonView(), &ComparisonView::claimActivated);
    const QModelIndex conflict = panel->proxy()->mapFromSource(panel->model()->indexOfClaim(1));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                      panel->view()->visualRect(conflict.siblingAtColumn(ClaimsModel::TextColumn)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), 1);
    QCOMPARE(m_window->comparisonView()->activeClaim(), 1);
    // The detail shows both versions with their values.
    const QString detail = panel->detail()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("VCPOST")) && detail.contains(QStringLiteral("Reuters")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Version: 30")));
    QVERIFY(detail.contains(QStringLiteral("Version: 20")));

    // A claim clicked in a column selects it in the panel.
    const Mention banquet = Fixture::mention(*m_analysis->corpus, 1, QStringLiteral("banquet"));
    clickText(*m_window, 1, banquet.range.start + 1);
    QCOMPARE(panel->currentClaim(), 4);
}

void TestSidebar::doubleClickListsMentions()
{
    show(Fixture::analysis());
    clickEntity(QStringLiteral("Yuri Ushakov"), true);
    MentionListPanel *panel = m_window->docks()->mentionPanel();
    QCOMPARE(panel->entity(), Fixture::entityIndex(*m_analysis, QStringLiteral("Yuri Ushakov")));
    const QString text = panel->browser()->toPlainText();
    for (const QString &expected :
         {QStringLiteral("Kremlin aide Yuri Ushakov said the talks"), QStringLiteral("Yury Ushakov told reporters"),
          QStringLiteral("Yuri Ushakov did not comment"), QStringLiteral("Global Times")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
}

// The Mentions list quotes each mention in its sentence as written: no space
// put between a name and what follows it ("Harbor's", "Harbor.").
void TestSidebar::mentionsKeepTheirSpacing_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("name");

    QTest::addRow("possessive") << "The Harbor's pumps failed at dawn." << "Harbor";
    QTest::addRow("full stop") << "The water reached Harbor." << "Harbor";
    QTest::addRow("quoted") << "Officials at \"Harbor\" said nothing." << "Harbor";
    QTest::addRow("between spaces") << "The Harbor board met twice." << "Harbor";
}

void TestSidebar::mentionsKeepTheirSpacing()
{
    QFETCH(QString, sentence);
    QFETCH(QString, name);
    auto corpus = std::make_shared<Corpus>();
    Article article;
    article.id = QStringLiteral("a");
    article.outlet = QStringLiteral("Coastal Ledger");
    article.text = sentence + u'\n';
    corpus->articles.append(article);
    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;
    analysis->sentences = {{Sentence{{0, sentence.size()}}}};
    const qsizetype at = sentence.indexOf(name);
    Entity entity;
    entity.name = name;
    entity.type = EntityType::Organization;
    entity.mentions = {{0, {at, at + name.size()}, name}};
    analysis->entities.append(entity);
    MentionListPanel panel;
    panel.showEntity(analysis, 0);
    const QString shown = panel.browser()->toPlainText();
    QVERIFY2(shown.contains(sentence), qPrintable(shown));
}

void TestSidebar::timelineClickSelects()
{
    show(Fixture::analysis());
    m_window->docks()->timelineDock()->raise();
    QApplication::processEvents();
    TimelineWidget *timeline = m_window->docks()->timeline();
    const QList<TimelineWidget::Mark> marks = timeline->marks();
    // Two date entities, and the two claims that name them.
    QCOMPARE(std::count_if(marks.begin(), marks.end(), [](const auto &m) { return m.entity >= 0; }), 2);
    QCOMPARE(std::count_if(marks.begin(), marks.end(), [](const auto &m) { return m.claim >= 0; }), 2);
    for (int i = 0; i < marks.size(); ++i) {
        const QPoint at = timeline->markRect(i).center().toPoint();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
        if (marks[i].entity >= 0)
            QCOMPARE(m_window->docks()->currentEntity(), marks[i].entity);
        else
            QCOMPARE(m_window->docks()->claimsPanel()->currentClaim(), marks[i].claim);
    }
}

// A year reads "1986" and a month "Mar 2024" on the timeline's axis, in its
// tooltips and in the entity list, never as their first day ("1 Jan 1986").
void TestSidebar::datesShownAtTheirPrecision()
{
    const auto restore = qScopeGuard([previous = QLocale()] { QLocale::setDefault(previous); });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto analysis = std::make_shared<Analysis>(*Fixture::analysis());
    const int year = Fixture::entityIndex(*analysis, QStringLiteral("Friday, 17 May 2024"));
    const int month = Fixture::entityIndex(*analysis, QStringLiteral("Thursday, 16 May 2024"));
    analysis->entities[year].value = QStringLiteral("1986");
    analysis->entities[month].value = QStringLiteral("2024-03");
    show(analysis);
    m_window->docks()->timelineDock()->raise();
    QApplication::processEvents();
    TimelineWidget *timeline = m_window->docks()->timeline();
    QCOMPARE(timeline->axisLabels(), QStringList({QStringLiteral("1986"), QStringLiteral("Mar 2024")}));
    const QList<TimelineWidget::Mark> marks = timeline->marks();
    for (int i = 0; i < marks.size(); ++i) {
        if (marks[i].entity < 0)
            continue;
        const QPoint at = timeline->markRect(i).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, timeline->mapToGlobal(at));
        QApplication::sendEvent(timeline, &help);
        const QString tip = QToolTip::text();
        const QString expected = marks[i].entity == year ? QStringLiteral("1986") : QStringLiteral("Mar 2024");
        QVERIFY2(tip.contains(QStringLiteral(" \u00b7 ") + expected + u'\n'), qPrintable(tip));
    }
    EntitySidebar *sidebar = m_window->docks()->entitySidebar();
    const QString tip = proxyIndexOf(sidebar, QStringLiteral("Friday, 17 May 2024")).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Date: 1986\n")), qPrintable(tip));
    // The line the entity list draws under the name.
    QCOMPARE(proxyIndexOf(sidebar, QStringLiteral("Thursday, 16 May 2024")).data(EntityTreeModel::DetailRole).toString(),
             QStringLiteral("Mar 2024 \u00b7 Thursday, 16 May"));
}

void TestSidebar::reanalysisKeepsSelection()
{
    const auto corpus = Fixture::corpus();
    show(Fixture::analysis(Fixture::Variant::First, corpus));
    EntitySidebar *sidebar = m_window->docks()->entitySidebar();
    sidebar->view()->setFixedHeight(90); // so that there is something to scroll
    QApplication::processEvents();
    clickEntity(QStringLiteral("Harbin"));
    QScrollBar *bar = sidebar->view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const int scrolled = bar->value();

    const AnalysisPtr again = Fixture::analysis(Fixture::Variant::Reanalysed, corpus);
    m_window->showAnalysis(again);
    QApplication::processEvents();
    QCOMPARE(sidebar->currentEntity(), Fixture::entityIndex(*again, QStringLiteral("Harbin")));
    QCOMPARE(m_window->docks()->currentEntity(), Fixture::entityIndex(*again, QStringLiteral("Harbin")));
    QCOMPARE(bar->value(), scrolled);
    QCOMPARE(highlighted(*m_window, 1), QStringList({QStringLiteral("Harbin")}));
}

void TestSidebar::clickBenchmark()
{
    show(Fixture::largeAnalysis(200));
    EntitySidebar *sidebar = m_window->docks()->entitySidebar();
    const QModelIndex ushakov = proxyIndexOf(sidebar, QStringLiteral("Yuri Ushakov"));
    const QModelIndex kremlin = proxyIndexOf(sidebar, QStringLiteral("Kremlin"));
    QVERIFY(ushakov.isValid() && kremlin.isValid());
    // Clicking back and forth between two entities of a 200-article corpus walks
    // all their mentions each time (the time it takes is measured in tests/bench).
    for (int round = 0; round < 4; ++round) {
        const QModelIndex index = round % 2 ? kremlin : ushakov;
        const QPoint at = sidebar->view()->visualRect(index).center();
        QTest::mouseClick(sidebar->view()->viewport(), Qt::LeftButton, {}, at);
        QApplication::processEvents();
        QCOMPARE(m_window->docks()->walk().size(), 800);
    }
}

void TestSidebar::seedCorpus()
{
    QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
    m_window->openPaths({QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024")});
    QVERIFY(shown.wait(120000));
    const AnalysisPtr analysis = m_window->analysis();
    int ushakov = -1;
    int harbin = -1;
    for (int i = 0; i < analysis->entities.size(); ++i) {
        const Entity &e = analysis->entities[i];
        if (e.type == EntityType::Person && e.spellings.contains(QStringLiteral("Yury Ushakov"))
            && e.spellings.contains(QStringLiteral("Yuri Ushakov")))
            ushakov = i;
        if (e.type == EntityType::Place && e.name == QStringLiteral("Harbin"))
            harbin = i;
    }
    if (analysis->entities.isEmpty())
        QSKIP("the engine finds no entities in the seed corpus yet (extraction pending)");
    QVERIFY2(ushakov >= 0, "Yuri and Yury Ushakov should be one person");
    QVERIFY(harbin >= 0);
    EntitySidebar *sidebar = m_window->docks()->entitySidebar();
    clickEntity(proxyIndexOf(sidebar, analysis->entities[ushakov].name).data(EntityTreeModel::NameRole).toString());
    // Articles 000, 001 and 004 name him; the highlights carry both spellings.
    QStringList all;
    for (int a : {0, 1, 4}) {
        const QStringList texts = highlighted(*m_window, a);
        QVERIFY2(!texts.isEmpty(), qPrintable(QString::number(a)));
        all << texts;
    }
    QVERIFY(all.contains(QStringLiteral("Yuri Ushakov")));
    QVERIFY(all.contains(QStringLiteral("Yury Ushakov")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(analysis->entities[ushakov].name));

    const qsizetype at = analysis->corpus->articles[1].text.indexOf(QStringLiteral("Harbin"));
    QVERIFY(at >= 0);
    clickText(*m_window, 1, at + 2);
    QCOMPARE(sidebar->currentEntity(), harbin);
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
