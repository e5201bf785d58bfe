// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// claims_crossval: how the claims engine (and the extraction under it) does on every corpus
// that has a gold: the default corpus and each tests/data/<corpus>.gold.json. It tunes
// nothing: the constants stay as they are, so every corpus is in effect held out. Prints one
// row per corpus, then each figure's mean, spread (min, max) and leave-one-corpus-out spread:
// the mean over the other corpora when each one in turn is left out, which shows how much a
// single corpus moves the headline figure.
//   claims_crossval   (runs the parallax binary of its build and ../shared/eval/score.py)
#include "seedscore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <numeric>

namespace {

struct CorpusFigures
{
    QString name;
    SeedScore score;
};

// The figures reported, as score.py names them, with a short column heading.
struct Figure
{
    const char *key;
    const char *heading;
};
constexpr Figure figures[] = {
    {"claims_shared_f1", "sharedF1"},
    {"claims_shared_precision", "sharedP"},
    {"claims_shared_recall", "sharedR"},
    {"conflicts_recall", "conflR"},
    {"conflicts_precision", "conflP"},
    {"entities_micro_f1", "entities"},
    {"entities_organization_f1", "orgs"},
    {"entities_place_f1", "places"},
    {"dates_f1", "dates"},
    {"linking_f1", "linking"},
};

QList<CorpusFigures> scoreEveryCorpus()
{
    QList<CorpusFigures> corpora;
    corpora.append({QStringLiteral("putin-xi-2024 (default)"), scoreSeedCorpus()});
    const QDir data(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data"));
    for (const QString &gold : data.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        const QString name = gold.chopped(int(qstrlen(".gold.json")));
        corpora.append({name, scoreCorpus(data.filePath(name), data.filePath(gold))});
    }
    return corpora;
}

bool hasFigure(const CorpusFigures &corpus, const char *key)
{
    return corpus.score.error.isEmpty() && corpus.score.figures.contains(QLatin1String(key));
}

QList<double> valuesOf(const QList<CorpusFigures> &corpora, const char *key, qsizetype leftOut = -1)
{
    QList<double> values;
    for (qsizetype i = 0; i < corpora.size(); ++i)
        if (i != leftOut && hasFigure(corpora[i], key))
            values.append(corpora[i].score.figures.value(QLatin1String(key)));
    return values;
}

double mean(const QList<double> &values)
{
    return values.isEmpty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<CorpusFigures> corpora = scoreEveryCorpus();

    out << qSetFieldWidth(28) << Qt::left << "corpus" << qSetFieldWidth(9) << Qt::right;
    for (const Figure &figure : figures)
        out << figure.heading;
    out << qSetFieldWidth(0) << '\n';
    for (const CorpusFigures &corpus : corpora) {
        out << qSetFieldWidth(28) << Qt::left << corpus.name << qSetFieldWidth(9) << Qt::right;
        for (const Figure &figure : figures)
            out << (hasFigure(corpus, figure.key) ? QString::number(corpus.score.figures.value(QLatin1String(figure.key)), 'f', 3)
                                                  : QStringLiteral("-"));
        out << qSetFieldWidth(0) << '\n';
        if (!corpus.score.error.isEmpty())
            out << "  error: " << corpus.score.error.left(300) << '\n';
    }
    out << '\n';
    for (const Figure &figure : figures) {
        const QList<double> values = valuesOf(corpora, figure.key);
        if (values.isEmpty())
            continue;
        QList<double> leftOutMeans;
        for (qsizetype i = 0; i < corpora.size(); ++i)
            if (hasFigure(corpora[i], figure.key))
                leftOutMeans.append(mean(valuesOf(corpora, figure.key, i)));
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        const auto [looLow, looHigh] = std::minmax_element(leftOutMeans.begin(), leftOutMeans.end());
        out << figure.key << ": mean " << QString::number(mean(values), 'f', 3) << ", min " << QString::number(*low, 'f', 3) << ", max "
            << QString::number(*high, 'f', 3) << ", leave-one-corpus-out mean " << QString::number(*looLow, 'f', 3) << " to "
            << QString::number(*looHigh, 'f', 3) << " (" << values.size() << " corpora)\n";
    }
    bool failed = false;
    for (const CorpusFigures &corpus : corpora)
        failed = failed || !corpus.score.error.isEmpty();
    return failed ? 1 : 0;
}
