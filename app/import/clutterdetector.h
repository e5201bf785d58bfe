// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the lines of an article's text that are not the report itself: "READ MORE" links,
// photo captions and credits, agency slugs, paywall notes, comment prompts, site footers
// and summaries appended by a republisher. General rules about how such lines look,
// no per-site lists.
#include "textrange.h"

#include <QList>
#include <QStringView>

// Ranges are trimmed lines (or a line's leading paywall label), in text order, not overlapping.
QList<TextRange> detectClutter(QStringView text);

// "Updated 6:12 PM EST, Nov. 3, 2025": the page's own publication or update time. Clutter
// for the report, yet where the metadata guesser reads the publication date.
bool isPageTimestamp(QStringView line);
