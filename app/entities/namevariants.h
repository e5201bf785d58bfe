// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One person's name as two languages write it: "Veit Stoss" and "Wit Stwosz", "Johann" and
// "Jan" no (too far), "Mikolaj Kopernik" and "Nikolaus Kopernikus" no. Word for word, the two
// differ by at most a letter or two once the letters that languages spell one sound with are
// folded together (w/v, sz/s, cz/c, ei/i, ph/f, ck/k, tz/z).
#include <QString>

// Both are keys of personal names (Gazetteer::key) of as many words.
bool nameVariants(const QString &a, const QString &b);
