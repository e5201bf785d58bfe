// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vesselnames.h"

#include "gazetteer.h"

#include <QRegularExpression>

#include <algorithm>

void markVesselNames(const QString &text, QList<NameCandidate> &names)
{
    // Prefixes of ships' names: motor vessel, motor boat, steam ship, navy ships, fishing and
    // research vessels ("MV", "M/V", "MB", "M/B", "SS", "HMS", "USS", "FV", "RV" ...), before the
    // name or opening the candidate ("M/B" may leave its "B" to the name found).
    static const QRegularExpression prefixed(
        QStringLiteral(R"((?:^|[^\p{L}/])(?:M/?[VBST]|SS|RMS|HMS|HMAS|HMCS|HMNZS|USS|USNS|USCGC|F/?V|R/?V) (\p{Lu}[^\n]*)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // Kinds of craft written in small letters right before the name: "the ferry Sea Lark", "the
    // Coast Guard cutter Orca", "the shuttle Atlantis" ("carrier" also means an airline, unless its
    // cargo qualifies it: "the bulk carrier Treasure").
    static const QRegularExpression nounBefore(
        QStringLiteral(R"(\b(?:ferry|ship|vessel|boat|trawler|tanker|freighter|yacht|tug|tugboat|barge|liner|frigate|destroyer|)"
                       R"(submarine|schooner|catamaran|steamer|hovercraft|cutter|dredger|dinghy|shuttle|spacecraft|airship|)"
                       R"((?:bulk|ore|oil|gas|car|cargo|LNG) carrier) $)"));
    const Gazetteer &gaz = Gazetteer::instance();
    for (NameCandidate &c : names) {
        if (!c.canonical.isEmpty())
            continue;
        const qsizetype from = std::max<qsizetype>(0, c.range.start - 12);
        const QStringView window = QStringView(text).mid(from, c.range.end - from);
        QString name;
        if (const QRegularExpressionMatch m = prefixed.matchView(window); m.hasMatch() && m.capturedStart(1) >= c.range.start - from)
            name = m.captured(1);
        else if (nounBefore.matchView(window.first(c.range.start - from)).hasMatch())
            name = c.text;
        else
            continue;
        // "the boat Captain Reyes steered": a title opens a person's name, no ship's.
        if (gaz.isRole(Gazetteer::key(name.section(u' ', 0, 0))))
            continue;
        c.thing = true;
        c.serviceKey = Gazetteer::key(name);
    }
}
