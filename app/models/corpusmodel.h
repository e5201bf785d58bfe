// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The articles of the open corpus as a list model; the comparison view's
// columns and the article menus are views over it.
#include "analysis.h"

#include <QAbstractListModel>

class CorpusModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OutletRole = Qt::UserRole + 1,
        TitleRole,
        PublishedRole,
        BylineRole,
        TextRole,
        ArticleIdRole,
        FilePathRole,
    };

    explicit CorpusModel(QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    std::shared_ptr<const Corpus> corpus() const { return m_corpus; }
    const Article *article(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What a column header shows: the outlet, or the file name when unknown.
    static QString sourceName(const Article &article);

private:
    std::shared_ptr<const Corpus> m_corpus;
};
