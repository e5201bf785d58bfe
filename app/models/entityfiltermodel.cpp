// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityfiltermodel.h"

#include "analysis.h"
#include "entitytreemodel.h"

#include <utility>

EntityFilterModel::EntityFilterModel(QObject *parent)
    : RowFilterModel(parent)
{
    // A group is shown when one of its entities is; groups themselves never match.
    setRecursiveFilteringEnabled(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    sort(0, Qt::AscendingOrder);
}

void EntityFilterModel::setOnlyMissed(bool only)
{
    refilterOnChange(m_onlyMissed, only);
}

void EntityFilterModel::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    m_sortMode = mode;
    invalidate();
}

bool EntityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyMissed && !idx.data(EntityTreeModel::MissedRole).toBool())
        return false;
    const QString text = filterText();
    if (text.isEmpty())
        return true;
    if (idx.data(EntityTreeModel::NameRole).toString().contains(text, Qt::CaseInsensitive)
        || idx.data(EntityTreeModel::ValueRole).toString().contains(text, Qt::CaseInsensitive))
        return true;
    const QStringList spellings = idx.data(EntityTreeModel::SpellingsRole).toStringList();
    for (const QString &s : spellings) {
        if (s.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool EntityFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex l = left.siblingAtColumn(0);
    const QModelIndex r = right.siblingAtColumn(0);
    if (l.data(EntityTreeModel::IsGroupRole).toBool() || r.data(EntityTreeModel::IsGroupRole).toBool())
        return l.row() < r.row();
    // Names of the page's furniture (bylines, credits) come after the names the reports speak of.
    const bool lf = l.data(EntityTreeModel::FurnitureRole).toBool();
    const bool rf = r.data(EntityTreeModel::FurnitureRole).toBool();
    if (lf != rf)
        return rf;

    auto byName = [&] {
        if (EntityType(l.data(EntityTreeModel::EntityTypeRole).toInt()) == EntityType::Date) {
            // ISO values (YYYY, YYYY-MM, YYYY-MM-DD) compare in calendar order as strings.
            const QString lv = l.data(EntityTreeModel::ValueRole).toString();
            const QString rv = r.data(EntityTreeModel::ValueRole).toString();
            if (lv != rv)
                return lv < rv;
        }
        const int c = m_collator.compare(l.data(EntityTreeModel::NameRole).toString(), r.data(EntityTreeModel::NameRole).toString());
        return c != 0 ? c < 0 : l.row() < r.row();
    };
    // More first, then by name: the sort order stays ascending so that groups keep theirs.
    const auto moreFirst = [&](std::pair<int, int> lc, std::pair<int, int> rc) { return lc != rc ? lc > rc : byName(); };
    const int lt = l.data(EntityTreeModel::TotalRole).toInt();
    const int rt = r.data(EntityTreeModel::TotalRole).toInt();
    const int ls = l.data(EntityTreeModel::SourceCountRole).toInt();
    const int rs = r.data(EntityTreeModel::SourceCountRole).toInt();
    switch (m_sortMode) {
    case ByName: return byName();
    case ByMentions: return moreFirst({lt, ls}, {rt, rs});
    case BySources: return moreFirst({ls, lt}, {rs, rt});
    }
    return byName();
}
