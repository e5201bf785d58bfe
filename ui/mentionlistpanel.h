// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A dock listing every mention of one entity with its sentence, grouped by
// source; clicking a mention shows it in its column.
#include "analysis.h"

#include <QDockWidget>

class PlaceBrowser;

class MentionListPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit MentionListPanel(QWidget *parent = nullptr);

    void showEntity(AnalysisPtr analysis, int entityIndex); // -1 clears
    int entity() const { return m_entity; }
    PlaceBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void mentionActivated(int article, const TextRange &range);

protected:
    // A new palette (a theme switched while running): the HTML was made with the old colours.
    void changeEvent(QEvent *event) override;

private:
    PlaceBrowser *m_browser;
    AnalysisPtr m_analysis;
    int m_entity = -1;
};
