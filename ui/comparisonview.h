#pragma once
// The main screen: one column per article of the corpus model, side by side in a splitter.
#include "analysis.h"

#include <QWidget>

class ArticleColumn;
class CorpusModel;
class QSplitter;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(CorpusModel *model, QWidget *parent = nullptr);

    int columnCount() const;
    ArticleColumn *column(int index) const;
    QSplitter *splitter() const { return m_splitter; }

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }

    // Marks these ranges (an entity's mentions, say) in every column; empty clears.
    void setHighlightedMentions(const QList<Mention> &mentions);
    // Scrolls article `article`'s column so that `range` is visible, and puts the cursor there.
    void revealRange(int article, const TextRange &range);
    // Aligns every column on claim `claimIndex` of the analysis.
    void showClaim(int claimIndex);

Q_SIGNALS:
    // The reader clicked at `position` in the text of article `article`.
    void textClicked(int article, qsizetype position);
    void claimActivated(int claimIndex);

private:
    void rebuild();

    void applyOverlays(int article);

    CorpusModel *m_model;
    AnalysisPtr m_analysis;
    QList<Mention> m_highlighted;
    QSplitter *m_splitter;
    QList<ArticleColumn *> m_columns;
};
