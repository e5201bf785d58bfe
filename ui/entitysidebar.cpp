// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitysidebar.h"

#include "entitydelegate.h"
#include "docklist.h"
#include "entityfiltermodel.h"
#include "entitytreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

EntitySidebar::EntitySidebar(QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_model(new EntityTreeModel(this))
    , m_proxy(new EntityFilterModel(this))
    , m_filter(new QLineEdit)
    , m_missed(new QCheckBox(tr("Only entities some sources miss")))
    , m_sort(new QComboBox)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("entitySidebar"));
    m_proxy->setSourceModel(m_model);

    QVBoxLayout *layout = dockBody(this);

    m_filter->setPlaceholderText(tr("Filter names…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entities"));
    layout->addWidget(m_filter);

    auto *row = new QHBoxLayout;
    auto *sortLabel = new QLabel(tr("Sort:"));
    m_sort->addItem(tr("Name"), EntityFilterModel::ByName);
    m_sort->addItem(tr("Mentions"), EntityFilterModel::ByMentions);
    m_sort->addItem(tr("Sources"), EntityFilterModel::BySources);
    m_sort->setAccessibleName(tr("Sort entities by"));
    sortLabel->setBuddy(m_sort);
    row->addWidget(sortLabel);
    row->addWidget(m_sort, 1);
    layout->addLayout(row);
    m_missed->setToolTip(tr("Show only the entities that at least one source never mentions"));
    layout->addWidget(m_missed);

    setUpPickList(m_view, m_proxy, new EntityDelegate(m_view), tr("Entities"));
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setIndentation(12);
    m_view->header()->setSectionResizeMode(EntityTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntityTreeModel::MentionsColumn, QHeaderView::ResizeToContents);
    // Every row's mentions cell is as wide as the next (a bar per source): the
    // rows in sight tell the width, without measuring thousands of entities.
    m_view->header()->setResizeContentsPrecision(0);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntityFilterModel::setFilterText);
    connect(m_missed, &QCheckBox::toggled, m_proxy, &EntityFilterModel::setOnlyMissed);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSortMode(EntityFilterModel::SortMode(m_sort->currentData().toInt())); });
    // Groups open whenever rows appear in them (a new analysis, a cleared filter).
    auto expand = [this] { m_view->expandAll(); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, expand);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, expand);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, expand);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int entity = index.data(EntityTreeModel::EntityIndexRole).toInt();
        if (entity >= 0)
            Q_EMIT entityDoubleClicked(entity);
    });
}

void EntitySidebar::setAnalysis(AnalysisPtr analysis)
{
    // A reset has opened every group already (the modelReset connection); a
    // refresh in place has not. Laying out all rows twice costs a thousand entities' sizes.
    bool reset = false;
    const QMetaObject::Connection watch = connect(m_proxy, &QAbstractItemModel::modelReset, this, [&reset] { reset = true; });
    m_model->setAnalysis(std::move(analysis));
    disconnect(watch);
    if (!reset)
        m_view->expandAll();
}

int EntitySidebar::currentEntity() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return -1;
    return current.data(EntityTreeModel::EntityIndexRole).toInt();
}

bool EntitySidebar::selectEntity(int entityIndex)
{
    const QModelIndex source = m_model->indexOfEntity(entityIndex);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        m_missed->setChecked(false);
        index = m_proxy->mapFromSource(source);
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void EntitySidebar::currentChanged(const QModelIndex &current)
{
    Q_EMIT entitySelected(current.isValid() ? current.data(EntityTreeModel::EntityIndexRole).toInt() : -1);
}
