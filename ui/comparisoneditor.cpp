// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoneditor.h"

#include "comparisonview.h"
#include "corpusedit.h"
#include "corpusmodel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

// One article out of the comparison; undone, it goes back where it was, in the corpus and
// among the columns. It works on the corpus shown when it runs, so articles added since stay.
class ArticleRemoval : public QUndoCommand
{
public:
    ArticleRemoval(ComparisonEditor *editor, const Corpus &corpus, int article)
        : m_editor(editor)
        , m_article(corpus.articles[article])
        , m_index(article)
    {
        setText(ComparisonEditor::tr("Remove %1").arg(m_article.sourceName()));
        m_column = int(editor->shownIds().indexOf(m_article.id));
        // A file of the corpus folder would come back when the folder is loaded again: it is
        // left out by name. An added file is simply no longer one of the comparison's sources.
        const QString file = QDir::cleanPath(QFileInfo(m_article.filePath).absoluteFilePath());
        m_leavesOut = !corpusSources(corpus).contains(file);
        m_file = file;
    }

    void redo() override
    {
        const std::shared_ptr<const Corpus> corpus = m_editor->m_model->corpus();
        const int index = corpus ? corpus->indexOf(m_article.id) : -1;
        if (index < 0)
            return;
        QStringList columns = m_editor->shownIds();
        columns.removeAll(m_article.id);
        if (m_leavesOut && !m_editor->m_leftOut.contains(m_file))
            m_editor->m_leftOut.append(m_file);
        m_editor->change(withoutArticle(*corpus, index), columns);
    }

    void undo() override
    {
        const std::shared_ptr<const Corpus> corpus = m_editor->m_model->corpus();
        bool added = false;
        const Corpus changed = corpus ? withArticle(*corpus, m_article, m_index, &added) : Corpus();
        if (!added)
            return;
        QStringList columns = m_editor->shownIds();
        if (m_column >= 0)
            columns.insert(std::min<qsizetype>(m_column, columns.size()), m_article.id);
        m_editor->m_leftOut.removeAll(m_file);
        m_editor->change(changed, columns);
    }

private:
    ComparisonEditor *m_editor;
    Article m_article;
    int m_index;       // in the corpus
    int m_column = -1; // among the shown columns; -1: its column was hidden
    bool m_leavesOut = false;
    QString m_file;
};

ComparisonEditor::ComparisonEditor(CorpusModel *model, ComparisonView *view, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_undo(new QUndoStack(this))
    , m_undoAction(m_undo->createUndoAction(this, tr("&Undo")))
    , m_redoAction(m_undo->createRedoAction(this, tr("&Redo")))
{
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction->setShortcuts(QKeySequence::Redo);
}

void ComparisonEditor::reset(const QStringList &leftOut)
{
    m_undo->clear();
    m_leftOut = leftOut;
    m_view->setNextColumns(std::nullopt);
    reloadEnded();
}

bool ComparisonEditor::removeArticle(int article)
{
    const std::shared_ptr<const Corpus> corpus = m_model->corpus();
    if (m_reloading || !corpus || article < 0 || article >= corpus->articles.size() || corpus->articles.size() < 2)
        return false;
    m_undo->push(new ArticleRemoval(this, *corpus, article));
    return true;
}

void ComparisonEditor::reloadStarting()
{
    if (const std::shared_ptr<const Corpus> corpus = m_model->corpus())
        m_view->setNextColumns(ColumnIds{shownIds(), idsOf(*corpus)});
    m_reloading = true;
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
}

void ComparisonEditor::reloadEnded()
{
    m_reloading = false;
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
}

QStringList ComparisonEditor::shownIds() const
{
    QStringList ids;
    const std::shared_ptr<const Corpus> corpus = m_model->corpus();
    if (!corpus)
        return ids;
    for (int a : m_view->visibleOrder()) {
        if (a >= 0 && a < corpus->articles.size())
            ids.append(corpus->articles[a].id);
    }
    return ids;
}

QStringList ComparisonEditor::idsOf(const Corpus &corpus)
{
    QStringList ids;
    for (const Article &a : corpus.articles)
        ids.append(a.id);
    return ids;
}

void ComparisonEditor::change(const Corpus &corpus, const QStringList &columnIds)
{
    // Every id is known: no article joins the columns unasked.
    m_view->setNextColumns(ColumnIds{columnIds, idsOf(corpus)});
    Q_EMIT corpusChanged(std::make_shared<const Corpus>(corpus));
}
