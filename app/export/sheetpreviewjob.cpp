// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetpreviewjob.h"

#include "sheetwriter.h"

#include <QTextDocument>
#include <QThread>
#include <QtConcurrent>

namespace {

struct PreviewRequest
{
    AnalysisPtr analysis;
    ExportSettings settings;
    qsizetype limit = -1;
    QString cutNote;
    QThread *documentThread = nullptr;
};

void previewTask(QPromise<SheetPreview> &promise, const PreviewRequest &request, const KSyntaxHighlighting::Repository *repository)
{
    const auto canceled = [&promise] { return promise.isCanceled(); };
    const Sheet sheet = buildSheet(*request.analysis, request.settings.content, canceled);
    if (canceled())
        return;
    SheetPreview preview;
    preview.format = request.settings.format;
    preview.summary = sheetCounts(sheet).join(QStringLiteral(", "));
    std::unique_ptr<QTextDocument> document;
    if (isTextFormat(request.settings.format)) {
        bool cut = false;
        QString text = sheetPreviewText(sheet, request.settings, repository, request.limit, canceled, &cut);
        if (request.settings.format == SheetFormat::Html) {
            // The page as a browser shows it (in the HTML and CSS that Qt's rich text knows), not its source.
            if (cut)
                text += QStringLiteral("<p>%1</p>").arg(request.cutNote.toHtmlEscaped());
            document = std::make_unique<QTextDocument>();
            document->setHtml(text);
        } else {
            preview.text = cut ? text + request.cutNote : text;
        }
    } else {
        // PDF and ODT are laid out from this very document.
        document = sheetToDocument(sheet, repository, canceled);
    }
    if (canceled())
        return;
    if (document) {
        document->moveToThread(request.documentThread);
        // A stale preview may be dropped by the worker that made it: deleted in its own thread.
        preview.document = std::shared_ptr<QTextDocument>(document.release(), [](QTextDocument *d) {
            if (d->thread() == QThread::currentThread())
                delete d;
            else
                d->deleteLater();
        });
    }
    promise.addResult(std::move(preview));
}

} // namespace

SheetPreviewJob::SheetPreviewJob(const KSyntaxHighlighting::Repository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    QFutureWatcher<SheetPreview> &watcher = m_latest.watcher();
    connect(&watcher, &QFutureWatcherBase::finished, this, [this, &watcher] {
        if (watcher.isCanceled() || watcher.future().resultCount() == 0 || !m_latest.firstReport())
            return;
        Q_EMIT ready(watcher.result());
    });
}

SheetPreviewJob::~SheetPreviewJob() = default; // m_latest cancels and waits

bool SheetPreviewJob::isRunning() const
{
    return m_latest.watcher().isRunning();
}

void SheetPreviewJob::waitForFinished()
{
    m_latest.watcher().waitForFinished();
}

void SheetPreviewJob::start(AnalysisPtr analysis, const ExportSettings &settings, qsizetype limit, const QString &cutNote)
{
    // The replaced request stops at its next poll; what it would still report is dropped.
    const PreviewRequest request{std::move(analysis), settings, limit, cutNote, thread()};
    m_latest.follow(QtConcurrent::run(previewTask, request, &m_repository));
}
