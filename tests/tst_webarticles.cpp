// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Articles from the clipboard, from web addresses, from a feed and from a dropped link join
// the open comparison in the real main window; pages come from a local HTTP server.
#include "aboutdialog.h"
#include "addressdialog.h"
#include "analysisjson.h"
#include "claimsmodel.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "corpusloader.h"
#include "corpusmodel.h"
#include "feeddialog.h"
#include "bridgestory.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "sessioncontroller.h"
#include "testrepository.h"
#include "translations.h"
#include "readermarks.h"

#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The controls Tab reaches from `dialog`, in order.
QList<QWidget *> tabOrder(QWidget *dialog)
{
    QList<QWidget *> order;
    for (QWidget *w = dialog->nextInFocusChain(); w != dialog; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dialog))
            order.append(w);
    }
    return order;
}

} // namespace

class TestWebArticles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pasteHtmlJoinsComparison();
    void pastePlainTextOpensComparison();
    void addressDialogWithOneFailure();
    void cancelStopsFetching();
    void dialogsStartAtTheirInput();
    void feedItemsTicked();
    void malformedFeedFile();
    void droppedLinkIsFetched();
    void comparisonOfFetchedPagesOpensOffline();
    void savedArticlesOpenAsTheSameArticles();
    void aboutSaysWhenTheNetworkIsUsed();
    void screenshots();

private:
    // Opens the two-article corpus and waits for its analysis.
    void openCorpus(MainWindow &window);
    // Fetches the bridge story's two pages from the server into an empty window and waits for the analysis.
    void fetchBridgeStory(MainWindow &window);
    int articleCount(const MainWindow &window) const
    {
        return window.corpusModel()->corpus() ? int(window.corpusModel()->corpus()->articles.size()) : 0;
    }
    HttpFixture m_server;
    QTemporaryDir m_dir;
    QString m_webDir;
};

void TestWebArticles::initTestCase()
{
    QVERIFY(m_server.listen());
    serveBridgeStory(m_server);
    HttpRoute slow;
    slow.body = articlePage("Valley Post", "Bridge open again", "<p>The bridge reopened on Tuesday after repairs, the council said.</p>");
    slow.delayMs = 1500;
    m_server.route(QStringLiteral("/slow/bridge"), slow);

    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("corpus"))));
    writeFile(m_dir.filePath(QStringLiteral("corpus/a.txt")),
              "Bridge to reopen\n\nThe harbour bridge will reopen on Tuesday, the city council said on Monday.\n");
    writeFile(m_dir.filePath(QStringLiteral("corpus/b.txt")),
              "Repairs end\n\nRepairs to the harbour bridge end this week, the council said.\n");
    writeFile(m_dir.filePath(QStringLiteral("corpus/corpus.json")), R"({"format": "parallax-corpus/1", "title": "The harbour bridge"})");
    m_webDir = m_dir.filePath(QStringLiteral("web"));
    qputenv("PARALLAX_WEB_ARTICLES_DIR", m_webDir.toUtf8());
    qputenv("PARALLAX_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toUtf8());
}

void TestWebArticles::init()
{
    QDir(m_webDir).removeRecursively();
}

void TestWebArticles::openCorpus(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openPaths({m_dir.filePath(QStringLiteral("corpus"))});
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
    QCOMPARE(articleCount(window), 2);
}

void TestWebArticles::fetchBridgeStory(MainWindow &window)
{
    AddressDialog *dialog =
        window.openAddressDialog({m_server.url(QStringLiteral("/ledger/bridge")), m_server.url(QStringLiteral("/post/bridge"))}, true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->addButton()->isEnabled(), 10000);
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    dialog->addButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
}

void TestWebArticles::pasteHtmlJoinsComparison()
{
    MainWindow window(testRepository());
    openCorpus(window);
    // A verdict on a claim of the comparison as it was.
    QVERIFY(!window.analysis()->claims.isEmpty());
    const QString key = window.analysis()->claims[0].key;
    window.session()->readerMarks()->setVerdict(key, Verdict::Confirmed);
    // The reader put the second article first.
    window.comparisonView()->moveColumn(1, 0);
    QCOMPARE(window.comparisonView()->visibleOrder(), (QList<int>{1, 0}));

    QMimeData mime;
    mime.setHtml(QString::fromUtf8(articlePage("Coastal Ledger", "Harbour bridge reopens after repairs",
                                               "<p>The harbour bridge reopened to traffic on Tuesday, the city council said.</p>")));
    mime.setText(QStringLiteral("Harbour bridge reopens after repairs"));
    QStringEncoder utf16(QStringConverter::Utf16LE);
    mime.setData(QStringLiteral("text/x-moz-url-priv"), utf16.encode(QStringLiteral("https://ledger.example/bridge")));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    QVERIFY(window.pasteArticle(mime));
    // Nothing is removed while the grown comparison loads: the change would drop the load.
    QVERIFY(!window.comparisonEditor()->removeArticle(0));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
    QCOMPARE(articleCount(window), 3);
    const Article &pasted = window.corpusModel()->corpus()->articles.last();
    QCOMPARE(pasted.outlet, QStringLiteral("Coastal Ledger"));
    QCOMPARE(pasted.url, QStringLiteral("https://ledger.example/bridge"));
    QVERIFY(pasted.text.contains(u"reopened to traffic"));
    QVERIFY(!pasted.text.contains(u"Sport"));
    QVERIFY(pasted.filePath.startsWith(m_webDir));
    // The comparison grew; it was not replaced: the reader's verdict, the corpus's title and
    // the columns as the reader laid them out are still there, the new one at the right.
    QCOMPARE(window.session()->readerMarks()->verdict(key), Verdict::Confirmed);
    QCOMPARE(window.corpusModel()->corpus()->title, QStringLiteral("The harbour bridge"));
    QVERIFY(window.windowTitle().startsWith(u"The harbour bridge"));
    QCOMPARE(window.comparisonView()->visibleOrder(), (QList<int>{1, 0, 2}));
    QVERIFY(window.comparisonEditor()->removeArticle(2));
}

void TestWebArticles::pastePlainTextOpensComparison()
{
    MainWindow window(testRepository());
    QMimeData mime;
    mime.setText(QStringLiteral("Bridge reopens\n\nThe bridge reopened on Tuesday, the council said.\n"));
    QSignalSpy corpus(&window, &MainWindow::corpusShown);
    QVERIFY(window.pasteArticle(mime));
    QTRY_COMPARE_WITH_TIMEOUT(corpus.size(), 1, 30000);
    QCOMPARE(articleCount(window), 1);
    QCOMPARE(window.corpusModel()->corpus()->articles.first().format, QStringLiteral("txt"));

    QMimeData empty;
    empty.setData(QStringLiteral("image/png"), QByteArray("\x89PNG"));
    QVERIFY(!window.pasteArticle(empty));
}

void TestWebArticles::addressDialogWithOneFailure()
{
    MainWindow window(testRepository());
    openCorpus(window);
    AddressDialog *dialog = window.openAddressDialog({}, false);
    // Three addresses inside a message, one of which the server does not have.
    dialog->setAddressText(QStringLiteral("Two versions: %1 and %2, plus this one (%3).")
                               .arg(m_server.url(QStringLiteral("/ledger/bridge")).toString(),
                                    m_server.url(QStringLiteral("/post/bridge")).toString(),
                                    m_server.url(QStringLiteral("/gone")).toString()));
    QSignalSpy finished(dialog, &AddressDialog::fetchFinished);
    dialog->fetch();
    QVERIFY(dialog->isFetching());
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY2(dialog->status().startsWith(u"Fetching"), qPrintable(dialog->status()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    // What was fetched, not "Fetching" once it has ended.
    QVERIFY2(dialog->status().startsWith(u"2 of 3 fetched."), qPrintable(dialog->status()));
    QTreeWidget *list = dialog->progressList();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Fetched: Coastal Ledger"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Fetched: Valley Post"));
    QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("Failed: the server answered HTTP 404 (Not Found)"));
    QCOMPARE(dialog->articles().size(), 2);
    QVERIFY(dialog->addButton()->isEnabled());

    QSignalSpy shown(&window, &MainWindow::analysisShown);
    dialog->addButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
    QCOMPARE(articleCount(window), 4);
    QCOMPARE(window.corpusModel()->corpus()->articles[3].outlet, QStringLiteral("Valley Post"));
    QVERIFY(window.corpusModel()->corpus()->articles[3].fetched.isValid());
}

// Tab goes from what the reader types (addresses, a feed's address) to the list of rows.
void TestWebArticles::dialogsStartAtTheirInput()
{
    AddressDialog addresses;
    addresses.setAddressText(QStringLiteral("http://127.0.0.1:9/a"));
    addresses.progressList()->show();
    const QList<QWidget *> addressOrder = tabOrder(&addresses);
    QVERIFY(addressOrder.size() >= 2);
    QVERIFY(qobject_cast<QPlainTextEdit *>(addressOrder[0]));
    QCOMPARE(addressOrder[1], addresses.progressList());

    FeedDialog feed;
    const QList<QWidget *> feedOrder = tabOrder(&feed);
    QVERIFY(feedOrder.size() >= 2);
    QVERIFY(qobject_cast<QLineEdit *>(feedOrder[0]));
    QCOMPARE(feedOrder[1], feed.itemList());
}

void TestWebArticles::cancelStopsFetching()
{
    MainWindow window(testRepository());
    AddressDialog *dialog =
        window.openAddressDialog({m_server.url(QStringLiteral("/slow/bridge")), m_server.url(QStringLiteral("/ledger/bridge"))}, true);
    QSignalSpy finished(dialog, &AddressDialog::fetchFinished);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->articles().size(), 1, 5000);
    QVERIFY(dialog->isFetching());
    QTest::keyClick(dialog, Qt::Key_Escape); // the first Cancel stops the fetch, the dialog stays
    QCOMPARE(finished.size(), 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->progressList()->topLevelItem(0)->text(1), QStringLiteral("Failed: cancelled"));
    QVERIFY(dialog->addButton()->isEnabled());
}

void TestWebArticles::feedItemsTicked()
{
    MainWindow window(testRepository());
    FeedDialog *feeds = window.openFeedDialog();
    QSignalSpy shown(feeds, &FeedDialog::feedShown);
    feeds->load(m_server.url(QStringLiteral("/feed.xml")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    QTreeWidget *items = feeds->itemList();
    QCOMPARE(items->topLevelItemCount(), 3);
    QCOMPARE(items->topLevelItem(0)->text(0), QStringLiteral("Harbour bridge reopens"));
    QCOMPARE(items->topLevelItem(0)->text(1), QStringLiteral("Bridge news"));
    QVERIFY(!items->topLevelItem(0)->text(2).isEmpty());
    QVERIFY(feeds->checkedItems().isEmpty());
    items->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QCOMPARE(feeds->checkedItems().size(), 1);
    QCOMPARE(feeds->checkedItems().first().link, m_server.url(QStringLiteral("/post/bridge")));

    QSignalSpy analysed(&window, &MainWindow::analysisShown);
    feeds->accept(); // the ticked item is fetched in the address dialog
    AddressDialog *fetching = window.findChild<AddressDialog *>();
    QVERIFY(fetching);
    QTRY_VERIFY_WITH_TIMEOUT(fetching->addButton()->isEnabled(), 10000);
    QCOMPARE(fetching->articles().size(), 1);
    QCOMPARE(fetching->articles().first().published, QDate(2025, 3, 4)); // from the feed: the page has no date
    fetching->addButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, 30000);
    QCOMPARE(articleCount(window), 1);
}

void TestWebArticles::malformedFeedFile()
{
    MainWindow window(testRepository());
    FeedDialog *feeds = window.openFeedDialog();
    const QString file = m_dir.filePath(QStringLiteral("broken.xml"));
    writeFile(file, "<?xml version=\"1.0\"?><rss><channel><item><title>Cut short");
    feeds->load(file);
    QCOMPARE(feeds->itemList()->topLevelItemCount(), 0);
    QVERIFY2(feeds->status().startsWith(QStringLiteral("The feed cannot be read: the feed is not well-formed XML (line 1")),
             qPrintable(feeds->status()));
}

void TestWebArticles::droppedLinkIsFetched()
{
    MainWindow window(testRepository());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *mime = new QMimeData;
    mime->setUrls({m_server.url(QStringLiteral("/ledger/bridge"))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    AddressDialog *dialog = window.findChild<AddressDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->articles().size(), 1, 10000);
    QCOMPARE(dialog->articles().first().url, m_server.url(QStringLiteral("/ledger/bridge")).toString());
    delete mime;
}

// The comparison file names the articles' files; fetched pages are files of their own, so the
// comparison opens again, the same, with the server gone.
void TestWebArticles::savedArticlesOpenAsTheSameArticles()
{
    MainWindow window(testRepository());
    fetchBridgeStory(window);
    const QList<Article> before = window.corpusModel()->corpus()->articles;
    QCOMPARE(before.size(), 2);

    const QString folder = m_dir.filePath(QStringLiteral("saved-articles"));
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy saved(&window, &MainWindow::articlesSaved);
    window.saveArticlesTo(folder);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(saved.first().first().toBool(), true);
    QVERIFY(window.messageBar()->text().contains(QDir::toNativeSeparators(folder)));

    // The folder opens again, with no server, as the same articles: text, headline, outlet,
    // address and the time each was fetched.
    const Corpus reopened = loadCorpus({folder});
    QCOMPARE(reopened.articles.size(), before.size());
    for (const Article &b : before) {
        const auto it =
            std::find_if(reopened.articles.cbegin(), reopened.articles.cend(), [&](const Article &a) { return a.url == b.url; });
        QVERIFY2(it != reopened.articles.cend(), qPrintable(b.url));
        QCOMPARE(it->text, b.text);
        QCOMPARE(it->title, b.title);
        QCOMPARE(it->outlet, b.outlet);
        QCOMPARE(it->fetched, b.fetched);
    }
}

void TestWebArticles::comparisonOfFetchedPagesOpensOffline()
{
    const QString path = m_dir.filePath(QStringLiteral("fetched.parallax"));
    QList<Article> before;
    QByteArray analysed;
    {
        MainWindow window(testRepository());
        fetchBridgeStory(window);
        window.session()->readerMarks()->setNote(window.analysis()->claims[0].key, QStringLiteral("check the cost"));
        QVERIFY(window.session()->saveComparison(path));
        before = window.corpusModel()->corpus()->articles;
        analysed = analysisJson(*window.analysis());
    }
    m_server.stop();
    MainWindow window(testRepository());
    QSignalSpy restored(window.session(), &SessionController::comparisonRestored);
    window.session()->openComparison(path);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 30000);
    QVERIFY2(window.session()->sessionReport().isEmpty(), qPrintable(window.session()->sessionReport()));
    const QList<Article> after = window.corpusModel()->corpus()->articles;
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].text, before[i].text);
        QCOMPARE(after[i].url, before[i].url);
        QCOMPARE(after[i].fetched, before[i].fetched);
        QCOMPARE(after[i].outlet, before[i].outlet);
    }
    QCOMPARE(analysisJson(*window.analysis()), analysed); // entities, claims and all, byte for byte
    QCOMPARE(window.session()->readerMarks()->note(window.analysis()->claims[0].key), QStringLiteral("check the cost"));
    QVERIFY(m_server.listen());
    serveBridgeStory(m_server);
}

void TestWebArticles::aboutSaysWhenTheNetworkIsUsed()
{
    AboutDialog about;
    QTextBrowser *text = about.findChild<QTextBrowser *>();
    QVERIFY(text);
    QVERIFY(text->toPlainText().contains(u"Parallax opens no network connection unless you ask for one"));
}

// With PARALLAX_SCREENSHOT_DIR set (under Xvfb): the address dialog while it fetches, and a feed's items.
void TestWebArticles::screenshots()
{
    const QString dir = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PARALLAX_SCREENSHOT_DIR is not set");
    // As the application shows them: "Fetching 4 pages…", not "4 page(s)".
    const InstalledTranslations english = installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto uninstall = qScopeGuard([english] {
        for (QTranslator *t : {english.parallax, english.qt}) {
            if (t)
                QCoreApplication::removeTranslator(t);
        }
    });
    MainWindow window(testRepository());
    window.show();
    AddressDialog *dialog = window.openAddressDialog({}, false);
    dialog->setAddressText(
        QStringLiteral("From the group chat:\n%1\n%2 (same story, other outlet)\n%3\nand the one that went away: %4")
            .arg(m_server.url(QStringLiteral("/ledger/bridge")).toString(), m_server.url(QStringLiteral("/post/bridge")).toString(),
                 m_server.url(QStringLiteral("/slow/bridge")).toString(), m_server.url(QStringLiteral("/gone")).toString()));
    dialog->fetch();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->articles().size(), 2, 5000);
    QTest::qWait(300);
    QVERIFY(dialog->isFetching());
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/address-dialog-progress.png")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), 10000);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/address-dialog-done.png")));
    dialog->close();

    FeedDialog *feeds = window.openFeedDialog();
    QSignalSpy shown(feeds, &FeedDialog::feedShown);
    feeds->load(m_server.url(QStringLiteral("/feed.xml")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
    feeds->itemList()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    feeds->itemList()->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QVERIFY(feeds->grab().save(dir + QStringLiteral("/feed-items.png")));
    feeds->close();

    // The default corpus of five articles, then a sixth from the local server (invented text).
    HttpRoute wire;
    wire.body = articlePage("Evening Wire", "Putin arrives in Beijing for two days of talks with Xi",
                            "<p>Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit, "
                            "his first trip abroad since he began his fifth term.</p>"
                            "<p>Putin and Chinese President Xi Jinping are to discuss trade, energy and the war in Ukraine.</p>"
                            "<p>Putin will also travel to Harbin, where he is expected to open a Russia-China trade fair.</p>");
    m_server.route(QStringLiteral("/wire/visit"), wire);
    MainWindow grown(testRepository());
    grown.resize(1920, 1050);
    grown.show();
    QSignalSpy analysed(&grown, &MainWindow::analysisShown);
    grown.openPaths({QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024")});
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, 60000);
    AddressDialog *sixth = grown.openAddressDialog({m_server.url(QStringLiteral("/wire/visit"))}, true);
    QTRY_VERIFY_WITH_TIMEOUT(sixth->addButton()->isEnabled(), 10000);
    sixth->addButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 2, 60000);
    QCOMPARE(articleCount(grown), 6);
    QCOMPARE(grown.comparisonView()->visibleOrder().size(), 6);
    QTest::qWait(1500); // the columns' highlighting, one per turn of the event loop
    QVERIFY(grown.grab().save(dir + QStringLiteral("/comparison-grew-to-six.png")));
}

QTEST_MAIN(TestWebArticles)
#include "tst_webarticles.moc"
