// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytreemodel.h"

#include "columntitles.h"
#include "syncrows.h"

#include "datevalue.h"

#include <QHash>

namespace {
// Group rows carry internal id 0; entity rows carry their group's row + 1.
constexpr quintptr GroupId = 0;

// The engine's key (assignEntityKeys); an analysis made by hand without keys falls back
// on type and name.
QString entityKey(const Entity &e)
{
    return e.key.isEmpty() ? entityTypeKey(e.type) + u':' + e.name : e.key;
}
} // namespace

EntityTreeModel::EntityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int EntityTreeModel::articleCount() const
{
    return int(m_sourceNames.size());
}

QList<EntityTreeModel::Row> EntityTreeModel::rowsFor(const Analysis &analysis, EntityType type) const
{
    const int articles = analysis.corpus ? int(analysis.corpus->articles.size()) : 0;
    QList<Row> rows;
    for (int i = 0; i < analysis.entities.size(); ++i) {
        const Entity &e = analysis.entities[i];
        if (e.type != type)
            continue;
        Row r;
        r.entityIndex = i;
        r.entity = e;
        r.counts.fill(0, articles);
        for (const Mention &m : e.mentions) {
            if (m.article >= 0 && m.article < articles)
                ++r.counts[m.article];
        }
        r.total = int(e.mentions.size());
        for (int c : std::as_const(r.counts))
            r.sources += c > 0;
        rows.append(std::move(r));
    }
    return rows;
}

void EntityTreeModel::setAnalysis(AnalysisPtr analysis)
{
    const bool keep =
        m_analysis && analysis && m_analysis->corpus && analysis->corpus && m_analysis->corpus->hasSameArticles(*analysis->corpus);
    if (!keep) {
        beginResetModel();
        m_analysis = std::move(analysis);
        m_sourceNames.clear();
        for (QList<Row> &g : m_groups)
            g.clear();
        if (m_analysis && m_analysis->corpus) {
            m_sourceNames = m_analysis->corpus->sourceNames();
            for (int g = 0; g < GroupCount; ++g)
                m_groups[g] = rowsFor(*m_analysis, EntityType(g));
        }
        updateScale();
        endResetModel();
        return;
    }
    m_analysis = std::move(analysis);
    m_sourceNames = m_analysis->corpus->sourceNames();
    for (int g = 0; g < GroupCount; ++g)
        updateGroup(g, rowsFor(*m_analysis, EntityType(g)));
    updateScale();
    Q_EMIT dataChanged(index(0, 0), index(GroupCount - 1, ColumnCount - 1));
}

// Entities are matched by the engine's key, so that two of one name stay two.
void EntityTreeModel::updateGroup(int group, QList<Row> fresh)
{
    const auto keysOf = [](const QList<Row> &rows) {
        QList<QString> keys;
        keys.reserve(rows.size());
        for (const Row &r : rows)
            keys.append(entityKey(r.entity));
        return keys;
    };
    QList<Row> &rows = m_groups[group];
    const QList<QString> rowKeys = keysOf(rows);
    const QList<QString> freshKeys = keysOf(fresh);
    syncRows(*this, index(group, 0), rows, rowKeys, std::move(fresh), freshKeys, ColumnCount);
}

void EntityTreeModel::updateScale()
{
    m_maxCount = 0;
    for (const QList<Row> &g : m_groups) {
        for (const Row &r : g) {
            for (int c : r.counts)
                m_maxCount = qMax(m_maxCount, c);
        }
    }
}

const EntityTreeModel::Row *EntityTreeModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const QList<Row> &rows = m_groups[index.internalId() - 1];
    return index.row() < rows.size() ? &rows[index.row()] : nullptr;
}

QModelIndex EntityTreeModel::groupIndex(EntityType type) const
{
    return index(int(type), 0);
}

QModelIndex EntityTreeModel::indexOfEntity(int entityIndex) const
{
    for (int g = 0; g < GroupCount; ++g) {
        for (int r = 0; r < m_groups[g].size(); ++r) {
            if (m_groups[g][r].entityIndex == entityIndex)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex EntityTreeModel::indexOfEntity(EntityType type, const QString &name) const
{
    const int g = int(type);
    for (int r = 0; r < m_groups[g].size(); ++r) {
        if (m_groups[g][r].entity.name == name)
            return createIndex(r, 0, quintptr(g + 1));
    }
    return {};
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= GroupCount || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags EntityTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    return columnTitle({tr("Entity"), tr("Mentions")}, section, orientation, role);
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const EntityType type = EntityType(index.row());
        const int n = int(m_groups[index.row()].size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return tr("%1 (%2)").arg(entityTypeTitle(type)).arg(n);
            return {};
        case IsGroupRole: return true;
        case EntityIndexRole: return -1;
        case EntityTypeRole: return int(type);
        case NameRole: return entityTypeTitle(type);
        default: return {};
        }
    }
    const Row *r = row(index);
    if (!r)
        return {};
    const Entity &e = r->entity;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return e.name;
        return r->total;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << e.name;
        if (const QString date = displayDate(e.value); !date.isEmpty())
            lines << tr("Date: %1").arg(date);
        if (e.furniture)
            lines << tr("Named only in bylines, credits or the page's furniture, not in the report");
        const QStringList others = data(index, OtherSpellingsRole).toStringList();
        if (!others.isEmpty())
            lines << tr("Also written: %1").arg(others.join(QStringLiteral(", ")));
        for (int a = 0; a < r->counts.size(); ++a)
            lines << tr("%1: %n mention(s)", nullptr, r->counts[a]).arg(m_sourceNames.value(a));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole: return tr("%1, %n mention(s)", nullptr, r->total).arg(e.name);
    case IsGroupRole: return false;
    case EntityIndexRole: return r->entityIndex;
    case EntityTypeRole: return int(e.type);
    case NameRole: return e.name;
    case ValueRole: return e.value;
    case SpellingsRole: return e.spellings;
    case OtherSpellingsRole: {
        QStringList others;
        for (const QString &s : e.spellings) {
            if (s != e.name && !others.contains(s))
                others << s;
        }
        return others;
    }
    case FurnitureRole: return e.furniture;
    case DetailRole: {
        QStringList parts;
        if (e.furniture)
            parts << tr("byline or credit only");
        if (const QString date = displayDate(e.value); !date.isEmpty())
            parts << date;
        const QStringList others = data(index, OtherSpellingsRole).toStringList();
        if (!others.isEmpty())
            parts << others.join(QStringLiteral(", "));
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    case CountsRole: return QVariant::fromValue(r->counts);
    case TotalRole: return r->total;
    case SourceCountRole: return r->sources;
    case MissedRole: return r->sources < articleCount();
    default: return {};
    }
}
