// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part 5: articles from the web and the clipboard (issue 19). Pages and pasted
// texts are written into a folder of their own, so a comparison that holds them opens
// again with no network, then join the open comparison.
#include "mainwindow.h"

#include "addressdialog.h"
#include "addresstext.h"
#include "articlefolder.h"
#include "corpusedit.h"
#include "corpusmodel.h"
#include "feeddialog.h"
#include "httpdownload.h"
#include "messagebar.h"
#include "pastedarticle.h"
#include "prompter.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

namespace {

// A new folder for one batch of fetched or pasted articles.
QString newWebArticleFolder()
{
    QString root = qEnvironmentVariable("PARALLAX_WEB_ARTICLES_DIR");
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/web-articles");
    const QString stem = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_hh-mm-ss"));
    QString name = stem;
    for (int n = 2; QFileInfo::exists(QDir(root).filePath(name)); ++n)
        name = QStringLiteral("%1_%2").arg(stem).arg(n);
    return QDir(root).filePath(name);
}

} // namespace

void MainWindow::addWebActions(QMenu *file)
{
    QAction *addAddresses = file->addAction(tr("Add from &Web Addresses…"), this, [this] { openAddressDialog({}, false); });
    addAddresses->setObjectName(QStringLiteral("addFromWebAddresses"));
    QAction *addFeed = file->addAction(tr("Add from F&eed…"), this, &MainWindow::openFeedDialog);
    addFeed->setObjectName(QStringLiteral("addFromFeed"));
    QAction *saveArticles = file->addAction(tr("Save Articles to &Folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save Articles to Folder"));
        if (!folder.isEmpty())
            saveArticlesTo(folder);
    });
    saveArticles->setObjectName(QStringLiteral("saveArticlesToFolder"));
}

void MainWindow::saveArticlesTo(const QString &folder)
{
    const std::shared_ptr<const Corpus> corpus = m_corpusModel->corpus();
    if (!corpus || corpus->articles.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<SavedArticles>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder] {
        const SavedArticles saved = watcher->result();
        watcher->deleteLater();
        if (!saved.ok()) {
            m_messageBar->showWarning(tr("The articles were not all saved."), {saved.error});
        } else {
            m_messageBar->showWrittenTo(
                tr("Saved %n article(s) to %1", nullptr, int(saved.files.size())).arg(QDir::toNativeSeparators(folder)), folder);
        }
        Q_EMIT articlesSaved(saved.ok());
    });
    watcher->setFuture(QtConcurrent::run([articles = corpus->articles, folder] { return saveArticlesToFolder(articles, folder); }));
}

void MainWindow::addPasteAction(QMenu *edit)
{
    QAction *paste = edit->addAction(tr("&Paste as New Article"), this, [this] {
        if (const QMimeData *mime = QGuiApplication::clipboard()->mimeData())
            pasteArticle(*mime);
    });
    paste->setObjectName(QStringLiteral("pasteAsNewArticle"));
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
}

AddressDialog *MainWindow::openAddressDialog(const QList<QUrl> &urls, bool fetchNow)
{
    auto *dialog = new AddressDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddressDialog::articlesAccepted, this, &MainWindow::addArticles);
    QStringList lines;
    for (const QUrl &url : urls)
        lines << url.toString();
    dialog->setAddressText(lines.join(u'\n'));
    dialog->open();
    if (fetchNow && !urls.isEmpty())
        dialog->fetch();
    return dialog;
}

FeedDialog *MainWindow::openFeedDialog()
{
    auto *dialog = new FeedDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<FeedItem> items = dialog->checkedItems();
        QList<QUrl> urls;
        for (const FeedItem &item : items)
            urls << item.link;
        AddressDialog *fetching = openAddressDialog(urls, false);
        fetching->setFeedItems(items);
        fetching->fetch();
    });
    dialog->open();
    return dialog;
}

bool MainWindow::pasteArticle(const QMimeData &mime)
{
    // A copied address alone is a link to fetch, not an article's text.
    const QString text = mime.text().trimmed();
    const QList<QUrl> addresses = webAddressesIn(text);
    if (!mime.hasHtml() && addresses.size() == 1 && addresses.first().toString() == text) {
        openAddressDialog(addresses, true);
        return true;
    }
    const ImportResult pasted = articleFromMimeData(mime);
    if (!pasted.article) {
        statusBar()->showMessage(tr("Nothing to paste as an article: %1").arg(pasted.error), 6000);
        return false;
    }
    addArticles({*pasted.article});
    return true;
}

void MainWindow::addArticles(const QList<Article> &articles)
{
    if (articles.isEmpty())
        return;
    const SavedArticles saved = saveArticlesToFolder(articles, newWebArticleFolder());
    if (!saved.ok())
        m_prompter->ask(QMessageBox::Warning, tr("Articles not saved"), tr("The new articles could not all be saved: %1").arg(saved.error));
    if (saved.files.isEmpty())
        return;
    // The comparison grows rather than being replaced: its folder (and so its title), columns,
    // removed articles and the reader's verdicts and notes stay.
    QStringList paths;
    if (const std::shared_ptr<const Corpus> corpus = m_corpusModel->corpus())
        paths = corpusSources(*corpus);
    for (const QString &file : saved.files)
        paths << QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    reloadComparison(paths);
    statusBar()->showMessage(tr("%n article(s) added to the comparison", nullptr, int(saved.files.size())), 6000);
}

void MainWindow::fetchDroppedLinks(const QList<QUrl> &urls)
{
    QList<QUrl> web;
    for (const QUrl &url : urls) {
        if (isWebAddress(url))
            web << url;
    }
    if (!web.isEmpty())
        openAddressDialog(web, true);
}
