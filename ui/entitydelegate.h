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

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    // A group's heading ("People", "Places") in bold and the placeholder text's colour.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Entity rows; group headings are the style's to draw.
    bool paintsContents(const QModelIndex &index) const override;
    void paintContents(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paintName(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
