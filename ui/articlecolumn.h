// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One article in the comparison view: a header (outlet, title, date) over the
// read-only article text. The header can be dragged onto another column's
// header to reorder the columns.
#include <QFrame>

class ArticleTextView;
class QLabel;
struct Article;
struct OverlayStyle;

namespace KSyntaxHighlighting {
class Definition;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

class ArticleColumn : public QFrame
{
    Q_OBJECT
public:
    explicit ArticleColumn(QWidget *parent = nullptr);

    void setArticle(const Article &article, int row);
    int row() const { return m_row; }
    QString text() const;
    ArticleTextView *textView() const { return m_text; }
    QLabel *outletLabel() const { return m_outlet; }
    QWidget *header() const { return m_header; }

    // About 30 characters a line: a newspaper column, the narrowest that still reads easily.
    static constexpr int MinimumWidth = 230;

    // Syntax highlighting and colours; the first runs over the whole text, the second is instant.
    void setHighlighting(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme,
                         const OverlayStyle &style);
    void setSyntaxHighlighting(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme);
    void setColours(const OverlayStyle &style);
    void setFontPointSize(qreal size);

Q_SIGNALS:
    // The header of column `sourceRow` was dropped on this column's header.
    void columnDropped(int sourceRow, int targetRow);
    // The reader asked for the header's context menu, at `globalPos`.
    void headerMenuRequested(int row, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeaderDensity();

    int m_row = -1;
    QWidget *m_header;
    QLabel *m_outlet;
    QLabel *m_title;
    QLabel *m_meta;
    ArticleTextView *m_text;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QPoint m_dragStart;
    QString m_fullName;     // outlet, else headline, shown elided
    QString m_nameNumber;   // " (2)": kept whole after the elided name
    QString m_distinctName; // Article::sourceName() but its number: what is left when the full name cannot show
    QString m_fullTitle;
};
