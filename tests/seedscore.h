// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real `parallax analyze` on a corpus (the seed corpus unless told) and the shared scorer
// (shared/eval/score.py --explain) on its output, for the accuracy tests.
#include <QHash>
#include <QString>

struct SeedScore
{
    QHash<QString, double> figures; // score.py's `name: value` lines
    QString explanation;            // what --explain wrote (misses, false positives)
    QString error;                  // set when analysis or scoring failed
};

SeedScore scoreSeedCorpus();
// The same for any corpus folder and its gold file.
SeedScore scoreCorpus(const QString &corpus, const QString &gold);

// Why `score` fails the guard "`figure` >= `minimum`" (the figure, its value and the start of
// what --explain wrote, to see what was missed), or an empty string when it passes.
QString guardFailure(const SeedScore &score, const QString &figure, double minimum);

// The seed corpus's name for CorpusScores::of(): corpus/putin-xi-2024, its gold in shared/eval.
inline constexpr char seedCorpusName[] = "putin-xi-2024";

// Scores of the seed corpus and of the corpora in tests/data (each `<name>/` with
// `<name>.gold.json` beside it), each analysed and scored once, when first asked for.
class CorpusScores
{
public:
    const SeedScore &of(const QString &name);

private:
    QHash<QString, SeedScore> m_scores;
};
