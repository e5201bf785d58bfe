// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A name in apposition to a description in small letters that another article writes as a
// name: "Orvik's harbour board, the Orvik Havnestyre," where another story names the "Orvik
// Harbour Board"; "the Torget, the old market square," beside the "Old Market Square". The
// resolver links the two (entityresolver.cpp).
#include "namefinder.h"

// Sets each such name's describedKey: the key of the name its description would be.
void markDescribedNames(const QString &text, QList<NameCandidate> &names);

// "President Gabriel Andrade, whom supporters call \"El Flaco\"": a quoted name after "call",
// "called", "nicknamed" or "known as" is the nickname of the person named before it in the
// sentence (NameCandidate::nickname, as for "Thiago “Tico” Albuquerque").
void markCalledNames(const QString &text, QList<NameCandidate> &names);
