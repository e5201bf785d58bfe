// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the main window's controllers (DockController, SessionController) share: the window
// that owns them, the comparison view and corpus model they work on, and the window's status
// bar for what they say in passing.
#include <QObject>

class ComparisonView;
class CorpusModel;
class QMainWindow;

class WindowController : public QObject
{
    Q_OBJECT
protected:
    WindowController(QMainWindow *window, ComparisonView *view, CorpusModel *corpus);

    // Shows `text` on the window's status bar for `timeout` ms (0: until the next message);
    // an empty text clears it.
    void showMessage(const QString &text, int timeout = 0);

    ComparisonView *const m_view;
    CorpusModel *const m_corpus;

private:
    QMainWindow *const m_statusWindow;
};
