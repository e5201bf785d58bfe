// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exporting a comparison sheet to a file: format choice, atomic writes
// (QSaveFile: a failed or canceled export leaves an existing file as it was),
// and the text previews the Export dialog shows.
#include "sheet.h"
#include "sheetwriter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

enum class SheetFormat { Html, Pdf, Odt, Markdown, Csv, Json };

struct ExportSettings
{
    SheetFormat format = SheetFormat::Html;
    SheetOptions content;
    bool landscape = false;     // PDF
    bool byteOrderMark = false; // CSV
    CsvTable csvTable = CsvTable::Claims;
    bool csvFolder = false; // CSV: the target is a folder that gets claims.csv, entities.csv and sources.csv
};

struct ExportResult
{
    bool ok = false;
    bool canceled = false;
    QString error;     // one sentence for the user
    QStringList files; // written
};

// What an export canceled before it wrote anything reports.
ExportResult canceledExportResult();

// Writes the sheet to `target`, highlighting the article texts of HTML, PDF and ODT with
// `repository` (the application's one: createHighlightingRepository() loads what the
// writers read, so a worker thread may use it while the window does). Writers that can
// tell how far they are (ODT) tell `progress` a percentage.
ExportResult exportSheet(const Analysis &analysis, const ExportSettings &settings, const QString &target,
                         const KSyntaxHighlighting::Repository &repository, const std::function<bool()> &canceled = {},
                         const std::function<void(int)> &progress = {});

// The text that the export would write, for the text formats (HTML, Markdown, CSV, JSON); with a
// `limit`, its first lines up to that many bytes of UTF-8 (then `cut` is set). Canceled: a part of it.
QString sheetPreviewText(const Sheet &sheet, const ExportSettings &settings, const KSyntaxHighlighting::Repository *repository,
                         qsizetype limit = -1, const std::function<bool()> &canceled = {}, bool *cut = nullptr);

bool isTextFormat(SheetFormat format);
QList<SheetFormat> allSheetFormats();
QString sheetFormatKey(SheetFormat format);    // "html", "pdf", "odt", "md", "csv", "json"
QString sheetFormatTitle(SheetFormat format);  // translated
QString sheetFormatSuffix(SheetFormat format); // file name suffix without the dot
std::optional<SheetFormat> sheetFormatFromKey(const QString &key);
// The KSyntaxHighlighting definition that highlights the format's preview.
QString sheetFormatDefinitionName(SheetFormat format);

// Comma-separated lists as given on the command line ("shared,conflict").
// Return false and name the first unknown word in `bad`.
bool parseClaimKinds(const QString &list, QList<ClaimKind> *kinds, QString *bad);
bool parseEntityTypes(const QString &list, QList<EntityType> *types, QString *bad);
// Article ids or outlet names to article indices.
bool parseSources(const Corpus &corpus, const QString &list, QList<int> *sources, QString *bad);
