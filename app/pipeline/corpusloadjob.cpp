// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusloadjob.h"

#include "corpusloader.h"

#include <QtConcurrent>

namespace {

void loadCorpusTask(QPromise<std::shared_ptr<const Corpus>> &promise, const QStringList &paths)
{
    promise.setProgressRange(0, 100);
    LoadProgress progress;
    progress.canceled = [&promise] { return promise.isCanceled(); };
    // Thread-safe: the promise keeps the highest value reported from any worker.
    progress.report = [&promise](int done, int total) { promise.setProgressValue(total > 0 ? done * 100 / total : 100); };
    auto corpus = std::make_shared<const Corpus>(loadCorpus(paths, progress));
    if (!promise.isCanceled())
        promise.addResult(std::move(corpus));
}

} // namespace

CorpusLoadJob::CorpusLoadJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int percent) {
        if (m_pending && m_watched == m_generation)
            Q_EMIT progressChanged(percent, tr("Loading articles"));
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watched != m_generation || m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        m_pending = false;
        Q_EMIT loaded(m_watcher.result());
    });
}

CorpusLoadJob::~CorpusLoadJob()
{
    drop();
    m_watcher.waitForFinished();
}

void CorpusLoadJob::drop()
{
    ++m_generation;
    m_pending = false;
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void CorpusLoadJob::cancel()
{
    const bool pending = m_pending;
    drop();
    if (pending)
        Q_EMIT canceled();
}

void CorpusLoadJob::start(const QStringList &paths)
{
    drop(); // replaced, not canceled: no canceled() for it
    m_watched = m_generation;
    m_pending = true;
    Q_EMIT progressChanged(0, tr("Loading articles"));
    m_watcher.setFuture(QtConcurrent::run(loadCorpusTask, paths));
}
