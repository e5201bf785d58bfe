// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
// Where qt_add_translations embeds the compiled catalogues (top-level CMakeLists.txt).
const QString kCatalogueDir = QStringLiteral(":/parallax/i18n");
} // namespace

InstalledTranslations installTranslations(const QLocale &locale)
{
    InstalledTranslations installed;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("parallax"), QStringLiteral("_"), kCatalogueDir)
        || own->load(QStringLiteral("parallax_en"), kCatalogueDir)) {
        QCoreApplication::installTranslator(own);
        installed.parallax = own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.qt = qt;
    } else {
        delete qt;
    }
    return installed;
}
