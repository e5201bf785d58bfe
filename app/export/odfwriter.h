// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QTextDocument as an OpenDocument text file (.odt), written a block at a time so that
// a big document can be canceled and report progress at any moment (Qt's own ODF writer
// is one call). Writes what a sheet uses: headings, paragraphs with margins, alignment,
// line height and page breaks; character formats (weight, italics, underline, size,
// colours); bulleted and numbered lists; tables with header rows, column widths, cell
// tints, padding, borders and spans. Images and frames other than tables are left out.
#include <functional>

class QIODevice;
class QTextDocument;

// Writes the file to an open device, polling `canceled` per block, and telling `progress`
// the share of blocks written (0 to 100) as it moves. False when canceled (nothing is
// written to the device then) or when the device fails.
bool writeOdf(const QTextDocument &document, QIODevice *device, const std::function<bool()> &canceled = {},
              const std::function<void(int)> &progress = {});
