// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entities of an analysis as a two-level item model: four groups (People,
// Organizations, Places, Dates), each holding its entities with their spellings
// and per-source mention counts. A new analysis of the same corpus updates the
// rows in place, so views keep their selection and scroll position.
#include "analysis.h"

#include <QAbstractItemModel>

class EntityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MentionsColumn, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        EntityIndexRole, // index into Analysis::entities, -1 for groups
        EntityTypeRole,  // int(EntityType), groups too
        NameRole,
        ValueRole,          // dates: the normalised value
        SpellingsRole,      // QStringList, all surface forms
        OtherSpellingsRole, // QStringList, the forms other than the name
        CountsRole,         // QList<int>, mentions per article in corpus order
        TotalRole,
        SourceCountRole,
        MissedRole,    // bool: some article of the corpus never mentions it
        DetailRole,    // the line under the name: a date as readers read it ("Mar 2024"), the other spellings
        FurnitureRole, // bool: named only in bylines, credits and footers (Entity::furniture)
    };

    explicit EntityTreeModel(QObject *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    int articleCount() const;
    QStringList sourceNames() const { return m_sourceNames; }
    // The largest per-article mention count of any entity (the scale of count bars).
    int maxCount() const { return m_maxCount; }

    QModelIndex groupIndex(EntityType type) const;
    QModelIndex indexOfEntity(int entityIndex) const;
    QModelIndex indexOfEntity(EntityType type, const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        int entityIndex = -1;
        Entity entity;
        QList<int> counts;
        int total = 0;
        int sources = 0;
    };
    static constexpr int GroupCount = 4;

    QList<Row> rowsFor(const Analysis &analysis, EntityType type) const;
    void updateGroup(int group, QList<Row> fresh);
    template<typename Model, typename Row, typename Key>
    friend void syncRows(Model &, const QModelIndex &, QList<Row> &, const QList<Key> &, QList<Row>, const QList<Key> &, int);
    void updateScale();
    const Row *row(const QModelIndex &index) const;

    AnalysisPtr m_analysis;
    QStringList m_sourceNames;
    QList<Row> m_groups[GroupCount];
    int m_maxCount = 0;
};
