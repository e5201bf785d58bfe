// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The detail of one claim under the claims list: each source's version side by
// side; for a conflict the differing values and a word diff against the first version.
#include "analysis.h"
#include "placebrowser.h"

// A version's heading links to it: placeActivated() gives its article and range.
class ClaimDetailView : public PlaceBrowser
{
    Q_OBJECT
public:
    explicit ClaimDetailView(QWidget *parent = nullptr);

    void showClaim(AnalysisPtr analysis, int claimIndex); // -1 clears
    int claimIndex() const { return m_claim; }
    // The versions side by side, as many to a row as fit at kMinVersionWidth
    // (six sources in a narrow dock take two rows, instead of words broken inside).
    int versionsPerRow() const { return m_perRow; }
    static constexpr int kMinVersionWidth = 170;
    // What hovering the version's heading at `pos` (viewport) tells: its source in full.
    QString toolTipAt(const QPoint &pos) const;

protected:
    // A new palette (a theme switched while running): the HTML was made with the old colours.
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QString sourceTitle(int article) const;

    AnalysisPtr m_analysis;
    int m_claim = -1;
    int m_perRow = 1;
    int m_renderedWidth = -1; // the viewport width the headings were elided for
};
