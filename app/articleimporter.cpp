#include "articleimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleImporter", text);
}
} // namespace

bool isArticleFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"md" || suffix == u"markdown" || suffix == u"html"
        || suffix == u"htm";
}

ImportResult importArticle(const QString &path)
{
    ImportResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("the file does not exist");
        return result;
    }
    if (info.size() > kMaxArticleBytes) {
        result.error = tr("the file is larger than the limit of %1 MB").arg(kMaxArticleBytes / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("the file cannot be read (%1)").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = tr("the file is not valid UTF-8 text");
        return result;
    }
    Article a;
    a.id = info.completeBaseName();
    a.filePath = info.absoluteFilePath();
    a.format = info.suffix().toLower();
    a.text = text;
    result.article = std::move(a);
    return result;
}
