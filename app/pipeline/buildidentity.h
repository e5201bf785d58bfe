// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What tells this build of the program from any other: the executable's GNU build id
// (a hash the linker makes of the code and the resources compiled in), else its size
// and modification time. Empty when neither can be found.
#include <QByteArray>

QByteArray buildIdentity();
