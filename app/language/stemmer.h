// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// English Snowball (Porter 2) stemmer. One instance per thread: libstemmer's
// sb_stemmer keeps its working buffer inside the object.
#include <QString>

struct sb_stemmer;

class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // `word` lower-cased; returns it unchanged when the stemmer is unavailable.
    QString stem(const QString &word);

private:
    sb_stemmer *m_stemmer = nullptr;
};
