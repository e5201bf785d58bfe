#include "comparisonview.h"

#include "articlecolumn.h"
#include "corpusmodel.h"

#include <QHBoxLayout>
#include <QSplitter>

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
    }
    QList<int> sizes(rows, 1000);
    m_splitter->setSizes(sizes);
}
