// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `parallax fetch URL|FEED... -o DIR`: fetches pages, and the items of feeds (addresses or
// files), into DIR with a corpus.json manifest; one line per failure on stderr.
#include <QStringList>

// Needs a running QCoreApplication; returns the exit code (0 all fetched, 1 any failed, 2 misuse).
int runFetch(const QStringList &args);
