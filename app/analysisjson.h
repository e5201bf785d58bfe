#pragma once
// Writes an analysis as a parallax-analysis/1 JSON document (see shared/eval/FORMAT.md).
#include "analysis.h"

#include <QJsonObject>

QJsonObject analysisToJson(const Analysis &analysis);
