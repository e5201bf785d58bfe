#include "comparisonview.h"

#include "articlecolumn.h"
#include "corpusmodel.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>

ComparisonView::ComparisonView(CorpusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    layout->addWidget(m_splitter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ComparisonView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ComparisonView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComparisonView::rebuild);
    setAccessibleName(tr("Articles side by side"));
    rebuild();
}

int ComparisonView::columnCount() const
{
    return int(m_columns.size());
}

ArticleColumn *ComparisonView::column(int index) const
{
    return m_columns.value(index);
}

void ComparisonView::rebuild()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        auto *column = new ArticleColumn(m_splitter);
        column->setArticle(*m_model->article(row), row);
        m_splitter->addWidget(column);
        m_columns.append(column);
        QPlainTextEdit *text = column->textView();
        connect(text, &QPlainTextEdit::cursorPositionChanged, this, [this, text, row] {
            // Only clicks and keyboard moves by the reader, not our own revealRange().
            if (!text->hasFocus())
                return;
            Q_EMIT textClicked(row, text->textCursor().position());
        });
    }
    QList<int> sizes(rows, 1000);
    m_splitter->setSizes(sizes);
}

void ComparisonView::setAnalysis(AnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_highlighted.clear();
    for (int i = 0; i < m_columns.size(); ++i)
        applyOverlays(i);
}

void ComparisonView::setHighlightedMentions(const QList<Mention> &mentions)
{
    m_highlighted = mentions;
    for (int i = 0; i < m_columns.size(); ++i)
        applyOverlays(i);
}

void ComparisonView::applyOverlays(int article)
{
    ArticleColumn *column = m_columns.value(article);
    if (!column)
        return;
    QPlainTextEdit *text = column->textView();
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat mentionFormat;
    mentionFormat.setBackground(palette().highlight().color().lighter(160));
    mentionFormat.setFontUnderline(true);
    for (const Mention &m : std::as_const(m_highlighted)) {
        if (m.article != article)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(text->document());
        sel.cursor.setPosition(int(m.range.start));
        sel.cursor.setPosition(int(m.range.end), QTextCursor::KeepAnchor);
        sel.format = mentionFormat;
        selections.append(sel);
    }
    text->setExtraSelections(selections);
}

void ComparisonView::revealRange(int article, const TextRange &range)
{
    ArticleColumn *column = m_columns.value(article);
    if (!column)
        return;
    QPlainTextEdit *text = column->textView();
    QTextCursor cursor(text->document());
    cursor.setPosition(int(range.start));
    const QSignalBlocker blocker(text);
    text->setTextCursor(cursor);
    text->centerCursor();
}

void ComparisonView::showClaim(int claimIndex)
{
    if (!m_analysis || claimIndex < 0 || claimIndex >= m_analysis->claims.size())
        return;
    for (const ClaimMember &m : m_analysis->claims[claimIndex].members)
        revealRange(m.article, m.range);
    Q_EMIT claimActivated(claimIndex);
}
