// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placebrowser.h"

#include <QUrl>

PlaceBrowser::PlaceBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const auto *place = placeOf(u'#' + url.fragment()))
            Q_EMIT placeActivated(place->first, place->second);
    });
}

const std::pair<int, TextRange> *PlaceBrowser::placeOf(const QString &anchor) const
{
    bool ok = false;
    const int i = anchor.startsWith(u'#') ? anchor.mid(1).toInt(&ok) : -1;
    return ok && i >= 0 && i < m_places.size() ? &m_places[i] : nullptr;
}

std::optional<int> PlaceBrowser::articleAt(const QPoint &pos) const
{
    if (const auto *place = placeOf(anchorAt(pos)))
        return place->first;
    return std::nullopt;
}
