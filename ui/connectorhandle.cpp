// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectorhandle.h"

#include "articlecolumn.h"
#include "articletextview.h"

#include <QPainter>
#include <QPainterPath>

namespace {
// `color` at `alpha` over `background`, as an opaque colour. Ribbons are filled
// with opaque colours: Qt's raster engine blends translucent fills of more than
// a few dozen spans on its thread pool, and for a 34-pixel gutter the hand-offs
// cost many times the fill itself (tens of milliseconds per repaint on a busy
// machine; app/main.cpp turns that pool off, but opaque fills are also the
// cheapest blend).
QColor over(const QColor &color, qreal alpha, const QColor &background)
{
    return QColor::fromRgbF(color.redF() * alpha + background.redF() * (1 - alpha),
                            color.greenF() * alpha + background.greenF() * (1 - alpha),
                            color.blueF() * alpha + background.blueF() * (1 - alpha));
}
} // namespace

ConnectorHandle::ConnectorHandle(Qt::Orientation orientation, QSplitter *parent, const RibbonSource *source)
    : QSplitterHandle(orientation, parent)
    , m_source(source)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

ArticleColumn *ConnectorHandle::leftColumn() const
{
    const QSplitter *s = splitter();
    int index = -1;
    for (int i = 0; i < s->count(); ++i) {
        if (s->handle(i) == this) {
            index = i;
            break;
        }
    }
    for (int i = index - 1; i >= 0; --i) {
        if (!s->widget(i)->isHidden())
            return qobject_cast<ArticleColumn *>(s->widget(i));
    }
    return nullptr;
}

ArticleColumn *ConnectorHandle::rightColumn() const
{
    const QSplitter *s = splitter();
    for (int i = 0; i < s->count(); ++i) {
        if (s->handle(i) == this)
            return s->widget(i)->isHidden() ? nullptr : qobject_cast<ArticleColumn *>(s->widget(i));
    }
    return nullptr;
}

void ConnectorHandle::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor background = palette().window().color();
    painter.fillRect(rect(), background);
    m_lastRibbonCount = 0;
    ArticleColumn *left = leftColumn();
    ArticleColumn *right = rightColumn();
    if (!left || !right || !m_source)
        return;
    const QWidget *leftViewport = left->textView()->viewport();
    const QWidget *rightViewport = right->textView()->viewport();
    const qreal leftOffset = mapFromGlobal(leftViewport->mapToGlobal(QPoint(0, 0))).y();
    const qreal rightOffset = mapFromGlobal(rightViewport->mapToGlobal(QPoint(0, 0))).y();
    const qreal top = qMax(leftOffset, rightOffset);
    const qreal bottom = qMin(leftOffset + leftViewport->height(), rightOffset + rightViewport->height());
    painter.setClipRect(QRectF(0, top, width(), bottom - top));

    const qreal w = width();
    QList<Ribbon> ribbons = m_source->ribbonsBetween(left, right);
    // The active ribbon last, on top.
    std::stable_sort(ribbons.begin(), ribbons.end(), [](const Ribbon &a, const Ribbon &b) { return a.active < b.active; });
    for (const Ribbon &r : std::as_const(ribbons)) {
        const qreal lt = r.leftTop + leftOffset, lb = r.leftBottom + leftOffset;
        const qreal rt = r.rightTop + rightOffset, rb = r.rightBottom + rightOffset;
        if (qMax(lb, rb) < top || qMin(lt, rt) > bottom)
            continue;
        QPainterPath path;
        path.moveTo(0, lt);
        path.cubicTo(w * 0.5, lt, w * 0.5, rt, w, rt);
        path.lineTo(w, rb);
        path.cubicTo(w * 0.5, rb, w * 0.5, lb, 0, lb);
        path.closeSubpath();
        // The fill without antialiasing (a third of the cost for tall ribbons);
        // the antialiased edge drawn over it smooths its outline.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(path, over(r.color, r.active ? 0.85 : 0.55, background));
        painter.setRenderHint(QPainter::Antialiasing, true);
        const QColor edge = r.edge.isValid() ? r.edge : r.color.darker(r.active ? 160 : 125);
        QPen pen(edge, r.active ? 1.6 : 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPath(path);
        ++m_lastRibbonCount;
    }
}

ComparisonSplitter::ComparisonSplitter(const RibbonSource *source, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_source(source)
{
    setHandleWidth(34);
    setChildrenCollapsible(false);
    setOpaqueResize(true);
}

QList<ConnectorHandle *> ComparisonSplitter::connectorHandles() const
{
    QList<ConnectorHandle *> handles;
    for (int i = 1; i < count(); ++i) {
        if (auto *h = qobject_cast<ConnectorHandle *>(handle(i)))
            handles.append(h);
    }
    return handles;
}

QSplitterHandle *ComparisonSplitter::createHandle()
{
    return new ConnectorHandle(orientation(), this, m_source);
}
