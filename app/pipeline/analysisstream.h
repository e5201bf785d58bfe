// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An analysis as compact binary, for the analysis cache: everything the analyzer makes
// (sentences, entities, claims, the claims' text ranks) without the corpus, which the
// reader is given. Texts that are exact slices of their article are kept as ranges only.
#include "analysis.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

QByteArray writeAnalysisStream(const Analysis &analysis);

// The analysis `data` holds, of `corpus`, with its article index built; nullptr when `data`
// does not read as one of this corpus (damaged, cut short, an index or range out of bounds)
// or when canceled (polled per article, entity and claim).
AnalysisPtr readAnalysisStream(QByteArrayView data, std::shared_ptr<const Corpus> corpus, const std::function<bool()> &canceled = {});
