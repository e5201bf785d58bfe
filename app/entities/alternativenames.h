// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A body's name in another language written beside its English name: "Orvania Health
// Authority – Mana Hauora Orva" on a masthead, "the Harbour Board (Te Poari Whanga)". The
// second name is the same body. So is a place's or body's name in brackets that translates the
// one before it word for word ("the Cloth Hall (Lakenhal)", translatednames.h).
#include "namefinder.h"

// Gives each such second name the key, canonical name and votes of the body's name before it.
void markAlternativeNames(const QString &text, QList<NameCandidate> &names);
