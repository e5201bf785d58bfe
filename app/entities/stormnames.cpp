// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stormnames.h"

#include "gazetteer.h"

#include <QRegularExpression>

void markStormNames(const QString &text, QList<NameCandidate> &names)
{
    // A kind of storm, capitalised, before the name (or opening the candidate): "Cyclone Yasi",
    // "CYCLONE Odessa", "Tropical Storm Ana".
    static const QRegularExpression kind(
        QStringLiteral(R"((?:^|\P{L})(?:Cyclone|CYCLONE|Hurricane|HURRICANE|Typhoon|TYPHOON|Storm|STORM) (\p{Lu}\p{L}+)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (NameCandidate &c : names) {
        const qsizetype from = std::max<qsizetype>(0, c.range.start - 12);
        const QRegularExpressionMatch m = kind.matchView(QStringView(text).mid(from, c.range.end - from));
        if (!m.hasMatch() || m.capturedStart(1) < c.range.start - from)
            continue;
        c.thing = true;
        c.storm = true;
        c.serviceKey = Gazetteer::key(m.captured(1));
    }
}
