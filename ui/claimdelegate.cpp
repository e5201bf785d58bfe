// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimdelegate.h"

#include "claimsmodel.h"
#include "dockpalette.h"
#include "sourcemodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int MarkSize = 9;
constexpr int MarkGap = 4;
} // namespace

// More sources than dots fit: one bar, the share that states the claim, then
// the share with another version, on a track for the silent rest.
void ClaimDelegate::paintSourceBar(QPainter *painter, const QStyleOptionViewItem &option, const QList<int> &marks) const
{
    int states = 0, differs = 0;
    for (int m : marks) {
        states += SourceMark(m) == SourceMark::States;
        differs += SourceMark(m) == SourceMark::Differs;
    }
    const QRectF track(option.rect.left() + 4, option.rect.center().y() - MarkSize / 2.0, option.rect.width() - 8, MarkSize);
    painter->setPen(Qt::NoPen);
    QColor silent = DockPalette::silentColor(option.palette);
    silent.setAlphaF(0.35f);
    painter->setBrush(silent);
    painter->drawRoundedRect(track, MarkSize / 2.0, MarkSize / 2.0);
    const qreal unit = track.width() / qMax<qsizetype>(1, marks.size());
    // At least a few pixels each, so that one source of two thousand still shows.
    const qreal stateWidth = states ? qMax<qreal>(3, states * unit) : 0;
    const qreal differWidth = differs ? qMax<qreal>(3, differs * unit) : 0;
    painter->setBrush(DockPalette::sourceColor(0, option.palette));
    painter->drawRoundedRect(QRectF(track.left(), track.top(), qMin(stateWidth, track.width()), track.height()), MarkSize / 2.0,
                             MarkSize / 2.0);
    if (differWidth > 0) {
        painter->setBrush(DockPalette::kindColor(ClaimKind::Conflict, option.palette));
        painter->drawRect(QRectF(track.left() + qMin(stateWidth, track.width() - differWidth), track.top(), differWidth, track.height()));
    }
}

QSize ClaimDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The kind and sources columns are sized to their contents over a thousand
    // rows that show a few distinct texts ("Shared", "3"); the claims model gives
    // those cells nothing but their text, so a size measured once per text and
    // font is the size of every such cell.
    const int column = index.column();
    const bool sized = column == ClaimsModel::KindColumn || column == ClaimsModel::SourcesColumn;
    const QString text = sized ? index.data().toString() : QString();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    if (sized && (option.font != m_measuredFont || style != m_measuredStyle)) {
        m_measured.clear();
        m_measuredFont = option.font;
        m_measuredStyle = style;
    }
    const auto known = sized ? m_measured.constFind({column, text}) : m_measured.cend();
    QSize size;
    if (known != m_measured.cend()) {
        size = *known;
    } else {
        size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
        if (column == ClaimsModel::KindColumn)
            size.setWidth(option.fontMetrics.horizontalAdvance(text) + 24);
        if (sized)
            m_measured.insert({column, text}, size);
    }
    if (column == ClaimsModel::SourcesColumn) {
        // A mark per article of the corpus (MarksRole has an entry for each).
        const ClaimsModel *model = sourceModelOf<ClaimsModel>(index);
        const int n = model ? int(model->sourceNames().size()) : int(index.data(ClaimsModel::MarksRole).value<QList<int>>().size());
        // A dot per source up to 24; beyond, one bar as wide as ten dots (paintSourceBar).
        size.setWidth((n <= 24 ? n : 10) * (MarkSize + MarkGap) + 8);
    }
    return size;
}

bool ClaimDelegate::paintsContents(const QModelIndex &index) const
{
    return index.column() != ClaimsModel::TextColumn;
}

void ClaimDelegate::paintContents(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.column() == ClaimsModel::KindColumn) {
        const ClaimKind kind = ClaimKind(index.data(ClaimsModel::KindRole).toInt());
        const QColor color = DockPalette::kindColor(kind, option.palette);
        const QString text = index.data().toString();
        const int w = option.fontMetrics.horizontalAdvance(text) + 12;
        const QRectF chip(option.rect.left() + 4, option.rect.center().y() - option.fontMetrics.height() / 2.0 - 1, w,
                          option.fontMetrics.height() + 2);
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
        if (marks.size() * (MarkSize + MarkGap) > available) {
            paintSourceBar(painter, option, marks);
            painter->restore();
            return;
        }
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
