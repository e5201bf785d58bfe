#pragma once
// The main screen: one column per article of the corpus model, side by side in a splitter.
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

private:
    void rebuild();

    CorpusModel *m_model;
    QSplitter *m_splitter;
    QList<ArticleColumn *> m_columns;
};
