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

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

void MainWindow::createArticleActions()
{
    QMenu *file = m_fileMenu;
    QAction *exportAction = new QAction(tr("&Export Comparison Sheet…"), this);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setObjectName(QStringLiteral("exportSheet"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportSheet);
    QAction *properties = new QAction(tr("Article &Properties…"), this);
    properties->setShortcut(QKeySequence(tr("Alt+Return")));
    properties->setObjectName(QStringLiteral("articleProperties"));
    connect(properties, &QAction::triggered, this, [this] { editArticleProperties(currentArticle()); });
    // Before Quit, the last entry of the File menu.
    const QList<QAction *> actions = file->actions();
    QAction *before = actions.isEmpty() ? nullptr : actions.last();
    file->insertAction(before, exportAction);
    file->insertAction(before, properties);
    file->insertSeparator(before);
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
        QMessageBox::information(this, tr("Nothing to export yet"),
                                 tr("Open a corpus and wait for its analysis before exporting a comparison sheet."));
        return;
    }
    ExportDialog dialog(m_analysis, this);
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
        QMessageBox::warning(this, tr("Cannot save the correction"),
                             tr("%1 was opened as a loose file; corrections are saved in a corpus folder's "
                                "corpus.json. Open the folder that holds it to correct its details.")
                                 .arg(a.fileName()));
        return;
    }
    const QString error = saveArticleCorrection(corpus->folder, a.filePath, dialog.correction());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save the correction"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved the details of %1 in corpus.json; analysing again").arg(a.fileName()), 5000);
    reloadComparison(corpusSources(*corpus));
}
