// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusmodel.h"

#include <QLocale>

CorpusModel::CorpusModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CorpusModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    endResetModel();
}

const Article *CorpusModel::article(int row) const
{
    if (!m_corpus || row < 0 || row >= m_corpus->articles.size())
        return nullptr;
    return &m_corpus->articles[row];
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_corpus)
        return 0;
    return int(m_corpus->articles.size());
}

QString CorpusModel::sourceName(const Article &article)
{
    return article.sourceName();
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    const Article *a = article(index.row());
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case OutletRole: return sourceName(*a);
    case Qt::ToolTipRole: return QStringLiteral("%1\n%2").arg(a->title, a->filePath);
    case TitleRole: return a->title;
    case PublishedRole: return a->published;
    case BylineRole: return a->byline;
    case TextRole: return a->text;
    case ArticleIdRole: return a->id;
    case FilePathRole: return a->filePath;
    default: return {};
    }
}

QHash<int, QByteArray> CorpusModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(OutletRole, "outlet");
    names.insert(TitleRole, "title");
    names.insert(PublishedRole, "published");
    names.insert(BylineRole, "byline");
    names.insert(TextRole, "text");
    return names;
}
