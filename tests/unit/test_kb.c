/*
 * test_kb.c - the knowledge base: text folding (vg_norm), the phrase
 * dictionary (vg_dict), the gazetteer and actor loaders on small fixtures
 * (tests/fixtures/knowledge/), strict rejection of malformed files with
 * "path:line: message", and the real knowledge/ files (lookups).
 * Run from the repository root: paths are relative to it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#include "vg_actor.h"
#include "vg_dict.h"
#include "vg_gaz.h"
#include "vg_norm.h"
#include "vg_normtab.h"
#include "vg_scan.h"
#include "vigil.h"

#define FIX_GAZ "tests/fixtures/knowledge/gazetteer.tsv"
#define FIX_ACT "tests/fixtures/knowledge/actors.tsv"
#define REAL_GAZ "knowledge/gazetteer.tsv"
#define REAL_ACT "knowledge/actors.tsv"

/* ------------------------------------------------------------ helpers */

static const char *fold(const char *s)
{
    static char buf[VG_DICT_KEY_MAX];
    vg_fold_phrase(s, strlen(s), buf, sizeof(buf));
    return buf;
}

static char tmp_path[64];

static const char *write_tmp(const char *text)
{
    snprintf(tmp_path, sizeof(tmp_path), "/tmp/vigil-kb-%ld.tsv", (long)getpid());
    FILE *f = fopen(tmp_path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return tmp_path;
}

typedef struct kbfix {
    vg_dict *dict;
    vg_gaz *gaz;
    vg_actors *actors;
} kbfix;

static int load_pair(kbfix *k, const char *gaz, const char *act)
{
    char err[512] = "";
    k->dict = vg_dict_new();
    assert_non_null(k->dict);
    int rc = vg_gaz_load(gaz, k->dict, &k->gaz, err, sizeof(err));
    if (rc == 0 && act)
        rc = vg_actors_load(act, k->dict, &k->actors, err, sizeof(err));
    if (rc)
        fprintf(stderr, "load failed: %s\n", err);
    return rc;
}

static int setup_fixture(void **state)
{
    kbfix *k = calloc(1, sizeof(*k));
    assert_int_equal(load_pair(k, FIX_GAZ, FIX_ACT), 0);
    *state = k;
    return 0;
}

static int setup_real(void **state)
{
    kbfix *k = calloc(1, sizeof(*k));
    /* load time and memory are reported by `vigil check-knowledge`, not
     * asserted here: tests never time things */
    assert_int_equal(load_pair(k, REAL_GAZ, REAL_ACT), 0);
    *state = k;
    return 0;
}

static int teardown(void **state)
{
    kbfix *k = *state;
    vg_actors_free(k->actors);
    vg_gaz_free(k->gaz);
    vg_dict_free(k->dict);
    free(k);
    return 0;
}

/* The best place for a phrase found by vg_dict_match at the start of text. */
static const vg_place *place_at(const kbfix *k, const char *text, const char *hint)
{
    const vg_dict_hit *h;
    size_t n;
    if (!vg_dict_match(k->dict, text, strlen(text), &h, &n))
        return NULL;
    return vg_gaz_best(h, n, hint);
}

static const vg_actor_def *actor_at(const kbfix *k, const char *text, const char *hint)
{
    const vg_dict_hit *h;
    size_t n;
    if (!vg_dict_match(k->dict, text, strlen(text), &h, &n))
        return NULL;
    return vg_actor_best(h, n, hint);
}

static const vg_place *demonym_at(const kbfix *k, const char *text)
{
    const vg_dict_hit *h;
    size_t n;
    if (!vg_dict_match(k->dict, text, strlen(text), &h, &n))
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (h[i].tag == VG_TAG_DEMONYM)
            return h[i].val;
    return NULL;
}

/* ------------------------------------------------------------ vg_norm */

static void test_fold_accents_case(void **state)
{
    (void)state;
    assert_string_equal(fold("Tillabéri"), "tillaberi");
    assert_string_equal(fold("TILLABÉRI"), "tillaberi");
    assert_string_equal(fold("Burkinabè"), "burkinabe");
    assert_string_equal(fold("Ségou  Région"), "segou region");
    assert_string_equal(fold("Dédougou"), "dedougou");
    /* decomposed e + combining acute folds like the precomposed letter */
    assert_string_equal(fold("Tillabe\xcc\x81ri"), "tillaberi");
}

static void test_fold_apostrophes_punct(void **state)
{
    (void)state;
    assert_string_equal(fold("Côte d'Ivoire"), "cote d ivoire");
    assert_string_equal(fold("CÔTE D’IVOIRE"), "cote d ivoire");
    assert_string_equal(fold("Jama'at Nusrat ul-Islam"), "jama at nusrat ul islam");
    assert_string_equal(fold("Jama’at  Nusrat ul Islam"), "jama at nusrat ul islam");
    assert_string_equal(fold("  --Fada N'Gourma!  "), "fada n gourma");
    assert_string_equal(fold("U.N."), "u n");
    assert_string_equal(fold("..."), "");
}

/* Fixed in vg_norm.c: modifier-letter apostrophes (U+02BC, U+02BF, ...) are
 * category Lm and used to glue words together ("jamaʼat" != "jama at"). */
static void test_fold_modifier_apostrophes(void **state)
{
    (void)state;
    assert_string_equal(fold("Jama\xca\xbc"
                             "at"),
                        "jama at"); /* U+02BC */
    assert_string_equal(fold("Jam\xc4\x81\xca\xbf"
                             "at"),
                        "jama at");                           /* ā U+02BF */
    assert_string_equal(fold("d\xca\xbbIvoire"), "d ivoire"); /* U+02BB */
}

/* Fixed in vg_norm.c: French ligatures fold to their two letters. */
static void test_fold_ligatures(void **state)
{
    (void)state;
    assert_string_equal(fold("Œuvre"), "oeuvre");
    assert_string_equal(fold("sœur"), "soeur");
    assert_string_equal(fold("Cæsar"), "caesar");
}

/* Fixed in vg_norm.c: a combining mark after a space started a token that
 * folded to nothing, which made vg_fold_phrase fail for the whole phrase and
 * stopped vg_dict_match. */
static void test_fold_lone_combining_mark(void **state)
{
    (void)state;
    assert_string_equal(fold("Djibo \xcc\x81 attack"), "djibo attack");
    size_t pos = 0, ts, te;
    const char *s = "\xcc\x81"
                    "abc";
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_int_equal(ts, 2);
    assert_int_equal(te, 5);
}

static void test_tokens_offsets(void **state)
{
    (void)state;
    const char *s = "À Ouahigouya, l’armée";
    size_t pos = 0, ts, te;
    char out[64];
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_int_equal(ts, 0);
    assert_int_equal(te, 2); /* "À" is two bytes */
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_int_equal(vg_fold_token(s + ts, te - ts, out, sizeof(out)), 10);
    assert_string_equal(out, "ouahigouya");
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_memory_equal(s + ts, "l", 1);
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 0);
    /* too small a buffer: 0 and "" */
    assert_int_equal(vg_fold_token("Ouahigouya", 10, out, 5), 0);
    assert_string_equal(out, "");
    /* invalid UTF-8 is a separator, never a crash */
    assert_string_equal(fold("Gao\xff\xfeKidal"), "gao kidal");
}

/* The ASCII fast paths of vg_fold_token and vg_tok_next agree with the
 * general path: case, digits, a non-ASCII tail, and the size limit. */
static void test_fold_ascii_fast_path(void **state)
{
    (void)state;
    char out[8];
    assert_int_equal(vg_fold_token("AbZ09", 5, out, sizeof(out)), 5);
    assert_string_equal(out, "abz09");
    assert_int_equal(vg_fold_token("Ab\xc3\x89t", 5, out, sizeof(out)), 4); /* AbÉt */
    assert_string_equal(out, "abet");
    assert_int_equal(vg_fold_token("Abc", 3, out, 4), 3);
    assert_int_equal(vg_fold_token("Abcd", 4, out, 4), 0);
    assert_string_equal(out, "");
    assert_int_equal(vg_fold_token("Ab\xc3\xa9", 4, out, 3), 0); /* é does not fit */
    assert_int_equal(vg_fold_token("Ab\xc3\xa9", 4, out, 4), 3);
    for (int c = -1; c < 128; c++) {
        int want = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        assert_int_equal(vg_norm_is_alnum(c), want);
    }
    size_t pos = 0, ts, te;
    const char *s = "@Zz[`{09/:";
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_int_equal(ts, 1);
    assert_int_equal(te, 3);
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 1);
    assert_int_equal(ts, 6);
    assert_int_equal(te, 8);
    assert_int_equal(vg_tok_next(s, strlen(s), &pos, &ts, &te), 0);
}

/* ------------------------------------------------------------ vg_dict */

static void test_dict_longest_match(void **state)
{
    (void)state;
    int a, b, c;
    vg_dict *d = vg_dict_new();
    assert_non_null(d);
    assert_int_equal(vg_dict_add(d, "Burkina", 7, 1, &a), 0);
    assert_int_equal(vg_dict_add(d, "Burkina Faso", 12, 1, &b), 0);
    assert_int_equal(vg_dict_add(d, "Islamic State in the Greater Sahara", 35, 3, &c), 0);
    assert_int_equal(vg_dict_size(d), 3);

    const vg_dict_hit *h;
    size_t n;
    const char *t = "Burkina Faso's army";
    assert_int_equal(vg_dict_match(d, t, strlen(t), &h, &n), 12);
    assert_int_equal(n, 1);
    assert_ptr_equal(h[0].val, &b);
    t = "BURKINA, Fasso";
    assert_int_equal(vg_dict_match(d, t, strlen(t), &h, &n), 7);
    assert_ptr_equal(h[0].val, &a);
    /* only tokens inside len count */
    t = "Burkina Faso";
    assert_int_equal(vg_dict_match(d, t, 9, &h, &n), 7);
    /* a proper prefix of a phrase is no match on its own */
    t = "Islamic State in Syria";
    assert_int_equal(vg_dict_match(d, t, strlen(t), &h, &n), 0);
    assert_null(h);
    assert_null(vg_dict_get(d, "islamic state in the", 20, &n));
    assert_int_equal(n, 0);
    t = "l'Islamic State in the Greater-Sahara (ISGS)";
    assert_int_equal(vg_dict_match(d, t + 2, strlen(t) - 2, &h, &n), 35);
    assert_ptr_equal(h[0].val, &c);
    vg_dict_free(d);
}

static void test_dict_hits_and_errors(void **state)
{
    (void)state;
    int a, b;
    size_t n;
    vg_dict *d = vg_dict_new();
    assert_int_equal(vg_dict_add(d, "Gao", 3, VG_TAG_PLACE, &a), 0);
    assert_int_equal(vg_dict_add(d, "GAO", 3, VG_TAG_PLACE, &b), 0);
    assert_int_equal(vg_dict_add(d, "gao", 3, VG_TAG_PLACE, &b), 0); /* same pair: once */
    const vg_dict_hit *h = vg_dict_get(d, "Gaó", 4, &n);
    assert_non_null(h);
    assert_int_equal(n, 2);
    assert_int_equal(vg_dict_size(d), 1);
    assert_int_equal(vg_dict_add(d, " - ", 3, 1, &a), VG_EINVAL);
    const char *many = "a b c d e f g h i j k l m";
    assert_int_equal(vg_dict_add(d, many, strlen(many), 1, &a), VG_EINVAL);
    /* many phrases: the table grows and everything is still found */
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        int len = snprintf(buf, sizeof(buf), "place %d town", i);
        assert_int_equal(vg_dict_add(d, buf, (size_t)len, 1, &a), 0);
    }
    assert_non_null(vg_dict_get(d, "Place 4321 Town", 15, &n));
    assert_non_null(vg_dict_get(d, "gao", 3, &n));
    vg_dict_free(d);
    vg_dict_free(NULL);
}

/* ------------------------------------------------------------ fixture */

static void test_fixture_gazetteer(void **state)
{
    kbfix *k = *state;
    assert_int_equal(vg_gaz_count(k->gaz), 14);
    const vg_place *bf = vg_gaz_country(k->gaz, "BF");
    assert_non_null(bf);
    assert_string_equal(bf->name, "Burkina Faso");
    assert_int_equal(bf->level, VG_PLACE_COUNTRY);
    assert_ptr_equal(vg_gaz_country(k->gaz, "bf"), bf);
    assert_null(vg_gaz_country(k->gaz, "XX"));
    assert_null(vg_gaz_country(k->gaz, "B"));
    assert_null(vg_gaz_country(k->gaz, ""));
    assert_null(vg_gaz_country(NULL, "BF"));

    const vg_place *p = place_at(k, "Djibo, dans le Soum", NULL);
    assert_non_null(p);
    assert_string_equal(p->name, "Djibo");
    assert_string_equal(p->country, "BF");
    assert_string_equal(p->admin1, "Sahel");
    assert_string_equal(p->admin2, "Soum");
    assert_true(p->has_coords);
    assert_true(fabs(p->lat - 14.09864) < 1e-9);
    assert_int_equal(p->seat, 2);
    assert_string_equal(vg_place_level_name(p), "town");

    p = place_at(k, "Tinzaouatène", NULL);
    assert_non_null(p);
    assert_string_equal(p->name, "Tinzaouaten");
    assert_false(p->has_coords);
    assert_true(isnan(p->lat));

    p = place_at(k, "région du Sahel", NULL);
    assert_non_null(p);
    assert_int_equal(p->level, VG_PLACE_ADMIN1);
    assert_true(p->common);
    assert_null(bf->admin1);

    p = vg_gaz_at(k->gaz, 0);
    assert_ptr_equal(p, bf);
    assert_null(vg_gaz_at(k->gaz, 14));
}

static void test_fixture_homonyms(void **state)
{
    kbfix *k = *state;
    /* Gao: ML region, ML town, BF town */
    const vg_place *p = place_at(k, "Gao", "BF");
    assert_string_equal(p->country, "BF");
    assert_int_equal(p->level, VG_PLACE_TOWN);
    p = place_at(k, "Gao", "ML");
    assert_string_equal(p->country, "ML");
    assert_int_equal(p->level, VG_PLACE_ADMIN1);
    p = place_at(k, "Gao", NULL);
    assert_string_equal(p->country, "ML");
    p = vg_gaz_find(k->gaz, "gao", VG_PLACE_TOWN, "ML");
    assert_string_equal(p->country, "ML");
    assert_int_equal(p->level, VG_PLACE_TOWN);
    p = vg_gaz_admin1(k->gaz, "ML", "Tombouctou");
    assert_non_null(p);
    assert_string_equal(p->name, "Timbuktu");
    assert_int_equal(p->level, VG_PLACE_ADMIN1);
    assert_null(vg_gaz_admin1(k->gaz, "NE", "Tombouctou"));
    assert_null(vg_gaz_find(k->gaz, "Ouagadougou", -1, NULL));
    /* actors are not places */
    assert_null(place_at(k, "JNIM", NULL));
    assert_null(vg_gaz_best(NULL, 0, NULL));
}

static void test_fixture_demonyms(void **state)
{
    kbfix *k = *state;
    const vg_place *bf = vg_gaz_country(k->gaz, "BF");
    assert_ptr_equal(demonym_at(k, "Burkinabe soldiers"), bf);
    assert_ptr_equal(demonym_at(k, "burkinabè"), bf);
    assert_ptr_equal(demonym_at(k, "Burkinabées"), NULL); /* not listed */
    assert_ptr_equal(demonym_at(k, "MALIENNE"), vg_gaz_country(k->gaz, "ML"));
    assert_ptr_equal(demonym_at(k, "nigérien"), vg_gaz_country(k->gaz, "NE"));
    /* a demonym is not a place */
    assert_null(place_at(k, "Burkinabe", NULL));
}

static void test_fixture_actors(void **state)
{
    kbfix *k = *state;
    assert_int_equal(vg_actors_count(k->actors), 7);
    const vg_actor_def *a = actor_at(k, "Jama’at Nusrat al-Islam wal-Muslimin (JNIM) a", NULL);
    assert_non_null(a);
    assert_string_equal(a->name, "JNIM");
    assert_string_equal(a->kind, "jihadist_group");
    assert_string_equal(a->country, "");
    assert_null(a->parent);
    a = actor_at(k, "Groupe de soutien à l’Islam et aux musulmans", NULL);
    assert_string_equal(a->name, "JNIM");
    a = actor_at(k, "ARMÉE MALIENNE", NULL);
    assert_string_equal(a->name, "Malian Armed Forces");
    assert_string_equal(a->country, "ML");
    a = actor_at(k, "Asimi Goïta", NULL);
    assert_string_equal(a->name, "Assimi Goita");
    assert_string_equal(a->parent, "Military government of Mali");
    assert_non_null(a->parent_def);
    assert_string_equal(a->parent_def->kind, "government");
    /* CNSP: Niger 2023 or Mali 2020 */
    assert_string_equal(actor_at(k, "CNSP", "NE")->country, "NE");
    assert_string_equal(actor_at(k, "CNSP", "ml")->country, "ML");
    assert_non_null(actor_at(k, "CNSP", NULL));
    assert_non_null(vg_actors_by_name(k->actors, "United Nations"));
    assert_null(vg_actors_by_name(k->actors, "UN"));
    assert_ptr_equal(vg_actors_at(k->actors, 0), vg_actors_by_name(k->actors, "JNIM"));
    assert_null(vg_actors_at(k->actors, 7));
    assert_true(vg_actor_kind_valid("media"));
    assert_false(vg_actor_kind_valid("soldiers"));
}

/* ------------------------------------------------------------ malformed */

#define ROW_BF "country\tBF\tBurkina Faso\t\t\t\t\t0\t\t\t\n"

static void expect_gaz_error(const char *text, int want_rc, const char *want_msg)
{
    char err[512] = "", want[256];
    vg_dict *d = vg_dict_new();
    vg_gaz *g = (vg_gaz *)1;
    const char *path = write_tmp(text);
    int rc = vg_gaz_load(path, d, &g, err, sizeof(err));
    snprintf(want, sizeof(want), "%s%s", path, want_msg);
    if (rc != want_rc || strncmp(err, want, strlen(want)) != 0)
        fail_msg("rc %d err '%s', wanted rc %d err starting '%s'", rc, err, want_rc, want);
    assert_null(g);
    vg_dict_free(d);
    unlink(path);
}

/* Tokens of text folded into buf the way vg_scan lays them out for
 * vg_dict_match_toks; returns the count, raw token ends in te[]. */
static size_t fold_toks(const char *text, char *buf, vg_dict_tok *t, size_t *te, size_t max)
{
    size_t pos = 0, ts, e, n = 0, used = 0;
    while (n < max && vg_tok_next(text, strlen(text), &pos, &ts, &e)) {
        size_t m = vg_fold_token(text + ts, e - ts, buf + used, VG_DICT_KEY_MAX);
        vg_dict_tok_set(&t[n], buf, (uint32_t)used, (uint32_t)m);
        used += m;
        buf[used++] = ' ';
        te[n++] = e;
    }
    return n;
}

/* vg_dict_match_toks finds what vg_dict_match finds, at every token. */
static void check_toks_like_match(const vg_dict *d, const char *text)
{
    static char buf[64 * (VG_DICT_KEY_MAX + 1)];
    vg_dict_tok t[64];
    size_t te[64], pos = 0, ts, e;
    size_t n = fold_toks(text, buf, t, te, 64);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(vg_tok_next(text, strlen(text), &pos, &ts, &e), 1);
        const vg_dict_hit *h1, *h2;
        size_t n1, n2;
        size_t bytes = vg_dict_match(d, text + ts, strlen(text) - ts, &h1, &n1);
        size_t k = vg_dict_match_toks(d, buf, t + i, n - i, &h2, &n2);
        assert_int_equal(bytes, k ? te[i + k - 1] - ts : 0);
        assert_ptr_equal(h1, h2);
        assert_int_equal(n1, n2);
    }
}

static void test_dict_match_toks(void **state)
{
    (void)state;
    static int v[3000];
    char p[64], longw[600];
    vg_dict *d = vg_dict_new();
    assert_non_null(d);
    for (int i = 0; i < 3000; i++) { /* several table growths */
        snprintf(p, sizeof(p), "w%d x%d", i % 700, i);
        assert_int_equal(vg_dict_add(d, p, strlen(p), 1, &v[i]), 0);
    }
    assert_int_equal(vg_dict_add(d, "Burkina Faso", 12, 2, &v[0]), 0);
    assert_int_equal(vg_dict_add(d, "a b c d e f g h i j k l", 23, 2, &v[1]), 0);
    assert_int_equal(vg_dict_add(d, "a b c d e f g h i j k", 21, 2, &v[2]), 0);
    assert_int_equal(vg_dict_add(d, "Gen", 3, 4, &v[3]), 0);
    assert_int_equal(vg_dict_size(d), 3004);
    size_t nh;
    assert_ptr_equal(vg_dict_get(d, "W699  X2799", 11, &nh)->val, &v[2799]);
    assert_null(vg_dict_get(d, "w699", 4, &nh)); /* a prefix only */
    check_toks_like_match(d, "In BURKINA FASO, w5 x705 and w5 x6 near w12 x2112.");
    check_toks_like_match(d, "A b c d e f g h i j k l m: Gen. Burkinabé w3 x3 x3");
    check_toks_like_match(d, "Côte d’Ivoire w10 w10 x10 x710 Burkina");
    memset(longw, 'a', sizeof(longw) - 1); /* a token too long for any key */
    longw[sizeof(longw) - 1] = 0;
    check_toks_like_match(d, longw);
    char text[700];
    snprintf(text, sizeof(text), "q r %.*s", 251, longw); /* 255 bytes: the longest key */
    assert_int_equal(vg_dict_add(d, text, strlen(text), 2, &v[4]), 0);
    for (int len = 245; len < 260; len++) { /* keys around VG_DICT_KEY_MAX */
        snprintf(text, sizeof(text), "q r %.*s q r %.*s.", len, longw, 251, longw);
        check_toks_like_match(d, text);
    }
    vg_dict_free(d);
}

/* vg_scan token flags (its early exit at the first lower-case letter) and
 * vg_scan_is on the folded tokens. */
static void test_scan_flags_fold(void **state)
{
    (void)state;
    static const struct {
        const char *w;
        int flags;
    } want[] = {
        {"Mali", VG_TF_CAP},
        {"mALI", 0},
        {"ÉTAT", VG_TF_CAP | VG_TF_ALLCAP},
        {"État", VG_TF_CAP},
        {"US", VG_TF_CAP | VG_TF_ALLCAP},
        {"A", VG_TF_CAP},
        {"A1B", VG_TF_CAP | VG_TF_ALLCAP},
        {"A1b", VG_TF_CAP},
        {"1er", VG_TF_DIGPFX},
        {"11TH", VG_TF_DIGPFX | VG_TF_ALLCAP},
        {"11T", VG_TF_DIGPFX},
        {"2024", VG_TF_DIGIT},
        {"x9Y", 0},
    };
    const char *text = "Mali mALI ÉTAT État US A A1B A1b 1er 11TH 11T 2024 x9Y";
    vg_dict *d = vg_dict_new();
    vg_scan sc;
    assert_int_equal(vg_scan_text(d, text, strlen(text), 100, &sc), 0);
    assert_int_equal(sc.ntok, sizeof(want) / sizeof(want[0]));
    for (size_t t = 0; t < sc.ntok; t++)
        assert_int_equal(sc.tok[t].flags, want[t].flags);
    assert_true(vg_scan_is(&sc, 2, "etat"));
    assert_true(vg_scan_is(&sc, 1, "mali"));
    assert_false(vg_scan_is(&sc, 1, "mal"));
    assert_false(vg_scan_is(&sc, 99, "mali"));
    vg_scan_free(&sc);
    vg_dict_free(d);
}

/* vg_normtab.h agrees with the utf8proc in use: class, and fold as the
 * general path (utf8proc, one code point) computes it. */
static void test_normtab_matches_utf8proc(void **state)
{
    (void)state;
    for (int32_t cp = 0x80; cp < VG_NORMTAB_END; cp++) {
        const vg_normtab_ent *t = &normtab[cp - 0x80];
        utf8proc_category_t c = utf8proc_category(cp);
        int alnum = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
                    c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
                    c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_ND ||
                    c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
        int mark = c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
        assert_int_equal(!!(t->cls & VG_NT_ALNUM), alnum);
        assert_int_equal(!!(t->cls & VG_NT_MARK), mark);
        assert_int_equal(!!(t->cls & VG_NT_UPPER), !!utf8proc_isupper(cp));
        char want[32];
        size_t w = 0;
        if (cp == 0x0153 || cp == 0x0152 || cp == 0x00E6 || cp == 0x00C6) {
            want[w++] = cp == 0x0153 || cp == 0x0152 ? 'o' : 'a';
            want[w++] = 'e';
        } else {
            utf8proc_int32_t dec[8];
            int last = 0;
            utf8proc_ssize_t nd = utf8proc_decompose_char(cp, dec, 8,
                                                          UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                              UTF8PROC_STRIPMARK | UTF8PROC_COMPAT,
                                                          &last);
            if (nd < 0 || nd > 8) {
                dec[0] = cp;
                nd = 1;
            }
            for (utf8proc_ssize_t k = 0; k < nd; k++)
                w += (size_t)utf8proc_encode_char(dec[k], (utf8proc_uint8_t *)want + w);
        }
        if (w > 4) {
            assert_int_equal(t->len, 255);
            continue;
        }
        assert_int_equal(t->len, w);
        assert_memory_equal(t->out, want, w);
    }
}

/* vg_norm_decode's own 2- and 3-byte paths decode as utf8proc_iterate does,
 * around every lead byte and the continuation range edges. */
static void test_norm_decode_matches_utf8proc(void **state)
{
    (void)state;
    for (int a = 0x80; a < 0x100; a++)
        for (int b = 0x70; b < 0xC8; b++)
            for (int c = 0x70; c < 0xC8; c++)
                for (size_t len = 1; len <= 3; len++) {
                    unsigned char s[4] = {(unsigned char)a, (unsigned char)b, (unsigned char)c,
                                          'A'};
                    int32_t cp;
                    size_t n = vg_norm_decode((const char *)s, len, &cp);
                    utf8proc_int32_t u;
                    utf8proc_ssize_t m = utf8proc_iterate(s, (utf8proc_ssize_t)len, &u);
                    if (m <= 0) {
                        u = 0xFFFD;
                        m = 1;
                    }
                    assert_int_equal(n, m);
                    assert_int_equal(cp, u);
                }
}

/* VG_TF_* as the scan computed them before its ASCII fast path. */
static uint16_t ref_flags(const char *s, size_t n)
{
    uint16_t f = 0;
    size_t i = 0, letters = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == n)
        return VG_TF_DIGIT;
    if (i)
        f |= VG_TF_DIGPFX;
    while (i < n) {
        int32_t cp;
        i += vg_norm_decode(s + i, n - i, &cp);
        if (cp >= '0' && cp <= '9')
            continue;
        letters++;
        if (!utf8proc_isupper(cp))
            return f;
        if (letters == 1 && !(f & VG_TF_DIGPFX))
            f |= VG_TF_CAP;
    }
    if (letters >= 2)
        f |= VG_TF_ALLCAP;
    return f;
}

/* The scan's fused tokenise/fold/hash/flags pass gives what vg_tok_next,
 * vg_fold_token and vg_dict_tok_set give, on pseudo-random texts made of
 * ASCII, accented and other letters, combining marks, punctuation, invalid
 * bytes and over-long tokens. */
static void test_scan_matches_general_path(void **state)
{
    (void)state;
    static const char *const piece[] = {
        "a",
        "Z",
        "7",
        "é",
        "É",
        "\xcc\x81",
        "’",
        "ß",
        "Œ",
        " ",
        ".",
        "\n",
        "-",
        "ǅ",
        "\xe2\x80\xa6",
        "\xff",
        "ŉ",
        "Ⅻ",
        "ﬁ",
        "\xf0\x9f\x98\x80",
        "\xcd\x85",
        "x",
        "Q",
        "09",
        "U+",
        "\xed\xa0\x80",
        "ʼ",
        "Ω",
        "д",
        "\t",
    };
    enum { NP = sizeof(piece) / sizeof(piece[0]) };
    static char text[4096];
    vg_dict *d = vg_dict_new();
    uint64_t r = 88172645463325252ull;
    for (int iter = 0; iter < 400; iter++) {
        size_t len = 0;
        while (len < sizeof(text) - 16) {
            r ^= r << 13, r ^= r >> 7, r ^= r << 17;
            const char *p = piece[r % NP];
            size_t reps = (r >> 20) % 16 == 0 ? 1 + (r >> 30) % 300 : 1; /* long runs */
            for (size_t k = 0; k < reps && len + strlen(p) < sizeof(text) - 16; k++) {
                memcpy(text + len, p, strlen(p));
                len += strlen(p);
            }
            if ((r >> 40) % 64 == 0)
                break;
        }
        vg_scan sc;
        assert_int_equal(vg_scan_text(d, text, len, 100000, &sc), 0);
        size_t pos = 0, ts, te, t = 0;
        while (vg_tok_next(text, len, &pos, &ts, &te)) {
            assert_true(t < sc.ntok);
            assert_int_equal(sc.tok[t].s, ts);
            assert_int_equal(sc.tok[t].e, te);
            assert_int_equal(sc.tok[t].flags, ref_flags(text + ts, te - ts));
            char f[VG_DICT_KEY_MAX];
            size_t n = vg_fold_token(text + ts, te - ts, f, VG_DICT_KEY_MAX);
            assert_int_equal(sc.ftok[t].len, n);
            assert_memory_equal(sc.fold + sc.ftok[t].off, f, n);
            vg_dict_tok want;
            vg_dict_tok_set(&want, f, 0, (uint32_t)n);
            assert_true(sc.ftok[t].h == want.h);
            t++;
        }
        assert_int_equal(t, sc.ntok);
        vg_scan_free(&sc);
    }
    vg_dict_free(d);
}

static void test_gaz_malformed(void **state)
{
    (void)state;
    expect_gaz_error("# c\n" ROW_BF "town\tBF\tDjibo\tSahel\n", VG_EKB,
                     ":3: expected 11 tab-separated columns, found 4");
    expect_gaz_error(ROW_BF "\n# c\ntown\tBF\tDjibo\tSahel\tSoum\t14.1\t-1.6\t0\t\t\t\textra\n",
                     VG_EKB, ":4: expected 11 tab-separated columns, found 12");
    expect_gaz_error(ROW_BF "village\tBF\tDjibo\tSahel\tSoum\t14.1\t-1.6\t0\t\t\t\n", VG_EKB,
                     ":2: unknown level 'village'");
    expect_gaz_error(ROW_BF "town\tbf\tDjibo\tSahel\tSoum\t14.1\t-1.6\t0\t\t\t\n", VG_EKB,
                     ":2: bad country code 'bf'");
    expect_gaz_error(ROW_BF "town\tBFA\tDjibo\tSahel\tSoum\t14.1\t-1.6\t0\t\t\t\n", VG_EKB,
                     ":2: bad country code 'BFA'");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t14,1\t-1.6\t0\t\t\t\n", VG_EKB,
                     ":2: bad latitude '14,1'");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t14.1\t-181\t0\t\t\t\n", VG_EKB,
                     ":2: bad longitude '-181'");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t14.1\t\t0\t\t\t\n", VG_EKB,
                     ":2: bad longitude ''");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t14.1\t-1.6\t-5\t\t\t\n", VG_EKB,
                     ":2: bad population '-5'");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t14.1\t-1.6\t99999999999\t\t\t\n", VG_EKB,
                     ":2: bad population '99999999999'");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t14.1\t-1.6\t0\tbig\t\t\n", VG_EKB,
                     ":2: unknown flag 'big'");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t\t\t0\t\tDjib||Jibo\t\n", VG_EKB,
                     ":2: empty item in '|' list");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t\t\t0\t\t\tDjiboan\n", VG_EKB,
                     ":2: demonyms on a town row");
    expect_gaz_error(ROW_BF "town\tBF\t\tSahel\tSoum\t\t\t0\t\t\t\n", VG_EKB, ":2: empty name");
    expect_gaz_error(ROW_BF "town\tBF\t...\tSahel\tSoum\t\t\t0\t\t\t\n", VG_EKB,
                     ":2: unusable name '...'");
    expect_gaz_error(ROW_BF "admin1\tBF\tSahel\t\t\t\t\t0\t\t\t\n", VG_EKB,
                     ":2: admin1 without admin1");
    expect_gaz_error(ROW_BF ROW_BF, VG_EKB, ":2: second country row for BF");
    expect_gaz_error(ROW_BF "town\tBF\tDjibo\tSahel\tSoum\t\t\t0\t\t\t\r\n"
                            "town\tBF\tDj\xff\tSahel\tSoum\t\t\t0\t\t\t\n",
                     VG_EKB, ":3: invalid UTF-8");
    expect_gaz_error(ROW_BF "town\tML\tGao\tGao\t\t\t\t0\t\t\t\n", VG_EKB,
                     ": Gao (town) has no country row ML");

    char err[256];
    vg_dict *d = vg_dict_new();
    vg_gaz *g;
    assert_int_equal(
        vg_gaz_load("tests/fixtures/knowledge/nonexistent.tsv", d, &g, err, sizeof(err)), VG_EIO);
    assert_non_null(strstr(err, "nonexistent.tsv: "));
    /* CRLF line ends and an empty file are fine */
    assert_int_equal(vg_gaz_load(write_tmp("country\tBF\tBurkina Faso\t\t\t\t\t0\t\t\t\r\n"), d, &g,
                                 err, sizeof(err)),
                     0);
    assert_int_equal(vg_gaz_count(g), 1);
    assert_string_equal(vg_gaz_country(g, "BF")->name, "Burkina Faso");
    vg_gaz_free(g);
    assert_int_equal(vg_gaz_load(write_tmp(""), d, &g, err, sizeof(err)), 0);
    assert_int_equal(vg_gaz_count(g), 0);
    vg_gaz_free(g);
    vg_gaz_free(NULL);
    unlink(tmp_path);
    vg_dict_free(d);
}

static void expect_actor_error(const char *text, const char *want_msg)
{
    char err[512] = "", want[256];
    vg_dict *d = vg_dict_new();
    vg_actors *a = (vg_actors *)1;
    const char *path = write_tmp(text);
    int rc = vg_actors_load(path, d, &a, err, sizeof(err));
    snprintf(want, sizeof(want), "%s%s", path, want_msg);
    if (rc != VG_EKB || strncmp(err, want, strlen(want)) != 0)
        fail_msg("rc %d err '%s', wanted err starting '%s'", rc, err, want);
    assert_null(a);
    vg_dict_free(d);
    unlink(path);
}

static void test_actors_malformed(void **state)
{
    (void)state;
    expect_actor_error("# c\nJNIM\tjihadist_group\t\t\n", ":2: expected 5 tab-separated columns");
    expect_actor_error("JNIM\tterrorists\t\t\tGSIM\n", ":1: unknown kind 'terrorists'");
    expect_actor_error("FAMa\tstate_forces\tMLI\t\t\n", ":1: bad country code 'MLI'");
    expect_actor_error("JNIM\tjihadist_group\t\t\tGSIM\n\nJNIM\tjihadist_group\t\t\t\n",
                       ":3: duplicate actor 'JNIM'");
    expect_actor_error("JNIM\tjihadist_group\t\t\tGSIM|\n", ":1: empty item in '|' list");
    expect_actor_error("X\tperson\tML\t\t\nGoita\tperson\tML\tJunta\t\n",
                       ":2: parent 'Junta' is not an actor");
    expect_actor_error("Goita\tperson\tML\tGoita\t\n", ":1: 'Goita' is its own parent");
    expect_actor_error("\tperson\tML\t\t\n", ":1: empty name");
    char err[256];
    vg_actors *a;
    vg_dict *d = vg_dict_new();
    assert_int_equal(vg_actors_load("no/such/actors.tsv", d, &a, err, sizeof(err)), VG_EIO);
    assert_null(a);
    vg_actors_free(NULL);
    vg_dict_free(d);
}

/* ------------------------------------------------------------ real knowledge/ */

static void test_real_places(void **state)
{
    kbfix *k = *state;
    assert_true(vg_gaz_count(k->gaz) > 5000);
    for (const char *const *t = (const char *const[]){"Tillaberi", "Tillabéri", "TILLABERY", NULL};
         *t; t++) {
        const vg_place *p = place_at(k, *t, NULL);
        assert_non_null(p);
        assert_string_equal(p->country, "NE");
        assert_string_equal(p->admin1, "Tillaberi");
    }
    const vg_place *p = place_at(k, "Djibo", NULL);
    assert_string_equal(p->country, "BF");
    assert_string_equal(p->admin1, "Sahel");
    assert_string_equal(p->admin2, "Soum");
    assert_true(p->has_coords);
    p = vg_gaz_find(k->gaz, "Tombouctou", VG_PLACE_TOWN, NULL);
    assert_string_equal(p->country, "ML");
    assert_string_equal(p->name, "Timbuktu");
    assert_string_equal(p->admin1, "Timbuktu");
    p = vg_gaz_admin1(k->gaz, "ML", "région de Tombouctou");
    assert_string_equal(p->name, "Timbuktu");
    p = place_at(k, "Ouahigouya", NULL);
    assert_string_equal(p->admin1, "Nord");
    assert_string_equal(p->admin2, "Yatenga");
    p = place_at(k, "Tchad", NULL);
    assert_string_equal(p->country, "TD");
    assert_int_equal(p->level, VG_PLACE_COUNTRY);
    p = place_at(k, "Ivory Coast", NULL);
    assert_ptr_equal(p, vg_gaz_country(k->gaz, "CI"));
    assert_ptr_equal(place_at(k, "Côte d’Ivoire", NULL), p);
    assert_ptr_equal(place_at(k, "Burkina", NULL), vg_gaz_country(k->gaz, "BF"));
    p = place_at(k, "Sahel region", NULL);
    assert_int_equal(p->level, VG_PLACE_ADMIN1);
    assert_string_equal(p->country, "BF");
    assert_true(p->common);
    p = vg_gaz_find(k->gaz, "Soum", VG_PLACE_ADMIN2, NULL);
    assert_string_equal(p->admin1, "Sahel");
    p = vg_gaz_find(k->gaz, "Loroum", -1, NULL);
    assert_string_equal(p->admin1, "Nord");
    p = place_at(k, "Kati", "ML");
    assert_string_equal(p->admin1, "Koulikoro");
    p = place_at(k, "Bamako", NULL);
    assert_true(p->capital || p->level == VG_PLACE_ADMIN1);
    p = vg_gaz_find(k->gaz, "Ouagadougou", VG_PLACE_TOWN, NULL);
    assert_true(p->capital);
    assert_string_equal(p->admin1, "Centre");
    /* every country of ISO 3166-1 has a row */
    assert_non_null(vg_gaz_country(k->gaz, "FR"));
    assert_non_null(vg_gaz_country(k->gaz, "NZ"));
}

static void test_real_demonyms_actors(void **state)
{
    kbfix *k = *state;
    assert_ptr_equal(demonym_at(k, "Burkinabe"), vg_gaz_country(k->gaz, "BF"));
    assert_ptr_equal(demonym_at(k, "burkinabées"), vg_gaz_country(k->gaz, "BF"));
    assert_ptr_equal(demonym_at(k, "Maliens"), vg_gaz_country(k->gaz, "ML"));
    assert_ptr_equal(demonym_at(k, "nigériennes"), vg_gaz_country(k->gaz, "NE"));
    assert_ptr_equal(demonym_at(k, "Nigerian"), vg_gaz_country(k->gaz, "NG"));
    assert_ptr_equal(demonym_at(k, "tchadien"), vg_gaz_country(k->gaz, "TD"));

    static const char *const jnim[] = {"JNIM",
                                       "GSIM",
                                       "Jama’at Nusrat al-Islam wal-Muslimin",
                                       "Jama’a Nusrat ul-Islam wa al-Muslimin",
                                       "Jama'at Nasr al-Islam wal Muslimin",
                                       "Groupe de soutien à l'Islam et aux musulmans",
                                       "Support Group for Islam and Muslims",
                                       NULL};
    for (const char *const *t = jnim; *t; t++) {
        const vg_actor_def *a = actor_at(k, *t, NULL);
        if (!a || strcmp(a->name, "JNIM") != 0)
            fail_msg("'%s' is not JNIM", *t);
    }
    assert_string_equal(actor_at(k, "EIGS", NULL)->name, "Islamic State Sahel");
    assert_string_equal(actor_at(k, "État islamique au Grand Sahara", NULL)->name,
                        "Islamic State Sahel");
    assert_string_equal(actor_at(k, "FAMa", NULL)->name, "Malian Armed Forces");
    assert_string_equal(actor_at(k, "Forces armées maliennes", NULL)->name, "Malian Armed Forces");
    assert_string_equal(actor_at(k, "Volontaires pour la défense de la patrie", NULL)->name, "VDP");
    assert_string_equal(actor_at(k, "Africa Corps", NULL)->name, "Africa Corps");
    assert_string_equal(actor_at(k, "Wagner", NULL)->name, "Wagner Group");
    assert_string_equal(actor_at(k, "Opération Barkhane", NULL)->name, "French Armed Forces");
    assert_string_equal(actor_at(k, "CEDEAO", NULL)->name, "ECOWAS");
    assert_string_equal(actor_at(k, "Alliance des États du Sahel", NULL)->name, "AES");
    assert_string_equal(actor_at(k, "CNSP", "NE")->name, "CNSP");
    assert_string_equal(actor_at(k, "Abdourahamane Tchiani", NULL)->name, "Abdourahamane Tiani");
    assert_string_equal(actor_at(k, "Colonel Assimi Goïta", NULL)->name, "Assimi Goita");
    assert_string_equal(actor_at(k, "Ibrahim Traoré", NULL)->name, "Ibrahim Traore");
    assert_string_equal(actor_at(k, "IBK", NULL)->name, "Ibrahim Boubacar Keita");
    const vg_actor_def *a = actor_at(k, "Iyad Ag Ghali", NULL);
    assert_string_equal(a->parent_def->name, "JNIM");
    /* the real files keep to the documented kinds and resolve every parent */
    for (size_t i = 0; i < vg_actors_count(k->actors); i++) {
        a = vg_actors_at(k->actors, i);
        assert_true(vg_actor_kind_valid(a->kind));
        assert_true(!a->parent || a->parent_def);
    }
    /* ordinary words are not actors */
    assert_null(actor_at(k, "un soldat", NULL));
    assert_null(actor_at(k, "us", NULL));
}

int main(void)
{
    const struct CMUnitTest norm_dict[] = {
        cmocka_unit_test(test_fold_accents_case),
        cmocka_unit_test(test_fold_apostrophes_punct),
        cmocka_unit_test(test_fold_modifier_apostrophes),
        cmocka_unit_test(test_fold_ligatures),
        cmocka_unit_test(test_fold_lone_combining_mark),
        cmocka_unit_test(test_tokens_offsets),
        cmocka_unit_test(test_fold_ascii_fast_path),
        cmocka_unit_test(test_dict_longest_match),
        cmocka_unit_test(test_dict_hits_and_errors),
        cmocka_unit_test(test_dict_match_toks),
        cmocka_unit_test(test_scan_flags_fold),
        cmocka_unit_test(test_normtab_matches_utf8proc),
        cmocka_unit_test(test_norm_decode_matches_utf8proc),
        cmocka_unit_test(test_scan_matches_general_path),
        cmocka_unit_test(test_gaz_malformed),
        cmocka_unit_test(test_actors_malformed),
    };
    const struct CMUnitTest fixture[] = {
        cmocka_unit_test(test_fixture_gazetteer),
        cmocka_unit_test(test_fixture_homonyms),
        cmocka_unit_test(test_fixture_demonyms),
        cmocka_unit_test(test_fixture_actors),
    };
    const struct CMUnitTest real[] = {
        cmocka_unit_test(test_real_places),
        cmocka_unit_test(test_real_demonyms_actors),
    };
    int rc = cmocka_run_group_tests_name("kb: norm, dict, malformed files", norm_dict, NULL, NULL);
    rc += cmocka_run_group_tests_name("kb: fixture", fixture, setup_fixture, teardown);
    rc += cmocka_run_group_tests_name("kb: knowledge/", real, setup_real, teardown);
    return rc;
}
