// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namewords.h"

#include "gazetteer.h"

const NameWords &NameWords::instance()
{
    static const NameWords words; // C++ guarantees thread-safe one-time initialisation
    return words;
}

NameWords::NameWords()
{
    for (const char *file : {"nameheads.txt", "namecues.txt"}) {
        for (const QStringList &row : Gazetteer::readList(QString::fromLatin1(file))) {
            QSet<QString> *words = list(row.first());
            if (!words) {
                qWarning("%s: unknown word list %s", file, qPrintable(row.first()));
                continue;
            }
            for (const QString &word : row.value(1).split(u' ', Qt::SkipEmptyParts))
                words->insert(Gazetteer::key(word));
        }
    }
    // An organization's name stands in apposition to any organization noun as well.
    appositionOrganizationNouns.unite(organizationNouns);
    // The connectors of names written head first are connectors.
    connectors.unite(headFirstConnectors);
}

QSet<QString> *NameWords::list(const QString &name)
{
    static const QHash<QString, QSet<QString> NameWords::*> lists = {
        {QStringLiteral("organization-heads"), &NameWords::organizationHeads},
        {QStringLiteral("organization-heads-first"), &NameWords::organizationHeadsFirst},
        {QStringLiteral("event-heads"), &NameWords::eventHeads},
        {QStringLiteral("document-heads"), &NameWords::documentHeads},
        {QStringLiteral("plan-heads"), &NameWords::planHeads},
        {QStringLiteral("event-heads-first"), &NameWords::eventHeadsFirst},
        {QStringLiteral("place-heads-first"), &NameWords::placeHeadsFirst},
        {QStringLiteral("place-heads"), &NameWords::placeHeads},
        {QStringLiteral("lowercase-organization-heads"), &NameWords::lowercaseOrganizationHeads},
        {QStringLiteral("lowercase-named-body-heads"), &NameWords::lowercaseNamedBodyHeads},
        {QStringLiteral("lowercase-place-heads"), &NameWords::lowercasePlaceHeads},
        {QStringLiteral("directions"), &NameWords::directions},
        {QStringLiteral("connectors"), &NameWords::connectors},
        {QStringLiteral("name-particles"), &NameWords::nameParticles},
        {QStringLiteral("speech-verbs"), &NameWords::speechVerbs},
        {QStringLiteral("place-prepositions"), &NameWords::placePrepositions},
        {QStringLiteral("place-nouns"), &NameWords::placeNouns},
        {QStringLiteral("organization-nouns"), &NameWords::organizationNouns},
        {QStringLiteral("company-nouns"), &NameWords::companyNouns},
        {QStringLiteral("invested-in"), &NameWords::investedIn},
        {QStringLiteral("apposition-organization-nouns"), &NameWords::appositionOrganizationNouns},
        {QStringLiteral("person-nouns"), &NameWords::personNouns},
        {QStringLiteral("company-officers"), &NameWords::companyOfficers},
        {QStringLiteral("press-words"), &NameWords::pressWords},
        {QStringLiteral("amount-words"), &NameWords::amountWords},
        {QStringLiteral("lowercase-only-body-heads"), &NameWords::lowercaseOnlyBodyHeads},
        {QStringLiteral("owners"), &NameWords::owners},
        {QStringLiteral("road-before"), &NameWords::roadBefore},
        {QStringLiteral("road-after"), &NameWords::roadAfter},
        {QStringLiteral("numbered-place-kinds"), &NameWords::numberedPlaceKinds},
        {QStringLiteral("plural-body-heads"), &NameWords::pluralBodyHeads},
        {QStringLiteral("legal-forms"), &NameWords::legalForms},
        {QStringLiteral("legal-form-initials"), &NameWords::legalFormInitials},
        {QStringLiteral("surname-prefixes"), &NameWords::surnamePrefixes},
        {QStringLiteral("determiners"), &NameWords::determiners},
        {QStringLiteral("authored-by"), &NameWords::authoredBy},
        {QStringLiteral("pronoun-skip"), &NameWords::pronounSkip},
        {QStringLiteral("works-at"), &NameWords::worksAt},
        {QStringLiteral("place-prepositions-inside"), &NameWords::placePrepositionsInside},
        {QStringLiteral("articles"), &NameWords::articles},
        {QStringLiteral("apposition-place-nouns"), &NameWords::appositionPlaceNouns},
        {QStringLiteral("credit-words"), &NameWords::creditWords},
        {QStringLiteral("saints"), &NameWords::saints},
        {QStringLiteral("water-heads"), &NameWords::waterHeads},
        {QStringLiteral("body-district-words"), &NameWords::bodyDistrictWords},
        {QStringLiteral("body-function-words"), &NameWords::bodyFunctionWords},
        {QStringLiteral("venue-heads"), &NameWords::venueHeads},
        {QStringLiteral("time-zone-names"), &NameWords::timeZoneNames},
        {QStringLiteral("call-to-action-verbs"), &NameWords::callToActionVerbs},
        {QStringLiteral("governed-place-kinds"), &NameWords::governedPlaceKinds},
        {QStringLiteral("request-verbs"), &NameWords::requestVerbs},
        {QStringLiteral("region-heads"), &NameWords::regionHeads},
        {QStringLiteral("transport-station-words"), &NameWords::transportStationWords},
        {QStringLiteral("saint-building-heads"), &NameWords::saintBuildingHeads},
        {QStringLiteral("song-verbs"), &NameWords::songVerbs},
        {QStringLiteral("thing-nouns"), &NameWords::thingNouns},
        {QStringLiteral("portfolio-titles"), &NameWords::portfolioTitles},
        {QStringLiteral("head-first-connectors"), &NameWords::headFirstConnectors},
        {QStringLiteral("destination-words"), &NameWords::destinationWords},
    };
    const auto it = lists.constFind(name);
    return it == lists.cend() ? nullptr : &(this->*it.value());
}
