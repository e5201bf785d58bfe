#include "corpus.h"

int Corpus::indexOf(const QString &articleId) const
{
    for (int i = 0; i < articles.size(); ++i) {
        if (articles[i].id == articleId)
            return i;
    }
    return -1;
}
