// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wires the main window's docks (entities, claims, mentions, timeline) to the
// comparison view: selecting an entity highlights its mentions in every column,
// F3 / Shift+F3 walk them in column order, clicking a name selects its entity,
// selecting a claim aligns the columns on it.
#include "analysis.h"
#include "windowcontroller.h"

#include <QKeySequence>

#include <functional>

class ClaimsPanel;
class ComparisonView;
class CorpusModel;
class EntitySidebar;
class MentionListPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class TimelineWidget;

class DockController : public WindowController
{
    Q_OBJECT
public:
    DockController(QMainWindow *window, ComparisonView *view, CorpusModel *corpus);

    void setAnalysis(AnalysisPtr analysis);

    EntitySidebar *entitySidebar() const { return m_sidebar; }
    ClaimsPanel *claimsPanel() const { return m_claims; }
    MentionListPanel *mentionPanel() const { return m_mentions; }
    TimelineWidget *timeline() const { return m_timeline; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    QAction *nextMentionAction() const { return m_next; }
    QAction *previousMentionAction() const { return m_previous; }
    // For the window's menus: the docks' show/hide toggles (View) and the mention walk (Go).
    QList<QAction *> viewActions() const;
    QList<QAction *> goActions() const { return {m_next, m_previous}; }
    // F3 / Shift+F3: the keys that walk an entity's mentions (no other action may take them).
    static QKeySequence nextMentionKey() { return QKeySequence(Qt::Key_F3); }
    static QKeySequence previousMentionKey() { return QKeySequence(Qt::SHIFT | Qt::Key_F3); }

    int currentEntity() const { return m_entity; }
    // The mentions F3 walks, in column order, and the one shown last (-1: none yet).
    QList<Mention> walk() const { return m_walk; }
    int walkPosition() const { return m_walkPos; }

    void nextMention();
    void previousMention();
    // F3 is also "find next" by convention: while `handler` returns true (a search
    // is open, say) it gets the key instead of the mention walk.
    void setKeyPrecedence(std::function<bool(bool forward)> handler) { m_precedence = std::move(handler); }

private:
    void entitySelected(int entityIndex);
    void showEntity(int entityIndex, bool reveal);
    void textClicked(int article, qsizetype position);
    void showMention(int position);
    QString sourceName(int article) const;

    AnalysisPtr m_analysis;
    EntitySidebar *m_sidebar;
    ClaimsPanel *m_claims;
    MentionListPanel *m_mentions;
    TimelineWidget *m_timeline;
    QDockWidget *m_timelineDock;
    QAction *m_next;
    QAction *m_previous;
    std::function<bool(bool)> m_precedence;
    QList<Mention> m_walk;
    int m_walkPos = -1;
    int m_entity = -1;
    bool m_fromText = false; // the selection follows a click in a column: do not scroll them
};
