// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text browser whose links "#0", "#1", ... stand for places in the articles (a claim's
// versions, an entity's mentions): clicking one reports its article and range, so that
// the comparison view can show it. The claim detail and the Mentions list are ones.
#include "textrange.h"

#include <QList>
#include <QTextBrowser>

#include <optional>
#include <utility>

class PlaceBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PlaceBrowser(QWidget *parent = nullptr);

    // Shows `html`, whose link "#i" stands for places[i] (anything with an article and a range).
    template<typename Place>
    void showPlaces(const QString &html, const QList<Place> &places)
    {
        m_places.clear();
        for (const Place &p : places)
            m_places.append({p.article, p.range});
        setHtml(html);
    }
    // The article of the place whose link is at `pos` (viewport coordinates).
    std::optional<int> articleAt(const QPoint &pos) const;

Q_SIGNALS:
    void placeActivated(int article, const TextRange &range);

private:
    // The place a link stands for, or nullptr.
    const std::pair<int, TextRange> *placeOf(const QString &anchor) const;

    QList<std::pair<int, TextRange>> m_places; // article, range
};
