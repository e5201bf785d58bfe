#pragma once
// Finds people, organizations, places and dates in every article and resolves
// them across articles into one Entity per real-world thing.
#include "analysis.h"

#include <functional>

QList<Entity> extractEntities(const Corpus &corpus, const QList<QList<Sentence>> &sentences,
                              const std::function<bool()> &canceled = {});
