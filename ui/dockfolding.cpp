// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockfolding.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QResizeEvent>
#include <QTimer>

namespace {
// The most of a window's height that docks along its top or bottom keep when it gets shorter.
constexpr qreal kDockHeightShare = 0.3;
} // namespace

DockFolding::DockFolding(QMainWindow *window, QList<QList<QDockWidget *>> groups, int foldWidth)
    : QObject(window)
    , m_window(window)
    , m_groups(std::move(groups))
    , m_foldWidth(foldWidth)
{
    window->installEventFilter(this);
}

bool DockFolding::eventFilter(QObject *watched, QEvent *event)
{
    // Re-arranging docks inside the window's own resize would lay it out
    // re-entrantly: the change waits for the event loop.
    if (watched == m_window && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        m_heightChanged = m_heightChanged || resize->size().height() != resize->oldSize().height();
        if (!m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, &DockFolding::update);
        }
    }
    return QObject::eventFilter(watched, event);
}

// A reader who moved a dock elsewhere or floated it has arranged them: leave them be.
bool DockFolding::inOneArea() const
{
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(m_groups.first().first());
    for (const QList<QDockWidget *> &group : m_groups) {
        for (QDockWidget *dock : group) {
            if (dock->isFloating() || m_window->dockWidgetArea(dock) != area)
                return false;
        }
    }
    return true;
}

void DockFolding::update()
{
    m_pending = false;
    if (std::exchange(m_heightChanged, false))
        keepColumnsTall();
    const bool narrow = m_window->width() < m_foldWidth;
    if (narrow == m_folded || m_groups.size() < 2 || !inOneArea())
        return;
    QDockWidget *first = m_groups.first().first();
    if (narrow) {
        for (const QList<QDockWidget *> &group : m_groups) {
            for (QDockWidget *dock : group) {
                if (dock != first)
                    m_window->tabifyDockWidget(first, dock);
            }
        }
        first->raise();
    } else {
        // splitDockWidget() would only add a tab beside a tabbed dock: the
        // folded docks are taken out and put back, right of the first group.
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(first);
        for (const QList<QDockWidget *> &group : m_groups.mid(1)) {
            QList<bool> shown;
            for (QDockWidget *dock : group) {
                shown.append(dock->toggleViewAction()->isChecked());
                m_window->removeDockWidget(dock);
            }
            m_window->addDockWidget(area, group.first(), Qt::Horizontal);
            for (QDockWidget *dock : group.mid(1))
                m_window->tabifyDockWidget(group.first(), dock);
            for (qsizetype i = 0; i < group.size(); ++i)
                group[i]->setVisible(shown[i]);
            group.first()->raise();
        }
    }
    m_folded = narrow;
}

void DockFolding::keepColumnsTall()
{
    if (!inOneArea())
        return;
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(m_groups.first().first());
    if (area != Qt::BottomDockWidgetArea && area != Qt::TopDockWidgetArea)
        return;
    // Only when the window's height changes: a dock the reader drags taller stays so.
    const int most = int(m_window->height() * kDockHeightShare);
    QList<QDockWidget *> taller;
    for (const QList<QDockWidget *> &group : std::as_const(m_groups)) {
        for (QDockWidget *dock : group) {
            if (dock->isVisible() && dock->height() > most)
                taller.append(dock);
        }
    }
    if (!taller.isEmpty())
        m_window->resizeDocks(taller, QList<int>(taller.size(), most), Qt::Vertical);
}
