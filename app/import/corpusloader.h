// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads a corpus from a folder (with its optional corpus.json manifest) or from files.
// Files that cannot be loaded are reported in Corpus::problems; the rest still load.
#include "corpus.h"

#include <QStringList>

Corpus loadCorpus(const QStringList &paths);
