// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressdialog.h"

#include "addresstext.h"
#include "pagearticle.h"
#include "pagefetcher.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { AddressColumn, StatusColumn };

} // namespace

AddressDialog::AddressDialog(QWidget *parent)
    : FetchDialog({tr("Address"), tr("Status")}, tr("Fetch progress"), parent)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add from Web Addresses"));
    auto *intro = new QLabel(tr("Paste the addresses of the articles, one per line, or a message that contains them. "
                                "Parallax fetches only these pages, and only when you press Fetch."),
                             this);
    intro->setWordWrap(true);
    m_text->setPlaceholderText(tr("https://…"));
    m_text->setAccessibleName(tr("Web addresses"));
    m_text->setTabChangesFocus(true);
    m_list->header()->setStretchLastSection(true); // reasons are longer than addresses
    m_list->header()->resizeSection(AddressColumn, 300);
    m_list->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_fetch = buttons->addButton(tr("&Fetch"), QDialogButtonBox::ActionRole);
    m_add = buttons->addButton(tr("&Add Articles"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_fetch->setDefault(true);
    connect(m_fetch, &QPushButton::clicked, this, &AddressDialog::fetch);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Q_EMIT articlesAccepted(articles());
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &AddressDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AddressDialog::updateButtons);

    connect(m_fetcher, &PageFetcher::progress, this, &AddressDialog::showProgress);
    connect(m_fetcher, &PageFetcher::pageDone, this, &AddressDialog::showResult);
    connect(m_fetcher, &PageFetcher::finished, this, [this] {
        m_status->setText(tr("%1 of %2 fetched.").arg(m_articles.size()).arg(m_list->topLevelItemCount())
                          + (m_failed > 0 ? u' ' + tr("The addresses that failed say why.") : QString()));
        updateButtons();
        Q_EMIT fetchFinished();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // FetchDialog made the list first; Tab goes from the addresses to it.
    setTabOrder(m_text, m_list);
    resize(720, 480);
    updateButtons();
}

void AddressDialog::setAddressText(const QString &text)
{
    m_text->setPlainText(text);
}

void AddressDialog::setFeedItems(const QList<FeedItem> &items)
{
    for (const FeedItem &item : items)
        m_feedItems.insert(item.link, item);
}

bool AddressDialog::isFetching() const
{
    return m_fetcher->isRunning();
}

void AddressDialog::fetch()
{
    const QList<QUrl> urls = webAddressesIn(m_text->toPlainText());
    m_articles.clear();
    m_failed = 0;
    m_list->clear();
    for (const QUrl &url : urls) {
        auto *item = new QTreeWidgetItem(m_list, {url.toDisplayString(), QString()});
        item->setToolTip(AddressColumn, url.toDisplayString());
        auto *bar = new QProgressBar(m_list);
        bar->setRange(0, 0); // busy until the size is known
        // Every row as tall as a bar, so a bar never spills over the row below.
        item->setSizeHint(StatusColumn, QSize(0, bar->sizeHint().height()));
        bar->setAccessibleName(tr("Progress of %1").arg(url.toDisplayString()));
        m_list->setItemWidget(item, StatusColumn, bar);
    }
    m_list->setVisible(!urls.isEmpty());
    m_status->setText(urls.isEmpty() ? tr("No web address (http:// or https://) found in the text.")
                                     : tr("Fetching %n page(s)…", nullptr, int(urls.size())));
    m_fetcher->start(urls);
    updateButtons();
}

void AddressDialog::cancelFetch()
{
    m_fetcher->cancel();
}

void AddressDialog::showProgress(int index, qint64 received, qint64 total)
{
    auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(m_list->topLevelItem(index), StatusColumn));
    if (!bar)
        return;
    if (total > 0) {
        bar->setRange(0, 1000);
        bar->setValue(int(1000 * std::min(received, total) / total));
    }
    bar->setFormat(QLocale().formattedDataSize(received));
    bar->setTextVisible(true);
}

void AddressDialog::showResult(const PageFetchResult &result)
{
    QTreeWidgetItem *item = m_list->topLevelItem(result.index);
    if (!item)
        return;
    m_list->removeItemWidget(item, StatusColumn);
    if (result.article) {
        Article a = *result.article;
        const auto feedItem = m_feedItems.constFind(result.url);
        if (feedItem != m_feedItems.constEnd())
            fillFromFeedItem(a, *feedItem);
        m_articles.insert(result.index, a);
        item->setText(StatusColumn, tr("Fetched: %1").arg(a.sourceName()));
        item->setIcon(StatusColumn, QIcon::fromTheme(QStringLiteral("dialog-ok")));
    } else {
        ++m_failed;
        item->setText(StatusColumn, tr("Failed: %1").arg(result.error));
        item->setIcon(StatusColumn, QIcon::fromTheme(QStringLiteral("dialog-error")));
    }
    item->setToolTip(StatusColumn, item->text(StatusColumn));
    if (m_fetcher->isRunning()) {
        const int done = int(m_articles.size()) + m_failed;
        m_status->setText(tr("Fetching: %1 of %n page(s) done…", nullptr, m_list->topLevelItemCount()).arg(done));
    }
    updateButtons();
}

void AddressDialog::updateButtons()
{
    const bool fetching = m_fetcher->isRunning();
    m_fetch->setEnabled(!fetching && !m_text->toPlainText().trimmed().isEmpty());
    m_text->setReadOnly(fetching);
    m_add->setEnabled(!fetching && !m_articles.isEmpty());
    m_add->setText(tr("&Add %n Article(s)", nullptr, int(m_articles.size())));
    if (!fetching && !m_articles.isEmpty())
        m_add->setDefault(true);
}

void AddressDialog::reject()
{
    // Cancel stops the fetch first; pressed again, it closes.
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel();
        return;
    }
    QDialog::reject();
}
