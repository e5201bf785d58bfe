#pragma once
// The Parallax main window: the comparison view, menus, status and the analysis job.
#include "analysis.h"

#include <QMainWindow>

class AnalysisJob;
class ComparisonView;
class CorpusModel;
class QLabel;
class QProgressBar;

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

Q_SIGNALS:
    void corpusShown();
    void analysisShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks(); // the entity sidebar and the claims panel (mainwindow_docks.cpp)
    void openFolderDialog();
    void openFilesDialog();
    void showCorpus(std::shared_ptr<const Corpus> corpus);
    void showAnalysis(AnalysisPtr analysis);
    void showProgress(int percent, const QString &stage);
    void showAbout();

    CorpusModel *m_corpusModel;
    ComparisonView *m_view;
    AnalysisJob *m_job;
    AnalysisPtr m_analysis;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
};
