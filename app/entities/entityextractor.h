// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds people, organizations, places and dates in every article and resolves
// them across articles into one Entity per real-world thing.
#include "analysis.h"

#include <functional>

QList<Entity> extractEntities(const Corpus &corpus, const QList<QList<Sentence>> &sentences, const std::function<bool()> &canceled = {});
