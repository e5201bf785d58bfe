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
    QFutureWatcher<std::shared_ptr<const Corpus>> &watcher = m_latest.watcher();
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int percent) {
        if (m_pending && m_latest.isLatest())
            Q_EMIT progressChanged(percent, tr("Loading articles"));
    });
    connect(&watcher, &QFutureWatcherBase::finished, this, [this, &watcher] {
        if (!m_latest.isLatest() || watcher.isCanceled() || watcher.future().resultCount() == 0)
            return;
        m_pending = false;
        Q_EMIT loaded(watcher.result());
    });
}

CorpusLoadJob::~CorpusLoadJob() = default; // m_latest cancels and waits

void CorpusLoadJob::cancel()
{
    const bool pending = m_pending;
    m_pending = false;
    m_latest.drop();
    if (pending)
        Q_EMIT canceled();
}

void CorpusLoadJob::start(const QStringList &paths)
{
    m_pending = true; // the one before is replaced, not canceled: no canceled() for it
    Q_EMIT progressChanged(0, tr("Loading articles"));
    m_latest.follow(QtConcurrent::run(loadCorpusTask, paths));
}
