// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QFileDialog>

Prompter::~Prompter() = default;

MessageBoxPrompter::MessageBoxPrompter(QWidget *parent)
    : m_parent(parent)
{
}

QMessageBox::StandardButton MessageBoxPrompter::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, m_parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QString MessageBoxPrompter::chooseFolder(const QString &title)
{
    return QFileDialog::getExistingDirectory(m_parent, title);
}
