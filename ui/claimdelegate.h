#pragma once
// Paints the claims list: a coloured chip for the kind and a row of source
// marks (filled: states it, ringed and orange: a different version, faint: silent).
#include <QStyledItemDelegate>

class ClaimDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
