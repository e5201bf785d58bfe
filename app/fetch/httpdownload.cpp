// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpdownload.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// tr() with the context "HttpDownload", in a form lupdate reads.
struct DownloadText
{
    Q_DECLARE_TR_FUNCTIONS(HttpDownload)
};

QString durationText(std::chrono::milliseconds ms)
{
    return ms.count() % 1000 == 0 ? DownloadText::tr("%1 s").arg(ms.count() / 1000) : DownloadText::tr("%1 ms").arg(ms.count());
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return DownloadText::tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'g', 3);
    return bytes >= 1024 ? DownloadText::tr("%1 KB").arg(bytes / 1024) : DownloadText::tr("%n byte(s)", nullptr, int(bytes));
}

QString httpStatusText(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return phrase.isEmpty() ? DownloadText::tr("the server answered HTTP %1").arg(status)
                            : DownloadText::tr("the server answered HTTP %1 (%2)").arg(status).arg(phrase);
}

QString reasonFor(const QNetworkReply *reply, const FetchLimits &limits)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError: return DownloadText::tr("host not found (%1)").arg(reply->url().host());
    case QNetworkReply::ConnectionRefusedError: return DownloadText::tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError: return DownloadText::tr("the server closed the connection before answering");
    case QNetworkReply::TimeoutError:
        return DownloadText::tr("timed out: no complete answer within %1").arg(durationText(limits.timeLimit));
    case QNetworkReply::TooManyRedirectsError:
        return DownloadText::tr("more than %1 redirects (a redirect loop?)").arg(limits.maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return DownloadText::tr("redirected from a secure (https) address to an insecure one, which is refused");
    case QNetworkReply::SslHandshakeFailedError: return DownloadText::tr("the secure connection failed (%1)").arg(reply->errorString());
    default: break;
    }
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400)
        return httpStatusText(reply);
    return reply->errorString();
}

} // namespace

const QStringList &articleMimeTypes()
{
    static const QStringList types = {QStringLiteral("text/html"), QStringLiteral("application/xhtml+xml"), QStringLiteral("text/plain")};
    return types;
}

const QStringList &feedMimeTypes()
{
    static const QStringList types = {QStringLiteral("application/rss+xml"), QStringLiteral("application/atom+xml"),
                                      QStringLiteral("application/xml"), QStringLiteral("text/xml")};
    return types;
}

QString notArticleBecauseFeed()
{
    return DownloadText::tr("not an article: the address serves a news feed");
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

HttpDownload::HttpDownload(QNetworkAccessManager *network, const QUrl &url, const QStringList &acceptedTypes, const FetchLimits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_accepted(acceptedTypes)
    , m_limits(limits)
{
    m_page.url = url;
    m_page.finalUrl = url;
    if (!isWebAddress(url)) {
        // Emitted from the event loop, so whoever constructed us has connected first.
        QTimer::singleShot(0, this, [this] { fail(DownloadText::tr("not a web address (only http and https are fetched)")); });
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(limits.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Parallax/%1").arg(QCoreApplication::applicationVersion()));
    // Qt asks for gzip and deflate and undoes them itself as long as Accept-Encoding is not set here.
    m_reply = network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpDownload::checkHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpDownload::readBody);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpDownload::progress);
    connect(m_reply, &QNetworkReply::finished, this, &HttpDownload::complete);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { fail(DownloadText::tr("timed out: no complete answer within %1").arg(durationText(m_limits.timeLimit))); });
    m_timer.start(m_limits.timeLimit);
}

HttpDownload::~HttpDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpDownload::abort()
{
    fail(DownloadText::tr("cancelled"));
}

void HttpDownload::checkHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect Qt follows; the next answer's headers come later
    if (status >= 400)
        return fail(httpStatusText(m_reply));
    const QString contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QStringList parts = contentType.split(u';');
    m_page.mimeType = parts.first().trimmed().toLower();
    for (const QString &part : parts.mid(1)) {
        const QString p = part.trimmed();
        if (p.startsWith(QStringLiteral("charset="), Qt::CaseInsensitive))
            m_page.charset = p.mid(8).remove(u'"').remove(u'\'').trimmed();
    }
    // A server that names no type is given the benefit of the doubt; the importer still judges the text.
    if (feedMimeTypes().contains(m_page.mimeType) && !m_accepted.contains(m_page.mimeType))
        return fail(notArticleBecauseFeed());
    if (!m_page.mimeType.isEmpty() && !m_accepted.contains(m_page.mimeType))
        return fail(DownloadText::tr("not an article: the address serves %1, not a web page or text").arg(m_page.mimeType));
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_limits.maxBytes)
        return fail(DownloadText::tr("too large: the page is %1, over the limit of %2").arg(sizeText(length), sizeText(m_limits.maxBytes)));
}

void HttpDownload::readBody()
{
    m_page.body += m_reply->readAll();
    if (m_page.body.size() > m_limits.maxBytes)
        fail(DownloadText::tr("too large: the page is over the limit of %1").arg(sizeText(m_limits.maxBytes)));
}

void HttpDownload::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_page.body.clear();
    m_page.error = reason;
    Q_EMIT finished(m_page);
}

void HttpDownload::complete()
{
    if (m_done)
        return;
    if (m_reply->error() != QNetworkReply::NoError)
        return fail(reasonFor(m_reply, m_limits));
    readBody();
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_page.finalUrl = m_reply->url();
    // Whole seconds: the time is written to corpus.json that way, and must read back the same.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_page.fetched = now.addMSecs(-now.time().msec());
    m_reply->disconnect(this);
    m_reply->deleteLater();
    Q_EMIT finished(m_page);
}
