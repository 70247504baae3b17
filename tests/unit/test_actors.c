/*
 * test_actors.c - the generated knowledge/actors.tsv over the whole region:
 * every African country's armed forces, police and government, found by
 * their English and French demonym forms ("Nigerian army", "armée
 * camerounaise", "troupes tchadiennes") and implying their country; the
 * armed groups, militias and political bodies of the wider region by their
 * names and acronyms; shared aliases resolved by the article's country; and
 * no alias that swallows a country's own name.  The loader itself is tested
 * in test_kb.c.  Run from the repository root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_actor.h"
#include "vg_dict.h"
#include "vg_gaz.h"
#include "vigil.h"

typedef struct afix {
    vg_dict *dict;
    vg_gaz *gaz;
    vg_actors *actors;
} afix;

static int setup(void **state)
{
    char err[512] = "";
    afix *k = calloc(1, sizeof(*k));
    k->dict = vg_dict_new();
    if (vg_gaz_load("knowledge/gazetteer.tsv", k->dict, &k->gaz, err, sizeof(err)) != 0 ||
        vg_actors_load("knowledge/actors.tsv", k->dict, &k->actors, err, sizeof(err)) != 0)
        fail_msg("load failed: %s", err);
    *state = k;
    return 0;
}

static int teardown(void **state)
{
    afix *k = *state;
    vg_actors_free(k->actors);
    vg_gaz_free(k->gaz);
    vg_dict_free(k->dict);
    free(k);
    return 0;
}

/* The actor a whole phrase names (exact, folded), hint as vg_actor_best. */
static const vg_actor_def *actor(const afix *k, const char *phrase, const char *hint)
{
    size_t n;
    const vg_dict_hit *h = vg_dict_get(k->dict, phrase, strlen(phrase), &n);
    return h ? vg_actor_best(h, n, hint) : NULL;
}

static void expect(const afix *k, const char *phrase, const char *hint, const char *name,
                   const char *cc)
{
    const vg_actor_def *a = actor(k, phrase, hint);
    if (!a || strcmp(a->name, name) != 0 || strcmp(a->country, cc) != 0)
        fail_msg("'%s' is %s (%s), not %s (%s)", phrase, a ? a->name : "no actor",
                 a ? a->country : "", name, cc);
}

typedef struct row {
    const char *phrase, *hint, *name, *cc;
} row;

static void expect_rows(const afix *k, const row *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        expect(k, r[i].phrase, r[i].hint, r[i].name, r[i].cc);
}

/* Names and acronyms -> the actor and its country: the state actors by
 * their demonym forms, then the region's groups and bodies. */
static void test_names(void **state)
{
    afix *k = *state;
    static const row rows[] = {
        {"Nigerian army", NULL, "Nigerian Armed Forces", "NG"},
        {"troupes nigérianes", NULL, "Nigerian Armed Forces", "NG"},
        {"armée camerounaise", NULL, "Cameroonian Armed Forces", "CM"},
        {"Cameroonian soldiers", NULL, "Cameroonian Armed Forces", "CM"},
        {"troupes tchadiennes", NULL, "Chadian Armed Forces", "TD"},
        {"soldats soudanais", NULL, "Sudanese Armed Forces", "SD"},
        {"SAF", NULL, "Sudanese Armed Forces", "SD"},
        {"FARDC", NULL, "Congolese Armed Forces (FARDC)", "CD"},
        {"FACA", NULL, "Central African Armed Forces (FACA)", "CF"},
        {"SSPDF", NULL, "South Sudan People's Defence Forces (SSPDF)", "SS"},
        {"ENDF", NULL, "Ethiopian National Defense Force", "ET"},
        {"Ghanaian troops", NULL, "Ghanaian Armed Forces", "GH"},
        {"militaires ivoiriens", NULL, "Ivorian Armed Forces", "CI"},
        {"armée béninoise", NULL, "Beninese Armed Forces", "BJ"},
        {"Senegalese police", NULL, "Police Forces of Senegal", "SN"},
        {"gendarmerie camerounaise", NULL, "Police Forces of Cameroon", "CM"},
        {"PRM", NULL, "Police Forces of Mozambique", "MZ"},
        {"autorités togolaises", NULL, "Government of Togo", "TG"},
        {"Libyan government", NULL, "Government of Libya", "LY"},
        /* the hand-written Sahel rows and the generated ones are one actor */
        {"FAMa", NULL, "Malian Armed Forces", "ML"},
        {"forces armées maliennes", NULL, "Malian Armed Forces", "ML"},
        {"armée nationale malienne", NULL, "Malian Armed Forces", "ML"},
        /* "Congolese" is two countries: the article's wins */
        {"Congolese army", "CG", "Congolese Armed Forces (FAC)", "CG"},
        {"Congolese army", "CD", "Congolese Armed Forces (FARDC)", "CD"},
        /* the region's armed groups, militias and bodies */
        {"Rapid Support Forces", NULL, "Rapid Support Forces", "SD"},
        {"Forces de soutien rapide", NULL, "Rapid Support Forces", "SD"},
        {"RSF", "SD", "Rapid Support Forces", "SD"},
        {"SPLA-IO", NULL, "SPLA-IO", "SS"},
        {"Nuer White Army", NULL, "White Army", "SS"},
        {"Libyan National Army", NULL, "Libyan National Army", "LY"},
        {"Allied Democratic Forces", NULL, "ADF", "CD"},
        {"M23", NULL, "M23", "CD"},
        {"Mouvement du 23 mars", NULL, "M23", "CD"},
        {"CODECO", NULL, "CODECO", "CD"},
        {"anti-balaka", NULL, "Anti-balaka", "CF"},
        {"Coalition des patriotes pour le changement", NULL, "Coalition of Patriots for Change",
         "CF"},
        {"Ambazonian separatists", NULL, "Ambazonian separatists", "CM"},
        {"séparatistes anglophones", NULL, "Ambazonian separatists", "CM"},
        {"Yan Sakai", NULL, "Yan Sakai", "NG"},
        {"Lakurawa", NULL, "Lakurawa", "NG"},
        {"al-Shabab", NULL, "al-Shabaab", "SO"},
        {"al-Shabaab", "MZ", "Islamic State Mozambique", "MZ"},
        {"Front pour l'alternance et la concorde au Tchad", NULL,
         "Front for Change and Concord in Chad", "TD"},
        {"Polisario", NULL, "Polisario Front", "EH"},
        {"Fano", NULL, "Fano militia", "ET"},
        {"MFDC", NULL, "MFDC", "SN"},
        {"Hemedti", NULL, "Mohamed Hamdan Dagalo", "SD"},
        {"RSF", NULL, "Reporters Without Borders", ""}, /* press freedom elsewhere */
        /* a unit every state has, named bare: the article's country's */
        {"presidential guard", "BF", "Presidential Security Regiment (RSP)", "BF"},
        {"presidential guard", "NE", "Presidential Guard (Niger)", "NE"},
        {"garde présidentielle", "GN", "Presidential Guard (Guinea)", "GN"},
    };
    expect_rows(k, rows, sizeof(rows) / sizeof(rows[0]));
    const vg_actor_def *a = actor(k, "Riek Machar", NULL);
    assert_non_null(a);
    assert_string_equal(a->parent_def->name, "SPLA-IO");
    /* acronyms that are ordinary words name nobody */
    /* unless written "!ACRONYM": the dictionary's hit is then a twin the
     * extractor keeps only where the text writes it in capitals */
    const vg_actor_def *fact = actor(k, "fact", NULL);
    assert_true(!fact || fact->caps_only);
    if (fact)
        assert_string_equal(fact->name, "Front for Change and Concord in Chad");
    a = actor(k, "Front for Change and Concord", NULL);
    assert_non_null(a);
    assert_false(a->caps_only);
    assert_null(actor(k, "MPs", NULL));
    assert_null(actor(k, "APC", NULL));
    assert_null(actor(k, "talon", NULL));
}

/* Every African country has its three state actors, its army the one the
 * extractor names for "soldiers" of it, and no actor's alias
 * holds a country's own name (the place scanner must see "Cameroon" in
 * "Cameroon's army"; the extractor labels that army itself). */
static void test_every_country(void **state)
{
    afix *k = *state;
    static const char *const africa[] = {
        "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI",
        "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
        "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN",
        "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW", NULL};
    for (const char *const *cc = africa; *cc; cc++) {
        int army = 0, police = 0, govt = 0;
        const vg_place *c = vg_gaz_country(k->gaz, *cc);
        assert_non_null(c);
        char want[160];
        snprintf(want, sizeof(want), "Police Forces of %s", c->name);
        for (size_t i = 0; i < vg_actors_count(k->actors); i++) {
            const vg_actor_def *a = vg_actors_at(k->actors, i);
            if (strcmp(a->country, *cc) != 0)
                continue;
            army |= strcmp(a->kind, "state_forces") == 0 && !a->parent &&
                    strncmp(a->name, "Police Forces of ", 17) != 0;
            police |= strcmp(a->name, want) == 0;
            snprintf(want, sizeof(want), "Government of %s", c->name);
            govt |= strcmp(a->name, want) == 0;
            snprintf(want, sizeof(want), "Police Forces of %s", c->name);
        }
        if (!army || !police || !govt)
            fail_msg("%s: army %d police %d government %d", *cc, army, police, govt);
        /* its army is one actor the generic labels resolve to */
        const vg_actor_def *a = vg_actors_army(k->actors, *cc);
        if (!a || strcmp(a->kind, "state_forces") != 0 || strcmp(a->country, *cc) != 0 || a->parent)
            fail_msg("%s: no army for the generic labels (%s)", *cc, a ? a->name : "none");
    }
    static const row armies[] = {
        {"ml", NULL, "Malian Armed Forces", "ML"},
        {"CF", NULL, "Central African Armed Forces (FACA)", "CF"},
        {"LY", NULL, "Libyan Armed Forces", "LY"}, /* not Haftar's LNA */
        {"ET", NULL, "Ethiopian National Defense Force", "ET"},
        {"FR", NULL, "French Armed Forces", "FR"},
        {"US", NULL, "United States Armed Forces", "US"},
    };
    for (size_t i = 0; i < sizeof(armies) / sizeof(armies[0]); i++) {
        const vg_actor_def *a = vg_actors_army(k->actors, armies[i].phrase);
        if (!a || strcmp(a->name, armies[i].name) != 0)
            fail_msg("army of %s: %s, not %s", armies[i].phrase, a ? a->name : "none",
                     armies[i].name);
    }
    assert_null(vg_actors_army(k->actors, "XX"));
    assert_null(vg_actors_army(k->actors, ""));
    /* the country names stay places */
    static const char *const named[] = {"Cameroon's army", "Nigeria army", "army of Chad",
                                        "Military Forces of Sudan", NULL};
    for (const char *const *t = named; *t; t++)
        if (actor(k, *t, NULL))
            fail_msg("'%s' is an actor alias: it hides the country name", *t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_every_country),
    };
    return cmocka_run_group_tests_name("actors: knowledge/actors.tsv", tests, setup, teardown);
}
