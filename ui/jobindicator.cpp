// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

JobIndicator::JobIndicator(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(accessibleName);
    layout->addWidget(m_bar);
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->setAccessibleName(tr("Cancel: %1").arg(accessibleName));
    m_cancel->setToolTip(m_cancel->accessibleName());
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &JobIndicator::cancelRequested);
    hide();
}

void JobIndicator::showProgress(const QString &text, int percent)
{
    m_label->setText(text);
    m_bar->setRange(0, percent < 0 ? 0 : 100);
    if (percent >= 0)
        m_bar->setValue(percent);
    show();
}

QString JobIndicator::text() const
{
    return m_label->text();
}
