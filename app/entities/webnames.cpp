// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webnames.h"

#include "gazetteer.h"
#include "namescan.h"

#include <QRegularExpression>

void markWebNames(const QString &text, QList<NameCandidate> &names)
{
    // The generic endings and the country endings the press most often writes after a name.
    static const QRegularExpression ending(
        QStringLiteral("^\\.(?:com|net|org|info|news|tv|co\\.uk|at|de|ch|fr|it|es|nl|be|eu|ie|pl|ca|au|nz|ph|in)(?![\\w.@/-])"));
    for (NameCandidate &c : names) {
        const QRegularExpressionMatch m = ending.matchView(QStringView(text).mid(c.range.end, 8));
        if (!m.hasMatch())
            continue;
        c.range.end += m.capturedLength(0);
        c.text = text.mid(c.range.start, c.range.length());
        c.key = Gazetteer::key(c.text);
        c.canonical.clear();
        c.votes = {0, kStrongCue, 0};
        c.fallbackPerson = false;
    }
}
