// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The questions the main window asks the reader: message boxes in the application,
// scripted answers in tests (which cannot click a modal box).
#include <QMessageBox>
#include <QString>

class QWidget;

class Prompter
{
public:
    virtual ~Prompter();
    // Tells or asks; returns the button chosen (`defaultButton` when the box is dismissed).
    virtual QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::Ok) = 0;
    // Asks for a folder; empty when the reader declines.
    virtual QString chooseFolder(const QString &title) = 0;
};

// The application's prompter: modal boxes and dialogs over `parent`.
class MessageBoxPrompter : public Prompter
{
public:
    explicit MessageBoxPrompter(QWidget *parent);
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) override;
    QString chooseFolder(const QString &title) override;

private:
    QWidget *m_parent;
};
