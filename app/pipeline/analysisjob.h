// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs loading and analysis off the GUI thread. "Latest request wins": opening
// another corpus cancels the running job and results of stale jobs are dropped.
#include "analysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override;

    // Loads `paths` and analyses them; cancels whatever ran before.
    void start(const QStringList &paths);
    // Re-analyses an already loaded corpus (after metadata edits, say).
    void analyze(std::shared_ptr<const Corpus> corpus);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void corpusLoaded(std::shared_ptr<const Corpus> corpus);
    void progressChanged(int percent, const QString &stage);
    void analysisReady(AnalysisPtr analysis);
    void canceled();

private:
    void watchAnalysis(std::shared_ptr<const Corpus> corpus);

    QFutureWatcher<std::shared_ptr<const Corpus>> m_loadWatcher;
    QFutureWatcher<AnalysisPtr> m_analysisWatcher;
    quint64 m_generation = 0;
};
