// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Filters and sorts an EntityTreeModel: by text (name, spellings, date value),
// optionally to the entities that some sources never mention, and sorted by
// name (dates in calendar order), by total mentions or by number of sources.
// Groups stay in their fixed order and disappear when nothing in them matches.
#include <QCollator>
#include "rowfiltermodel.h"

class EntityFilterModel : public RowFilterModel
{
    Q_OBJECT
public:
    explicit EntityFilterModel(QObject *parent = nullptr);

    void setOnlyMissed(bool only);
    bool onlyMissed() const { return m_onlyMissed; }

    enum SortMode { ByName, ByMentions, BySources };
    Q_ENUM(SortMode)
    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyMissed = false;
    SortMode m_sortMode = ByName;
    QCollator m_collator;
};
