// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one file (.txt, .md, .html) into an Article: its text, the page clutter in it and
// the metadata the file gives or its text suggests; or says in one sentence why not.
#include "article.h"

#include <QString>

#include <optional>

struct ImportResult
{
    std::optional<Article> article;
    QString error;    // set when article is empty: why the file was refused
    QString encoding; // the encoding the text was decoded from, e.g. "UTF-8", "WINDOWS-1252"
};

// Files larger than this are refused rather than loaded: no news article comes near it,
// and reading a huge file by mistake would stall the application.
constexpr qint64 kMaxArticleBytes = 20 * 1024 * 1024;

bool isArticleFileName(const QString &fileName);
// "txt", "md" or "html" for a file name Parallax reads ("x.markdown" -> "md"), else empty.
QString articleFormatOf(const QString &fileName);
ImportResult importArticle(const QString &path);
// The same for bytes that come from no file (a fetched page, the clipboard), in `format`
// ("txt", "md", "html"). A `charset` the sender declared (an HTTP header) wins over the
// page's <meta> and the detector. The article's id and filePath are left to the caller.
ImportResult importArticleBytes(const QByteArray &bytes, const QString &format, const QString &charset = {});
