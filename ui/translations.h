// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads Parallax's own and Qt's translations for a locale into the application.
#include <QLocale>

class QTranslator;

struct InstalledTranslations
{
    QTranslator *parallax = nullptr; // null when no catalogue matched the locale
    QTranslator *qt = nullptr;       // Qt's own strings (dialog buttons), null when not installed
};

// Installs the translators for `locale` (the system locale by default) on the
// running QCoreApplication, which owns them. English is the source language;
// for it (and for locales without a catalogue) the English plural forms are
// loaded, so that "%n article(s)" reads "1 article".
InstalledTranslations installTranslations(const QLocale &locale = QLocale());
