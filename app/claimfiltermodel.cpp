#include "claimfiltermodel.h"

#include "claimsmodel.h"

ClaimFilterModel::ClaimFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClaimsModel::SortRole);
}

void ClaimFilterModel::setKind(std::optional<ClaimKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ClaimFilterModel::setSource(int article)
{
    if (article == m_source)
        return;
    m_source = article;
    invalidateRowsFilter();
}

void ClaimFilterModel::setFocus(Focus focus, int article)
{
    if (focus == AllClaims)
        article = -1;
    if (focus == m_focus && article == m_focusArticle)
        return;
    m_focus = focus;
    m_focusArticle = article;
    invalidateRowsFilter();
}

void ClaimFilterModel::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
}

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, ClaimsModel::TextColumn, sourceParent);
    if (m_kind && ClaimKind(idx.data(ClaimsModel::KindRole).toInt()) != *m_kind)
        return false;
    const QList<int> marks = idx.data(ClaimsModel::MarksRole).value<QList<int>>();
    auto says = [&marks](int article) { return marks.value(article, 0) != int(SourceMark::Silent); };
    if (m_source >= 0 && !says(m_source))
        return false;
    if (m_focus != AllClaims && m_focusArticle >= 0) {
        int others = 0;
        for (int a = 0; a < marks.size(); ++a)
            others += a != m_focusArticle && says(a);
        if (m_focus == OnlyIn && (!says(m_focusArticle) || others > 0))
            return false;
        // Left out: at least one other outlet reports it and this one is silent.
        if (m_focus == LeftOutBy && (says(m_focusArticle) || others == 0))
            return false;
    }
    return m_text.isEmpty() || idx.data().toString().contains(m_text, Qt::CaseInsensitive);
}
