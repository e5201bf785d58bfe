// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The web addresses in what a reader pastes: one per line, or a chat message with words,
// brackets and punctuation around them.
#include <QList>
#include <QString>
#include <QUrl>

// Every http(s) address in `text`, in order, each once; trailing punctuation that ends the
// sentence (".", ",", ")" without an opening one…) is not part of the address.
QList<QUrl> webAddressesIn(const QString &text);
