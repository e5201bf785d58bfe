// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "backgroundpriority.h"

#include <QtConcurrent>

namespace {

void exportTask(QPromise<ExportResult> &promise, AnalysisPtr analysis, const ExportSettings &settings, const QString &target,
                const KSyntaxHighlighting::Repository *repository)
{
    lowerThreadPriority(); // minutes of work at 2,000 sources: the window first
    promise.setProgressRange(0, 100);
    promise.addResult(exportSheet(
        *analysis, settings, target, *repository, [&promise] { return promise.isCanceled(); },
        [&promise](int percent) { promise.setProgressValue(percent); }));
}

} // namespace

ExportJob::ExportJob(const KSyntaxHighlighting::Repository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    connect(&m_latest.watcher(), &QFutureWatcherBase::finished, this, [this] {
        if (!m_latest.isLatest())
            return; // replaced by a newer export, which reports for itself
        m_pending = false;
        // Canceled before its worker started, the task leaves no result.
        const QFuture<ExportResult> future = m_latest.watcher().future();
        Q_EMIT finished(future.resultCount() > 0 ? future.result() : canceledExportResult());
    });
    connect(&m_latest.watcher(), &QFutureWatcherBase::progressValueChanged, this, [this](int percent) {
        if (m_latest.isLatest() && m_pending)
            Q_EMIT progressChanged(percent);
    });
}

ExportJob::~ExportJob() = default; // m_latest cancels and waits

void ExportJob::start(AnalysisPtr analysis, const ExportSettings &settings, const QString &target)
{
    m_pending = true;
    m_target = target;
    m_latest.follow(QtConcurrent::run(backgroundPool(), exportTask, std::move(analysis), settings, target, &m_repository));
}

void ExportJob::cancel()
{
    // The result still comes, from the worker, once it has stopped: only then is it
    // known that nothing was written.
    m_latest.watcher().cancel();
}
