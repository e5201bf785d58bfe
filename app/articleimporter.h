#pragma once
// Turns one file into an Article (text + metadata guessed from the file), or says why not.
#include "article.h"

#include <QString>

#include <optional>

struct ImportResult
{
    std::optional<Article> article;
    QString error; // set when article is empty: why the file was refused
};

// Files larger than this are refused rather than loaded.
constexpr qint64 kMaxArticleBytes = 20 * 1024 * 1024;

bool isArticleFileName(const QString &fileName);
ImportResult importArticle(const QString &path);
