// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Trains, flights and buses named by a service code and number ("the Nightjet NJ 466", "the
// NJ 466 leaves at ten", "flight EK 202"): no person, body or place. The name before the code
// names the same service where it stands alone ("the Nightjet from Vienna").
#include "namefinder.h"

// Marks each candidate followed by a service code and number, or ending in a code followed by
// a number, as a thing, and sets its `serviceKey` to the key of its words before the code.
void markServiceNumbers(const QString &text, QList<NameCandidate> &names);
