// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The immutable result of analysing a corpus: sentences, entities resolved
// across articles, and claims aligned across articles. Handed from the worker
// to the UI as std::shared_ptr<const Analysis>.
#include "articleindex.h"
#include "corpus.h"
#include "textrange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

enum class EntityType { Person, Organization, Place, Date };
// Every type, in the order lists and sheets show them.
inline constexpr EntityType kEntityTypes[] = {EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Date};

QString entityTypeKey(EntityType type);   // "person", "organization", "place", "date"
QString entityTypeTitle(EntityType type); // "People", "Organizations", ... (translated)

struct Sentence
{
    TextRange range;
    bool clutter = false;
};

struct Mention
{
    int article = -1; // index into Corpus::articles
    TextRange range;
    QString text; // the exact slice of the article text
};

struct Entity
{
    QString id; // "e1", "e2", ... stable within one analysis
    EntityType type = EntityType::Person;
    QString name;            // the fullest form used
    QString value;           // dates only: YYYY, YYYY-MM or YYYY-MM-DD
    QStringList spellings;   // distinct surface forms, most frequent first
    QList<Mention> mentions; // in article order, then text order
    // The same entity's key in another analysis of the same articles, unique in each:
    // type and name, and for entities sharing both, which one by first appearance
    // ("person:Ann Lee", "person:Ann Lee#2"). Views match rows across analyses by it.
    // Last, so that aggregate initialisation without it still works.
    QString key;
    // Named only in the page's furniture (a byline, a photo credit, a footer): a real name,
    // but none the report itself speaks of.
    bool furniture = false;

    int mentionCount(int article) const;
    int sourceCount() const;
};

// Gives each entity its key; `entities` in order of first appearance.
void assignEntityKeys(QList<Entity> &entities);

enum class ClaimKind { Shared, Conflict, Unique };
inline constexpr ClaimKind kClaimKinds[] = {ClaimKind::Shared, ClaimKind::Conflict, ClaimKind::Unique};

QString claimKindKey(ClaimKind kind); // "shared", "conflict", "unique"

struct ClaimMember
{
    int article = -1;
    TextRange range;
    QString text;
    QString value; // conflicts: this article's version of the differing slot
};

struct Claim
{
    QString id;
    ClaimKind kind = ClaimKind::Unique;
    QString slot;        // conflicts: count, number, date, person, place, quote, negation
    QString reason;      // short plain-language explanation for tooltips
    QString summary;     // a short text for lists
    QString attribution; // who the claim is attributed to, if anyone ("Reuters", "the Kremlin")
    QList<ClaimMember> members;

    // Does `article` state the claim: its first version there, or nullptr.
    const ClaimMember *memberIn(int article) const;
    // How many articles state it (an article may hold two versions).
    int articleCount() const;
    // Where its members stand (article, start, end), as a set: the claims engine drops a
    // claim whose members another already has.
    QByteArray placesKey() const;
    // What a list shows of it: the summary, or the first member's text, on one line.
    QString listText() const;

    // The claim's identity across analyses, made once by the engine (assignClaimKeys):
    // the same sentences of the same articles give the same key, whatever the claim's
    // index, id or kind has become, and whichever articles were added or removed. The
    // views match rows by it and the reader's verdicts and notes are saved under it.
    // Last, so that aggregate initialisation without it still works.
    QString key;
};

// Gives each claim its key: its members' article ids and texts (with which occurrence of
// the text in its article), as a set, hashed. Saved comparison files hold these keys: a
// change to how they are made must read the old ones too.
void assignClaimKeys(QList<Claim> &claims, const Corpus &corpus);

struct Analysis
{
    std::shared_ptr<const Corpus> corpus;
    QList<QList<Sentence>> sentences; // per article
    QList<Entity> entities;
    QList<Claim> claims;
    // Each article's claims and mentions (indexArticles), made by the worker;
    // with the sizes it was made for, so a view can tell a stale one (articleIndexOf).
    QList<ArticleIndex> byArticle;
    qsizetype indexedClaims = -1;
    qsizetype indexedEntities = -1;

    void buildArticleIndex();
    // Per claim, its place among the claims sorted by listText() (case-folded): made once by the
    // worker, so that sorting a list of 100,000 claims by text compares numbers.
    QList<int> claimTextRank;
    void rankClaimTexts();
};

using AnalysisPtr = std::shared_ptr<const Analysis>;
