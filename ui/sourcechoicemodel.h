// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The choices of the claims panel's source boxes, one row per outlet, made
// when asked: a big story has thousands of outlets, and a box shows a dozen.
//   Stated:  "All sources", "Stated by A", "Stated by B", ...   (data: article, -1 for all)
//   Focus:   "All claims", "Only in A", ..., "Left out by A", ... (data: QPoint(focus, article))
#include <QAbstractListModel>
#include <QStringList>

class SourceChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Choices { Stated, Focus };

    SourceChoiceModel(Choices choices, QObject *parent = nullptr);

    void setSourceNames(const QStringList &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Choices m_choices;
    QStringList m_names;
};
