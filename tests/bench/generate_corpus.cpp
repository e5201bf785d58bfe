// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a synthetic corpus for manual runs: generate_corpus N FOLDER [SEED]
#include "articlegenerator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: generate_corpus N FOLDER [SEED]" << Qt::endl;
        return 2;
    }
    GeneratorOptions options;
    options.articles = args[1].toInt();
    if (args.size() > 3)
        options.seed = args[3].toUInt();
    QString error;
    if (!writeCorpus(generateCorpus(options), args[2], &error)) {
        QTextStream(stderr) << "generate_corpus: " << error << Qt::endl;
        return 1;
    }
    return 0;
}
