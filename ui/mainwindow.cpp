#include "mainwindow.h"

#include "analysisjob.h"
#include "comparisonview.h"
#include "corpusmodel.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_corpusModel(new CorpusModel(this))
    , m_view(new ComparisonView(m_corpusModel, this))
    , m_job(new AnalysisJob(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Parallax"));
    setCentralWidget(m_view);
    setAcceptDrops(true);
    resize(1400, 860);

    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_job, &AnalysisJob::corpusLoaded, this, &MainWindow::showCorpus);
    connect(m_job, &AnalysisJob::analysisReady, this, &MainWindow::showAnalysis);
    connect(m_job, &AnalysisJob::progressChanged, this, &MainWindow::showProgress);
    createActions();
    createDocks();
    m_statusLabel->setText(tr("Open a folder of articles (Ctrl+O) or drop files here."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("&Open Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence::Open);
    QAction *openFiles = file->addAction(tr("Open &Files…"), this, &MainWindow::openFilesDialog);
    openFiles->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_analysis.reset();
    m_job->start(paths);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Articles"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(), tr("Articles (*.txt *.md *.markdown *.html *.htm)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::showCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpusModel->setCorpus(corpus);
    setWindowTitle(corpus->title.isEmpty() ? tr("Parallax") : tr("%1 — Parallax").arg(corpus->title));
    if (!corpus->problems.isEmpty()) {
        QStringList lines;
        for (const LoadProblem &p : corpus->problems)
            lines << p.message();
        m_statusLabel->setText(tr("%n file(s) could not be loaded", nullptr, int(corpus->problems.size())));
        m_statusLabel->setToolTip(lines.join(u'\n'));
    } else {
        m_statusLabel->setText(tr("%n article(s) loaded", nullptr, int(corpus->articles.size())));
        m_statusLabel->setToolTip({});
    }
    Q_EMIT corpusShown();
}

void MainWindow::showAnalysis(AnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_view->setAnalysis(m_analysis);
    m_progress->hide();
    m_statusLabel->setText(tr("%1 articles · %2 entities · %3 claims")
                               .arg(m_analysis->corpus->articles.size())
                               .arg(m_analysis->entities.size())
                               .arg(m_analysis->claims.size()));
    Q_EMIT analysisShown();
}

void MainWindow::showProgress(int percent, const QString &stage)
{
    m_progress->setValue(percent);
    m_progress->setVisible(percent < 100);
    if (!stage.isEmpty())
        m_statusLabel->setText(stage + QStringLiteral("…"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Parallax"),
                       tr("<h3>Parallax %1</h3><p>Compare how several news outlets cover the same event.</p>"
                          "<p>Built with Qt %2 and KDE Frameworks' KSyntaxHighlighting.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        openPaths(paths);
        event->acceptProposedAction();
    }
}
