// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's saved settings (geometry, docks, theme) and its close, which the reader's
// unsaved work (SessionController) may hold up.
#include "mainwindow.h"

#include "comparisonview.h"
#include "keptsettings.h"
#include "sessioncontroller.h"

#include <KSyntaxHighlighting/Theme>

#include <QCloseEvent>
#include <QCoreApplication>
#include <QSettings>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kThemeKey = QStringLiteral("view/theme");

} // namespace

void MainWindow::restoreSettings()
{
    if (!keepsSettings())
        return;
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QString theme = settings.value(kThemeKey).toString();
    if (!theme.isEmpty())
        setThemeByName(theme);
}

void MainWindow::saveSettings()
{
    if (!keepsSettings())
        return;
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kThemeKey, m_view->theme().name());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->settleBeforeClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_session->closeCleanly();
    QMainWindow::closeEvent(event);
}
