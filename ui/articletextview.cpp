#include "articletextview.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextDocumentLayout>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

ArticleTextView::ArticleTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleTextView::scrolled);
}

QList<QRectF> ArticleTextView::rangeRects(const TextRange &range) const
{
    QList<QRectF> rects;
    QTextBlock block = document()->findBlock(int(range.start));
    const QPointF offset = contentOffset();
    while (block.isValid() && block.position() < range.end) {
        const QTextLayout *layout = block.layout();
        const QRectF blockRect = blockBoundingGeometry(block).translated(offset);
        if (layout && block.isVisible()) {
            const int blockStart = block.position();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int lineStart = blockStart + line.textStart();
                const int lineEnd = lineStart + line.textLength();
                const int from = int(qMax<qsizetype>(range.start, lineStart));
                const int to = int(qMin<qsizetype>(range.end, lineEnd));
                if (from >= to)
                    continue;
                const qreal x1 = line.cursorToX(from - blockStart);
                const qreal x2 = line.cursorToX(to - blockStart);
                rects.append(QRectF(blockRect.left() + qMin(x1, x2), blockRect.top() + line.y(), qAbs(x2 - x1),
                                    line.height()));
            }
        }
        block = block.next();
    }
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
    viewport()->update();
}

void ArticleTextView::setOutlinedRanges(const QList<TextRange> &ranges, const QColor &color)
{
    m_outlined = ranges;
    m_outlineColor = color;
    viewport()->update();
}

qsizetype ArticleTextView::positionAt(const QPoint &viewportPos) const
{
    return cursorForPosition(viewportPos).position();
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_outlined.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(m_outlineColor, 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const TextRange &range : std::as_const(m_outlined)) {
        QPainterPath path;
        for (const QRectF &r : rangeRects(range))
            path.addRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3);
        painter.drawPath(path.simplified());
    }
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
    if (event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressPos).manhattanLength() < 4 && !textCursor().hasSelection())
        Q_EMIT clickedAt(positionAt(event->position().toPoint()));
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_toolTip(positionAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}
