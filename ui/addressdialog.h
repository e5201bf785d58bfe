// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Add from Web Addresses: the reader pastes addresses (one per line, or a message with
// words around them), the pages are fetched in the background with a row of progress each;
// failures stay listed with their reason, the articles that arrived can be added.
#include "article.h"
#include "feedreader.h"
#include "fetchdialog.h"

#include <QHash>
#include <QMap>

class QPlainTextEdit;
class QPushButton;

class AddressDialog : public FetchDialog
{
    Q_OBJECT
public:
    explicit AddressDialog(QWidget *parent = nullptr);

    void setAddressText(const QString &text);
    // Addresses that came from a feed: what the feed said fills what the page leaves open.
    void setFeedItems(const QList<FeedItem> &items);
    // Fetches the addresses in the text; a running fetch is cancelled first.
    void fetch();
    void cancelFetch();
    bool isFetching() const;

    // In the order of the addresses, however the pages arrived.
    QList<Article> articles() const { return m_articles.values(); }
    QTreeWidget *progressList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void fetchFinished();
    // The reader chose to add the articles that arrived.
    void articlesAccepted(const QList<Article> &articles);

private:
    void showProgress(int index, qint64 received, qint64 total);
    void showResult(const PageFetchResult &result);
    void updateButtons();
    void reject() override;

    QPlainTextEdit *m_text;
    QPushButton *m_fetch;
    QPushButton *m_cancel;
    QPushButton *m_add;
    QMap<int, Article> m_articles; // by the address's row
    QHash<QUrl, FeedItem> m_feedItems;
    int m_failed = 0;
};
