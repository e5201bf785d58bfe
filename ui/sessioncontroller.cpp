// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "autosaver.h"
#include "comparisoneditor.h"
#include "comparisonreadjob.h"
#include "comparisonview.h"
#include "corpusedit.h"
#include "keptsettings.h"
#include "corpusmodel.h"
#include "mainwindow.h"
#include "prompter.h"
#include "readermarks.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QtConcurrent>

namespace {

constexpr int kRecentLimit = 8;
const QString kRecentKey = QStringLiteral("session/recentComparisons");

bool anyExists(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (QFileInfo::exists(p))
            return true;
    }
    return false;
}

// The articles moved: the same names, looked for in `folder`.
void relocate(ComparisonFile &file, const QString &folder)
{
    const QDir dir(folder);
    if (file.corpusPaths.size() == 1 && !QFileInfo(file.corpusPaths.first()).suffix().isEmpty() && !file.articles.isEmpty()
        && file.articles.first().path != file.corpusPaths.first()) {
        file.corpusPaths = {folder};
    } else if (file.corpusPaths.size() == 1 && file.articles.size() != 1) {
        file.corpusPaths = {folder};
    } else {
        for (QString &p : file.corpusPaths)
            p = dir.filePath(QFileInfo(p).fileName());
    }
    for (SavedArticle &a : file.articles)
        a.path = dir.filePath(QFileInfo(a.path).fileName());
    for (QString &p : file.leftOut)
        p = dir.filePath(QFileInfo(p).fileName());
}

QString comparisonFilter()
{
    return SessionController::tr("Parallax comparisons (*.parallax)");
}

} // namespace

SessionController::SessionController(MainWindow *window, ComparisonView *view, CorpusModel *corpus)
    : WindowController(window, view, corpus)
    , m_window(window)
    , m_readerMarks(new ReaderMarks(this))
    , m_autoSaver(new AutoSaver(qEnvironmentVariable("PARALLAX_RECOVERY_DIR"), this))
    , m_reader(new ComparisonReadJob(this))
    , m_recoveryReader(new ComparisonReadJob(this))
    , m_open(new QAction(tr("Open &Comparison…"), this))
    , m_recentMenu(new QMenu(tr("&Recent Comparisons"), window))
    , m_save(new QAction(tr("&Save Comparison"), this))
    , m_saveAs(new QAction(tr("Save Comparison &As…"), this))
{
    m_autoSaver->setSnapshot([this] { return currentComparison(); });
    connect(m_readerMarks, &ReaderMarks::changed, this, [this] {
        if (m_settingFileMarks)
            return; // the marks of a file just opened: nothing new to keep
        m_dirty = true;
        if (m_window->analysis())
            m_autoSaver->scheduleSave();
    });
    connect(m_autoSaver, &AutoSaver::saveFailed, this,
            [this](const QString &error) { showMessage(tr("Could not write the recovery file: %1").arg(error), 8000); });
    connect(window, &MainWindow::corpusShown, this, &SessionController::corpusShown);
    connect(window, &MainWindow::analysisShown, this, &SessionController::applyPendingComparison);
    connect(m_reader, &ComparisonReadJob::finished, this, &SessionController::comparisonRead);
    connect(m_recoveryReader, &ComparisonReadJob::finished, this, &SessionController::recoveryRead);

    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Comparison"), QString(), comparisonFilter());
        if (!path.isEmpty())
            openComparison(path);
    });
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &SessionController::chooseAndSave);
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_comparisonPath.isEmpty())
            chooseAndSave();
        else
            saveComparison(m_comparisonPath);
    });
    rebuildRecentMenu();
}

QList<QAction *> SessionController::fileActions() const
{
    return {m_open, m_recentMenu->menuAction(), m_save, m_saveAs};
}

// Marks belong to one corpus: opening another one starts afresh.
void SessionController::corpusShown()
{
    const QStringList paths = corpusSources(*m_corpus->corpus());
    if (!m_pendingComparison && paths != m_sessionPaths) {
        const QSignalBlocker blocker(m_readerMarks);
        m_readerMarks->clear();
        m_comparisonPath.clear();
        m_dirty = false;
    }
    m_sessionPaths = paths;
}

void SessionController::keepMarksFor(const QStringList &paths)
{
    if (!m_pendingComparison)
        m_sessionPaths = paths;
}

void SessionController::comparisonChanged(const QStringList &paths)
{
    m_sessionPaths = paths;
    m_dirty = true;
    m_autoSaver->scheduleSave();
}

void SessionController::chooseAndSave()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Comparison"), m_comparisonPath, comparisonFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".parallax");
    saveComparison(path);
}

ComparisonFile SessionController::currentComparison() const
{
    const std::shared_ptr<const Corpus> corpus = m_corpus->corpus();
    if (!corpus)
        return {};
    ComparisonFile f = comparisonForCorpus(*corpus, m_sessionPaths.isEmpty() ? corpusSources(*corpus) : m_sessionPaths);
    const QList<int> order = m_view->visibleOrder();
    for (int a : order) {
        if (a >= 0 && a < corpus->articles.size())
            f.columnOrder.append(corpus->articles[a].id);
    }
    for (int a = 0; a < corpus->articles.size(); ++a) {
        if (!order.contains(a))
            f.hiddenColumns.append(corpus->articles[a].id);
    }
    f.leftOut = m_window->comparisonEditor()->leftOut();
    f.theme = m_view->theme().name();
    f.marks = m_readerMarks->marks();
    return f;
}

bool SessionController::saveComparison(const QString &path)
{
    if (!m_corpus->corpus()) {
        showMessage(tr("Open some articles before saving a comparison."), 6000);
        return false;
    }
    QString error;
    if (!writeComparison(currentComparison(), path, &error)) {
        m_window->prompter().ask(QMessageBox::Warning, tr("Comparison not saved"), error);
        return false;
    }
    m_comparisonPath = QFileInfo(path).absoluteFilePath();
    m_dirty = false;
    rememberRecent(m_comparisonPath);
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_comparisonPath)), 4000);
    return true;
}

void SessionController::openComparison(const QString &path)
{
    showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_reader->start(path);
}

void SessionController::comparisonRead(const QString &path, const ComparisonReadResult &r)
{
    showMessage({});
    if (!r.file) {
        m_window->prompter().ask(QMessageBox::Warning, tr("Comparison not opened"), r.error);
        return;
    }
    restoreComparison(*r.file, QFileInfo(path).absoluteFilePath());
    rememberRecent(m_comparisonPath);
    if (!r.notice.isEmpty())
        showMessage(r.notice, 15000);
}

// Every recovery file left by a dead instance is offered once: damaged and declined ones go,
// the first one accepted is restored, and the rest wait for the next start.
void SessionController::offerRecovery()
{
    readNextOrphan();
}

void SessionController::readNextOrphan()
{
    const QString path = m_autoSaver->claimOrphan();
    if (path.isEmpty()) {
        Q_EMIT recoveryChecked(false);
        return;
    }
    showMessage(tr("Reading the work left from last time…"), 0);
    m_recoveryReader->start(path);
}

void SessionController::recoveryRead(const QString &path, const ComparisonReadResult &r)
{
    showMessage(QString());
    if (!r.file) {
        showMessage(tr("The recovery file is damaged and was set aside: %1").arg(r.error), 10000);
        QFile::rename(path, path + QStringLiteral(".damaged"));
        m_autoSaver->releaseOrphan(path, false);
        readNextOrphan();
        return;
    }
    const auto answer =
        m_window->prompter().ask(QMessageBox::Question, tr("Restore your work?"),
                                 tr("Parallax did not close properly last time. Restore the comparison you were working on, "
                                    "with its %n verdict(s) and note(s)?",
                                    nullptr, int(r.file->marks.size())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_autoSaver->releaseOrphan(path, true);
        readNextOrphan();
        return;
    }
    restoreComparison(*r.file, QString());
    // The orphan goes once this instance's own recovery file holds its work.
    if (m_pendingComparison)
        m_recoveredFrom = path;
    if (!r.notice.isEmpty())
        showMessage(r.notice, 15000);
    Q_EMIT recoveryChecked(true);
}

void SessionController::restoreComparison(const ComparisonFile &file, const QString &path)
{
    ComparisonFile f = file;
    if (!anyExists(f.corpusPaths)) {
        const QString folder = m_window->prompter().chooseFolder(
            tr("Where are the articles of this comparison? (%1)").arg(QDir::toNativeSeparators(f.corpusPaths.first())));
        if (folder.isEmpty()) {
            m_sessionReport =
                tr("The articles of this comparison were not found at %1.").arg(QDir::toNativeSeparators(f.corpusPaths.join(u", ")));
            showMessage(m_sessionReport, 10000);
            return;
        }
        relocate(f, folder);
    }
    m_comparisonPath = path;
    m_pendingComparison = f;
    m_sessionPaths = f.corpusPaths;
    m_window->openPaths(f.corpusPaths, f.leftOut);
}

void SessionController::applyPendingComparison()
{
    const AnalysisPtr analysis = m_window->analysis();
    if (!m_pendingComparison || !analysis)
        return;
    const ComparisonFile f = *std::exchange(m_pendingComparison, std::nullopt);
    {
        const QSignalBlocker blocker(m_readerMarks);
        m_readerMarks->setMarks(f.marks);
    }
    // Not autosaved: the marks are the file's (writing 100,000 of them again took a second of
    // the GUI thread at 2,000 articles). Recovered work is saved at once below.
    m_settingFileMarks = true;
    Q_EMIT m_readerMarks->changed();
    m_settingFileMarks = false;
    m_dirty = !m_recoveredFrom.isEmpty(); // recovered work has not been saved anywhere yet
    if (!f.theme.isEmpty())
        m_window->setThemeByName(f.theme);
    applyColumnLayout(f);
    if (!m_recoveredFrom.isEmpty() && m_autoSaver->saveNow())
        m_autoSaver->releaseOrphan(std::exchange(m_recoveredFrom, QString()), true);
    reportDrift(f);
}

void SessionController::showDrift(const QString &report, int marks)
{
    m_sessionReport = report;
    if (!m_sessionReport.isEmpty())
        m_window->prompter().ask(QMessageBox::Information, tr("The articles changed"), m_sessionReport);
    else
        showMessage(tr("Restored %n verdict(s) and note(s)", nullptr, marks), 6000);
    Q_EMIT comparisonRestored();
}

// Columns: the saved order, then articles the file does not know (new since it was
// saved); the hidden ones are never made. A file without a layout keeps the view's.
void SessionController::applyColumnLayout(const ComparisonFile &file)
{
    if (file.columnOrder.isEmpty() && file.hiddenColumns.isEmpty())
        return;
    const Corpus &corpus = *m_window->analysis()->corpus;
    m_view->showColumns(columnsById(corpus, {file.columnOrder, file.columnOrder + file.hiddenColumns}));
}

namespace {

// What changed since `file` was saved, one line each; empty when nothing did.
QString driftReport(const ComparisonFile &file, const AnalysisPtr &analysisPtr, const QHash<QString, ReaderMark> &marks)
{
    const Analysis &analysis = *analysisPtr;
    const ComparisonDrift drift = compareWithCorpus(file, *analysis.corpus);
    const QStringList unmatched = ReaderMarks::unmatchedKeys(marks, analysis);
    QStringList lines;
    if (!drift.changedArticles.isEmpty())
        lines << SessionController::tr("Changed on disk since the comparison was saved: %1.").arg(drift.changedArticles.join(u", "));
    if (!drift.missingArticles.isEmpty())
        lines << SessionController::tr("No longer found: %1.").arg(drift.missingArticles.join(u", "));
    if (!drift.addedArticles.isEmpty())
        lines << SessionController::tr("New since the comparison was saved: %1.").arg(drift.addedArticles.join(u", "));
    if (!unmatched.isEmpty())
        lines << SessionController::tr("%n verdict(s) or note(s) belong to claims that no longer match; they are kept in the file.",
                                       nullptr, int(unmatched.size()));
    return lines.join(u'\n');
}

} // namespace

// What changed since `file` was saved is found on the thread pool (a key per claim and a hash
// per article: half a second at 2,000 articles), from the analysis and a copy of the marks.
void SessionController::reportDrift(const ComparisonFile &file)
{
    const quint64 request = ++m_driftRequest;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, marks = int(file.marks.size())] {
        watcher->deleteLater();
        if (request == m_driftRequest) // else another comparison was opened meanwhile
            showDrift(watcher->result(), marks);
    });
    watcher->setFuture(QtConcurrent::run(driftReport, file, m_window->analysis(), m_readerMarks->marks()));
}

void SessionController::rememberRecent(const QString &path)
{
    if (path.isEmpty() || !keepsSettings())
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kRecentLimit));
    rebuildRecentMenu();
}

void SessionController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openComparison(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool SessionController::settleBeforeClose()
{
    if (!m_dirty || m_readerMarks->isEmpty())
        return true;
    const auto answer = m_window->prompter().ask(QMessageBox::Question, tr("Save your verdicts and notes?"),
                                                 tr("The verdicts and notes of this comparison have not been saved."),
                                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        QString path = m_comparisonPath;
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(m_window, tr("Save Comparison"), QString(), comparisonFilter());
        if (path.isEmpty() || !saveComparison(path))
            return false;
    }
    return true;
}

void SessionController::closeCleanly()
{
    m_autoSaver->discard();
}
