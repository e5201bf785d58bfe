#include "corpus.h"

int Corpus::indexOf(const QString &articleId) const
{
    for (int i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId)
            return i;
    }
    return -1;
}

bool Corpus::hasSameArticles(const Corpus &other) const
{
    if (this == &other)
        return true;
    if (folder != other.folder || articles.size() != other.articles.size())
        return false;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (articles[i].id != other.articles[i].id)
            return false;
    }
    return true;
}
