// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletextview.h"

#include "viewporttooltip.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPlainTextDocumentLayout>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

ArticleTextView::ArticleTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleTextView::scrolled);
    // New text: the placed marks belong to blocks that are gone.
    connect(document(), &QTextDocument::contentsChanged, this, [this] { m_marks.clear(); });
}

template<typename LineFunction>
void ArticleTextView::forEachLine(const QList<VisibleBlock> &blocks, const TextRange &range, LineFunction lineFunction)
{
    // The last block starting at or before the range, then on while blocks start inside it.
    auto it =
        std::upper_bound(blocks.cbegin(), blocks.cend(), range.start, [](qsizetype at, const VisibleBlock &b) { return at < b.position; });
    if (it != blocks.cbegin())
        --it;
    for (; it != blocks.cend() && it->position < range.end; ++it) {
        const QTextLayout *layout = it->block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const int blockStart = int(it->position);
        // In left-aligned left-to-right text a line's text starts at its x and is
        // naturalTextWidth() wide: where a range covers the start or the end of a
        // line that is known without QTextLine::cursorToX(), which walks the line's
        // items on every call (a tint covers nearly every line in view).
        const Qt::Alignment alignment = layout->textOption().alignment();
        const bool plainLtr =
            it->block.textDirection() == Qt::LeftToRight && !(alignment & (Qt::AlignRight | Qt::AlignHCenter | Qt::AlignJustify));
        const QTextLine first = layout->lineForTextPosition(int(qMax<qsizetype>(range.start - blockStart, 0)));
        for (int i = first.isValid() ? first.lineNumber() : 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = blockStart + line.textStart();
            if (lineStart >= range.end)
                break;
            const int lineEnd = lineStart + line.textLength();
            const int from = int(qMax<qsizetype>(range.start, lineStart));
            const int to = int(qMin<qsizetype>(range.end, lineEnd));
            if (from >= to)
                continue;
            const qreal x1 = plainLtr && from == lineStart ? line.x() : line.cursorToX(from - blockStart);
            const qreal x2 = plainLtr && to == lineEnd ? line.x() + line.naturalTextWidth() : line.cursorToX(to - blockStart);
            const qreal top = it->topLeft.y() + line.y();
            lineFunction(QRectF(it->topLeft.x() + qMin(x1, x2), top, qAbs(x2 - x1), line.height()), top + line.ascent(),
                         TextRange{from, to});
        }
    }
}

QList<QRectF> ArticleTextView::rangeRects(const TextRange &range) const
{
    // The range's blocks, wherever they are (not only those in view).
    QList<VisibleBlock> blocks;
    const QPointF offset = contentOffset();
    for (QTextBlock b = document()->findBlock(int(range.start)); b.isValid() && b.position() < range.end; b = b.next()) {
        if (b.isVisible())
            blocks.append({b, b.position(), blockBoundingGeometry(b).translated(offset).topLeft()});
    }
    QList<QRectF> rects;
    forEachLine(blocks, range, [&rects](const QRectF &rect, qreal, const TextRange &) { rects.append(rect); });
    return rects;
}

QPair<qreal, qreal> ArticleTextView::verticalSpan(const TextRange &range) const
{
    // Only the first and last block matter; avoids laying out rectangles for long ranges.
    const QTextBlock first = document()->findBlock(int(range.start));
    const QTextBlock last = document()->findBlock(int(qMax<qsizetype>(range.start, range.end - 1)));
    if (!first.isValid() || !last.isValid())
        return {0, 0};
    const QPointF offset = contentOffset();
    auto lineY = [&](const QTextBlock &block, int pos, bool bottom) -> qreal {
        const QRectF r = blockBoundingGeometry(block).translated(offset);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return bottom ? r.bottom() : r.top();
        const QTextLine line = layout->lineForTextPosition(pos - block.position());
        if (!line.isValid())
            return bottom ? r.bottom() : r.top();
        return r.top() + line.y() + (bottom ? line.height() : 0);
    };
    return {lineY(first, int(range.start), false), lineY(last, int(qMax<qsizetype>(range.start, range.end - 1)), true)};
}

void ArticleTextView::keepShapedText()
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (QTextLayout *layout = b.layout())
            layout->setCacheEnabled(true);
    }
}

QList<ArticleTextView::VisibleBlock> ArticleTextView::visibleBlocks() const
{
    // As QPlainTextEdit paints: from the first visible block down, block by block.
    QList<VisibleBlock> blocks;
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return blocks;
    QPointF topLeft = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
    const qreal bottom = viewport()->height();
    while (block.isValid() && topLeft.y() <= bottom) {
        if (block.isVisible()) {
            blocks.append({block, block.position(), topLeft});
            topLeft.ry() += blockBoundingRect(block).height();
        }
        block = block.next();
    }
    return blocks;
}

TextRange ArticleTextView::visibleRange() const
{
    const QList<VisibleBlock> blocks = visibleBlocks();
    if (blocks.isEmpty())
        return {};
    return {blocks.first().position, blocks.last().position + blocks.last().block.length()};
}

int ArticleTextView::lineIndexOf(qsizetype position) const
{
    // The scroll bar counts visual lines; blocks far from the viewport may not be
    // laid out at the current width yet, so lay them out before counting.
    auto *layout = qobject_cast<QPlainTextDocumentLayout *>(document()->documentLayout());
    const QTextBlock target = document()->findBlock(int(position));
    int lines = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (layout)
            layout->ensureBlockLayout(b);
        if (b == target) {
            const QTextLine line = b.layout() ? b.layout()->lineForTextPosition(int(position - b.position())) : QTextLine();
            return lines + (line.isValid() ? line.lineNumber() : 0);
        }
        if (b.isVisible())
            lines += b.lineCount();
    }
    return lines;
}

void ArticleTextView::scrollRangeTo(const TextRange &range, qreal viewportY)
{
    QScrollBar *bar = verticalScrollBar();
    const qreal lineHeight = qMax(1, fontMetrics().lineSpacing());
    bar->setValue(lineIndexOf(range.start) - int(std::floor(viewportY / lineHeight)));
    // Now that the range is in view its position is exact: correct the rest.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const qreal current = verticalSpan(range).first;
        const int steps = int(std::lround((current - viewportY) / lineHeight));
        if (steps == 0 || current < 0 || current > viewport()->height())
            break;
        bar->setValue(bar->value() + steps);
    }
    // No viewport()->update(): scrolling already repaints what moved into view,
    // and repainting the whole column on every synchronised scroll step is costly.
}

void ArticleTextView::setOverlays(QList<TextOverlay> overlays)
{
    std::stable_sort(overlays.begin(), overlays.end(),
                     [](const TextOverlay &a, const TextOverlay &b) { return a.range.start < b.range.start; });
    m_longestOverlay = 0;
    for (const TextOverlay &o : std::as_const(overlays))
        m_longestOverlay = qMax(m_longestOverlay, o.range.length());
    m_overlays = std::move(overlays);
    m_marks.clear();
    viewport()->update();
}

const ArticleTextView::BlockMarks &ArticleTextView::marksOf(const VisibleBlock &block) const
{
    QList<int> lineStarts;
    if (const QTextLayout *layout = block.block.layout()) {
        lineStarts.reserve(layout->lineCount());
        for (int i = 0; i < layout->lineCount(); ++i)
            lineStarts.append(layout->lineAt(i).textStart());
    }
    const QFont currentFont = font();
    auto cached = m_marks.find(block.block.blockNumber());
    if (cached != m_marks.end() && cached->lineStarts == lineStarts && cached->font == currentFont)
        return *cached;
    BlockMarks marks{lineStarts, currentFont, {}};
    const TextRange range{block.position, block.position + block.block.length()};
    const QList<VisibleBlock> alone{{block.block, block.position, QPointF(0, 0)}};
    // Sorted by start: those that start in the block, or early enough to reach into it.
    auto it = std::lower_bound(m_overlays.cbegin(), m_overlays.cend(), range.start - m_longestOverlay,
                               [](const TextOverlay &o, qsizetype at) { return o.range.start < at; });
    for (; it != m_overlays.cend() && it->range.start < range.end; ++it) {
        if (it->range.end <= range.start)
            continue;
        const qsizetype index = it - m_overlays.cbegin();
        forEachLine(alone, it->range,
                    [&](const QRectF &rect, qreal baseline, const TextRange &part) { marks.marks.append({rect, baseline, index, part}); });
    }
    return *m_marks.insert(block.block.blockNumber(), std::move(marks));
}

void ArticleTextView::setOutlines(const QList<TextOutline> &outlines)
{
    m_outlines = outlines;
    viewport()->update();
}

qsizetype ArticleTextView::positionAt(const QPoint &viewportPos) const
{
    return cursorForPosition(viewportPos).position();
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    const QList<VisibleBlock> blocks = m_overlays.isEmpty() ? QList<VisibleBlock>() : visibleBlocks();
    if (!blocks.isEmpty()) {
        // Tints first: QPlainTextEdit draws the text over them without filling the background.
        QPainter painter(viewport());
        for (const VisibleBlock &block : blocks) {
            for (const PlacedMark &mark : marksOf(block).marks) {
                const TextOverlay &o = m_overlays[mark.overlay];
                if (o.kind == TextOverlay::Background)
                    painter.fillRect(mark.rect.translated(block.topLeft), o.color);
            }
        }
    }
    QPlainTextEdit::paintEvent(event);
    if (!blocks.isEmpty()) {
        QPainter painter(viewport());
        for (const VisibleBlock &block : blocks) {
            for (const PlacedMark &mark : marksOf(block).marks) {
                if (m_overlays[mark.overlay].kind == TextOverlay::Emphasis)
                    paintEmphasis(painter, block, mark);
            }
        }
        const QFontMetricsF metrics(font());
        const qreal thickness = qMax<qreal>(1, metrics.lineWidth());
        const qreal below = qMax<qreal>(1, metrics.underlinePos()) + thickness / 2;
        for (const VisibleBlock &block : blocks) {
            for (const PlacedMark &mark : marksOf(block).marks) {
                const TextOverlay &o = m_overlays[mark.overlay];
                if (o.kind == TextOverlay::Background || o.kind == TextOverlay::Emphasis)
                    continue;
                painter.setPen(QPen(o.color, thickness, o.kind == TextOverlay::DottedUnderline ? Qt::DotLine : Qt::SolidLine, Qt::FlatCap));
                const QRectF rect = mark.rect.translated(block.topLeft);
                const qreal y = std::round(block.topLeft.y() + mark.baseline + below - thickness / 2) + thickness / 2;
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
            }
        }
    }
    if (m_outlines.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    for (const TextOutline &outline : std::as_const(m_outlines)) {
        painter.setPen(QPen(outline.color, 2));
        QPainterPath path;
        for (const QRectF &r : rangeRects(outline.range))
            path.addRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3);
        painter.drawPath(path.simplified());
    }
}

// Covers the line's part of the range and draws its text again, bold, squeezed
// into the width the regular text took so that the line does not move.
void ArticleTextView::paintEmphasis(QPainter &painter, const VisibleBlock &block, const PlacedMark &mark) const
{
    const TextOverlay &o = m_overlays[mark.overlay];
    const QRectF rect = mark.rect.translated(block.topLeft);
    const QString text = block.block.text().mid(mark.part.start - block.position, mark.part.length());
    if (text.isEmpty())
        return;
    QFont bold = font();
    bold.setBold(true);
    const qreal extra = QFontMetricsF(bold).horizontalAdvance(text) - rect.width();
    if (extra > 0)
        bold.setLetterSpacing(QFont::AbsoluteSpacing, -extra / text.size());
    painter.fillRect(rect, o.fill);
    painter.setFont(bold);
    painter.setPen(o.color);
    painter.drawText(QPointF(rect.left(), block.topLeft.y() + mark.baseline), text);
}

void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    const QScopedValueRollback<bool> resizing(m_resizing, true);
    QPlainTextEdit::resizeEvent(event);
}

void ArticleTextView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a selection drag.
    if (event->button() == Qt::LeftButton && (event->position().toPoint() - m_pressPos).manhattanLength() < 4
        && !textCursor().hasSelection())
        Q_EMIT clickedAt(positionAt(event->position().toPoint()));
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTip) {
        showViewportToolTip(event, viewport(), [this](const QPoint &pos) { return m_toolTip(positionAt(pos)); });
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}
