// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entities and claims as tests write them by hand: one call each, with the fields a
// test reads first; the rest (spellings, attribution, ...) set on the result.
#include "analysis.h"

// Every field is given: a field added to Entity or Claim makes -Wmissing-field-initializers point here.
inline Entity makeEntity(const QString &id, EntityType type, const QString &name, const QList<Mention> &mentions = {},
                         const QString &value = {})
{
    return {id, type, name, value, /*spellings*/ {}, mentions, /*key*/ {}};
}

// `slot` and `reason` say what a conflict differs in.
inline Claim makeClaim(const QString &id, ClaimKind kind, const QList<ClaimMember> &members, const QString &slot = {},
                       const QString &reason = {})
{
    return {id, kind, slot, reason, /*summary*/ {}, /*attribution*/ {}, members, /*key*/ {}};
}
