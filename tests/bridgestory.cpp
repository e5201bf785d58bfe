// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridgestory.h"

QByteArray articlePage(const QByteArray &outlet, const QByteArray &headline, const QByteArray &body)
{
    return "<html><head><title>" + headline + "</title><meta property=\"og:site_name\" content=\"" + outlet + "\"></head><body>"
           + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><article><h1>" + headline + "</h1>" + body
           + "</article></body></html>";
}

void serveBridgeStory(HttpFixture &server)
{
    HttpRoute page;
    page.body = articlePage("Coastal Ledger", "Harbour bridge reopens after repairs",
                            "<p>The harbour bridge reopened to traffic on Tuesday after eleven weeks of repairs, the city council said.</p>"
                            "<p>The mayor said the work had cost 12 million euros.</p>");
    server.route(QStringLiteral("/ledger/bridge"), page);
    page.body = articlePage("Valley Post", "Bridge open again",
                            "<p>The bridge reopened on Tuesday after repairs that lasted eleven weeks, the council said.</p>"
                            "<p>The mayor said the work had cost 14 million euros.</p>");
    server.route(QStringLiteral("/post/bridge"), page);
    HttpRoute feed;
    feed.contentType = "application/rss+xml";
    feed.body =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bridge news</title>"
        "<item><title>Harbour bridge reopens</title><link>/ledger/bridge</link><pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>"
        "<item><title>Bridge open again</title><link>/post/bridge</link><pubDate>Tue, 04 Mar 2025 11:00:00 +0000</pubDate></item>"
        "<item><title>Road works</title><link>/gone</link></item></channel></rss>";
    server.route(QStringLiteral("/feed.xml"), feed);
}
