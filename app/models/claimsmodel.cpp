// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsmodel.h"

#include "columntitles.h"
#include "syncrows.h"

#include <QCoreApplication>
#include <QHash>

#include <numeric>

QList<SourceMark> claimSourceMarks(const Claim &claim, int articleCount)
{
    QList<SourceMark> marks(articleCount, SourceMark::Silent);
    const QString reference = claim.members.isEmpty() ? QString() : claim.members.first().value;
    for (const ClaimMember &m : claim.members) {
        if (m.article < 0 || m.article >= articleCount)
            continue;
        const bool differs = claim.kind == ClaimKind::Conflict && !m.value.isEmpty() && !reference.isEmpty()
                             && m.value.compare(reference, Qt::CaseInsensitive) != 0;
        // An article with both versions counts as stating the reference one.
        if (differs && marks[m.article] == SourceMark::Silent)
            marks[m.article] = SourceMark::Differs;
        else if (!differs)
            marks[m.article] = SourceMark::States;
    }
    return marks;
}

QString claimKindTitle(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Shared: return QCoreApplication::translate("ClaimsModel", "Shared");
    case ClaimKind::Conflict: return QCoreApplication::translate("ClaimsModel", "Conflict");
    case ClaimKind::Unique: return QCoreApplication::translate("ClaimsModel", "Unique");
    }
    return {};
}

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClaimsModel::setAnalysis(AnalysisPtr analysis)
{
    const bool keep =
        m_analysis && analysis && m_analysis->corpus && analysis->corpus && m_analysis->corpus->hasSameArticles(*analysis->corpus);
    if (keep) {
        updateInPlace(std::move(analysis));
        return;
    }
    beginResetModel();
    m_analysis = std::move(analysis);
    m_sourceNames = m_analysis && m_analysis->corpus ? m_analysis->corpus->sourceNames() : QStringList();
    m_rows.clear();
    if (m_analysis) {
        m_rows.resize(m_analysis->claims.size());
        std::iota(m_rows.begin(), m_rows.end(), 0);
    }
    endResetModel();
}

// Rows are claim indices, matched across the two analyses by the engine's claim key.
void ClaimsModel::updateInPlace(AnalysisPtr analysis)
{
    QStringList rowKeys;
    rowKeys.reserve(m_rows.size());
    for (int claim : std::as_const(m_rows))
        rowKeys.append(m_analysis->claims[claim].key);
    QStringList freshKeys;
    freshKeys.reserve(analysis->claims.size());
    for (const Claim &c : analysis->claims)
        freshKeys.append(c.key);
    QList<int> fresh(analysis->claims.size());
    std::iota(fresh.begin(), fresh.end(), 0);

    m_analysis = std::move(analysis);
    m_sourceNames = m_analysis->corpus->sourceNames();
    syncRows(*this, {}, m_rows, rowKeys, std::move(fresh), freshKeys, ColumnCount);
}

QModelIndex ClaimsModel::indexOfClaim(int claimIndex) const
{
    const qsizetype row = m_rows.indexOf(claimIndex);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

const Claim *ClaimsModel::claimAt(int row) const
{
    if (!m_analysis || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_analysis->claims[m_rows[row]];
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    return columnTitle({tr("Kind"), tr("Claim"), tr("Sources")}, section, orientation, role);
}

// One line per source; past kMaxTooltipSources a summary that names the sources that state
// the claim or a version of it (up to that many each) and counts the silent ones.
QString ClaimsModel::sourcesTooltip(const QList<SourceMark> &marks) const
{
    constexpr int kMaxTooltipSources = 20;
    QStringList lines;
    if (marks.size() <= kMaxTooltipSources) {
        for (int a = 0; a < marks.size(); ++a) {
            const QString name = m_sourceNames.value(a);
            switch (marks[a]) {
            case SourceMark::States: lines << tr("%1: states it").arg(name); break;
            case SourceMark::Differs: lines << tr("%1: states a different version").arg(name); break;
            case SourceMark::Silent: lines << tr("%1: silent").arg(name); break;
            }
        }
        return lines.join(u'\n');
    }
    QStringList states, differs;
    int silent = 0;
    for (int a = 0; a < marks.size(); ++a) {
        if (marks[a] == SourceMark::States)
            states << m_sourceNames.value(a);
        else if (marks[a] == SourceMark::Differs)
            differs << m_sourceNames.value(a);
        else
            ++silent;
    }
    const auto named = [](const QStringList &names) {
        QString text = names.mid(0, kMaxTooltipSources).join(QStringLiteral(", "));
        if (names.size() > kMaxTooltipSources)
            text += u' ' + tr("and %n more", nullptr, int(names.size() - kMaxTooltipSources));
        return text;
    };
    if (!states.isEmpty())
        lines << tr("%n source(s) state it: %1", nullptr, int(states.size())).arg(named(states));
    if (!differs.isEmpty())
        lines << tr("%n source(s) state a different version: %1", nullptr, int(differs.size())).arg(named(differs));
    if (silent > 0)
        lines << tr("%n source(s) are silent", nullptr, silent);
    return lines.join(u'\n');
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int claimIndex = m_rows[index.row()];
    const Claim &c = m_analysis->claims[claimIndex];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return claimKindTitle(c.kind);
        case TextColumn: return c.listText();
        case SourcesColumn: return c.articleCount();
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() != SourcesColumn) {
            const QString text = c.listText();
            return c.reason.isEmpty() ? text : text + u'\n' + c.reason;
        }
        return sourcesTooltip(claimSourceMarks(c, int(m_sourceNames.size())));
    }
    case ClaimIndexRole: return claimIndex;
    case KindRole: return int(c.kind);
    case MarksRole: {
        QList<int> marks;
        const QList<SourceMark> source = claimSourceMarks(c, int(m_sourceNames.size()));
        marks.reserve(source.size());
        for (SourceMark m : source)
            marks << int(m);
        return QVariant::fromValue(marks);
    }
    case StatingRole: return c.articleCount();
    case SortRole:
        switch (index.column()) {
        case KindColumn: return int(c.kind);
        case TextColumn:
            // The worker's ranking when the analysis has one (a number to compare), else the text.
            if (m_analysis->claimTextRank.size() == m_analysis->claims.size())
                return m_analysis->claimTextRank[claimIndex];
            return c.listText().toCaseFolded();
        case SourcesColumn: return c.articleCount();
        }
        return {};
    default: return {};
    }
}
