// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"

#include "analyzer.h"
#include "corpusedit.h"

#include <QtConcurrent>

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_load, &CorpusLoadJob::progressChanged, this, &AnalysisJob::progressChanged);
    connect(&m_load, &CorpusLoadJob::loaded, this, [this](std::shared_ptr<const Corpus> corpus) {
        if (!m_leftOut.isEmpty())
            corpus = std::make_shared<const Corpus>(withoutFiles(*corpus, m_leftOut));
        Q_EMIT corpusLoaded(corpus);
        watchAnalysis(std::move(corpus));
    });
}

AnalysisJob::~AnalysisJob()
{
    drop();
    waitForFinished();
}

void AnalysisJob::drop()
{
    ++m_generation;
    m_analysing = false;
    m_load.cancel(); // its canceled() is not forwarded: cancel() says it once for both
    if (m_analysisWatcher.isRunning())
        m_analysisWatcher.cancel();
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
    m_analysisWatcher.waitForFinished();
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
    const quint64 generation = m_generation;
    m_analysing = true;
    m_analysisWatcher.disconnect(this, nullptr);
    connect(&m_analysisWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_analysing)
            Q_EMIT progressChanged(value, m_analysisWatcher.progressText());
    });
    connect(&m_analysisWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation || m_analysisWatcher.isCanceled() || m_analysisWatcher.future().resultCount() == 0)
            return;
        m_analysing = false;
        Q_EMIT analysisReady(m_analysisWatcher.result());
    });
    m_analysisWatcher.setFuture(QtConcurrent::run(analyzeCorpusTask, std::move(corpus)));
}
