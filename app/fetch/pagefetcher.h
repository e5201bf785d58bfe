// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fetches a list of addresses in the background, a few at a time: each gives an article (or,
// when feeds are accepted, a feed's items) or one reason why not, while the others go on.
// The network is first touched in start(): Parallax opens no connection unless asked.
#include "feedreader.h"
#include "fetchlimits.h"

#include "article.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class HttpDownload;
class QNetworkAccessManager;
struct FetchedPage;

struct PageFetchResult
{
    int index = -1; // into the list given to start()
    QUrl url;
    std::optional<Article> article;
    std::optional<Feed> feed; // when feeds are accepted and the address served one
    QString encoding;         // what the article was decoded from, e.g. "ISO-8859-1"
    QString error;            // set when neither came: why, in one phrase

    bool ok() const { return error.isEmpty(); }
};

class PageFetcher : public QObject
{
    Q_OBJECT
public:
    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    // A feed's address then gives its items (PageFetchResult::feed) instead of "not an article".
    void setAcceptFeeds(bool accept) { m_acceptFeeds = accept; }
    // Fetches `urls`; a batch still running is cancelled first (its results are not reported).
    void start(const QList<QUrl> &urls);
    // Every address not yet done is reported as cancelled, then finished() comes.
    void cancel();
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void progress(int index, qint64 received, qint64 total); // total -1 when unknown
    void pageDone(const PageFetchResult &result);
    void finished(); // every address of the batch has been reported

private:
    struct Slot
    {
        QUrl url;
        HttpDownload *download = nullptr;
        bool started = false;
        bool done = false;
    };
    void startNext();
    void downloaded(int index, const FetchedPage &page);
    void report(PageFetchResult result);
    void clear();

    QNetworkAccessManager *m_network = nullptr;
    FetchLimits m_limits;
    bool m_acceptFeeds = false;
    bool m_cancelling = false; // no new download starts
    QList<Slot> m_slots;
    int m_pending = 0;
    int m_running = 0;
    quint64 m_generation = 0;
};
