// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydelegate.h"

#include "dockpalette.h"
#include "entitytreemodel.h"
#include "sourcemodel.h"

#include <QApplication>
#include <QPainter>

namespace {
QString subtitle(const QModelIndex &index)
{
    return index.data(EntityTreeModel::DetailRole).toString();
}

constexpr int BarWidth = 6;
constexpr int BarGap = 2;
} // namespace

QSize EntityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(EntityTreeModel::IsGroupRole).toBool())
        return size + QSize(0, 6);
    const int line = option.fontMetrics.height();
    if (index.column() == EntityTreeModel::MentionsColumn) {
        const EntityTreeModel *model = sourceModelOf<EntityTreeModel>(index);
        const int n = model ? model->articleCount() : 0;
        // A bar per source up to a dozen; more sources share that width (the
        // names beside need the room more than a big story's bars do).
        size.setWidth(qMin(n, 12) * (BarWidth + BarGap) + option.fontMetrics.horizontalAdvance(QStringLiteral("000")) + 12);
    }
    size.setHeight(subtitle(index.siblingAtColumn(0)).isEmpty() ? line + 8 : 2 * line + 8);
    return size;
}

void EntityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    PaintedDelegate::initStyleOption(option, index);
    if (!index.data(EntityTreeModel::IsGroupRole).toBool())
        return;
    option->font.setBold(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

bool EntityDelegate::paintsContents(const QModelIndex &index) const
{
    return !index.data(EntityTreeModel::IsGroupRole).toBool();
}

void EntityDelegate::paintContents(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == EntityTreeModel::NameColumn)
        paintName(painter, option, index);
    else
        paintCounts(painter, option, index);
}

void EntityDelegate::paintName(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6f);
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const int line = option.fontMetrics.height();
    painter->save();
    painter->setFont(option.font);
    // A name met only in bylines and credits is shown as the furniture it is: dimmed.
    painter->setPen(index.data(EntityTreeModel::FurnitureRole).toBool() ? dim : text);
    const QString name = index.data(EntityTreeModel::NameRole).toString();
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name, Qt::ElideRight, r.width()));
    const QString sub = subtitle(index);
    if (!sub.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.88);
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(r.left(), r.top() + line, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(sub, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

void EntityDelegate::paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const EntityTreeModel *model = sourceModelOf<EntityTreeModel>(index);
    const QList<int> counts = index.data(EntityTreeModel::CountsRole).value<QList<int>>();
    const int total = index.data(EntityTreeModel::TotalRole).toInt();
    const int scale = qMax(1, model ? model->maxCount() : 1);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect.adjusted(4, 5, -4, -5);
    const QString number = QString::number(total);
    const int numberWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("000"));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Many sources share the width; a few get bars of a fixed, readable size.
    const int available = qMax(1, r.width() - numberWidth - 6);
    const qreal step = counts.isEmpty() ? 0 : qMin<qreal>(BarWidth + BarGap, qreal(available) / counts.size());
    const qreal barWidth = qMax<qreal>(1.0, step - (step > 4 ? BarGap : 0));
    for (int a = 0; a < counts.size(); ++a) {
        const qreal x = r.left() + a * step;
        if (counts[a] == 0) {
            painter->fillRect(QRectF(x, r.bottom() - 1, barWidth, 2), DockPalette::silentColor(option.palette));
            continue;
        }
        // At least a third of the height so that one mention is still visible.
        const qreal h = qMax<qreal>(r.height() / 3.0, r.height() * qreal(counts[a]) / scale);
        painter->fillRect(QRectF(x, r.bottom() + 1 - h, barWidth, h), DockPalette::sourceColor(a, option.palette));
    }
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(r.right() - numberWidth, option.rect.top(), numberWidth, option.rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}
