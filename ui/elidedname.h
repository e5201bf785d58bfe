// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An article's name fitted to a width without losing what tells it from the others.
#include <QFontMetrics>
#include <QString>

// `full` (the whole outlet or headline) elided at its end to `width`, unless
// that would cut it shorter than `name`, its distinct name (Article::sourceName()):
// then `name` with words left out of its middle ("Heavy rain … overnight…"),
// since names that begin alike differ at their end.
QString elidedSourceName(const QFontMetrics &metrics, const QString &name, int width, const QString &full = {});
