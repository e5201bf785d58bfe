// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 for the fetch tests: each path answers with a fixed
// status, headers and body, after a delay, as gzip, or with a body that never ends.
// One request per connection (Connection: close), which is all QNetworkAccessManager needs.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

struct HttpRoute
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra ones, e.g. {"Location", "/b"}
    int delayMs = 0;                              // before anything is sent
    bool gzip = false;                            // body sent gzip-compressed, with Content-Encoding: gzip
    bool endless = false;                         // the body never ends (no Content-Length)
};

class HttpFixture : public QObject
{
    Q_OBJECT
public:
    HttpFixture();
    bool listen();
    void stop();
    QUrl url(const QString &path) const;
    void route(const QString &path, const HttpRoute &route) { m_routes.insert(path, route); }
    // A redirect from `path` to `target` (a path on this server or a whole address).
    void redirect(const QString &path, const QString &target, int status = 302);
    int requests() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket);
    QTcpServer m_server;
    QHash<QString, HttpRoute> m_routes;
    int m_requests = 0;
};

// RFC 1952: gzip framing around the raw deflate stream that qCompress() makes.
QByteArray gzipCompress(const QByteArray &data);
