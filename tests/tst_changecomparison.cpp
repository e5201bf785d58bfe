// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing an open comparison in the real main window: an article removed from its column
// header's menu or with Delete in the Articles list, analysed again, put back by Edit > Undo,
// with the reader's verdicts and notes kept; a comparison without the article saved and
// opened again; the corpus edits themselves on invented articles.
#include "analysisjson.h"
#include "articlecolumn.h"
#include "articlelistdock.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "corpusedit.h"
#include "corpusmodel.h"
#include "mainwindow.h"
#include "readermarks.h"
#include "sessioncontroller.h"
#include "testrepository.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

QString seedDir()
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024");
}

Article invented(const QString &id, const QString &outlet, const QString &folder)
{
    Article a;
    a.id = id;
    a.outlet = outlet;
    a.filePath = folder + u'/' + id + QStringLiteral(".txt");
    a.text = QStringLiteral("Text of ") + id;
    return a;
}

// The ids of the shown columns, left to right.
QStringList shownIds(const MainWindow &window)
{
    QStringList ids;
    for (int a : window.comparisonView()->visibleOrder())
        ids << window.corpusModel()->corpus()->articles[a].id;
    return ids;
}

// The first claim whose members include (or leave out) article `article`.
int claimWith(const Analysis &analysis, int article, bool included)
{
    for (int c = 0; c < analysis.claims.size(); ++c) {
        const Claim &claim = analysis.claims[c];
        const bool has =
            std::any_of(claim.members.cbegin(), claim.members.cend(), [&](const ClaimMember &m) { return m.article == article; });
        if (has == included && claim.members.size() >= 2)
            return c;
    }
    return -1;
}

// Triggers the entry `text` of the context menu that `open` pops up.
void chooseFromPopup(const std::function<void()> &open, const QString &text)
{
    bool chosen = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            if (a->text().remove(u'&') == text && a->isEnabled()) {
                menu->close();
                a->trigger();
                chosen = true;
                return;
            }
        }
        menu->close();
    });
    open();
    QTRY_VERIFY(chosen);
}

QAction *editMenuAction(const MainWindow &window, const QString &startsWith)
{
    for (QAction *a : window.menus().edit->actions()) {
        if (a->text().remove(u'&').startsWith(startsWith))
            return a;
    }
    return nullptr;
}

} // namespace

class TestChangeComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void corpusEdits();
    void removeFromHeaderMenuThenUndo();
    void deleteKeyInArticleList();
    void removedArticleStaysOutWhenReopened();

private:
    void openSeed(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestChangeComparison::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("PARALLAX_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toUtf8());
    // A copy of the default corpus, so that comparisons can be saved beside it.
    const QString corpus = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(corpus));
    for (const QString &name : QDir(seedDir()).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(seedDir()).filePath(name), QDir(corpus).filePath(name)));
}

void TestChangeComparison::openSeed(MainWindow &window)
{
    window.show();
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openPaths({m_dir.filePath(QStringLiteral("seed"))});
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
    QCOMPARE(window.corpusModel()->rowCount(), 5);
}

void TestChangeComparison::corpusEdits()
{
    Corpus corpus;
    corpus.folder = QStringLiteral("/stories/flood");
    corpus.title = QStringLiteral("The flood");
    corpus.articles = {invented(QStringLiteral("a"), QStringLiteral("Tide"), corpus.folder),
                       invented(QStringLiteral("b"), QStringLiteral("Tide"), corpus.folder),
                       invented(QStringLiteral("c"), QStringLiteral("Gazette"), QStringLiteral("/web/1"))};
    corpus.articles[0].name = QStringLiteral("Tide");
    corpus.articles[1].name = QStringLiteral("Tide (2)");
    // The folder, then the files added from elsewhere.
    QCOMPARE(corpusSources(corpus), (QStringList{QStringLiteral("/stories/flood"), QStringLiteral("/web/1/c.txt")}));

    const Corpus without = withoutArticle(corpus, 0);
    QCOMPARE(without.articles.size(), 2);
    QCOMPARE(without.title, corpus.title);
    QCOMPARE(without.articles[0].id, QStringLiteral("b"));
    QCOMPARE(without.articles[0].name, QStringLiteral("Tide")); // no longer one of two
    bool added = false;
    const Corpus back = withArticle(without, corpus.articles[0], 0, &added);
    QVERIFY(added);
    QCOMPARE(back.articles[0].id, QStringLiteral("a"));
    QCOMPARE(back.articles[1].name, QStringLiteral("Tide (2)"));
    withArticle(back, corpus.articles[0], 2, &added);
    QVERIFY(!added); // already there
    QCOMPARE(withoutFiles(corpus, {QStringLiteral("/stories/flood/./b.txt")}).articles.size(), 2);

    // Columns for a corpus loaded again: the old order, hidden ones kept hidden, new ones last.
    Corpus grown = corpus;
    grown.articles.append(invented(QStringLiteral("d"), QStringLiteral("Herald"), QStringLiteral("/web/2")));
    QCOMPARE(
        columnsById(grown, {{QStringLiteral("c"), QStringLiteral("a")}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}),
        (QList<int>{2, 0, 3}));
}

void TestChangeComparison::removeFromHeaderMenuThenUndo()
{
    MainWindow window(testRepository());
    openSeed(window);
    const QString title = window.windowTitle();
    QVERIFY(title.startsWith(u"Putin"));
    const AnalysisPtr before = window.analysis();
    const QStringList idsBefore = shownIds(window);
    // The reader's marks: one on a claim the removed article has no part in, one on its claims.
    constexpr int removed = 2;
    const int kept = claimWith(*before, removed, false);
    const int gone = claimWith(*before, removed, true);
    QVERIFY(kept >= 0 && gone >= 0);
    const QString keptKey = before->claims[kept].key;
    const QString goneKey = before->claims[gone].key;
    window.session()->readerMarks()->setVerdict(keptKey, Verdict::Confirmed);
    window.session()->readerMarks()->setNote(goneKey, QStringLiteral("ask the third outlet"));

    // The column header's context menu: Remove Article.
    QSignalSpy analysed(&window, &MainWindow::analysisShown);
    QWidget *header = window.comparisonView()->column(removed)->header();
    chooseFromPopup(
        [&] {
            QContextMenuEvent event(QContextMenuEvent::Mouse, header->rect().center(), header->mapToGlobal(header->rect().center()));
            QApplication::sendEvent(header, &event);
        },
        QStringLiteral("Remove Article"));
    // Shown at once, analysed in the background.
    QCOMPARE(window.corpusModel()->rowCount(), 4);
    QCOMPARE(window.comparisonView()->visibleOrder().size(), 4);
    QStringList expected = idsBefore;
    expected.removeAt(removed);
    QCOMPARE(shownIds(window), expected);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, 60000);
    QCOMPARE(window.analysis()->corpus->articles.size(), 4);
    QCOMPARE(window.windowTitle(), title);
    // The verdict's claim still exists and keeps it; the note waits for its article.
    QVERIFY(!window.session()->readerMarks()->unmatchedKeys(*window.analysis()).contains(keptKey));
    QCOMPARE(window.session()->readerMarks()->verdict(keptKey), Verdict::Confirmed);
    QVERIFY(window.session()->readerMarks()->unmatchedKeys(*window.analysis()).contains(goneKey));

    // Edit > Undo brings it back where it was, with its note.
    QAction *undo = editMenuAction(window, QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(before->corpus->articles[removed].sourceName()), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(window.corpusModel()->rowCount(), 5);
    QCOMPARE(shownIds(window), idsBefore);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 2, 60000);
    QCOMPARE(analysisJson(*window.analysis()), analysisJson(*before)); // the same comparison again
    QVERIFY(window.session()->readerMarks()->unmatchedKeys(*window.analysis()).isEmpty());
    QCOMPARE(window.session()->readerMarks()->note(goneKey), QStringLiteral("ask the third outlet"));
    QCOMPARE(window.session()->readerMarks()->verdict(keptKey), Verdict::Confirmed);
    // And Redo removes it again.
    QAction *redo = editMenuAction(window, QStringLiteral("Redo"));
    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QCOMPARE(window.corpusModel()->rowCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 3, 60000);
}

void TestChangeComparison::deleteKeyInArticleList()
{
    MainWindow window(testRepository());
    openSeed(window);
    ArticleListDock *dock = window.articleList();
    dock->show();
    dock->raise();
    QListView *list = dock->list();
    QCOMPARE(list->model()->rowCount(), 5);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(4, 0));
    const QString last = window.corpusModel()->corpus()->articles[4].id;
    QSignalSpy analysed(&window, &MainWindow::analysisShown);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->model()->rowCount(), 4);
    QCOMPARE(window.corpusModel()->corpus()->indexOf(last), -1);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, 60000);
    QCOMPARE(window.comparisonEditor()->undoStack()->count(), 1);
    // The only article left is never removed: a comparison needs one.
    for (int n = 0; n < 3; ++n)
        QVERIFY(window.comparisonEditor()->removeArticle(0));
    QVERIFY(!window.comparisonEditor()->removeArticle(0));
}

// Saved without an article of its folder, the comparison opens again without it.
void TestChangeComparison::removedArticleStaysOutWhenReopened()
{
    const QString path = m_dir.filePath(QStringLiteral("four.parallax"));
    QStringList ids;
    QString title;
    {
        MainWindow window(testRepository());
        openSeed(window);
        QSignalSpy analysed(&window, &MainWindow::analysisShown);
        QVERIFY(window.comparisonEditor()->removeArticle(1));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, 60000);
        QVERIFY(window.session()->saveComparison(path));
        ids = shownIds(window);
        title = window.corpusModel()->corpus()->title;
    }
    MainWindow window(testRepository());
    QSignalSpy restored(window.session(), &SessionController::comparisonRestored);
    window.session()->openComparison(path);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 60000);
    QVERIFY2(window.session()->sessionReport().isEmpty(), qPrintable(window.session()->sessionReport()));
    QCOMPARE(window.corpusModel()->rowCount(), 4);
    QCOMPARE(shownIds(window), ids);
    QCOMPARE(window.corpusModel()->corpus()->title, title);
    QCOMPARE(window.comparisonEditor()->leftOut().size(), 1);
}

QTEST_MAIN(TestChangeComparison)
#include "tst_changecomparison.moc"
