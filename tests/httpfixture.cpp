// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfixture.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 404: return "Not Found";
    default: return "Status";
    }
}

} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    // qCompress: 4-byte length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian(crc32(data), trailer);
    qToLittleEndian(quint32(data.size()), trailer + 4);
    out += QByteArray(trailer, 8);
    return out;
}

HttpFixture::HttpFixture()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

bool HttpFixture::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void HttpFixture::stop()
{
    m_server.close();
}

QUrl HttpFixture::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void HttpFixture::redirect(const QString &path, const QString &target, int status)
{
    HttpRoute r;
    r.status = status;
    r.contentType = "text/html";
    r.headers = {{"Location", target.toUtf8()}};
    route(path, r);
}

void HttpFixture::serve(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->setProperty("answered", true);
    ++m_requests;
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    const QString path = line.size() > 1 ? QString::fromUtf8(line[1]) : QString();
    HttpRoute r = m_routes.value(path, HttpRoute{404, "text/html", "<html><body><p>No such page.</p></body></html>", {}, 0, false, false});
    const QByteArray body = r.gzip ? gzipCompress(r.body) : r.body;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\nConnection: close\r\n";
    if (!r.contentType.isEmpty())
        head += "Content-Type: " + r.contentType + "\r\n";
    if (r.gzip)
        head += "Content-Encoding: gzip\r\n";
    if (!r.endless)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, head, body, endless = r.endless] {
        if (!guard)
            return;
        guard->write(head + body);
        if (!endless) {
            guard->disconnectFromHost();
            return;
        }
        // Keep the pipe full until the client gives up.
        const QByteArray chunk(64 * 1024, 'x');
        QObject::connect(guard, &QTcpSocket::bytesWritten, guard, [guard, chunk] {
            if (guard && guard->bytesToWrite() < 4 * chunk.size())
                guard->write(chunk);
        });
        guard->write(chunk);
    };
    if (r.delayMs > 0)
        QTimer::singleShot(r.delayMs, socket, send);
    else
        send();
}
