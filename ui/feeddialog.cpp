// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddialog.h"

#include "httpdownload.h"
#include "pagefetcher.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { TitleColumn, OutletColumn, DateColumn };

} // namespace

FeedDialog::FeedDialog(QWidget *parent)
    : FetchDialog({tr("Title"), tr("Outlet"), tr("Date")}, tr("Feed items"), parent)
    , m_source(new QLineEdit(this))
{
    setWindowTitle(tr("Add from Feed"));
    m_fetcher->setAcceptFeeds(true);
    m_source->setPlaceholderText(tr("Address of an RSS or Atom feed, or a feed file"));
    m_source->setAccessibleName(tr("Feed address or file"));
    m_load = new QPushButton(tr("&Show Items"), this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_source, 1);
    row->addWidget(m_load);
    row->addWidget(browse);

    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_fetchChecked = buttons->addButton(tr("&Fetch Ticked Items"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, [this] { load(m_source->text().trimmed()); });
    connect(m_source, &QLineEdit::returnPressed, m_load, &QPushButton::click);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Open a Feed"), QString(), tr("Feeds (*.xml *.rss *.atom);;All files (*)"));
        if (!file.isEmpty()) {
            m_source->setText(file);
            load(file);
        }
    });
    connect(m_list, &QTreeWidget::itemChanged, this, &FeedDialog::updateButtons);
    connect(m_fetcher, &PageFetcher::pageDone, this, &FeedDialog::showFetched);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // FetchDialog made the list first; Tab goes from the feed's address to it.
    setTabOrder(m_source, m_list);
    resize(760, 480);
    updateButtons();
}

void FeedDialog::load(const QString &addressOrFile)
{
    if (addressOrFile.isEmpty())
        return;
    m_source->setText(addressOrFile);
    m_list->clear();
    m_items.clear();
    const QUrl url(addressOrFile);
    if (isWebAddress(url)) {
        m_status->setText(tr("Fetching the feed…"));
        m_fetcher->start({url});
        updateButtons();
        return;
    }
    QFile file(addressOrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 is neither a web address nor a file that can be read.").arg(addressOrFile));
        Q_EMIT feedShown();
        return;
    }
    showFeed(readFeed(file.read(16 * 1024 * 1024)));
}

void FeedDialog::showFetched(const PageFetchResult &result)
{
    if (result.feed) {
        showFeed(*result.feed);
    } else {
        Feed failed;
        failed.error = result.article ? tr("the address is a page, not a feed; use Add from Web Addresses") : result.error;
        showFeed(failed);
    }
}

void FeedDialog::showFeed(const Feed &feed)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_items = feed.items;
    if (!feed.ok()) {
        m_status->setText(tr("The feed cannot be read: %1.").arg(feed.error));
    } else {
        for (const FeedItem &item : feed.items) {
            const QString date =
                item.published.isValid() ? QLocale().toString(item.published.toLocalTime(), QLocale::ShortFormat) : QString();
            auto *row = new QTreeWidgetItem(m_list, {item.title, item.outlet, date});
            row->setCheckState(TitleColumn, Qt::Unchecked);
            row->setToolTip(TitleColumn, item.link.toDisplayString());
        }
        m_list->resizeColumnToContents(OutletColumn);
        m_list->resizeColumnToContents(DateColumn);
        m_status->setText(feed.items.isEmpty() ? tr("The feed has no items with a web address.")
                                               : tr("Tick the items to compare, then fetch them."));
    }
    updateButtons();
    Q_EMIT feedShown();
}

QList<FeedItem> FeedDialog::checkedItems() const
{
    QList<FeedItem> checked;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_items.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(TitleColumn) == Qt::Checked)
            checked.append(m_items[i]);
    }
    return checked;
}

void FeedDialog::updateButtons()
{
    m_fetchChecked->setEnabled(!checkedItems().isEmpty());
    const int count = int(checkedItems().size());
    m_fetchChecked->setText(count > 0 ? tr("&Fetch %n Ticked Item(s)", nullptr, count) : tr("&Fetch Ticked Items"));
}
