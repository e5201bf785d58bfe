// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Updating a model's rows in place when a re-analysis of the same articles arrives: the
// rows whose key is gone are removed (in runs), the kept ones refreshed where they are,
// the new ones appended, each with the signals a view needs, so that selections and
// persistent indexes of the kept rows survive. The claims and entity models share it;
// each declares it a friend (it calls the model's protected begin/end functions).
#include <QAbstractItemModel>
#include <QHash>
#include <QList>

// `rows` are `model`'s rows under `parent` (with `columns` columns), `rowKeys` their keys;
// `fresh` the rows the new analysis makes, `freshKeys` theirs. Keys are unique per list.
template<typename Model, typename Row, typename Key>
void syncRows(Model &model, const QModelIndex &parent, QList<Row> &rows, const QList<Key> &rowKeys, QList<Row> fresh,
              const QList<Key> &freshKeys, int columns)
{
    QHash<Key, qsizetype> freshByKey;
    freshByKey.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshByKey.insert(freshKeys[i], i);
    // Where each current row sits among the fresh ones, -1 when it is gone.
    QList<qsizetype> next(rows.size(), -1);
    for (qsizetype r = 0; r < rows.size(); ++r)
        next[r] = freshByKey.value(rowKeys[r], -1);

    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        if (next[i] >= 0)
            continue;
        qsizetype first = i;
        while (first > 0 && next[first - 1] < 0)
            --first;
        model.beginRemoveRows(parent, int(first), int(i));
        rows.remove(first, i - first + 1);
        next.remove(first, i - first + 1);
        model.endRemoveRows();
        i = first;
    }
    QList<bool> used(fresh.size(), false);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        used[next[r]] = true;
        rows[r] = fresh[next[r]];
    }
    if (!rows.isEmpty())
        Q_EMIT model.dataChanged(model.index(0, 0, parent), model.index(int(rows.size()) - 1, columns - 1, parent));
    QList<Row> added;
    for (qsizetype j = 0; j < fresh.size(); ++j) {
        if (!used[j])
            added.append(std::move(fresh[j]));
    }
    if (!added.isEmpty()) {
        model.beginInsertRows(parent, int(rows.size()), int(rows.size() + added.size()) - 1);
        rows.append(std::move(added));
        model.endInsertRows();
    }
}
