// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedarticle.h"

#include "httpdownload.h"
#include "pagearticle.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

// tr() with the context "PastedArticle", in a form lupdate reads.
struct PasteText
{
    Q_DECLARE_TR_FUNCTIONS(PastedArticle)
};

// Firefox: text/x-moz-url-priv (UTF-16, the page's address); Chromium: chromium/x-source-url.
// Both browsers also put the address in the HTML itself when asked for a link.
QUrl addressFromFormats(const QMimeData &mime)
{
    for (const char *format : {"text/x-moz-url-priv", "chromium/x-source-url", "text/x-moz-url"}) {
        const QByteArray bytes = mime.data(QString::fromLatin1(format));
        if (bytes.isEmpty())
            continue;
        // The Mozilla formats are UTF-16; a NUL in the second byte gives that away.
        const QString text =
            bytes.size() > 1 && bytes.at(1) == '\0' ? QStringDecoder(QStringConverter::Utf16LE).decode(bytes) : QString::fromUtf8(bytes);
        const QUrl url(text.section(u'\n', 0, 0).trimmed());
        if (isWebAddress(url))
            return url;
    }
    return {};
}

} // namespace

QUrl sourceAddressOf(const QMimeData &mime)
{
    const QUrl fromFormats = addressFromFormats(mime);
    if (!fromFormats.isEmpty())
        return fromFormats;
    // Copying a page's address gives a URL only: that is a link to fetch, not a source of text.
    if (mime.hasHtml() || mime.hasText()) {
        for (const QUrl &url : mime.urls()) {
            if (isWebAddress(url))
                return url;
        }
    }
    return {};
}

ImportResult articleFromMimeData(const QMimeData &mime, const QDateTime &now)
{
    ImportResult result;
    if (mime.hasHtml())
        result = importArticleBytes(mime.html().toUtf8(), QStringLiteral("html"), QStringLiteral("UTF-8"));
    // HTML that holds no text (an image copied alone) falls back on the text the browser gave.
    if (!result.article && mime.hasText())
        result = importArticleBytes(mime.text().toUtf8(), QStringLiteral("txt"), QStringLiteral("UTF-8"));
    if (!result.article) {
        if (result.error.isEmpty() || (!mime.hasHtml() && !mime.hasText()))
            result.error = PasteText::tr("the clipboard holds no text");
        return result;
    }
    Article &a = *result.article;
    const QUrl source = sourceAddressOf(mime);
    if (!source.isEmpty())
        a.url = source.toString();
    a.id = !source.isEmpty() ? articleIdForUrl(source) : QStringLiteral("pasted-") + now.toString(QStringLiteral("yyyy-MM-dd-hhmmss"));
    return result;
}
