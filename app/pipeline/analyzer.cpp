// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "backgroundpriority.h"
#include "claimaligner.h"
#include "entityextractor.h"
#include "sentencesplitter.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_set>
#include <vector>

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
    QList<int> indices(corpus->articles.size());
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int index) {
        lowerThreadPriority();
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
    // The same members twice say nothing new and would share a reader's verdict.
    // Members are compared as a set of (article, start, end): sorted, then hashed.
    {
        using Place = std::array<qint64, 3>;
        struct PlacesHash
        {
            size_t operator()(const std::vector<Place> &places) const noexcept
            {
                size_t h = places.size();
                for (const Place &p : places) {
                    for (qint64 v : p)
                        h = (h ^ size_t(v)) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
                }
                return h;
            }
        };
        std::unordered_set<std::vector<Place>, PlacesHash> seen;
        seen.reserve(size_t(analysis->claims.size()));
        QList<Claim> unique;
        unique.reserve(analysis->claims.size());
        for (Claim &c : analysis->claims) {
            std::vector<Place> places;
            places.reserve(size_t(c.members.size()));
            for (const ClaimMember &m : c.members)
                places.push_back({m.article, m.range.start, m.range.end});
            std::sort(places.begin(), places.end());
            if (!seen.insert(std::move(places)).second)
                continue;
            unique.append(std::move(c));
        }
        analysis->claims = std::move(unique);
    }
    if (canceled())
        return nullptr;

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
    progress.report = [&promise](int percent, const QString &stage) {
        promise.setProgressValueAndText(percent, stage);
    };
    AnalysisPtr result = analyzeCorpus(std::move(corpus), progress);
    if (result)
        promise.addResult(std::move(result));
}
