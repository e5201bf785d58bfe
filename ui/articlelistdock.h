// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The articles of the open comparison as a list (a dock): activating one brings its column
// into view, Delete or the context menu removes it from the comparison.
#include <QDockWidget>

class CorpusModel;
class QListView;

class ArticleListDock : public QDockWidget
{
    Q_OBJECT
public:
    ArticleListDock(CorpusModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QAction *removeAction() const { return m_remove; }

Q_SIGNALS:
    void removeRequested(int article);
    void articleActivated(int article);

private:
    QListView *m_list;
    QAction *m_remove;
};
