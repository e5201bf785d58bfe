// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The model under any proxies a view shows (a delegate asks its own model for more than one cell's data).
#include <QAbstractProxyModel>
#include <QModelIndex>

template<typename Model>
const Model *sourceModelOf(const QModelIndex &index)
{
    const QAbstractItemModel *m = index.model();
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(m))
        m = proxy->sourceModel();
    return qobject_cast<const Model *>(m);
}
