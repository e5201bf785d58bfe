// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docktabbars.h"

#include <QEvent>
#include <QMainWindow>
#include <QTabBar>

DockTabBars::DockTabBars(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    tidy();
}

bool DockTabBars::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        // Qt makes a tab bar as a child of the window when it lays the docks out: it is
        // polished before it first shows (ChildPolished, sent at once). A tab taken out of a
        // bar that stays shown asks the window for a new layout (LayoutRequest).
        if (event->type() == QEvent::ChildPolished || event->type() == QEvent::LayoutRequest)
            tidy();
    } else if (event->type() == QEvent::ShowToParent) {
        // The window's layout shows again every tab bar it keeps, the empty ones too; this
        // event ends show().
        hideIfEmpty(static_cast<QTabBar *>(watched));
    }
    return QObject::eventFilter(watched, event);
}

void DockTabBars::tidy()
{
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        tabs->installEventFilter(this); // once: Qt moves a filter installed again
        hideIfEmpty(tabs);
    }
}

void DockTabBars::hideIfEmpty(QTabBar *tabs)
{
    if (tabs->count() == 0 && !tabs->isHidden())
        tabs->hide();
}
