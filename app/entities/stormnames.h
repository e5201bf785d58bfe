// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Cyclone Odessa", "Severe Tropical Cyclone Odessa", "Hurricane Lena": the name of a storm,
// which is no person, body or place, though it may be a place's name too. Such a name is marked
// as a storm's (and a thing's), so that the same name elsewhere in the corpus ("Odessa crossed
// the coast") names no entity either.
#include "namefinder.h"

void markStormNames(const QString &text, QList<NameCandidate> &names);
