// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleimporter.h"

#include "clutterdetector.h"
#include "htmlimporter.h"
#include "markdownimporter.h"
#include "metadataguesser.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// tr() with the context "ArticleImporter", in a form lupdate reads.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)
};

QString formatOfName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return QStringLiteral("md");
    if (suffix == u"html" || suffix == u"htm")
        return QStringLiteral("html");
    if (suffix == u"txt")
        return QStringLiteral("txt");
    return {};
}

// The charset the sender declared (an HTTP header), else the page's <meta>, else the detector.
DecodedText decodeDeclared(const QByteArray &bytes, const QString &charset, bool html)
{
    QStringDecoder declared = !charset.isEmpty() ? QStringDecoder(charset.toLatin1().constData(), QStringConverter::Flag::Stateless)
                              : html             ? QStringDecoder::decoderForHtml(bytes)
                                                 : QStringDecoder();
    if (declared.isValid() && QByteArrayView(declared.name()).compare("UTF-8", Qt::CaseInsensitive) != 0) {
        DecodedText d;
        d.text = declared.decode(bytes);
        if (!declared.hasError()) {
            d.encoding = QString::fromLatin1(declared.name()).toUpper();
            return d;
        }
    }
    return decodeText(bytes);
}

// Metadata the file states itself wins over what its text suggests.
void fillFrom(Article &a, const QString &title, const QString &outlet, const QString &byline, const QString &url, QDate published)
{
    a.title = title;
    a.outlet = outlet;
    a.byline = byline;
    a.url = url;
    a.published = published;
}

} // namespace

QString articleFormatOf(const QString &fileName)
{
    return formatOfName(fileName);
}

bool isArticleFileName(const QString &fileName)
{
    return !formatOfName(fileName).isEmpty();
}

ImportResult importArticle(const QString &path)
{
    ImportResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error =
            info.isSymLink() ? ImporterText::tr("the file is a broken link or a link loop") : ImporterText::tr("the file does not exist");
        return result;
    }
    if (info.isDir()) {
        result.error = ImporterText::tr("this is a folder, not an article file");
        return result;
    }
    if (!info.isFile()) {
        // FIFOs and devices would block or never end; they are not saved articles.
        result.error = ImporterText::tr("this is not a regular file");
        return result;
    }
    if (info.size() > kMaxArticleBytes) {
        result.error = ImporterText::tr("the file is %1 MB, over the limit of %2 MB for one article")
                           .arg(info.size() / (1024 * 1024))
                           .arg(kMaxArticleBytes / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = ImporterText::tr("the file cannot be read (%1)").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(kMaxArticleBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = ImporterText::tr("the file cannot be read (%1)").arg(file.errorString());
        return result;
    }
    if (bytes.size() > kMaxArticleBytes) {
        result.error = ImporterText::tr("the file is over the limit of %1 MB for one article").arg(kMaxArticleBytes / (1024 * 1024));
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = ImporterText::tr("the file is empty");
        return result;
    }
    ImportResult fromBytes = importArticleBytes(bytes, formatOfName(path));
    if (fromBytes.article) {
        fromBytes.article->id = info.completeBaseName();
        fromBytes.article->filePath = info.absoluteFilePath();
    }
    return fromBytes;
}

ImportResult importArticleBytes(const QByteArray &bytes, const QString &format, const QString &charset)
{
    ImportResult result;
    const DecodedText decoded =
        format == u"html" || !charset.isEmpty() ? decodeDeclared(bytes, charset, format == u"html") : decodeText(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    QString probe = decoded.text;
    probe.remove(QChar(0xFEFF));
    if (probe.trimmed().isEmpty()) {
        result.error = ImporterText::tr("the file is empty");
        return result;
    }

    Article a;
    a.format = format.isEmpty() ? QStringLiteral("txt") : format;
    if (a.format == u"md") {
        const MarkdownArticle md = readMarkdown(decoded.text);
        a.text = md.text;
        fillFrom(a, md.title, md.outlet, md.byline, md.url, md.published);
    } else if (a.format == u"html") {
        const HtmlArticle html = readHtml(decoded.text);
        a.text = html.text;
        fillFrom(a, html.title, html.outlet, html.byline, html.url, html.published);
    } else {
        // Plain text is kept exactly as decoded: analysis offsets index into the file's text.
        a.text = decoded.text;
    }
    if (a.text.trimmed().isEmpty()) {
        result.error =
            a.format == u"html" ? ImporterText::tr("the page holds no article text") : ImporterText::tr("the file holds no article text");
        return result;
    }
    a.clutter = detectClutter(a.text);
    const GuessedMetadata guess = guessMetadata(a.text, a.clutter);
    if (a.title.isEmpty())
        a.title = guess.title;
    if (a.outlet.isEmpty())
        a.outlet = guess.outlet;
    if (a.byline.isEmpty())
        a.byline = guess.byline;
    if (!a.published.isValid())
        a.published = guess.published;
    result.article = std::move(a);
    result.encoding = decoded.encoding;
    return result;
}
