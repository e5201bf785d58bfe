// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockcontroller.h"

#include "claimspanel.h"
#include "comparisonview.h"
#include "corpusmodel.h"
#include "dockfolding.h"
#include "docktabbars.h"
#include "entitysidebar.h"
#include "mentionlistpanel.h"
#include "timelinewidget.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace {
// Below this window width the claims panel and the timeline, side by side,
// would each be too narrow to read.
constexpr int kFoldDocksBelow = 1000;
} // namespace

DockController::DockController(QMainWindow *window, ComparisonView *view, CorpusModel *corpus)
    : WindowController(window, view, corpus)
    , m_sidebar(new EntitySidebar(window))
    , m_claims(new ClaimsPanel(window))
    , m_mentions(new MentionListPanel(window))
    , m_timeline(new TimelineWidget)
    , m_timelineDock(new QDockWidget(tr("Timeline"), window))
    , m_next(new QAction(tr("&Next Mention"), this))
    , m_previous(new QAction(tr("&Previous Mention"), this))
{
    new DockTabBars(window); // before any dock shares a place with another
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_sidebar);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_claims);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_mentions);
    window->splitDockWidget(m_claims, m_timelineDock, Qt::Horizontal);
    window->tabifyDockWidget(m_timelineDock, m_mentions);
    m_timelineDock->raise();
    // The columns keep most of the room; the docks take a side strip and a bottom band.
    window->resizeDocks({m_sidebar}, {300}, Qt::Horizontal);
    window->resizeDocks({m_claims, m_timelineDock}, {900, 420}, Qt::Horizontal);
    window->resizeDocks({m_claims}, {250}, Qt::Vertical);
    // Half a laptop screen: the claims, timeline and mentions share one place as tabs.
    new DockFolding(window, {{m_claims}, {m_timelineDock, m_mentions}}, kFoldDocksBelow);

    m_next->setShortcut(nextMentionKey());
    m_previous->setShortcut(previousMentionKey());
    connect(m_next, &QAction::triggered, this, [this] {
        if (!m_precedence || !m_precedence(true))
            nextMention();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (!m_precedence || !m_precedence(false))
            previousMention();
    });
    window->addAction(m_next);
    window->addAction(m_previous);

    connect(m_sidebar, &EntitySidebar::entitySelected, this, &DockController::entitySelected);
    connect(m_sidebar, &EntitySidebar::entityDoubleClicked, this, [this](int entity) {
        m_mentions->showEntity(m_analysis, entity);
        m_mentions->show();
        m_mentions->raise();
    });
    connect(m_mentions, &MentionListPanel::mentionActivated, m_view, &ComparisonView::revealRange);
    connect(m_view, &ComparisonView::textClicked, this, &DockController::textClicked);

    connect(m_claims, &ClaimsPanel::claimSelected, m_view, [this](int claim) { m_view->showClaim(claim); });
    connect(m_claims, &ClaimsPanel::memberActivated, m_view, &ComparisonView::revealRange);
    connect(m_view, &ComparisonView::claimActivated, m_claims, &ClaimsPanel::selectClaim);

    connect(m_timeline, &TimelineWidget::entityClicked, this, [this](int entity) { m_sidebar->selectEntity(entity); });
    connect(m_timeline, &TimelineWidget::claimClicked, this, [this](int claim) {
        m_claims->selectClaim(claim);
        m_view->showClaim(claim);
    });
    // Another corpus: nothing of the old analysis may stay selected.
    connect(m_corpus, &QAbstractItemModel::modelReset, this, [this] {
        if (m_analysis && m_corpus->corpus() && m_analysis->corpus != m_corpus->corpus())
            setAnalysis(nullptr);
    });
}

QList<QAction *> DockController::viewActions() const
{
    return {m_sidebar->toggleViewAction(), m_claims->toggleViewAction(), m_timelineDock->toggleViewAction(),
            m_mentions->toggleViewAction()};
}

void DockController::setAnalysis(AnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    // The models keep their rows for a re-analysis of the same corpus, and with
    // them the selection; its entity may now sit at another index.
    m_sidebar->setAnalysis(m_analysis);
    m_claims->setAnalysis(m_analysis);
    m_timeline->setAnalysis(m_analysis);
    const int entity = m_sidebar->currentEntity();
    if (m_mentions->entity() >= 0)
        m_mentions->showEntity(m_analysis, m_analysis ? entity : -1);
    showEntity(entity, false);
}

QString DockController::sourceName(int article) const
{
    const Article *a = m_corpus->article(article);
    return a ? CorpusModel::sourceName(*a) : QString();
}

void DockController::entitySelected(int entityIndex)
{
    showEntity(entityIndex, !m_fromText);
}

void DockController::showEntity(int entityIndex, bool reveal)
{
    const bool valid = m_analysis && entityIndex >= 0 && entityIndex < m_analysis->entities.size();
    m_entity = valid ? entityIndex : -1;
    m_walk.clear();
    m_walkPos = -1;
    m_timeline->setCurrentEntity(m_entity);
    if (!valid) {
        m_view->setHighlightedMentions({});
        showMessage({});
        return;
    }
    const Entity &entity = m_analysis->entities[m_entity];
    m_walk = entity.mentions;
    // Column order as the reader arranged them (hidden columns last), then text order: the order F3 walks.
    const QList<int> order = m_view->visibleOrder();
    auto rank = [&order](int article) {
        const qsizetype i = order.indexOf(article);
        return i < 0 ? qsizetype(order.size()) + article : i;
    };
    std::stable_sort(m_walk.begin(), m_walk.end(), [&rank](const Mention &a, const Mention &b) {
        return a.article != b.article ? rank(a.article) < rank(b.article) : a.range.start < b.range.start;
    });
    m_view->setHighlightedMentions(m_walk);
    if (reveal) {
        int lastArticle = -1;
        for (const Mention &m : std::as_const(m_walk)) {
            if (m.article != lastArticle)
                m_view->revealRange(m.article, m.range);
            lastArticle = m.article;
        }
    }
    showMessage(
        tr("%1: %2 in %3 — F3 walks them")
            .arg(entity.name, tr("%n mention(s)", nullptr, int(m_walk.size())), tr("%n source(s)", nullptr, int(entity.sourceCount()))));
}

void DockController::nextMention()
{
    if (!m_walk.isEmpty())
        showMention((m_walkPos + 1) % int(m_walk.size()));
}

void DockController::previousMention()
{
    if (!m_walk.isEmpty())
        showMention(m_walkPos <= 0 ? int(m_walk.size()) - 1 : m_walkPos - 1);
}

void DockController::showMention(int position)
{
    m_walkPos = position;
    const Mention &m = m_walk[position];
    m_view->revealRange(m.article, m.range);
    m_view->setCurrentMention(position);
    showMessage(tr("mention %1 of %2, in %3").arg(position + 1).arg(m_walk.size()).arg(sourceName(m.article)));
}

void DockController::textClicked(int article, qsizetype position)
{
    if (!m_analysis)
        return;
    // The innermost mention under the click ("Harbin" rather than a longer name around it).
    int best = -1;
    int bestMention = -1;
    qsizetype bestLength = 0;
    for (int e = 0; e < m_analysis->entities.size(); ++e) {
        const QList<Mention> &mentions = m_analysis->entities[e].mentions;
        for (int i = 0; i < mentions.size(); ++i) {
            const Mention &m = mentions[i];
            // A click on a word's last half puts the cursor just after it.
            if (m.article != article || position < m.range.start || position > m.range.end)
                continue;
            if (best < 0 || m.range.length() < bestLength) {
                best = e;
                bestMention = i;
                bestLength = m.range.length();
            }
        }
    }
    if (best < 0)
        return;
    if (best != m_entity) {
        m_fromText = true;
        m_sidebar->selectEntity(best);
        m_fromText = false;
    }
    // Continue F3 from the clicked mention.
    const Mention &clicked = m_analysis->entities[best].mentions[bestMention];
    for (int i = 0; i < m_walk.size(); ++i) {
        if (m_walk[i].article == clicked.article && m_walk[i].range == clicked.range) {
            m_walkPos = i;
            m_view->setCurrentMention(i);
            showMessage(tr("mention %1 of %2, in %3").arg(i + 1).arg(m_walk.size()).arg(sourceName(article)));
            break;
        }
    }
}
