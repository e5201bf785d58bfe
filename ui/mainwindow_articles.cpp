// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's article and export actions: correcting an article's
// metadata (saved to corpus.json) and exporting comparison sheets.
#include "mainwindow.h"

#include "articlecolumn.h"
#include "articlepropertiesdialog.h"
#include "articletextview.h"
#include "comparisonview.h"
#include "corpusedit.h"
#include "corpusmodel.h"
#include "exportdialog.h"
#include "manifestwriter.h"
#include "prompter.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStatusBar>

void MainWindow::addArticleActions(QMenu *file)
{
    QAction *exportAction = file->addAction(tr("&Export Comparison Sheet…"), this, &MainWindow::exportSheet);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setObjectName(QStringLiteral("exportSheet"));
    QAction *properties = file->addAction(tr("Article &Properties…"), this, [this] { editArticleProperties(currentArticle()); });
    properties->setShortcut(QKeySequence(tr("Alt+Return")));
    properties->setObjectName(QStringLiteral("articleProperties"));
}

int MainWindow::currentArticle() const
{
    // The column holding the keyboard focus, else the leftmost one.
    for (int a : m_view->visibleOrder()) {
        ArticleColumn *column = m_view->column(a);
        if (column && column->isAncestorOf(QApplication::focusWidget()))
            return a;
    }
    const QList<int> order = m_view->visibleOrder();
    return order.isEmpty() ? -1 : order.first();
}

void MainWindow::exportSheet()
{
    if (!m_analysis) {
        m_prompter->ask(QMessageBox::Information, tr("Nothing to export yet"),
                        tr("Open a corpus and wait for its analysis before exporting a comparison sheet."));
        return;
    }
    ExportDialog dialog(m_analysis, m_repository, this);
    dialog.setPrompter(m_prompter);
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog.settings(), dialog.target());
}

void MainWindow::editArticleProperties(int article)
{
    const std::shared_ptr<const Corpus> corpus = m_corpusModel->corpus();
    if (!corpus || article < 0 || article >= corpus->articles.size())
        return;
    const Article &a = corpus->articles[article];
    ArticlePropertiesDialog dialog(a, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isChanged())
        return;
    if (corpus->folder.isEmpty()) {
        m_prompter->ask(QMessageBox::Warning, tr("Cannot save the correction"),
                        tr("%1 was opened as a loose file; corrections are saved in a corpus folder's "
                           "corpus.json. Open the folder that holds it to correct its details.")
                            .arg(a.fileName()));
        return;
    }
    const QString error = saveArticleCorrection(corpus->folder, a.filePath, dialog.correction());
    if (!error.isEmpty()) {
        m_prompter->ask(QMessageBox::Warning, tr("Cannot save the correction"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved the details of %1 in corpus.json; analysing again").arg(a.fileName()), 5000);
    reloadComparison(corpusSources(*corpus));
}
