/*
 * test_notes.c - coders' notes, briefs and wire phrasings: the toll a
 * record states and who did it (issue 16, recall on briefs and notes).
 * Each row is a sentence of our own, English or French, that failed
 * before its class was fixed: tolls as noun phrases, in the next sentence,
 * joined by "and" across named forces; person nouns that qualify things
 * ("a civilian vehicle", "a jihadist attack"); the agent of the act, never
 * who reports, blames, condemns or suffers it. Run from the source tree
 * root (reads knowledge/).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "vg_event.h"
#include "vigil.h"
#include "kb_fixture.h"

/* The first current event of type (VG_EV_NONE: any) in text published
 * pub, into *out (a copy); 0 when there is none. */
static int event_of(const char *text, const char *pub, vg_event_type type, vg_event *out)
{
    vg_events ev = {0};
    extract_published(text, pub, &ev);
    int found = 0;
    for (size_t i = 0; i < ev.n && !found; i++)
        if ((type == VG_EV_NONE || ev.v[i].type == type) && !ev.v[i].historical) {
            *out = ev.v[i];
            found = 1;
        }
    vg_events_free(&ev);
    return found;
}

/* Rows: TEXT published PUB gives an event of TYPE, with the country,
 * subtype and date given (NULL: not checked) and the toll (-1: not
 * checked). */
typedef struct phrasing {
    const char *text, *pub;
    vg_event_type type;
    int want;
    const char *country, *subtype, *loc, *date;
    long fatalities;
} phrasing;

static const phrasing phrasings[] = {
    /* the same in French ("ses", "leurs" are possessives; "chef du
     * village" a person); the counted people's own class types the act,
     * not the agent named after them */
    {"Des hommes armés ont tué le chef du village et deux de ses fils à Djibo, au Burkina Faso, "
     "dimanche.",
     "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 3},
    {"Le massacre d'une femme et ses deux enfants par des assaillants non identifiés lundi à "
     "Djibo, au Burkina Faso, a suscité une vive émotion.",
     "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 3},
    /* people named without a number, joined to a count that follows, are
     * counted with it; "two of his sons" counts two */
    {"Gunmen shot dead the village chief and two of his sons in Djibo, Burkina Faso, on Sunday.",
     "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 3},
    {"Gunmen killed the imam and three other people in Djibo, Burkina Faso, on Sunday.",
     "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 4},
    /* the victims of a killing verb far after the attack word decide its
     * type ("attacked X (Y, Z), killing an unspecified number of
     * civilians": it stayed a battle) */
    {"On 11 May 2024, Ansaroul Islam militants attacked Arbinda (Soum, Sahel), killing an "
     "unspecified number of civilians.",
     "2024-05-12", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, -1},
    /* one person named by a noun of the Sahel's villages and local
     * offices is a civilian killed, counted (it was a battle without toll) */
    {"Gunmen shot dead a customary chief in Djibo, Burkina Faso, on Sunday.", "2024-06-11",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 1},
    {"Gunmen shot dead a member of the local council in Djibo, Burkina Faso, on Sunday.",
     "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 1},
    {"Dimanche, des hommes armés ont abattu un conducteur de moto-taxi à Djibo, au Burkina Faso.",
     "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 1},
    {"Dimanche, des hommes armés ont abattu un catéchiste à Djibo, au Burkina Faso.", "2024-06-11",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 1},
    /* explosives dropped from the air: a drone's or an aircraft's strike */
    {"On 28 June 2024, a suspected JNIM drone dropped explosives on a FAMa camp in Boulkessi, "
     "Mali, wounding 3 soldiers.",
     "2024-06-29", VG_EV_REMOTE_VIOLENCE, 1, "ML", "drone_strike", NULL, NULL, -1},
    {"Le 28 juin 2024, un drone a largué des explosifs sur un marché à Boulkessi, au Mali, "
     "faisant 4 morts.",
     "2024-06-29", VG_EV_REMOTE_VIOLENCE, 1, "ML", "drone_strike", NULL, NULL, 4},
    {"On 28 June 2024, an air force jet dropped bombs on a rebel camp near Kidal, Mali.",
     "2024-06-29", VG_EV_REMOTE_VIOLENCE, 1, "ML", "airstrike", NULL, NULL, -1},
    /* one act, one record: people arrested and then executed are the
     * killing; "a detained activist" is no arrest of the day (a protest
     * demanding the release stays the one event) */
    {"On 5 May 2024, FAMa and Wagner forces carried out a raid in Hombori, Mali, arrested and "
     "executed 7 men.",
     "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, NULL, NULL, 7},
    {"Le 5 mai 2024, des militaires ont arrêté puis exécuté sept hommes à Hombori, au Mali.",
     "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, NULL, NULL, 7},
    {"On 5 May 2024, a group of youths protested in Zinder, Niger, to demand the release of a "
     "detained activist.",
     "2024-05-06", VG_EV_PROTEST, 1, "NE", NULL, NULL, NULL, -1},
    /* arrests of protesters during a demonstration named as such are
     * ACLED's protest with intervention, one event; without the
     * demonstration, an arrest */
    {"On 3 May 2024, police arrested 30 protesters during a demonstration against the junta in "
     "Niamey, Niger.",
     "2024-05-05", VG_EV_PROTEST, 1, "NE", "", NULL, NULL, -1},
    {"Le 3 mai 2024, la police a interpellé 30 manifestants lors d'une marche contre la vie chère "
     "à Niamey, au Niger.",
     "2024-05-05", VG_EV_PROTEST, 1, "NE", "", NULL, NULL, -1},
    {"On 3 May 2024, police arrested 12 protesters in Dakar, Senegal.", "2024-05-05", VG_EV_ARREST,
     1, "SN", NULL, NULL, NULL, -1},
    /* a part of the toll named after "including" does not hide the cue
     * after it from the whole ("Four people, including two soldiers,
     * were killed": no toll before) */
    {"Four people, including two soldiers, were killed when gunmen attacked Djibo, Burkina "
     "Faso, on Sunday.",
     "2024-06-11", VG_EV_NONE, 1, NULL, NULL, NULL, NULL, 4},
    {"Quatre personnes, dont deux soldats, ont été tuées dimanche lors d'une attaque contre "
     "Djibo, au Burkina Faso.",
     "2024-06-11", VG_EV_NONE, 1, NULL, NULL, NULL, NULL, 4},
    /* a person noun that qualifies a thing ("a civilian vehicle", "un
     * véhicule civil") counts nobody: the toll is the figure after it */
    {"On 27 March 2024, a landmine exploded under a civilian vehicle near Boni, Mali, killing 4 "
     "people.",
     "2024-03-28", VG_EV_REMOTE_VIOLENCE, 1, "ML", NULL, NULL, NULL, 4},
    {"Le 27 mars 2024, un véhicule civil a sauté sur une mine près de Boni, au Mali, tuant quatre "
     "personnes.",
     "2024-03-28", VG_EV_REMOTE_VIOLENCE, 1, "ML", NULL, NULL, NULL, 4},
    {"On 27 March 2024, gunmen shot dead a civilian near Boni, Mali.", "2024-03-28",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, NULL, NULL, 1},
    /* counts joined by "and" add up when a named force or a demonym
     * qualifies the noun ("5 FAMa soldiers", "5 Malian soldiers", "cinq
     * soldats maliens"): the first count used to find no cue */
    {"On 9 May 2024, 5 FAMa soldiers and 3 JNIM fighters were killed in clashes near Boni, Mali.",
     "2024-05-10", VG_EV_ARMED_CLASH, 1, "ML", NULL, NULL, NULL, 8},
    {"On 9 May 2024, 5 Malian soldiers and 3 militants were killed in clashes near Boni, Mali.",
     "2024-05-10", VG_EV_ARMED_CLASH, 1, "ML", NULL, NULL, NULL, 8},
    {"Le 9 mai 2024, cinq soldats maliens et trois terroristes ont été tués lors d'affrontements "
     "près de Boni, au Mali.",
     "2024-05-10", VG_EV_ARMED_CLASH, 1, "ML", NULL, NULL, NULL, 8},
    /* property burned or destroyed by an armed group, nobody hurt: looting
     * and property destruction (a strategic development); with a toll, the
     * attack */
    {"On 12 May 2024, unknown assailants burned down 30 houses in Djibo, Burkina Faso.",
     "2024-05-13", VG_EV_STRATEGIC, 1, "BF", "looting", NULL, NULL, -1},
    {"Le 12 mai 2024, des hommes armés ont incendié le marché de Djibo, au Burkina Faso.",
     "2024-05-13", VG_EV_STRATEGIC, 1, "BF", "looting", NULL, NULL, -1},
    {"On 12 May 2024, gunmen torched a church in Djibo, Burkina Faso.", "2024-05-13",
     VG_EV_STRATEGIC, 1, "BF", "looting", NULL, NULL, -1},
    {"On 12 May 2024, gunmen torched a church in Djibo, Burkina Faso, killing 3 worshippers.",
     "2024-05-13", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 3},
    /* a toll in the next sentence belongs to a generic attack just told
     * with its place (the attack waits for the article's end; the toll
     * went to no event) */
    {"On 1 May 2024, Nigerien soldiers repelled an attack by ISSP militants on their base in "
     "Tahoua. 6 militants were killed.",
     "2024-05-03", VG_EV_ARMED_CLASH, 1, "NE", NULL, NULL, NULL, 6},
    {"Le 1er mai 2024, des soldats nigériens ont repoussé une attaque contre leur base à Tahoua. "
     "Six assaillants ont été tués.",
     "2024-05-03", VG_EV_ARMED_CLASH, 1, "NE", NULL, NULL, NULL, 6},
    /* grenades thrown (ACLED's Grenade, remote violence), with or without
     * a thrower named; livestock rustled by armed men, nobody hurt: looting */
    {"On 10 June 2024, unidentified gunmen threw a grenade at a bar in Bamako, Mali, injuring 4 "
     "people.",
     "2024-06-11", VG_EV_REMOTE_VIOLENCE, 1, "ML", "grenade", NULL, NULL, -1},
    {"Le 10 juin 2024, une attaque à la grenade contre un bar de Bamako, au Mali, a fait deux "
     "morts.",
     "2024-06-11", VG_EV_REMOTE_VIOLENCE, 1, "ML", "grenade", NULL, NULL, 2},
    {"On 13 June 2024, armed bandits rustled over 200 cattle from herders in Birnin Gwari, "
     "Nigeria.",
     "2024-06-14", VG_EV_STRATEGIC, 1, "NG", "looting", NULL, NULL, -1},
    /* the period of an ACLED actor name, "(2022-)", is no date: the
     * event was dropped as background from 2022 */
    {"On 3 May 2024, Military Forces of Burkina Faso (2022-) and VDP clashed with JNIM near "
     "Djibo, Burkina Faso.",
     "2024-05-04", VG_EV_ARMED_CLASH, 1, "BF", NULL, NULL, "2024-05-03", -1},
    {"On 3 May 2024, Military Forces of Mali (2021-2024) killed 5 civilians in Niono, Mali.",
     "2024-05-04", VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, NULL, "2024-05-03", 5},
    /* civilians killed, told in the sentence after a generic attack: an
     * attack on civilians, as when told in its sentence (it stayed a
     * clash); soldiers so told keep it a battle */
    {"On 3 May 2024, unidentified gunmen attacked Kompienga, Burkina Faso. 5 civilians were "
     "killed.",
     "2024-05-04", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 5},
    {"Des hommes armés ont attaqué un village dimanche près de Djibo, au Burkina Faso. Douze "
     "civils ont été tués.",
     "2024-06-10", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 12},
    {"On 3 May 2024, JNIM militants attacked a village near Djibo, Burkina Faso. 5 soldiers were "
     "killed.",
     "2024-05-04", VG_EV_ARMED_CLASH, 1, "BF", NULL, NULL, NULL, 5},
    /* one person named after a death noun's "of" is counted */
    {"On Sunday, unknown gunmen raided a market in Dakoro, Niger, resulting in the deaths of a "
     "village chief.",
     "2024-06-10", VG_EV_ATTACK_ON_CIVILIANS, 1, "NE", NULL, NULL, NULL, 1},
    /* a person noun that qualifies an event ("a jihadist attack") counts nobody */
    {"Twenty soldiers were killed in a jihadist attack on an army post near Djibo, Burkina "
     "Faso, on Sunday.",
     "2024-06-11", VG_EV_ARMED_CLASH, 1, "BF", NULL, NULL, NULL, 20},
    /* but a group named after "a" is no person counted ("a Boko Haram attack") */
    {"On 16 May 2024, vigilantes repelled a Boko Haram attack on Dikwa, Nigeria, killing 4 "
     "insurgents.",
     "2024-05-18", VG_EV_ARMED_CLASH, 1, "NG", NULL, NULL, NULL, 4},
    /* violence between communities names the act whose toll it gives; the
     * narrative's steps after it are that one incident (FINDINGS R3) */
    {"Nine people died in violence between herders and farmers in Mongo, Chad, on Tuesday. A "
     "farmer killed a herder over a field, then herders came back and burned huts.",
     "2024-05-06", VG_EV_NONE, 1, "TD", NULL, NULL, "2024-04-30", 9},
    /* the whole toll told first, then the story's step that killed one:
     * the incident's toll is the whole (FINDINGS R3) */
    {"Nine people died in Mongo, Chad, on Tuesday. Youths killed a herder in a dispute over a "
     "field, then armed herders came back, burned huts and shot villagers, officials said.",
     "2024-05-06", VG_EV_NONE, 1, "TD", NULL, NULL, NULL, 9},
    {"Six personnes sont mortes mardi à Mongo, au Tchad. Des jeunes ont tué un éleveur, puis "
     "des éleveurs armés sont revenus et ont incendié des cases.",
     "2024-05-06", VG_EV_NONE, 1, "TD", NULL, NULL, NULL, 6},
    /* the count before "abducted" counts the captured, not the dead
     * ("N killed and M abducted": the toll is N, not the lower M) */
    {"Five villagers were killed and two abducted on Sunday when Boko Haram fighters raided "
     "Kolofata, Cameroon, local sources said.",
     "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, 1, "CM", NULL, NULL, "2024-05-05", 5},
    {"Le 3 mai 2024, six civils ont été tués et quatre enlevés à Kolofata, au Cameroun.",
     "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, 1, "CM", NULL, NULL, "2024-05-03", 6},
    /* a headline's "clashes" is a summary: the body's dead decide the type */
    {"Fresh clashes leave six dead\n\nGunmen raided the village of Riyom, in Plateau State, "
     "Nigeria, on Saturday night and killed six people, police said.",
     "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, 1, "NG", NULL, NULL, "2024-05-04", 6},
    {"Nouveaux affrontements : quatre morts au Tchad\n\nDes hommes armés ont tué quatre "
     "villageois samedi dans le village de Kouka, dans la province du Batha.",
     "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, 1, "TD", NULL, NULL, "2024-05-04", 4},
    /* a protester shot dead at a protest: one dead, the protest's toll
     * (excessive force), in French's singular passive */
    {"Un manifestant a été tué par balle mardi à Kayes, au Mali, lors d'une marche contre la "
     "vie chère.",
     "2024-03-06", VG_EV_PROTEST, 1, "ML", NULL, NULL, NULL, 1},
    /* a source that puts the toll at a figure restates the toll (an
     * update cue, as "put the number at"): the later, lower one is kept */
    {"Gunmen attacked the village of Bama in Borno, Nigeria, on Tuesday. Witnesses said 31 "
     "people died. Police put the toll at 12.",
     "2024-05-08", VG_EV_ATTACK_ON_CIVILIANS, 1, "NG", NULL, NULL, NULL, 12},
    /* livestock and other animals are never people: neither a toll nor a
     * count joined to the dead by "and" */
    {"Gunmen shot dead 25 donkeys and three herders near Tahoua, Niger, on Monday.", "2024-03-04",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "NE", NULL, NULL, NULL, 3},
    {"Bandits killed four villagers and drove away 300 head of cattle in Katsina, Nigeria, on "
     "Monday.",
     "2024-03-04", VG_EV_ATTACK_ON_CIVILIANS, 1, "NG", NULL, NULL, NULL, 4},
    {"Des hommes armés ont abattu 45 chameaux et deux bergers lundi près de Tahoua, au Niger.",
     "2024-03-04", VG_EV_ATTACK_ON_CIVILIANS, 1, "NE", NULL, NULL, NULL, 2},
    {"Des assaillants ont tué trois éleveurs et emporté 120 bovins et 80 ovins lundi près de "
     "Tahoua, au Niger.",
     "2024-03-04", VG_EV_ATTACK_ON_CIVILIANS, 1, "NE", NULL, NULL, NULL, 3},
    /* "lynch" is a killing verb: its singular victim is one dead, as for
     * "killed a man" (mob violence, a riot for ACLED) */
    {"On 2 March 2024, an angry mob lynched a man accused of stealing a motorbike in Zinder, "
     "Niger.",
     "2024-03-04", VG_EV_RIOT, 1, "NE", NULL, NULL, "2024-03-02", 1},
    {"A crowd lynched a young man in the market of Kano, Nigeria, on Friday.", "2024-03-04",
     VG_EV_RIOT, 1, "NG", NULL, NULL, NULL, 1},
    {"Des habitants en colère ont lynché un homme accusé de vol vendredi à Zinder, au Niger.",
     "2024-03-04", VG_EV_RIOT, 1, "NE", NULL, NULL, NULL, 1},
};

static void test_tolls_and_types(void **st)
{
    (void)st;
    for (size_t i = 0; i < sizeof(phrasings) / sizeof(phrasings[0]); i++) {
        const phrasing *p = &phrasings[i];
        vg_event e;
        if (!event_of(p->text, p->pub, p->type, &e))
            fail_msg("row %zu: no %s in '%s'", i, vg_event_type_name(p->type), p->text);
        if (p->country)
            assert_string_equal(e.country, p->country);
        if (p->subtype)
            assert_string_equal(e.subtype, p->subtype);
        if (p->date)
            assert_string_equal(e.date.value, p->date);
        if (p->fatalities >= 0) {
            if (!e.fatalities.present || e.fatalities.min != p->fatalities)
                fail_msg("row %zu: toll %ld (present %d), want %ld", i, (long)e.fatalities.min,
                         e.fatalities.present, p->fatalities);
        }
    }
}

/* Rows: TEXT gives an event of TYPE whose perpetrator (first actor, the
 * only one with that role) is PERP; ABSENT (if any) is not among its
 * actors. */
static void test_perpetrators(void **st)
{
    (void)st;
    static const struct {
        const char *text, *pub;
        vg_event_type type;
        const char *perp, *absent;
    } rows[] = {
        /* a quantifier before the victims ("several farmers", "plusieurs
         * civils") is the verb's object: the subject did it (it was taken
         * for a headline's passive, the group for the target) */
        {"On 5 October 2024, Boko Haram militants killed several farmers near Damboa, Nigeria.",
         "2024-10-07", VG_EV_ATTACK_ON_CIVILIANS, "Boko Haram", NULL},
        {"Le 5 octobre 2024, des éléments de l'EIGS ont tué plusieurs civils près de Tillia, au "
         "Niger.",
         "2024-10-07", VG_EV_ATTACK_ON_CIVILIANS, "Islamic State Sahel", NULL},
        /* a state's forces named by demonym or national acronym are that
         * state's, wherever they strike ("l'armée" used to hide the
         * demonym; "FDS" was Burkina's alone) */
        {"Le 9 septembre 2024, l'armée nigérienne a tué cinq terroristes près de Ménaka, au Mali.",
         "2024-09-10", VG_EV_ARMED_CLASH, "Nigerien Armed Forces", "Malian Armed Forces"},
        {"Le 3 juin 2024, les FDS ont neutralisé huit terroristes près de Téra, au Niger.",
         "2024-06-05", VG_EV_ARMED_CLASH, "Nigerien Armed Forces", "Burkinabe Armed Forces"},
        /* communal and ethnic militias are named as such, not as
         * unidentified gunmen or jihadists */
        {"On 25 January 2024, Fulani militia killed 4 Dogon hunters in Bankass, Mali.",
         "2024-01-27", VG_EV_ATTACK_ON_CIVILIANS, "Fulani Ethnic Militia (Mali)", NULL},
        {"Le 3 mai 2024, des miliciens dogon ont tué quatre civils près de Bankass, au Mali.",
         "2024-05-04", VG_EV_ATTACK_ON_CIVILIANS, "Dogon Ethnic Militia (Mali)", NULL},
        {"On 3 May 2024, armed herders killed 4 farmers near Guma, Nigeria.", "2024-05-04",
         VG_EV_ATTACK_ON_CIVILIANS, "Armed herders (Nigeria)", NULL},
        /* whom the act is blamed on did it, whoever says so; the one who
         * blames or accuses is no party (lexicon claim rows, "blame") */
        {"At least 12 villagers were killed on Sunday in an attack near Djibo, Burkina Faso, that "
         "the army attributed to JNIM.",
         "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, "JNIM", NULL},
        {"The attackers, believed to be members of JNIM, killed 12 villagers near Djibo, Burkina "
         "Faso, on Sunday.",
         "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, "JNIM", NULL},
        {"Des hommes armés, présumés membres de l'EIGS, ont tué douze villageois dimanche près de "
         "Tillia, au Niger.",
         "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, "Islamic State Sahel", NULL},
        {"Human Rights Watch accused the Burkinabe army of killing 50 civilians in Zaongo, "
         "Burkina Faso, on Sunday.",
         "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, "Burkinabe Armed Forces", "Human Rights Watch"},
        {"Gunmen killed 12 villagers in Djibo, Burkina Faso, on Sunday. No group claimed the "
         "attack, but the government blamed JNIM.",
         "2024-06-11", VG_EV_ATTACK_ON_CIVILIANS, "JNIM", NULL},
        /* who repels an attack, or comes under fire, suffered it; an
         * adjective of the attack names its agent ("une attaque
         * terroriste"); a speaker's reported clause has its own subject */
        {"The Malian army repelled a jihadist attack on its base in Boulkessi, Mali, on Sunday, "
         "killing 20 assailants.",
         "2024-06-11", VG_EV_ARMED_CLASH, "Islamist militants", NULL},
        {"Vingt soldats ont été tués dimanche dans une attaque terroriste contre un poste de "
         "l'armée près de Djibo, au Burkina Faso.",
         "2024-06-11", VG_EV_ARMED_CLASH, "Islamist militants", NULL},
        {"Soldiers came under fire from jihadists near Djibo, Burkina Faso, on Sunday; five "
         "soldiers were killed.",
         "2024-06-11", VG_EV_ARMED_CLASH, "Islamist militants", NULL},
        {"An army spokesman said troops killed 12 terrorists in an ambush near Boni, Mali, on "
         "Sunday.",
         "2024-06-11", VG_EV_ARMED_CLASH, "Malian Armed Forces", NULL},
        /* an alias an armed group shares with an organisation or a medium
         * is the armed group when armed men or their act follow it ("RSF
         * fighters", "RSF attacked"): its country then places the event */
        /* a pronoun subject goes on with the incident just told: its
         * perpetrator */
        {"Le 3 mai 2024, des éléments de l'EIGS ont attaqué le village de Tillia, au Niger. Ils "
         "ont enlevé dix femmes.",
         "2024-05-05", VG_EV_ABDUCTION, "Islamic State Sahel", NULL},
        /* an acronym that is also a word names the actor in capitals only
         * (actors.tsv "!ANT", "!FACT"): "the ANT", never "in fact" */
        {"On 3 May 2024, the ANT killed 12 rebels near Zouar, Chad.", "2024-05-06",
         VG_EV_ARMED_CLASH, "Chadian Armed Forces", NULL},
        {"In fact, gunmen killed five villagers near Zouar, Chad, on Sunday.", "2024-05-06",
         VG_EV_ATTACK_ON_CIVILIANS, "Unidentified armed group",
         "Front for Change and Concord in Chad"},
        {"RSF fighters raided Al-Sireha village and opened fire on residents, killing at least "
         "9.",
         "2024-05-05", VG_EV_ATTACK_ON_CIVILIANS, "Rapid Support Forces",
         "Reporters Without Borders"},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_event e;
        if (!event_of(rows[i].text, rows[i].pub, rows[i].type, &e))
            fail_msg("row %zu: no %s", i, vg_event_type_name(rows[i].type));
        assert_true(e.n_actors >= 1);
        if (strcmp(e.actors[0].name, rows[i].perp) != 0 || e.actors[0].role != VG_ROLE_PERPETRATOR)
            fail_msg("row %zu: perpetrator '%s', want '%s'", i, e.actors[0].name, rows[i].perp);
        for (size_t k = 1; k < e.n_actors; k++)
            assert_int_not_equal(e.actors[k].role, VG_ROLE_PERPETRATOR);
        for (size_t k = 0; rows[i].absent && k < e.n_actors; k++)
            assert_string_not_equal(e.actors[k].name, rows[i].absent);
    }
}

/* Records that tell one act give one event. */
static void test_one_event(void **st)
{
    (void)st;
    static const char *const one[] = {
        "On 5 May 2024, FAMa and Wagner forces carried out a raid in Hombori, Mali, arrested and "
        "executed 7 men.",
        "On 5 May 2024, a group of youths protested in Zinder, Niger, to demand the release of a "
        "detained activist.",
        "On 3 May 2024, police arrested 30 protesters during a demonstration against the junta in "
        "Niamey, Niger.",
        /* an attack that killed nobody, then what it did: the abduction */
        "On 3 May 2024, JNIM militants attacked the village of Sona, Burkina Faso. They abducted "
        "10 women.",
        /* "the attack" told as known in the next sentence names the target's
         * place: the same incident, not a second one */
        "About 20 Chadian soldiers died in an attack on Monday, the army said in N'Djamena. The "
        "attack targeted the post of Kaiga, on an island in the Lac province.",
        "Une vingtaine de soldats nigériens ont été tués lundi dans une attaque, a annoncé le "
        "gouvernement à Niamey. L'attaque visait le poste militaire de Tassia, dans la région de "
        "Tillabéri.",
        /* what a denial of an incident already told says happened is no
         * event of its own */
        "Troops said on Monday they had killed 35 insurgents near Gorom-Gorom, Burkina Faso. "
        "Ansarul Islam denied it, saying its men had fought self-defence militias in Markoye.",
        "Des hommes armés ont tué sept civils vendredi à Mandouri, au Togo. Le JNIM a démenti "
        "toute implication et a affirmé que ses combattants avaient attaqué des positions de "
        "l'armée à Dapaong.",
    };
    for (size_t i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
        vg_events ev = {0};
        extract_published(one[i], "2024-05-06", &ev);
        size_t n = ev.n;
        vg_events_free(&ev);
        if (n != 1)
            fail_msg("'%s': %zu events, want 1", one[i], n);
    }
    /* an attack told with its own toll and day is another incident */
    vg_events ev = {0};
    extract_published("Gunmen killed eight villagers in Djibo, Burkina Faso, on Tuesday. On "
                      "Sunday, an attack on a convoy near Dori killed three soldiers.",
                      "2024-05-06", &ev);
    size_t n = ev.n;
    vg_events_free(&ev);
    assert_int_equal(n, 2);
    /* and the denier is not made the perpetrator of the incident it denies */
    vg_event e;
    assert_true(event_of("Gunmen killed 12 civilians in Kpendjal, Togo, on Friday. On Sunday, JNIM "
                         "denied any role and said its forces had only attacked army camps.",
                         "2024-05-06", VG_EV_ATTACK_ON_CIVILIANS, &e));
    for (size_t k = 0; k < e.n_actors; k++)
        assert_string_not_equal(e.actors[k].name, "JNIM");
}

static void test_dead_forces(void **st)
{
    (void)st;
    /* forces named inside a toll that a passive reports are among the
     * dead, never the perpetrator */
    static const char *const dead_forces[] = {
        "On 9 May 2024, 5 FAMa soldiers and 3 JNIM fighters were killed in clashes near Boni, "
        "Mali.",
        "Le 9 mai 2024, cinq soldats maliens et trois terroristes ont été tués lors "
        "d'affrontements près de Boni, au Mali.",
    };
    for (size_t i = 0; i < sizeof(dead_forces) / sizeof(dead_forces[0]); i++) {
        vg_event e;
        assert_true(event_of(dead_forces[i], "2024-05-10", VG_EV_ARMED_CLASH, &e));
        for (size_t k = 0; k < e.n_actors; k++)
            if (strcmp(e.actors[k].name, "Malian Armed Forces") == 0)
                assert_int_not_equal(e.actors[k].role, VG_ROLE_PERPETRATOR);
    }
}

/* The body a person noun qualifies ("a jihadist cell", "un réseau
 * terroriste") is no person: the members counted before it are the
 * arrests. */
static void test_arrest_counts(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        long arrests;
    } rows[] = {
        {"On 3 May 2024, gendarmes detained 6 suspected members of a jihadist cell near Dori, "
         "Burkina Faso.",
         6},
        {"Le 3 mai 2024, la police a interpellé cinq membres présumés d'un réseau terroriste à "
         "Niamey, au Niger.",
         5},
        {"On 3 May 2024, troops arrested three members of an armed group in Gao, Mali.", 3},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_event e;
        if (!event_of(rows[i].text, "2024-05-06", VG_EV_ARREST, &e))
            fail_msg("row %zu: no arrest", i);
        if (!e.arrests.present || e.arrests.min != rows[i].arrests)
            fail_msg("row %zu: arrests %ld, want %ld", i, e.arrests.present ? e.arrests.min : -1L,
                     rows[i].arrests);
    }
}

/* Two sources, two tolls, in one sentence or in two: the lower toll is
 * kept (ACLED codes the conservative figure) and the event is disputed;
 * one source's toll is not. */
static void test_two_sources(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        long toll;
        int disputed;
        const char *claimant; /* of the toll kept (NULL: not checked) */
    } rows[] = {
        {"Gunmen raided the village of Bama in Borno, Nigeria, on Tuesday, killing at least 31 "
         "people, witnesses said; the army said 12 were killed.",
         12, 1, "army"},
        {"Gunmen raided the village of Bama in Borno, Nigeria, on Tuesday and killed 9 people, "
         "witnesses said, while officials said 6 were killed.",
         6, 1, "officials"},
        {"Gunmen raided the village of Bama in Borno, Nigeria, on Tuesday. Witnesses said 31 "
         "people died. According to the army, 12 people died.",
         12, 1, "army"},
        {"Des hommes armés ont attaqué le village de Kaya, au Burkina Faso, mardi. Selon des "
         "témoins, 31 personnes sont mortes. Selon l'armée, 12 personnes sont mortes.",
         12, 1, NULL},
        {"Gunmen raided the village of Bama in Borno, Nigeria, on Tuesday and killed 12 people, "
         "witnesses said.",
         12, 0, "witnesses"},
        {"Gunmen raided the village of Bama in Borno, Nigeria, on Tuesday, killing at least 31 "
         "people, residents said; police said 12 were killed.",
         12, 1, "police"},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_event e;
        if (!event_of(rows[i].text, "2024-05-08", VG_EV_ATTACK_ON_CIVILIANS, &e))
            fail_msg("row %zu: no attack", i);
        if (!e.fatalities.present || e.fatalities.min != rows[i].toll ||
            e.disputed != rows[i].disputed)
            fail_msg("row %zu: toll %ld disputed %d, want %ld %d", i,
                     e.fatalities.present ? (long)e.fatalities.min : -1L, e.disputed, rows[i].toll,
                     rows[i].disputed);
        if (rows[i].claimant && strcmp(e.fatalities.claimed_by, rows[i].claimant))
            fail_msg("row %zu: toll claimed by '%s', want '%s'", i, e.fatalities.claimed_by,
                     rows[i].claimant);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tolls_and_types), cmocka_unit_test(test_perpetrators),
        cmocka_unit_test(test_dead_forces),     cmocka_unit_test(test_one_event),
        cmocka_unit_test(test_arrest_counts),   cmocka_unit_test(test_two_sources),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
