// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Find in all columns:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("Word or phrase"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find text"));
    auto *prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    prev->setAccessibleName(tr("Previous match"));
    auto *nextButton = new QToolButton(this);
    nextButton->setText(tr("Next"));
    nextButton->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(prev);
    layout->addWidget(nextButton);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(close);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::next);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(prev, &QToolButton::clicked, this, &FindBar::previous);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

void FindBar::setResult(int current, int total)
{
    if (m_edit->text().isEmpty())
        m_result->clear();
    else if (total == 0)
        m_result->setText(tr("No match"));
    else if (current == 0)
        m_result->setText(tr("%n match(es)", nullptr, total));
    else
        m_result->setText(tr("%1 of %2").arg(current).arg(total));
}

void FindBar::activate()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    if (event->key() == Qt::Key_Return && event->modifiers() & Qt::ShiftModifier) {
        Q_EMIT previous();
        return;
    }
    QWidget::keyPressEvent(event);
}
