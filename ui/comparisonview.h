// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main screen: one column per article of the corpus model, side by side,
// with the analysis drawn over the text (claims, entities, clutter), connector
// ribbons between adjacent columns, synchronised scrolling, find, zoom and
// next/previous navigation over conflicts and shared claims.
#include "analysis.h"
#include "connectorhandle.h"
#include "corpusedit.h"
#include "overlaystyle.h"

#include <KSyntaxHighlighting/Theme>

#include <QPointer>
#include <QTextEdit>
#include <QWidget>

#include <optional>

class ArticleColumn;
class ArticleTextView;
class CorpusModel;
class QScrollArea;

namespace KSyntaxHighlighting {
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

struct OverlayLayers
{
    bool shared = true;
    bool conflicts = true;
    bool unique = true;
    bool entities = true;
    bool clutter = true;
};

class ComparisonView : public QWidget, public RibbonSource
{
    Q_OBJECT
public:
    ComparisonView(CorpusModel *model, const KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);

    // A story of more articles opens with a column for the first this many; View > Columns shows the others.
    static constexpr int InitialColumns = 8;

    // Columns by article index (the corpus model's row), whatever their on-screen
    // order; null for an article whose column was never shown (big corpora start
    // with the first few columns only).
    int columnCount() const;
    ArticleColumn *column(int article) const;
    // Visible article indices, left to right.
    QList<int> visibleOrder() const;
    ComparisonSplitter *splitter() const { return m_splitter; }
    // The sideways-scrolling strip that holds the splitter.
    QScrollArea *strip() const { return m_strip; }
    // Scrolls the strip sideways until the column of `article` is in view.
    void scrollToColumn(int article);

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }

    // Marks these ranges (an entity's mentions, say) in every column; empty clears.
    void setHighlightedMentions(const QList<Mention> &mentions);
    // Outlines highlighted mention `index` in its column, the one F3 walked to; -1: none.
    void setCurrentMention(int index);
    int currentMention() const { return m_currentMention; }
    // Scrolls article `article`'s column so that `range` is in view.
    void revealRange(int article, const TextRange &range);
    // Outlines claim `claimIndex` and scrolls every column to its version, level
    // with the version in `anchorArticle` (or the leftmost column that has one).
    void showClaim(int claimIndex, int anchorArticle = -1);
    int activeClaim() const { return m_activeClaim; }
    // Index of the claim covering `position` in article `article`, or -1.
    int claimAt(int article, qsizetype position) const;
    QString claimToolTip(int claimIndex) const;

    // Moves to the next (or previous) claim of `kind` in column order; false if none.
    bool goToClaim(ClaimKind kind, bool forward);

    void setLayers(const OverlayLayers &layers);
    OverlayLayers layers() const { return m_layers; }
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }
    const OverlayStyle &style() const { return m_style; }

    void setSyncScrolling(bool on) { m_syncScrolling = on; }
    bool syncScrolling() const { return m_syncScrolling; }
    void zoomBy(int steps);
    void resetZoom();
    qreal fontPointSize() const { return m_fontSize; }

    void setColumnVisible(int article, bool visible);
    // Shows exactly these articles' columns, left to right, making only the missing ones
    // (a restored comparison of 2,000 articles makes the few it shows, as opening does).
    void showColumns(const QList<int> &order);
    bool isColumnVisible(int article) const;
    // The next corpus the model gets (the comparison loaded or changed again) opens with these
    // columns instead of the first few: made once, in place, not made and then moved.
    void setNextColumns(const std::optional<ColumnIds> &ids) { m_nextColumns = ids; }
    // Moves the column of article `article` to where the column of `target` is.
    void moveColumn(int article, int target);

    // Marks every match of `text` in every column; returns the number of matches.
    int find(const QString &text);
    // Goes to the next (or previous) match; returns its 1-based number, 0 if none.
    int findNext(bool forward);
    int findMatchCount() const { return int(m_findMatches.size()); }

    QList<Ribbon> ribbonsBetween(const ArticleColumn *left, const ArticleColumn *right) const override;

Q_SIGNALS:
    // The reader clicked at `position` in the text of article `article`.
    void textClicked(int article, qsizetype position);
    void claimActivated(int claimIndex);
    void columnsChanged();
    // The reader asked for the context menu of article `article`'s column header.
    void columnMenuRequested(int article, const QPoint &globalPos);

private:
    void rebuild();
    ArticleColumn *createColumn(int row);
    void highlightNextColumn();
    KSyntaxHighlighting::Definition definitionFor(int article) const;
    void rebuildIndexes();
    const QList<ArticleSpan> &claimSpans(int article) const;
    void rebuildStaticOverlays(int only = -1);
    void applyOverlays(int article);
    void applyAllOverlays();
    void lineUp(const QList<std::pair<ArticleTextView *, TextRange>> &versions, qreal y);
    void onColumnScrolled(int article);
    void onColumnClicked(int article, qsizetype position);
    void updateConnectors();
    const ClaimMember *memberIn(int claimIndex, int article) const;
    QList<int> claimsInColumnOrder(ClaimKind kind) const;
    bool layerShows(ClaimKind kind) const;

    CorpusModel *m_model;
    const KSyntaxHighlighting::Repository *m_repository;
    QScrollArea *m_strip;
    ComparisonSplitter *m_splitter;
    QList<ArticleColumn *> m_columns; // by article index
    std::optional<ColumnIds> m_nextColumns;
    QList<QPointer<ArticleColumn>> m_unhighlighted; // new columns waiting for syntax highlighting
    AnalysisPtr m_analysis;
    KSyntaxHighlighting::Theme m_theme;
    OverlayStyle m_style;
    OverlayLayers m_layers;
    QList<ArticleIndex> m_index;                                // per article: its claims by start, its mentions
    QList<QList<QTextEdit::ExtraSelection>> m_staticSelections; // per article
    QList<Mention> m_highlighted;
    int m_currentMention = -1;    // into m_highlighted
    QList<Mention> m_findMatches; // in visible column order
    int m_findCurrent = -1;
    int m_activeClaim = -1;
    bool m_syncScrolling = true;
    bool m_syncing = false;
    qreal m_fontSize = 11.5;
};
