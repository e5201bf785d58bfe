// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A reader's saved work (.parallax, JSON "parallax-comparison/1"): the corpus it was
// made from, the column layout and theme, and the reader's verdict and note per claim.
// Reading validates every value, so a damaged or hostile file gives a message, never a crash.
#include "corpus.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

enum class Verdict { None, Confirmed, Disputed, NeedsChecking };
QString verdictKey(Verdict verdict);   // "", "confirmed", "disputed", "needs-checking"
QString verdictTitle(Verdict verdict); // translated, for menus and exports
std::optional<Verdict> verdictFromKey(const QString &key);

struct ReaderMark
{
    Verdict verdict = Verdict::None;
    QString note;
    bool isEmpty() const { return verdict == Verdict::None && note.isEmpty(); }
    bool operator==(const ReaderMark &other) const = default;
};

// One article as it was when the comparison was saved; the hash tells whether it changed since.
struct SavedArticle
{
    QString id;
    QString path; // absolute
    QString hash; // articleTextHash() of its text
};

struct ComparisonFile
{
    QStringList corpusPaths; // absolute: the folder or the files that were opened
    QStringList leftOut;     // absolute: files under corpusPaths the reader removed from the comparison
    QList<SavedArticle> articles;
    QStringList columnOrder;   // article ids, left to right
    QStringList hiddenColumns; // article ids
    QString theme;
    QHash<QString, ReaderMark> marks; // by Claim::key
};

struct ComparisonReadResult
{
    std::optional<ComparisonFile> file;
    QString error;  // one sentence a reader understands, when file is empty
    QString notice; // what was repaired while reading (an older file's repeated article ids), or empty
};

// Bounds that no real comparison comes near; beyond them a file is refused as damaged.
constexpr qint64 kMaxComparisonBytes = 64 * 1024 * 1024;
constexpr int kMaxComparisonNoteChars = 100000;

QString articleTextHash(const QString &text);
// Records the corpus and its article hashes (layout and marks are left to the caller).
ComparisonFile comparisonForCorpus(const Corpus &corpus, const QStringList &openedPaths);

// `baseDir` is the folder of the .parallax file: paths inside it are stored relative to it.
QByteArray serializeComparison(const ComparisonFile &file, const QString &baseDir);
ComparisonReadResult parseComparison(const QByteArray &json, const QString &baseDir);
ComparisonReadResult readComparison(const QString &path);
// Atomic (QSaveFile): the old file stays whole if writing fails half-way.
bool writeComparison(const ComparisonFile &file, const QString &path, QString *error = nullptr);

// What changed between the saved comparison and the corpus loaded again from disk.
struct ComparisonDrift
{
    QStringList changedArticles; // ids whose text differs from when it was saved
    QStringList missingArticles; // ids saved but not loaded now
    QStringList addedArticles;   // ids loaded now but not saved
};
ComparisonDrift compareWithCorpus(const ComparisonFile &file, const Corpus &corpus);
