/*
 * test_typing.c - the typing stage (libvigil/vg_ex_typing.c, knowledge/types.tsv):
 * which event type a sentence reports once its act is found.  Table-driven and
 * generated: each class crosses its constructions (templates, EN and FR) with
 * its inventory (victims by role, forces, grievances, things), and every
 * combination must give exactly one event of the expected type, or none:
 *   - the victim decides an ambush or an armed attack: civilians by role and
 *     office-holders (mayor, councillors, teachers, worshippers, aid workers)
 *     make it an attack on civilians, soldiers, police and militia a battle;
 *   - unrest with no armed party is a riot: clashes after a grievance (a
 *     verdict, an arrest, election results), civilians against the police;
 *   - an arrest word said of a thing ("les camions ont été arrêtés") is none;
 *   - displaced people an act was done to are no displacement;
 *   - the arrest of a political figure (opposition leader, trade unionist,
 *     blogueur, député) is a political one;
 *   - a verb of deposing deposes only an official or a regime ("a déposé une
 *     gerbe", "s'est renversé" are none); an epidemic's "attacks", "the
 *     ousted president" as a title, a simile of fighting on a sports page and
 *     crops "attacked" by pests are none;
 *   - a protest that turned violent is a riot; vigilantes killing one unarmed
 *     person (a thief, a man they had detained) an attack on civilians.
 * Every sentence was written for this test.  Run from the source tree root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigil.h"

#include "kb_fixture.h"

#define PUB "2025-03-12"

/* Current events of text (background left out). */
static void extract(const char *text, vg_events *ev)
{
    extract_published(text, PUB, ev);
    size_t k = 0;
    for (size_t i = 0; i < ev->n; i++)
        if (!ev->v[i].historical)
            ev->v[k++] = ev->v[i];
    ev->n = k;
}

/* text gives exactly one current event, of type want and country cc, or
 * none when want is NULL; 0 or 1 (the mismatch printed). */
static int expect(const char *text, const char *want, const char *cc)
{
    vg_events ev;
    extract(text, &ev);
    int ok = want ? ev.n == 1 && strcmp(vg_event_type_name(ev.v[0].type), want) == 0 &&
                        strcmp(ev.v[0].country, cc) == 0
                  : ev.n == 0;
    if (!ok) {
        fprintf(stderr, "  expected %s %s, got", want ? want : "no event", want ? cc : "");
        for (size_t k = 0; k < ev.n; k++)
            fprintf(stderr, " %s/%s", vg_event_type_name(ev.v[k].type), ev.v[k].country);
        fprintf(stderr, ": %s\n", text);
    }
    vg_events_free(&ev);
    return !ok;
}

/* tpl with its slot "{}" filled by what into text[cap]; a sentence that
 * opens with the slot opens with a capital. */
static void fill(char *text, size_t cap, const char *tpl, const char *what)
{
    const char *slot = strstr(tpl, "{}");
    assert_non_null(slot);
    int n = snprintf(text, cap, "%.*s%s%s", (int)(slot - tpl), tpl, what, slot + 2);
    assert_true(n > 0 && (size_t)n < cap);
    if (slot == tpl && text[0] >= 'a' && text[0] <= 'z')
        text[0] = (char)(text[0] - 'a' + 'A');
}

/* Each template (one slot "{}": the victims) with each victim phrase. */
static int cross(const char *const *tpl, size_t ntpl, const char *const *who, size_t nwho,
                 const char *want, const char *cc)
{
    int bad = 0;
    char text[512];
    for (size_t i = 0; i < ntpl; i++)
        for (size_t j = 0; j < nwho; j++) {
            fill(text, sizeof(text), tpl[i], who[j]);
            bad += expect(text, want, cc);
        }
    return bad;
}

#define N(a) (sizeof(a) / sizeof(a[0]))

/* An ambush or an armed attack: civilians by role and office-holders killed
 * make it violence against civilians (ACLED), whatever the verb; soldiers,
 * police, gendarmes, militia a battle. */
static void test_victim_decides(void **st)
{
    (void)st;
    static const char *const en_tpl[] = {
        "Heavily armed gunmen ambushed a vehicle near Djibo, Burkina Faso, on Monday, killing "
        "{}.",
        "{} were killed on Monday when jihadists ambushed their convoy near Djibo, Burkina Faso.",
        "Suspected jihadists attacked a convoy near Djibo, Burkina Faso, on Monday and killed {}.",
    };
    static const char *const en_civ[] = {
        "two councillors",  "three teachers",          "four pupils",
        "five worshippers", "six fishermen",           "three aid workers",
        "two journalists",  "seven displaced people",  "four traders",
        "five farmers",     "three herders",           "two heads of education",
        "nine gold miners", "two traditional leaders",
    };
    static const char *const en_mil[] = {"six soldiers", "four gendarmes", "three police officers",
                                         "five militiamen"};
    static const char *const fr_tpl[] = {
        "Des hommes lourdement armés ont tendu une embuscade lundi près de Djibo (Burkina Faso), "
        "tuant {}.",
        "{} ont été tués lundi dans une embuscade tendue par des jihadistes près de Djibo "
        "(Burkina Faso).",
        "Des jihadistes ont attaqué un convoi lundi près de Djibo (Burkina Faso) et tué {}.",
    };
    static const char *const fr_civ[] = {
        "deux conseillers",      "trois enseignants",  "quatre élèves",     "cinq fidèles",
        "six pêcheurs",          "trois humanitaires", "deux journalistes", "sept déplacés",
        "quatre commerçants",    "cinq agriculteurs",  "trois éleveurs",    "neuf orpailleurs",
        "deux chefs coutumiers",
    };
    static const char *const fr_mil[] = {"six soldats", "quatre gendarmes", "trois policiers"};
    int bad = cross(en_tpl, N(en_tpl), en_civ, N(en_civ), "attack_on_civilians", "BF");
    bad += cross(en_tpl, N(en_tpl), en_mil, N(en_mil), "armed_clash", "BF");
    bad += cross(fr_tpl, N(fr_tpl), fr_civ, N(fr_civ), "attack_on_civilians", "BF");
    bad += cross(fr_tpl, N(fr_tpl), fr_mil, N(fr_mil), "armed_clash", "BF");
    /* a count-less plural and a basic-education office ("de base" is no base) */
    bad += expect("Several villagers were killed on Sunday when gunmen ambushed their convoy "
                  "near Djibo, Burkina Faso.",
                  "attack_on_civilians", "BF");
    bad += expect("Le chef de la circonscription d'éducation de base de Djibo a été tué lundi "
                  "dans une embuscade (Burkina Faso).",
                  "attack_on_civilians", "BF");
    assert_int_equal(bad, 0);
}

/* Clashes with no armed party, after a grievance, or between civilians and
 * the police: a riot.  With soldiers and jihadists named: a battle. */
static void test_unrest(void **st)
{
    (void)st;
    static const char *const en_tpl[] = {
        "Clashes broke out in Conakry, Guinea, on Tuesday after {}.",
        "Violent clashes erupted on Tuesday in Conakry, Guinea, following {}.",
    };
    static const char *const en_grief[] = {
        "a court sentenced an opposition leader to prison",
        "the arrest of a popular preacher",
        "the announcement of the election results",
        "the verdict in the trial of a former minister",
        "the death of a young motorcyclist",
    };
    static const char *const fr_tpl[] = {
        "Des heurts ont éclaté mardi à Conakry (Guinée) après {}.",
        "Des affrontements ont éclaté mardi à Conakry (Guinée) suite à {}.",
    };
    static const char *const fr_grief[] = {
        "l'arrestation d'un opposant",          "la proclamation des résultats provisoires",
        "la condamnation d'un ancien ministre", "la mort d'un jeune motocycliste",
        "la hausse du prix du carburant",
    };
    int bad = cross(en_tpl, N(en_tpl), en_grief, N(en_grief), "riot", "GN");
    bad += cross(fr_tpl, N(fr_tpl), fr_grief, N(fr_grief), "riot", "GN");
    static const struct {
        const char *text, *type;
    } rows[] = {
        {"Clashes erupted between youths and security forces in Kankan, Guinea, on Monday, "
         "leaving two dead.",
         "riot"},
        {"Des affrontements ont opposé des jeunes aux forces de l'ordre lundi à Kankan (Guinée), "
         "faisant deux morts.",
         "riot"},
        {"Des échauffourées ont opposé des étudiants et des policiers lundi à Kankan (Guinée).",
         "riot"},
        /* a riot told by its means alone; the arrest it followed is no event */
        {"On Monday, students burned tyres and threw stones at police in Kankan, Guinea.", "riot"},
        {"Lundi, des élèves ont brûlé des pneus et jeté des pierres sur les gendarmes à Kankan "
         "(Guinée) après l'arrestation d'un enseignant.",
         "riot"},
        {"Lundi, des jeunes ont saccagé le commissariat de Kankan (Guinée) après la mort d'un "
         "motocycliste lors d'une interpellation.",
         "riot"},
        {"Witnesses in Kankan, Guinea, spoke of children with burns on Monday.", NULL},
        /* armed parties: a battle, whatever came before */
        {"Clashes broke out between soldiers and jihadists near Kankan, Guinea, on Monday after "
         "the arrest of a commander.",
         "armed_clash"},
        {"Des affrontements ont opposé l'armée à des jihadistes lundi près de Kankan (Guinée), "
         "faisant 12 morts.",
         "armed_clash"},
        /* no grievance: no riot made up from a lull */
        {"Fighting resumed near Kankan, Guinea, on Monday after a lull, killing 12 soldiers.",
         "armed_clash"},
    };
    for (size_t i = 0; i < N(rows); i++)
        bad += expect(rows[i].text, rows[i].type, "GN");
    assert_int_equal(bad, 0);
}

/* French "arrêter" is also to stop: said of trucks or traffic it is no
 * arrest; said of people it is. */
static void test_thing_arrest(void **st)
{
    (void)st;
    static const char *const fr_tpl[] = {
        "{} ont été arrêtés lundi à un barrage près de Kita (Mali).",
        "Les gendarmes ont arrêté {} lundi près de Kita (Mali).",
    };
    static const char *const things[] = {"deux camions", "les citernes", "trois véhicules",
                                         "les motos"};
    static const char *const people[] = {"deux trafiquants", "trois jihadistes présumés",
                                         "les chauffeurs des camions"};
    int bad = cross(fr_tpl, N(fr_tpl), things, N(things), NULL, NULL);
    bad += cross(fr_tpl, N(fr_tpl), people, N(people), "arrest", "ML");
    bad += expect("Le trafic a été arrêté pendant deux heures lundi sur la route près de Kita "
                  "(Mali).",
                  NULL, NULL);
    bad += expect("Five members of a jihadist cell were arrested in Kita, Mali, on Monday.",
                  "arrest", "ML");
    assert_int_equal(bad, 0);
}

/* Displaced people abducted or killed: the act, no displacement beside it. */
static void test_displaced_victims(void **st)
{
    (void)st;
    static const struct {
        const char *text, *type;
    } rows[] = {
        {"Gunmen abducted 20 displaced people near Kaya, Burkina Faso, on Monday.", "abduction"},
        {"Quinze déplacés ont été enlevés lundi près de Kaya (Burkina Faso).", "abduction"},
        {"Des hommes armés ont pris en otage 23 déplacés lundi près de Kaya (Burkina Faso).",
         "abduction"},
        {"More than 2,000 people have been displaced near Kaya, Burkina Faso, since Monday.",
         "displacement"},
    };
    int bad = 0;
    for (size_t i = 0; i < N(rows); i++)
        bad += expect(rows[i].text, rows[i].type, "BF");
    assert_int_equal(bad, 0);
}

/* An arrest of a political figure (an official, a politician, a journalist,
 * an activist: lexicon victim class official) is a political one. */
static void test_political_arrest(void **st)
{
    (void)st;
    static const char *const tpl[] = {
        "Police arrested {} in Niamey, Niger, on Monday.",
        "{} was detained by the security services in Niamey, Niger, on Monday.",
        "La police a interpellé {} lundi à Niamey (Niger).",
    };
    static const char *const who[] = {
        "an opposition leader", "a trade unionist",   "a student leader", "a former minister",
        "un blogueur",          "un ancien ministre", "un syndicaliste",  "un député",
        "une activiste",        "un chroniqueur",
    };
    int bad = 0;
    char text[512];
    for (size_t i = 0; i < N(tpl); i++)
        for (size_t j = 0; j < N(who); j++) {
            fill(text, sizeof(text), tpl[i], who[j]);
            vg_events ev;
            extract(text, &ev);
            int ok = ev.n == 1 && ev.v[0].type == VG_EV_ARREST &&
                     strcmp(ev.v[0].subtype, "political") == 0;
            if (!ok)
                fprintf(stderr, "  expected one political arrest: %s\n", text);
            bad += !ok;
            vg_events_free(&ev);
        }
    assert_int_equal(bad, 0);
}

/* Words of violence said of no violence: a verb of deposing that deposes no
 * one (a wreath laid, a vehicle overturned), an epidemic that "attacks";
 * beside the same verbs deposing a president or a regime. */
static void test_no_violence(void **st)
{
    (void)st;
    static const struct {
        const char *text, *type, *cc;
    } rows[] = {
        {"Le ministre de la Culture a déposé jeudi une gerbe de fleurs au monument des héros de "
         "Niamey.",
         NULL, NULL},
        {"Au moins quatre personnes ont été tuées lundi lorsqu'un car s'est renversé sur la route "
         "nationale près de Maroua, au Cameroun.",
         NULL, NULL},
        {"A measles outbreak has killed 12 children in villages near Zinder, Niger, since April, "
         "as the virus attacks the weakest.",
         NULL, NULL},
        {"A reporter who had interviewed the ousted president's son was honoured in Niamey, "
         "Niger, on Monday.",
         NULL, NULL},
        {"Niger dominated the second half in Niamey. \"My players fought like warriors,\" the "
         "coach said.",
         NULL, NULL},
        {"Every week we find more maize fields attacked, said a grower near Parakou, Benin.", NULL,
         NULL},
        {"Des militaires ont renversé le président lundi à Niamey (Niger).", "coup", "NE"},
        {"Soldiers ousted the president in Niamey, Niger, on Monday.", "coup", "NE"},
        {"Les mutins ont renversé le régime lundi à Bamako (Mali).", "coup", "ML"},
        {"Le président a été renversé lundi par des militaires à Conakry (Guinée).", "coup", "GN"},
        {"Des officiers ont déposé le chef de l'État lundi à Ouagadougou (Burkina Faso).", "coup",
         "BF"},
    };
    int bad = 0;
    for (size_t i = 0; i < N(rows); i++)
        bad += expect(rows[i].text, rows[i].type, rows[i].cc);
    assert_int_equal(bad, 0);
}

/* A demonstration that turned violent, with its dead, is a riot (ACLED:
 * violent demonstration); vigilantes killing one unarmed person (a suspected
 * thief, a man they had detained) is violence against civilians, and the
 * arrest they had made before, told in the past perfect, is no event. */
static void test_turned_violent_vigilantes(void **st)
{
    (void)st;
    static const char *const en_tpl[] = {
        "At least {} died in Kaya, Burkina Faso, on Monday when protests over the choice of a "
        "new chief turned violent.",
        "{} were killed in Kaya, Burkina Faso, on Monday after a protest against the mayor "
        "turned into a riot.",
        "A demonstration against fuel prices turned deadly in Kaya, Burkina Faso, on Monday, "
        "leaving {} dead.",
    };
    static const char *const en_n[] = {"three people", "two demonstrators", "five residents"};
    static const char *const fr_tpl[] = {
        "Au moins {} sont mortes lundi à Kaya (Burkina Faso) quand une manifestation contre le "
        "nouveau chef a dégénéré.",
        "La marche des commerçants a tourné à l'affrontement lundi à Kaya (Burkina Faso), "
        "faisant {}.",
    };
    static const char *const fr_n[] = {"trois morts", "deux morts"};
    static const char *const fr_n2[] = {"trois personnes", "deux personnes"};
    int bad = cross(en_tpl, N(en_tpl), en_n, N(en_n), "riot", "BF");
    bad += cross(fr_tpl + 1, 1, fr_n, N(fr_n), "riot", "BF");
    bad += cross(fr_tpl, 1, fr_n2, N(fr_n2), "riot", "BF");
    static const char *const vg_tpl[] = {
        "On Sunday, Koglweogo members beat to death {} they had detained in Kaya, Burkina "
        "Faso.",
        "Koglweogo members killed {} in Kaya, Burkina Faso, on Sunday.",
        "Vigilantes shot dead {} whom they had arrested near Kaya, Burkina Faso, on Sunday.",
    };
    static const char *const vg_who[] = {"a young man", "a suspected thief", "an alleged thief",
                                         "a herder"};
    static const char *const vgf_tpl[] = {
        "Dimanche, des Koglweogo ont battu à mort {} qu'ils avaient arrêté à Kaya (Burkina "
        "Faso).",
        "Des membres des Koglweogo ont tué {} dimanche à Kaya (Burkina Faso).",
    };
    static const char *const vgf_who[] = {"un jeune homme", "un présumé voleur",
                                          "un voleur présumé"};
    bad += cross(vg_tpl, N(vg_tpl), vg_who, N(vg_who), "attack_on_civilians", "BF");
    bad += cross(vgf_tpl, N(vgf_tpl), vgf_who, N(vgf_who), "attack_on_civilians", "BF");
    assert_int_equal(bad, 0);
    /* the toll: the one they killed, not one arrested */
    vg_events ev;
    extract("On Sunday, Koglweogo members beat to death a young man they had detained in Kaya, "
            "Burkina Faso.",
            &ev);
    assert_int_equal(ev.n, 1);
    assert_true(ev.v[0].fatalities.present);
    assert_int_equal(ev.v[0].fatalities.min, 1);
    assert_false(ev.v[0].arrests.present);
    vg_events_free(&ev);
    extract("Three people died in Kaya, Burkina Faso, on Monday when a protest turned violent.",
            &ev);
    assert_int_equal(ev.n, 1);
    assert_true(ev.v[0].fatalities.present);
    assert_int_equal(ev.v[0].fatalities.min, 3);
    vg_events_free(&ev);
    /* a government's measure against a foreign outlet: the government's country */
    static const char *const gov_tpl[] = {"On Tuesday, the {} suspended a French radio station "
                                          "for two months."};
    static const char *const gov_bj[] = {"Beninese government"};
    static const char *const gov_ne[] = {"Nigerien government"};
    static const char *const gov_ml[] = {"Malian government"};
    bad = cross(gov_tpl, 1, gov_bj, 1, "strategic", "BJ");
    bad += cross(gov_tpl, 1, gov_ne, 1, "strategic", "NE");
    bad += cross(gov_tpl, 1, gov_ml, 1, "strategic", "ML");
    bad += expect("On Tuesday, the Guinean government suspended a Senegalese newspaper.",
                  "strategic", "GN");
    assert_int_equal(bad, 0);
    /* no act before it: the arrest stays the event */
    bad = expect("Police had detained two men in Kaya, Burkina Faso, on Sunday.", "arrest", "BF");
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_victim_decides),
        cmocka_unit_test(test_turned_violent_vigilantes),
        cmocka_unit_test(test_unrest),
        cmocka_unit_test(test_thing_arrest),
        cmocka_unit_test(test_displaced_victims),
        cmocka_unit_test(test_political_arrest),
        cmocka_unit_test(test_no_violence),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
