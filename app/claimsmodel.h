#pragma once
// The claims of an analysis as a table: kind, a short text and, per source,
// whether it states the claim, states a different version, or is silent.
// A new analysis of the same corpus updates the rows in place.
#include "analysis.h"

#include <QAbstractTableModel>

enum class SourceMark { Silent = 0, States = 1, Differs = 2 };

// Per article of the corpus, how it relates to `claim`. In a conflict the
// version of the first member is the reference; members with another value differ.
QList<SourceMark> claimSourceMarks(const Claim &claim, int articleCount);
// What a list shows for a claim: its summary, or its first member's text, on one line.
QString claimShortText(const Claim &claim);
QString claimKindTitle(ClaimKind kind); // "Shared", "Conflict", "Unique" (translated)

class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, SourcesColumn, ColumnCount };
    enum Role {
        ClaimIndexRole = Qt::UserRole + 1, // index into Analysis::claims
        KindRole,        // int(ClaimKind)
        MarksRole,       // QList<int>, a SourceMark per article
        StatingRole,     // how many sources state it (either version)
        SortRole,        // what a column sorts by
    };

    explicit ClaimsModel(QObject *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    QStringList sourceNames() const { return m_sourceNames; }
    QModelIndex indexOfClaim(int claimIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int claimIndex = -1;
        QString key;
        ClaimKind kind = ClaimKind::Unique;
        QString text;
        QList<int> marks;
        int stating = 0;
    };
    QList<Row> rowsFor(const Analysis &analysis) const;

    AnalysisPtr m_analysis;
    QStringList m_sourceNames;
    QList<Row> m_rows;
};
