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
}
