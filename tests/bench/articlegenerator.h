// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes realistic synthetic news coverage of one big story for benchmarks:
// every article recombines a pool of facts (with varied wording, names,
// numbers and dates, and some outlets getting a number or a date wrong) with
// filler sentences, so that extraction and alignment do real work.
// Deterministic for a given seed.
#include "corpus.h"

#include <QString>

struct GeneratorOptions
{
    int articles = 500;
    int wordsPerArticle = 600;
    quint32 seed = 20240516;
};

Corpus generateCorpus(const GeneratorOptions &options);
// Writes the articles as .txt files plus a corpus.json into `folder`.
bool writeCorpus(const Corpus &corpus, const QString &folder, QString *error = nullptr);
