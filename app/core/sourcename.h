// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What columns, sheets and lists call an article: one naming for the window and every export.
#include <QList>
#include <QString>
#include <QStringList>

struct Article;

// An article's name on its own: its outlet, else the first words of its
// headline or opening line ("Strategic Alliances…"), else `fallback` (its site
// or file name). A file id such as "001_d16399022bd74838" tells a reader little.
QString sourceName(const QString &outlet, const QString &title, const QString &fallback);
// The site an address is on, without "www." ("example.org"); empty for no address.
QString siteName(const QString &url);
// `names` with repeats told apart: "Reuters", "Reuters (2)" (case-insensitive).
QStringList numberedDuplicates(const QStringList &names);
// Distinct names for the articles of one corpus, in order. Names made of words
// that begin alike take more words until they differ ("Heavy rain in Spain
// floods…", "Heavy rain in Spain closes…"); only names the same in full are numbered.
QStringList distinctSourceNames(const QList<Article> &articles);
