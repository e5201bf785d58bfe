// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedscore.h"

#include <QProcess>
#include <QTemporaryDir>

SeedScore scoreSeedCorpus()
{
    return scoreCorpus(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024"),
                       QStringLiteral(PARALLAX_SHARED_DIR "/eval/seed-gold.json"));
}

SeedScore scoreCorpus(const QString &corpus, const QString &gold)
{
    SeedScore result;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = QStringLiteral("no temporary folder");
        return result;
    }
    const QString out = dir.filePath(QStringLiteral("analysis.json"));
    QProcess analyze;
    analyze.start(QStringLiteral(PARALLAX_BINARY), {QStringLiteral("analyze"), corpus, QStringLiteral("--json"), out});
    if (!analyze.waitForFinished(120000) || analyze.exitCode() != 0) {
        result.error = QStringLiteral("parallax analyze failed: ") + QString::fromUtf8(analyze.readAllStandardError());
        return result;
    }
    QProcess scorer;
    scorer.start(QStringLiteral("python3"),
                 {QStringLiteral(PARALLAX_SHARED_DIR "/eval/score.py"), QStringLiteral("--gold"), gold, QStringLiteral("--analysis"), out,
                  QStringLiteral("--corpus"), corpus, QStringLiteral("--explain")});
    const bool finished = scorer.waitForFinished(120000);
    result.explanation = QString::fromUtf8(scorer.readAllStandardError());
    if (!finished || scorer.exitCode() != 0) {
        result.error = QStringLiteral("score.py failed: ") + result.explanation.left(4000);
        return result;
    }
    for (const QString &line : QString::fromUtf8(scorer.readAllStandardOutput()).split(u'\n')) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        bool ok = false;
        const double value = line.mid(colon + 2).toDouble(&ok);
        if (colon > 0 && ok)
            result.figures.insert(line.left(colon), value);
    }
    return result;
}

const SeedScore &CorpusScores::of(const QString &name)
{
    auto it = m_scores.find(name);
    if (it == m_scores.end()) {
        const QString folder = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/") + name;
        it = m_scores.insert(name, name == QLatin1StringView(seedCorpusName) ? scoreSeedCorpus()
                                                                             : scoreCorpus(folder, folder + QStringLiteral(".gold.json")));
    }
    return *it;
}

QString guardFailure(const SeedScore &score, const QString &figure, double minimum)
{
    if (!score.error.isEmpty())
        return score.error;
    if (!score.figures.contains(figure))
        return QStringLiteral("score.py printed no %1").arg(figure);
    const double value = score.figures.value(figure);
    if (value >= minimum)
        return {};
    return QStringLiteral("%1 = %2, below %3\n%4").arg(figure).arg(value).arg(minimum).arg(score.explanation.left(6000));
}
