// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentionlistpanel.h"

#include "dockpalette.h"
#include "placebrowser.h"

#include <QEvent>

MentionListPanel::MentionListPanel(QWidget *parent)
    : QDockWidget(tr("Mentions"), parent)
    , m_browser(new PlaceBrowser(this))
{
    setObjectName(QStringLiteral("mentionListPanel"));
    m_browser->setAccessibleName(tr("Mentions of the selected entity"));
    m_browser->setPlaceholderText(tr("Double-click an entity to list its mentions."));
    setWidget(m_browser);
    connect(m_browser, &PlaceBrowser::placeActivated, this, &MentionListPanel::mentionActivated);
}

void MentionListPanel::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_entity >= 0)
        showEntity(m_analysis, m_entity);
}

void MentionListPanel::showEntity(AnalysisPtr analysis, int entityIndex)
{
    m_analysis = std::move(analysis);
    m_entity = m_analysis && entityIndex >= 0 && entityIndex < m_analysis->entities.size() ? entityIndex : -1;
    if (m_entity < 0) {
        m_browser->clear();
        return;
    }
    const Entity &entity = m_analysis->entities[m_entity];
    const Corpus &corpus = *m_analysis->corpus;
    QString html = QStringLiteral("<h3>%1</h3>").arg(entity.name.toHtmlEscaped());
    for (int a = 0; a < corpus.articles.size(); ++a) {
        QString items;
        int count = 0;
        for (int i = 0; i < entity.mentions.size(); ++i) {
            const Mention &m = entity.mentions[i];
            if (m.article != a)
                continue;
            ++count;
            const QString &text = corpus.articles[a].text;
            // The sentence around the mention, or the mention alone when sentences are unknown.
            TextRange sentence = m.range;
            for (const Sentence &s : m_analysis->sentences.value(a)) {
                if (s.range.start <= m.range.start && m.range.end <= s.range.end) {
                    sentence = s.range;
                    break;
                }
            }
            // A space beside the mention only where the text has one ("Russia's", not "Russia 's").
            const QString before = text.mid(sentence.start, m.range.start - sentence.start);
            const QString after = text.mid(m.range.end, sentence.end - m.range.end);
            const bool spaceBefore = !before.isEmpty() && before.back().isSpace();
            const bool spaceAfter = !after.isEmpty() && after.front().isSpace();
            items += QStringLiteral("<li><a href=\"#%1\" style=\"text-decoration:none\">%2<b>%3</b>%4</a></li>")
                         .arg(i)
                         .arg(before.simplified().toHtmlEscaped() + (spaceBefore ? QStringLiteral(" ") : QString()),
                              text.mid(m.range.start, m.range.length()).toHtmlEscaped(),
                              (spaceAfter ? QStringLiteral(" ") : QString()) + after.simplified().toHtmlEscaped());
        }
        if (count == 0)
            continue;
        const Article &article = corpus.articles[a];
        html += QStringLiteral("<p style=\"margin-top:8px\"><b style=\"color:%1\">%2</b> · %3</p><ul>%4</ul>")
                    .arg(DockPalette::sourceColor(a, palette()).name(), article.sourceName().toHtmlEscaped(),
                         tr("%n mention(s)", nullptr, count).toHtmlEscaped(), items);
    }
    m_browser->showPlaces(html, entity.mentions);
}
