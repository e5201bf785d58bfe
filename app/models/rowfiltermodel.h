// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the claims and entity filter models share: a filter text (trimmed; empty keeps
// every row) and setters that refilter only when a value really changes.
#include <QSortFilterProxyModel>

class RowFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterText(const QString &text) { refilterOnChange(m_text, text.trimmed()); }
    QString filterText() const { return m_text; }

protected:
    // Sets `member` to `value` and filters the rows again, unless it holds `value` already.
    template<typename T>
    void refilterOnChange(T &member, const T &value)
    {
        if (member == value)
            return;
        member = value;
        invalidateRowsFilter();
    }

private:
    QString m_text;
};
