// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A delegate that paints its own contents (chips, source marks, count bars) over the
// row's background and selection as the style draws them.
#include <QStyledItemDelegate>

class PaintedDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // The style's background, focus and selection of `index`'s cell, without its text.
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
