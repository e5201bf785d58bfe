// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Analyses kept on disk under what they were made from, so that opening the same articles
// again (a restored comparison, a reopened folder) shows them without analysing again.
// The key hashes every article's text and metadata with the build, the claim tuning and the
// interface language; a file is used only when its key, format and checksum match and every
// range in it lies inside its article. Anything else is ignored (and a damaged file removed):
// the cache is never trusted over the articles.
#include "analysis.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class AnalysisCache
{
public:
    // Least recently used files go once the folder holds more than `budgetBytes`.
    explicit AnalysisCache(const QString &directory, qint64 budgetBytes = qint64(1) << 30);

    // $PARALLAX_ANALYSIS_CACHE_DIR, else "analyses" in the user's cache folder.
    static QString standardDirectory();

    QString directory() const { return m_directory; }
    // Empty when this build cannot be told from another (then nothing is kept or recalled).
    static QByteArray keyFor(const Corpus &corpus);
    QString pathFor(const QByteArray &key) const;

    // The analysis kept for `corpus` by this build, or nullptr.
    AnalysisPtr recall(std::shared_ptr<const Corpus> corpus, const std::function<bool()> &canceled = {}) const;
    // Keeps `analysis` (whole or not at all), then trims the folder to the budget.
    bool store(const Analysis &analysis) const;

private:
    void trim() const;

    QString m_directory;
    qint64 m_budget;
};
