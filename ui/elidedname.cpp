// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedname.h"

#include <QStringList>

namespace {
// `name`'s first words, an ellipsis and its last word ("Heavy rain … overnight…"),
// with as many first words as fit; empty when not even one does.
QString withoutMiddleWords(const QFontMetrics &metrics, const QString &name, int width)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype head = words.size() - 2; head >= 1; --head) {
        const QString shown = QStringList(words.first(head)).join(u' ') + QStringLiteral(" \u2026 ") + words.last();
        if (metrics.horizontalAdvance(shown) <= width)
            return shown;
    }
    return {};
}
} // namespace

QString elidedSourceName(const QFontMetrics &metrics, const QString &name, int width, const QString &full)
{
    if (!full.isEmpty()) {
        const QString shown = metrics.elidedText(full, Qt::ElideRight, width);
        if (shown == full || metrics.horizontalAdvance(shown) >= metrics.horizontalAdvance(name))
            return shown;
    }
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    const QString shown = withoutMiddleWords(metrics, name, width);
    return shown.isEmpty() ? metrics.elidedText(name, Qt::ElideMiddle, width) : shown;
}
