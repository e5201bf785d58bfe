// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads a corpus off the GUI thread with progress and cancel. "Latest request wins":
// a new load cancels the running one, and results of stale or canceled loads are dropped.
#include "corpus.h"
#include "latestfuture.h"

#include <QObject>
#include <QStringList>

#include <memory>

class CorpusLoadJob : public QObject
{
    Q_OBJECT
public:
    explicit CorpusLoadJob(QObject *parent = nullptr);
    // Cancels, and waits for the worker (which stops within a file or two).
    ~CorpusLoadJob() override;

    void start(const QStringList &paths);
    // Drops the current request (canceled() if there was one); the worker stops soon after.
    void cancel();
    // A request is waiting for its corpus.
    bool isPending() const { return m_pending; }
    // The worker thread still runs (a canceled one included).
    bool isRunning() const { return m_latest.watcher().isRunning(); }
    void waitForFinished() { m_latest.watcher().waitForFinished(); }

Q_SIGNALS:
    void loaded(std::shared_ptr<const Corpus> corpus);
    void progressChanged(int percent, const QString &stage);
    void canceled();

private:
    LatestFuture<std::shared_ptr<const Corpus>> m_latest;
    bool m_pending = false;
};
