// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Filters a ClaimsModel by kind, by source, by text, and to what one outlet
// alone says ("only in") or what the others say and it does not ("left out by").
#include "analysis.h"

#include "rowfiltermodel.h"

#include <optional>

class ClaimFilterModel : public RowFilterModel
{
    Q_OBJECT
public:
    explicit ClaimFilterModel(QObject *parent = nullptr);

    void setKind(std::optional<ClaimKind> kind);
    std::optional<ClaimKind> kind() const { return m_kind; }
    // Claims this article states, either version; -1 for all.
    void setSource(int article);
    int source() const { return m_source; }

    // Every claim, the claims only `article` states, or those the others state and it leaves out.
    enum Focus { AllClaims, OnlyIn, LeftOutBy };
    Q_ENUM(Focus)
    void setFocus(Focus focus, int article = -1);
    Focus focus() const { return m_focus; }
    int focusArticle() const { return m_focusArticle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ClaimKind> m_kind;
    int m_source = -1;
    Focus m_focus = AllClaims;
    int m_focusArticle = -1;
};
