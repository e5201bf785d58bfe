// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a comparison sheet off the GUI thread, with cancel. "Latest request wins": a new
// export cancels the running one. The file is written through QSaveFile, so a canceled or
// failed export leaves it complete (as it was, or as written) and never half-written.
#include "analysis.h"
#include "latestfuture.h"
#include "sheetexport.h"

#include <QObject>

namespace KSyntaxHighlighting {
class Repository;
}

class ExportJob : public QObject
{
    Q_OBJECT
public:
    // `repository` highlights the article texts; it must outlive the job (see exportSheet()).
    explicit ExportJob(const KSyntaxHighlighting::Repository &repository, QObject *parent = nullptr);
    // Cancels, and waits for the worker to stop.
    ~ExportJob() override;

    void start(AnalysisPtr analysis, const ExportSettings &settings, const QString &target);
    void cancel();
    bool isRunning() const { return m_pending; }
    QString target() const { return m_target; }
    void waitForFinished() { m_latest.watcher().waitForFinished(); }

Q_SIGNALS:
    // How far the writer is, 0 to 100, from writers that can tell (ODT); others say nothing.
    void progressChanged(int percent);
    // When the worker of the current request has stopped: written, failed, or canceled
    // (result.canceled) with nothing written.
    void finished(const ExportResult &result);

private:
    const KSyntaxHighlighting::Repository &m_repository;
    LatestFuture<ExportResult> m_latest;
    bool m_pending = false;
    QString m_target;
};
