// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The claims panel dock: every claim with its kind, a short text and its source
// marks; filters by kind, by source, and "only in" / "left out by" an outlet;
// the selected claim's versions side by side below.
#include "analysis.h"

#include <QDockWidget>

class ClaimDetailView;
class ClaimFilterModel;
class ClaimsModel;
class QComboBox;
class SourceChoiceModel;
class QLineEdit;
class QTreeView;

class ClaimsPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit ClaimsPanel(QWidget *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    int currentClaim() const;
    // Selects claim `claimIndex` without reporting it back (it came from elsewhere).
    void selectClaim(int claimIndex);
    // "What only this outlet says" / "what it leaves out"; AllClaims shows everything.
    void showFocus(int focus, int article);

    ClaimsModel *model() const { return m_model; }
    ClaimFilterModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *focusBox() const { return m_focus; }
    ClaimDetailView *detail() const { return m_detail; }

Q_SIGNALS:
    void claimSelected(int claimIndex);
    void memberActivated(int article, const TextRange &range);

private:
    void fillSourceChoices();
    void applyFocus();

    ClaimsModel *m_model;
    ClaimFilterModel *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_source;
    QComboBox *m_focus;
    SourceChoiceModel *m_sourceChoices;
    SourceChoiceModel *m_focusChoices;
    QLineEdit *m_filter;
    QTreeView *m_view;
    ClaimDetailView *m_detail;
    bool m_selecting = false;
};
