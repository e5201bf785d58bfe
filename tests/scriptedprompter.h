// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Prompter for tests: answers every question with one button (the question's default
// when that button is not offered), declines to choose folders, and keeps the titles
// of what it was asked.
#include "prompter.h"

#include <QStringList>

class ScriptedPrompter : public Prompter
{
public:
    explicit ScriptedPrompter(QMessageBox::StandardButton answer)
        : m_answer(answer)
    {
    }
    QMessageBox::StandardButton ask(QMessageBox::Icon, const QString &title, const QString &, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) override
    {
        m_asked.append(title);
        return buttons.testFlag(m_answer) ? m_answer : defaultButton;
    }
    QString chooseFolder(const QString &title) override
    {
        m_asked.append(title);
        return {};
    }
    void setAnswer(QMessageBox::StandardButton answer) { m_answer = answer; }
    QStringList asked() const { return m_asked; }

private:
    QMessageBox::StandardButton m_answer;
    QStringList m_asked;
};
