// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entity sidebar dock: every person, organization, place and date of the
// analysis with per-source mention counts; filter, "only entities some sources
// miss", and a sort choice. Selecting an entity reports its index in the analysis.
#include "analysis.h"

#include <QDockWidget>

class EntityFilterModel;
class EntityTreeModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTreeView;

class EntitySidebar : public QDockWidget
{
    Q_OBJECT
public:
    explicit EntitySidebar(QWidget *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);

    // The selected entity as an index into Analysis::entities, or -1.
    int currentEntity() const;
    // Selects entity `entityIndex`, clearing the filters if they hide it.
    bool selectEntity(int entityIndex);

    EntityTreeModel *model() const { return m_model; }
    EntityFilterModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *missedToggle() const { return m_missed; }
    QComboBox *sortBox() const { return m_sort; }

Q_SIGNALS:
    void entitySelected(int entityIndex); // -1 when the selection is cleared
    void entityDoubleClicked(int entityIndex);

private:
    void currentChanged(const QModelIndex &current);

    EntityTreeModel *m_model;
    EntityFilterModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_missed;
    QComboBox *m_sort;
    QTreeView *m_view;
};
