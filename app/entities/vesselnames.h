// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "the ferry Sea Lark", "MV Sea Lark", "M/B Sea Lark": the name of a ship, a boat or a craft,
// which is no person, body or place. Such a name is marked as a thing's, and its name is kept as
// a service's, so that the same name elsewhere in the corpus ("the Sea Lark tipped over") names
// no entity either.
#include "namefinder.h"

void markVesselNames(const QString &text, QList<NameCandidate> &names);
