// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklist.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

QVBoxLayout *dockBody(QDockWidget *dock)
{
    auto *body = new QWidget(dock);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    dock->setWidget(body);
    return layout;
}

void setUpPickList(QTreeView *view, QAbstractItemModel *model, QAbstractItemDelegate *delegate, const QString &accessibleName)
{
    view->setModel(model);
    view->setItemDelegate(delegate);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAccessibleName(accessibleName);
    view->header()->setStretchLastSection(false);
}
