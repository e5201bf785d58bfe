// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "backgroundpriority.h"
#include "parallelfor.h"
#include "claimaligner.h"
#include "entityextractor.h"
#include "sentencesplitter.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

AnalysisPtr analyzeCorpus(std::shared_ptr<const Corpus> corpus, const AnalysisProgress &progress)
{
    auto canceled = [&] { return progress.canceled && progress.canceled(); };
    auto report = [&](int percent, const char *stage) {
        if (progress.report)
            progress.report(percent, QCoreApplication::translate("Analyzer", stage));
    };

    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;

    report(0, QT_TRANSLATE_NOOP("Analyzer", "Splitting sentences"));
    analysis->sentences.resize(corpus->articles.size());
    parallelFor(int(corpus->articles.size()), [&](int index) {
        const Article &a = corpus->articles.at(index);
        QList<Sentence> &list = analysis->sentences[index];
        for (const TextRange &r : splitSentences(a.text))
            list.append({r, a.overlapsClutter(r)});
    });
    if (canceled())
        return nullptr;

    report(10, QT_TRANSLATE_NOOP("Analyzer", "Finding people, organizations, places and dates"));
    analysis->entities = extractEntities(*corpus, analysis->sentences, canceled);
    if (canceled())
        return nullptr;

    report(60, QT_TRANSLATE_NOOP("Analyzer", "Aligning claims"));
    analysis->claims = alignClaims(*corpus, analysis->sentences, analysis->entities, canceled, ClaimTuning::fromEnvironment());
    if (canceled())
        return nullptr;

    assignClaimKeys(analysis->claims, *corpus);
    analysis->buildArticleIndex();
    analysis->rankClaimTexts();
    report(100, QT_TRANSLATE_NOOP("Analyzer", "Done"));
    return analysis;
}

void analyzeCorpusTask(QPromise<AnalysisPtr> &promise, std::shared_ptr<const Corpus> corpus)
{
    lowerThreadPriority();
    promise.setProgressRange(0, 100);
    AnalysisProgress progress;
    progress.canceled = [&promise] { return promise.isCanceled(); };
    progress.report = [&promise](int percent, const QString &stage) { promise.setProgressValueAndText(percent, stage); };
    AnalysisPtr result = analyzeCorpus(std::move(corpus), progress);
    if (result)
        promise.addResult(std::move(result));
}
