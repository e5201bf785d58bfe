// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Resolves the names found in every article into one entity per real-world thing:
// surnames to full names, transliteration variants ("Yuri"/"Yury"), acronyms to their
// expansions, gazetteer aliases to one canonical name; types decided by votes.
#include "analysis.h"
#include "namefinder.h"

#include <QList>

struct ArticleNames
{
    int article = -1;
    NameFinderResult found;
};

QList<Entity> resolveNames(const QList<ArticleNames> &names);

// A spelling-neutral form of a personal name for matching transliterations:
// "Yury" and "Yuri", "Sergey" and "Sergei", "Zelenskyy" and "Zelensky" agree.
QString nameSkeleton(QStringView name);
