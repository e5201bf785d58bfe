// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A delegate that paints its own contents (chips, source marks, count bars) over the
// row's background and selection as the style draws them; the cells it leaves to the style
// are drawn whole, text and all.
#include <QStyledItemDelegate>

class PaintedDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const final;

protected:
    // Whether paintContents() paints `index`'s cell (else the style does).
    virtual bool paintsContents(const QModelIndex &index) const = 0;
    // The cell's contents, over the style's background, focus and selection of it.
    virtual void paintContents(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const = 0;

private:
    // The style's background, focus and selection of `index`'s cell, without its text.
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
