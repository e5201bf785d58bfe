// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "articlecolumn.h"
#include "articletextview.h"
#include "conflictvalue.h"
#include "corpusmodel.h"
#include "highlightingrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QHBoxLayout>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTimer>

#include <cmath>

namespace {
constexpr qreal kDefaultFontSize = 11.5;

QTextEdit::ExtraSelection selectionFor(QTextDocument *doc, const TextRange &range, const QTextCharFormat &format)
{
    QTextEdit::ExtraSelection sel;
    sel.cursor = QTextCursor(doc);
    sel.cursor.setPosition(int(range.start));
    sel.cursor.setPosition(int(qMin<qsizetype>(range.end, doc->characterCount() - 1)), QTextCursor::KeepAnchor);
    sel.format = format;
    return sel;
}
} // namespace

ComparisonView::ComparisonView(CorpusModel *model, const KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_repository(repository)
    , m_strip(new QScrollArea(this))
    , m_splitter(new ComparisonSplitter(this, m_strip))
    , m_fontSize(kDefaultFontSize)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A strip that scrolls sideways when the columns do not fit at their least
    // width: every column stays reachable, none is hidden for want of room.
    m_strip->setObjectName(QStringLiteral("columnStrip"));
    m_strip->setFrameShape(QFrame::NoFrame);
    m_strip->setWidgetResizable(true);
    m_strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_strip->setWidget(m_splitter);
    m_strip->setMinimumWidth(ArticleColumn::MinimumWidth);
    layout->addWidget(m_strip);
    connect(m_strip->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ComparisonView::updateConnectors);
    m_theme = m_repository->themeForPalette(palette());
    m_style = OverlayStyle::fromTheme(m_theme);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ComparisonView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ComparisonView::rebuild);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ComparisonView::updateConnectors);
    setAccessibleName(tr("Articles side by side"));
    rebuild();
}

int ComparisonView::columnCount() const
{
    return int(m_columns.size());
}

ArticleColumn *ComparisonView::column(int article) const
{
    return m_columns.value(article);
}

QList<int> ComparisonView::visibleOrder() const
{
    QList<int> order;
    for (int i = 0; i < m_splitter->count(); ++i) {
        auto *c = qobject_cast<ArticleColumn *>(m_splitter->widget(i));
        if (c && !c->isHidden())
            order.append(c->row());
    }
    return order;
}

void ComparisonView::rebuild()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    m_analysis.reset();
    m_activeClaim = -1;
    m_highlighted.clear();
    m_currentMention = -1;
    m_findMatches.clear();
    m_findCurrent = -1;
    const int rows = m_model->rowCount();
    // A big story can have hundreds of articles: only the first few get a
    // column at first; the others are made when the reader shows them.
    m_columns = QList<ArticleColumn *>(rows, nullptr);
    // A shown splitter lays out every column again as each new one is added,
    // and each layout wraps the column's whole text: added hidden, the
    // columns are laid out once, at their final widths.
    const bool hidden = m_splitter->isHidden();
    m_splitter->hide();
    QList<int> initial;
    int joined = -1; // the first article new to a comparison loaded again: brought into view
    if (m_nextColumns && m_model->corpus()) {
        const ColumnIds ids = *std::exchange(m_nextColumns, std::nullopt);
        initial = columnsById(*m_model->corpus(), ids);
        for (int a : std::as_const(initial)) {
            if (joined < 0 && !ids.known.contains(m_model->corpus()->articles[a].id))
                joined = a;
        }
    }
    if (initial.isEmpty()) {
        for (int row = 0; row < std::min(rows, InitialColumns); ++row)
            initial.append(row);
    }
    for (int row : std::as_const(initial))
        createColumn(row);
    m_splitter->setSizes(QList<int>(m_splitter->count(), 1000));
    m_splitter->setHidden(hidden);
    rebuildIndexes();
    rebuildStaticOverlays();
    applyAllOverlays();
    if (joined >= 0)
        QTimer::singleShot(0, this, [this, joined] { scrollToColumn(joined); }); // once laid out
    Q_EMIT columnsChanged();
}

void ComparisonView::scrollToColumn(int article)
{
    if (ArticleColumn *c = m_columns.value(article); c && !c->isHidden())
        m_strip->ensureWidgetVisible(c, 0, 0);
}

ArticleColumn *ComparisonView::createColumn(int row)
{
    auto *column = new ArticleColumn(m_splitter);
    column->setArticle(*m_model->article(row), row);
    // Highlighting runs over the whole text: new columns are highlighted one per
    // turn of the event loop (a timer: posted events would all run in one turn), so that opening a big story never holds the window.
    column->setColours(m_style);
    if (m_unhighlighted.isEmpty())
        QTimer::singleShot(0, this, &ComparisonView::highlightNextColumn);
    m_unhighlighted.append(column);
    column->setFontPointSize(m_fontSize);
    m_splitter->addWidget(column);
    m_columns[row] = column;
    ArticleTextView *text = column->textView();
    connect(text, &ArticleTextView::clickedAt, this, [this, row](qsizetype pos) { onColumnClicked(row, pos); });
    connect(text, &ArticleTextView::scrolled, this, [this, row] { onColumnScrolled(row); });
    text->setToolTipProvider([this, row](qsizetype pos) { return claimToolTip(claimAt(row, pos)); });
    connect(column, &ArticleColumn::columnDropped, this, &ComparisonView::moveColumn);
    connect(column, &ArticleColumn::headerMenuRequested, this, &ComparisonView::columnMenuRequested);
    return column;
}

void ComparisonView::highlightNextColumn()
{
    while (!m_unhighlighted.isEmpty()) {
        const QPointer<ArticleColumn> column = m_unhighlighted.takeFirst();
        if (column) {
            column->setSyntaxHighlighting(definitionFor(column->row()), m_theme);
            break;
        }
    }
    if (!m_unhighlighted.isEmpty())
        QTimer::singleShot(0, this, &ComparisonView::highlightNextColumn);
}

// An article without a headline has its first line highlighted as body text.
KSyntaxHighlighting::Definition ComparisonView::definitionFor(int article) const
{
    const Article *a = m_model->article(article);
    return m_repository->definitionForName(a ? articleDefinitionName(*a) : newsArticleDefinitionName());
}

void ComparisonView::setAnalysis(AnalysisPtr analysis)
{
    m_analysis = std::move(analysis);
    m_activeClaim = -1;
    m_highlighted.clear();
    m_currentMention = -1;
    rebuildIndexes();
    rebuildStaticOverlays();
    applyAllOverlays();
}

void ComparisonView::rebuildIndexes()
{
    m_index.clear();
    if (!m_analysis || m_analysis->corpus->articles.size() != m_columns.size())
        return;
    m_index = articleIndexOf(*m_analysis); // made by the worker with the analysis
}

const QList<ArticleSpan> &ComparisonView::claimSpans(int article) const
{
    static const QList<ArticleSpan> none;
    return article >= 0 && article < m_index.size() ? m_index[article].claims : none;
}

bool ComparisonView::layerShows(ClaimKind kind) const
{
    switch (kind) {
    case ClaimKind::Shared: return m_layers.shared;
    case ClaimKind::Conflict: return m_layers.conflicts;
    case ClaimKind::Unique: return m_layers.unique;
    }
    return false;
}

// The layers that change only with the analysis, the theme or the layer toggles.
// Claim tints, entity underlines and the conflicting values (bold red) are
// painted by the text views (there are hundreds per article); clutter, which
// changes the text's own look, is an extra selection.
// `only`: the one column to redo (a column made later), the others keep theirs.
void ComparisonView::rebuildStaticOverlays(int only)
{
    if (only < 0 || m_staticSelections.size() != m_columns.size())
        m_staticSelections = QList<QList<QTextEdit::ExtraSelection>>(m_columns.size());
    const std::shared_ptr<const Corpus> corpus = m_model->corpus();
    for (int a = 0; a < m_columns.size(); ++a) {
        if (!m_columns[a] || (only >= 0 && a != only))
            continue;
        ArticleTextView *view = m_columns[a]->textView();
        QTextDocument *doc = view->document();
        auto &sels = m_staticSelections[a];
        sels.clear();
        QList<TextOverlay> overlays;
        if (m_layers.clutter && corpus) {
            QTextCharFormat dim;
            dim.setForeground(m_style.dimmedText);
            dim.setFontItalic(true);
            for (const TextRange &r : corpus->articles[a].clutter)
                sels.append(selectionFor(doc, r, dim));
        }
        if (m_analysis && a < m_index.size()) {
            const int total = int(m_analysis->corpus->articles.size());
            const QList<ArticleSpan> &spans = m_index[a].claims;
            const QList<ArticleSpan> &mentions = m_index[a].mentions;
            overlays.reserve(spans.size() + (m_layers.entities ? mentions.size() : 0));
            for (const ArticleSpan &span : spans) {
                const Claim &claim = m_analysis->claims[span.index];
                if (!layerShows(claim.kind))
                    continue;
                QColor tint;
                switch (claim.kind) {
                case ClaimKind::Shared: tint = m_style.sharedTint(int(claim.members.size()), total); break;
                case ClaimKind::Conflict: tint = m_style.conflict; break;
                case ClaimKind::Unique: tint = m_style.unique; break;
                }
                overlays.append({span.range, tint, TextOverlay::Background, {}});
                if (claim.kind == ClaimKind::Conflict) {
                    // Emphasise the differing value itself inside the sentence.
                    const ClaimMember *m = memberIn(span.index, a);
                    const TextRange value = m ? writtenValue(corpus->articles[a].text, *m) : TextRange{};
                    if (value.length() > 0)
                        overlays.append({value, m_style.conflictValueText, TextOverlay::Emphasis, m_style.conflictValue});
                }
            }
            if (m_layers.entities) {
                for (const ArticleSpan &m : mentions) {
                    const EntityType type = m_analysis->entities[m.index].type;
                    const auto kind = type == EntityType::Date ? TextOverlay::DottedUnderline : TextOverlay::Underline;
                    overlays.append({m.range, m_style.entityUnderline(type), kind, {}});
                }
            }
        }
        view->setOverlays(std::move(overlays));
    }
}

void ComparisonView::applyOverlays(int article)
{
    ArticleColumn *column = m_columns.value(article);
    if (!column)
        return;
    ArticleTextView *text = column->textView();
    QList<QTextEdit::ExtraSelection> selections = m_staticSelections.value(article);
    QTextCharFormat mentionFormat;
    mentionFormat.setBackground(m_style.mentionHighlight);
    mentionFormat.setForeground(m_style.mentionText);
    for (const Mention &m : std::as_const(m_highlighted)) {
        if (m.article == article)
            selections.append(selectionFor(text->document(), m.range, mentionFormat));
    }
    QTextCharFormat findFormat;
    findFormat.setBackground(m_style.findMatch);
    findFormat.setForeground(m_style.findMatchText);
    for (int i = 0; i < m_findMatches.size(); ++i) {
        const Mention &m = m_findMatches[i];
        if (m.article != article)
            continue;
        QTextCharFormat f = findFormat;
        if (i == m_findCurrent)
            f.setFontWeight(QFont::Bold);
        selections.append(selectionFor(text->document(), m.range, f));
    }
    text->setExtraSelections(selections);
    QList<TextOutline> outlines;
    if (const ClaimMember *m = memberIn(m_activeClaim, article))
        outlines.append({m->range, m_style.outline});
    if (m_currentMention >= 0 && m_currentMention < m_highlighted.size() && m_highlighted[m_currentMention].article == article)
        outlines.append({m_highlighted[m_currentMention].range, m_style.mentionText});
    text->setOutlines(outlines);
}

void ComparisonView::applyAllOverlays()
{
    for (int i = 0; i < m_columns.size(); ++i)
        applyOverlays(i);
    updateConnectors();
}

void ComparisonView::setHighlightedMentions(const QList<Mention> &mentions)
{
    m_highlighted = mentions;
    m_currentMention = -1;
    for (int i = 0; i < m_columns.size(); ++i)
        applyOverlays(i);
}

void ComparisonView::setCurrentMention(int index)
{
    const int before = m_currentMention >= 0 ? m_highlighted[m_currentMention].article : -1;
    m_currentMention = index >= 0 && index < m_highlighted.size() ? index : -1;
    applyOverlays(before);
    if (m_currentMention >= 0 && m_highlighted[m_currentMention].article != before)
        applyOverlays(m_highlighted[m_currentMention].article);
}

void ComparisonView::revealRange(int article, const TextRange &range)
{
    ArticleColumn *column = m_columns.value(article);
    if (!column)
        return;
    ArticleTextView *text = column->textView();
    const QScopedValueRollback<bool> guard(m_syncing, true);
    scrollToColumn(article);
    text->scrollRangeTo(range, text->viewport()->height() / 3.0);
    updateConnectors();
}

const ClaimMember *ComparisonView::memberIn(int claimIndex, int article) const
{
    if (!m_analysis || claimIndex < 0 || claimIndex >= m_analysis->claims.size())
        return nullptr;
    return m_analysis->claims[claimIndex].memberIn(article);
}

void ComparisonView::showClaim(int claimIndex, int anchorArticle)
{
    if (!m_analysis || claimIndex < 0 || claimIndex >= m_analysis->claims.size())
        return;
    m_activeClaim = claimIndex;
    const QList<int> order = visibleOrder();
    if (!memberIn(claimIndex, anchorArticle)) {
        anchorArticle = -1;
        for (int a : order) {
            if (memberIn(claimIndex, a)) {
                anchorArticle = a;
                break;
            }
        }
    }
    {
        const QScopedValueRollback<bool> guard(m_syncing, true);
        QList<std::pair<ArticleTextView *, TextRange>> versions;
        for (int a : order) {
            if (const ClaimMember *m = memberIn(claimIndex, a))
                versions.append({m_columns[a]->textView(), m->range});
        }
        qreal y = versions.isEmpty() ? 0 : versions.first().first->viewport()->height() / 3.0;
        if (anchorArticle >= 0) {
            scrollToColumn(anchorArticle);
            // Keep the clicked version where it is unless it is out of view.
            ArticleTextView *anchorView = m_columns[anchorArticle]->textView();
            const qreal anchorY = anchorView->verticalSpan(memberIn(claimIndex, anchorArticle)->range).first;
            if (anchorY >= 0 && anchorY <= anchorView->viewport()->height() - 20)
                y = anchorY;
        }
        lineUp(versions, y);
    }
    applyAllOverlays();
    Q_EMIT claimActivated(claimIndex);
}

// Puts every version at `y` in its column, then moves that place as little as
// needed for every version to be wholly in view (the tallest fits below it)
// and within reach of every column's scrolling (a version near the start or
// the end of its text cannot go everywhere), and lines them up again there.
void ComparisonView::lineUp(const QList<std::pair<ArticleTextView *, TextRange>> &versions, qreal y)
{
    for (int pass = 0; pass < 3 && !versions.isEmpty(); ++pass) {
        qreal lowest = -1e9, highest = 1e9, tallest = 0, height = 1e9;
        for (const auto &[view, range] : versions) {
            view->scrollRangeTo(range, y);
            const auto [top, bottom] = view->verticalSpan(range);
            const qreal line = view->fontMetrics().lineSpacing();
            if (top < y - line / 2) // its scrolling stopped at its start
                highest = qMin(highest, top);
            if (top > y + line / 2) // or at its end
                lowest = qMax(lowest, top);
            tallest = qMax(tallest, bottom - top);
            height = qMin<qreal>(height, view->viewport()->height());
        }
        qreal wanted = qBound<qreal>(0, y, qMax<qreal>(0, height - tallest));
        if (lowest <= highest)
            wanted = qBound(lowest, wanted, highest);
        if (qAbs(wanted - y) < 1)
            break;
        // The columns scroll by whole lines: move up (or down) by as many as it takes.
        const qreal line = versions.first().first->fontMetrics().lineSpacing();
        y += (wanted < y ? -1 : 1) * std::ceil(qAbs(wanted - y) / line - 0.01) * line;
    }
}

int ComparisonView::claimAt(int article, qsizetype position) const
{
    if (!m_analysis || article < 0 || article >= m_index.size())
        return -1;
    int best = -1;
    for (int c : m_index[article].claimsOverlapping({position, position + 1})) {
        // Prefer shared and conflicting claims over unique ones where they overlap.
        if (layerShows(m_analysis->claims[c].kind) && (best < 0 || m_analysis->claims[best].kind == ClaimKind::Unique))
            best = c;
    }
    return best;
}

QString ComparisonView::claimToolTip(int claimIndex) const
{
    if (!m_analysis || claimIndex < 0 || claimIndex >= m_analysis->claims.size())
        return {};
    const Claim &claim = m_analysis->claims[claimIndex];
    const Corpus &corpus = *m_analysis->corpus;
    QString html;
    switch (claim.kind) {
    case ClaimKind::Shared: html = tr("<b>Shared by %n source(s)</b>", nullptr, int(claim.members.size())); break;
    case ClaimKind::Conflict: html = tr("<b>Conflict</b>"); break;
    case ClaimKind::Unique:
        html = tr("<b>Only in %1</b>").arg(CorpusModel::sourceName(corpus.articles[claim.members.value(0).article]).toHtmlEscaped());
        break;
    }
    if (!claim.reason.isEmpty())
        html += QStringLiteral("<br>") + claim.reason.toHtmlEscaped();
    if (claim.kind != ClaimKind::Unique) {
        html += QStringLiteral("<ul style='margin:2px 0 0 -20px'>");
        for (const ClaimMember &m : claim.members) {
            html += QStringLiteral("<li>") + CorpusModel::sourceName(corpus.articles[m.article]).toHtmlEscaped();
            if (!m.value.isEmpty())
                html += QStringLiteral(": <b>") + m.value.toHtmlEscaped() + QStringLiteral("</b>");
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (!claim.attribution.isEmpty())
        html += tr("Attributed to %1").arg(claim.attribution.toHtmlEscaped());
    return html;
}

QList<int> ComparisonView::claimsInColumnOrder(ClaimKind kind) const
{
    QList<int> result;
    if (!m_analysis)
        return result;
    const QList<int> order = visibleOrder();
    // Key: (position of the leftmost visible column holding it, offset there).
    QList<std::tuple<int, qsizetype, int>> keyed;
    for (int c = 0; c < m_analysis->claims.size(); ++c) {
        if (m_analysis->claims[c].kind != kind)
            continue;
        for (int i = 0; i < order.size(); ++i) {
            if (const ClaimMember *m = memberIn(c, order[i])) {
                keyed.append({i, m->range.start, c});
                break;
            }
        }
    }
    std::sort(keyed.begin(), keyed.end());
    for (const auto &k : keyed)
        result.append(std::get<2>(k));
    return result;
}

bool ComparisonView::goToClaim(ClaimKind kind, bool forward)
{
    const QList<int> ordered = claimsInColumnOrder(kind);
    if (ordered.isEmpty())
        return false;
    const qsizetype current = ordered.indexOf(m_activeClaim);
    qsizetype next;
    if (current < 0)
        next = forward ? 0 : ordered.size() - 1;
    else
        next = (current + (forward ? 1 : -1) + ordered.size()) % ordered.size();
    showClaim(ordered[next]);
    return true;
}

void ComparisonView::onColumnClicked(int article, qsizetype position)
{
    Q_EMIT textClicked(article, position);
    const int claim = claimAt(article, position);
    if (claim >= 0)
        showClaim(claim, article);
}

// Keeps the other columns on the claims that the scrolled column shows at its top.
// Only the reader's scrolling leads: a column that moves because it was resized
// (closing the find bar, say, moves every column scrolled to its end) does not.
void ComparisonView::onColumnScrolled(int article)
{
    updateConnectors();
    ArticleTextView *source = m_columns[article]->textView();
    if (!m_syncScrolling || m_syncing || !m_analysis || source->isResizing())
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    const qsizetype topPos = source->positionAt(QPoint(0, 0));
    const QList<ArticleSpan> &spans = claimSpans(article);
    for (int other : visibleOrder()) {
        if (other == article)
            continue;
        bool aligned = false;
        for (const ArticleSpan &s : spans) {
            if (s.range.end <= topPos || m_analysis->claims[s.index].kind == ClaimKind::Unique)
                continue;
            const ClaimMember *m = memberIn(s.index, other);
            if (!m)
                continue;
            m_columns[other]->textView()->scrollRangeTo(m->range, source->verticalSpan(s.range).first);
            aligned = true;
            break;
        }
        if (!aligned) {
            // Nothing shared below: keep the same share of the text in view.
            QScrollBar *from = source->verticalScrollBar();
            QScrollBar *to = m_columns[other]->textView()->verticalScrollBar();
            if (from->maximum() > 0)
                to->setValue(int(std::lround(qreal(from->value()) / from->maximum() * to->maximum())));
        }
    }
}

void ComparisonView::updateConnectors()
{
    for (ConnectorHandle *h : m_splitter->connectorHandles())
        h->update();
}

namespace {
// Where `range` sits in `view`'s viewport, top and bottom: exact when it is in
// view; when it is not, beyond the nearer edge, as far as its distance in
// characters suggests but at most a screen away. (Exact positions off screen
// would walk the document block by block, and ribbons reaching tens of
// thousands of pixels away cost the raster engine a path clip each.)
QPair<qreal, qreal> placeOnScreen(const ArticleTextView *view, const TextRange &visible, const TextRange &range)
{
    if (range.overlaps(visible))
        return view->verticalSpan(range);
    const qreal height = view->viewport()->height();
    const qreal perChar = height / qreal(qMax<qsizetype>(1, visible.length()));
    const qreal length = qBound<qreal>(4, range.length() * perChar, height);
    if (range.end <= visible.start) {
        const qreal bottom = -1 - qMin(height, (visible.start - range.end) * perChar);
        return {bottom - length, bottom};
    }
    const qreal top = height + 1 + qMin(height, (range.start - visible.end) * perChar);
    return {top, top + length};
}
} // namespace

QList<Ribbon> ComparisonView::ribbonsBetween(const ArticleColumn *left, const ArticleColumn *right) const
{
    QList<Ribbon> ribbons;
    if (!m_analysis || !left || !right)
        return ribbons;
    const int la = left->row(), ra = right->row();
    const ArticleTextView *lv = left->textView();
    const ArticleTextView *rv = right->textView();
    const qreal lh = lv->viewport()->height(), rh = rv->viewport()->height();
    const int total = int(m_analysis->corpus->articles.size());
    // A ribbon is drawn when at least one of its ends is on screen. Finding
    // those by text position first keeps the cost to the visible claims: long
    // articles have hundreds of claims, and placing each one on screen (or
    // filling a ribbon that merely crosses the gutter) is what makes scrolling slow.
    const TextRange leftVisible = lv->visibleRange(), rightVisible = rv->visibleRange();
    auto overlaps = [](const TextRange &r, const TextRange &visible) { return r.start < visible.end && r.end > visible.start; };
    QSet<int> visibleOnRight;
    for (const ArticleSpan &s : claimSpans(ra)) {
        if (overlaps(s.range, rightVisible))
            visibleOnRight.insert(s.index);
    }
    const QList<ArticleSpan> &leftSpans = claimSpans(la);
    for (const ArticleSpan &s : leftSpans) {
        if (!overlaps(s.range, leftVisible) && !visibleOnRight.contains(s.index))
            continue;
        const Claim &claim = m_analysis->claims[s.index];
        if (claim.kind == ClaimKind::Unique || !layerShows(claim.kind))
            continue;
        const ClaimMember *rm = memberIn(s.index, ra);
        if (!rm)
            continue;
        const auto [lt, lb] = placeOnScreen(lv, leftVisible, s.range);
        const auto [rt, rb] = placeOnScreen(rv, rightVisible, rm->range);
        const bool leftOnScreen = lb >= 0 && lt <= lh;
        const bool rightOnScreen = rb >= 0 && rt <= rh;
        if (!leftOnScreen && !rightOnScreen)
            continue;
        Ribbon r;
        r.leftTop = lt;
        r.leftBottom = lb;
        r.rightTop = rt;
        r.rightBottom = rb;
        r.active = s.index == m_activeClaim;
        r.color = m_style.ribbonFill(claim.kind, int(claim.members.size()), total);
        r.edge = m_style.ribbonEdge(r.color, r.active);
        ribbons.append(r);
    }
    return ribbons;
}

void ComparisonView::setLayers(const OverlayLayers &layers)
{
    m_layers = layers;
    rebuildStaticOverlays();
    applyAllOverlays();
}

void ComparisonView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_style = OverlayStyle::fromTheme(theme);
    for (ArticleColumn *c : std::as_const(m_columns)) {
        if (c)
            c->setHighlighting(definitionFor(c->row()), m_theme, m_style);
    }
    QPalette p = m_splitter->palette();
    p.setColor(QPalette::Window, m_style.headerBackground);
    m_splitter->setPalette(p);
    for (ConnectorHandle *h : m_splitter->connectorHandles())
        h->setPalette(p);
    rebuildStaticOverlays();
    applyAllOverlays();
}

void ComparisonView::zoomBy(int steps)
{
    m_fontSize = qBound(6.0, m_fontSize + steps, 40.0);
    for (ArticleColumn *c : std::as_const(m_columns)) {
        if (c)
            c->setFontPointSize(m_fontSize);
    }
    updateConnectors();
}

void ComparisonView::resetZoom()
{
    zoomBy(0);
    m_fontSize = kDefaultFontSize;
    zoomBy(0);
}

void ComparisonView::setColumnVisible(int article, bool visible)
{
    if (article < 0 || article >= m_columns.size())
        return;
    if (!m_columns[article] && visible) {
        createColumn(article);
        rebuildStaticOverlays(article);
        applyOverlays(article);
    }
    if (ArticleColumn *c = m_columns.value(article)) {
        c->setVisible(visible);
        if (visible) // once the strip has laid the column out
            QTimer::singleShot(0, this, [this, article] { scrollToColumn(article); });
        updateConnectors();
        Q_EMIT columnsChanged();
    }
}

void ComparisonView::showColumns(const QList<int> &order)
{
    QList<int> shown;
    for (int a : order) {
        if (a >= 0 && a < m_columns.size() && !shown.contains(a))
            shown.append(a);
    }
    // Made while the splitter is hidden, the new columns are laid out once, at their final
    // widths; each gets its own overlays, the others keep theirs.
    const bool hidden = m_splitter->isHidden();
    m_splitter->hide();
    QList<int> made;
    for (int a : std::as_const(shown)) {
        if (!m_columns[a]) {
            createColumn(a);
            made.append(a);
        }
    }
    const QSet<int> visible(shown.cbegin(), shown.cend());
    for (ArticleColumn *c : std::as_const(m_columns)) {
        if (c)
            c->setVisible(visible.contains(c->row()));
    }
    for (int position = 0; position < shown.size(); ++position)
        m_splitter->insertWidget(position, m_columns[shown[position]]);
    if (!made.isEmpty())
        m_splitter->setSizes(QList<int>(m_splitter->count(), 1000));
    m_splitter->setHidden(hidden);
    for (int a : std::as_const(made)) {
        rebuildStaticOverlays(a);
        applyOverlays(a);
    }
    updateConnectors();
    Q_EMIT columnsChanged();
}

bool ComparisonView::isColumnVisible(int article) const
{
    const ArticleColumn *c = m_columns.value(article);
    return c && !c->isHidden();
}

void ComparisonView::moveColumn(int article, int target)
{
    ArticleColumn *c = m_columns.value(article);
    ArticleColumn *t = m_columns.value(target);
    if (!c || !t || c == t)
        return;
    const QList<int> sizes = m_splitter->sizes();
    m_splitter->insertWidget(m_splitter->indexOf(t), c);
    m_splitter->setSizes(sizes);
    updateConnectors();
    Q_EMIT columnsChanged();
}

int ComparisonView::find(const QString &text)
{
    m_findMatches.clear();
    m_findCurrent = -1;
    if (!text.isEmpty() && m_model->corpus()) {
        for (int a : visibleOrder()) {
            const QString &body = m_model->corpus()->articles[a].text;
            for (qsizetype at = body.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                 at = body.indexOf(text, at + text.size(), Qt::CaseInsensitive))
                m_findMatches.append({a, {at, at + text.size()}, body.mid(at, text.size())});
        }
    }
    for (int i = 0; i < m_columns.size(); ++i)
        applyOverlays(i);
    return int(m_findMatches.size());
}

int ComparisonView::findNext(bool forward)
{
    if (m_findMatches.isEmpty())
        return 0;
    const int n = int(m_findMatches.size());
    m_findCurrent = m_findCurrent < 0 ? (forward ? 0 : n - 1) : (m_findCurrent + (forward ? 1 : -1) + n) % n;
    const Mention &m = m_findMatches[m_findCurrent];
    revealRange(m.article, m.range);
    for (int i = 0; i < m_columns.size(); ++i)
        applyOverlays(i);
    return m_findCurrent + 1;
}
