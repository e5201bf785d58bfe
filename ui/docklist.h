// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the claims and entity docks share: a body with the docks' margins, and a list whose
// rows are picked one at a time, never edited.
class QAbstractItemDelegate;
class QAbstractItemModel;
class QDockWidget;
class QString;
class QTreeView;
class QVBoxLayout;

// A widget made `dock`'s contents; its layout, to fill.
QVBoxLayout *dockBody(QDockWidget *dock);
// `view` shows `model`, painted by `delegate`, one row picked at a time.
void setUpPickList(QTreeView *view, QAbstractItemModel *model, QAbstractItemDelegate *delegate, const QString &accessibleName);
