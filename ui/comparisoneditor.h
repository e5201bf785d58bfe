// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Changes to the open comparison the reader can undo: an article removed, and put back by
// Edit > Undo. The change is made on the corpus in memory and handed to the window, which
// shows it and analyses it again in the background. Verdicts and notes are kept by claim key
// (ReaderMarks), so those of claims that still exist stay, and those of the removed article's
// claims come back with it. A comparison that grows by being loaded again (articles added)
// keeps its columns as they were, the new articles joining at the right.
#include "corpus.h"

#include <QObject>
#include <QStringList>

#include <memory>

class ComparisonView;
class CorpusModel;
class QAction;
class QUndoStack;

class ComparisonEditor : public QObject
{
    Q_OBJECT
public:
    ComparisonEditor(CorpusModel *model, ComparisonView *view, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    // Files of the comparison's folder the reader removed; saved with the comparison, and left
    // out when it is loaded again.
    QStringList leftOut() const { return m_leftOut; }
    // Another comparison (or this one from its file): nothing to undo, nothing left out but `leftOut`.
    void reset(const QStringList &leftOut = {});

    // Removes article `article` (a corpus model row) as an undoable step; false when there is
    // no such article or it is the only one.
    bool removeArticle(int article);

    // Edit > Undo and Redo, named after the step they undo or redo.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Called before the comparison is loaded again with more files: the next corpus shown gets
    // the columns shown now, then its new articles. Until the load ends (reloadEnded()),
    // nothing is removed or undone: a change in memory would drop the load and its articles.
    void reloadStarting();
    void reloadEnded();

Q_SIGNALS:
    // The corpus changed in memory: the window shows it (the view has its columns) and analyses it.
    void corpusChanged(std::shared_ptr<const Corpus> corpus);

private:
    friend class ArticleRemoval;
    // Ids of the shown columns, left to right.
    QStringList shownIds() const;
    void change(const Corpus &corpus, const QStringList &columnIds);
    static QStringList idsOf(const Corpus &corpus);

    CorpusModel *m_model;
    ComparisonView *m_view;
    QUndoStack *m_undo;
    QStringList m_leftOut;
    QAction *m_undoAction;
    QAction *m_redoAction;
    bool m_reloading = false;
};
