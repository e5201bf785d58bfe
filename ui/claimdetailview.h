// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The detail of one claim under the claims list: each source's version side by
// side; for a conflict the differing values and a word diff against the first version.
#include "analysis.h"

#include <QTextBrowser>

class ClaimDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ClaimDetailView(QWidget *parent = nullptr);

    void showClaim(AnalysisPtr analysis, int claimIndex); // -1 clears
    int claimIndex() const { return m_claim; }

Q_SIGNALS:
    // The reader clicked a version: show it in its column.
    void memberActivated(int article, const TextRange &range);

protected:
    // A new palette (a theme switched while running): the HTML was made with the old colours.
    void changeEvent(QEvent *event) override;

private:
    AnalysisPtr m_analysis;
    int m_claim = -1;
};
