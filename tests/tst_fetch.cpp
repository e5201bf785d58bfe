// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching pages and feeds from a local HTTP server: articles, redirects, limits,
// refused types, gzip, charsets; feeds read into items; cancelling.
#include "addresstext.h"
#include "feedreader.h"
#include "httpfixture.h"
#include "pagearticle.h"
#include "pagefetcher.h"
#include "pastedarticle.h"

#include <QMimeData>
#include <QStringEncoder>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QByteArray kArticle =
    "<!doctype html><html><head><title>Harbour bridge reopens after repairs</title>"
    "<meta property=\"og:site_name\" content=\"The Coastal Ledger\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Harbour bridge reopens after repairs</h1>"
    "<p>The harbour bridge reopened to traffic on Tuesday after eleven weeks of repairs, the city council said.</p>"
    "<p>Engineers replaced forty steel cables and resurfaced the main deck, according to the council's statement.</p>"
    "<p>The mayor said the work had cost 12 million euros, two million less than planned.</p></article>"
    "<footer>Copyright The Coastal Ledger</footer></body></html>";

// German prose with umlauts in ISO-8859-1, long enough for the charset detector.
QByteArray latin1Page(const QByteArray &head)
{
    const QString text =
        QStringLiteral(
            "<html><head>%1<title>Brücke in Zürich wieder offen</title></head><body><article>"
            "<p>Die Brücke über die Limmat in Zürich ist nach elf Wochen Bauzeit am Dienstag wieder für den Verkehr geöffnet worden.</p>"
            "<p>Die Ingenieure ersetzten vierzig Stahlseile und erneuerten die Fahrbahn, teilte die Stadtverwaltung mit.</p>"
            "<p>Der Bürgermeister sagte, die Arbeiten hätten zwölf Millionen Franken gekostet, zwei Millionen weniger als geplant. "
            "Anwohner äußerten sich erleichtert über das Ende der Umleitungen durch die Straßen der Altstadt.</p>"
            "</article></body></html>")
            .arg(QString::fromLatin1(head));
    return text.toLatin1();
}

const QByteArray kRss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>The Coastal Ledger</title>"
                        "<link>http://127.0.0.1/</link><image><title>Logo</title></image>"
                        "<item><title>Harbour bridge reopens</title><link>/article</link>"
                        "<pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate></item>"
                        "<item><title>Second story</title><guid>/gzip</guid></item>"
                        "<item><title>No link at all</title></item>"
                        "</channel></rss>";

const QByteArray kAtom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                         "<title>Valley Post</title><entry><title type=\"html\">Dam &amp; lake</title>"
                         "<link rel=\"enclosure\" href=\"/photo.jpg\"/><link href=\"/article\"/>"
                         "<updated>2025-03-04T08:00:00Z</updated><published>2025-03-03T20:15:00+02:00</published></entry></feed>";

HttpRoute page(const QByteArray &body, const QByteArray &type = "text/html; charset=utf-8")
{
    HttpRoute r;
    r.body = body;
    r.contentType = type;
    return r;
}

} // namespace

class TestFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();
    void feedsOverHttp();
    void progressAndCancel();
    void readFeeds_data();
    void readFeeds();
    void articleIds_data();
    void articleIds();
    void addressesInText_data();
    void addressesInText();
    void pastedArticles();

private:
    QList<PageFetchResult> fetchAll(const QList<QUrl> &urls, const FetchLimits &limits, bool acceptFeeds = false);
    HttpFixture m_server;
};

void TestFetch::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.route(QStringLiteral("/article"), page(kArticle));
    m_server.redirect(QStringLiteral("/moved"), QStringLiteral("/moved-again"), 301);
    m_server.redirect(QStringLiteral("/moved-again"), m_server.url(QStringLiteral("/article")).toString());
    m_server.redirect(QStringLiteral("/loop-a"), QStringLiteral("/loop-b"));
    m_server.redirect(QStringLiteral("/loop-b"), QStringLiteral("/loop-a"));
    HttpRoute slow = page(kArticle);
    slow.delayMs = 3000;
    m_server.route(QStringLiteral("/slow"), slow);
    HttpRoute endless = page("<html><body><p>");
    endless.endless = true;
    m_server.route(QStringLiteral("/endless"), endless);
    m_server.route(QStringLiteral("/big"), page(QByteArray(300 * 1024, 'a')));
    m_server.route(QStringLiteral("/paper.pdf"), page("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf"));
    HttpRoute gzip = page(kArticle);
    gzip.gzip = true;
    m_server.route(QStringLiteral("/gzip"), gzip);
    m_server.route(QStringLiteral("/latin1-header"), page(latin1Page("<meta charset=\"utf-8\">"), "text/html; charset=ISO-8859-15"));
    m_server.route(QStringLiteral("/latin1-meta"), page(latin1Page("<meta charset=\"iso-8859-15\">"), "text/html"));
    m_server.route(QStringLiteral("/latin1-undeclared"), page(latin1Page(""), "text/html"));
    m_server.route(QStringLiteral("/latin1-lying"), page(latin1Page(""), "text/html; charset=utf-8"));
    m_server.route(QStringLiteral("/plain"),
                   page("Harbour bridge reopens\n\nThe bridge reopened on Tuesday, the council said.\n", "text/plain"));
    // Hostile pages: each gives an article or one reason, never a crash or a hang.
    const QByteArray para = "<p>The harbour bridge reopened on Tuesday, the council said.</p>";
    m_server.route(QStringLiteral("/huge-title"),
                   page("<html><head><title>" + QByteArray(1024 * 1024, 'T') + "</title></head><body>" + para + "</body></html>"));
    m_server.route(QStringLiteral("/deep"), page("<html><body>" + QByteArray("<div>").repeated(20000) + para + "</body></html>"));
    m_server.route(QStringLiteral("/huge-attribute"),
                   page("<html><body><div class=\"" + QByteArray(2 * 1024 * 1024, 'a') + "\">" + para + "</div></body></html>"));
    m_server.route(QStringLiteral("/scripts"), page("<html><body><script>" + QByteArray("document.write('x');").repeated(5000) + "</script>"
                                                    + para + "<script>while (true) {}</script></body></html>"));
    m_server.route(QStringLiteral("/empty"), page("<html><body><script>var a;</script></body></html>"));
    m_server.route(QStringLiteral("/feed.rss"), page(kRss, "application/rss+xml"));
    m_server.route(QStringLiteral("/feed.atom"), page(kAtom, "application/atom+xml"));
    m_server.route(QStringLiteral("/feed-broken"), page("<?xml version=\"1.0\"?><rss><channel><item><title>Cut", "text/xml"));
}

QList<PageFetchResult> TestFetch::fetchAll(const QList<QUrl> &urls, const FetchLimits &limits, bool acceptFeeds)
{
    PageFetcher fetcher;
    fetcher.setLimits(limits);
    fetcher.setAcceptFeeds(acceptFeeds);
    QList<PageFetchResult> results(urls.size());
    connect(&fetcher, &PageFetcher::pageDone, this, [&results](const PageFetchResult &r) { results[r.index] = r; });
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    fetcher.start(urls);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
    return results;
}

void TestFetch::pages_data()
{
    QTest::addColumn<QString>("address"); // a path on the fixture server, or a whole address
    QTest::addColumn<int>("timeLimitMs");
    QTest::addColumn<int>("sizeLimitKB");
    QTest::addColumn<QString>("error"); // a part of the reason, or empty when an article must come
    QTest::addColumn<QString>("text");  // a part of the article's text
    QTest::addColumn<QString>("finalPath");
    QTest::addColumn<QString>("encoding"); // what the page must have been decoded from, when it matters

    const QString bridge = QStringLiteral("forty steel cables");
    const QString zurich = QStringLiteral("Die Brücke über die Limmat in Zürich");
    QTest::addRow("article") << "/article" << 5000 << 10240 << QString() << bridge << "/article" << QString();
    QTest::addRow("two redirects") << "/moved" << 5000 << 10240 << QString() << bridge << "/article" << QString();
    QTest::addRow("redirect loop") << "/loop-a" << 5000 << 10240 << "more than 5 redirects" << QString() << QString() << QString();
    QTest::addRow("404") << "/nowhere" << 5000 << 10240 << "HTTP 404 (Not Found)" << QString() << QString() << QString();
    QTest::addRow("slow answer") << "/slow" << 300 << 10240 << "timed out: no complete answer within 300 ms" << QString() << QString()
                                 << QString();
    QTest::addRow("endless body") << "/endless" << 5000 << 256 << "too large: the page is over the limit of 256 KB" << QString()
                                  << QString() << QString();
    QTest::addRow("declared too large") << "/big" << 5000 << 256 << "too large: the page is 300 KB" << QString() << QString() << QString();
    QTest::addRow("pdf refused") << "/paper.pdf" << 5000 << 10240 << "not an article: the address serves application/pdf" << QString()
                                 << QString() << QString();
    QTest::addRow("gzip") << "/gzip" << 5000 << 10240 << QString() << bridge << "/gzip" << QString();
    QTest::addRow("latin-9 in the header, over the meta")
        << "/latin1-header" << 5000 << 10240 << QString() << zurich << "/latin1-header" << "ISO-8859-15";
    QTest::addRow("latin-9 in a meta tag") << "/latin1-meta" << 5000 << 10240 << QString() << zurich << "/latin1-meta" << "ISO-8859-15";
    QTest::addRow("latin-1 undeclared") << "/latin1-undeclared" << 5000 << 10240 << QString() << zurich << "/latin1-undeclared"
                                        << QString();
    QTest::addRow("latin-1 sent as utf-8") << "/latin1-lying" << 5000 << 10240 << QString() << zurich << "/latin1-lying" << QString();
    QTest::addRow("title of 1 MB") << "/huge-title" << 5000 << 10240 << QString() << "reopened on Tuesday" << "/huge-title" << QString();
    QTest::addRow("20000 nested divs") << "/deep" << 5000 << 10240 << QString() << "reopened on Tuesday" << "/deep" << QString();
    QTest::addRow("attribute of 2 MB") << "/huge-attribute" << 5000 << 10240 << QString() << "reopened on Tuesday" << "/huge-attribute"
                                       << QString();
    QTest::addRow("scripts") << "/scripts" << 5000 << 10240 << QString() << "reopened on Tuesday" << "/scripts" << QString();
    QTest::addRow("plain text") << "/plain" << 5000 << 10240 << QString() << "reopened on Tuesday" << "/plain" << QString();
    QTest::addRow("no article text") << "/empty" << 5000 << 10240 << "not an article: the page holds no article text" << QString()
                                     << QString() << QString();
    QTest::addRow("feed where a page is wanted")
        << "/feed.rss" << 5000 << 10240 << "not an article: the address serves a news feed" << QString() << QString() << QString();
    QTest::addRow("not a web address") << "ftp://127.0.0.1/a" << 5000 << 10240 << "not a web address" << QString() << QString()
                                       << QString();
    QTest::addRow("host not found") << "http://no-such-host.invalid/a" << 20000 << 10240 << "host not found (no-such-host.invalid)"
                                    << QString() << QString() << QString();
}

void TestFetch::pages()
{
    QFETCH(QString, address);
    QFETCH(int, timeLimitMs);
    QFETCH(int, sizeLimitKB);
    QFETCH(QString, error);
    QFETCH(QString, text);
    QFETCH(QString, finalPath);
    QFETCH(QString, encoding);
    FetchLimits limits;
    limits.timeLimit = std::chrono::milliseconds(timeLimitMs);
    limits.maxBytes = qint64(sizeLimitKB) * 1024;
    const QUrl url = address.startsWith(u'/') ? m_server.url(address) : QUrl(address);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QList<PageFetchResult> results = fetchAll({url}, limits);
    QCOMPARE(results.size(), 1);
    const PageFetchResult &r = results.first();
    QCOMPARE(r.index, 0);
    QCOMPARE(r.url, url);
    if (!error.isEmpty()) {
        QVERIFY(!r.article);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.article, qPrintable(r.error));
    QVERIFY2(r.article->text.contains(text), qPrintable(r.article->text));
    if (!encoding.isEmpty())
        QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.article->url, m_server.url(finalPath).toString());
    QVERIFY(r.article->fetched >= before.addSecs(-1) && r.article->fetched <= QDateTime::currentDateTimeUtc());
    QVERIFY(!r.article->id.isEmpty());
    if (text == u"forty steel cables") {
        // Through the HTML importer: metadata read, navigation left out.
        QCOMPARE(r.article->title, QStringLiteral("Harbour bridge reopens after repairs"));
        QCOMPARE(r.article->outlet, QStringLiteral("The Coastal Ledger"));
        QVERIFY(!r.article->text.contains(u"World"));
    }
}

void TestFetch::feedsOverHttp()
{
    FetchLimits limits;
    limits.timeLimit = 5s;
    const QList<PageFetchResult> results =
        fetchAll({m_server.url(QStringLiteral("/feed.rss")), m_server.url(QStringLiteral("/feed.atom")),
                  m_server.url(QStringLiteral("/feed-broken")), m_server.url(QStringLiteral("/article"))},
                 limits, true);
    QVERIFY2(results[0].feed, qPrintable(results[0].error));
    QCOMPARE(results[0].feed->items.size(), 2);
    QCOMPARE(results[0].feed->items[0].link, m_server.url(QStringLiteral("/article"))); // relative to the feed's address
    QCOMPARE(results[0].feed->items[1].link, m_server.url(QStringLiteral("/gzip")));
    QVERIFY2(results[1].feed, qPrintable(results[1].error));
    QCOMPARE(results[1].feed->items.size(), 1);
    QCOMPARE(results[1].feed->items[0].outlet, QStringLiteral("Valley Post"));
    QVERIFY(!results[2].feed);
    QVERIFY2(results[2].error.startsWith(u"the feed is not well-formed XML (line 1"), qPrintable(results[2].error));
    QVERIFY(results[3].article); // a page is still an article when feeds are accepted
}

void TestFetch::progressAndCancel()
{
    FetchLimits limits;
    limits.timeLimit = 10s;
    PageFetcher fetcher;
    fetcher.setLimits(limits);
    QList<PageFetchResult> results;
    connect(&fetcher, &PageFetcher::pageDone, this, [&results](const PageFetchResult &r) { results.append(r); });
    QSignalSpy progress(&fetcher, &PageFetcher::progress);
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    QList<QUrl> urls{m_server.url(QStringLiteral("/article"))};
    for (int i = 0; i < 6; ++i)
        urls << m_server.url(QStringLiteral("/slow"));
    fetcher.start(urls);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
    QVERIFY(results[0].article);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QVERIFY(fetcher.isRunning());
    fetcher.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results.size(), 7);
    for (int i = 1; i < 7; ++i)
        QCOMPARE(results[i].error, QStringLiteral("cancelled"));
    QVERIFY(!fetcher.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestFetch::readFeeds_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("dates"); // ISO, UTC; empty for none

    QTest::addRow("rss 2.0") << kRss << QString() << QStringList{"Harbour bridge reopens", "Second story"}
                             << QStringList{"http://example.net/article", "http://example.net/gzip"}
                             << QStringList{"2025-03-04T08:30:00Z", ""};
    QTest::addRow("atom") << kAtom << QString() << QStringList{"Dam & lake"} << QStringList{"http://example.net/article"}
                          << QStringList{"2025-03-03T18:15:00Z"};
    QTest::addRow("undefined entity") << QByteArray("<rss><channel><item><title>A&nbsp;B</title></item></channel></rss>")
                                      << "the feed is not well-formed XML (line 1" << QStringList() << QStringList() << QStringList();
    QTest::addRow("cut short") << QByteArray("<rss><channel><item><title>Cut") << "the feed is not well-formed XML" << QStringList()
                               << QStringList() << QStringList();
    QTest::addRow("not xml") << QByteArray("<html><body><p>Hello & bye</p></body></html>")
                             << "not an RSS or Atom feed (its root element is <html>)" << QStringList() << QStringList() << QStringList();
    QTest::addRow("other xml") << QByteArray("<?xml version=\"1.0\"?><svg><g/></svg>")
                               << "not an RSS or Atom feed (its root element is <svg>)" << QStringList() << QStringList() << QStringList();
    QTest::addRow("empty") << QByteArray() << "the feed is empty" << QStringList() << QStringList() << QStringList();
    QTest::addRow("too deep") << QByteArray("<rss>") + QByteArray("<a>").repeated(100) << "nested more than 64 levels" << QStringList()
                              << QStringList() << QStringList();
    QTest::addRow("javascript link left out") << QByteArray(
        "<rss><channel><title>T</title><item><title>X</title><link>javascript:alert(1)</link></item></channel></rss>")
                                              << QString() << QStringList() << QStringList() << QStringList();
}

void TestFetch::readFeeds()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, links);
    QFETCH(QStringList, dates);
    const Feed feed = readFeed(xml, QUrl(QStringLiteral("http://example.net/news/feed.xml")));
    if (!error.isEmpty()) {
        QVERIFY2(feed.error.contains(error), qPrintable(feed.error));
        QVERIFY(feed.items.isEmpty());
        return;
    }
    QVERIFY2(feed.ok(), qPrintable(feed.error));
    QCOMPARE(feed.items.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(feed.items[i].title, titles[i]);
        QCOMPARE(feed.items[i].link.toString(), links[i]);
        QCOMPARE(feed.items[i].outlet, feed.title);
        QCOMPARE(feed.items[i].published.isValid() ? feed.items[i].published.toString(Qt::ISODate) : QString(), dates[i]);
    }
}

void TestFetch::articleIds_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::addRow("path") << "https://www.example.org/world/2025/03/talks-resume.html" << "example.org-world-2025-03-talks-resume";
    QTest::addRow("host only") << "https://example.org/" << "example.org";
    QTest::addRow("query ignored") << "http://example.org/a?id=7" << "example.org-a";
}

void TestFetch::articleIds()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QCOMPARE(articleIdForUrl(QUrl(url)), id);
}

void TestFetch::addressesInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::addRow("one per line") << "https://a.example/x\nhttp://b.example/y?z=1\n"
                                  << QStringList{"https://a.example/x", "http://b.example/y?z=1"};
    QTest::addRow("in a message")
        << "Look at this (https://a.example/story), and http://b.example/two. Also www.c.example and ftp://d.example/f!"
        << QStringList{"https://a.example/story", "http://b.example/two"};
    QTest::addRow("bracket of its own") << "see https://wiki.example/Foo_(bar) now" << QStringList{"https://wiki.example/Foo_(bar)"};
    QTest::addRow("repeated once") << "https://a.example/x https://a.example/x" << QStringList{"https://a.example/x"};
    QTest::addRow("angle brackets and quotes") << "<https://a.example/x> \"https://b.example/y\""
                                               << QStringList{"https://a.example/x", "https://b.example/y"};
    QTest::addRow("none") << "no addresses here: http:// alone" << QStringList();
}

void TestFetch::addressesInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QStringList found;
    for (const QUrl &url : webAddressesIn(text))
        found << url.toString();
    QCOMPARE(found, addresses);
}

void TestFetch::pastedArticles()
{
    QMimeData html;
    html.setHtml(QString::fromUtf8(kArticle));
    html.setText(QStringLiteral("Harbour bridge reopens after repairs"));
    // Firefox's own format for the page a copy came from: UTF-16.
    QStringEncoder utf16(QStringConverter::Utf16LE);
    html.setData(QStringLiteral("text/x-moz-url-priv"), utf16.encode(QStringLiteral("https://ledger.example/bridge")));
    const ImportResult fromHtml = articleFromMimeData(html);
    QVERIFY2(fromHtml.article, qPrintable(fromHtml.error));
    QVERIFY(fromHtml.article->text.contains(u"forty steel cables"));
    QVERIFY(!fromHtml.article->text.contains(u"World")); // the navigation is not the article
    QCOMPARE(fromHtml.article->title, QStringLiteral("Harbour bridge reopens after repairs"));
    QCOMPARE(fromHtml.article->url, QStringLiteral("https://ledger.example/bridge"));
    QCOMPARE(fromHtml.article->id, QStringLiteral("ledger.example-bridge"));

    QMimeData text;
    text.setText(QStringLiteral("Bridge reopens\n\nThe bridge reopened on Tuesday, the council said.\n"));
    const ImportResult fromText = articleFromMimeData(text, QDateTime(QDate(2025, 3, 4), QTime(9, 30, 15)));
    QVERIFY2(fromText.article, qPrintable(fromText.error));
    QCOMPARE(fromText.article->format, QStringLiteral("txt"));
    QCOMPARE(fromText.article->id, QStringLiteral("pasted-2025-03-04-093015"));
    QVERIFY(fromText.article->url.isEmpty());

    QMimeData image;
    image.setData(QStringLiteral("image/png"), QByteArray("\x89PNG"));
    QCOMPARE(articleFromMimeData(image).error, QStringLiteral("the clipboard holds no text"));
}

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
