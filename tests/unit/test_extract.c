/*
 * test_extract.c - event extraction (vg_extract) on short reports written
 * for these tests, plus the lexicon loader's strict validation and the
 * limits.  Run from the source tree root (reads knowledge/).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vg_dict.h"
#include "vg_lex.h"
#include "vigil.h"

#include "kb_fixture.h"

static int extract_lim(const char *text, const char *pub, const vg_limits *lim, vg_events *ev,
                       vg_doc *doc)
{
    int rc = vg_clean(kb, lim, text, strlen(text), VG_CLEAN_TEXT, NULL, doc);
    if (rc < 0)
        return rc;
    vg_article art = {.id = "t:1", .published = pub, .raw = text, .raw_len = strlen(text)};
    return vg_extract(kb, lim, &art, doc, ev);
}

/* Extract and keep only current (non-historical) events in *ev. */
static void extract(const char *text, const char *pub, vg_events *ev)
{
    vg_limits lim;
    vg_doc doc;
    vg_limits_default(&lim);
    assert_int_equal(extract_lim(text, pub, &lim, ev, &doc), 0);
    size_t k = 0;
    for (size_t i = 0; i < ev->n; i++) {
        const vg_event *e = &ev->v[i];
        assert_true(e->sent_start <= e->sent_end && e->sent_end <= doc.body_len);
        assert_true(e->raw_start <= e->raw_end && e->raw_end <= strlen(text));
        if (!e->historical)
            ev->v[k++] = *e;
    }
    ev->n = k;
    vg_doc_free(&doc);
}

static const vg_event *find(const vg_events *ev, vg_event_type t)
{
    for (size_t i = 0; i < ev->n; i++)
        if (ev->v[i].type == t)
            return &ev->v[i];
    return NULL;
}

static size_t count(const vg_events *ev, vg_event_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < ev->n; i++)
        n += ev->v[i].type == t;
    return n;
}

/* Regression: a gazetteer place without coordinates (lat/lon NAN) gave an
 * event with has_coords set, and the encoder then dropped the lat/lon keys. */
static void test_place_without_coords(void **st)
{
    (void)st;
    vg_events ev = {0};
    extract("Gunmen killed five civilians in Tinzaouatene on Monday, local officials said. "
            "The attackers arrived on motorcycles and set fire to several shops before "
            "fleeing toward the border. Residents said the army arrived hours later.",
            "2025-03-05", &ev);
    const vg_event *e = find(&ev, VG_EV_ATTACK_ON_CIVILIANS);
    assert_non_null(e);
    assert_true(e->has_location);
    assert_string_equal(e->location.name, "Tinzaouaten");
    assert_false(e->location.has_coords);
    vg_events_free(&ev);
}

static void test_clash_one_event(void **st)
{
    (void)st;
    vg_events ev;
    extract("Soldiers killed in attack on army post in Burkina Faso\n\n"
            "At least twenty-five soldiers were killed on Tuesday when suspected jihadists "
            "attacked an army post near Djibo, security sources said.\n\n"
            "The attack was the deadliest this year, a local official said.",
            "2024-03-14", &ev);
    assert_int_equal(count(&ev, VG_EV_ARMED_CLASH), 1);
    const vg_event *e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_string_equal(e->country, "BF");
    assert_string_equal(e->location.name, "Djibo");
    assert_string_equal(e->date.value, "2024-03-12");
    assert_true(e->fatalities.present);
    assert_int_equal(e->fatalities.min, 25);
    assert_int_equal(e->fatalities.qualifier, VG_Q_AT_LEAST);
    assert_string_equal(e->acled_event_type, "Battles");
    assert_int_equal(strlen(e->event_id), 16);
    vg_events_free(&ev);
}

static void test_civilians(void **st)
{
    (void)st;
    vg_events ev;
    extract("Gunmen killed 32 civilians in a raid on the village of Tondikiwindi in Niger's "
            "Tillaberi region on Saturday, the interior ministry said.",
            "2022-06-20", &ev);
    const vg_event *e = find(&ev, VG_EV_ATTACK_ON_CIVILIANS);
    assert_non_null(e);
    assert_null(find(&ev, VG_EV_ARMED_CLASH));
    assert_string_equal(e->country, "NE");
    assert_int_equal(e->fatalities.min, 32);
    assert_string_equal(e->date.value, "2022-06-18");
    assert_string_equal(e->acled_event_type, "Violence against civilians");
    vg_events_free(&ev);
}

static void test_remote_outranks_attack(void **st)
{
    (void)st;
    vg_events ev;
    extract("Five Malian soldiers were killed when their vehicle hit an improvised explosive "
            "device near Boni on Saturday, the army said.",
            "2021-11-08", &ev);
    const vg_event *e = find(&ev, VG_EV_REMOTE_VIOLENCE);
    assert_non_null(e);
    assert_string_equal(e->subtype, "ied");
    assert_int_equal(e->fatalities.min, 5);
    assert_null(find(&ev, VG_EV_ARMED_CLASH));
    vg_events_free(&ev);
}

static void test_french_ambush(void **st)
{
    (void)st;
    vg_events ev;
    extract("Une vingtaine de soldats maliens ont perdu la vie dimanche dans une embuscade "
            "tendue par des hommes armés près de Bourem, selon des sources locales.",
            "2023-10-03", &ev);
    const vg_event *e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_string_equal(e->subtype, "ambush");
    assert_string_equal(e->country, "ML");
    assert_int_equal(e->fatalities.min, 20);
    assert_string_equal(e->date.value, "2023-10-01");
    assert_string_equal(e->claimed_by, "local sources");
    vg_events_free(&ev);
}

static void test_coup_plot_and_arrests(void **st)
{
    (void)st;
    vg_events ev;
    extract("Burkina Faso's military government said on Wednesday it had foiled a coup plot and "
            "arrested four officers.\n\nThe junta came to power in a coup in September 2022.",
            "2023-09-28", &ev);
    const vg_event *c = find(&ev, VG_EV_COUP);
    const vg_event *a = find(&ev, VG_EV_ARREST);
    assert_non_null(c);
    assert_non_null(a);
    assert_int_equal(count(&ev, VG_EV_COUP), 1); /* the 2022 coup is background */
    assert_string_equal(c->subtype, "plot");
    assert_string_equal(a->subtype, "coup_related");
    assert_int_equal(a->arrests.min, 4);
    vg_events_free(&ev);
}

static void test_historical_flag(void **st)
{
    (void)st;
    vg_limits lim;
    vg_doc doc;
    vg_events ev;
    vg_limits_default(&lim);
    assert_int_equal(extract_lim("In January 2021, gunmen massacred more than 100 villagers in "
                                 "Tchoma Bangou, in western Niger.",
                                 "2024-05-01", &lim, &ev, &doc),
                     0);
    assert_true(ev.n >= 1);
    for (size_t i = 0; i < ev.n; i++)
        assert_true(ev.v[i].historical);
    vg_events_free(&ev);
    vg_doc_free(&doc);
}

static void test_no_event(void **st)
{
    (void)st;
    vg_events ev;
    extract("The president received the ambassador of Japan to discuss agricultural "
            "cooperation and school construction in Niamey.",
            "2024-05-01", &ev);
    assert_int_equal(ev.n, 0);
    vg_events_free(&ev);
    extract("The army would attack if the mutineers did not stand down, the minister warned.",
            "2024-05-01", &ev);
    assert_null(find(&ev, VG_EV_ARMED_CLASH));
    vg_events_free(&ev);
}

static void test_unresolved_date(void **st)
{
    (void)st;
    vg_events ev;
    extract("Jihadists stormed a gendarmerie post in the town of Bamba on Friday, killing about "
            "a dozen gendarmes, a local official said.",
            NULL, &ev);
    const vg_event *e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_string_equal(e->date.value, "");
    assert_int_equal(e->date.precision, VG_DP_UNKNOWN);
    assert_int_equal(e->fatalities.min, 12);
    vg_events_free(&ev);
}

static void test_dateline_publication(void **st)
{
    (void)st;
    vg_events ev;
    extract("Updated On: 03-Feb-2025 @ 09:15 am\n\nSeven police officers were killed in an "
            "ambush on Sunday near Tera, in Niger's Tillaberi region, the ministry said.",
            NULL, &ev);
    const vg_event *e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_string_equal(e->date.value, "2025-02-02");
    vg_events_free(&ev);
}

/* Without a publication date, a weekday stays unknown even when the text
 * gives a full date elsewhere (an embedded post dated "March 4, 2025"): a
 * date the text gives is not "now", it may be background years back.  A
 * wire dateline with its year is the publication date and anchors it. */
static void test_weekday_text_anchor(void **st)
{
    (void)st;
    vg_events ev;
    extract("Gunmen attacked an army post in Gao on Tuesday, killing four soldiers, the army "
            "said.\n\nA resident posted photos of the burnt post on March 4, 2025.",
            NULL, &ev);
    const vg_event *e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_int_equal(e->date.precision, VG_DP_UNKNOWN);
    vg_events_free(&ev);
    extract("GAO, March 5, 2025 (AFP) - Gunmen attacked an army post in Gao on Tuesday, killing "
            "four soldiers, the army said.",
            NULL, &ev);
    e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_string_equal(e->date.value, "2025-03-04");
    vg_events_free(&ev);
}

/* "mardi 9 avril" without a year: the weekday picks the year among the
 * text's year and its neighbours (9 April was a Tuesday in 2024). */
static void test_weekday_fixes_year(void **st)
{
    (void)st;
    vg_events ev;
    extract("Au Niger, mardi 9 avril, des hommes armés ont attaqué un poste militaire près de "
            "Tillabéri, tuant six soldats. Depuis 2024, ces attaques se multiplient.",
            NULL, &ev);
    const vg_event *e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_string_equal(e->date.value, "2024-04-09");
    vg_events_free(&ev);
    /* a weekday that matches none of those years leaves the date unknown */
    extract("Au Niger, lundi 9 avril, des hommes armés ont attaqué un poste militaire près de "
            "Tillabéri, tuant six soldats. Depuis 2024, ces attaques se multiplient.",
            NULL, &ev);
    e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    assert_int_equal(e->date.precision, VG_DP_UNKNOWN);
    vg_events_free(&ev);
}

/* A month-only dateline ("date 2023-06") dates current events that give
 * no date of their own to that month; nothing finer is guessed. */
static void test_month_dateline(void **st)
{
    (void)st;
    vg_events ev;
    extract(" date 2023-06 Des soldats ont arrêté le président dans sa résidence de Niamey, "
            "ont annoncé les putschistes à la télévision nationale.",
            NULL, &ev);
    assert_true(ev.n > 0);
    for (size_t i = 0; i < ev.n; i++) {
        assert_string_equal(ev.v[i].date.value, "2023-06");
        assert_int_equal(ev.v[i].date.precision, VG_DP_MONTH);
    }
    vg_events_free(&ev);
}

/* The arrests of a sentence of the given text (-1 when no arrest event or
 * no figure). */
static long arrests_of(const char *text)
{
    vg_events ev;
    extract(text, "2024-06-12", &ev);
    const vg_event *a = find(&ev, VG_EV_ARREST);
    long n = a && a->arrests.present ? a->arrests.min : -1;
    vg_events_free(&ev);
    return n;
}

/* People named as arrested are counted when no figure is given: a list
 * after the verb (pronoun, titles, names), two or more before a passive,
 * in English and French; a title with its name in apposition is one
 * person; a plural noun ends the list (lower bound). */
static void test_named_arrests(void **st)
{
    (void)st;
    assert_int_equal(arrests_of("Mutinous soldiers in Niamey detained him, the Prime Minister "
                                "and the Defence Minister on Tuesday, a security source said."),
                     3);
    assert_int_equal(arrests_of("Opposition leader Amadou Sow and journalist Fanta Keita were "
                                "arrested in Bamako on Monday, their lawyers said."),
                     2);
    assert_int_equal(arrests_of("Le journaliste Ali Sanou et l'opposant Issa Zongo ont été "
                                "interpellés lundi à Ouagadougou, selon leurs proches."),
                     2);
    assert_int_equal(arrests_of("Police in Dakar arrested the mayor, Ousmane Diallo, on Monday "
                                "after the protest, the prosecutor said."),
                     1);
    assert_int_equal(arrests_of("Soldiers detained the president and several ministers in "
                                "Conakry on Sunday, witnesses said."),
                     1);
    /* names that qualify others are not the people arrested */
    assert_int_equal(arrests_of("Police in Bamako arrested Amadou Sow's bodyguards on Monday "
                                "night, a police source said."),
                     -1);
    /* nobody named: no figure is made up */
    assert_int_equal(arrests_of("Soldiers detained senior army officers at the Kati camp near "
                                "Bamako on Sunday, several witnesses told reporters."),
                     -1);
}

/* A second figure brought in by "put the number at" counts what the
 * first one counts; the conservative one is kept. */
static void test_restated_figure(void **st)
{
    (void)st;
    assert_int_equal(arrests_of("Police said some 40 protesters were arrested in Niamey on "
                                "Monday, while a rights group put the number at 25."),
                     25);
}

/* The fatalities of the first event of type t, checked: its figure text. */
static void figure_text_is(const char *text, vg_event_type t, const char *want)
{
    vg_events ev;
    extract(text, "2024-05-14", &ev);
    const vg_event *e = find(&ev, t);
    assert_non_null(e);
    const vg_figure *f = e->fatalities.present ? &e->fatalities : &e->arrests;
    assert_true(f->present);
    assert_string_equal(f->text, want);
    vg_events_free(&ev);
}

/* A figure's text is the number and what it counts, not the two tokens
 * after it whatever they are (it used to end in "in", "dont", "were" or run
 * into the next sentence). */
static void test_figure_text(void **st)
{
    (void)st;
    figure_text_is("Gunmen killed five Malian soldiers in an attack near Boni on Monday, the "
                   "army said.",
                   VG_EV_ARMED_CLASH, "five Malian soldiers");
    figure_text_is("Gunmen raided the village of Tondikiwindi in Niger on Sunday. At least 12 "
                   "people were killed in the raid.",
                   VG_EV_ATTACK_ON_CIVILIANS, "At least 12 people were killed");
    figure_text_is("Des hommes armés ont tué au moins 20 civils, dont trois enfants, dimanche "
                   "près de Djibo.",
                   VG_EV_ATTACK_ON_CIVILIANS, "au moins 20 civils");
    figure_text_is("Jihadists killed 30 soldiers at an army post near Djibo on Sunday.\n\nThe "
                   "army said it had sent reinforcements.",
                   VG_EV_ARMED_CLASH, "30 soldiers");
}

/* Phrasings, as data: each row extracts TEXT (published PUB) and expects an
 * event of TYPE (or, with want 0, none), then checks the fields given.  Each
 * row was a sentence that failed before its fix. */
typedef struct phrasing {
    const char *text, *pub;
    vg_event_type type;
    int want;                                   /* 1: an event of type; 0: none */
    const char *country, *subtype, *loc, *date; /* NULL: not checked */
    long fatalities;                            /* -1: not checked */
} phrasing;

static const phrasing phrasings[] = {
    /* no attack word, but militants killing soldiers (or soldiers killing
     * militants) where the sentence names the place: a battle, as ACLED
     * codes attacks on the military (no event before) */
    {"Jihadists killed 30 soldiers near Djibo in northern Burkina Faso on Sunday.", "2024-05-14",
     VG_EV_ARMED_CLASH, 1, "BF", NULL, NULL, "2024-05-12", 30},
    {"Des soldats maliens ont tué 12 terroristes lundi près de Boni, au Mali.", "2024-05-14",
     VG_EV_ARMED_CLASH, 1, "ML", NULL, NULL, NULL, 12},
    /* "Mali's junta" is one actor name hiding the place "Mali": with no
     * other place its country is the event's; a place named elsewhere wins */
    {"Mali's junta dissolved all political parties on Thursday.", "2024-05-14", VG_EV_STRATEGIC, 1,
     "ML", NULL, NULL, NULL, -1},
    {"Mali's junta condemned an attack that killed 20 soldiers near Tillaberi on Sunday.",
     "2024-05-14", VG_EV_ARMED_CLASH, 1, "NE", NULL, NULL, NULL, -1},
    /* the gazetteer alias "région de Ségou" starts with a lower-case word */
    {"Des hommes armés ont tué cinq civils dimanche dans la région de Ségou, selon des sources "
     "locales.",
     "2024-05-16", VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, "Segou", NULL, -1},
    /* words that fold into a trigger: "marché" (a market) is no march, "à
     * coups de gaz" no coup; an angry crowd that burns and loots riots */
    {"Une frappe de drone a tué une dizaine de civils mercredi dans un marché près de "
     "Tombouctou, selon des habitants.",
     "2024-05-16", VG_EV_REMOTE_VIOLENCE, 1, NULL, NULL, NULL, NULL, -1},
    {"Une frappe de drone a tué une dizaine de civils mercredi dans un marché près de "
     "Tombouctou, selon des habitants.",
     "2024-05-16", VG_EV_PROTEST, 0, NULL, NULL, NULL, NULL, -1},
    {"La police a dispersé à coups de gaz lacrymogène une manifestation d'étudiants jeudi à "
     "Ouagadougou.",
     "2024-05-16", VG_EV_PROTEST, 1, NULL, NULL, NULL, NULL, -1},
    {"La police a dispersé à coups de gaz lacrymogène une manifestation d'étudiants jeudi à "
     "Ouagadougou.",
     "2024-05-16", VG_EV_COUP, 0, NULL, NULL, NULL, NULL, -1},
    {"Angry residents set fire to the town hall and looted shops in Dori in Burkina Faso on "
     "Saturday after the killing of a trader, police said.",
     "2024-05-16", VG_EV_RIOT, 1, NULL, NULL, NULL, NULL, -1},
    /* strategic and coup phrasings beyond one inflection; a media ban even
     * when "le gouvernement de transition" decides it (the trigger's own
     * kind outranks the transition cue) */
    {"Niger has withdrawn from the G5 Sahel joint force, the government said in a statement on "
     "Saturday.",
     "2024-05-16", VG_EV_STRATEGIC, 1, "NE", "alliance_withdrawal", NULL, NULL, -1},
    {"Un groupe d'officiers a tenté de renverser le président dans la nuit de mardi à mercredi "
     "à Ouagadougou, selon le gouvernement.",
     "2024-05-16", VG_EV_COUP, 1, NULL, "attempt", NULL, NULL, -1},
    {"Le gouvernement de transition du Burkina Faso a décidé de suspendre la diffusion de "
     "France 24 sur l'ensemble du territoire.",
     "2024-05-16", VG_EV_STRATEGIC, 1, NULL, "media_ban", NULL, NULL, -1},
    /* police tear gas does not make a protest a riot (ACLED: a protest with
     * intervention) */
    {"Police fired tear gas to disperse hundreds of opposition supporters who gathered in "
     "Conakry on Thursday to protest against the transition.",
     "2024-05-16", VG_EV_PROTEST, 1, NULL, NULL, NULL, NULL, -1},
    {"Police fired tear gas to disperse hundreds of opposition supporters who gathered in "
     "Conakry on Thursday to protest against the transition.",
     "2024-05-16", VG_EV_RIOT, 0, NULL, NULL, NULL, NULL, -1},
    /* "demonstrated" is a protest; "massacrés" counts the dead */
    {"Hundreds of women demonstrated in Djibo in Burkina Faso on Monday to demand an end to the "
     "blockade of the town.",
     "2024-05-16", VG_EV_PROTEST, 1, NULL, NULL, NULL, NULL, -1},
    {"Au moins 50 civils ont été massacrés par des hommes armés dans le village de Solenzo, dans "
     "l'ouest du Burkina Faso.",
     "2024-05-16", VG_EV_ATTACK_ON_CIVILIANS, 1, NULL, NULL, NULL, NULL, 50},
    /* a village the gazetteer lacks that shares its name with a town of a
     * country the article never names (Sanaba, Côte d'Ivoire) stays in the
     * country named; four-token locative phrases ("dans l'ouest du") count */
    {"Au moins trente civils ont été tués mardi lors d'une attaque contre le village de Sanaba, "
     "dans l'ouest du Burkina Faso, selon des sources sécuritaires.",
     "2025-03-09", VG_EV_ATTACK_ON_CIVILIANS, 1, "BF", NULL, NULL, NULL, 30},
    /* the country of the army named by demonym when no place is known */
    {"Suspected jihadists ambushed a convoy of Burkinabe troops near the village of Kougri on "
     "Sunday, killing nine soldiers.",
     "2025-03-11", VG_EV_ARMED_CLASH, 1, "BF", NULL, NULL, NULL, 9},
    /* "protesting" is a protest */
    {"Police fired tear gas to disperse hundreds of students protesting in Bamako on Friday "
     "against the cost of living.",
     "2025-03-16", VG_EV_PROTEST, 1, "ML", NULL, "Bamako", NULL, -1},
    /* ending a defence cooperation; the foreign party ("with France") is
     * not where it happens */
    {"Chad's transitional government announced on Tuesday that it was ending its defence "
     "cooperation agreement with France.",
     "2025-03-13", VG_EV_STRATEGIC, 1, "TD", "agreements_terminated", NULL, NULL, -1},
    {"Niger's junta said on Thursday it had revoked the defence agreements with France. Officials "
     "in Niamey confirmed it.",
     "2025-03-16", VG_EV_STRATEGIC, 1, "NE", "agreements_terminated", NULL, NULL, -1},
    /* the date of a dateline is when the report was filed, with a dash or
     * an agency that is not all capitals ("(Reuters)") */
    {"NIAMEY, April 14 - Armed men killed 18 villagers in the Tillaberi region on Saturday "
     "evening, officials said on Monday.",
     "2025-04-14", VG_EV_ATTACK_ON_CIVILIANS, 1, "NE", NULL, NULL, "2025-04-12", 18},
    {"NIAMEY, April 14 (Reuters) - Armed men killed 18 villagers in the Tillaberi region on "
     "Saturday, officials said on Monday.",
     "2025-04-14", VG_EV_ATTACK_ON_CIVILIANS, 1, "NE", NULL, NULL, "2025-04-12", 18},
    /* "un arrêté du ministère" is a decree, not an arrest */
    {"Les autorités nigériennes ont suspendu jeudi les activités d'une ONG sur l'ensemble du "
     "territoire, selon un arrêté du ministère de l'Intérieur.",
     "2025-04-19", VG_EV_ARREST, 0, NULL, NULL, NULL, NULL, -1},
    {"Un opposant a été arrêté jeudi à Niamey par la police, selon son avocat.", "2025-04-19",
     VG_EV_ARREST, 1, "NE", NULL, "Niamey", NULL, -1},
    /* one victim, written with an article: "a trader", "un commerçant", "Un
     * soldat a été tué" (no event, or no figure, before; "à cinq" - folded
     * "a" - stays five) */
    {"Gunmen killed a trader in Gao on Friday, local sources said.", "2024-03-12",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, "Gao", "2024-03-08", 1},
    {"Le 8 mars 2024, des hommes armés ont tué un commerçant à Gao.", "2024-03-12",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, "Gao", "2024-03-08", 1},
    {"Un soldat a été tué vendredi dans une attaque à Djibo.", "2024-03-12", VG_EV_ARMED_CLASH, 1,
     "BF", NULL, "Djibo", NULL, 1},
    {"Des frappes de drones ont coûté la vie à cinq civils lundi près de Tombouctou.", "2024-10-22",
     VG_EV_REMOTE_VIOLENCE, 1, "ML", NULL, NULL, NULL, 5},
    /* soldiers killing civilians, with no attack word, attack civilians;
     * but shots at protesters stay a protest (ACLED: excessive force) */
    {"On 9 March 2024, FAMa and Wagner forces killed 15 civilians in Moura.", "2024-03-12",
     VG_EV_ATTACK_ON_CIVILIANS, 1, "ML", NULL, "Moura", "2024-03-09", 15},
    {"Security forces fired live rounds at protesters in Conakry, Guinea, on Thursday, killing "
     "two people.",
     "2025-05-10", VG_EV_ATTACK_ON_CIVILIANS, 0, NULL, NULL, NULL, NULL, -1},
    /* "rioted" riots; people who "fled" are displaced, a president who
     * "had fled the country" is not */
    {"On 9 March 2024, traders rioted in Kaya, Burkina Faso, burning tires and throwing stones.",
     "2024-03-12", VG_EV_RIOT, 1, "BF", NULL, "Kaya", NULL, -1},
    {"On 9 March 2024, around 3,000 people fled Djibo in Burkina Faso after repeated attacks.",
     "2024-03-12", VG_EV_DISPLACEMENT, 1, "BF", NULL, "Djibo", NULL, -1},
    {"In Burkina Faso, the 800-strong guard later mutinied against the cabinet formed after the "
     "old president had fled abroad.",
     "2024-03-12", VG_EV_DISPLACEMENT, 0, NULL, NULL, NULL, NULL, -1},
    {"Le journaliste Paul Sawadogo a été enlevé lundi à Ouagadougou par des individus se "
     "présentant comme des policiers, a dénoncé mardi son employeur.",
     "2024-06-15", VG_EV_STRATEGIC, 0, NULL, NULL, NULL, NULL, -1},
    {"Le journaliste Paul Sawadogo a été enlevé lundi à Ouagadougou par des individus se "
     "présentant comme des policiers, a dénoncé mardi son employeur.",
     "2024-06-15", VG_EV_ARREST, 0, NULL, NULL, NULL, NULL, -1},
    /* a riot takes the toll of the sentence after it, and a protester
     * counts in it (the riot used to have no figure) */
    {"Angry residents set fire to the prefecture in Tahoua, Niger, on Sunday and looted shops. "
     "Three people were killed in the unrest.",
     "2025-06-02", VG_EV_RIOT, 1, "NE", NULL, "Tahoua", "2025-06-01", 3},
    {"Demonstrators burned tyres and stoned police cars in Kayes, Mali, on Friday, and one "
     "protester was shot dead.",
     "2025-06-02", VG_EV_RIOT, 1, "ML", NULL, "Kayes", NULL, 1},
    {"Des jeunes ont pillé des boutiques et incendié la préfecture à Tahoua, au Niger, "
     "dimanche ; un manifestant a été tué.",
     "2025-06-02", VG_EV_RIOT, 1, "NE", NULL, "Tahoua", NULL, 1},
    /* "en poste depuis le 2 avril 2021" says since when, not when */
    {"Mardi 26 juillet, des putschistes ont renversé à Niamey le chef de l'État nigérien, en "
     "poste depuis le 2 avril 2021.",
     "2023-08-01", VG_EV_COUP, 1, "NE", "seizure", NULL, "2023-07-26", -1},
};

static void test_phrasings(void **st)
{
    (void)st;
    for (size_t i = 0; i < sizeof(phrasings) / sizeof(phrasings[0]); i++) {
        const phrasing *p = &phrasings[i];
        vg_events ev;
        extract(p->text, p->pub, &ev);
        const vg_event *e = find(&ev, p->type);
        if (!p->want) {
            if (e)
                fail_msg("row %zu: unexpected %s", i, vg_event_type_name(p->type));
            vg_events_free(&ev);
            continue;
        }
        if (!e)
            fail_msg("row %zu: no %s", i, vg_event_type_name(p->type));
        if (p->country)
            assert_string_equal(e->country, p->country);
        if (p->subtype)
            assert_string_equal(e->subtype, p->subtype);
        if (p->loc)
            assert_string_equal(e->location.name, p->loc);
        if (p->date)
            assert_string_equal(e->date.value, p->date);
        if (p->fatalities >= 0) {
            assert_true(e->fatalities.present);
            assert_int_equal(e->fatalities.min, p->fatalities);
        }
        vg_events_free(&ev);
    }
}

/* A news agency in the sentence is its source, not a party: it is the
 * claim, never an actor (it used to be listed, sometimes as perpetrator). */
static void test_agency_not_actor(void **st)
{
    (void)st;
    static const char *const texts[] = {
        "Gunmen killed 12 civilians near Djibo in Burkina Faso on Sunday, AFP reported.",
        "Gunmen killed 12 civilians near Djibo in Burkina Faso on Sunday, a local official "
        "told Reuters.",
    };
    static const char *const agency[] = {"AFP", "Reuters"};
    for (size_t k = 0; k < 2; k++) {
        vg_events ev;
        extract(texts[k], "2024-05-14", &ev);
        const vg_event *e = find(&ev, VG_EV_ATTACK_ON_CIVILIANS);
        assert_non_null(e);
        assert_true(e->n_actors > 0);
        for (size_t i = 0; i < e->n_actors; i++)
            assert_string_not_equal(e->actors[i].name, agency[k]);
        assert_int_equal(e->actors[0].role, VG_ROLE_PERPETRATOR);
        assert_string_equal(e->claimed_by, agency[k]);
        vg_events_free(&ev);
    }
}

/* Attacks on civilians and planted bombs always have a perpetrator: with
 * none named it is the unidentified armed group, and the victims are never
 * listed as perpetrators (they used to be, as the sentence's first actor). */
static void test_unidentified_perpetrator(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        vg_event_type type;
        int victims; /* civilians listed after the perpetrator */
    } rows[] = {
        {"Au moins trente civils ont été tués mardi lors d'une attaque contre le village de "
         "Sanaba, au Burkina Faso.",
         VG_EV_ATTACK_ON_CIVILIANS, 1},
        {"An improvised explosive device struck a minibus near Boni in central Mali on Thursday, "
         "killing six passengers.",
         VG_EV_REMOTE_VIOLENCE, 0},
        {"Twelve villagers were killed near Djibo in Burkina Faso on Sunday; the gunmen fled on "
         "motorbikes.",
         VG_EV_ATTACK_ON_CIVILIANS, -1},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_events ev;
        extract(rows[i].text, "2025-03-10", &ev);
        const vg_event *e = find(&ev, rows[i].type);
        if (!e)
            fail_msg("row %zu: no %s", i, vg_event_type_name(rows[i].type));
        assert_true(e->n_actors >= 1);
        assert_int_equal(e->actors[0].role, VG_ROLE_PERPETRATOR);
        assert_int_equal(e->actors[0].kind, VG_AK_ARMED_GROUP);
        assert_string_equal(e->actors[0].name, "Unidentified armed group");
        for (size_t k = 1; k < e->n_actors; k++)
            if (e->actors[k].kind == VG_AK_CIVILIANS)
                assert_int_equal(e->actors[k].role, VG_ROLE_VICTIM);
        if (rows[i].victims >= 0)
            assert_int_equal(e->n_actors, 1 + (size_t)rows[i].victims);
        vg_events_free(&ev);
    }
}

/* A protest is the crowd's doing: with no civilian or political actor
 * named, "Protesters (Country)" leads and the forces present are targets;
 * an organisation that reports violence is not listed at all (it used to
 * be, and sometimes led). */
static void test_crowd_and_reporter(void **st)
{
    (void)st;
    vg_events ev;
    extract("Thousands of people marched through the streets of Niamey on Sunday to demand the "
            "departure of foreign troops from Niger.",
            "2025-03-05", &ev);
    const vg_event *e = find(&ev, VG_EV_PROTEST);
    assert_non_null(e);
    assert_string_equal(e->actors[0].name, "Protesters (Niger)");
    assert_int_equal(e->actors[0].role, VG_ROLE_PERPETRATOR);
    for (size_t k = 1; k < e->n_actors; k++)
        assert_int_equal(e->actors[k].role, VG_ROLE_TARGET);
    vg_events_free(&ev);
    extract("Clashes between rival communities killed 14 people near Abeche in eastern Chad on "
            "Sunday, the United Nations said.",
            "2025-04-23", &ev);
    e = find(&ev, VG_EV_ARMED_CLASH);
    assert_non_null(e);
    for (size_t k = 0; k < e->n_actors; k++) /* it reports the clash: no party to it */
        assert_string_not_equal(e->actors[k].name, "United Nations");
    vg_events_free(&ev);
}

/* Who did it, as a table: the perpetrator (the first actor) and a name that
 * must not be listed at all (NULL: none). */
static void test_perpetrators(void **st)
{
    (void)st;
    static const struct {
        const char *text, *pub;
        vg_event_type type;
        const char *perp, *absent;
    } rows[] = {
        /* "par des jihadistes": "by" with an article between */
        {"Une vingtaine de soldats burkinabè ont été tués samedi dans une embuscade tendue par "
         "des jihadistes près de Djibo, au Burkina Faso.",
         "2025-05-05", VG_EV_ARMED_CLASH, "Islamist militants", NULL},
        /* soldiers killed by a bomb are its victims; nobody named the bombers */
        {"Huit militaires béninois ont été tués jeudi dans l'explosion d'un engin explosif "
         "improvisé dans le nord du Bénin, a annoncé l'armée.",
         "2025-05-10", VG_EV_REMOTE_VIOLENCE, "Unidentified armed group", NULL},
        /* "the al Qaeda-linked JNIM" names one group */
        {"Fighters from the al Qaeda-linked JNIM overran a military camp in Boulkessi in central "
         "Mali on Sunday, killing at least 30 soldiers.",
         "2025-05-09", VG_EV_ARMED_CLASH, "JNIM", "al-Qaeda"},
        /* but "attacks linked to JNIM" name the attacker (the affiliation
         * rule used to drop it and make the army the perpetrator) */
        {"Attacks linked to JNIM killed 20 soldiers near Djibo in Burkina Faso on Sunday.",
         "2025-05-12", VG_EV_ARMED_CLASH, "JNIM", NULL},
        /* the crowd leads its protest even after the police that met it */
        {"Security forces in Conakry, Guinea, fired tear gas at protesters demanding a return to "
         "civilian rule on Thursday.",
         "2025-05-08", VG_EV_PROTEST, "Protesters (Guinea)", NULL},
        /* a protester killed in clashes with the police: a riot */
        {"Un manifestant a été tué mardi à Kaédi, en Mauritanie, lors de heurts avec la police.",
         "2025-05-12", VG_EV_RIOT, "Protesters (Mauritania)", NULL},
        /* a drone strike nobody is named for is the army's, never the
         * civilians' it killed */
        {"A drone strike on a market in Bidi in Burkina Faso killed at least 28 civilians on "
         "Sunday, witnesses said.",
         "2024-03-12", VG_EV_REMOTE_VIOLENCE, "Burkinabe Armed Forces", NULL},
        /* a battle nobody is named for: soldiers killed in a passive ("were
         * killed", one cue) are not its perpetrators */
        {"Nigerien soldiers were killed on Tuesday in an ambush near Banibangou.", "2024-03-12",
         VG_EV_ARMED_CLASH, "Unidentified armed group", NULL},
        /* soldiers the bomber killed are its object; a named group beats
         * the generic bomber */
        {"A suicide bomber blew up a car at a military camp in Gao, Mali, on Friday, killing 3 "
         "soldiers, in an attack later claimed by JNIM.",
         "2024-03-12", VG_EV_REMOTE_VIOLENCE, "JNIM", NULL},
        /* "JNIM militants" and "soldats nigériens" are one actor each (the
         * army's one name: the generic label used to add a second) */
        {"On 4 February 2024, JNIM militants attacked a VDP post in Tanwalbougou in Burkina Faso.",
         "2024-03-12", VG_EV_ARMED_CLASH, "JNIM", "Islamist militants"},
        {"Dix-sept soldats nigériens ont été tués mardi dans une embuscade près de Banibangou.",
         "2024-03-12", VG_EV_ARMED_CLASH, "Unidentified armed group", "Military Forces of Niger"},
        /* a protest backing a junta is the protesters'; the alias CNSP
         * names Niger's junta in a Nigerien article, not Mali's */
        {"Around 200 people protested in Niamey, Niger, on Thursday in support of the CNSP.",
         "2024-03-12", VG_EV_PROTEST, "Protesters (Niger)",
         "National Committee for the Salvation of the People (CNSP)"},
        /* arrests are the state's: the police lead, the "terrorists" the
         * suspects were linked to do not; a police source is no party */
        {"Le 10 mars 2024, la gendarmerie a interpellé cinq personnes soupçonnées de complicité "
         "avec les terroristes à Fada N'Gourma.",
         "2024-03-12", VG_EV_ARREST, "Police Forces of Burkina Faso", NULL},
        {"Gunmen killed 20 villagers near Djibo in Burkina Faso on Sunday, a police source said.",
         "2024-03-12", VG_EV_ATTACK_ON_CIVILIANS, "Unidentified armed group",
         "Police Forces of Burkina Faso"},
        /* men posing as police who seize a journalist abduct him (the
         * soldiers-hold-an-official rule is not the police's); "a dénoncé"
         * (condemned) is no strategic move */
        {"Le journaliste Paul Sawadogo a été enlevé lundi à Ouagadougou par des individus se "
         "présentant comme des policiers, a dénoncé mardi son employeur.",
         "2024-06-15", VG_EV_ABDUCTION, "Police Forces of Burkina Faso", NULL},
        /* an attack nobody claimed stays unidentified when a group is only
         * said to be active in the area */
        {"Au moins 40 civils ont été tués lundi lors d'une attaque d'hommes armés contre un "
         "village près de Bandiagara, au Mali. L'attaque n'a pas été revendiquée, mais la zone "
         "est en proie aux violences du Jnim.",
         "2024-06-15", VG_EV_ATTACK_ON_CIVILIANS, "Unidentified armed group", NULL},
        /* putschists depose the president, not the other way round */
        {"Selon la radio nationale, des putschistes nigériens ont chassé mercredi dernier le "
         "président Mohamed Bazoum.",
         "2023-08-01", VG_EV_COUP, "Nigerien Armed Forces", NULL},
        /* who speaks of an event is no party to it: bodies that condemn,
         * report or announce (before or after the verb, French inversion
         * included) are not listed; a speaker telling its own act is */
        {"ECOWAS condemned the coup in Niamey on Wednesday, in which soldiers seized President "
         "Mohamed Bazoum.",
         "2023-07-28", VG_EV_COUP, "Nigerien Armed Forces", "ECOWAS"},
        {"France and the African Union condemned the coup in Niger on Thursday, after soldiers "
         "detained President Mohamed Bazoum.",
         "2023-07-28", VG_EV_COUP, "Nigerien Armed Forces", "France"},
        {"Des jihadistes ont tué huit civils lundi près de Djibo, au Burkina Faso, a indiqué "
         "l'armée burkinabè.",
         "2024-06-20", VG_EV_ATTACK_ON_CIVILIANS, "Islamist militants", "Burkinabe Armed Forces"},
        {"Gunmen have killed 12 villagers near Kaya, Burkina Faso, the UN refugee agency said on "
         "Sunday.",
         "2024-06-20", VG_EV_ATTACK_ON_CIVILIANS, "Unidentified armed group", "UNHCR"},
        {"The army said it killed 30 militants in an operation near Djibo, Burkina Faso, on "
         "Sunday.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Burkinabe Armed Forces", NULL},
        /* a spokesman announcing arrests made none; the arrested soldiers
         * are the arrest's object; the police of the country make it */
        {"Government spokesman Abdoulaye Maiga said on Monday that ten soldiers had been arrested "
         "in Bamako, Mali.",
         "2024-06-20", VG_EV_ARREST, "Police Forces of Mali", "Abdoulaye Maiga"},
        /* a demonym on the strike names the state that flew it */
        {"A French air strike killed four militants near Menaka, Mali, on Sunday.", "2024-06-20",
         VG_EV_REMOTE_VIOLENCE, "French Armed Forces", "Malian Armed Forces"},
        {"Une frappe aérienne française a tué quatre jihadistes près de Ménaka, au Mali, dimanche.",
         "2024-06-20", VG_EV_REMOTE_VIOLENCE, "French Armed Forces", "Malian Armed Forces"},
        /* the subject of an intransitive or passive harm suffered it:
         * "soldiers died", "fell into an ambush", "est tombée dans une
         * embuscade de combattants de l'EIGS" (the ambush's agent) */
        {"Twelve soldiers died on Friday when suspected jihadists attacked an army post near "
         "Kaya, Burkina Faso.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Islamist militants", NULL},
        {"A Nigerien army patrol fell into an ambush near Tillia on Tuesday; twelve soldiers were "
         "killed.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Unidentified armed group", NULL},
        {"Une patrouille de l'armée nigérienne est tombée mardi dans une embuscade de combattants "
         "de l'EIGS près de Tillia, au Niger.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Islamic State Sahel", NULL},
        /* "a annoncé lundi avoir": the army tells its own strike; the
         * "quarantaine de terroristes" it neutralised are its targets */
        {"L'armée a annoncé lundi avoir neutralisé une quarantaine de terroristes lors de "
         "frappes aériennes près de Djibo, au Burkina Faso.",
         "2024-06-20", VG_EV_REMOTE_VIOLENCE, "Burkinabe Armed Forces", NULL},
        /* one actor per phrase: "RSF" in Sudan is the Rapid Support Forces
         * only, not also Reporters Without Borders */
        {"Clashes between the RSF and the SAF in Nyala, Sudan, killed 14 people on Monday.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Rapid Support Forces", "Reporters Without Borders"},
        /* a country that makes a strategic move is its government; the body
         * it leaves or bans is its object */
        {"Mali pulled out of the G5 Sahel force on Sunday.", "2024-06-20", VG_EV_STRATEGIC,
         "Government of Mali", NULL},
        {"Le Burkina Faso a suspendu la diffusion de RFI samedi.", "2024-06-20", VG_EV_STRATEGIC,
         "Government of Burkina Faso", NULL},
        /* the group that claims the act did it; a later mention's subject
         * leads over a title's object ("assaut contre un camp de
         * l'armée") */
        {"JNIM claimed responsibility for an attack on Tuesday that killed 15 soldiers near "
         "Boulsa, Burkina Faso.",
         "2024-06-20", VG_EV_ARMED_CLASH, "JNIM", NULL},
        {"Mali : 20 morts lors d'un assaut contre un camp de l'armée à Gao\n\nLundi, des "
         "terroristes ont pris d'assaut une base des forces armées à Bamba, près de Gao, au Mali, "
         "tuant 20 soldats.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Islamist militants", NULL},
        /* "said to be backed by" names no agent of the fighting */
        {"Army troops, said to be backed by Wagner mercenaries, fought rebels near Kidal, Mali, "
         "on Monday.",
         "2024-06-20", VG_EV_ARMED_CLASH, "Malian Armed Forces", NULL},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_events ev;
        extract(rows[i].text, rows[i].pub, &ev);
        const vg_event *e = find(&ev, rows[i].type);
        if (!e)
            fail_msg("row %zu: no %s", i, vg_event_type_name(rows[i].type));
        assert_true(e->n_actors >= 1);
        assert_string_equal(e->actors[0].name, rows[i].perp);
        assert_int_equal(e->actors[0].role, VG_ROLE_PERPETRATOR);
        for (size_t k = 1; k < e->n_actors; k++)
            assert_int_not_equal(e->actors[k].role, VG_ROLE_PERPETRATOR);
        for (size_t k = 0; rows[i].absent && k < e->n_actors; k++)
            assert_string_not_equal(e->actors[k].name, rows[i].absent);
        vg_events_free(&ev);
    }
}

/* Regressions of merging and typing: a dispute between sources stays when
 * a third mention agrees with one side (merge_into assigned the flag, so
 * the last mention decided); a toll with no attack word anchors its event
 * at the toll, not at an arrest count before it (the event took the
 * arrest's place). */
static void test_merge_dispute_and_toll_anchor(void **st)
{
    (void)st;
    vg_events ev;
    extract("Gunmen killed 12 villagers in Djibo, Burkina Faso, on Monday, local sources said. "
            "The army said 8 people were killed in the attack in Djibo. Local sources said 14 "
            "villagers were killed in the Djibo attack.",
            "2024-06-20", &ev);
    assert_int_equal(count(&ev, VG_EV_ATTACK_ON_CIVILIANS), 1);
    const vg_event *e = find(&ev, VG_EV_ATTACK_ON_CIVILIANS);
    assert_true(e->disputed);
    vg_events_free(&ev);
    extract("Two suspects were arrested in Dori on Sunday, two days after gunmen killed nine "
            "villagers in Kaya, Burkina Faso.",
            "2024-06-20", &ev);
    e = find(&ev, VG_EV_ATTACK_ON_CIVILIANS);
    assert_non_null(e);
    assert_string_equal(e->location.name, "Kaya");
    assert_int_equal(e->fatalities.min, 9);
    vg_events_free(&ev);
}

/* One event per act: a sentence that tells one act with two trigger words
 * gives the event ACLED codes, not a second type (a false event on the
 * coders' one-event records); two acts side by side stay two. */
static void test_one_event_per_act(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        vg_event_type want[3]; /* the current events' types, in output order */
    } rows[] = {
        /* an abduction during an attack that killed: the attack */
        {"On Sunday, gunmen abducted 20 women during an attack on Dori, Burkina Faso, that "
         "killed five villagers.",
         {VG_EV_ATTACK_ON_CIVILIANS}},
        /* an attack that only sets the scene of an abduction: the abduction */
        {"Gunmen attacked the village of Tamou, Niger, on Sunday and abducted 20 women.",
         {VG_EV_ABDUCTION}},
        /* two acts side by side stay two */
        {"Suspected jihadists killed eight villagers and abducted five women in Tamou, Niger, on "
         "Sunday.",
         {VG_EV_ABDUCTION, VG_EV_ATTACK_ON_CIVILIANS}},
        /* soldiers who take power and detain the president: the coup */
        {"Soldiers seized power in Niger on Wednesday and detained President Mohamed Bazoum.",
         {VG_EV_COUP}},
        {"Des militaires ont pris le pouvoir mercredi au Niger et arrêté le président Mohamed "
         "Bazoum.",
         {VG_EV_COUP}},
        /* a foiled plot and its arrests are two events */
        {"The junta said on Tuesday that security forces had foiled a coup plot and arrested "
         "several officers in Bamako, Mali.",
         {VG_EV_COUP, VG_EV_ARREST}},
        /* the cause named is no event of its own */
        {"Riots broke out in Kaedi, Mauritania, on Monday after the arrest of a local imam.",
         {VG_EV_RIOT}},
        {"Some 3,000 villagers fled their homes in Kaya, Burkina Faso, on Monday after repeated "
         "attacks by armed groups.",
         {VG_EV_DISPLACEMENT}},
        /* the arrested protesters make no protest */
        {"Police arrested 23 protesters in Conakry, Guinea, on Thursday.", {VG_EV_ARREST}},
        {"La police a interpellé 23 manifestants jeudi à Conakry, en Guinée.", {VG_EV_ARREST}},
        /* fighting off the mutineers is the failed coup */
        {"A coup attempt failed in Bamako, Mali, on Sunday when the presidential guard fought off "
         "mutinous soldiers.",
         {VG_EV_COUP}},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_events ev;
        extract(rows[i].text, "2024-06-20", &ev);
        size_t n = 0;
        while (n < 3 && rows[i].want[n])
            n++;
        if (ev.n != n)
            fail_msg("row %zu: %zu events, want %zu (first %s)", i, ev.n, n,
                     ev.n ? vg_event_type_name(ev.v[0].type) : "none");
        for (size_t k = 0; k < n; k++)
            if (!find(&ev, rows[i].want[k]))
                fail_msg("row %zu: no %s", i, vg_event_type_name(rows[i].want[k]));
        vg_events_free(&ev);
    }
    /* a raid that killed and abducted: the toll is the attack's alone */
    vg_events ev0;
    extract("Bandits raided Kurmi village in Zamfara State, Nigeria, on Sunday, killing 20 "
            "residents and abducting dozens.",
            "2024-06-20", &ev0);
    const vg_event *att = find(&ev0, VG_EV_ATTACK_ON_CIVILIANS), *abd = find(&ev0, VG_EV_ABDUCTION);
    assert_non_null(att);
    assert_int_equal(att->fatalities.min, 20);
    assert_true(!abd || !abd->fatalities.present);
    vg_events_free(&ev0);
    /* the captured are not counted as dead ("abducted four herders and
     * killed two others": two dead) */
    vg_events ev;
    extract("Gunmen abducted four herders and killed two others in Tamou, Niger, on Sunday.",
            "2024-06-20", &ev);
    assert_true(ev.n >= 1);
    for (size_t k = 0; k < ev.n; k++)
        if (ev.v[k].fatalities.present)
            assert_int_equal(ev.v[k].fatalities.min, 2);
    vg_events_free(&ev);
}

/* An act the sentence names as background is historical whatever the
 * sentence's own date: a past year or date on the trigger ("the 2012
 * coup", "le coup d'État de 2020", "a 2017 ambush"), "since"/"depuis" or
 * "two years after" before it; the current acts beside it stay current. */
static void test_background_trigger(void **st)
{
    (void)st;
    static const struct {
        const char *text, *pub;
        vg_event_type gone; /* no current event of this type (0: see kept) */
        vg_event_type kept; /* a current one of this type (0: none asked; one only
                             * when gone is 0) */
    } rows[] = {
        {"Veterans of the 2012 coup shot into the air at a demonstration in Kati, Mali, on "
         "Monday.",
         "2013-10-02", VG_EV_COUP, 0},
        {"Veterans of the 2012 coup shot into the air at a demonstration in Kati, Mali, on "
         "Monday.",
         NULL, VG_EV_COUP, 0},
        {"Le Mali est dirigé par une junte depuis le coup d'État de 2020. Lundi, des hommes armés "
         "ont tué trois villageois près de Mopti, au Mali.",
         "2024-06-20", VG_EV_COUP, VG_EV_ATTACK_ON_CIVILIANS},
        {"Five Nigerien soldiers died in a 2017 ambush near Tongo Tongo, Niger. On Thursday "
         "gunmen killed 10 villagers near Tillaberi, Niger.",
         "2024-06-20", VG_EV_ARMED_CLASH, VG_EV_ATTACK_ON_CIVILIANS},
        {"The attack came two years after a similar assault on the same base killed 40 soldiers "
         "in Boulkessi, Mali.",
         "2024-06-20", VG_EV_ARMED_CLASH, 0},
        {"Gunmen killed 5 civilians in Kaya, Burkina Faso, on Monday. Last month, 30 people were "
         "killed in a similar attack in the same area.",
         "2024-06-20", 0, VG_EV_ATTACK_ON_CIVILIANS},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        vg_events ev;
        extract(rows[i].text, rows[i].pub, &ev); /* keeps current events only */
        if (rows[i].gone && find(&ev, rows[i].gone))
            fail_msg("row %zu: a current %s", i, vg_event_type_name(rows[i].gone));
        if (!rows[i].gone && count(&ev, rows[i].kept) != 1)
            fail_msg("row %zu: %zu current %s, want 1 (a similar one is background)", i,
                     count(&ev, rows[i].kept), vg_event_type_name(rows[i].kept));
        if (rows[i].kept && !find(&ev, rows[i].kept))
            fail_msg("row %zu: no current %s", i, vg_event_type_name(rows[i].kept));
        vg_events_free(&ev);
    }
}

static void test_deterministic_ids(void **st)
{
    (void)st;
    const char *t = "Gunmen kidnapped a priest in Djibo on Monday, residents said.\n\n"
                    "The priest had been working in the parish for ten years, according to the "
                    "diocese, which called for his immediate release.";
    vg_events a, b;
    extract(t, "2024-01-10", &a);
    extract(t, "2024-01-10", &b);
    assert_int_equal(a.n, b.n);
    assert_true(a.n >= 1);
    for (size_t i = 0; i < a.n; i++)
        assert_string_equal(a.v[i].event_id, b.v[i].event_id);
    vg_events_free(&a);
    vg_events_free(&b);
}

static void test_limits(void **st)
{
    (void)st;
    vg_limits lim;
    vg_doc doc;
    vg_events ev;
    vg_limits_default(&lim);
    const char *t = "Gunmen kidnapped ten people in Djibo on Monday. Separately, a drone strike "
                    "killed 12 people in Kidal on Sunday. Protesters marched in Niamey on Friday.";
    lim.max_events = 1;
    assert_int_equal(extract_lim(t, "2024-01-10", &lim, &ev, &doc), 0);
    assert_int_equal(ev.n, 1);
    assert_true(ev.truncated >= 1);
    vg_events_free(&ev);
    vg_doc_free(&doc);
    vg_limits_default(&lim);
    lim.max_tokens = 5;
    assert_int_equal(extract_lim(t, "2024-01-10", &lim, &ev, &doc), 0);
    assert_int_equal(ev.token_cap_hit, 1);
    vg_events_free(&ev);
    vg_doc_free(&doc);
}

static void test_bad_args(void **st)
{
    (void)st;
    vg_limits lim;
    vg_events ev;
    vg_doc doc = {0};
    vg_limits_default(&lim);
    assert_int_equal(vg_extract(NULL, &lim, NULL, &doc, &ev), VG_EINVAL);
    assert_int_equal(vg_extract(kb, &lim, NULL, &doc, &ev), VG_EINVAL); /* no body */
    vg_events_free(NULL);
    vg_lex_free(NULL);
    assert_int_equal(vg_event_type_from_name("riot"), VG_EV_RIOT);
    assert_string_equal(vg_event_type_name(VG_EV_STRATEGIC), "strategic");
    assert_string_equal(vg_event_type_name((vg_event_type)99), "none");
}

static void write_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

static void lex_error(const char *content, const char *want)
{
    char path[] = "/tmp/vigil-lex-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    write_file(path, content);
    vg_dict *d = vg_dict_new();
    vg_lex *lx = NULL;
    char err[256] = "";
    assert_int_equal(vg_lex_load(path, d, &lx, err, sizeof(err)), VG_EKB);
    assert_null(lx);
    if (!strstr(err, want))
        fail_msg("error '%s' lacks '%s'", err, want);
    assert_non_null(strstr(err, path));
    vg_dict_free(d);
    unlink(path);
}

static void test_lexicon_validation(void **st)
{
    (void)st;
    lex_error("num\ttwo\t2\n bogus\tx\n", ":2: unknown kind");
    lex_error("# c\nnum\ttwo\n", ":2: num takes 1..2 arguments");
    lex_error("month\tfoo\t13\n", ":1: month must be 1..12");
    lex_error("trig\tattack\tbattle\t-\t2\n", ":1: unknown event type");
    lex_error("trig\tattack\tarmed_clash\t-\t0\n", ":1: weight must be 1..9");
    lex_error("qual\tat least\tsome\n", ":1: bad qualifier");
    lex_error("num\t\t2\n", ":1: missing phrase");
    lex_error("num\tten\t10\tweird\n", ":1: bad flags");
    lex_error("# only comments\n", "no entries");
    /* the context cue kinds of the precision stage */
    lex_error("domain\tgoal\tfootball\n", ":1: bad domain");
    lex_error("domain\tgoal\n", ":1: domain takes 1..1 arguments");
    lex_error("modal\twill\tsoon\n", ":1: modal takes no argument or future");
    lex_error("means\tgun\tsharp\n", ":1: means takes 0..0 arguments");
    lex_error("negator\tnot\tat all\n", ":1: negator takes 0..0 arguments");
    lex_error("hist\tanniversary\tsometimes\n", ":1: hist takes no argument or always");
    vg_dict *d = vg_dict_new();
    vg_lex *lx = NULL;
    char err[256];
    assert_int_equal(vg_lex_load("/nonexistent/lexicon.tsv", d, &lx, err, sizeof(err)), VG_EIO);
    vg_dict_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clash_one_event),
        cmocka_unit_test(test_civilians),
        cmocka_unit_test(test_remote_outranks_attack),
        cmocka_unit_test(test_french_ambush),
        cmocka_unit_test(test_coup_plot_and_arrests),
        cmocka_unit_test(test_historical_flag),
        cmocka_unit_test(test_no_event),
        cmocka_unit_test(test_weekday_text_anchor),
        cmocka_unit_test(test_weekday_fixes_year),
        cmocka_unit_test(test_month_dateline),
        cmocka_unit_test(test_named_arrests),
        cmocka_unit_test(test_restated_figure),
        cmocka_unit_test(test_unresolved_date),
        cmocka_unit_test(test_dateline_publication),
        cmocka_unit_test(test_figure_text),
        cmocka_unit_test(test_phrasings),
        cmocka_unit_test(test_agency_not_actor),
        cmocka_unit_test(test_unidentified_perpetrator),
        cmocka_unit_test(test_crowd_and_reporter),
        cmocka_unit_test(test_perpetrators),
        cmocka_unit_test(test_merge_dispute_and_toll_anchor),
        cmocka_unit_test(test_one_event_per_act),
        cmocka_unit_test(test_background_trigger),
        cmocka_unit_test(test_deterministic_ids),
        cmocka_unit_test(test_place_without_coords),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_bad_args),
        cmocka_unit_test(test_lexicon_validation),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
