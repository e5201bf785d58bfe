// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Export dialog shows of a sheet, made on the thread pool so that the dialog
// never waits for it. "Latest request wins": a new request cancels the running one and
// stale previews are dropped.
#include "analysis.h"
#include "latestfuture.h"
#include "sheetexport.h"

#include <QObject>

#include <memory>

class QTextDocument;
namespace KSyntaxHighlighting {
class Repository;
}

struct SheetPreview
{
    SheetFormat format = SheetFormat::Html;
    QString summary; // the sheet's counts, comma-separated
    QString text;    // text formats: the file as written, cut at the limit (with the note)
    // HTML as a browser shows it, PDF and ODT as printed; it lives in the requesting thread.
    std::shared_ptr<QTextDocument> document;
};

class SheetPreviewJob : public QObject
{
    Q_OBJECT
public:
    // `repository` highlights the texts; it must outlive the job.
    explicit SheetPreviewJob(const KSyntaxHighlighting::Repository &repository, QObject *parent = nullptr);
    // Cancels, and waits for the worker to stop.
    ~SheetPreviewJob() override;

    // Previews `settings` of `analysis`; a text longer than `limit` bytes ends with `cutNote`.
    void start(AnalysisPtr analysis, const ExportSettings &settings, qsizetype limit, const QString &cutNote);
    bool isRunning() const;
    void waitForFinished();

Q_SIGNALS:
    // Once, for the latest request only.
    void ready(const SheetPreview &preview);

private:
    const KSyntaxHighlighting::Repository &m_repository;
    LatestFuture<SheetPreview> m_latest;
};
