// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "the two-dose vaccine, Vexoril,", "Vexoril, a live attenuated vaccine": a name in apposition
// with a description whose noun is a kind of movable thing or product (`thing-nouns`) names that
// thing, no person, body or place. It is marked as a thing's and kept as a service's name, so
// that the same name elsewhere in the corpus names no entity either (as vessels' names are).
#include "namefinder.h"

void markProductNames(const QString &text, QList<NameCandidate> &names);
