// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefetcher.h"

#include "httpdownload.h"
#include "pagearticle.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtConcurrent>

namespace {

// tr() with the context "PageFetcher", in a form lupdate reads.
struct FetcherText
{
    Q_DECLARE_TR_FUNCTIONS(PageFetcher)
};

// Enough to hide one slow server behind the others without opening a flood of connections.
constexpr int kParallelDownloads = 4;

// Off the GUI thread: parsing a page of several megabytes takes a while.
PageFetchResult convert(const FetchedPage &page, bool acceptFeeds)
{
    PageFetchResult result;
    result.url = page.url;
    if (isFeedPage(page)) {
        if (!acceptFeeds) {
            result.error = notArticleBecauseFeed();
            return result;
        }
        Feed feed = readFeed(page.body, page.finalUrl);
        if (!feed.ok())
            result.error = feed.error;
        else
            result.feed = std::move(feed);
        return result;
    }
    ImportResult imported = articleFromPage(page);
    result.encoding = imported.encoding;
    if (imported.article)
        result.article = std::move(imported.article);
    else
        result.error = FetcherText::tr("not an article: %1").arg(imported.error);
    return result;
}

} // namespace

PageFetcher::PageFetcher(QObject *parent)
    : QObject(parent)
{
}

PageFetcher::~PageFetcher()
{
    clear();
}

void PageFetcher::clear()
{
    ++m_generation;
    for (Slot &slot : m_slots) {
        if (slot.download) {
            slot.download->disconnect(this);
            slot.download->deleteLater();
        }
    }
    m_slots.clear();
    m_pending = 0;
    m_running = 0;
    m_cancelling = false;
}

void PageFetcher::start(const QList<QUrl> &urls)
{
    clear();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    for (const QUrl &url : urls)
        m_slots.append({url});
    m_pending = int(urls.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT finished();
        });
        return;
    }
    startNext();
}

void PageFetcher::startNext()
{
    if (m_cancelling)
        return;
    for (int i = 0; i < m_slots.size() && m_running < kParallelDownloads; ++i) {
        Slot &slot = m_slots[i];
        if (slot.started)
            continue;
        slot.started = true;
        ++m_running;
        QStringList accepted = articleMimeTypes();
        if (m_acceptFeeds)
            accepted += feedMimeTypes();
        slot.download = new HttpDownload(m_network, slot.url, accepted, m_limits, this);
        connect(slot.download, &HttpDownload::progress, this,
                [this, i](qint64 received, qint64 total) { Q_EMIT progress(i, received, total); });
        connect(slot.download, &HttpDownload::finished, this, [this, i](const FetchedPage &page) { downloaded(i, page); });
    }
}

void PageFetcher::downloaded(int index, const FetchedPage &page)
{
    Slot &slot = m_slots[index];
    slot.download->deleteLater();
    slot.download = nullptr;
    --m_running;
    startNext();
    if (!page.ok()) {
        PageFetchResult failed;
        failed.url = page.url;
        failed.error = page.error;
        failed.index = index;
        report(std::move(failed));
        return;
    }
    auto *watcher = new QFutureWatcher<PageFetchResult>(this);
    connect(watcher, &QFutureWatcher<PageFetchResult>::finished, this, [this, watcher, index, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer batch replaced this one
        PageFetchResult result = watcher->result();
        result.index = index;
        report(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run(convert, page, m_acceptFeeds));
}

void PageFetcher::report(PageFetchResult result)
{
    Slot &slot = m_slots[result.index];
    if (slot.done)
        return; // cancelled while it was being read
    slot.done = true;
    Q_EMIT pageDone(result);
    if (--m_pending == 0)
        Q_EMIT finished();
}

void PageFetcher::cancel()
{
    const quint64 generation = m_generation;
    m_cancelling = true;
    for (int i = 0; i < m_slots.size() && generation == m_generation; ++i) {
        Slot &slot = m_slots[i];
        if (slot.done)
            continue;
        if (slot.download) {
            slot.download->abort(); // reports "cancelled" through downloaded()
            continue;
        }
        slot.started = true; // never start it now
        PageFetchResult cancelled;
        cancelled.index = i;
        cancelled.url = slot.url;
        cancelled.error = QCoreApplication::translate("HttpDownload", "cancelled");
        report(std::move(cancelled));
    }
}
