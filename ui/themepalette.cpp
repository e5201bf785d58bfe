// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themepalette.h"

#include "claimhues.h"

namespace {

QColor editorColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

} // namespace

bool isDarkTheme(const KSyntaxHighlighting::Theme &theme)
{
    const QColor background = editorColor(theme, KSyntaxHighlighting::Theme::BackgroundColor);
    return theme.isValid() && ClaimHues::isDark(background);
}

QPalette paletteForTheme(const KSyntaxHighlighting::Theme &theme, const QPalette &platform)
{
    if (!isDarkTheme(theme))
        return platform;
    const QColor page = editorColor(theme, KSyntaxHighlighting::Theme::BackgroundColor);
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    // The frame a step lighter than the page, as dark desktop themes draw it.
    const QColor window = page.lighter(125);
    const QColor button = window.lighter(112);
    QColor selection = editorColor(theme, KSyntaxHighlighting::Theme::TextSelection);
    if (!selection.isValid() || qAbs(selection.lightnessF() - page.lightnessF()) < 0.08)
        selection = QColor(0x3d, 0xae, 0xe9).darker(140);
    const QColor muted = ClaimHues::mix(text, window, 0.45);

    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? muted : text);
        p.setColor(group, QPalette::Base, page);
        p.setColor(group, QPalette::AlternateBase, page.lighter(112));
        p.setColor(group, QPalette::ToolTipBase, window.lighter(115));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Text, disabled ? muted : text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, disabled ? muted : text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Light, button.lighter(140));
        p.setColor(group, QPalette::Midlight, button.lighter(120));
        p.setColor(group, QPalette::Mid, button.darker(130));
        p.setColor(group, QPalette::Dark, button.darker(160));
        p.setColor(group, QPalette::Shadow, Qt::black);
        p.setColor(group, QPalette::Highlight, disabled ? window.lighter(130) : selection);
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::Link, QColor(0x5e, 0xb6, 0xf0));
        p.setColor(group, QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    }
    return p;
}
