#pragma once
// The read-only text of one article. Knows where a text range sits on screen
// (for connectors and alignment), paints outlines around the active claim, and
// reports clicks and hovers by text position.
#include "textrange.h"

#include <QPlainTextEdit>

#include <functional>

class ArticleTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleTextView(QWidget *parent = nullptr);

    // Top and bottom of `range` in viewport coordinates; empty if not laid out.
    QPair<qreal, qreal> verticalSpan(const TextRange &range) const;
    // Rectangles covering `range`, one per visual line, in viewport coordinates.
    QList<QRectF> rangeRects(const TextRange &range) const;
    // Scrolls so that the top of `range` sits `viewportY` pixels below the viewport's top.
    void scrollRangeTo(const TextRange &range, qreal viewportY);
    // Index of the visual line holding `position`, counted from the document's top.
    int lineIndexOf(qsizetype position) const;

    void setOutlinedRanges(const QList<TextRange> &ranges, const QColor &color);
    void setToolTipProvider(std::function<QString(qsizetype)> provider) { m_toolTip = std::move(provider); }

    qsizetype positionAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void clickedAt(qsizetype position);
    void scrolled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QList<TextRange> m_outlined;
    QColor m_outlineColor;
    std::function<QString(qsizetype)> m_toolTip;
    QPoint m_pressPos;
};
