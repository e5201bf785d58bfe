// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Parallax main window: the comparison view, menus and toolbar, the find
// bar, status and progress, and the analysis job.
#include "analysis.h"

#include <QMainWindow>

#include <memory>

class AddressDialog;
class AnalysisJob;
class ArticleListDock;
class ComparisonEditor;
class ExportJob;
class JobIndicator;
struct ExportResult;
struct ExportSettings;
class ComparisonView;
class CorpusModel;
class DockController;
class FeedDialog;
class FindBar;
class MessageBar;
class Prompter;
class QActionGroup;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QToolBar;
class QToolButton;
class SessionController;

namespace KSyntaxHighlighting {
class Repository;
}

// The window's menus, built once by createMenus(); the window's parts hand it their actions.
struct MainMenus
{
    QMenu *file = nullptr;
    QMenu *edit = nullptr;
    QMenu *view = nullptr;
    QMenu *go = nullptr;
    QMenu *help = nullptr;
    QMenu *columns = nullptr; // in View: one entry per article
    QMenu *theme = nullptr;   // in View
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `repository` (main() owns it) highlights the columns and the export; it outlives the window.
    explicit MainWindow(const KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a comparison (another one, or this one afresh): nothing to undo, and the files of
    // `leftOut` (removed from its folder) stay out of it.
    void openPaths(const QStringList &paths, const QStringList &leftOut = {});

    ComparisonView *comparisonView() const { return m_view; }
    MessageBar *messageBar() const { return m_messageBar; }
    CorpusModel *corpusModel() const { return m_corpusModel; }
    AnalysisJob *analysisJob() const { return m_job; }
    AnalysisPtr analysis() const { return m_analysis; }
    FindBar *findBar() const { return m_findBar; }
    DockController *docks() const { return m_docks; }
    const MainMenus &menus() const { return m_menus; }
    // Selects a theme by name (as listed by the repository); false if unknown.
    bool setThemeByName(const QString &name);

    // Shows a corpus, then its analysis. The analysis job calls these; tests and
    // restored comparisons hand in snapshots made elsewhere.
    void showCorpus(std::shared_ptr<const Corpus> corpus);
    void showAnalysis(AnalysisPtr analysis);

    // The reader's work: verdicts and notes, comparison files, the recovery file.
    SessionController *session() const { return m_session; }
    // Who answers the window's questions: message boxes unless setPrompter() named
    // another, which must outlive the window (tests script the answers).
    Prompter &prompter() const { return *m_prompter; }
    void setPrompter(Prompter *prompter);
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

    // File ▸ Save Articles to Folder: writes the comparison's articles into `folder` in the
    // background, each text as a file and their metadata in a corpus.json, so the folder opens
    // again as the same articles with no network; articlesSaved() tells when it is done.
    void saveArticlesTo(const QString &folder);

Q_SIGNALS:
    void corpusShown();
    void analysisShown();
    void articlesSaved(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addFileActions(QMenu *file);
    void addFindActions(QMenu *edit);
    void addLayerActions(QMenu *view, QToolBar *toolbar);
    void addViewActions(QMenu *view, QToolBar *toolbar);
    void addGoActions(QMenu *go, QToolBar *toolbar);
    void createDocks();     // the entity sidebar and the claims panel (mainwindow_docks.cpp)
    void restoreSettings(); // mainwindow_session.cpp: the window's geometry, docks and theme
    void saveSettings();
    void addArticleActions(QMenu *file); // mainwindow_articles.cpp: export, article properties
    // mainwindow_web.cpp: add from addresses and feeds (File), paste (Edit)
    void addWebActions(QMenu *file);
    void addPasteAction(QMenu *edit);
    void fetchDroppedLinks(const QList<QUrl> &urls);
    // mainwindow_change.cpp: removing an article, its undo, the Articles list (createMenus()
    // puts Undo and Redo in Edit and the list's toggle in View)
    void createChangeActions();
    void showColumnMenu(int article, const QPoint &globalPos);
    void showChangedCorpus(std::shared_ptr<const Corpus> corpus);
    // Loads the comparison again from `paths` (more files, corrected metadata), keeping its marks and columns.
    void reloadComparison(const QStringList &paths);
    void createJobControls(); // mainwindow_jobs.cpp: cancel buttons, the export job
    void showExportResult(const ExportResult &result);
    void exportSheet();
    void editArticleProperties(int article);
    int currentArticle() const;
    void rebuildColumnsMenu();
    void openFolderDialog();
    void openFilesDialog();
    void showProgress(int percent, const QString &stage);
    void navigate(ClaimKind kind, bool forward);
    void showAbout();

    const KSyntaxHighlighting::Repository &m_repository;
    CorpusModel *m_corpusModel;
    ComparisonView *m_view;
    FindBar *m_findBar;
    MessageBar *m_messageBar; // files skipped while loading
    AnalysisJob *m_job;
    AnalysisPtr m_analysis;
    QLabel *m_statusLabel;

    QProgressBar *m_progress;
    MainMenus m_menus;
    QActionGroup *m_themeGroup = nullptr;
    std::unique_ptr<Prompter> m_messageBoxes;
    Prompter *m_prompter;
    DockController *m_docks = nullptr;
    SessionController *m_session = nullptr;
    ExportJob *m_exportJob = nullptr;
    JobIndicator *m_exportIndicator = nullptr;
    QToolButton *m_cancelAnalysis = nullptr;
    ComparisonEditor *m_editor = nullptr;
    ArticleListDock *m_articleList = nullptr;
};
