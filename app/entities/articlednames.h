// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names that own their article: "a report by The Canadian Press", "talks in The Hague". Inside
// a sentence, after a word in lower case, a capitalised "The" is part of the name after it.
#include "namefinder.h"

// Extends such candidates over their "The"; their key stays the name's, so "Canadian Press"
// on a byline line and "The Canadian Press" in a sentence are one name.
void markArticledNames(const QString &text, QList<NameCandidate> &names);
