// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The read-only text of one article. Knows where a text range sits on screen
// (for connectors and alignment), paints outlines around the active claim, and
// reports clicks and hovers by text position.
#include "textrange.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>

class QPainter;

// A mark the view paints itself, behind the text (a tint), under it (an
// underline) or as the text itself (Emphasis: the range's text drawn again in
// bold `color` over `fill`, which extra selections cannot do: QPlainTextEdit
// ignores their font weight). Long articles carry hundreds of these; as extra
// selections each one would redraw its lines clipped, so only the few dynamic
// marks (the selected entity, find matches) stay extra selections.
struct TextOverlay
{
    enum Kind { Background, Underline, DottedUnderline, Emphasis };
    TextRange range;
    QColor color;
    Kind kind = Background;
    QColor fill; // Emphasis: the background painted under the bold text
};

// A range the view outlines in a colour: the active claim, the current mention.
struct TextOutline
{
    TextRange range;
    QColor color;
};

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
    // Keeps every block's shaped glyphs after layout (QTextLayout::setCacheEnabled).
    // Otherwise each paint shapes every visible line again, and placing the
    // overlays (QTextLine::cursorToX) shapes its lines once more. Costs memory in
    // proportion to the text; call after setPlainText().
    void keepShapedText();
    // The text of the blocks that are at least partly in the viewport (whole blocks).
    TextRange visibleRange() const;

    void setOutlines(const QList<TextOutline> &outlines);
    const QList<TextOutline> &outlines() const { return m_outlines; }
    // Replaces the painted marks; only those in view are painted.
    void setOverlays(QList<TextOverlay> overlays);
    const QList<TextOverlay> &overlays() const { return m_overlays; }
    void setToolTipProvider(std::function<QString(qsizetype)> provider) { m_toolTip = std::move(provider); }

    qsizetype positionAt(const QPoint &viewportPos) const;
    // True while the view is being resized: a scroll then (a shorter scroll range
    // moving a view that was at its end) is the layout's doing, not the reader's.
    bool isResizing() const { return m_resizing; }

Q_SIGNALS:
    void clickedAt(qsizetype position);
    void scrolled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // A block at least partly in the viewport, and where it sits.
    struct VisibleBlock
    {
        QTextBlock block;
        qsizetype position;
        QPointF topLeft; // viewport coordinates
    };
    QList<VisibleBlock> visibleBlocks() const;
    // Calls `line` for every visual line of `blocks` that `range` covers: its
    // rectangle in viewport coordinates, the y of its baseline and the part of
    // `range` on that line.
    template<typename LineFunction>
    static void forEachLine(const QList<VisibleBlock> &blocks, const TextRange &range, LineFunction line);
    // Where the marks of one block go, relative to the block's top left: placing
    // them asks the text layout for x positions (QTextLine::cursorToX), which is
    // slow enough to matter when every step of a scroll repaints 8 columns, so
    // each block keeps its marks until its lines or the font change.
    struct PlacedMark
    {
        QRectF rect;
        qreal baseline;
        qsizetype overlay; // index into m_overlays
        TextRange part;    // the characters of the overlay on this line
    };
    struct BlockMarks
    {
        QList<int> lineStarts; // the layout the marks were placed in
        QFont font;
        QList<PlacedMark> marks;
    };
    const BlockMarks &marksOf(const VisibleBlock &block) const;
    void paintEmphasis(QPainter &painter, const VisibleBlock &block, const PlacedMark &mark) const;

    QList<TextOverlay> m_overlays; // sorted by start
    qsizetype m_longestOverlay = 0;
    mutable QHash<int, BlockMarks> m_marks; // by block number
    QList<TextOutline> m_outlines;
    std::function<QString(qsizetype)> m_toolTip;
    QPoint m_pressPos;
    bool m_resizing = false;
};
