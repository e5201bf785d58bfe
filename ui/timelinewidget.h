// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small timeline: the normalised dates of the analysis on one axis (evenly
// spaced in calendar order, since news dates cluster around a few days with a
// stray year or two far away), a row per
// source, a dot per date entity it mentions and a diamond per dated claim it
// makes. Clicking a mark selects that entity or claim.
#include "analysis.h"

#include <QWidget>

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    void setCurrentEntity(int entityIndex);

    struct Mark
    {
        int article = -1;
        QString value;   // the date as the analysis has it: YYYY, YYYY-MM or YYYY-MM-DD
        int entity = -1; // a date entity, or
        int claim = -1;  // a claim that mentions that date
    };
    QList<Mark> marks() const { return m_marks; }
    // The dates of the axis, left to right, as they are labelled.
    QStringList axisLabels() const;
    // Where mark `i` is drawn, in widget coordinates (for tests and tooltips).
    QRectF markRect(int i) const;
    qreal markCentreY(const Mark &m, const QRectF &plot) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void entityClicked(int entityIndex);
    void claimClicked(int claimIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int markAt(const QPointF &pos) const;
    QRectF plotRect() const;
    qreal xFor(const QString &value) const;
    void measureLabels();
    int labelWidth() const;

    AnalysisPtr m_analysis;
    QStringList m_sources;
    QList<Mark> m_marks;
    QStringList m_dates; // distinct date values, in calendar order: the axis
    int m_currentEntity = -1;
    // The widest source name, -1 until measured; measured once, not per mark (200 sources, thousands of marks).
    mutable int m_labelWidth = -1;
};
