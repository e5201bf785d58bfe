// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `parallax analyze` on the seed corpus and the held-out corpora in tests/data and
// the shared scorer on its output: the entity, organization, date and linking figures. Each
// held-out corpus is about another event than the seed corpus the rules were first written
// against, and was annotated by hand before the program ever ran on it:
//   heldout-ecuador-quake  an earthquake in Ecuador: wire, broadcaster page, regional paper,
//                          analysis, OCHA flash update (five articles)
//   heldout-drives-merger  a German-Dutch takeover: wire, German trade paper, UK business page
//   heldout-football-final a Copa Sudamericana final: AP wire, Brazilian outlet, Argentine column
//   heldout-nightjet-derailment  a sleeper train derailed by a landslide in Tyrol: wire, tabloid,
//                          operator's press release, broadcaster page, English-language outlet abroad
//   heldout-rate-decision  a central bank rate cut: the bank's release, wire, public broadcaster,
//                          a foreign paper, an explainer with Q&A headings
//   heldout-wildfire-evacuation  a wildfire and an evacuation order: live blog, wire, the regional
//                          district's news release, tabloid, a paper abroad
//   heldout-coach-gorge    a school coach crash in a Slovak gorge: wire, UK broadcaster, Polish
//                          broadcaster's English service, tabloid, English-language paper abroad
//   heldout-noodle-takeover  a Japanese takeover of a Canadian food maker: the press release,
//                          wire, public broadcaster, tabloid, a Japanese English-language paper
//   heldout-heatwave-blackout  a substation fire blacks out Buenos Aires in a heatwave: wire, live
//                          blog with a correction, the distributor's press release, radio
//                          transcript, an Argentine English-language paper
//   heldout-museum-theft   a necklace stolen from an Antwerp museum: wire, prosecutor's press
//                          release, tabloid, a Belgian English-language site
//   heldout-launch-scrub   a first orbital launch attempt stopped before lift-off in Norway: the
//                          company's press release, live blog, broadcaster, a Norwegian site
//   heldout-emergency-landing  an airliner diverts to Porto and is evacuated on the runway: wire,
//                          the airline's statement, a Portuguese English-language paper, explainer
//   heldout-fraud-verdict  a fund founder convicted and jailed in Edinburgh: court live blog with
//                          a correction, broadcaster's web copy, tabloid, radio transcript
//   heldout-general-strike  a general strike in Greece: wire, a UK broadcaster's live blog in GMT,
//                          a Greek English-language paper, the unions' joint press release
//   heldout-cholera-outbreak  cholera in a Nigerian state: the state ministry's statement, a
//                          Nigerian paper, a science publication, a newsletter digest
//   heldout-cyclone-landfall  a tropical cyclone crosses the Queensland coast: live blog with a
//                          correction, police and fire service statement, tabloid, science site
//   heldout-pharmacy-breach  customer data stolen from a pharmacy chain: the company's Q&A notice,
//                          a US local TV station, a security trade site, an Indian business paper
//   heldout-volcano-ashcloud  an eruption in Bali closes airports: wire, Australian tabloid, an
//                          Indonesian English-language paper, explainer
//   heldout-mayor-election  a Taiwanese city's mayoral race won by 416 votes: live blog with a
//                          correction, wire, public broadcaster, the election commission's release
//   heldout-listeria-recall  an Irish food maker's listeria recall: the company's statement, public
//                          broadcaster, Sunday tabloid, regional weekly
//   heldout-chemical-blast  a chemical plant blast in a Catalan port town: wire, public broadcaster,
//                          the company's press release, an English-language regional paper
//   heldout-prisoner-swap  a prisoner exchange at Doha airport: wire, a broadcaster's live blog with
//                          a correction, a Gulf English-language daily, a British tabloid
//   heldout-marathon-heat  a city marathon cut short by heat: a community paper, a Kenyan sports
//                          paper, the organisers' statement, an explainer
//   heldout-tram-collision  two trams collide in Brno: wire, a regional paper's live blog with a
//                          correction, a British tabloid, the transit operator's press release
//   heldout-vaccine-approval  a drugs regulator approves a dengue vaccine: wire, the company's release,
//                          a Singapore explainer, a Hyderabad regional paper
//   heldout-border-landslide  a landslide blocks a mountain road near the Nepal border: a Nepali paper,
//                          a public broadcaster, a live blog with a correction, a ministry's release
//   heldout-port-strike  dock workers strike at Callao: wire, a Peruvian English-language paper, a
//                          shipping line's customer advisory, a trade paper's explainer
//   heldout-satellite-collision  a dead satellite hit by a rocket fragment: public broadcaster, the
//                          tracking company's release, a British tabloid, an Indian explainer
//   heldout-school-poisoning  pupils fall ill after a school lunch in Kelantan: a regional live blog
//                          with a correction, wire, the ministry's statement, public broadcaster
//   heldout-oil-spill  a tanker aground off Lüderitz: wire, a Namibian daily, the ship manager's
//                          release, an explainer
//   heldout-crowd-crush  a crush at a Chattogram stadium gate: a live blog with a correction, a
//                          public broadcaster, a British tabloid, a regional paper
//   heldout-no-confidence  Portugal's government loses a confidence vote: wire, the presidency's
//                          note, a public broadcaster, a Brussels explainer
//   heldout-avalanche  an avalanche at a Georgian ski resort: wire, a Tbilisi live blog with a
//                          correction, the resort operator's statement, a British tabloid
//   heldout-airline-collapse  a Danish holiday airline goes bankrupt: a public broadcaster's English
//                          service, the administrators' statement, a Phuket paper, an explainer
//   heldout-farmer-blockade  tractors block Rome's ring road: wire, a public broadcaster, a
//                          regional paper, an explainer
//   heldout-building-collapse  a tower block collapses in Nairobi: wire, a broadcaster's live blog
//                          with a correction, the county's statement, a tabloid
//   heldout-telecom-outage  a nationwide mobile outage in the Philippines: wire, the operator's
//                          statement, a regional paper, an explainer
//   heldout-court-ruling  South Korea's Constitutional Court strikes down a law: wire, a public
//                          broadcaster, a Tokyo English-language paper, an explainer
// The guards sit just under the figures reached when they were last raised (2026-12-07; the
// figures per corpus are in tests/bench/README.md). Linking is guarded at 0.99 on every corpus
// but the third to twelfth sets of held-out corpora (the last thirty rows), which are
// guarded at the figures reached, mostly below issue 18's bar.
#include "corpusguardtest.h"

class TestHeldOutScore : public CorpusGuardTest
{
    Q_OBJECT
private Q_SLOTS:
    void figures_data();
    void figures() { verifyGuardRow(); }
};

void TestHeldOutScore::figures_data()
{
    addGuardColumns();
    // The seed corpus, the held-out corpora, then the development suite (dev-*): events whose
    // gold was written before the rules for them. Each guard sits just under the figure reached
    // when it was set.
    const struct
    {
        const char *name;
        double entities, organizations, dates, linking;
    } corpora[] = {
        {seedCorpusName, 0.98, 0.94, 0.95, 0.99}, // reached 0.987, 0.949, 0.952, 1.0
        {"heldout-ecuador-quake", 0.98, 0.98, 0.99, 0.99},
        {"heldout-drives-merger", 0.965, 0.96, 0.99, 0.99},
        {"heldout-football-final", 0.94, 0.86, 0.99, 0.99},
        {"dev-bridge-flood", 0.95, 0.965, 0.98, 0.99},
        {"dev-cathedral-fire", 0.965, 0.97, 0.99, 0.99},
        {"dev-ferry-rescue", 0.975, 0.955, 0.99, 0.99},
        {"dev-mine-rescue", 0.965, 0.955, 0.99, 0.99},
        {"dev-plant-closure", 0.96, 0.96, 0.975, 0.99},
        {"dev-referendum", 0.965, 0.99, 0.99, 0.99},
        {"dev-security-council", 0.99, 0.98, 0.99, 0.99},
        {"heldout-nightjet-derailment", 0.98, 0.96, 0.99, 0.99}, // "Railjet and Nightjet services": a brand in a list
        {"heldout-rate-decision", 0.985, 0.99, 0.99, 0.99},
        {"heldout-wildfire-evacuation", 0.96, 0.975, 0.99, 0.99}, // "Jasper, Alta": the region found, its period not
        {"heldout-coach-gorge", 0.965, 0.89, 0.99, 0.99},         // reached 0.970, 0.895, 1.0, 1.0
        {"heldout-noodle-takeover", 0.965, 0.93, 0.98, 0.99},     // reached 0.971, 0.935, 0.986, 1.0
        {"heldout-heatwave-blackout", 0.96, 0.91, 0.915, 0.99},   // reached 0.964, 0.915, 1.0, 1.0
        {"heldout-museum-theft", 0.935, 0.87, 0.99, 0.98},        // reached 0.939, 0.875, 1.0, 0.987
        {"heldout-launch-scrub", 0.95, 0.90, 0.965, 0.985},       // reached 0.957, 0.905, 0.971, 0.989
        {"heldout-emergency-landing", 0.945, 0.895, 0.99, 0.955}, // reached 0.955, 0.903, 1.0, 0.960
        {"heldout-fraud-verdict", 0.925, 0.875, 0.99, 0.975},     // reached 0.931, 0.882, 1.0, 0.981
        {"heldout-general-strike", 0.935, 0.925, 0.87, 0.985},    // reached 0.940, 0.932, 0.875, 0.992
        {"heldout-cholera-outbreak", 0.835, 0.82, 0.99, 0.97},    // reached 0.839, 0.825, 1.0, 0.945; linking 0.978 later
        {"heldout-cyclone-landfall", 0.91, 0.89, 0.99, 0.95},     // reached 0.916, 0.895, 1.0, 1.0
        {"heldout-pharmacy-breach", 0.91, 0.905, 0.99, 0.98},     // reached 0.916, 0.910, 1.0, 0.987
        // The sixth set (first measured at 6560a2d: tests/bench/README.md, "Held-out corpora, sixth set")
        {"heldout-volcano-ashcloud", 0.925, 0.82, 0.99, 0.99}, // reached 0.932, 0.828, 1.0, 0.994
        {"heldout-mayor-election", 0.94, 0.92, 0.925, 0.93},   // reached 0.944, 0.924, 0.930, 0.937
        {"heldout-listeria-recall", 0.925, 0.80, 0.99, 0.97},  // reached 0.930, 0.954, 1.0, 0.978
        // The seventh set (first measured at 36edf83: tests/bench/README.md, "Held-out corpora, seventh set")
        {"heldout-chemical-blast", 0.935, 0.895, 0.935, 0.98}, // reached 0.942, 0.903, 1.0, 0.984
        {"heldout-prisoner-swap", 0.935, 0.86, 0.99, 0.98},    // reached 0.954, 0.867, 1.0, 0.984
        {"heldout-marathon-heat", 0.95, 0.90, 0.94, 0.985},    // reached 0.954, 0.905, 0.944, 1.0
        // The eighth set (first measured at 2f02630: tests/bench/README.md, "Held-out corpora, eighth set")
        {"heldout-tram-collision", 0.83, 0.695, 0.99, 0.99},   // reached 0.835, 0.703, 1.0, 1.0
        {"heldout-vaccine-approval", 0.955, 0.93, 0.99, 0.98}, // reached 0.959, 0.938, 1.0, 0.983
        {"heldout-border-landslide", 0.885, 0.89, 0.87, 0.99}, // reached 0.893, 0.898, 0.968, 1.0
        // The ninth set (first measured at e3eff36: tests/bench/README.md, "Held-out corpora, ninth set")
        {"heldout-port-strike", 0.95, 0.94, 0.95, 0.98},          // reached 0.956, 0.945, 1.0, 0.984
        {"heldout-satellite-collision", 0.935, 0.96, 0.99, 0.99}, // reached 0.940, 0.967, 1.0, 1.0
        {"heldout-school-poisoning", 0.86, 0.88, 0.99, 0.95},     // reached 0.868, 0.889, 1.0, 0.955
        // The tenth set (first measured at 56822c7: tests/bench/README.md, "Held-out corpora, tenth set");
        // the figures after the eighth round's entity work
        {"heldout-oil-spill", 0.955, 0.91, 0.975, 0.97},      // reached 0.961, 0.917, 0.979, 0.976
        {"heldout-crowd-crush", 0.915, 0.955, 0.99, 0.965},   // reached 0.923, 0.962, 1.0, 0.972
        {"heldout-no-confidence", 0.915, 0.905, 0.96, 0.965}, // reached 0.921, 0.912, 0.967, 0.971
        // The eleventh set (first measured at 8ef0e57: tests/bench/README.md, "Held-out corpora, eleventh
        // set"; the eighth round's changes did not move these figures)
        {"heldout-avalanche", 0.895, 0.90, 0.99, 0.985},        // reached 0.902, 0.905, 1.0, 0.991
        {"heldout-airline-collapse", 0.93, 0.915, 0.945, 0.99}, // reached 0.938, 0.923, 0.952, 1.0
        {"heldout-farmer-blockade", 0.88, 0.835, 0.91, 0.97},   // reached 0.886, 0.844, 0.919, 0.976
        // The twelfth set (first measured at 6271212: tests/bench/README.md, "Held-out corpora, twelfth set")
        {"heldout-building-collapse", 0.90, 0.88, 0.99, 0.99}, // reached 0.909, 0.889, 1.0, 1.0
        {"heldout-telecom-outage", 0.925, 0.915, 0.84, 0.97},  // reached 0.934, 0.920, 0.846, 0.977
        {"heldout-court-ruling", 0.95, 0.955, 0.94, 0.985},    // reached 0.957, 0.961, 0.944, 0.992
    };
    for (const auto &c : corpora) {
        const QString corpus = QLatin1StringView(c.name);
        QTest::addRow("%s entities", c.name) << corpus << QStringLiteral("entities_micro_f1") << c.entities;
        QTest::addRow("%s organizations", c.name) << corpus << QStringLiteral("entities_organization_f1") << c.organizations;
        QTest::addRow("%s dates", c.name) << corpus << QStringLiteral("dates_f1") << c.dates;
        QTest::addRow("%s linking", c.name) << corpus << QStringLiteral("linking_f1") << c.linking;
    }
}

QTEST_GUILESS_MAIN(TestHeldOutScore)
#include "tst_heldoutscore.moc"
