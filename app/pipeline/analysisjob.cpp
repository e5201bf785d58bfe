// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"

#include "analyzer.h"
#include "corpusloader.h"

#include <QtConcurrent>

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
{
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    m_loadWatcher.waitForFinished();
    m_analysisWatcher.waitForFinished();
}

void AnalysisJob::cancel()
{
    ++m_generation;
    if (m_loadWatcher.isRunning())
        m_loadWatcher.cancel();
    if (m_analysisWatcher.isRunning()) {
        m_analysisWatcher.cancel();
        Q_EMIT canceled();
    }
}

bool AnalysisJob::isRunning() const
{
    return m_loadWatcher.isRunning() || m_analysisWatcher.isRunning();
}

void AnalysisJob::start(const QStringList &paths)
{
    cancel();
    const quint64 generation = m_generation;
    m_loadWatcher.disconnect(this);
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation || m_loadWatcher.isCanceled())
            return;
        std::shared_ptr<const Corpus> corpus = m_loadWatcher.result();
        Q_EMIT corpusLoaded(corpus);
        watchAnalysis(corpus);
    });
    Q_EMIT progressChanged(0, tr("Loading articles"));
    m_loadWatcher.setFuture(QtConcurrent::run([paths]() -> std::shared_ptr<const Corpus> {
        return std::make_shared<const Corpus>(loadCorpus(paths));
    }));
}

void AnalysisJob::analyze(std::shared_ptr<const Corpus> corpus)
{
    cancel();
    watchAnalysis(std::move(corpus));
}

void AnalysisJob::watchAnalysis(std::shared_ptr<const Corpus> corpus)
{
    const quint64 generation = m_generation;
    m_analysisWatcher.disconnect(this, nullptr);
    connect(&m_analysisWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_analysisWatcher.progressText());
    });
    connect(&m_analysisWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation || m_analysisWatcher.isCanceled() || m_analysisWatcher.future().resultCount() == 0)
            return;
        Q_EMIT analysisReady(m_analysisWatcher.result());
    });
    m_analysisWatcher.setFuture(QtConcurrent::run(analyzeCorpusTask, std::move(corpus)));
}
