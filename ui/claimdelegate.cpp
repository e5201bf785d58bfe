#include "claimdelegate.h"

#include "claimsmodel.h"
#include "dockpalette.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int MarkSize = 9;
constexpr int MarkGap = 4;
}

QSize ClaimDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    if (index.column() == ClaimsModel::SourcesColumn) {
        const int n = int(index.data(ClaimsModel::MarksRole).value<QList<int>>().size());
        size.setWidth(qMin(n, 24) * (MarkSize + MarkGap) + 8);
    } else if (index.column() == ClaimsModel::KindColumn) {
        size.setWidth(option.fontMetrics.horizontalAdvance(index.data().toString()) + 24);
    }
    return size;
}

void ClaimDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == ClaimsModel::TextColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.column() == ClaimsModel::KindColumn) {
        const ClaimKind kind = ClaimKind(index.data(ClaimsModel::KindRole).toInt());
        const QColor color = DockPalette::kindColor(kind, option.palette);
        const QString text = index.data().toString();
        const int w = option.fontMetrics.horizontalAdvance(text) + 12;
        const QRectF chip(option.rect.left() + 4, option.rect.center().y() - option.fontMetrics.height() / 2.0 - 1,
                          w, option.fontMetrics.height() + 2);
        QColor fill = color;
        fill.setAlphaF(0.18f);
        painter->setPen(QPen(color, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(chip, Qt::AlignCenter, text);
    } else {
        const QList<int> marks = index.data(ClaimsModel::MarksRole).value<QList<int>>();
        const qreal available = option.rect.width() - 8;
        const qreal step = marks.isEmpty() ? 0 : qMin<qreal>(MarkSize + MarkGap, available / marks.size());
        const qreal size = qMin<qreal>(MarkSize, qMax<qreal>(2, step - 1));
        const qreal y = option.rect.center().y() - size / 2;
        const QColor conflict = DockPalette::kindColor(ClaimKind::Conflict, option.palette);
        for (int a = 0; a < marks.size(); ++a) {
            const QRectF dot(option.rect.left() + 4 + a * step, y, size, size);
            switch (SourceMark(marks[a])) {
            case SourceMark::States:
                painter->setPen(Qt::NoPen);
                painter->setBrush(DockPalette::sourceColor(a, option.palette));
                painter->drawEllipse(dot);
                break;
            case SourceMark::Differs:
                painter->setPen(QPen(conflict, 2));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(dot.adjusted(1, 1, -1, -1));
                break;
            case SourceMark::Silent:
                painter->setPen(QPen(DockPalette::silentColor(option.palette), 1));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(dot.adjusted(2, 2, -2, -2));
                break;
            }
        }
    }
    painter->restore();
}
