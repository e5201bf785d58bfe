// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs loading and analysis off the GUI thread. "Latest request wins": opening
// another corpus cancels the running job and results of stale jobs are dropped.
#include "analysis.h"
#include "corpusloadjob.h"
#include "latestfuture.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class AnalysisCache;

class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override;

    // Loads `paths` and analyses them, without the articles of the files in `leftOut` (ones the
    // reader removed from a folder's comparison); replaces whatever ran before.
    void start(const QStringList &paths, const QStringList &leftOut = {});
    // Re-analyses an already loaded corpus (after metadata edits, say).
    void analyze(std::shared_ptr<const Corpus> corpus);
    // Stops loading or analysing; canceled() if either was under way.
    void cancel();
    // Loading or analysing is under way for the current request.
    bool isRunning() const;
    // Waits for the workers of this and earlier requests (canceled ones included) to stop,
    // and for the analyses they made to be kept in the cache.
    void waitForFinished();
    // Analyses are recalled from and kept in `cache` (none by default: every request analyses).
    void setCache(std::shared_ptr<const AnalysisCache> cache);

Q_SIGNALS:
    void corpusLoaded(std::shared_ptr<const Corpus> corpus);
    void progressChanged(int percent, const QString &stage);
    void analysisReady(AnalysisPtr analysis);
    void canceled();

private:
    void drop();
    void watchAnalysis(std::shared_ptr<const Corpus> corpus);
    void keep(const AnalysisPtr &analysis);

    CorpusLoadJob m_load;
    LatestFuture<AnalysisPtr> m_analysis;
    std::shared_ptr<std::atomic_bool> m_recalled; // set by the latest analysis' worker when the cache had it
    std::shared_ptr<const AnalysisCache> m_cache;
    QList<QFuture<void>> m_cacheWrites; // analyses being kept
    QStringList m_leftOut;              // of the current request
    bool m_analysing = false;           // the current request's analysis runs
};
