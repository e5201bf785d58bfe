// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagearticle.h"

#include <QRegularExpression>

namespace {

// What the importer should read the body as.
QString formatOf(const FetchedPage &page)
{
    if (page.mimeType == u"text/plain")
        return QStringLiteral("txt");
    if (page.mimeType.isEmpty() && !page.body.trimmed().startsWith('<'))
        return QStringLiteral("txt");
    return QStringLiteral("html");
}

} // namespace

QString articleIdForUrl(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QStringLiteral("www.")))
        host = host.mid(4);
    QString path = url.path().toLower();
    path.replace(QRegularExpression(QStringLiteral("\\.(s?html?|php|aspx?)$")), QString());
    path.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    path = path.mid(0, 60);
    while (path.startsWith(u'-'))
        path.remove(0, 1);
    while (path.endsWith(u'-'))
        path.chop(1);
    return path.isEmpty() ? host : host + u'-' + path;
}

ImportResult articleFromPage(const FetchedPage &page)
{
    ImportResult result = importArticleBytes(page.body, formatOf(page), page.charset);
    if (result.article) {
        Article &a = *result.article;
        a.id = articleIdForUrl(page.finalUrl);
        a.url = page.finalUrl.toString();
        a.fetched = page.fetched;
    }
    return result;
}

bool isFeedPage(const FetchedPage &page)
{
    if (page.mimeType == u"application/rss+xml" || page.mimeType == u"application/atom+xml")
        return true;
    if (!page.mimeType.isEmpty() && !page.mimeType.endsWith(u"xml"))
        return false;
    // application/xml and text/xml carry feeds and XHTML alike: look at the root element.
    static const QRegularExpression root(QStringLiteral("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rss|feed|rdf:RDF)[\\s>]"),
                                         QRegularExpression::DotMatchesEverythingOption);
    return root.match(QString::fromLatin1(page.body.left(4096))).hasMatch();
}

void fillFromFeedItem(Article &article, const FeedItem &item)
{
    if (article.outlet.isEmpty())
        article.outlet = item.outlet;
    if (article.title.isEmpty())
        article.title = item.title;
    if (!article.published.isValid() && item.published.isValid())
        article.published = item.published.date();
}
