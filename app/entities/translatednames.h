// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A landmark's or a body's name read word for word in English, through the words that such
// names are made of in other languages (resources/gazetteers/nametranslations.txt): "Piazza
// Nuova" reads "new square", "Secretaría Nacional de Aguas" "national secretariat water". As
// the sorted set of their content words, a name and its English form agree.
#include <QString>

struct NameSense
{
    QString words;           // English content words, singular, sorted, joined by spaces
    int count = 0;           // how many
    bool translated = false; // some word was another language's
};

// `key`: a name's comparison key (lower case, accents may be folded).
NameSense nameSense(const QString &key);
