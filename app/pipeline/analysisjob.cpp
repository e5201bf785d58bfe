// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"

#include "analysiscache.h"
#include "analyzer.h"
#include "backgroundpriority.h"
#include "corpusedit.h"

#include <QtConcurrent>

#include <atomic>

namespace {

// The analysis `cache` keeps for `corpus` (then `recalled` is set), else a new one.
void recallOrAnalyzeTask(QPromise<AnalysisPtr> &promise, std::shared_ptr<const Corpus> corpus, std::shared_ptr<const AnalysisCache> cache,
                         std::shared_ptr<std::atomic_bool> recalled)
{
    if (cache) {
        promise.setProgressRange(0, 100);
        promise.setProgressValueAndText(0, QCoreApplication::translate("AnalysisJob", "Reading the kept analysis"));
        if (AnalysisPtr kept = cache->recall(corpus, [&promise] { return promise.isCanceled(); })) {
            *recalled = true;
            promise.addResult(std::move(kept));
            return;
        }
    }
    // The analysis proper yields to the window; the recall above, which the reader waits for, did not.
    runLowered([&promise, &corpus] { analyzeCorpusTask(promise, std::move(corpus)); });
}

} // namespace

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_load, &CorpusLoadJob::progressChanged, this, &AnalysisJob::progressChanged);
    connect(&m_load, &CorpusLoadJob::loaded, this, [this](std::shared_ptr<const Corpus> corpus) {
        if (!m_leftOut.isEmpty())
            corpus = std::make_shared<const Corpus>(withoutFiles(*corpus, m_leftOut));
        // The worker first: it runs while the window shows the articles.
        watchAnalysis(corpus);
        Q_EMIT corpusLoaded(std::move(corpus));
    });
    QFutureWatcher<AnalysisPtr> &watcher = m_analysis.watcher();
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [this, &watcher](int value) {
        if (m_analysing)
            Q_EMIT progressChanged(value, watcher.progressText());
    });
    connect(&watcher, &QFutureWatcherBase::finished, this, [this, &watcher] {
        if (!m_analysis.isLatest() || watcher.isCanceled() || watcher.future().resultCount() == 0)
            return;
        m_analysing = false;
        const AnalysisPtr analysis = watcher.result();
        Q_EMIT analysisReady(analysis);
        if (m_cache && !*m_recalled)
            keep(analysis);
    });
}

AnalysisJob::~AnalysisJob()
{
    drop();
    waitForFinished();
}

void AnalysisJob::drop()
{
    m_analysing = false;
    m_load.cancel(); // its canceled() is not forwarded: cancel() says it once for both
    m_analysis.drop();
}

void AnalysisJob::cancel()
{
    const bool running = isRunning();
    drop();
    if (running)
        Q_EMIT canceled();
}

bool AnalysisJob::isRunning() const
{
    return m_load.isPending() || m_analysing;
}

void AnalysisJob::waitForFinished()
{
    m_load.waitForFinished();
    m_analysis.watcher().waitForFinished();
    for (QFuture<void> &write : m_cacheWrites)
        write.waitForFinished();
}

void AnalysisJob::setCache(std::shared_ptr<const AnalysisCache> cache)
{
    m_cache = std::move(cache);
}

void AnalysisJob::keep(const AnalysisPtr &analysis)
{
    m_cacheWrites.removeIf([](const QFuture<void> &write) { return write.isFinished(); });
    m_cacheWrites.append(QtConcurrent::run(backgroundPool(), [cache = m_cache, analysis] {
        lowerThreadPriority();
        cache->store(*analysis);
    }));
}

void AnalysisJob::start(const QStringList &paths, const QStringList &leftOut)
{
    drop();
    m_leftOut = leftOut;
    m_load.start(paths);
}

void AnalysisJob::analyze(std::shared_ptr<const Corpus> corpus)
{
    drop();
    watchAnalysis(std::move(corpus));
}

void AnalysisJob::watchAnalysis(std::shared_ptr<const Corpus> corpus)
{
    m_analysing = true;
    m_recalled = std::make_shared<std::atomic_bool>(false);
    m_analysis.follow(QtConcurrent::run(recallOrAnalyzeTask, std::move(corpus), m_cache, m_recalled));
}
