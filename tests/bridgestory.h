// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One invented event told by two invented outlets, served by an HttpFixture:
// /ledger/bridge (Coastal Ledger), /post/bridge (Valley Post), and /feed.xml, an RSS feed
// of both plus an item whose page is gone (/gone answers 404).
#include "httpfixture.h"

// A news page with navigation around the article, as sites have.
QByteArray articlePage(const QByteArray &outlet, const QByteArray &headline, const QByteArray &body);
void serveBridgeStory(HttpFixture &server);
