// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The gutter between two adjacent columns. Like a visual diff tool's links
// between matching chunks, it draws ribbons joining the sentences of one
// shared or conflicting claim in the column on its left and the one on its right.
#include <QColor>
#include <QSplitter>
#include <QSplitterHandle>

class ArticleColumn;

struct Ribbon
{
    qreal leftTop = 0, leftBottom = 0;   // in the left column's text viewport
    qreal rightTop = 0, rightBottom = 0; // in the right column's text viewport
    QColor color;
    QColor edge;         // outline; a darker shade of `color` when not set
    bool active = false; // the claim the reader selected
};

// Supplies the ribbons between two columns (implemented by the comparison view).
class RibbonSource
{
public:
    virtual ~RibbonSource() = default;
    virtual QList<Ribbon> ribbonsBetween(const ArticleColumn *left, const ArticleColumn *right) const = 0;
};

class ConnectorHandle : public QSplitterHandle
{
    Q_OBJECT
public:
    ConnectorHandle(Qt::Orientation orientation, QSplitter *parent, const RibbonSource *source);

    // The visible columns this handle sits between (null where there is none).
    ArticleColumn *leftColumn() const;
    ArticleColumn *rightColumn() const;
    // What was drawn at the last paint, for tests.
    int lastRibbonCount() const { return m_lastRibbonCount; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const RibbonSource *m_source;
    int m_lastRibbonCount = 0;
};

// A splitter whose handles are connector gutters.
class ComparisonSplitter : public QSplitter
{
    Q_OBJECT
public:
    ComparisonSplitter(const RibbonSource *source, QWidget *parent = nullptr);

    QList<ConnectorHandle *> connectorHandles() const;

protected:
    QSplitterHandle *createHandle() override;

private:
    const RibbonSource *m_source;
};
