// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The outlet an article comes from, named in its own text: a masthead on a line of its own
// ("THE JAPAN TIMES"), a credit ("(Reuters)"), "told The Daily Clarion". The importer knows
// the outlet; its name written as a name (every word capitalised) is that organization,
// whatever words it is made of.
#include "namefinder.h"

// Adds each whole-word mention of `outlet` in `text` written with capitals as an organization,
// in place of the names found inside it ("Slovak" of "The Slovak Spectator").
void addOutletNames(const QString &text, const QString &outlet, QList<NameCandidate> &names);
