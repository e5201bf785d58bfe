// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A body named in capitals somewhere in the corpus is named again in small letters by the
// words of its name that say what it is: "the federal judicial police" for the "Federal
// Judicial Police Antwerp", "the foreign ministry" for the "Chinese Foreign Ministry", "the
// city fire brigade" for the "Buenos Aires City Fire Brigade". Such a phrase after "the" is a
// mention of that body, when it fits one body of the corpus only.
#include "analysis.h"
#include "corpus.h"

#include <QSet>

// Adds those mentions to `entities` (organizations of two words or more whose phrase ends in
// one of `heads`, the head words of bodies' names); keeps each entity's mentions in order.
void addLowercaseBodyMentions(const Corpus &corpus, const QSet<QString> &heads, QList<Entity> &entities);
