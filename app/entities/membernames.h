// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A party or a movement named by its members: "the Socialists" for the "Socialist Party", "the
// Communists" for the "Portuguese Communist Party", "the Social Democrats" for the "Social
// Democratic Party", "the Liberals" for "Liberal Initiative".
#include <QString>

// Whether `plural` (a name's key whose last word is a plural in -s) names the members of the body
// whose key is `body`: each word of the plural, its last one in the singular, opens a word of a
// run of the body's words (at least four letters each), and the body has words besides them.
bool namesMembersOf(const QString &plural, const QString &body);
