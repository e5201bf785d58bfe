// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcontroller.h"

#include <QMainWindow>
#include <QStatusBar>

WindowController::WindowController(QMainWindow *window, ComparisonView *view, CorpusModel *corpus)
    : QObject(window)
    , m_view(view)
    , m_corpus(corpus)
    , m_statusWindow(window)
{
}

void WindowController::showMessage(const QString &text, int timeout)
{
    if (text.isEmpty())
        m_statusWindow->statusBar()->clearMessage();
    else
        m_statusWindow->statusBar()->showMessage(text, timeout);
}
