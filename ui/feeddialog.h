// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Add from Feed: an RSS or Atom feed's address or file; its items listed with
// title, outlet and date, each with a check box; the ticked ones are then fetched.
#include "feedreader.h"
#include "fetchdialog.h"

#include <QLineEdit>
#include <QPushButton>

class FeedDialog : public FetchDialog
{
    Q_OBJECT
public:
    explicit FeedDialog(QWidget *parent = nullptr);

    // An http(s) address is fetched in the background, anything else read as a file.
    void load(const QString &addressOrFile);
    QList<FeedItem> checkedItems() const;
    QTreeWidget *itemList() const { return m_list; }

Q_SIGNALS:
    void feedShown(); // the items are listed, or the reason why not is shown

private:
    void showFeed(const Feed &feed);
    void showFetched(const PageFetchResult &result);
    void updateButtons();

    QLineEdit *m_source;
    QPushButton *m_load;
    QPushButton *m_fetchChecked;
    QList<FeedItem> m_items;
};
