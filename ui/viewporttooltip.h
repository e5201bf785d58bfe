// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tooltips that depend on where in a scroll area's viewport the pointer rests.
#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

// Shows (or hides, when it is empty) the tip `tipAt` gives for the position of
// the tooltip `event` in `viewport`.
template<typename TipAt>
void showViewportToolTip(QEvent *event, QWidget *viewport, TipAt tipAt)
{
    auto *help = static_cast<QHelpEvent *>(event);
    const QString tip = tipAt(help->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, viewport);
}
