/*
 * test_persons.c - the person nouns of knowledge/persons.tsv (generated from
 * WordNet's noun.person and FreeDict by tools/lexicon/person-nouns) and the
 * lexicon's "include" line that reads them.
 *
 * The extraction cases are generated from the file itself: every 30th
 * singular noun of each class is put in coder-note sentences of our own
 * ("Gunmen shot dead a <noun> in Tillia, Niger, on Monday."), and must give
 * one violent event with a toll of one whose type its class decides (a
 * civilian or an official killed by gunmen: an attack on civilians; a
 * soldier killed by militants: a battle).  Words whose person sense is not
 * their common one must stay out of the file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_event.h"
#include "vigil.h"
#include "kb_fixture.h"

typedef struct row {
    char phrase[96];
    char cls[16];
    char num[4];
    char lang[4];
} row;

/* the rows of knowledge/persons.tsv */
static row *read_rows(size_t *n)
{
    FILE *f = fopen("knowledge/persons.tsv", "r");
    assert_non_null(f);
    size_t cap = 16384;
    row *r = calloc(cap, sizeof(*r));
    char line[512];
    *n = 0;
    while (fgets(line, sizeof(line), f) && *n < cap) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\n")] = 0;
        char *f1 = strtok(line, "\t"), *ph = strtok(NULL, "\t"), *cls = strtok(NULL, "\t");
        char *a = strtok(NULL, "\t"), *b = strtok(NULL, "\t");
        assert_non_null(f1);
        assert_string_equal(f1, "victim");
        assert_non_null(ph);
        assert_non_null(cls);
        assert_non_null(a);
        row *x = &r[(*n)++];
        snprintf(x->phrase, sizeof(x->phrase), "%s", ph);
        snprintf(x->cls, sizeof(x->cls), "%s", cls);
        const char *lang = b ? b : a;
        assert_true(strncmp(lang, "lang=", 5) == 0);
        snprintf(x->lang, sizeof(x->lang), "%s", lang + 5);
        if (b)
            snprintf(x->num, sizeof(x->num), "%s", a);
    }
    fclose(f);
    return r;
}

/* The class name of the person noun phrase in the loaded lexicon (hand rows
 * and generated ones alike), or NULL. */
static const char *class_of(const char *phrase, int lang)
{
    static const char *const names[] = {"",         "person",   "civilian",
                                        "military", "militant", "official"};
    size_t nh;
    const vg_dict_hit *h = vg_dict_get(kb->dict, phrase, strlen(phrase), &nh);
    for (size_t i = 0; h && i < nh; i++) {
        const vg_lex_entry *e = h[i].val;
        if (h[i].tag == VG_TAG_LEX && e->kind == VG_LX_VICTIM && vg_lex_lang_ok(e, lang) &&
            e->val > 0 && e->val < 6)
            return names[e->val];
    }
    return NULL;
}

static void test_inventory(void **st)
{
    (void)st;
    size_t n;
    row *r = read_rows(&n);
    assert_true(n > 8000);
    free(r);
    /* trades, roles and kin the hand list lacked, with their class */
    static const char *const want[][3] = {
        {"councillor", "official", "en"}, {"senator", "official", "en"},
        {"carpenter", "civilian", "en"},  {"pharmacist", "civilian", "en"},
        {"goldsmith", "civilian", "en"},  {"miners", "civilian", "en"},
        {"conscript", "military", "en"},  {"corporal", "military", "en"},
        {"mercenary", "militant", "en"},  {"boulanger", "civilian", "fr"},
        {"menuisier", "civilian", "fr"},  {"pharmacien", "civilian", "fr"},
        {"sergent", "military", "fr"},
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        const char *c = class_of(want[i][0], strcmp(want[i][2], "fr") == 0);
        if (!c || strcmp(c, want[i][1]))
            fail_msg("'%s' is %s, not %s", want[i][0], c ? c : "no person noun", want[i][1]);
    }
    /* a person sense that is not the word's common one, a sports role, a
     * collective or quantifier reading, an adjective first, a criminal
     * (no class fits): none of them may make a victim */
    static const char *const never[] = {
        "general", "private", "minor",   "major", "host",   "party",  "head",    "dog",
        "star",    "captain", "fighter", "boxer", "member", "coach",  "referee", "heavyweight",
        "killer",  "invader", "robber",  "thief", "local",  "native", "lot",     "number",
    };
    for (size_t i = 0; i < sizeof(never) / sizeof(never[0]); i++)
        if (class_of(never[i], 0))
            fail_msg("'%s' must not be a person noun", never[i]);
}

/* One event of type want with a toll of one for text. */
static int expect_one(const char *text, vg_event_type want, const char *noun)
{
    vg_limits lim;
    vg_doc doc;
    vg_events ev = {0};
    vg_limits_default(&lim);
    assert_int_equal(vg_clean(kb, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &doc), 0);
    vg_article art = {.id = "t:1", .published = "2024-03-06", .raw = text, .raw_len = strlen(text)};
    assert_int_equal(vg_extract(kb, &lim, &art, &doc, &ev), 0);
    int ok = ev.n == 1 && ev.v[0].type == want && ev.v[0].fatalities.present &&
             ev.v[0].fatalities.min == 1;
    if (!ok)
        fprintf(stderr, "'%s' (%s): %zu events, type %d, toll %ld\n", text, noun, ev.n,
                ev.n ? (int)ev.v[0].type : -1, ev.n ? ev.v[0].fatalities.min : -1L);
    vg_events_free(&ev);
    vg_doc_free(&doc);
    return ok;
}

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static void test_generated_tolls(void **st)
{
    (void)st;
    size_t n, seen[8] = {0}, tried = 0, bad = 0;
    row *r = read_rows(&n);
    char text[256];
    for (size_t i = 0; i < n; i++) {
        const row *x = &r[i];
        if (strcmp(x->num, "sg") || strchr(x->phrase, '-') || strchr(x->phrase, '\''))
            continue;
        int en = strcmp(x->lang, "en") == 0, k;
        if (strcmp(x->cls, "civilian") == 0 || strcmp(x->cls, "official") == 0)
            k = en ? 0 : 1;
        else if (strcmp(x->cls, "military") == 0)
            k = en ? 2 : 3;
        else
            continue;
        if (seen[k]++ % 30)
            continue;
        tried++;
        if (k == 0)
            snprintf(text, sizeof(text), "Gunmen shot dead %s %s in Tillia, Niger, on Monday.",
                     vowel(x->phrase[0]) ? "an" : "a", x->phrase);
        else if (k == 1)
            snprintf(text, sizeof(text), "Des hommes armés ont tué un %s lundi à Tillia, au Niger.",
                     x->phrase);
        else if (k == 2)
            snprintf(text, sizeof(text), "JNIM militants killed %s %s in Tillia, Niger, on Monday.",
                     vowel(x->phrase[0]) ? "an" : "a", x->phrase);
        else
            snprintf(text, sizeof(text), "Des jihadistes ont tué un %s lundi à Tillia, au Niger.",
                     x->phrase);
        bad += !expect_one(text, k < 2 ? VG_EV_ATTACK_ON_CIVILIANS : VG_EV_ARMED_CLASH, x->phrase);
    }
    free(r);
    if (bad || tried < 150)
        fail_msg("%zu of %zu generated cases failed", bad, tried);
}

static void write_file(const char *path, const char *content)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

/* Load dir/lexicon.tsv: the error (NULL: it must load) and the entry count. */
static size_t load_dir(const char *dir, const char *want_err)
{
    char path[512], err[512] = "";
    snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
    vg_dict *d = vg_dict_new();
    vg_lex *lx = NULL;
    int rc = vg_lex_load(path, d, &lx, err, sizeof(err));
    size_t count = vg_lex_count(lx);
    if (want_err) {
        assert_int_equal(rc, VG_EKB);
        if (!strstr(err, want_err))
            fail_msg("error '%s' lacks '%s'", err, want_err);
    } else if (rc < 0) {
        fail_msg("%s", err);
    }
    vg_lex_free(lx);
    vg_dict_free(d);
    return count;
}

static void test_include(void **st)
{
    (void)st;
    char dir[] = "/tmp/vigil-inc-XXXXXX", path[512];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/extra.tsv", dir);
    write_file(path, "# generated\nvictim\tcarpenter\tcivilian\tsg\tlang=en\n");
    snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
    write_file(path, "num\ttwo\t2\ninclude\textra.tsv\nvictim\tfarmer\tcivilian\n");
    assert_int_equal(load_dir(dir, NULL), 3);
    write_file(path, "num\ttwo\t2\ninclude\tmissing.tsv\n");
    load_dir(dir, "lexicon.tsv:2: cannot open missing.tsv");
    write_file(path, "include\t../extra.tsv\n");
    load_dir(dir, ":1: include takes a file name of this directory");
    write_file(path, "include\t/etc/passwd\n");
    load_dir(dir, ":1: include takes a file name of this directory");
    snprintf(path, sizeof(path), "%s/extra.tsv", dir);
    write_file(path, "include\textra.tsv\n");
    snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
    write_file(path, "include\textra.tsv\n");
    load_dir(dir, "extra.tsv:1: an included file includes nothing");
    snprintf(path, sizeof(path), "%s/extra.tsv", dir);
    write_file(path, "victim\tcarpenter\tnobody\n");
    load_dir(dir, "extra.tsv:1: bad class");
    unlink(path);
    snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_include),
        cmocka_unit_test(test_inventory),
        cmocka_unit_test(test_generated_tolls),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
