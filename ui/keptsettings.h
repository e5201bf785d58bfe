// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether this process keeps QSettings: only the application does. Tests (no organisation
// name) start from defaults every time and leave nothing behind.
#include <QCoreApplication>

inline bool keepsSettings()
{
    return !QCoreApplication::organizationName().isEmpty();
}
