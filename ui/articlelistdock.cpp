// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistdock.h"

#include "corpusmodel.h"

#include <QAction>
#include <QListView>

ArticleListDock::ArticleListDock(CorpusModel *model, QWidget *parent)
    : QDockWidget(tr("Articles"), parent)
    , m_list(new QListView(this))
    , m_remove(new QAction(tr("&Remove Article"), this))
{
    setObjectName(QStringLiteral("articlesDock"));
    m_list->setModel(model);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleName(tr("Articles of the comparison"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true); // a story of thousands of articles lists at once
    setWidget(m_list);

    // Delete belongs to the list only: the find bar and the columns keep their own keys.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            Q_EMIT removeRequested(m_list->currentIndex().row());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { Q_EMIT articleActivated(index.row()); });
}
