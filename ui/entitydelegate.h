// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the entity sidebar's rows: the name over its other spellings (or a
// date's normalised value), and per source a small bar of its mention count.
#include "painteddelegate.h"

class EntityDelegate : public PaintedDelegate
{
    Q_OBJECT
public:
    using PaintedDelegate::PaintedDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintName(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
