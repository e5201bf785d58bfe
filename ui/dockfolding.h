// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Folds docks that sit side by side in one area into tabs while the window is
// narrow (half a laptop screen), and lays them side by side again when it
// widens: each dock keeps a usable width instead of the window refusing to shrink.
// And when the window gets shorter (a laptop screen at 200 %), docks along its top or
// bottom give up height, so that the columns keep most of it.
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

class DockFolding : public QObject
{
    Q_OBJECT
public:
    // `groups` of docks side by side, left to right, each group tabbed, as the
    // window laid them out; below `foldWidth` pixels of window they all share
    // the first dock's place as tabs.
    DockFolding(QMainWindow *window, QList<QList<QDockWidget *>> groups, int foldWidth);

    bool isFolded() const { return m_folded; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void keepColumnsTall();
    bool inOneArea() const;

    QMainWindow *m_window;
    QList<QList<QDockWidget *>> m_groups;
    int m_foldWidth;
    bool m_folded = false;
    bool m_pending = false;
    bool m_heightChanged = false;
};
