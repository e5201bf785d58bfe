// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fetched page as an article: decoded with the charset of the header, else the page's
// <meta>, else the detector; read by the HTML importer (metadata, clutter); carrying the
// address it came from and when it was fetched.
#include "articleimporter.h"
#include "feedreader.h"
#include "httpdownload.h"

// An id a reader recognises, made of the address: "example.org-world-talks-resume".
QString articleIdForUrl(const QUrl &url);
ImportResult articleFromPage(const FetchedPage &page);
// Whether the page is an RSS or Atom feed rather than an article (by its type, else its first tag).
bool isFeedPage(const FetchedPage &page);
// What the feed said of an item fills what its page left open (outlet, title, date).
void fillFromFeedItem(Article &article, const FeedItem &item);
