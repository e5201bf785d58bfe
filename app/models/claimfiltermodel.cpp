// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimfiltermodel.h"

#include "claimsmodel.h"

ClaimFilterModel::ClaimFilterModel(QObject *parent)
    : RowFilterModel(parent)
{
    setSortRole(ClaimsModel::SortRole);
}

void ClaimFilterModel::setKind(std::optional<ClaimKind> kind)
{
    refilterOnChange(m_kind, kind);
}

void ClaimFilterModel::setSource(int article)
{
    refilterOnChange(m_source, article);
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

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Unfiltered, the answer is yes for each of possibly 100,000 rows.
    if (!m_kind && m_source < 0 && (m_focus == AllClaims || m_focusArticle < 0) && filterText().isEmpty())
        return true;
    const auto *claims = qobject_cast<const ClaimsModel *>(sourceModel());
    const Claim *claim = claims ? claims->claimAt(sourceRow) : nullptr;
    if (!claim || sourceParent.isValid())
        return false;
    if (m_kind && claim->kind != *m_kind)
        return false;
    if (m_source >= 0 && !claim->memberIn(m_source))
        return false;
    if (m_focus != AllClaims && m_focusArticle >= 0) {
        const bool focusSays = claim->memberIn(m_focusArticle) != nullptr;
        const int others = claim->articleCount() - (focusSays ? 1 : 0);
        if (m_focus == OnlyIn && (!focusSays || others > 0))
            return false;
        // Left out: at least one other outlet reports it and this one is silent.
        if (m_focus == LeftOutBy && (focusSays || others == 0))
            return false;
    }
    return filterText().isEmpty() || claim->listText().contains(filterText(), Qt::CaseInsensitive);
}
