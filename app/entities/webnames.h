// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Outlets and agencies named by their web address: "INQUIRER.net", "Zeitungsfoto.at". The
// name finder stops at the dot; the address is the name, and an address names a body.
#include "namefinder.h"

// Extends each candidate written straight before ".net", ".com", ".at" and the like (a dot
// and a domain ending, then no letter) over that ending, and makes it an organization's.
void markWebNames(const QString &text, QList<NameCandidate> &names);
