// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimdetailview.h"

#include "claimsmodel.h"
#include "dockpalette.h"
#include "worddiff.h"

#include <QEvent>
#include <QUrl>

namespace {
// `text` as HTML with `marked` ranges (sorted, disjoint) wrapped in a tinted span.
QString markedHtml(const QString &text, const QList<TextRange> &marked, const QColor &tint)
{
    QString html;
    qsizetype at = 0;
    for (const TextRange &r : marked) {
        html += text.mid(at, r.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                    .arg(tint.name(), text.mid(r.start, r.length()).toHtmlEscaped());
        at = r.end;
    }
    return html + text.mid(at).toHtmlEscaped();
}
} // namespace

ClaimDetailView::ClaimDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Claim detail"));
    setPlaceholderText(tr("Select a claim to see each source's version."));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!m_analysis || m_claim < 0)
            return;
        const int member = url.fragment().toInt();
        const QList<ClaimMember> &members = m_analysis->claims[m_claim].members;
        if (member >= 0 && member < members.size())
            Q_EMIT memberActivated(members[member].article, members[member].range);
    });
}

void ClaimDetailView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_claim >= 0)
        showClaim(m_analysis, m_claim);
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
    const QColor diffTint = QColor::fromRgbF(base.redF() * 0.65f + hue.redF() * 0.35f,
                                             base.greenF() * 0.65f + hue.greenF() * 0.35f,
                                             base.blueF() * 0.65f + hue.blueF() * 0.35f);
    const QColor kindColor = DockPalette::kindColor(claim.kind, pal);

    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b>").arg(kindColor.name(), claimKindTitle(claim.kind).toHtmlEscaped());
    if (!claim.slot.isEmpty())
        html += QStringLiteral(" · %1").arg(tr("differs in: %1").arg(claim.slot).toHtmlEscaped());
    if (!claim.attribution.isEmpty())
        html += QStringLiteral(" · %1").arg(tr("attributed to %1").arg(claim.attribution).toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!claim.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(claim.reason.toHtmlEscaped());

    // One column per version; a conflict's versions carry their value and the
    // words that differ from the first version.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
    const QString reference = claim.members.isEmpty() ? QString() : claim.members.first().text;
    for (int i = 0; i < claim.members.size(); ++i) {
        const ClaimMember &m = claim.members[i];
        const Article *article = m.article >= 0 && m.article < m_analysis->corpus->articles.size()
            ? &m_analysis->corpus->articles[m.article]
            : nullptr;
        const QColor color = DockPalette::sourceColor(m.article, pal);
        html += QStringLiteral("<td valign=\"top\" style=\"border-top: 3px solid %1\">").arg(color.name());
        html += QStringLiteral("<p><a href=\"#%1\"><b>%2</b></a>")
                    .arg(i)
                    .arg((article ? article->sourceName() : QString()).toHtmlEscaped());
        if (claim.kind == ClaimKind::Conflict && !m.value.isEmpty())
            html += QStringLiteral("<br/>%1 <b>%2</b>").arg(tr("Version:").toHtmlEscaped(), m.value.toHtmlEscaped());
        html += QStringLiteral("</p>");
        QList<TextRange> marked;
        if (claim.kind == ClaimKind::Conflict && claim.members.size() > 1) {
            // The first version is compared with the second, every other one with the first.
            marked = i == 0 ? wordDiff(m.text, claim.members[1].text).removed : wordDiff(reference, m.text).added;
        }
        html += QStringLiteral("<p>%1</p></td>").arg(markedHtml(m.text, marked, diffTint));
    }
    html += QStringLiteral("</tr></table>");
    setHtml(html);
}
