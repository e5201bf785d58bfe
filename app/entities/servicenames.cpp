// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicenames.h"

#include "gazetteer.h"

#include <QRegularExpression>

namespace {

// A number after a name that is no year: "NJ 466", not "UK 2030" (a year names a target).
bool serviceNumber(QStringView digits)
{
    if (digits.size() != 4)
        return true;
    const int n = digits.toInt();
    return n < 1800 || n > 2100;
}

} // namespace

void markServiceNumbers(const QString &text, QList<NameCandidate> &names)
{
    // " NJ 466", " 466": what follows the name, up to the number.
    static const QRegularExpression after(QStringLiteral("^ (?:([A-Z]{1,4}) )?(\\d{1,5})(?![\\d,.]\\d)"));
    // "Nightjet NJ", "NJ": a name that ends in a code of capitals.
    static const QRegularExpression codeAtEnd(QStringLiteral("(?:^|\\s)[A-Z]{1,4}$"));
    for (NameCandidate &c : names) {
        // A known name ("UK", "EU") before a number is that name: "the EU 27".
        if (!c.canonical.isEmpty())
            continue;
        const QRegularExpressionMatch m = after.matchView(QStringView(text).mid(c.range.end, 16));
        if (!m.hasMatch() || !serviceNumber(m.capturedView(2)))
            continue;
        const QRegularExpressionMatch end = codeAtEnd.matchView(c.text);
        if (!m.hasCaptured(1) && !end.hasMatch())
            continue; // "Highway 5", "Boeing 737": a name and a number, no service code
        c.thing = true;
        const QString before = m.hasCaptured(1) ? c.text : c.text.left(end.capturedStart()).trimmed();
        if (!before.isEmpty())
            c.serviceKey = Gazetteer::key(before);
    }
}
