// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "claimsmodel.h"
#include "datevalue.h"
#include "dockpalette.h"
#include "elidedname.h"

#include <algorithm>
#include <functional>

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int RowHeight = 20;
constexpr int MarkSize = 9;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline of dates and dated claims"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimelineWidget::setAnalysis(AnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_marks.clear();
    m_sources.clear();
    m_dates.clear();
    if (m_analysis && m_analysis->corpus) {
        m_sources = m_analysis->corpus->sourceNames();
        // The claims' versions per article, by start (made by the worker): a date
        // mention looks up the claims it falls in there instead of going through
        // every claim (2,000 articles have 100,000 claims and tens of thousands of date mentions).
        const QList<ArticleIndex> index = articleIndexOf(*m_analysis);
        QList<int> dated;
        const QList<Entity> &entities = m_analysis->entities;
        for (int e = 0; e < entities.size(); ++e) {
            if (entities[e].type != EntityType::Date)
                continue;
            // A year, a month and a day are slots of their own ("1986" is no 1 January).
            const QString &value = entities[e].value;
            if (!isDateValue(value))
                continue;
            QSet<int> seen;
            for (const Mention &m : entities[e].mentions) {
                if (!seen.contains(m.article)) {
                    seen.insert(m.article);
                    m_marks.append({m.article, value, e, -1});
                }
                // A claim is dated when one of its versions names a date; in claim order.
                dated.clear();
                if (m.article >= 0 && m.article < index.size())
                    dated = index[m.article].claimsOverlapping(m.range);
                std::sort(dated.begin(), dated.end());
                dated.erase(std::unique(dated.begin(), dated.end()), dated.end());
                for (int c : std::as_const(dated))
                    m_marks.append({m.article, value, -1, c});
            }
            if (!m_dates.contains(value))
                m_dates.append(value);
        }
    }
    // ISO values sort in calendar order, a year before its months and a month before its days.
    std::sort(m_dates.begin(), m_dates.end());
    measureLabels();
    updateGeometry();
    update();
}

void TimelineWidget::setCurrentEntity(int entityIndex)
{
    m_currentEntity = entityIndex;
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {480, 28 + RowHeight * int(qMax<qsizetype>(1, m_sources.size()))};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {200, 28 + RowHeight};
}

void TimelineWidget::measureLabels()
{
    // Measured when first needed (a paint, a click): with thousands of sources
    // that is tens of milliseconds the new analysis need not wait for.
    m_labelWidth = -1;
}

int TimelineWidget::labelWidth() const
{
    if (m_labelWidth < 0) {
        // The widest name is among the longest ones: only those are measured
        // (thousands of sources took tens of milliseconds of a paint).
        constexpr qsizetype measured = 32;
        QList<qsizetype> lengths;
        lengths.reserve(m_sources.size());
        for (const QString &s : std::as_const(m_sources))
            lengths.append(s.size());
        qsizetype shortest = 0;
        if (lengths.size() > measured) {
            std::nth_element(lengths.begin(), lengths.begin() + measured - 1, lengths.end(), std::greater<>());
            shortest = lengths[measured - 1];
        }
        m_labelWidth = 0;
        for (const QString &s : std::as_const(m_sources)) {
            if (s.size() >= shortest)
                m_labelWidth = qMax(m_labelWidth, fontMetrics().horizontalAdvance(s));
        }
    }
    return m_labelWidth;
}

QRectF TimelineWidget::plotRect() const
{
    const int label = qMin(labelWidth(), width() / 4);
    return QRectF(label + 16, 4, qMax(10, width() - label - 32), RowHeight * qMax<qsizetype>(1, m_sources.size()));
}

QStringList TimelineWidget::axisLabels() const
{
    QStringList labels;
    for (const QString &value : m_dates)
        labels << displayDate(value);
    return labels;
}

qreal TimelineWidget::xFor(const QString &value) const
{
    const QRectF plot = plotRect();
    const qsizetype slot = m_dates.indexOf(value);
    if (slot < 0 || m_dates.isEmpty())
        return plot.center().x();
    return plot.left() + plot.width() * (qreal(slot) + 0.5) / qreal(m_dates.size());
}

QRectF TimelineWidget::markRect(int i) const
{
    const Mark &m = m_marks[i];
    const qreal y = markCentreY(m, plotRect());
    return QRectF(xFor(m.value) - MarkSize / 2.0, y - MarkSize / 2.0, MarkSize, MarkSize);
}

qreal TimelineWidget::markCentreY(const Mark &m, const QRectF &plot) const
{
    // Claims sit just below the dates of their row so both stay visible.
    return plot.top() + m.article * RowHeight + RowHeight / 2.0 + (m.claim >= 0 ? 4 : -3);
}

int TimelineWidget::markAt(const QPointF &pos) const
{
    for (int i = int(m_marks.size()) - 1; i >= 0; --i) {
        if (markRect(i).adjusted(-2, -2, 2, 2).contains(pos))
            return i;
    }
    return -1;
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    // Rows and marks outside the exposed area are skipped: with hundreds of
    // sources most of them lie below the dock's edge.
    const QRectF exposed = QRectF(event->rect()).adjusted(-2, -2, 2, 2);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF plot = plotRect();
    QColor rule = pal.color(QPalette::Text);
    rule.setAlphaF(0.15f);
    p.setPen(pal.color(QPalette::Text));
    for (int a = 0; a < m_sources.size(); ++a) {
        const qreal y = plot.top() + a * RowHeight;
        if (y > exposed.bottom())
            break;
        if (y + RowHeight < exposed.top())
            continue;
        p.setPen(DockPalette::sourceColor(a, pal));
        p.drawText(QRectF(4, y, plot.left() - 12, RowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   elidedSourceName(fontMetrics(), m_sources[a], int(plot.left()) - 12));
        p.setPen(rule);
        p.drawLine(QPointF(plot.left(), y + RowHeight / 2.0), QPointF(plot.right(), y + RowHeight / 2.0));
    }
    if (m_marks.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No dates found"));
        return;
    }
    // The axis: every date that has room for its label, left to right.
    p.setPen(pal.color(QPalette::PlaceholderText));
    const qreal axisY = plot.bottom() + 2;
    qreal lastRight = -1e9;
    for (const QString &value : std::as_const(m_dates)) {
        const QString label = displayDate(value);
        const qreal w = fontMetrics().horizontalAdvance(label);
        const qreal x = qBound(plot.left(), xFor(value) - w / 2, plot.right() - w);
        if (x < lastRight + 8)
            continue;
        p.drawText(QPointF(x, axisY + fontMetrics().ascent()), label);
        lastRight = x + w;
    }
    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &m = m_marks[i];
        // Its row first: most marks are in rows out of sight.
        const qreal y = markCentreY(m, plot);
        if (y + MarkSize / 2.0 + 3 < exposed.top() || y - MarkSize / 2.0 - 3 > exposed.bottom())
            continue;
        const QRectF r = markRect(i);
        if (!r.adjusted(-3, -3, 3, 3).intersects(exposed))
            continue;
        const QColor c = DockPalette::sourceColor(m.article, pal);
        if (m.claim >= 0) {
            QPainterPath diamond;
            diamond.moveTo(r.center().x(), r.top());
            diamond.lineTo(r.right(), r.center().y());
            diamond.lineTo(r.center().x(), r.bottom());
            diamond.lineTo(r.left(), r.center().y());
            diamond.closeSubpath();
            p.setPen(QPen(c, 1.5));
            p.setBrush(pal.color(QPalette::Base));
            p.drawPath(diamond);
        } else {
            const bool current = m.entity == m_currentEntity;
            p.setPen(current ? QPen(pal.color(QPalette::Text), 2) : Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(current ? r.adjusted(-1.5, -1.5, 1.5, 1.5) : r);
        }
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const int i = markAt(event->position());
    if (i < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_marks[i].claim >= 0)
        Q_EMIT claimClicked(m_marks[i].claim);
    else
        Q_EMIT entityClicked(m_marks[i].entity);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        measureLabels();
    if (event->type() == QEvent::ToolTip && m_analysis) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = markAt(help->pos());
        const QRectF plot = plotRect();
        const int row = int((help->pos().y() - plot.top()) / RowHeight);
        if (i < 0 && help->pos().x() < plot.left() && help->pos().y() >= plot.top() && row < m_sources.size()) {
            QToolTip::showText(help->globalPos(), m_sources[row], this); // the name its label may elide
            return true;
        }
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const Mark &m = m_marks[i];
        const QString what = m.claim >= 0 ? m_analysis->claims[m.claim].listText() : m_analysis->entities[m.entity].name;
        QToolTip::showText(help->globalPos(), QStringLiteral("%1 · %2\n%3").arg(m_sources.value(m.article), displayDate(m.value), what),
                           this);
        return true;
    }
    return QWidget::event(event);
}
