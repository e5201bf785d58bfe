// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "analysisjob.h"
#include "articlelistdock.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "corpusmodel.h"
#include "dockcontroller.h"
#include "findbar.h"
#include "messagebar.h"
#include "prompter.h"
#include "sessioncontroller.h"
#include "themepalette.h"
#include "windowfit.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_corpusModel(new CorpusModel(this))
    , m_view(new ComparisonView(m_corpusModel, &m_repository, this))
    , m_findBar(new FindBar(this))
    , m_messageBar(new MessageBar(this))
    , m_job(new AnalysisJob(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_messageBoxes(std::make_unique<MessageBoxPrompter>(this))
    , m_prompter(m_messageBoxes.get())
{
    setWindowTitle(tr("Parallax"));
    setWindowIcon(QIcon(QStringLiteral(":/parallax/icons/parallax.svg")));
    setAcceptDrops(true);
    // The first window; restoreSettings() puts back the reader's own.
    setGeometry(firstWindowGeometry(screen() ? screen()->availableGeometry() : QRect(QPoint(), WindowFitTuning().preferred)));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);

    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_progress->hide();
    m_statusLabel->setAccessibleName(tr("Status"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_job, &AnalysisJob::corpusLoaded, this, &MainWindow::showCorpus);
    connect(m_job, &AnalysisJob::analysisReady, this, &MainWindow::showAnalysis);
    connect(m_job, &AnalysisJob::progressChanged, this, &MainWindow::showProgress);
    connect(m_findBar, &FindBar::searchChanged, this, [this](const QString &text) { m_findBar->setResult(0, m_view->find(text)); });
    connect(m_findBar, &FindBar::next, this, [this] { m_findBar->setResult(m_view->findNext(true), m_view->findMatchCount()); });
    connect(m_findBar, &FindBar::previous, this, [this] { m_findBar->setResult(m_view->findNext(false), m_view->findMatchCount()); });
    connect(m_view, &ComparisonView::columnsChanged, this, &MainWindow::rebuildColumnsMenu);

    connect(m_view, &ComparisonView::claimActivated, this, [this](int claim) {
        if (m_analysis && claim >= 0 && claim < m_analysis->claims.size()) {
            const Claim &c = m_analysis->claims[claim];
            statusBar()->showMessage(c.reason.isEmpty() ? c.summary : c.reason, 6000);
        }
    });
    createDocks();
    m_session = new SessionController(this, m_view, m_corpusModel);
    createChangeActions();
    createMenus();
    createJobControls();
    restoreSettings();
    m_statusLabel->setText(tr("Open a folder of articles (Ctrl+O) or drop files here."));
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_messageBoxes.get();
}

// Every menu, built once and in order; the docks and the session hand in their actions.
void MainWindow::createMenus()
{
    m_menus.file = menuBar()->addMenu(tr("&File"));
    m_menus.edit = menuBar()->addMenu(tr("&Edit"));
    m_menus.view = menuBar()->addMenu(tr("&View"));
    m_menus.go = menuBar()->addMenu(tr("&Go"));
    m_menus.help = menuBar()->addMenu(tr("&Help"));
    QToolBar *toolbar = addToolBar(tr("Layers"));
    toolbar->setObjectName(QStringLiteral("layersToolbar"));
    toolbar->setMovable(false);

    addFileActions(m_menus.file);
    m_menus.edit->addActions({m_editor->undoAction(), m_editor->redoAction()});
    m_menus.edit->addSeparator();
    addPasteAction(m_menus.edit);
    m_menus.edit->addSeparator();
    addFindActions(m_menus.edit);
    addLayerActions(m_menus.view, toolbar);
    addViewActions(m_menus.view, toolbar);
    m_menus.view->addSeparator();
    m_menus.view->addActions(m_docks->viewActions());
    m_menus.view->addAction(m_articleList->toggleViewAction());
    addGoActions(m_menus.go, toolbar);
    m_menus.go->addSeparator();
    m_menus.go->addActions(m_docks->goActions());
    m_menus.help->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
}

void MainWindow::addFileActions(QMenu *file)
{
    QAction *openFolder =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open-folder")), tr("&Open Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence::Open);
    QAction *openFiles = file->addAction(tr("Open &Files…"), this, &MainWindow::openFilesDialog);
    openFiles->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    addWebActions(file);
    file->addSeparator();
    file->addActions(m_session->fileActions());
    file->addSeparator();
    addArticleActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::addFindActions(QMenu *edit)
{
    QAction *findAction = edit->addAction(tr("&Find in All Columns…"), m_findBar, &FindBar::activate);
    findAction->setShortcut(QKeySequence::Find);
    // F3 / Shift+F3 walk an entity's mentions (issue 7): "find next" keeps the platform's other
    // keys (Ctrl+G), and F3 reaches the find bar through the walk while a search is open.
    const auto withoutWalkKeys = [](QKeySequence::StandardKey key) {
        QList<QKeySequence> keys = QKeySequence::keyBindings(key);
        keys.removeIf(
            [](const QKeySequence &k) { return k == DockController::nextMentionKey() || k == DockController::previousMentionKey(); });
        return keys;
    };
    QAction *findNext = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::next);
    findNext->setShortcuts(withoutWalkKeys(QKeySequence::FindNext));
    QAction *findPrev = edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::previous);
    findPrev->setShortcuts(withoutWalkKeys(QKeySequence::FindPrevious));
}

void MainWindow::addLayerActions(QMenu *view, QToolBar *toolbar)
{
    struct LayerAction
    {
        const char *text;
        bool OverlayLayers::*member;
        const char *shortcut;
    };
    const LayerAction layerActions[] = {
        {QT_TR_NOOP("Shared Claims"), &OverlayLayers::shared, "Ctrl+1"}, {QT_TR_NOOP("Conflicts"), &OverlayLayers::conflicts, "Ctrl+2"},
        {QT_TR_NOOP("Unique Claims"), &OverlayLayers::unique, "Ctrl+3"}, {QT_TR_NOOP("Entities"), &OverlayLayers::entities, "Ctrl+4"},
        {QT_TR_NOOP("Clutter"), &OverlayLayers::clutter, "Ctrl+5"},
    };
    QMenu *layersMenu = view->addMenu(tr("&Layers"));
    for (const LayerAction &la : layerActions) {
        QAction *a = layersMenu->addAction(tr(la.text));
        a->setCheckable(true);
        a->setChecked(true);
        a->setShortcut(QKeySequence(QString::fromLatin1(la.shortcut)));
        a->setObjectName(QStringLiteral("layer-") + QString::fromLatin1(la.text).toLower().replace(u' ', u'-'));
        toolbar->addAction(a);
        const auto member = la.member;
        connect(a, &QAction::toggled, this, [this, member](bool on) {
            OverlayLayers layers = m_view->layers();
            layers.*member = on;
            m_view->setLayers(layers);
        });
    }
    toolbar->addSeparator();
}

void MainWindow::addViewActions(QMenu *view, QToolBar *toolbar)
{
    QAction *sync = view->addAction(tr("&Synchronised Scrolling"));
    sync->setCheckable(true);
    sync->setChecked(true);
    sync->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(sync, &QAction::toggled, m_view, &ComparisonView::setSyncScrolling);
    toolbar->addAction(sync);

    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1); });
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(-1); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), this, [this] { m_view->resetZoom(); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));

    view->addSeparator();
    m_menus.columns = view->addMenu(tr("&Columns"));
    m_menus.columns->setObjectName(QStringLiteral("columnsMenu"));
    m_menus.theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QString current = m_view->theme().name();
    for (const KSyntaxHighlighting::Theme &theme : m_repository.themes()) {
        QAction *a = m_menus.theme->addAction(theme.translatedName());
        a->setCheckable(true);
        a->setData(theme.name());
        a->setChecked(theme.name() == current);
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name = theme.name()] { setThemeByName(name); });
    }
}

void MainWindow::addGoActions(QMenu *go, QToolBar *toolbar)
{
    QAction *nextConflict = go->addAction(tr("Next &Conflict"), this, [this] { navigate(ClaimKind::Conflict, true); });
    nextConflict->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *prevConflict = go->addAction(tr("Previous C&onflict"), this, [this] { navigate(ClaimKind::Conflict, false); });
    prevConflict->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *nextShared = go->addAction(tr("Next &Shared Claim"), this, [this] { navigate(ClaimKind::Shared, true); });
    nextShared->setShortcut(QKeySequence(Qt::Key_F7));
    QAction *prevShared = go->addAction(tr("Previous S&hared Claim"), this, [this] { navigate(ClaimKind::Shared, false); });
    prevShared->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    toolbar->addSeparator();
    toolbar->addAction(prevConflict);
    toolbar->addAction(nextConflict);
}

bool MainWindow::setThemeByName(const QString &name)
{
    const KSyntaxHighlighting::Theme theme = m_repository.theme(name);
    if (!theme.isValid() || theme.name() != name)
        return false;
    m_view->setTheme(theme);
    // The palette Qt started with, kept before any theme changed it.
    static const QPalette platform = QApplication::palette();
    QApplication::setPalette(paletteForTheme(theme, platform));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == name);
    return true;
}

void MainWindow::rebuildColumnsMenu()
{
    if (!m_menus.columns)
        return;
    // Called from the menu's own actions too: update them in place when the
    // corpus is the same, never delete the action that is emitting.
    const QList<QAction *> existing = m_menus.columns->actions();
    if (existing.size() >= std::min(m_corpusModel->rowCount(), 40) && !existing.isEmpty()
        && existing.first()->text() == m_corpusModel->index(0).data().toString()) {
        for (int row = 0; row < std::min<qsizetype>(existing.size(), m_corpusModel->rowCount()); ++row) {
            if (existing[row]->isCheckable()) {
                const QSignalBlocker blocker(existing[row]);
                existing[row]->setChecked(m_view->isColumnVisible(row));
            }
        }
        return;
    }
    m_menus.columns->clear();
    // A menu of hundreds of sources helps nobody; the claims panel and the
    // sidebar reach the others.
    constexpr int kMenuLimit = 40;
    const int rows = m_corpusModel->rowCount();
    for (int row = 0; row < std::min(rows, kMenuLimit); ++row) {
        QAction *a = m_menus.columns->addAction(m_corpusModel->index(row).data().toString());
        a->setCheckable(true);
        a->setChecked(m_view->isColumnVisible(row));
        connect(a, &QAction::toggled, this, [this, row](bool on) { m_view->setColumnVisible(row, on); });
    }
    if (rows > kMenuLimit)
        m_menus.columns->addAction(tr("…and %n more source(s)", nullptr, rows - kMenuLimit))->setEnabled(false);
}

void MainWindow::navigate(ClaimKind kind, bool forward)
{
    if (!m_view->goToClaim(kind, forward))
        statusBar()->showMessage(kind == ClaimKind::Conflict ? tr("No conflicts found") : tr("No shared claims found"), 4000);
}

void MainWindow::openPaths(const QStringList &paths, const QStringList &leftOut)
{
    m_editor->reset(leftOut);
    m_analysis.reset();
    m_job->start(paths, leftOut);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Articles"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void MainWindow::openFilesDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open Articles"), QString(), tr("Articles (*.txt *.md *.markdown *.html *.htm)"));
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
        m_statusLabel->setText(tr("%n file(s) could not be loaded — hover for details", nullptr, int(corpus->problems.size())));
        m_statusLabel->setToolTip(lines.join(u'\n'));
        if (corpus->articles.isEmpty())
            m_prompter->ask(QMessageBox::Warning, tr("No articles loaded"), lines.join(u'\n'));
        else
            m_messageBar->showWarning(tr("%n file(s) were skipped:", nullptr, int(corpus->problems.size())), lines);
    } else if (corpus->articles.size() > ComparisonView::InitialColumns) {
        // Columns left out at the start are said, with the way to show them.
        m_messageBar->showInformation(
            tr("Showing the first %1 of %n articles as columns; View ▸ Columns shows the others.", nullptr, int(corpus->articles.size()))
                .arg(ComparisonView::InitialColumns),
            tr("Choose Columns…"), [this] { m_menus.columns->popup(mapToGlobal(rect().center())); });
    } else {
        m_messageBar->hide();
    }
    if (corpus->problems.isEmpty()) {
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
    int shared = 0, conflicts = 0;
    for (const Claim &c : m_analysis->claims) {
        shared += c.kind == ClaimKind::Shared;
        conflicts += c.kind == ClaimKind::Conflict;
    }
    m_statusLabel->setText(QStringList{tr("%n article(s)", nullptr, int(m_analysis->corpus->articles.size())),
                                       tr("%n entity(ies)", nullptr, int(m_analysis->entities.size())),
                                       tr("%n shared claim(s)", nullptr, shared), tr("%n conflict(s)", nullptr, conflicts)}
                               .join(QStringLiteral(" · ")));
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
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    QList<QUrl> links;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            links << url;
    }
    if (!paths.isEmpty()) {
        openPaths(paths);
        event->acceptProposedAction();
    } else if (!links.isEmpty()) {
        fetchDroppedLinks(links); // a link dragged from a browser: fetched, then added
        event->acceptProposedAction();
    }
}
