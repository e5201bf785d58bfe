// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's background jobs as the reader sees them: a button that cancels loading and
// analysis, and exports written off the GUI thread with progress, cancel and a message
// naming the file written.
#include "mainwindow.h"

#include "analysisjob.h"
#include "exportjob.h"
#include "jobindicator.h"
#include "messagebar.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

void MainWindow::createJobControls()
{
    m_cancelAnalysis = new QToolButton(this);
    m_cancelAnalysis->setObjectName(QStringLiteral("cancelAnalysis"));
    m_cancelAnalysis->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancelAnalysis->setText(tr("Cancel"));
    m_cancelAnalysis->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelAnalysis->setAutoRaise(true);
    m_cancelAnalysis->setToolTip(tr("Stop loading and analysing"));
    m_cancelAnalysis->setAccessibleName(m_cancelAnalysis->toolTip());
    m_cancelAnalysis->hide();
    statusBar()->addPermanentWidget(m_cancelAnalysis);
    connect(m_cancelAnalysis, &QToolButton::clicked, m_job, &AnalysisJob::cancel);
    connect(m_job, &AnalysisJob::progressChanged, m_cancelAnalysis, [this](int percent) { m_cancelAnalysis->setVisible(percent < 100); });
    connect(m_job, &AnalysisJob::analysisReady, m_cancelAnalysis, &QWidget::hide);
    connect(m_job, &AnalysisJob::canceled, this, [this] {
        m_cancelAnalysis->hide();
        m_progress->hide();
        m_statusLabel->setText(tr("Canceled. Open a folder of articles (Ctrl+O) or drop files here."));
    });

    m_exportJob = new ExportJob(m_repository, this);
    m_exportIndicator = new JobIndicator(tr("Export progress"), this);
    statusBar()->addPermanentWidget(m_exportIndicator);
    connect(m_exportIndicator, &JobIndicator::cancelRequested, m_exportJob, &ExportJob::cancel);
    connect(m_exportJob, &ExportJob::finished, this, &MainWindow::showExportResult);
    connect(m_exportJob, &ExportJob::progressChanged, m_exportIndicator,
            [this](int percent) { m_exportIndicator->showProgress(m_exportIndicator->text(), percent); });
}

void MainWindow::startExport(const ExportSettings &settings, const QString &target)
{
    if (!m_analysis)
        return;
    m_exportIndicator->showProgress(tr("Exporting %1…").arg(QFileInfo(target).fileName()));
    m_exportJob->start(m_analysis, settings, target);
}

void MainWindow::showExportResult(const ExportResult &result)
{
    m_exportIndicator->finish();
    if (result.canceled) {
        statusBar()->showMessage(tr("Export canceled; nothing was written."), 6000);
        return;
    }
    if (!result.ok) {
        m_messageBar->showWarning(tr("The comparison sheet was not exported."), {result.error});
        return;
    }
    // One file, or the folder that holds the three CSV tables.
    const QString written = result.files.size() == 1 ? result.files.first() : m_exportJob->target();
    const QString folder = result.files.size() == 1 ? QFileInfo(written).absolutePath() : written;
    m_messageBar->showWrittenTo(tr("Exported the comparison sheet to %1").arg(QDir::toNativeSeparators(written)), folder);
}
