#include "claimspanel.h"

#include "claimdelegate.h"
#include "claimdetailview.h"
#include "claimfiltermodel.h"
#include "claimsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

ClaimsPanel::ClaimsPanel(QWidget *parent)
    : QDockWidget(tr("Claims"), parent)
    , m_model(new ClaimsModel(this))
    , m_proxy(new ClaimFilterModel(this))
    , m_kind(new QComboBox)
    , m_source(new QComboBox)
    , m_focus(new QComboBox)
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_detail(new ClaimDetailView)
{
    setObjectName(QStringLiteral("claimsPanel"));
    m_proxy->setSourceModel(m_model);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Shared"), int(ClaimKind::Shared));
    m_kind->addItem(tr("Conflicts"), int(ClaimKind::Conflict));
    m_kind->addItem(tr("Unique"), int(ClaimKind::Unique));
    m_kind->setAccessibleName(tr("Claim kind"));
    m_source->setAccessibleName(tr("Claims stated by"));
    m_focus->setAccessibleName(tr("What one outlet says or leaves out"));
    m_filter->setAccessibleName(tr("Filter claims"));
    m_focus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setPlaceholderText(tr("Filter claims…"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_kind);
    bar->addWidget(m_source);
    bar->addWidget(m_focus);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ClaimDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // analysis order until the reader sorts
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Claims"));
    m_view->header()->setStretchLastSection(false);
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
    setWidget(body);
    fillSourceChoices();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<ClaimKind>(ClaimKind(kind)));
    });
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSource(m_source->currentData().toInt()); });
    connect(m_focus, &QComboBox::currentIndexChanged, this, &ClaimsPanel::applyFocus);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ClaimFilterModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const int claim = current.isValid() ? current.data(ClaimsModel::ClaimIndexRole).toInt() : -1;
        m_detail->showClaim(m_model->analysis(), claim);
        if (!m_selecting && claim >= 0)
            Q_EMIT claimSelected(claim);
    });
    connect(m_detail, &ClaimDetailView::memberActivated, this, &ClaimsPanel::memberActivated);
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
    // The items go into new models that no view watches yet, then into the boxes
    // in one step: thousands of outlets make thousands of items.
    auto *sources = new QStandardItemModel(m_source);
    auto *focus = new QStandardItemModel(m_focus);
    auto add = [](QStandardItemModel *model, const QString &text, const QVariant &data) {
        auto *item = new QStandardItem(text);
        item->setData(data, Qt::UserRole);
        model->appendRow(item);
    };
    add(sources, tr("All sources"), -1);
    add(focus, tr("All claims"), QVariant::fromValue(QPoint(ClaimFilterModel::AllClaims, -1)));
    const QStringList names = m_model->sourceNames();
    for (int a = 0; a < names.size(); ++a) {
        add(sources, tr("Stated by %1").arg(names[a]), a);
        add(focus, tr("Only in %1").arg(names[a]), QVariant::fromValue(QPoint(ClaimFilterModel::OnlyIn, a)));
    }
    for (int a = 0; a < names.size(); ++a)
        add(focus, tr("Left out by %1").arg(names[a]), QVariant::fromValue(QPoint(ClaimFilterModel::LeftOutBy, a)));
    // A box deletes the model it replaces when it is the model's parent.
    m_source->setModel(sources);
    m_focus->setModel(focus);
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
