// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's handling of the reader's work: comparison files, the recovery file written
// a few seconds after each change, recent comparisons and the window's saved settings.
#include "mainwindow.h"

#include "analysisjob.h"
#include "autosaver.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "corpusedit.h"
#include "corpusmodel.h"
#include "readermarks.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStatusBar>

namespace {

constexpr int kRecentLimit = 8;
const QString kRecentKey = QStringLiteral("session/recentComparisons");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kThemeKey = QStringLiteral("view/theme");

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
    if (file.corpusPaths.size() == 1 && !QFileInfo(file.corpusPaths.first()).suffix().isEmpty()
        && !file.articles.isEmpty() && file.articles.first().path != file.corpusPaths.first()) {
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

// Only the application keeps settings: tests (no organisation name) start from defaults
// every time and leave nothing behind.
bool keepsSettings()
{
    return !QCoreApplication::organizationName().isEmpty();
}

} // namespace

void MainWindow::createSessionActions()
{
    m_readerMarks = new ReaderMarks(this);
    m_autoSaver = new AutoSaver(qEnvironmentVariable("PARALLAX_RECOVERY_DIR"), this);
    m_autoSaver->setSnapshot([this] { return currentComparison(); });
    connect(m_readerMarks, &ReaderMarks::changed, this, [this] {
        m_dirty = true;
        if (m_analysis)
            m_autoSaver->scheduleSave();
    });
    connect(m_autoSaver, &AutoSaver::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not write the recovery file: %1").arg(error), 8000);
    });
    // Marks belong to one corpus: opening another one starts afresh.
    connect(this, &MainWindow::corpusShown, this, [this] {
        const QStringList paths = corpusSources(*m_corpusModel->corpus());
        if (!m_pendingComparison && paths != m_sessionPaths) {
            const QSignalBlocker blocker(m_readerMarks);
            m_readerMarks->clear();
            m_comparisonPath.clear();
            m_dirty = false;
        }
        m_sessionPaths = paths;
    });
    connect(this, &MainWindow::analysisShown, this, &MainWindow::applyPendingComparison);

    QMenu *file = m_fileMenu;
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Quit))
            before = a;
    }
    auto *open = new QAction(tr("Open &Comparison…"), this);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Comparison"), QString(), tr("Parallax comparisons (*.parallax)"));
        if (!path.isEmpty())
            openComparison(path);
    });
    m_recentMenu = new QMenu(tr("&Recent Comparisons"), this);
    auto *save = new QAction(tr("&Save Comparison"), this);
    save->setShortcut(QKeySequence::Save);
    auto *saveAs = new QAction(tr("Save Comparison &As…"), this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    auto chooseAndSave = [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save Comparison"), m_comparisonPath, tr("Parallax comparisons (*.parallax)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".parallax");
        saveComparison(path);
    };
    connect(saveAs, &QAction::triggered, this, chooseAndSave);
    connect(save, &QAction::triggered, this, [this, chooseAndSave] {
        if (m_comparisonPath.isEmpty())
            chooseAndSave();
        else
            saveComparison(m_comparisonPath);
    });
    file->insertSeparator(before);
    file->insertAction(before, open);
    file->insertMenu(before, m_recentMenu);
    file->insertAction(before, save);
    file->insertAction(before, saveAs);
    file->insertSeparator(before);
    rebuildRecentMenu();

    if (!keepsSettings())
        return;
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QString theme = settings.value(kThemeKey).toString();
    if (!theme.isEmpty())
        setThemeByName(theme);
}

ComparisonFile MainWindow::currentComparison() const
{
    const std::shared_ptr<const Corpus> corpus = m_corpusModel->corpus();
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
    f.leftOut = m_editor->leftOut();
    f.theme = m_view->theme().name();
    f.marks = m_readerMarks->marks();
    return f;
}

bool MainWindow::saveComparison(const QString &path)
{
    if (!m_corpusModel->corpus()) {
        statusBar()->showMessage(tr("Open some articles before saving a comparison."), 6000);
        return false;
    }
    QString error;
    if (!writeComparison(currentComparison(), path, &error)) {
        ask(int(QMessageBox::Warning), tr("Comparison not saved"), error, int(QMessageBox::Ok), int(QMessageBox::Ok));
        return false;
    }
    m_comparisonPath = QFileInfo(path).absoluteFilePath();
    m_dirty = false;
    rememberRecent(m_comparisonPath);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_comparisonPath)), 4000);
    return true;
}

bool MainWindow::openComparison(const QString &path)
{
    const ComparisonReadResult r = readComparison(path);
    if (!r.file) {
        ask(int(QMessageBox::Warning), tr("Comparison not opened"), r.error, int(QMessageBox::Ok), int(QMessageBox::Ok));
        return false;
    }
    restoreComparison(*r.file, QFileInfo(path).absoluteFilePath());
    rememberRecent(m_comparisonPath);
    if (!r.notice.isEmpty())
        statusBar()->showMessage(r.notice, 15000);
    return true;
}

bool MainWindow::offerRecovery()
{
    // Every recovery file left by a dead instance is offered once: declined ones go, the
    // first one accepted is restored, and the rest wait for the next start.
    for (QString path = m_autoSaver->claimOrphan(); !path.isEmpty(); path = m_autoSaver->claimOrphan()) {
        const ComparisonReadResult r = readComparison(path);
        if (!r.file) {
            statusBar()->showMessage(tr("The recovery file is damaged and was set aside: %1").arg(r.error), 10000);
            QFile::rename(path, path + QStringLiteral(".damaged"));
            m_autoSaver->releaseOrphan(path, false);
            continue;
        }
        const int answer = ask(int(QMessageBox::Question), tr("Restore your work?"),
                               tr("Parallax did not close properly last time. Restore the comparison you were working on, "
                                  "with its %n verdict(s) and note(s)?",
                                  nullptr, int(r.file->marks.size())),
                               int(QMessageBox::Yes | QMessageBox::No), int(QMessageBox::Yes));
        if (answer != QMessageBox::Yes) {
            m_autoSaver->releaseOrphan(path, true);
            continue;
        }
        restoreComparison(*r.file, QString());
        // The orphan goes once this instance's own recovery file holds its work.
        if (m_pendingComparison)
            m_recoveredFrom = path;
        if (!r.notice.isEmpty())
            statusBar()->showMessage(r.notice, 15000);
        return true;
    }
    return false;
}

void MainWindow::restoreComparison(const ComparisonFile &file, const QString &path)
{
    ComparisonFile f = file;
    if (!anyExists(f.corpusPaths)) {
        const QString folder = m_autoAnswer ? QString()
                                            : QFileDialog::getExistingDirectory(this, tr("Where are the articles of this comparison? (%1)")
                                                                                          .arg(QDir::toNativeSeparators(f.corpusPaths.first())));
        if (folder.isEmpty()) {
            m_sessionReport = tr("The articles of this comparison were not found at %1.").arg(QDir::toNativeSeparators(f.corpusPaths.join(u", ")));
            statusBar()->showMessage(m_sessionReport, 10000);
            return;
        }
        relocate(f, folder);
    }
    m_comparisonPath = path;
    m_pendingComparison = f;
    m_sessionPaths = f.corpusPaths;
    m_editor->reset(f.leftOut);
    m_analysis.reset();
    m_job->start(f.corpusPaths, f.leftOut);
}

void MainWindow::applyPendingComparison()
{
    if (!m_pendingComparison || !m_analysis)
        return;
    const ComparisonFile f = *std::exchange(m_pendingComparison, std::nullopt);
    const Corpus &corpus = *m_analysis->corpus;
    {
        const QSignalBlocker blocker(m_readerMarks);
        m_readerMarks->setMarks(f.marks);
    }
    Q_EMIT m_readerMarks->changed();
    m_dirty = !m_recoveredFrom.isEmpty(); // recovered work has not been saved anywhere yet
    if (!f.theme.isEmpty())
        setThemeByName(f.theme);
    // Columns: the saved order, then articles the file does not know (new since it was
    // saved); the hidden ones are never made. A file without a layout keeps the view's.
    if (!f.columnOrder.isEmpty() || !f.hiddenColumns.isEmpty())
        m_view->showColumns(columnsById(corpus, {f.columnOrder, f.columnOrder + f.hiddenColumns}));

    const ComparisonDrift drift = compareWithCorpus(f, corpus);
    const QStringList unmatched = m_readerMarks->unmatchedKeys(*m_analysis);
    QStringList lines;
    if (!drift.changedArticles.isEmpty())
        lines << tr("Changed on disk since the comparison was saved: %1.").arg(drift.changedArticles.join(u", "));
    if (!drift.missingArticles.isEmpty())
        lines << tr("No longer found: %1.").arg(drift.missingArticles.join(u", "));
    if (!drift.addedArticles.isEmpty())
        lines << tr("New since the comparison was saved: %1.").arg(drift.addedArticles.join(u", "));
    if (!unmatched.isEmpty())
        lines << tr("%n verdict(s) or note(s) belong to claims that no longer match; they are kept in the file.", nullptr, int(unmatched.size()));
    m_sessionReport = lines.join(u'\n');
    if (!lines.isEmpty())
        ask(int(QMessageBox::Information), tr("The articles changed"), m_sessionReport, int(QMessageBox::Ok), int(QMessageBox::Ok));
    else
        statusBar()->showMessage(tr("Restored %n verdict(s) and note(s)", nullptr, int(f.marks.size())), 6000);
    if (!m_recoveredFrom.isEmpty() && m_autoSaver->saveNow())
        m_autoSaver->releaseOrphan(std::exchange(m_recoveredFrom, QString()), true);
    Q_EMIT comparisonRestored();
}

void MainWindow::rememberRecent(const QString &path)
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

void MainWindow::rebuildRecentMenu()
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

int MainWindow::ask(int icon, const QString &title, const QString &text, int buttons, int defaultButton)
{
    if (m_autoAnswer)
        return (buttons & m_autoAnswer) ? m_autoAnswer : defaultButton;
    QMessageBox box(QMessageBox::Icon(icon), title, text, QMessageBox::StandardButtons(buttons), this);
    box.setDefaultButton(QMessageBox::StandardButton(defaultButton));
    return box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dirty && !m_readerMarks->isEmpty()) {
        const int answer = ask(int(QMessageBox::Question), tr("Save your verdicts and notes?"),
                               tr("The verdicts and notes of this comparison have not been saved."),
                               int(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel), int(QMessageBox::Save));
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            QString path = m_comparisonPath;
            if (path.isEmpty())
                path = QFileDialog::getSaveFileName(this, tr("Save Comparison"), QString(), tr("Parallax comparisons (*.parallax)"));
            if (path.isEmpty() || !saveComparison(path)) {
                event->ignore();
                return;
            }
        }
    }
    if (keepsSettings()) {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
        settings.setValue(kThemeKey, m_view->theme().name());
    }
    // A clean close: nothing is left to recover.
    m_autoSaver->discard();
    QMainWindow::closeEvent(event);
}
