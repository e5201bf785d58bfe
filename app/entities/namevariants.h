// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One person's name as two languages write it: "Veit Stoss" and "Wit Stwosz", "Johann" and
// "Jan" no (too far), "Mikolaj Kopernik" and "Nikolaus Kopernikus" no. Word for word, the two
// differ by at most a letter or two once the letters that languages spell one sound with are
// folded together (w/v, sz/s, cz/c, ei/i, ph/f, ck/k, tz/z).
#include <QString>
#include <QStringList>

// The words of a personal name's key (Gazetteer::key) with those letters folded: made once per
// name, compared many times.
QStringList foldedNameWords(const QString &key);
// Two names' folded words, as many of them, each within a letter or two of the other's.
bool nameVariants(const QStringList &a, const QStringList &b);
