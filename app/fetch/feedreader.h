// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an RSS 2.0 or Atom feed into its items (title, link, outlet, date) with
// QXmlStreamReader; a malformed feed gives one sentence saying where and why.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

struct FeedItem
{
    QString title;
    QUrl link;           // absolute
    QString outlet;      // the feed's own title
    QDateTime published; // invalid when the feed gives none or one that cannot be read
};

struct Feed
{
    QString title;
    QList<FeedItem> items; // in the feed's order; items without a web address are left out
    QString error;         // set when the feed could not be read; items are then empty

    bool ok() const { return error.isEmpty(); }
};

// `base` resolves relative links (the feed's own address, or empty for a file).
Feed readFeed(const QByteArray &xml, const QUrl &base = {});
