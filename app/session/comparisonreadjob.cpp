// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonreadjob.h"

#include <QtConcurrent>

ComparisonReadJob::ComparisonReadJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_latest.watcher(), &QFutureWatcherBase::finished, this, [this] {
        if (!m_latest.firstReport() || !m_pending)
            return; // replaced or canceled: the newer request reports for itself
        m_pending = false;
        Q_EMIT finished(m_path, m_latest.watcher().future().result());
    });
}

ComparisonReadJob::~ComparisonReadJob() = default; // m_latest waits for the read to stop

void ComparisonReadJob::start(const QString &path)
{
    m_pending = true;
    m_path = path;
    m_latest.follow(QtConcurrent::run(readComparison, path));
}

void ComparisonReadJob::cancel()
{
    m_latest.drop();
    m_pending = false;
}
