// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The claims of an analysis as a table: kind, a short text and, per source,
// whether it states the claim, states a different version, or is silent.
// A new analysis of the same corpus updates the rows in place.
//
// Rows are computed when asked for: a big story has a hundred thousand claims
// and two thousand sources, and a view only ever shows a screenful of them, so
// the model keeps claim indices and answers from the analysis itself.
#include "analysis.h"

#include <QAbstractTableModel>

enum class SourceMark { Silent = 0, States = 1, Differs = 2 };

// Per article of the corpus, how it relates to `claim`. In a conflict the
// version of the first member is the reference; members with another value differ.
QList<SourceMark> claimSourceMarks(const Claim &claim, int articleCount);
QString claimKindTitle(ClaimKind kind); // "Shared", "Conflict", "Unique" (translated)

class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, SourcesColumn, ColumnCount };
    enum Role {
        ClaimIndexRole = Qt::UserRole + 1, // index into Analysis::claims
        KindRole,                          // int(ClaimKind)
        MarksRole,                         // QList<int>, a SourceMark per article
        StatingRole,                       // how many sources state it (either version)
        SortRole,                          // what a column sorts by
    };

    explicit ClaimsModel(QObject *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    QStringList sourceNames() const { return m_sourceNames; }
    QModelIndex indexOfClaim(int claimIndex) const;
    const Claim *claimAt(int row) const; // nullptr outside the rows

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sourcesTooltip(const QList<SourceMark> &marks) const;
    void updateInPlace(AnalysisPtr analysis);
    template<typename Model, typename Row, typename Key>
    friend void syncRows(Model &, const QModelIndex &, QList<Row> &, const QList<Key> &, QList<Row>, const QList<Key> &, int);

    AnalysisPtr m_analysis;
    QStringList m_sourceNames;
    QList<int> m_rows; // claim index per row
};
