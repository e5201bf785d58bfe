// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The word lists behind the name finder's rules, loaded once from the resources
// ":/parallax/gazetteers/nameheads.txt" (what a name is made of) and "namecues.txt"
// (what its context says of it); each list is described in its file.
#include <QSet>
#include <QString>

struct NameWords
{
    // The shared instance; thread-safe, loaded on first use.
    static const NameWords &instance();

    QSet<QString> organizationHeads;
    QSet<QString> organizationHeadsFirst;
    QSet<QString> eventHeads;
    QSet<QString> documentHeads;
    QSet<QString> planHeads; // "programme": a plan where it is acted under, a body where it acts
    QSet<QString> eventHeadsFirst;
    QSet<QString> placeHeadsFirst;
    QSet<QString> placeHeads;
    QSet<QString> lowercaseOrganizationHeads;
    QSet<QString> lowercaseNamedBodyHeads; // "the Evangelismos hospital": after no place's name
    QSet<QString> lowercasePlaceHeads;
    QSet<QString> directions;
    QSet<QString> connectors;
    QSet<QString> nameParticles;
    QSet<QString> speechVerbs;
    QSet<QString> placePrepositions;
    QSet<QString> placeNouns;
    QSet<QString> organizationNouns;
    QSet<QString> companyNouns;
    QSet<QString> investedIn;
    QSet<QString> appositionOrganizationNouns;
    QSet<QString> personNouns;
    QSet<QString> companyOfficers;
    QSet<QString> pressWords;
    QSet<QString> amountWords;
    QSet<QString> lowercaseOnlyBodyHeads;
    QSet<QString> owners;
    QSet<QString> roadBefore;
    QSet<QString> roadAfter;
    QSet<QString> numberedPlaceKinds;
    QSet<QString> pluralBodyHeads;
    QSet<QString> legalForms;
    QSet<QString> legalFormInitials;
    QSet<QString> surnamePrefixes;
    QSet<QString> determiners;
    QSet<QString> authoredBy;
    QSet<QString> pronounSkip;
    QSet<QString> worksAt;
    QSet<QString> placePrepositionsInside;
    QSet<QString> articles;
    QSet<QString> appositionPlaceNouns;
    QSet<QString> creditWords;
    QSet<QString> saints;
    QSet<QString> waterHeads;
    QSet<QString> bodyDistrictWords;
    QSet<QString> bodyFunctionWords;
    QSet<QString> venueHeads;
    QSet<QString> timeZoneNames;
    QSet<QString> callToActionVerbs;
    QSet<QString> governedPlaceKinds;
    QSet<QString> requestVerbs;
    QSet<QString> regionHeads;
    QSet<QString> transportStationWords;
    QSet<QString> saintBuildingHeads;
    QSet<QString> songVerbs;
    QSet<QString> thingNouns;
    QSet<QString> portfolioTitles;
    QSet<QString> headFirstConnectors;
    QSet<QString> destinationWords;

private:
    NameWords();
    QSet<QString> *list(const QString &name);
};
