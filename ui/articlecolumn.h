#pragma once
// One article in the comparison view: a header (outlet, title, date) over the
// read-only article text.
#include <QFrame>

class QLabel;
class QPlainTextEdit;
struct Article;

class ArticleColumn : public QFrame
{
    Q_OBJECT
public:
    explicit ArticleColumn(QWidget *parent = nullptr);

    void setArticle(const Article &article, int row);
    int row() const { return m_row; }
    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *outletLabel() const { return m_outlet; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeaderDensity();

    int m_row = -1;
    QLabel *m_outlet;
    QLabel *m_title;
    QLabel *m_meta;
    QPlainTextEdit *m_text;
};
