// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The About dialog: version, the libraries Parallax is built on and their licences.
#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    struct Component
    {
        QString name;
        QString purpose;
        QString licence; // SPDX expression where one exists
        QString url;
    };
    // The third-party software in Parallax, shown in the dialog (and read by tests).
    static QList<Component> components();
};
