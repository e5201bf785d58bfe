// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimspanel.h"

#include "claimdelegate.h"
#include "docklist.h"
#include "claimdetailview.h"
#include "claimfiltermodel.h"
#include "claimsmodel.h"
#include "sourcechoicemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

ClaimsPanel::ClaimsPanel(QWidget *parent)
    : QDockWidget(tr("Claims"), parent)
    , m_model(new ClaimsModel(this))
    , m_proxy(new ClaimFilterModel(this))
    , m_kind(new QComboBox)
    , m_source(new QComboBox)
    , m_focus(new QComboBox)
    , m_sourceChoices(new SourceChoiceModel(SourceChoiceModel::Stated, this))
    , m_focusChoices(new SourceChoiceModel(SourceChoiceModel::Focus, this))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_detail(new ClaimDetailView)
{
    setObjectName(QStringLiteral("claimsPanel"));
    m_proxy->setSourceModel(m_model);

    QVBoxLayout *layout = dockBody(this);

    auto *bar = new QHBoxLayout;
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Shared"), int(ClaimKind::Shared));
    m_kind->addItem(tr("Conflicts"), int(ClaimKind::Conflict));
    m_kind->addItem(tr("Unique"), int(ClaimKind::Unique));
    m_kind->setAccessibleName(tr("Claim kind"));
    m_source->setAccessibleName(tr("Claims stated by"));
    m_focus->setAccessibleName(tr("What one outlet says or leaves out"));
    m_filter->setAccessibleName(tr("Filter claims"));
    m_source->setModel(m_sourceChoices);
    m_focus->setModel(m_focusChoices);
    // Sized to a typical outlet name, not the longest of thousands (measuring
    // every choice of a big story holds the window).
    for (QComboBox *box : {m_source, m_focus}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
    }
    // In a narrow window the choices give up width before the list does.
    for (QComboBox *box : {m_kind, m_source, m_focus})
        box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 8);
    m_filter->setPlaceholderText(tr("Filter claims…"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_kind);
    bar->addWidget(m_source);
    bar->addWidget(m_focus);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    setUpPickList(m_view, m_proxy, new ClaimDelegate(m_view), tr("Claims"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // analysis order until the reader sorts
    m_view->header()->setSectionResizeMode(ClaimsModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ClaimsModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ClaimsModel::SourcesColumn, QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    fillSourceChoices();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<ClaimKind>(ClaimKind(kind)));
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setSource(m_source->currentData().toInt()); });
    connect(m_focus, &QComboBox::currentIndexChanged, this, &ClaimsPanel::applyFocus);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ClaimFilterModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const int claim = current.isValid() ? current.data(ClaimsModel::ClaimIndexRole).toInt() : -1;
        m_detail->showClaim(m_model->analysis(), claim);
        if (!m_selecting && claim >= 0)
            Q_EMIT claimSelected(claim);
    });
    connect(m_detail, &PlaceBrowser::placeActivated, this, &ClaimsPanel::memberActivated);
}

void ClaimsPanel::setAnalysis(AnalysisPtr analysis)
{
    const QStringList before = m_model->sourceNames();
    m_model->setAnalysis(std::move(analysis));
    if (m_model->sourceNames() != before)
        fillSourceChoices();
    m_detail->showClaim(m_model->analysis(), currentClaim());
}

// "Only in X" and "Left out by X" for every outlet, in one list: one choice away.
void ClaimsPanel::fillSourceChoices()
{
    const QSignalBlocker b1(m_source);
    const QSignalBlocker b2(m_focus);
    m_sourceChoices->setSourceNames(m_model->sourceNames());
    m_focusChoices->setSourceNames(m_model->sourceNames());
    m_source->setCurrentIndex(0);
    m_focus->setCurrentIndex(0);
    m_proxy->setSource(-1);
    m_proxy->setFocus(ClaimFilterModel::AllClaims);
}

void ClaimsPanel::applyFocus()
{
    const QPoint choice = m_focus->currentData().toPoint();
    m_proxy->setFocus(ClaimFilterModel::Focus(choice.x()), choice.y());
}

void ClaimsPanel::showFocus(int focus, int article)
{
    const int i = m_focus->findData(QVariant::fromValue(QPoint(focus, focus == ClaimFilterModel::AllClaims ? -1 : article)));
    if (i >= 0)
        m_focus->setCurrentIndex(i);
}

int ClaimsPanel::currentClaim() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ClaimsModel::ClaimIndexRole).toInt() : -1;
}

void ClaimsPanel::selectClaim(int claimIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfClaim(claimIndex));
    if (!index.isValid())
        return;
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}
