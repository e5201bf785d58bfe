// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps the tab bars QMainWindow makes for docks sharing one place (tabified by the reader,
// folded by DockFolding, restored from a saved state) to those that hold a tab. Qt shows
// every tab bar its layout still keeps, and after docks move one of them may be left empty
// and showing: nothing a reader can use, and a control a screen reader cannot name (Qt
// names a tab bar by its current tab).
#include <QObject>

class QMainWindow;
class QTabBar;

class DockTabBars : public QObject
{
    Q_OBJECT
public:
    explicit DockTabBars(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tidy();
    static void hideIfEmpty(QTabBar *tabs);

    QMainWindow *m_window;
};
