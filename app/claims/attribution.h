// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who a sentence attributes what it says to: "according to Reuters",
// "the Kremlin said", "Tass reported", "Putin told Xinhua.", "quoted as
// saying by Xinhua", "X said in a statement".
#include <QString>
#include <QStringView>

// The source's name as written ("Reuters", "the Kremlin", "Russia's RIA
// Novosti news agency"), or an empty string when the sentence names none.
QString findAttribution(QStringView sentence);
