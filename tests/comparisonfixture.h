// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small corpus with hand-placed claims, long enough that the columns scroll:
// GUI tests of the comparison view use it so that they do not depend on the
// extraction and claims engines.
#include "analysis.h"

#include <memory>

struct ComparisonFixture
{
    std::shared_ptr<Corpus> corpus;
    std::shared_ptr<Analysis> analysis;
    // Claim indices
    int shared = -1;          // articles 0, 1, 2 (deep in 1)
    int conflictFirst = -1;   // articles 0 and 2: "40" vs "four"
    int conflictSecond = -1;  // articles 1 and 2
    int sharedFirstLast = -1; // articles 0 and 2 only
    int unique = -1;          // article 1
};

ComparisonFixture makeComparisonFixture();
