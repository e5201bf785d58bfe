// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Changing an open corpus in memory (an article removed, or put back) and naming what it is
// loaded from, so that a changed comparison can be saved and loaded again the same.
#include "corpus.h"

#include <QStringList>

// What `corpus` is loaded from: its folder, then the files outside that folder (articles
// added to it); every file when it has no folder. Absolute, clean paths.
QStringList corpusSources(const Corpus &corpus);

// The corpus without article `index`; the others keep their ids, their names are made again
// ("Reuters (2)" may become "Reuters").
Corpus withoutArticle(const Corpus &corpus, int index);
// The corpus with `article` at `index` (clamped); false in `*added` when its id or file is
// there already (then the corpus is returned unchanged).
Corpus withArticle(const Corpus &corpus, const Article &article, int index, bool *added = nullptr);
// The corpus without the articles read from `files` (absolute paths).
Corpus withoutFiles(const Corpus &corpus, const QStringList &files);

// Columns named by article id, so that they outlive a corpus loaded or changed again: the ones
// shown, left to right, and every article there was (known but not shown: a hidden column,
// which stays hidden; not known: an article new since, whose column joins at the right).
struct ColumnIds
{
    QStringList shown;
    QStringList known;
};
// The columns of `ids` as article indices of `corpus`, in corpus order for the new articles.
QList<int> columnsById(const Corpus &corpus, const ColumnIds &ids);
