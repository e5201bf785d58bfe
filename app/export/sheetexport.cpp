// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <iterator>

#include <KSyntaxHighlighting/Repository>

namespace {

struct SheetExport
{
    Q_DECLARE_TR_FUNCTIONS(SheetExport)
};

QStringList splitList(const QString &list)
{
    QStringList out;
    for (const QString &w : list.split(u',', Qt::SkipEmptyParts)) {
        if (!w.trimmed().isEmpty())
            out.append(w.trimmed());
    }
    return out;
}

// The folder an export made for its CSV files goes again, empty, unless the export completes.
struct MadeFolder
{
    QString path;
    bool keep = false;
    ~MadeFolder()
    {
        if (!path.isEmpty() && !keep)
            QDir().rmdir(path);
    }
};

QString openError(const QSaveFile &file)
{
    return SheetExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

bool isTextFormat(SheetFormat format)
{
    return format != SheetFormat::Pdf && format != SheetFormat::Odt;
}

QList<SheetFormat> allSheetFormats()
{
    return {SheetFormat::Html, SheetFormat::Pdf, SheetFormat::Odt, SheetFormat::Markdown, SheetFormat::Csv, SheetFormat::Json};
}

QString sheetFormatKey(SheetFormat format)
{
    switch (format) {
    case SheetFormat::Html: return QStringLiteral("html");
    case SheetFormat::Pdf: return QStringLiteral("pdf");
    case SheetFormat::Odt: return QStringLiteral("odt");
    case SheetFormat::Markdown: return QStringLiteral("md");
    case SheetFormat::Csv: return QStringLiteral("csv");
    case SheetFormat::Json: return QStringLiteral("json");
    }
    return {};
}

QString sheetFormatSuffix(SheetFormat format)
{
    return sheetFormatKey(format);
}

QString sheetFormatTitle(SheetFormat format)
{
    switch (format) {
    case SheetFormat::Html: return SheetExport::tr("HTML page");
    case SheetFormat::Pdf: return SheetExport::tr("PDF document");
    case SheetFormat::Odt: return SheetExport::tr("OpenDocument text");
    case SheetFormat::Markdown: return SheetExport::tr("Markdown");
    case SheetFormat::Csv: return SheetExport::tr("CSV table");
    case SheetFormat::Json: return SheetExport::tr("JSON (parallax-analysis/1)");
    }
    return {};
}

std::optional<SheetFormat> sheetFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"markdown")
        return SheetFormat::Markdown;
    for (SheetFormat f : allSheetFormats()) {
        if (sheetFormatKey(f) == k)
            return f;
    }
    return std::nullopt;
}

QString sheetFormatDefinitionName(SheetFormat format)
{
    switch (format) {
    case SheetFormat::Html: return QStringLiteral("HTML");
    case SheetFormat::Markdown: return QStringLiteral("Markdown");
    case SheetFormat::Csv: return QStringLiteral("CSV");
    case SheetFormat::Json: return QStringLiteral("JSON");
    case SheetFormat::Pdf:
    case SheetFormat::Odt: break;
    }
    return {};
}

namespace {
// Each word of `list` as the value of `all` whose key (`keyOf`) it is, in any case;
// false, with the word in `bad`, at the first word that is none.
template<typename T, size_t N, typename KeyOf>
bool parseKeys(const QString &list, const T (&all)[N], KeyOf keyOf, QList<T> *out, QString *bad)
{
    for (const QString &w : splitList(list)) {
        const auto it = std::find_if(std::begin(all), std::end(all), [&](T v) { return keyOf(v).compare(w, Qt::CaseInsensitive) == 0; });
        if (it == std::end(all)) {
            *bad = w;
            return false;
        }
        out->append(*it);
    }
    return true;
}
} // namespace

bool parseClaimKinds(const QString &list, QList<ClaimKind> *kinds, QString *bad)
{
    return parseKeys(list, kClaimKinds, claimKindKey, kinds, bad);
}

bool parseEntityTypes(const QString &list, QList<EntityType> *types, QString *bad)
{
    return parseKeys(list, kEntityTypes, entityTypeKey, types, bad);
}

bool parseSources(const Corpus &corpus, const QString &list, QList<int> *sources, QString *bad)
{
    for (const QString &w : splitList(list)) {
        bool found = false;
        for (int i = 0; i < corpus.articles.size(); ++i) {
            const Article &a = corpus.articles[i];
            if (a.id == w || a.outlet.compare(w, Qt::CaseInsensitive) == 0) {
                if (!sources->contains(i))
                    sources->append(i);
                found = true;
            }
        }
        if (!found) {
            *bad = w;
            return false;
        }
    }
    return true;
}

// The streaming writers write into a buffer that says "canceled" once it holds more than
// `limit` bytes: a preview of a 400 MB sheet costs what its first part does.
QString sheetPreviewText(const Sheet &sheet, const ExportSettings &settings, const KSyntaxHighlighting::Repository *repository,
                         qsizetype limit, const std::function<bool()> &canceled, bool *cut)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto full = [&buffer, limit] { return limit >= 0 && buffer.size() > limit; };
    const auto stop = [&] { return full() || isCanceled(canceled); };
    switch (settings.format) {
    case SheetFormat::Html: writeSheetHtml(sheet, repository, &buffer, stop); break;
    case SheetFormat::Markdown: writeSheetMarkdown(sheet, &buffer, stop); break;
    case SheetFormat::Json: writeSheetJson(sheet, &buffer, stop); break;
    case SheetFormat::Csv:
        if (settings.csvFolder) {
            // The folder's files one after the other, each under its name.
            for (auto [table, name] :
                 {std::pair{CsvTable::Claims, "claims.csv"}, {CsvTable::Entities, "entities.csv"}, {CsvTable::Sources, "sources.csv"}}) {
                buffer.write(QByteArray("# ") + name + '\n');
                if (!writeSheetCsv(sheet, table, false, &buffer, stop))
                    break;
                buffer.write("\n");
            }
        } else {
            writeSheetCsv(sheet, settings.csvTable, false, &buffer, stop);
        }
        break;
    case SheetFormat::Pdf:
    case SheetFormat::Odt: break;
    }
    QByteArray bytes = buffer.data();
    const bool over = full();
    if (over) {
        // Cut at the last line break before the limit, never inside a character.
        bytes.truncate(limit);
        const qsizetype line = bytes.lastIndexOf('\n');
        if (line > 0)
            bytes.truncate(line + 1);
    }
    if (cut)
        *cut = over;
    return QString::fromUtf8(bytes);
}

ExportResult canceledExportResult()
{
    ExportResult result;
    result.canceled = true;
    result.error = SheetExport::tr("The export was canceled.");
    return result;
}

ExportResult exportSheet(const Analysis &analysis, const ExportSettings &settings, const QString &target,
                         const KSyntaxHighlighting::Repository &repository, const std::function<bool()> &canceled,
                         const std::function<void(int)> &progress)
{
    ExportResult result;
    if (isCanceled(canceled))
        return canceledExportResult();
    const Sheet sheet = buildSheet(analysis, settings.content, canceled);
    if (isCanceled(canceled))
        return canceledExportResult();

    // What goes where: one file, or the CSV folder's three.
    QList<QPair<QString, CsvTable>> outputs;
    MadeFolder madeFolder;
    if (settings.format == SheetFormat::Csv && settings.csvFolder) {
        if (!QFileInfo::exists(target))
            madeFolder.path = target;
        if (!QDir().mkpath(target)) {
            result.error = SheetExport::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target));
            return result;
        }
        const QDir dir(target);
        outputs = {{dir.filePath(QStringLiteral("claims.csv")), CsvTable::Claims},
                   {dir.filePath(QStringLiteral("entities.csv")), CsvTable::Entities},
                   {dir.filePath(QStringLiteral("sources.csv")), CsvTable::Sources}};
    } else {
        outputs = {{target, settings.csvTable}};
    }

    // Nothing replaces a target until every file of the export is complete.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const auto &[path, table] : outputs) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            result.error = openError(*file);
            return result; // the QSaveFiles discard what they hold
        }
        bool ok = true;
        switch (settings.format) {
        case SheetFormat::Html: ok = writeSheetHtml(sheet, &repository, file.get(), canceled); break;
        case SheetFormat::Markdown: ok = writeSheetMarkdown(sheet, file.get(), canceled); break;
        case SheetFormat::Json: ok = writeSheetJson(sheet, file.get(), canceled); break;
        case SheetFormat::Csv: ok = writeSheetCsv(sheet, table, settings.byteOrderMark, file.get(), canceled); break;
        case SheetFormat::Odt: ok = writeSheetOdt(sheet, &repository, file.get(), canceled, progress); break;
        case SheetFormat::Pdf: ok = writeSheetPdf(sheet, &repository, file.get(), settings.landscape, canceled); break;
        }
        if (isCanceled(canceled))
            return canceledExportResult();
        if (!ok || file->error() != QFileDevice::NoError) {
            result.error = openError(*file);
            return result;
        }
        files.push_back(std::move(file));
    }
    if (isCanceled(canceled))
        return canceledExportResult();
    for (auto &file : files) {
        if (!file->commit()) {
            result.error = openError(*file);
            return result;
        }
        result.files.append(file->fileName());
    }
    result.ok = true;
    madeFolder.keep = true;
    return result;
}
