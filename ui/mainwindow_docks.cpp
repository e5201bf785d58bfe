// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The docks of the main window: the entity sidebar, the claims panel, the
// mention list and the timeline (issue 7). DockController does the wiring.
#include "mainwindow.h"

#include "claimspanel.h"
#include "dockcontroller.h"
#include "entitysidebar.h"
#include "findbar.h"
#include "comparisonview.h"
#include "mentionlistpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

void MainWindow::createDocks()
{
    m_docks = new DockController(this, m_view, m_corpusModel);
    connect(this, &MainWindow::analysisShown, m_docks, [this] { m_docks->setAnalysis(m_analysis); });

    m_docks->setKeyPrecedence([this](bool forward) {
        if (!m_findBar->isVisible() || m_view->findMatchCount() == 0)
            return false;
        if (forward)
            Q_EMIT m_findBar->next();
        else
            Q_EMIT m_findBar->previous();
        return true;
    });

    // Dock toggles go to View, mention walking to Go (both made by createActions()).
    m_viewMenu->addSeparator();
    QDockWidget *docks[] = {m_docks->entitySidebar(), m_docks->claimsPanel(), m_docks->timelineDock(),
                            m_docks->mentionPanel()};
    for (QDockWidget *dock : docks)
        m_viewMenu->addAction(dock->toggleViewAction());
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_docks->nextMentionAction());
    m_goMenu->addAction(m_docks->previousMentionAction());
}
