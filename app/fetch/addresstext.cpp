// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresstext.h"

#include "httpdownload.h"

#include <QRegularExpression>

namespace {

// A closing bracket belongs to the address only when the address opened one ("…/Foo_(bar)").
QString trimTrailing(QString address)
{
    while (!address.isEmpty()) {
        const QChar last = address.back();
        if (QStringLiteral(".,;:!?'\"»”’").contains(last)) {
            address.chop(1);
        } else if (last == u')' && address.count(u'(') < address.count(u')')) {
            address.chop(1);
        } else if (last == u']' && address.count(u'[') < address.count(u']')) {
            address.chop(1);
        } else {
            break;
        }
    }
    return address;
}

} // namespace

QList<QUrl> webAddressesIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("https?://[^\\s<>\"«»“”]+"), QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> urls;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        const QUrl url(trimTrailing(m.captured()), QUrl::TolerantMode);
        if (isWebAddress(url) && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}
