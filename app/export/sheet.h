// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A comparison sheet: what the comparison shows, as neutral tables (corpus,
// claims x sources, unique claims, attributions, entities x sources) that the
// writers in sheetwriter.h turn into HTML, PDF, ODT, Markdown, CSV and JSON.
#include "analysis.h"

#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <functional>

// What a sheet includes. Empty lists mean "everything".
struct SheetOptions
{
    QList<ClaimKind> kinds;   // claim kinds to include
    QList<EntityType> types;  // entity types to include
    QList<int> sources;       // article indices into the corpus
    bool articleTexts = true; // HTML, PDF, ODT: append the highlighted article texts

    bool includes(ClaimKind kind) const { return kinds.isEmpty() || kinds.contains(kind); }
    bool includes(EntityType type) const { return types.isEmpty() || types.contains(type); }
};

struct SheetSource
{
    int article = -1; // index into the (filtered) corpus
    QString id;
    QString label; // outlet, made unique among the sheet's sources
    QString outlet;
    QString title;
    QString byline;
    QString published; // ISO date or empty
    QString url;
    int words = 0;
};

// One source's wording of a claim; several members of one article are kept apart.
struct SheetWording
{
    QString text;
    QString value;              // conflicts: this source's version of the slot
    TextRange range;            // in the article's text
    QList<TextRange> differing; // quote conflicts: words (offsets into text) the other version lacks
};

struct SheetCell
{
    int source = -1;              // index into the sheet's sources
    QList<SheetWording> wordings; // empty: the source is silent on the claim

    bool silent() const { return wordings.isEmpty(); }
    QString joinedText(const QString &separator) const;
    QString joinedValue(const QString &separator) const;
};

struct SheetClaimRow
{
    QString id;
    ClaimKind kind = ClaimKind::Unique;
    QString slot;
    QString reason;
    QString summary;
    QString attribution;
    // The sources that state the claim, in source order; every other source is silent.
    // (Sparse: a story of 2,000 sources has 100,000 claims that one source states.)
    QList<SheetCell> stated;

    // The source's cell; an empty one when the source is silent.
    const SheetCell &cell(int source) const;
    int sourceCount() const { return int(stated.size()); }
};

struct SheetAttributionRow
{
    QString who;           // the speaker, resolved (SpeakerResolver)
    QStringList asWritten; // how the claims name them, where that differs from `who`
    QList<int> counts;     // claims attributed to `who`, per source
    int total = 0;
};

struct SheetEntityRow
{
    QString id;
    EntityType type = EntityType::Person;
    QString name;
    QString value;                // dates
    QList<int> counts;            // mentions per source
    QList<QStringList> spellings; // per source, most frequent first
    int total = 0;
};

// The entity rows of one type, in the sheet's order.
struct SheetEntityGroup
{
    EntityType type = EntityType::Person;
    QList<const SheetEntityRow *> rows;
};

struct Sheet
{
    QString title;
    AnalysisPtr analysis; // the filtered analysis the rows come from
    SheetOptions options;
    QList<SheetSource> sources;
    QList<SheetClaimRow> compared;              // shared and conflicting claims
    QList<QList<SheetClaimRow>> uniqueBySource; // per source, in source order
    QList<SheetAttributionRow> attributions;
    QList<SheetEntityRow> entities;
    // Per source, the claims of `analysis` with a member in it (indices, ascending).
    QList<QList<int>> claimsBySource;

    int uniqueCount() const;
    // The sources that state claims no other source does (uniqueBySource not empty), in order.
    QList<int> sourcesWithUnique() const;
    // The entity rows by type (kEntityTypes' order), without the types that have none.
    QList<SheetEntityGroup> entityGroups() const;
};

// The part of `analysis` that `options` selects, re-indexed to the chosen
// sources. Shared and conflicting claims need two chosen sources to stay: a
// claim no other chosen source states is not a comparison among them.
// Canceled (polled per claim and entity): what is done so far; the caller asks `canceled` again.
AnalysisPtr filterAnalysis(const Analysis &analysis, const SheetOptions &options, const std::function<bool()> &canceled = {});

// Canceled (polled per claim and entity): a partial sheet; the caller asks `canceled` again.
Sheet buildSheet(const Analysis &analysis, const SheetOptions &options = {}, const std::function<bool()> &canceled = {});

// Whether a cancel predicate (empty: never) says stop; the writers poll it once per row.
inline bool isCanceled(const std::function<bool()> &canceled)
{
    return canceled && canceled();
}

// The highlight layer over each position of an article's text, strongest wins
// (the order of the enumerators), as the comparison view paints it.
enum class SheetLayer : quint8 { None, Unique, SharedPartial, Shared, Conflict, ConflictValue };
QList<SheetLayer> sheetLayers(const Sheet &sheet, int source);
// Where each claim starts in a source's text: position -> claim ids.
QMultiHash<qsizetype, QString> sheetClaimStarts(const Sheet &sheet, int source);

// Translated labels the writers share.
QString sheetKindLabel(ClaimKind kind);
QString sheetSilentLabel();
// What the sheet holds, a phrase per count with its plural ("1 source", "12 entities"):
// sources, shared or conflicting claims, unique claims, entities.
QStringList sheetCounts(const Sheet &sheet);
// "2 of 5 sources": how many of the sheet's sources state a claim.
QString sheetSourceShare(int sources, int total);
