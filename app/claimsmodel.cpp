#include "claimsmodel.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// Claims have no stable id across analyses; their kind and where they sit do.
QString claimKey(const Claim &c)
{
    QString key = claimKindKey(c.kind);
    for (const ClaimMember &m : c.members)
        key += QStringLiteral("|%1:%2-%3").arg(m.article).arg(m.range.start).arg(m.range.end);
    return key;
}
} // namespace

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

QString claimShortText(const Claim &claim)
{
    QString text = claim.summary;
    if (text.isEmpty() && !claim.members.isEmpty())
        text = claim.members.first().text;
    return text.simplified();
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

QList<ClaimsModel::Row> ClaimsModel::rowsFor(const Analysis &analysis) const
{
    const int articles = analysis.corpus ? int(analysis.corpus->articles.size()) : 0;
    QList<Row> rows;
    rows.reserve(analysis.claims.size());
    for (int i = 0; i < analysis.claims.size(); ++i) {
        const Claim &c = analysis.claims[i];
        Row r;
        r.claimIndex = i;
        r.key = claimKey(c);
        r.kind = c.kind;
        r.text = claimShortText(c);
        for (SourceMark m : claimSourceMarks(c, articles)) {
            r.marks << int(m);
            r.stating += m != SourceMark::Silent;
        }
        rows.append(std::move(r));
    }
    return rows;
}

void ClaimsModel::setAnalysis(AnalysisPtr analysis)
{
    const bool keep = m_analysis && analysis && m_analysis->corpus && analysis->corpus
        && m_analysis->corpus->hasSameArticles(*analysis->corpus);
    QList<Row> fresh = analysis ? rowsFor(*analysis) : QList<Row>();
    QStringList names;
    if (analysis && analysis->corpus) {
        for (const Article &a : analysis->corpus->articles)
            names << a.sourceName();
    }
    if (!keep) {
        beginResetModel();
        m_analysis = std::move(analysis);
        m_sourceNames = names;
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    m_analysis = std::move(analysis);
    m_sourceNames = names;

    // Same scheme as the entity model: drop what is gone, refresh what stays, append the new.
    QHash<QString, qsizetype> freshByKey;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshByKey.insert(fresh[i].key, i);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (freshByKey.contains(m_rows[i].key))
            continue;
        qsizetype first = i;
        while (first > 0 && !freshByKey.contains(m_rows[first - 1].key))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    QList<bool> used(fresh.size(), false);
    for (Row &r : m_rows) {
        const qsizetype j = freshByKey.value(r.key);
        used[j] = true;
        r = fresh[j];
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<Row> added;
    for (qsizetype j = 0; j < fresh.size(); ++j) {
        if (!used[j])
            added.append(std::move(fresh[j]));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
    }
}

QModelIndex ClaimsModel::indexOfClaim(int claimIndex) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].claimIndex == claimIndex)
            return index(r, 0);
    }
    return {};
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Claim");
    case SourcesColumn: return tr("Sources");
    default: return {};
    }
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return claimKindTitle(r.kind);
        case TextColumn: return r.text;
        case SourcesColumn: return r.stating;
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() != SourcesColumn) {
            const Claim &c = m_analysis->claims[r.claimIndex];
            return c.reason.isEmpty() ? r.text : r.text + u'\n' + c.reason;
        }
        QStringList lines;
        for (int a = 0; a < r.marks.size(); ++a) {
            const QString name = m_sourceNames.value(a);
            switch (SourceMark(r.marks[a])) {
            case SourceMark::States: lines << tr("%1: states it").arg(name); break;
            case SourceMark::Differs: lines << tr("%1: states a different version").arg(name); break;
            case SourceMark::Silent: lines << tr("%1: silent").arg(name); break;
            }
        }
        return lines.join(u'\n');
    }
    case ClaimIndexRole: return r.claimIndex;
    case KindRole: return int(r.kind);
    case MarksRole: return QVariant::fromValue(r.marks);
    case StatingRole: return r.stating;
    case SortRole:
        switch (index.column()) {
        case KindColumn: return int(r.kind);
        case TextColumn: return r.text.toLower();
        case SourcesColumn: return r.stating;
        }
        return {};
    default: return {};
    }
}
