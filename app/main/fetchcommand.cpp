// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchcommand.h"

#include "articlefolder.h"
#include "pagearticle.h"
#include "pagefetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace {

// tr() with the context "main", in a form lupdate reads.
struct FetchText
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void reportFailure(const QString &what, const QString &reason)
{
    QTextStream(stderr) << "parallax fetch: " << what << ": " << reason << Qt::endl;
}

// Fetches `urls` and waits; the results in the order of `urls`.
QList<PageFetchResult> fetchAndWait(const QList<QUrl> &urls, bool acceptFeeds)
{
    PageFetcher fetcher;
    fetcher.setAcceptFeeds(acceptFeeds);
    QList<PageFetchResult> results(urls.size());
    QObject::connect(&fetcher, &PageFetcher::pageDone, &fetcher, [&results](const PageFetchResult &r) { results[r.index] = r; });
    QEventLoop loop;
    QObject::connect(&fetcher, &PageFetcher::finished, &loop, &QEventLoop::quit);
    fetcher.start(urls);
    if (!urls.isEmpty())
        loop.exec();
    return results;
}

class FetchRun
{
public:
    // An argument is a web address (a page or a feed) or a feed file.
    void addArgument(const QString &arg)
    {
        const QUrl url(arg);
        if (isWebAddress(url))
            return m_given.append(url);
        QFile file(arg);
        if (!file.open(QIODevice::ReadOnly))
            return fail(arg, FetchText::tr("neither a web address nor a readable feed file"));
        addFeed(arg, readFeed(file.read(kMaxArticleBytes), QUrl()));
    }

    void run()
    {
        // Given addresses may be feeds; the items of every feed are fetched as pages after them.
        const QList<PageFetchResult> first = fetchAndWait(m_given, true);
        for (const PageFetchResult &r : first)
            take(r);
        for (const PageFetchResult &r : fetchAndWait(m_items, false))
            take(r);
    }

    QList<Article> articles;
    int failures = 0;

private:
    void addFeed(const QString &where, const Feed &feed)
    {
        if (!feed.ok())
            return fail(where, feed.error);
        for (const FeedItem &item : feed.items) {
            if (!m_itemOf.contains(item.link) && !m_given.contains(item.link)) {
                m_itemOf.insert(item.link, item);
                m_items.append(item.link);
            }
        }
    }

    void take(const PageFetchResult &r)
    {
        if (!r.ok())
            return fail(r.url.toString(), r.error);
        if (r.feed)
            return addFeed(r.url.toString(), *r.feed);
        Article a = *r.article;
        const auto item = m_itemOf.constFind(r.url);
        if (item != m_itemOf.constEnd())
            fillFromFeedItem(a, *item);
        articles.append(a);
    }

    void fail(const QString &what, const QString &reason)
    {
        ++failures;
        reportFailure(what, reason);
    }

    QList<QUrl> m_given;
    QList<QUrl> m_items;
    QHash<QUrl, FeedItem> m_itemOf;
};

} // namespace

int runFetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FetchText::tr("Fetch web pages, or the items of RSS and Atom feeds, into a corpus folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("fetch"), QString());
    parser.addPositionalArgument(QStringLiteral("sources"), FetchText::tr("Web addresses of articles or feeds, or feed files."),
                                 QStringLiteral("URL|FEED..."));
    QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                 FetchText::tr("Write the articles and corpus.json into <folder>."), QStringLiteral("folder"));
    parser.addOption(outOption);
    parser.process(args);
    const QStringList sources = parser.positionalArguments().mid(1);
    const QString out = parser.value(outOption);
    if (sources.isEmpty() || out.isEmpty()) {
        QTextStream(stderr) << "parallax fetch: " << FetchText::tr("give web addresses or feeds, and -o FOLDER") << Qt::endl;
        return 2;
    }
    FetchRun run;
    for (const QString &source : sources)
        run.addArgument(source);
    run.run();
    if (!run.articles.isEmpty()) {
        const SavedArticles saved = saveArticlesToFolder(run.articles, out);
        for (const QString &file : saved.files)
            QTextStream(stdout) << file << Qt::endl;
        if (!saved.ok()) {
            reportFailure(out, saved.error);
            return 1;
        }
    }
    QTextStream(stderr) << "parallax fetch: "
                        << FetchText::tr("articles fetched: %1, failed: %2").arg(run.articles.size()).arg(run.failures) << Qt::endl;
    return run.failures > 0 || run.articles.isEmpty() ? 1 : 0;
}
