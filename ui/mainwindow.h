#pragma once
// The Parallax main window: the comparison view, menus and toolbar, the find
// bar, status and progress, and the analysis job.
#include "analysis.h"

#include <QMainWindow>

#include <memory>

class AnalysisJob;
class ComparisonView;
class CorpusModel;
class FindBar;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;

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
    CorpusModel *corpusModel() const { return m_corpusModel; }
    AnalysisJob *analysisJob() const { return m_job; }
    AnalysisPtr analysis() const { return m_analysis; }
    FindBar *findBar() const { return m_findBar; }
    KSyntaxHighlighting::Repository *repository() const { return m_repository.get(); }
    // Selects a theme by name (as listed by the repository); false if unknown.
    bool setThemeByName(const QString &name);

    // Shows a corpus, then its analysis. The analysis job calls these; tests and
    // restored comparisons hand in snapshots made elsewhere.
    void showCorpus(std::shared_ptr<const Corpus> corpus);
    void showAnalysis(AnalysisPtr analysis);

Q_SIGNALS:
    void corpusShown();
    void analysisShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks(); // the entity sidebar and the claims panel (mainwindow_docks.cpp)
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
    AnalysisJob *m_job;
    AnalysisPtr m_analysis;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};
