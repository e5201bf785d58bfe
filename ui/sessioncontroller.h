// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reader's work in the main window: verdicts and notes (ReaderMarks), the recovery
// file written a few seconds after each change (AutoSaver), comparison files and the
// recent ones. Hands its File menu entries to the window.
#include "comparisonfile.h"
#include "windowcontroller.h"

#include <optional>

class AutoSaver;
class ComparisonReadJob;
class ComparisonView;
class CorpusModel;
class MainWindow;
class QAction;
class QMenu;
class ReaderMarks;

class SessionController : public WindowController
{
    Q_OBJECT
public:
    SessionController(MainWindow *window, ComparisonView *view, CorpusModel *corpus);

    ReaderMarks *readerMarks() const { return m_readerMarks; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    QString comparisonPath() const { return m_comparisonPath; }
    ComparisonFile currentComparison() const;
    bool saveComparison(const QString &path);
    // Opens a .parallax file: read on the thread pool (ComparisonReadJob), then its corpus,
    // then (once analysed) its layout and marks. A file that cannot be read is said in a dialog.
    void openComparison(const QString &path);
    // At start-up: reads each recovery file a crash left behind on the thread pool (the window
    // stays usable meanwhile) and offers it once; recoveryChecked() tells the outcome.
    void offerRecovery();
    // What the last opened comparison reported (changed articles, marks that no longer match).
    QString sessionReport() const { return m_sessionReport; }

    // The open comparison is about to show `paths` (articles added to it): the marks stay
    // when they are shown, as they would be for the same paths.
    void keepMarksFor(const QStringList &paths);
    // The open comparison changed in memory (an article removed or put back) and is now
    // loaded from `paths`: its marks stay, and the change is unsaved work.
    void comparisonChanged(const QStringList &paths);

    // Open Comparison, Recent Comparisons, Save, Save As: for the window's File menu.
    QList<QAction *> fileActions() const;
    // Before the window closes: offers to save unsaved marks; false when the reader
    // cancels or saving fails (the window stays open).
    bool settleBeforeClose();
    // A clean close: nothing is left to recover.
    void closeCleanly();

Q_SIGNALS:
    // Once the restored comparison's layout and marks are shown and what changed since it
    // was saved is reported (that report is made in the background).
    void comparisonRestored();
    // offerRecovery() is done: `restoring` when the reader chose to restore a recovery file.
    void recoveryChecked(bool restoring);

private:
    void corpusShown();
    void comparisonRead(const QString &path, const ComparisonReadResult &result);
    void readNextOrphan();
    void recoveryRead(const QString &path, const ComparisonReadResult &result);
    void chooseAndSave();
    void restoreComparison(const ComparisonFile &file, const QString &path);
    void applyPendingComparison();
    void applyColumnLayout(const ComparisonFile &file);
    void reportDrift(const ComparisonFile &file);
    void showDrift(const QString &report, int marks);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    MainWindow *m_window;
    ReaderMarks *m_readerMarks;
    AutoSaver *m_autoSaver;
    ComparisonReadJob *m_reader;
    ComparisonReadJob *m_recoveryReader; // apart: opening a comparison meanwhile does not drop it
    QAction *m_open;
    QMenu *m_recentMenu;
    QAction *m_save;
    QAction *m_saveAs;
    QString m_comparisonPath;
    QStringList m_sessionPaths;                        // what the marks belong to
    std::optional<ComparisonFile> m_pendingComparison; // applied once its analysis is shown
    QString m_sessionReport;
    QString m_recoveredFrom;    // the dead instance's recovery file being restored
    quint64 m_driftRequest = 0; // the latest restore whose drift report is being made
    bool m_dirty = false;
    bool m_settingFileMarks = false; // the marks of an opened file are being set
};
