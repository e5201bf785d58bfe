// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lets the user correct an article's outlet, title, publication date and byline.
// The dialog only edits values; the caller saves them (saveArticleCorrection()).
#include "article.h"
#include "manifestwriter.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

class ArticlePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticlePropertiesDialog(const Article &article, QWidget *parent = nullptr);

    QString outlet() const;
    QString title() const;
    QString byline() const;
    QDate published() const; // invalid when the date is marked unknown
    ArticleCorrection correction() const;

    // Whether any value differs from the article the dialog was opened with.
    bool isChanged() const;

private:
    Article m_article;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_byline = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_published = nullptr;
};
