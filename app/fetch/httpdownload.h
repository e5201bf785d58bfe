// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One HTTP(S) GET within FetchLimits: redirects followed up to the limit, gzip undone by Qt,
// the body refused as soon as its type is not one of the accepted ones or it grows past the
// size limit, and one sentence a reader understands when it fails.
#include "fetchlimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct FetchedPage
{
    QUrl url;          // as asked for
    QUrl finalUrl;     // after redirects
    QByteArray body;   // decompressed
    QString mimeType;  // lower case, without parameters: "text/html"
    QString charset;   // from the Content-Type header, or empty
    QDateTime fetched; // UTC, when the answer was complete
    QString error;     // why there is no page; empty on success

    bool ok() const { return error.isEmpty(); }
};

// The MIME types of pages that can be articles, and of RSS and Atom feeds.
const QStringList &articleMimeTypes();
const QStringList &feedMimeTypes();
// What a feed's address gives when an article was asked for.
QString notArticleBecauseFeed();
// http or https with a host: the only addresses Parallax fetches.
bool isWebAddress(const QUrl &url);

class HttpDownload : public QObject
{
    Q_OBJECT
public:
    // Starts at once on `network`; finished() is emitted exactly once, also after abort().
    HttpDownload(QNetworkAccessManager *network, const QUrl &url, const QStringList &acceptedTypes, const FetchLimits &limits,
                 QObject *parent = nullptr);
    ~HttpDownload() override;
    void abort(); // the reader cancelled: fails with "cancelled"

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const FetchedPage &page);

private:
    void checkHeaders();
    void readBody();
    void fail(const QString &reason);
    void complete();

    QPointer<QNetworkReply> m_reply;
    FetchedPage m_page;
    QStringList m_accepted;
    FetchLimits m_limits;
    QTimer m_timer;
    bool m_done = false;
};
