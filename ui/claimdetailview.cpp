// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimdetailview.h"

#include "viewporttooltip.h"

#include "claimconflicts.h"
#include "claimsmodel.h"
#include "dockpalette.h"
#include "elidedname.h"
#include "worddiff.h"

#include <QEvent>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace {
// `text` as HTML with `marked` ranges (sorted, disjoint) wrapped in a tinted span.
QString markedHtml(const QString &text, const QList<TextRange> &marked, const QColor &tint)
{
    QString html;
    qsizetype at = 0;
    for (const TextRange &r : marked) {
        html += text.mid(at, r.start - at).toHtmlEscaped();
        html +=
            QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(tint.name(), text.mid(r.start, r.length()).toHtmlEscaped());
        at = r.end;
    }
    return html + text.mid(at).toHtmlEscaped();
}
} // namespace

ClaimDetailView::ClaimDetailView(QWidget *parent)
    : PlaceBrowser(parent)
{
    setAccessibleName(tr("Claim detail"));
    setPlaceholderText(tr("Select a claim to see each source's version."));
}

void ClaimDetailView::changeEvent(QEvent *event)
{
    PlaceBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_claim >= 0)
        showClaim(m_analysis, m_claim);
}

// A wider or narrower dock: the headings are elided again, the versions rearranged.
void ClaimDetailView::resizeEvent(QResizeEvent *event)
{
    PlaceBrowser::resizeEvent(event);
    // Not for a scroll bar coming or going (that would lay out again and again).
    if (m_claim >= 0 && qAbs(viewport()->width() - m_renderedWidth) > 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent))
        showClaim(m_analysis, m_claim);
}

QString ClaimDetailView::sourceTitle(int article) const
{
    return m_analysis && article >= 0 && article < m_analysis->corpus->articles.size() ? m_analysis->corpus->articles[article].sourceName()
                                                                                       : QString();
}

QString ClaimDetailView::toolTipAt(const QPoint &pos) const
{
    const std::optional<int> article = articleAt(pos);
    if (!article || !m_analysis || *article < 0 || *article >= m_analysis->corpus->articles.size())
        return {};
    const QString title = m_analysis->corpus->articles[*article].title.simplified();
    const QString source = sourceTitle(*article);
    return title.isEmpty() || title == source ? source : QStringLiteral("%1 \u2014 %2").arg(source, title);
}

bool ClaimDetailView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        showViewportToolTip(event, viewport(), [this](const QPoint &pos) { return toolTipAt(pos); });
        return true;
    }
    return PlaceBrowser::viewportEvent(event);
}

void ClaimDetailView::showClaim(AnalysisPtr analysis, int claimIndex)
{
    m_analysis = std::move(analysis);
    m_claim = m_analysis && claimIndex >= 0 && claimIndex < m_analysis->claims.size() ? claimIndex : -1;
    if (m_claim < 0) {
        clear();
        return;
    }
    const Claim &claim = m_analysis->claims[m_claim];
    const QPalette pal = palette();
    // Rich text wants opaque colours: blend the conflict hue into the background.
    const QColor hue = DockPalette::kindColor(ClaimKind::Conflict, pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor diffTint = QColor::fromRgbF(base.redF() * 0.65f + hue.redF() * 0.35f, base.greenF() * 0.65f + hue.greenF() * 0.35f,
                                             base.blueF() * 0.65f + hue.blueF() * 0.35f);
    const QColor kindColor = DockPalette::kindColor(claim.kind, pal);

    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b>").arg(kindColor.name(), claimKindTitle(claim.kind).toHtmlEscaped());
    if (!claim.slot.isEmpty())
        html += QStringLiteral(" · %1").arg(tr("differs in: %1").arg(conflictSlotName(claim.slot)).toHtmlEscaped());
    if (!claim.attribution.isEmpty())
        html += QStringLiteral(" · %1").arg(tr("attributed to %1").arg(claim.attribution).toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!claim.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(claim.reason.toHtmlEscaped());

    // One cell per version, as many to a row as fit; a conflict's versions carry
    // their value and the words that differ from the first version. Headings are
    // elided to their cell (rich text would break an outlet's name inside a word).
    constexpr int kCellPadding = 6;
    const int width = viewport()->width() - 2 * int(document()->documentMargin());
    const int count = int(claim.members.size());
    m_perRow = std::clamp(width / kMinVersionWidth, 1, qMax(1, count));
    m_renderedWidth = viewport()->width();
    QFont headingFont = font();
    headingFont.setBold(true);
    const QFontMetrics headingMetrics(headingFont);
    const int headingWidth = width / m_perRow - 2 * kCellPadding - 4;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(kCellPadding);
    const QString reference = claim.members.isEmpty() ? QString() : claim.members.first().text;
    for (int i = 0; i < count; ++i) {
        const ClaimMember &m = claim.members[i];
        if (i % m_perRow == 0)
            html += QStringLiteral("<tr>");
        const QColor color = DockPalette::sourceColor(m.article, pal);
        html +=
            QStringLiteral("<td valign=\"top\" width=\"%1%\" style=\"border-top: 3px solid %2\">").arg(100 / m_perRow).arg(color.name());
        html += QStringLiteral("<p><a href=\"#%1\"><b>%2</b></a>")
                    .arg(i)
                    .arg(elidedSourceName(headingMetrics, sourceTitle(m.article), headingWidth).toHtmlEscaped());
        if (claim.kind == ClaimKind::Conflict && !m.value.isEmpty())
            html += QStringLiteral("<br/>%1 <b>%2</b>").arg(tr("Version:").toHtmlEscaped(), m.value.toHtmlEscaped());
        html += QStringLiteral("</p>");
        QList<TextRange> marked;
        if (claim.kind == ClaimKind::Conflict && claim.members.size() > 1) {
            // The first version is compared with the second, every other one with the first.
            marked = i == 0 ? wordDiff(m.text, claim.members[1].text).removed : wordDiff(reference, m.text).added;
        }
        html += QStringLiteral("<p>%1</p></td>").arg(markedHtml(m.text, marked, diffTint));
        if (i % m_perRow == m_perRow - 1 || i == count - 1)
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    showPlaces(html, claim.members);
}
