// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the dialogs that fetch from the web (Add from Web Addresses, Add from Feed) share: a
// PageFetcher working in the background, a flat list of rows under column headings, and a
// status line under the list that says how far the work is or how it ended.
#include <QDialog>
#include <QStringList>

class PageFetcher;
class QLabel;
class QTreeWidget;
struct PageFetchResult;

class FetchDialog : public QDialog
{
    Q_OBJECT
public:
    QString status() const;

protected:
    // The list's column headings and its name for screen readers.
    FetchDialog(const QStringList &columns, const QString &listName, QWidget *parent);

    PageFetcher *const m_fetcher;
    QTreeWidget *const m_list;
    QLabel *const m_status;
};
