// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part 6: changing the open comparison (issue 19). Removing an article (its column
// header's menu, Delete in the Articles list) is undoable; the changed corpus is shown at once
// and analysed again in the background, with the reader's verdicts and notes kept.
#include "mainwindow.h"

#include "analysisjob.h"
#include "articlelistdock.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "corpusedit.h"
#include "corpusmodel.h"
#include "dockcontroller.h"
#include "entitysidebar.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QMenu>

void MainWindow::createChangeActions()
{
    m_editor = new ComparisonEditor(m_corpusModel, m_view, this);
    connect(m_editor, &ComparisonEditor::corpusChanged, this, &MainWindow::showChangedCorpus);

    connect(this, &MainWindow::corpusShown, m_editor, &ComparisonEditor::reloadEnded);
    connect(m_job, &AnalysisJob::canceled, m_editor, &ComparisonEditor::reloadEnded);

    m_articleList = new ArticleListDock(m_corpusModel, this);
    tabifyDockWidget(m_docks->entitySidebar(), m_articleList);
    m_docks->entitySidebar()->raise();
    connect(m_articleList, &ArticleListDock::removeRequested, m_editor, &ComparisonEditor::removeArticle);
    connect(m_articleList, &ArticleListDock::articleActivated, this, [this](int article) {
        if (!m_view->isColumnVisible(article))
            m_view->setColumnVisible(article, true);
        m_view->scrollToColumn(article);
    });
    connect(m_view, &ComparisonView::columnMenuRequested, this, &MainWindow::showColumnMenu);
}

void MainWindow::showColumnMenu(int article, const QPoint &globalPos)
{
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("&Remove Article"), this, [this, article] { m_editor->removeArticle(article); });
    remove->setEnabled(m_corpusModel->rowCount() > 1);
    menu.addAction(tr("&Hide Column"), this, [this, article] { m_view->setColumnVisible(article, false); });
    menu.addSeparator();
    menu.addAction(tr("Article &Properties…"), this, [this, article] { editArticleProperties(article); });
    menu.exec(globalPos);
}

void MainWindow::showChangedCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_session->comparisonChanged(corpusSources(*corpus)); // the same comparison: its marks stay
    m_analysis.reset();
    showCorpus(corpus);
    m_job->analyze(corpus);
}

void MainWindow::reloadComparison(const QStringList &paths)
{
    m_session->keepMarksFor(paths);
    m_editor->reloadStarting();
    m_analysis.reset();
    m_job->start(paths, m_editor->leftOut());
}
