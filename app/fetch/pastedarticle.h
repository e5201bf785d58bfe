// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An article made of what the reader copied: the HTML a browser puts on the clipboard
// (through the HTML importer and the clutter detector), else the plain text; with the
// page's address when the clipboard carries one.
#include "articleimporter.h"

#include <QDateTime>
#include <QUrl>

class QMimeData;

// The address of the page the copy came from, or an empty QUrl.
QUrl sourceAddressOf(const QMimeData &mime);
// `now` names the article ("pasted-2025-03-04-093015") when the clipboard gives no address.
ImportResult articleFromMimeData(const QMimeData &mime, const QDateTime &now = QDateTime::currentDateTime());
