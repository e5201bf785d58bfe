// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colours of the comparison overlays (claims, entities, clutter, selection),
// derived from the chosen KSyntaxHighlighting theme so they read well on light
// and dark backgrounds alike.
#include "analysis.h"

#include <QColor>

namespace KSyntaxHighlighting {
class Theme;
}

struct OverlayStyle
{
    QColor background;
    QColor text;
    QColor headerBackground;
    QColor dimmedText;        // clutter
    QColor shared;            // tint for a claim two sources share; stronger with more sources
    QColor conflict;          // tint of a conflicting claim
    QColor conflictValue;     // the differing value itself
    QColor conflictValueText; // drawn over conflictValue (the theme's own colour for, say, numbers may not read on it)
    QColor unique;            // quiet tint of a claim only one source has
    QColor outline;           // the active claim
    QColor mentionHighlight;  // the selected entity's mentions
    QColor mentionText;       // drawn over mentionHighlight
    QColor findMatch;
    QColor findMatchText; // drawn over findMatch
    bool dark = false;

    static OverlayStyle fromTheme(const KSyntaxHighlighting::Theme &theme);

    QColor sharedTint(int sources, int totalSources) const;
    QColor entityUnderline(EntityType type) const;
    // Connector ribbons in the gutters (drawn on headerBackground): fill and edge.
    QColor ribbonFill(ClaimKind kind, int sources, int totalSources) const;
    QColor ribbonEdge(const QColor &fill, bool active) const;
};
