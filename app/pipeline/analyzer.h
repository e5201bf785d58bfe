// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The analysis pipeline: corpus in, immutable analysis out. Pure engine code,
// usable from the command line, the GUI's worker and tests.
#include "analysis.h"

#include <QPromise>

#include <functional>

struct AnalysisProgress
{
    std::function<bool()> canceled;                   // polled between stages and articles
    std::function<void(int, const QString &)> report; // percent done, stage name
};

// Returns nullptr if canceled.
AnalysisPtr analyzeCorpus(std::shared_ptr<const Corpus> corpus, const AnalysisProgress &progress = {});

// For QtConcurrent::run: reports progress and honours cancellation through the promise.
void analyzeCorpusTask(QPromise<AnalysisPtr> &promise, std::shared_ptr<const Corpus> corpus);
