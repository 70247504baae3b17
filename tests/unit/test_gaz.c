/*
 * test_gaz.c - what the gazetteer loader adds on top of parsing (test_kb.c
 * has the parse itself): the place hits of every phrase sorted best first
 * whatever the file order (vg_dict_sort_hits), the unique_af / unique_world
 * flags and the country they let a lone place name imply, and checks over
 * the whole generated knowledge/gazetteer.tsv: every African country with
 * its regions and demonyms in all their forms, and flags that agree with the
 * names the file actually holds.  Run from the repository root.
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
#include "vg_gaz.h"
#include "vigil.h"

#define REAL_GAZ "knowledge/gazetteer.tsv"

static char tmp_path[64];

static const char *write_tmp(const char *text)
{
    snprintf(tmp_path, sizeof(tmp_path), "/tmp/vigil-gaz-%ld.tsv", (long)getpid());
    FILE *f = fopen(tmp_path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return tmp_path;
}

typedef struct gfix {
    vg_dict *dict;
    vg_gaz *gaz;
} gfix;

static void load(gfix *k, const char *path)
{
    char err[512] = "";
    k->dict = vg_dict_new();
    assert_non_null(k->dict);
    if (vg_gaz_load(path, k->dict, &k->gaz, err, sizeof(err)) != 0)
        fail_msg("load failed: %s", err);
}

static void unload(gfix *k)
{
    vg_gaz_free(k->gaz);
    vg_dict_free(k->dict);
}

/* The first place hit of a phrase: what vg_scan_tag hands the extractor. */
static const vg_place *first_place(const gfix *k, const char *name)
{
    size_t n;
    const vg_dict_hit *h = vg_dict_get(k->dict, name, strlen(name), &n);
    for (size_t i = 0; h && i < n; i++)
        if (h[i].tag == VG_TAG_PLACE)
            return h[i].val;
    return NULL;
}

static const char *implied(const gfix *k, const char *name, int scope)
{
    size_t n;
    const vg_dict_hit *h = vg_dict_get(k->dict, name, strlen(name), &n);
    return vg_gaz_implied_country(h, n, scope);
}

static const vg_place *demonym(const gfix *k, const char *word)
{
    size_t n;
    const vg_dict_hit *h = vg_dict_get(k->dict, word, strlen(word), &n);
    for (size_t i = 0; h && i < n; i++)
        if (h[i].tag == VG_TAG_DEMONYM)
            return h[i].val;
    return NULL;
}

/* ------------------------------------------------------------ vg_dict_sort_hits */

static int int_before(const void *a, const void *b)
{
    return *(const int *)a < *(const int *)b;
}

static void test_sort_hits_keeps_other_tags(void **state)
{
    (void)state;
    static const int v[] = {5, 3, 9, 1, 7};
    vg_dict *d = vg_dict_new();
    assert_int_equal(vg_dict_add(d, "kouka", 5, 1, &v[0]), 0);
    assert_int_equal(vg_dict_add(d, "kouka", 5, 2, &v[1]), 0); /* another tag */
    assert_int_equal(vg_dict_add(d, "kouka", 5, 1, &v[2]), 0);
    assert_int_equal(vg_dict_add(d, "kouka", 5, 1, &v[3]), 0);
    assert_int_equal(vg_dict_add(d, "kouka", 5, 2, &v[4]), 0);
    vg_dict_sort_hits(d, 1, int_before);
    size_t n;
    const vg_dict_hit *h = vg_dict_get(d, "Kouka", 5, &n);
    assert_int_equal(n, 5);
    static const int want_tag[] = {1, 2, 1, 1, 2}, want_val[] = {1, 3, 5, 9, 7};
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(h[i].tag, want_tag[i]);
        assert_int_equal(*(const int *)h[i].val, want_val[i]);
    }
    vg_dict_sort_hits(NULL, 1, int_before);
    vg_dict_free(d);
}

/* ------------------------------------------------------------ small files */

#define COUNTRIES                                                                                  \
    "country\tCM\tCameroon\t\t\t\t\t0\t\t\t\n"                                                     \
    "country\tNE\tNiger\t\t\t\t\t0\t\t\t\n"                                                        \
    "country\tTD\tChad\t\t\t\t\t0\t\t\t\n"                                                         \
    "country\tCG\tRepublic of the Congo\t\t\t\t\t0\t\t\tCongolese\n"                               \
    "country\tCD\tDR Congo\t\t\t\t\t0\t\t\tCongolese\n"

static void test_rank_beats_file_order(void **state)
{
    (void)state;
    gfix k;
    /* listed worst first: a Chadian village, a Cameroonian town, Niger's */
    load(&k, write_tmp(COUNTRIES "town\tTD\tKouka\tLac\t\t\t\t100\t\t\t\n"
                                 "town\tCM\tKouka\tFar North\t\t\t\t5000\tseat2\t\t\n"
                                 "town\tNE\tKouka\tDiffa\t\t\t\t10\t\t\t\n"
                                 "town\tTD\tBol\tLac\t\t13.46\t14.71\t0\t\tBol town\t\n"
                                 "town\tCM\tBol\tEast\t\t\t\t0\t\tBol town\t\n"
                                 "admin1\tTD\tBol\tBol\t\t\t\t0\t\t\t\n"));
    const vg_place *p = first_place(&k, "Kouka");
    assert_string_equal(p->country, "NE"); /* core Sahel first */
    size_t n;
    const vg_dict_hit *h = vg_dict_get(k.dict, "kouka", 5, &n);
    assert_ptr_equal(p, vg_gaz_best(h, n, NULL));
    assert_int_equal(n, 3);
    assert_string_equal(((const vg_place *)h[1].val)->country, "CM"); /* a seat */
    assert_string_equal(((const vg_place *)h[2].val)->country, "TD");
    assert_string_equal(vg_gaz_best(h, n, "TD")->country, "TD"); /* a hint still wins */
    /* the higher level, then known coordinates */
    assert_int_equal(first_place(&k, "Bol")->level, VG_PLACE_ADMIN1);
    p = first_place(&k, "Bol town");
    assert_string_equal(p->country, "TD");
    assert_true(p->has_coords);
    /* demonyms are sorted too; equal ranks keep the file order */
    assert_string_equal(demonym(&k, "congolese")->country, "CG");
    unload(&k);
    unlink(tmp_path);
}

static void test_unique_and_implied_country(void **state)
{
    (void)state;
    gfix k;
    load(&k,
         write_tmp(COUNTRIES "town\tNE\tToumour\tDiffa\t\t\t\t0\tunique_af,unique_world\t\t\n"
                             "town\tCM\tKolofata\tFar North\t\t\t\t0\tunique_af\tKolofatta\t\n"
                             "admin2\tCM\tMayo-Sava\tFar North\tMayo-Sava\t\t\t0\tunique_af\t\t\n"
                             "town\tCM\tMora\tFar North\t\t\t\t0\tunique_af\t\t\n"
                             "town\tNE\tMora\tDosso\t\t\t\t0\t\t\t\n"
                             "town\tTD\tMao\tKanem\t\t\t\t0\t\t\t\n"));
    const vg_place *p = first_place(&k, "Toumour");
    assert_int_equal(p->unique, VG_UNIQUE_WORLD);
    assert_string_equal(implied(&k, "Toumour", VG_UNIQUE_WORLD), "NE");
    assert_string_equal(implied(&k, "toumour", VG_UNIQUE_AFRICA), "NE");
    assert_int_equal(first_place(&k, "Kolofatta")->unique, VG_UNIQUE_AFRICA);
    assert_string_equal(implied(&k, "Kolofatta", VG_UNIQUE_AFRICA), "CM");
    assert_null(implied(&k, "Kolofata", VG_UNIQUE_WORLD)); /* a homonym abroad */
    /* the hits disagree, or none is known unique abroad */
    assert_null(implied(&k, "Mora", VG_UNIQUE_AFRICA));
    assert_string_equal(implied(&k, "Mao", VG_UNIQUE_AFRICA), "TD");
    assert_null(implied(&k, "Mao", VG_UNIQUE_WORLD));
    assert_string_equal(implied(&k, "Niger", VG_UNIQUE_AFRICA), "NE");
    assert_null(implied(&k, "Niger", VG_UNIQUE_WORLD)); /* countries carry no flag */
    assert_null(implied(&k, "Zinder", VG_UNIQUE_AFRICA));
    assert_null(vg_gaz_implied_country(NULL, 0, VG_UNIQUE_AFRICA));
    assert_int_equal(first_place(&k, "Mayo-Sava")->unique, VG_UNIQUE_AFRICA);
    unload(&k);
    unlink(tmp_path);
}

static void expect_error(const char *text, const char *want_msg)
{
    char err[512] = "", want[256];
    vg_dict *d = vg_dict_new();
    vg_gaz *g = (vg_gaz *)1;
    const char *path = write_tmp(text);
    int rc = vg_gaz_load(path, d, &g, err, sizeof(err));
    snprintf(want, sizeof(want), "%s%s", path, want_msg);
    if (rc != VG_EKB || strncmp(err, want, strlen(want)) != 0)
        fail_msg("rc %d err '%s', wanted err starting '%s'", rc, err, want);
    assert_null(g);
    vg_dict_free(d);
    unlink(path);
}

static void test_unique_flags_malformed(void **state)
{
    (void)state;
    expect_error(COUNTRIES "town\tNE\tToumour\tDiffa\t\t\t\t0\tunique_world\t\t\n",
                 ":6: unique_world without unique_af");
    expect_error(COUNTRIES "country\tML\tMali\t\t\t\t\t0\tunique_af\t\t\n",
                 ":6: unique_af/unique_world on a country row");
    expect_error(COUNTRIES "town\tNE\tToumour\tDiffa\t\t\t\t0\tunique\t\t\n",
                 ":6: unknown flag 'unique'");
}

/* ------------------------------------------------------------ knowledge/ */

/* The 54 African Union members that ISO lists, plus Western Sahara. */
static const char *const africa[] = {
    "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI",
    "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
    "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN",
    "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW", "EH", NULL};

static void test_real_africa_covered(void **state)
{
    gfix *k = *state;
    size_t towns[26][26] = {{0}}, regions[26][26] = {{0}};
    for (size_t i = 0; i < vg_gaz_count(k->gaz); i++) {
        const vg_place *p = vg_gaz_at(k->gaz, i);
        size_t *c = p->level == VG_PLACE_TOWN ? &towns[p->country[0] - 'A'][p->country[1] - 'A']
                    : p->level == VG_PLACE_ADMIN1
                        ? &regions[p->country[0] - 'A'][p->country[1] - 'A']
                        : NULL;
        if (c)
            (*c)++;
    }
    for (const char *const *cc = africa; *cc; cc++) {
        const vg_place *c = vg_gaz_country(k->gaz, *cc);
        if (!c)
            fail_msg("no country row %s", *cc);
        if (!towns[(*cc)[0] - 'A'][(*cc)[1] - 'A'])
            fail_msg("%s (%s): no towns", *cc, c->name);
        /* GeoNames divides Western Sahara into no admin1 */
        if (!regions[(*cc)[0] - 'A'][(*cc)[1] - 'A'] && strcmp(*cc, "EH") != 0)
            fail_msg("%s (%s): no admin1", *cc, c->name);
    }
    /* towns and regions of countries beyond the Sahel, with their levels */
    const vg_place *p = vg_gaz_find(k->gaz, "Maiduguri", VG_PLACE_TOWN, NULL);
    assert_string_equal(p->country, "NG");
    assert_string_equal(p->admin1, "Borno");
    p = vg_gaz_find(k->gaz, "Bunia", VG_PLACE_TOWN, NULL);
    assert_string_equal(p->admin1, "Ituri");
    p = vg_gaz_find(k->gaz, "Extrême-Nord", VG_PLACE_ADMIN1, NULL);
    assert_string_equal(p->country, "CM");
    assert_string_equal(p->name, "Far North");
    p = vg_gaz_find(k->gaz, "Cabo Delgado", VG_PLACE_ADMIN1, NULL);
    assert_string_equal(p->country, "MZ");
    assert_non_null(vg_gaz_find(k->gaz, "Djugu", VG_PLACE_ADMIN2, "CD"));
    assert_string_equal(implied(k, "Maiduguri", VG_UNIQUE_WORLD), "NG");
    assert_string_equal(implied(k, "Bentiu", VG_UNIQUE_WORLD), "SS");
}

/* Villages below GeoNames' cities500: Nigeria's wards (tools/gazetteer/wards.py)
 * with their LGA and state; the trap rules keep words, names and actors' words
 * out; a town of a long name is not "common" for a short alias that is a word. */
static void test_real_wards_and_traps(void **state)
{
    gfix *k = *state;
    const vg_place *p = vg_gaz_find(k->gaz, "Kuriga", VG_PLACE_TOWN, "NG");
    assert_non_null(p);
    assert_string_equal(p->admin1, "Kaduna");
    assert_string_equal(p->admin2, "Chikun");
    assert_string_equal(implied(k, "Gurmana", VG_UNIQUE_WORLD), "NG");
    assert_string_equal(implied(k, "Dansadau", VG_UNIQUE_WORLD), "NG"); /* joined spelling */
    assert_null(vg_gaz_find(k->gaz, "Shekau", VG_PLACE_TOWN, "NG"));    /* an actor's word */
    assert_null(vg_gaz_find(k->gaz, "Igbo", VG_PLACE_TOWN, "NG"));      /* a frequent word */
    assert_null(vg_gaz_find(k->gaz, "Bule", VG_PLACE_TOWN, "NG"));      /* short: Ituri's too */
    p = vg_gaz_find(k->gaz, "Bobo-Dioulasso", VG_PLACE_TOWN, "BF");
    assert_non_null(p);
    assert_false(p->common);
    assert_ptr_equal(vg_gaz_find(k->gaz, "Bobo", VG_PLACE_TOWN, "BF"), p);
}

static void test_real_demonym_forms(void **state)
{
    gfix *k = *state;
    static const struct {
        const char *word, *cc;
    } d[] = {
        {"Nigerian", "NG"},        {"Nigerians", "NG"},    {"nigérian", "NG"},
        {"nigériane", "NG"},       {"nigérians", "NG"},    {"nigérianes", "NG"},
        {"Cameroonians", "CM"},    {"camerounais", "CM"},  {"camerounaise", "CM"},
        {"camerounaises", "CM"},   {"Chadians", "TD"},     {"tchadiennes", "TD"},
        {"Sudanese", "SD"},        {"soudanaises", "SD"},  {"South Sudanese", "SS"},
        {"sud-soudanais", "SS"},   {"Libyans", "LY"},      {"libyennes", "LY"},
        {"Algerians", "DZ"},       {"algériennes", "DZ"},  {"Central Africans", "CF"},
        {"centrafricaines", "CF"}, {"Ghanaians", "GH"},    {"ghanéennes", "GH"},
        {"Ivorians", "CI"},        {"ivoiriennes", "CI"},  {"Togolese", "TG"},
        {"togolaises", "TG"},      {"Beninese", "BJ"},     {"béninoises", "BJ"},
        {"Senegalese", "SN"},      {"sénégalaises", "SN"}, {"Guineans", "GN"},
        {"guinéennes", "GN"},      {"Mozambicans", "MZ"},  {"mozambicaines", "MZ"},
        {"Somalis", "SO"},         {"somaliennes", "SO"},  {"Ethiopians", "ET"},
        {"éthiopiennes", "ET"},    {"Burkinabe", "BF"},    {"maliennes", "ML"},
        {"Nigeriens", "NE"},       {"Mauritanians", "MR"}, {"Kenyans", "KE"},
    };
    for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
        const vg_place *p = demonym(k, d[i].word);
        if (!p || strcmp(p->country, d[i].cc) != 0)
            fail_msg("demonym '%s' gives %s, not %s", d[i].word, p ? p->country : "nothing",
                     d[i].cc);
    }
    /* an ocean territory lends no "Indian"; no country is an ordinary word */
    assert_null(demonym(k, "Indian"));
    assert_null(demonym(k, "polish"));
}

/* Over every name of the file: the first place hit is the best one, and a
 * unique place's name implies its own country. */
static void test_real_order_and_flags_agree(void **state)
{
    gfix *k = *state;
    size_t unique = 0;
    for (size_t i = 0; i < vg_gaz_count(k->gaz); i++) {
        const vg_place *p = vg_gaz_at(k->gaz, i);
        size_t n;
        const vg_dict_hit *h = vg_dict_get(k->dict, p->name, strlen(p->name), &n);
        assert_non_null(h);
        if (first_place(k, p->name) != vg_gaz_best(h, n, NULL))
            fail_msg("%s: first hit is not the best place", p->name);
        if (!p->unique)
            continue;
        unique++;
        const char *cc = vg_gaz_implied_country(h, n, p->unique);
        if (!cc || strcmp(cc, p->country) != 0)
            fail_msg("%s (%s) is flagged unique but implies %s", p->name, p->country,
                     cc ? cc : "nothing");
    }
    assert_true(unique > 10000);
}

/* A country's name or demonym is never taken for a homonymous unit or town
 * of another country by itself (class: "Mali" of Guinea, "Somali" of
 * Ethiopia, "Niger" of Nigeria): over every place of the file whose name
 * is also another country's name or demonym, the place is flagged common
 * (it needs its unit, or "in" in its own country's text) and implies no
 * country. */
static void test_real_nation_homonyms_common(void **state)
{
    gfix *k = *state;
    size_t found = 0;
    for (size_t i = 0; i < vg_gaz_count(k->gaz); i++) {
        const vg_place *p = vg_gaz_at(k->gaz, i);
        size_t n;
        const vg_dict_hit *h = vg_dict_get(k->dict, p->name, strlen(p->name), &n);
        if (p->level == VG_PLACE_COUNTRY || !h)
            continue;
        int nation = 0;
        for (size_t j = 0; j < n && !nation; j++) {
            const vg_place *q = h[j].val;
            nation = (h[j].tag == VG_TAG_DEMONYM ||
                      (h[j].tag == VG_TAG_PLACE && q->level == VG_PLACE_COUNTRY)) &&
                     strcmp(q->country, p->country) != 0;
        }
        if (!nation)
            continue;
        found++;
        if (!p->common || p->unique)
            fail_msg("%s (%s) is named like another country but is %s", p->name, p->country,
                     p->common ? "unique" : "not common");
    }
    assert_true(found >= 5); /* Mali GN, Somali ET, Niger NG, India GM, Tonga CM, ... */
}

static int setup_real(void **state)
{
    gfix *k = calloc(1, sizeof(*k));
    load(k, REAL_GAZ);
    *state = k;
    return 0;
}

static int teardown_real(void **state)
{
    unload(*state);
    free(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest small[] = {
        cmocka_unit_test(test_sort_hits_keeps_other_tags),
        cmocka_unit_test(test_rank_beats_file_order),
        cmocka_unit_test(test_unique_and_implied_country),
        cmocka_unit_test(test_unique_flags_malformed),
    };
    const struct CMUnitTest real[] = {
        cmocka_unit_test(test_real_africa_covered),
        cmocka_unit_test(test_real_wards_and_traps),
        cmocka_unit_test(test_real_demonym_forms),
        cmocka_unit_test(test_real_order_and_flags_agree),
        cmocka_unit_test(test_real_nation_homonyms_common),
    };
    int rc = cmocka_run_group_tests_name("gaz: ranking, uniqueness", small, NULL, NULL);
    rc += cmocka_run_group_tests_name("gaz: knowledge/gazetteer.tsv", real, setup_real,
                                      teardown_real);
    return rc;
}
