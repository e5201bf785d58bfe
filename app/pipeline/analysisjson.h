// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an analysis as a parallax-analysis/1 JSON document (see shared/eval/FORMAT.md).
#include "analysis.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

class QIODevice;

QJsonObject analysisToJson(const Analysis &analysis);

// The same document as QJsonDocument(analysisToJson(analysis)).toJson(QJsonDocument::Indented),
// byte for byte (keys in sorted order, four-space indents, Qt's escapes), written
// straight into one buffer instead of building a tree of QJsonValues first.
// Canceled (polled per article, claim and entity): returns nothing.
QByteArray analysisJson(const Analysis &analysis, const std::function<bool()> &canceled = {});
// The same, written to an open device a megabyte at a time; false when canceled or when the device fails.
bool writeAnalysisJson(const Analysis &analysis, QIODevice *device, const std::function<bool()> &canceled = {});
