// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application palette to go with a KSyntaxHighlighting theme. A dark theme
// gets dark menus, docks and panels around its dark articles (a light window
// frame around dark text glares); a light theme keeps the platform's palette.
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

bool isDarkTheme(const KSyntaxHighlighting::Theme &theme);
QPalette paletteForTheme(const KSyntaxHighlighting::Theme &theme, const QPalette &platform);
