// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Parallax main window: the comparison view, menus and toolbar, the find
// bar, status and progress, and the analysis job.
#include "analysis.h"
#include "comparisonfile.h"

#include <QMainWindow>

#include <memory>

class AddressDialog;
class AnalysisJob;
class ArticleListDock;
class AutoSaver;
class ComparisonEditor;
class ExportJob;
class JobIndicator;
struct ExportResult;
struct ExportSettings;
class ReaderMarks;
class ComparisonView;
class CorpusModel;
class DockController;
class FeedDialog;
class FindBar;
class MessageBar;
class QActionGroup;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QToolButton;

namespace KSyntaxHighlighting {
class Repository;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList &paths);

    ComparisonView *comparisonView() const { return m_view; }
    MessageBar *messageBar() const { return m_messageBar; }
    CorpusModel *corpusModel() const { return m_corpusModel; }
    AnalysisJob *analysisJob() const { return m_job; }
    AnalysisPtr analysis() const { return m_analysis; }
    FindBar *findBar() const { return m_findBar; }
    DockController *docks() const { return m_docks; }
    KSyntaxHighlighting::Repository *repository() const { return m_repository.get(); }
    // Selects a theme by name (as listed by the repository); false if unknown.
    bool setThemeByName(const QString &name);

    // Shows a corpus, then its analysis. The analysis job calls these; tests and
    // restored comparisons hand in snapshots made elsewhere.
    void showCorpus(std::shared_ptr<const Corpus> corpus);
    void showAnalysis(AnalysisPtr analysis);

    // The reader's work (mainwindow_session.cpp): verdicts and notes, comparison files,
    // the recovery file and the window's settings.
    ReaderMarks *readerMarks() const { return m_readerMarks; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    QString comparisonPath() const { return m_comparisonPath; }
    ComparisonFile currentComparison() const;
    bool saveComparison(const QString &path);
    // Opens a .parallax file: its corpus, then (once analysed) its layout and marks.
    bool openComparison(const QString &path);
    // At start-up: offers to restore the work a crash left behind; true if restoring.
    bool offerRecovery();
    // What the last opened comparison reported (changed articles, marks that no longer match).
    QString sessionReport() const { return m_sessionReport; }
    // Articles from the web and the clipboard (mainwindow_web.cpp): written into a folder of
    // their own, then added to the open comparison.
    void addArticles(const QList<Article> &articles);
    bool pasteArticle(const QMimeData &mime); // false when the clipboard holds no text
    AddressDialog *openAddressDialog(const QList<QUrl> &urls, bool fetchNow);
    FeedDialog *openFeedDialog();
    // Changing the open comparison (mainwindow_change.cpp): an article removed and put back.
    ComparisonEditor *comparisonEditor() const { return m_editor; }
    ArticleListDock *articleList() const { return m_articleList; }
    // Background jobs (mainwindow_jobs.cpp): writes a comparison sheet of the analysis shown
    // without holding the window; the message bar then names the file.
    void startExport(const ExportSettings &settings, const QString &target);
    ExportJob *exportJob() const { return m_exportJob; }
    JobIndicator *exportIndicator() const { return m_exportIndicator; }
    QToolButton *cancelAnalysisButton() const { return m_cancelAnalysis; }

    // Tests: answer questions with `button` (a QMessageBox::StandardButton) instead of asking.
    void setAutoAnswer(int button) { m_autoAnswer = button; }

Q_SIGNALS:
    void comparisonRestored();
    void corpusShown();
    void analysisShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks(); // the entity sidebar and the claims panel (mainwindow_docks.cpp)
    void createSessionActions(); // mainwindow_session.cpp
    void createArticleActions(); // mainwindow_articles.cpp: export, article properties
    void createWebActions(); // mainwindow_web.cpp: add from addresses and feeds, paste
    void fetchDroppedLinks(const QList<QUrl> &urls);
    void createChangeActions(); // mainwindow_change.cpp: remove an article, undo, the Articles list
    void showColumnMenu(int article, const QPoint &globalPos);
    void showChangedCorpus(std::shared_ptr<const Corpus> corpus);
    // Loads the comparison again from `paths` (more files, corrected metadata), keeping its marks and columns.
    void reloadComparison(const QStringList &paths);
    void createJobControls(); // mainwindow_jobs.cpp: cancel buttons, the export job
    void showExportResult(const ExportResult &result);
    void exportSheet();
    void editArticleProperties(int article);
    int currentArticle() const;
    void restoreComparison(const ComparisonFile &file, const QString &path);
    void applyPendingComparison();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    int ask(int icon, const QString &title, const QString &text, int buttons, int defaultButton);
    void rebuildColumnsMenu();
    void openFolderDialog();
    void openFilesDialog();
    void showProgress(int percent, const QString &stage);
    void navigate(ClaimKind kind, bool forward);
    void showAbout();

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    CorpusModel *m_corpusModel;
    ComparisonView *m_view;
    FindBar *m_findBar;
    MessageBar *m_messageBar; // files skipped while loading
    AnalysisJob *m_job;
    AnalysisPtr m_analysis;
    QLabel *m_statusLabel;

    QProgressBar *m_progress;
    // The menus createActions() builds; the other parts of the window add to them.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    DockController *m_docks = nullptr;
    ReaderMarks *m_readerMarks = nullptr;
    AutoSaver *m_autoSaver = nullptr;
    ExportJob *m_exportJob = nullptr;
    JobIndicator *m_exportIndicator = nullptr;
    QToolButton *m_cancelAnalysis = nullptr;
    ComparisonEditor *m_editor = nullptr;
    ArticleListDock *m_articleList = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_comparisonPath;
    QStringList m_sessionPaths; // what the marks belong to
    std::optional<ComparisonFile> m_pendingComparison; // applied once its analysis is shown
    QString m_sessionReport;
    QString m_recoveredFrom; // the dead instance's recovery file being restored
    bool m_dirty = false;
    int m_autoAnswer = 0;
};
