// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads a corpus from a folder (with its optional corpus.json manifest) or from files.
// Files that cannot be loaded are reported in Corpus::problems; the rest still load.
#include "corpus.h"

#include <QStringList>

#include <functional>

struct LoadProgress
{
    std::function<bool()> canceled;       // polled before each file is imported
    std::function<void(int, int)> report; // files imported so far, of how many; called from worker threads
};

// When `progress.canceled` turns true, the files not yet imported are skipped and the corpus
// returned is incomplete: the caller, who canceled, drops it.
Corpus loadCorpus(const QStringList &paths, const LoadProgress &progress = {});
