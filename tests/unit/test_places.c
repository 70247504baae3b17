/*
 * test_places.c - where an event happened and in which country, when the
 * text says it in the many ways reports and coders do (vg_ex_places.c,
 * vg_ex_country.c, vg_ex_locality.c): a village with its units in
 * brackets, a village the gazetteer lacks, a unit named with its noun, a
 * dateline, an actor or a people, homonyms settled by the unit beside them;
 * and the names that are not places there (a hyphenated name, a first
 * name, a place abroad in a page with no African cue).  The rows are
 * sentences written for this test; the dateline class is generated from
 * every African capital in the gazetteer.  Run from the repository root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_dict.h"
#include "vg_gaz.h"
#include "vg_kb.h"
#include "vigil.h"

#include "kb_fixture.h"

static int extract(const char *text, vg_events *ev)
{
    vg_limits lim;
    vg_doc doc;
    vg_limits_default(&lim);
    int rc = vg_clean(kb, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &doc);
    if (rc < 0)
        return rc;
    vg_article art = {.id = "t:p", .published = "2024-06-14", .raw = text, .raw_len = strlen(text)};
    rc = vg_extract(kb, &lim, &art, &doc, ev);
    vg_doc_free(&doc);
    return rc;
}

/* Each row: TEXT gives an event (want 1) in COUNTRY at LOC (NULL: not
 * checked, "": no location) with ADMIN1 (NULL: not checked); or (want 0)
 * no event at all. */
typedef struct row {
    const char *text;
    int want;
    const char *country, *loc, *admin1;
} row;

static const row rows[] = {
    /* coder notes: a village the gazetteer lacks, its units in brackets or
     * beside it; the units agree on the country */
    {"On 3 May 2024, suspected JNIM militants attacked the village of Kourelbe (Djibo, Soum) "
     "and killed four civilians.",
     1, "BF", "Kourelbe", "Sahel"},
    {"On 3 May 2024, armed men killed six people in the village of Tinfadou (Say, Tillaberi).", 1,
     "NE", "Tinfadou", "Tillaberi"},
    {"Gunmen stormed Wendoule, a remote village in Tillaberi region, and killed seven civilians on "
     "Monday.",
     1, "NE", "Wendoule", "Tillaberi"},
    {"Le 3 mai 2024, des hommes armés ont tué cinq civils dans le village de Zaongo, dans la "
     "région du Centre-Nord.",
     1, "BF", "Zaongo", "Centre-Nord"},
    {"Des terroristes ont attaqué le hameau de Darga-Kore, dans la province du Bam, tuant six "
     "civils.",
     1, "BF", "Darga-Kore", "Centre-Nord"},
    {"On 9 June 2024, gunmen attacked the village of Dogon-Daji in Tangaza LGA, Sokoto State, "
     "killing nine people.",
     1, "NG", "Dogon-Daji", "Sokoto"},
    {"On 10 June 2024, FAMa soldiers killed 12 civilians in Hombori (Douentza, Mopti).", 1, "ML",
     "Hombori", "Mopti"},
    /* a village the gazetteer lacks, its units in brackets right after it
     * whatever comes before (a verb's object, "le poste de"); the units
     * say where it lies, the event is at the village */
    {"On 12 June 2024, JNIM militants attacked Yabonse (Djibo, Soum), killing five civilians.", 1,
     "BF", "Yabonse", "Sahel"},
    {"On 12 June 2024, in Teguerou (Djibo, Soum), JNIM militants killed five civilians.", 1, "BF",
     "Teguerou", "Sahel"},
    {"Le 12 juin 2024, des éléments du JNIM ont attaqué le poste de Bokoudji (Ouallam, Tillaberi).",
     1, "NE", "Bokoudji", "Tillaberi"},
    {"On 12 June 2024, JNIM militants killed two herders in the Inatouk area (Bankass, Mopti).", 1,
     "ML", "Inatouk", "Mopti"},
    {"On 12 June 2024, JNIM militants killed two herders between Sirgadji and Kolbere (Djibo, "
     "Soum).",
     1, "BF", "Sirgadji", "Sahel"},
    /* a unit named by its seat: "X, Djibo department", "X, commune de Boni" */
    {"On 12 June 2024, JNIM abducted four civilians in Niangassa, Barsalogho department "
     "(Sanmatenga).",
     1, "BF", "Niangassa", "Centre-Nord"},
    {"Le 7 juin 2024, des hommes armés ont tué deux civils à Doundoulou, commune de Boni "
     "(Douentza, "
     "Mopti).",
     1, "ML", "Doundoulou", "Mopti"},
    /* a village placed near a town or by its distance from it: the event
     * is at the village, in the town's country and units */
    {"On 12 June 2024, JNIM militants killed five civilians in Yabonse, 14 km north of Djibo.", 1,
     "BF", "Yabonse", "Sahel"},
    {"Des hommes armés ont tué cinq civils à Teguerou, à 20 km au nord d'Ouallam.", 1, "NE",
     "Teguerou", "Tillaberi"},
    {"Gunmen killed four herders in Inatouk near Bankass (Mopti) on Monday.", 1, "ML", "Inatouk",
     "Mopti"},
    {"Clashes in Kaya, 100 km north of Ouagadougou, left 12 soldiers dead on Monday.", 1, "BF",
     "Kaya", "Centre-Nord"},
    /* a country named near or beside the place is not where it happened */
    {"Gunmen killed five civilians in Djibo near the border with Mali on Monday.", 1, "BF", "Djibo",
     "Sahel"},
    {"Gunmen killed five civilians in Djibo near Mali on Monday.", 1, "BF", "Djibo", "Sahel"},
    /* a route's end towns are not where on the route it happened */
    {"On 3 May 2024, an IED struck a bus on the Maiduguri-Damboa road near Wulgo (Kaga). Eight "
     "passengers were killed.",
     1, "NG", "Wulgo", "Borno"},
    /* a farming community with its LGA; the LGA of an unknown name */
    {"Gunmen killed 20 people in an attack on Tinfadou, a farming community in Guma Local "
     "Government Area of Benue State, police said.",
     1, "NG", "Tinfadou", NULL},
    {"Gunmen killed 20 people in Wendoule, Guma Local Government Area of Benue State, police said.",
     1, "NG", "Wendoule", "Benue"},
    /* a name inside an organisation's name is no village */
    {"Police arrested 30 activists of the Union of Democratic Forces of Guinea in Conakry on "
     "Monday.",
     1, "GN", "Conakry", NULL},
    /* a city of 120,000 outranks a department abroad of its name (Kaya,
     * Chad): with no other cue it gives its country */
    {"Gunmen killed four people in Kaya on Sunday.", 1, "BF", "Kaya", "Centre-Nord"},
    /* a town whose name is its own stays the place when the text names
     * another country later */
    {"Gunmen killed four people in Gorom-Gorom on Sunday. The town lies close to Menaka in Mali.",
     1, "BF", "Gorom-Gorom", "Sahel"},
    /* a village shown to be one of its own is that village in the headline
     * too (Sindo is also a town of Kenya) */
    {"Attaque de Sindo : douze morts\n\nDes hommes armés ont tué douze personnes samedi dans le "
     "village de Sindo, commune de Bourzanga (Bam).",
     1, "BF", "Sindo", "Centre-Nord"},
    /* a territory named as the event's modifier is its country, whatever
     * country the rest of the page names more ("Hong Kong protests") */
    {"China warned on Monday that it would not tolerate unrest. Beijing said Chinese troops were "
     "ready. With Hong Kong protests growing, China may send troops to the city.",
     1, "HK", "", NULL},
    /* an English text's spelling is the location's name (the gazetteer
     * says Al Qadarif); a French text's place takes its English name */
    {"On 3 May 2024, RSF shelling killed nine civilians in Gedaref, a hospital source said.", 1,
     "SD", "Gedaref", "Al Qadarif"},
    {"Le 3 mai 2024, des hommes armés ont tué neuf civils à Tombouctou, selon des sources locales.",
     1, "ML", "Timbuktu", "Timbuktu"},
    /* an event whose sentence names no place: the article's most named
     * place, or the most named village inside it */
    {"Gunmen killed 40 civilians in western Niger, the government said on Tuesday.\n\n"
     "Tillaberi, the region near the Malian border, is often targeted. Residents of Tondikiwindi "
     "buried the dead on Wednesday.",
     1, "NE", "Tondikiwindi", "Tillaberi"},
    /* the target of an attack with its unit; a brief's "X, Region" */
    {"Suspected jihadists killed 12 villagers in an attack on Kolbere, in the Tillaberi region "
     "near the border with Mali.",
     1, "NE", "Kolbere", "Tillaberi"},
    {"Douze civils ont été tués dimanche lors d'une attaque contre Kolbéré, dans la région de "
     "Mopti.",
     1, "ML", "Kolbéré", "Mopti"},
    {"Gunmen killed 20 people in Kolbere, Zamfara.", 1, "NG", "Kolbere", "Zamfara"},
    {"Douze civils ont été tués dimanche à Kolbéré, dans le nord du Burkina Faso.", 1, "BF",
     "Kolbéré", NULL},
    /* an armed actor gives its country although a press group shares its
     * initials (RSF) */
    {"RSF fighters raided Al-Sireha village and opened fire on residents, killing at least 9.", 1,
     "SD", "Al-Sireha", NULL},
    /* a village named before its noun whose first word is a place elsewhere;
     * a road between two towns gives way to the village it passes */
    {"Gunmen on Monday killed five worshippers at a mosque in Dan Kaya village in Sokoto "
     "state's Sabon Birni area, a local official said.",
     1, "NG", "Dan Kaya", "Sokoto"},
    {"Une mine a tué quatre civils sur la route reliant Douentza à Boni, près du village de "
     "Tinfadou, dans le cercle de Douentza.",
     1, "ML", "Tinfadou", "Mopti"},
    /* a gazetteer town of the same country in another unit is a namesake:
     * the units in brackets are the village's (Gao, Burkina Faso, is in
     * Centre-Ouest); a unit in brackets is never more specific than the
     * place it qualifies */
    {"On 12 June 2024, JNIM militants attacked Gao (Djibo, Soum), killing 7 civilians.", 1, "BF",
     "Gao", "Sahel"},
    {"Le 12 juin 2024, des hommes armés ont attaqué Sikasso (Koutiala, Sikasso), tuant trois "
     "personnes.",
     1, "ML", "Sikasso", "Sikasso"},
    /* a post or detachment "de X" names its village, an adjective between */
    {"Ouagadougou, le 5 juin (AFP) - Le gouvernement a annoncé que des terroristes avaient "
     "attaqué lundi le détachement militaire de Yabonsé, dans la province de la Tapoa, tuant huit "
     "soldats.",
     1, "BF", "Yabonsé", "Est"},
    {"Le 3 mai 2024, des jihadistes ont attaqué le poste de Kolbéré, dans la province du Seno.", 1,
     "BF", "Kolbéré", "Sahel"},
    /* "in the capital" with no other place: the country's capital (the
     * dateline's city is never taken for itself) */
    {"KHARTOUM, April 15 (Reuters) - Fighting broke out between the army and the Rapid Support "
     "Forces in the capital on Saturday, witnesses said.",
     1, "SD", "Khartoum", NULL},
    /* a name of several words whose short alias is a common word ("Bobo") */
    {"Gunmen killed five civilians in Bobo-Dioulasso on Sunday.", 1, "BF", "Bobo-Dioulasso",
     "Hauts-Bassins"},
    /* a region in brackets that outranks its small homonyms abroad gives
     * the country (Koulikoro is also a village of Côte d'Ivoire) */
    {"On 7 June 2024, JNIM militants killed two civilians in Gassel-Dio (Koulikoro).", 1, "ML",
     "Gassel-Dio", "Koulikoro"},
    {"On 5 June 2024, gunmen abducted a teacher in Kolbere commune (Tahoua).", 1, "NE", "Kolbere",
     "Tahoua"},
    /* a village and a unit the gazetteer both lack, the country from the
     * actor: the village keeps its name */
    {"On 4 June 2024, VDP killed 3 suspected militants in Kwobtenga (Rollo).", 1, "BF", "Kwobtenga",
     NULL},
    {"Le 4 juin 2024, des VDP ont tué 3 terroristes présumés à Kwobtenga (Rollo).", 1, "BF",
     "Kwobtenga", NULL},
    /* a village named before its noun */
    {"On 9 June 2024, armed bandits attacked Gidan Dawa village (Maru, Zamfara), killing six "
     "residents.",
     1, "NG", "Gidan Dawa", "Zamfara"},
    {"Gunmen killed five farmers in Kurmi village, Zamfara State, on Monday.", 1, "NG", "Kurmi",
     NULL},
    /* a village named like a common word, a unit the gazetteer lacks beside it */
    {"On 7 June 2024, unknown armed men kidnapped a Catholic priest in Karma (Namaro, Tillaberi).",
     1, "NE", "Karma", "Tillaberi"},
    /* a unit named with its noun, even when its name is a common word */
    {"Des séparatistes ont tué deux gendarmes lundi dans la région du Nord-Ouest, selon une source "
     "sécuritaire.",
     1, "CM", NULL, "North-West"},
    {"Des hommes armés ont enlevé vingt passagers mardi dans le Nord-Kivu.", 1, "CD", NULL,
     "North Kivu"},
    /* no place: the country of an actor or of a people */
    {"VDP members clashed with JNIM militants on Monday; three VDP were killed.", 1, "BF", "",
     NULL},
    {"ISWAP fighters killed four soldiers in an ambush on Monday, the army said.", 1, "NG", "",
     NULL},
    {"Des soldats maliens ont tué dix terroristes lors d'un accrochage lundi, selon l'armée.", 1,
     "ML", "", NULL},
    /* two armies and nothing else: no country rather than a wrong one */
    {"Malian and Burkinabe troops killed 20 militants in a joint operation on Monday.", 0, NULL,
     NULL, NULL},
    /* datelines give the country, never the place */
    {"KANO, Nigeria (Reuters) - Gunmen killed five villagers on Monday, police said.", 1, "NG", "",
     NULL},
    {"NIAMEY, April 14 - Armed men killed 18 villagers on Saturday, officials said.", 1, "NE", "",
     NULL},
    {"BAMAKO (Reuters) - Gunmen killed 12 villagers near Bandiagara on Sunday.", 1, "ML",
     "Bandiagara", NULL},
    /* homonyms: the country named beside it; a town the unit beside it
     * contradicts is not the gazetteer's but a village of that unit or
     * country (Sanaba is in Côte d'Ivoire) */
    {"Gunmen killed four traders in Kaya, Burkina Faso, on Monday.", 1, "BF", "Kaya",
     "Centre-Nord"},
    {"Gunmen killed nine civilians in Sanaba, in western Burkina Faso, on Monday.", 1, "BF",
     "Sanaba", NULL},
    {"Gunmen killed nine civilians in the village of Sanaba, in Burkina Faso's Boucle du Mouhoun "
     "region, on Monday.",
     1, "BF", "Sanaba", "Boucle du Mouhoun"},
    /* a national capital stands for its country with no other cue */
    {"The officers who took power arrested 12 ministers in Bissau on Wednesday, a diplomat said.",
     1, "GW", "Bissau", NULL},
    /* names that are not places here */
    {"Fans of Obi-Wan Kenobi rallied outside the cinema and protested the ending.", 0, NULL, NULL,
     NULL},
    {"Ariana Grande's tour was attacked by critics on Monday.", 0, NULL, NULL, NULL},
    {"The quarterback's overthrown pass sealed the loss, and Chad Williams never caught the ball.",
     0, NULL, NULL, NULL},
    {"Jordan Henderson was attacked by fans after the match in Liverpool.", 0, NULL, NULL, NULL},
    {"Obi scored twice as the Eagles crushed the visitors, who were attacked relentlessly.", 0,
     NULL, NULL, NULL},
    /* an African town named after a better-known place abroad, in a page
     * with no African cue */
    {"Troops killed five suspected robbers in a shootout in Bethlehem on Monday, police said.", 0,
     NULL, NULL, NULL},
    /* the act's place wins over the places its people came from or went
     * to, a base, a hospital (elseprep); a journalist arrested in X was there */
    {"On 3 May 2024, gunmen who came from Dori attacked Seytenga and killed 12 civilians.", 1, "BF",
     "Seytenga", "Sahel"},
    {"Le 3 mai 2024, des hommes armés venus de Dori ont attaqué Seytenga et tué 12 civils.", 1,
     "BF", "Seytenga", "Sahel"},
    {"On 3 May 2024, gunmen killed 12 residents of Dori at Seytenga.", 1, "BF", "Seytenga",
     "Sahel"},
    {"Le 3 mai 2024, des hommes armés ont tué 12 habitants de Dori à Seytenga.", 1, "BF",
     "Seytenga", "Sahel"},
    {"On 3 May 2024, soldiers based in Dori clashed with JNIM militants at Seytenga.", 1, "BF",
     "Seytenga", "Sahel"},
    {"Le 3 mai 2024, des soldats basés à Dori ont affronté des militants du JNIM à Seytenga.", 1,
     "BF", "Seytenga", "Sahel"},
    {"Le 3 mai 2024, des hommes armés ont tué 12 civils à Seytenga avant de prendre la fuite vers "
     "Dori.",
     1, "BF", "Seytenga", "Sahel"},
    {"On 3 May 2024, gunmen killed 12 villagers in Seytenga before they fled to Dori.", 1, "BF",
     "Seytenga", "Sahel"},
    {"The police arrested a journalist in Teguerou, a village in the Alibori department.", 1, "BJ",
     "Teguerou", "Alibori"},
    {"On 3 May 2024, JNIM fighters killed six soldiers in Koutougou; the wounded were evacuated to "
     "the hospital in Djibo.",
     1, "BF", "Koutougou", "Sahel"},
    {"On 3 May 2024, in Seytenga (Seno, Sahel), suspected JNIM militants killed 4 civilians who "
     "were returning from the market in Dori.",
     1, "BF", "Seytenga", "Sahel"},
    {"On 3 May 2024, unidentified gunmen killed a trader from Dori in Seytenga (Seno, Sahel).", 1,
     "BF", "Seytenga", "Sahel"},
    {"Le 3 mai 2024, des hommes armés ont tué 4 civils à Seytenga (Seno, Sahel) qui revenaient du "
     "marché de Dori.",
     1, "BF", "Seytenga", "Sahel"},
    {"On 3 May 2024, Burkinabe military and VDP from Dori clashed with JNIM militants in Seytenga "
     "(Seno, Sahel).",
     1, "BF", "Seytenga", "Sahel"},
    /* an unknown village whose last word is a known place, before its
     * units in brackets: the whole name, not the unit */
    {"On 3 May 2024, bandits killed 6 people in Gidan Bakura (Maru, Zamfara).", 1, "NG",
     "Gidan Bakura", "Zamfara"},
    {"Le 3 mai 2024, des hommes armés ont tué 6 personnes à Tin Gao (Ansongo, Gao).", 1, "ML",
     "Tin Gao", "Gao"},
    /* a French text keeps its spelling when it only spaces the name
     * otherwise (the scorer compares strings) */
    {"Le 3 mai 2024, des bandits ont tué 5 personnes à Dansadau (Maru, Zamfara).", 1, "NG",
     "Dansadau", "Zamfara"},
    /* a town named as the target of the act, in a text with no other
     * African cue, is where ("attacked X" like "in X") */
    {"Gunmen attacked Seytenga and killed 12 civilians.", 1, "BF", "Seytenga", "Sahel"},
    {"Des hommes armés ont attaqué Seytenga et tué 12 civils.", 1, "BF", "Seytenga", "Sahel"},
    {"On 3 May 2024, gunmen raided Seytenga and killed 12 civilians.", 1, "BF", "Seytenga",
     "Sahel"},
    /* a building's town ("devant la mairie de X") and a road's ("on the X
     * road", "la route de X") are named as where */
    {"Le 3 mai 2024, des centaines de personnes ont manifesté devant la mairie de Maradi.", 1, "NE",
     "Maradi", NULL},
    {"Des jeunes ont manifesté à la gare de Dori pour réclamer la sécurité.", 1, "BF", "Dori",
     "Sahel"},
    {"On 3 May 2024, an IED struck a military vehicle on the Djibo road, killing four soldiers.", 1,
     "BF", "Djibo", "Sahel"},
    {"Le 3 mai 2024, un engin explosif a frappé un véhicule militaire sur la route de Djibo, tuant "
     "quatre soldats.",
     1, "BF", "Djibo", "Sahel"},
    /* a place of the act is not the government a capital names */
    {"On 3 May 2024, hundreds of people protested against the junta in Bamako.", 1, "ML", "Bamako",
     NULL},
    /* one unit in brackets that other countries also bear: the reading of
     * a core country that outranks its namesakes, else the one the actor or
     * demonym agrees with */
    {"On 3 May 2024, JNIM militants attacked Dabnou (Kaya).", 1, "BF", "Dabnou", "Centre-Nord"},
    {"On 3 May 2024, gunmen killed five people in Dabnou (Téra).", 1, "NE", "Dabnou", "Tillaberi"},
    {"Le 3 mai 2024, des soldats camerounais ont affronté des séparatistes à Dabnou (Nord-Ouest).",
     1, "CM", "Dabnou", "North-West"},
    {"On 3 May 2024, Togolese soldiers clashed with JNIM militants in Dabnou (Savanes).", 1, "TG",
     "Dabnou", "Savanes"},
    {"On 3 May 2024, Ivorian soldiers clashed with JNIM militants in Dabnou (Savanes).", 1, "CI",
     "Dabnou", "Savanes"},
    {"On 4 June 2024, gunmen killed 12 civilians in the village of Wuro Saba in Mali's Mopti "
     "region.",
     1, "ML", "Wuro Saba", "Mopti"},
    /* a town whose name is its own keeps it against a smaller foreign
     * namesake of its unit in brackets (the unit the gazetteer lacks) */
    {"On 4 June 2025, Ambazonian fighters shot dead a teacher in Kumba (Meme).", 1, "CM", "Kumba",
     "South-West"},
    /* a village named by two place words is that village, not the first
     * place; a town and its unit without the comma stay the town */
    {"On 4 June 2025, ISWAP fighters killed 3 farmers in Dusuman Kura.", 1, "NG", "Dusuman Kura",
     NULL},
    {"On 4 June 2025, bandits killed 3 farmers in Tungar Kano, Zamfara State.", 1, "NG",
     "Tungar Kano", "Zamfara"},
    {"On 4 June 2025, bandits killed 3 farmers in Mubi Adamawa.", 1, "NG", "Mubi", "Adamawa"},
    /* an unknown name right after "in"/"à", its country from the actor or
     * the demonym: a village of that country, as written (not in a report
     * on a country the gazetteer has no towns of) */
    {"On 4 June 2024, VDP killed 3 suspected militants in Kwobtenga.", 1, "BF", "Kwobtenga", NULL},
    {"Le 4 juin 2024, des soldats maliens ont tué 3 terroristes à Dionkoro.", 1, "ML", "Dionkoro",
     NULL},
    /* near a border is not across it: a neighbour named after "near" /
     * "close to" / "près de" neither moves the event nor adds one there,
     * and a country's name is never taken for a village */
    {"Burkina Faso: jihadists killed 12 soldiers on Sunday near the border with Niger, the army "
     "said.",
     1, "BF", "", NULL},
    {"Jihadists killed 12 Burkinabe soldiers on Sunday close to Niger, the army said.", 1, "BF", "",
     NULL},
    {"Des jihadistes ont tué 12 soldats burkinabè dimanche non loin du Niger.", 1, "BF", "", NULL},
    {"Gunmen killed 12 villagers on Sunday in a village close to Mali, in the Tillaberi region, "
     "local officials said.",
     1, "NE", "Tillaberi", "Tillaberi"},
    {"On 3 May 2024, jihadists killed 12 soldiers in the Tillaberi region, near the borders with "
     "Mali and Burkina Faso.",
     1, "NE", "Tillaberi", "Tillaberi"},
    /* a city whose namesakes abroad are all small towns names its country
     * alone (tools/gazetteer: outweighs); one with a sizeable namesake
     * abroad does not */
    {"On 3 May 2024, gunmen killed five people in Kano.", 1, "NG", "Kano", "Kano"},
    {"Police fired tear gas at protesters in Lagos on Monday.", 1, "NG", "Lagos", "Lagos"},
    {"Des hommes armés ont tué cinq personnes à Kano lundi.", 1, "NG", "Kano", "Kano"},
    {"Police arrested 12 protesters in Alexandria on Monday.", 0, NULL, NULL, NULL},
    /* the most specific place wins: a village (known or not) named with the
     * region, state or town it lies in, however the unit is attached */
    {"On 3 May 2024, separatist fighters killed five people in Bokumbe, on the edge of the "
     "North-West region of Cameroon.",
     1, "CM", "Bokumbe", "North-West"},
    {"Separatist fighters killed five people in Bokumbe, on the edge of Cameroon's North-West "
     "region, on Monday.",
     1, "CM", "Bokumbe", "North-West"},
    {"On 3 May 2024, gunmen killed five people in Kossiwa, a neighbourhood of Bafia, in Cameroon.",
     1, "CM", "Kossiwa", "Centre"},
    {"Le 3 mai 2024, des hommes armés ont tué cinq civils à Tchantiabé, un quartier de Takum.", 1,
     "NG", "Tchantiabé", "Taraba"},
    {"Le 3 mai 2024, des hommes armés ont enlevé sept passagers à Kindimbaga, en bordure du "
     "Darfour du Nord.",
     1, "SD", "Kindimbaga", "North Darfur"},
    {"On 3 May 2024, jihadists stormed Garbaji, east of the town, killing seven civilians in "
     "Burkina Faso's Sahel region.",
     1, "BF", "Garbaji", NULL},
    {"On 3 May 2024, militants stormed Garbaji, 20 km east of Djibo, killing seven civilians.", 1,
     "BF", "Garbaji", "Sahel"},
    {"On 3 May 2024, RSF fighters killed 12 people in the village of Wad Harun in Sudan's Gezira "
     "state.",
     1, "SD", "Wad Harun", "Al Jazirah"},
};

static void test_rows(void **st)
{
    (void)st;
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const row *r = &rows[i];
        vg_events ev;
        assert_int_equal(extract(r->text, &ev), 0);
        if (!r->want) {
            if (ev.n)
                fail_msg("row %zu: unexpected %s in %s", i, vg_event_type_name(ev.v[0].type),
                         ev.v[0].country);
            vg_events_free(&ev);
            continue;
        }
        if (!ev.n)
            fail_msg("row %zu: no event", i);
        const vg_event *e = &ev.v[0];
        if (strcmp(e->country, r->country) != 0)
            fail_msg("row %zu: country %s, want %s", i, e->country, r->country);
        if (r->loc && strcmp(e->location.name, r->loc) != 0)
            fail_msg("row %zu: location '%s', want '%s'", i, e->location.name, r->loc);
        if (r->admin1 && strcmp(e->location.admin1, r->admin1) != 0)
            fail_msg("row %zu: admin1 '%s', want '%s'", i, e->location.admin1, r->admin1);
        vg_events_free(&ev);
    }
}

/* One event in country cc at location loc. */
static void check_one(const char *text, const char *cc, const char *loc)
{
    vg_events ev;
    assert_int_equal(extract(text, &ev), 0);
    if (!ev.n)
        fail_msg("no event: %s", text);
    if (strcmp(ev.v[0].country, cc) != 0)
        fail_msg("country %s, want %s: %s", ev.v[0].country, cc, text);
    if (!ev.v[0].has_location || strcmp(ev.v[0].location.name, loc) != 0)
        fail_msg("location '%s', want '%s': %s",
                 ev.v[0].has_location ? ev.v[0].location.name : "(none)", loc, text);
    vg_events_free(&ev);
}

/* The unit in brackets after a village noun or a spot with no name of its
 * own, generated: "X village (Unit)", "X hamlet (Unit)", "le hameau de X
 * (Unit)", "at PK 22 (Unit)", "on the A-B road (Unit)" with B unknown, "at
 * the X mining site (Unit)", for units of several countries the
 * gazetteer knows, give the unit's country (the village name is made up,
 * so nothing but the unit can give it). */
static void test_spots(void **st)
{
    (void)st;
    static const struct {
        const char *unit, *cc, *town; /* a unit, its country, a town of that unit */
    } units[] = {
        {"Menaka", "ML", "Menaka"},       {"Seno", "BF", "Dori"},     {"Kompienga", "BF", "Pama"},
        {"Tillaberi", "NE", "Tillaberi"}, {"Zamfara", "NG", "Gusau"},
    };
    static const struct {
        const char *pre, *post; /* the unit (or the town) goes between */
    } tpl[] = {
        {"On 4 June 2024, gunmen killed 3 civilians in Zorgatenga village (", ")."},
        {"On 4 June 2024, gunmen abducted the imam of Zorgatenga hamlet (", ")."},
        {"Le 4 juin 2024, des hommes armés ont tué 3 civils dans le hameau de Zorgatenga (", ")."},
        {"On 4 June 2024, militants ambushed a convoy at PK 22 (", "). 5 soldiers killed."},
        {"Le 4 juin 2024, des hommes armés ont tué 2 commerçants au niveau du PK 25 (", ")."},
        {"On 4 June 2024, gunmen killed 5 gold miners at the Zorgatenga mining site (", ")."},
        {"On 4 June 2024, militants ambushed a convoy on the ",
         "-Zorgatenga road. 5 soldiers killed."},
    };
    char buf[256];
    for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++)
        for (size_t i = 0; i < sizeof(tpl) / sizeof(tpl[0]); i++) {
            /* the road's known end is a town of the unit, the others the unit */
            snprintf(buf, sizeof(buf), "%s%s%s", tpl[i].pre,
                     strstr(tpl[i].post, "road") ? units[u].town : units[u].unit, tpl[i].post);
            vg_events ev;
            assert_int_equal(extract(buf, &ev), 0);
            if (!ev.n)
                fail_msg("no event: %s", buf);
            if (strcmp(ev.v[0].country, units[u].cc) != 0)
                fail_msg("country %s, want %s: %s", ev.v[0].country, units[u].cc, buf);
            vg_events_free(&ev);
        }
    /* a route whose one end is a homonym abroad: the other end decides
     * (Bali is also a Nigerian LGA; Fada also a town of Chad); islands;
     * names holding a known place */
    static const struct {
        const char *text, *cc;
    } roads[] = {
        {"On 4 June 2024, an IED exploded near a military truck on the Bamenda-Bali road. 2 "
         "soldiers wounded.",
         "CM"},
        {"Le 4 juin 2024, des individus armés ont enlevé deux commerçants sur la route Fada-Pama, "
         "au niveau du PK 25 (Kompienga).",
         "BF"},
        /* an island of Lake Chad with Chad's province in brackets, whoever the actor */
        {"On 4 June 2024, Boko Haram fighters killed 4 fishermen on Kaiga island (Lac).", "TD"},
        {"Le 4 juin 2024, des combattants de Boko Haram ont tué 4 pêcheurs sur l'île de "
         "Kinasserom (Lac).",
         "TD"},
        /* a known place inside a longer unknown name, nothing else to go by */
        {"On 4 June 2024, bandits killed 2 farmers in Tudun Kano.", "NG"},
    };
    for (size_t i = 0; i < sizeof(roads) / sizeof(roads[0]); i++) {
        vg_events ev;
        assert_int_equal(extract(roads[i].text, &ev), 0);
        if (!ev.n)
            fail_msg("no event: %s", roads[i].text);
        if (strcmp(ev.v[0].country, roads[i].cc) != 0)
            fail_msg("country %s, want %s: %s", ev.v[0].country, roads[i].cc, roads[i].text);
        vg_events_free(&ev);
    }
}

/* A unit in brackets that opens with a compass word the gazetteer holds
 * alone for another country (Cameroon's "East", "Nord"), and a site named
 * before "mining site"/"gold mine" whose first word is a town abroad,
 * generated: the unit named after the compass word gives the country, and
 * the site keeps its name as written, in the unit's country; a town
 * abroad given as a unit yields to the actors' one country. */
static void test_bracket_names(void **st)
{
    (void)st;
    static const struct {
        const char *unit, *cc; /* a unit and its country */
    } units[] = {{"Gezira", "SD"},  {"Tillaberi", "NE"}, {"Zamfara", "NG"},
                 {"Tibesti", "TD"}, {"Menaka", "ML"},    {"Seno", "BF"}};
    static const char *const compass[] = {"East", "North", "West", "Nord", "Est", "Ouest"};
    static const struct {
        const char *pre, *post, *loc; /* the bracket's content goes between */
    } tpl[] = {
        {"On 4 June 2024, gunmen stormed Zorgatenga village (", ") and killed 7 residents.",
         "Zorgatenga"},
        {"Le 4 juin 2024, des hommes armés ont tué 7 civils dans le hameau de Zorgatenga (", ").",
         "Zorgatenga"},
        {"On 4 June 2024, gunmen killed 7 civilians in Zorgatenga (", ").", "Zorgatenga"},
    };
    static const struct {
        const char *pre, *post, *loc; /* the unit goes between */
    } spots[] = {
        {"On 4 June 2024, rival groups of miners exchanged fire at the Kaya Nabiga mining site (",
         "); 4 killed.", "Kaya Nabiga"},
        {"On 4 June 2024, gunmen killed 5 miners at the Djibo Tenkodo gold mine (", ").",
         "Djibo Tenkodo"},
        {"On 4 June 2024, gunmen killed 5 miners at the Warsobe mining site (", ").", "Warsobe"},
        {"Le 4 juin 2024, des hommes armés ont tué 5 orpailleurs sur le site d'orpaillage de "
         "Kaya Nabiga (",
         ").", "Kaya Nabiga"},
    };
    char buf[320], unit[64];
    for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
        for (size_t i = 0; i < sizeof(tpl) / sizeof(tpl[0]) * 6; i++) {
            snprintf(unit, sizeof(unit), "%s %s", compass[i % 6], units[u].unit);
            snprintf(buf, sizeof(buf), "%s%s%s", tpl[i / 6].pre, unit, tpl[i / 6].post);
            check_one(buf, units[u].cc, tpl[i / 6].loc);
        }
        for (size_t i = 0; i < sizeof(spots) / sizeof(spots[0]); i++) {
            if (strcmp(units[u].cc, "BF") == 0 && strstr(spots[i].loc, "Kaya"))
                continue; /* Kaya is Burkinabe: no homonym abroad to test */
            snprintf(buf, sizeof(buf), "%s%s%s", spots[i].pre, units[u].unit, spots[i].post);
            check_one(buf, units[u].cc, spots[i].loc);
        }
    }
    /* a town abroad named as a unit in brackets ("(X department)",
     * "(département de X)") beside actors who all come from one country:
     * a unit of theirs the gazetteer lacks */
    static const char *const abroad[] = {"Bani", "Kumba"};
    static const struct {
        const char *pre, *mid, *post, *cc;
    } act[] = {
        {"On 4 June 2024, VDP and FDS repelled JNIM fighters near Zorgatenga (", " department",
         "); 6 killed.", "BF"},
        {"On 4 June 2024, FAMa soldiers repelled JNIM fighters near Zorgatenga (", " department",
         "); 6 killed.", "ML"},
        {"Le 4 juin 2024, des FAMa ont tué 6 hommes armés à Zorgatenga (département de ", "", ").",
         "ML"},
        {"Le 4 juin 2024, des VDP ont tué 6 hommes armés à Zorgatenga (département de ", "", ").",
         "BF"},
    };
    for (size_t a = 0; a < sizeof(abroad) / sizeof(abroad[0]); a++)
        for (size_t i = 0; i < sizeof(act) / sizeof(act[0]); i++) {
            snprintf(buf, sizeof(buf), "%s%s%s%s", act[i].pre, abroad[a], act[i].mid, act[i].post);
            check_one(buf, act[i].cc, "Zorgatenga");
        }
}

/* The dateline class, generated: every African capital whose name is its
 * own (unique worldwide, no common word) gives its country to a report
 * that names no other place, in capitals or with the country after it,
 * and is never the place of an attack. */
static void test_datelines(void **st)
{
    (void)st;
    const vg_gaz *g = kb->gaz;
    size_t tried = 0;
    for (size_t i = 0; i < vg_gaz_count(g); i++) {
        const vg_place *p = vg_gaz_at(g, i);
        if (p->level != VG_PLACE_TOWN || !p->capital || !p->african || p->common ||
            p->unique != VG_UNIQUE_WORLD)
            continue;
        const vg_place *c = vg_gaz_country(g, p->country);
        char up[64], text[256];
        size_t n = strlen(p->name) < sizeof(up) - 1 ? strlen(p->name) : sizeof(up) - 1;
        for (size_t k = 0; k < n; k++)
            up[k] = (char)toupper((unsigned char)p->name[k]);
        up[n] = 0;
        for (int form = 0; form < 2; form++) {
            if (form == 0)
                snprintf(text, sizeof(text),
                         "%s (AFP) - Gunmen killed five villagers on Monday, police said.", up);
            else
                snprintf(text, sizeof(text),
                         "%s, %s (Reuters) - Gunmen killed five villagers on Monday, police said.",
                         p->name, c->name);
            vg_events ev;
            assert_int_equal(extract(text, &ev), 0);
            if (!ev.n)
                fail_msg("%s: no event", text);
            if (strcmp(ev.v[0].country, p->country) != 0)
                fail_msg("%s: country %s, want %s", text, ev.v[0].country, p->country);
            if (ev.v[0].has_location)
                fail_msg("%s: the dateline became the place (%s)", text, ev.v[0].location.name);
            vg_events_free(&ev);
        }
        tried++;
    }
    assert_true(tried >= 30); /* most of Africa's capitals */
}

/* An article naming more countries than the place stages keep says so
 * (vg_events.place_cap_hits) instead of dropping them silently. */
static void test_caps(void **st)
{
    (void)st;
    static const char *const cc[] = {"Mali",   "Niger",   "Chad",    "Senegal",  "Ghana",
                                     "Togo",   "Benin",   "Nigeria", "Cameroon", "Gabon",
                                     "Kenya",  "Uganda",  "Rwanda",  "Burundi",  "Zambia",
                                     "Angola", "Namibia", "Egypt",   "Libya",    "Tunisia"};
    char text[1024];
    size_t n = (size_t)snprintf(text, sizeof(text), "Gunmen killed five villagers near Djibo.");
    for (size_t i = 0; i < sizeof(cc) / sizeof(cc[0]); i++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, " Envoys of %s met.", cc[i]);
    vg_events ev;
    assert_int_equal(extract(text, &ev), 0);
    assert_true(ev.place_cap_hits > 0);
    vg_events_free(&ev);
    assert_int_equal(extract("Gunmen killed five villagers near Djibo.", &ev), 0);
    assert_int_equal(ev.place_cap_hits, 0);
    vg_events_free(&ev);
}

/* Homonyms: the country whose place outranks every other's. */
static void test_dominant(void **st)
{
    (void)st;
    static const struct {
        const char *name, *cc;
    } want[] = {{"gao", "ML"}, {"niamey", "NE"}, {"djibo", "BF"}, {"north west", NULL}};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        size_t n;
        const vg_dict_hit *h = vg_dict_get(kb->dict, want[i].name, strlen(want[i].name), &n);
        assert_non_null(h);
        const char *cc = vg_gaz_dominant_country(h, n);
        if (want[i].cc)
            assert_string_equal(cc, want[i].cc);
        else
            assert_null(cc);
    }
    assert_int_equal(vg_gaz_country(kb->gaz, "ML")->african, 1);
    assert_int_equal(vg_gaz_country(kb->gaz, "FR")->african, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows),  cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_spots), cmocka_unit_test(test_dominant),
        cmocka_unit_test(test_caps),  cmocka_unit_test(test_bracket_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
