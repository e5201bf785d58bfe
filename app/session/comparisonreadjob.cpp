// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonreadjob.h"

#include <QtConcurrent>

ComparisonReadJob::ComparisonReadJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watched != m_generation || !m_pending)
            return; // replaced or canceled: the newer request reports for itself
        m_pending = false;
        Q_EMIT finished(m_path, m_watcher.future().result());
    });
}

ComparisonReadJob::~ComparisonReadJob()
{
    ++m_generation;
    m_watcher.waitForFinished();
}

void ComparisonReadJob::start(const QString &path)
{
    ++m_generation;
    m_watched = m_generation;
    m_pending = true;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(readComparison, path));
}

void ComparisonReadJob::cancel()
{
    ++m_generation;
    m_pending = false;
}
