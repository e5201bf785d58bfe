// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours the docks share: one per source (colour-blind safe, Okabe-Ito) and
// one per claim kind (the ClaimHues the columns and sheets use), adjusted to a light
// or dark palette.
#include "analysis.h"

#include <QColor>
#include <QPalette>

namespace DockPalette {
QColor sourceColor(int article, const QPalette &palette);
QColor kindColor(ClaimKind kind, const QPalette &palette);
QColor silentColor(const QPalette &palette);
bool isDark(const QPalette &palette);
} // namespace DockPalette
