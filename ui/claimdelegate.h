// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the claims list: a coloured chip for the kind and a row of source
// marks (filled: states it, ringed and orange: a different version, faint: silent).
#include <QFont>
#include <QHash>
#include <QPair>
#include <QSize>
#include "painteddelegate.h"

class ClaimDelegate : public PaintedDelegate
{
    Q_OBJECT
public:
    using PaintedDelegate::PaintedDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The kind and sources cells; the claim's text is the style's to draw.
    bool paintsContents(const QModelIndex &index) const override;
    void paintContents(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paintSourceBar(QPainter *painter, const QStyleOptionViewItem &option, const QList<int> &marks) const;

    // Sizes of kind and sources cells by (column, text), for m_measuredFont.
    mutable QHash<QPair<int, QString>, QSize> m_measured;
    mutable QFont m_measuredFont;
    mutable const QStyle *m_measuredStyle = nullptr;
};
