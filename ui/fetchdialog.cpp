// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchdialog.h"

#include "pagefetcher.h"

#include <QLabel>
#include <QTreeWidget>

FetchDialog::FetchDialog(const QStringList &columns, const QString &listName, QWidget *parent)
    : QDialog(parent)
    , m_fetcher(new PageFetcher(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_list->setColumnCount(int(columns.size()));
    m_list->setHeaderLabels(columns);
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(listName);
    m_status->setWordWrap(true);
}

QString FetchDialog::status() const
{
    return m_status->text();
}
