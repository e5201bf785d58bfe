// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bounds of one download: a page that breaks one of them fails with a reason, never
// stalls or fills the memory. Tests shrink them to fit a local server.
#include <QtGlobal>

#include <chrono>

struct FetchLimits
{
    int maxRedirects = 5;
    std::chrono::milliseconds timeLimit{30000}; // the whole request, redirects included
    qint64 maxBytes = 10 * 1024 * 1024;         // the body after gzip is undone
};
