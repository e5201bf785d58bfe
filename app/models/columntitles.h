// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The horizontal header of a model whose columns have fixed titles (the claims and entity
// models): `titles[section]` for the display role, nothing for other roles, for vertical
// headers or for a section past the titles.
#include <QStringList>
#include <QVariant>

inline QVariant columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return {};
    return titles[section];
}
