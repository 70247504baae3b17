/*
 * test_knowledge.c - the policy files: knowledge/types.tsv (typing steps,
 * ACLED mapping, generic actors, subtype flags), knowledge/clean.tsv (the
 * cleaner's word lists) and the lexicon's word kinds.  The shipped files
 * load and say what the code relies on; malformed files fail with
 * "path:line: message"; and what the files say is what the library does (a
 * precedence line, an ACLED row, a generic label, a boilerplate phrase or a
 * stopword edited in a copy of the knowledge changes the events or the
 * clean document).  Run from the source tree root (reads knowledge/).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vg_cleanlex.h"
#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_types.h"
#include "vigil.h"

static void write_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    assert_non_null(s);
    assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
    s[n] = 0;
    fclose(f);
    return s;
}

/* A temporary file holding content, its name in path (a mkstemp template). */
static void temp_file(char *path, const char *content)
{
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    write_file(path, content);
}

/* Load a file and free what was loaded: 0 or the VG_E* of the load. */
typedef int (*loader)(const char *path, char *err, size_t errlen);

static int load_types(const char *path, char *err, size_t errlen)
{
    vg_types *ty = NULL;
    int rc = vg_types_load(path, &ty, err, errlen);
    assert_true(rc == 0 || !ty);
    vg_types_free(ty);
    return rc;
}

static int load_clean(const char *path, char *err, size_t errlen)
{
    vg_cleanlex *cl = NULL;
    int rc = vg_cleanlex_load(path, &cl, err, errlen);
    assert_true(rc == 0 || !cl);
    vg_cleanlex_free(cl);
    return rc;
}

/* Loading content fails with VG_EKB and "path:line: message" holding want. */
static void load_error(loader load, const char *content, const char *want)
{
    char path[] = "/tmp/vigil-knowledge-XXXXXX", err[256] = "";
    temp_file(path, content);
    assert_int_equal(load(path, err, sizeof(err)), VG_EKB);
    if (!strstr(err, want) || !strstr(err, path))
        fail_msg("error '%s' lacks '%s' or the path", err, want);
    unlink(path);
}

/* ---- types.tsv as shipped */

static void test_types_file(void **st)
{
    (void)st;
    vg_types *ty = NULL;
    char err[256] = "";
    assert_int_equal(vg_types_load("knowledge/types.tsv", &ty, err, sizeof(err)), 0);
    assert_true(ty->nsteps >= 10);
    const vg_acled_row *a = vg_types_acled(ty, VG_EV_REMOTE_VIOLENCE, "airstrike");
    assert_non_null(a);
    assert_string_equal(a->sub_event_type, "Air/drone strike");
    a = vg_types_acled(ty, VG_EV_REMOTE_VIOLENCE, "no_such_subtype"); /* the '-' row */
    assert_non_null(a);
    assert_string_equal(a->sub_event_type, "Remote explosive/landmine/IED");
    a = vg_types_acled(ty, VG_EV_ARMED_CLASH, "");
    assert_string_equal(a->event_type, "Battles");
    const vg_actor_label *l = vg_types_label(ty, "Civilians");
    assert_non_null(l);
    assert_string_equal(l->pre, "Civilians (");
    assert_string_equal(l->post, ")");
    assert_null(vg_types_label(ty, "JNIM"));
    assert_string_equal(ty->generic[VG_GEN_UNIDENTIFIED].name, "Unidentified armed group");
    assert_int_equal(ty->generic[VG_GEN_UNIDENTIFIED].cls, VG_VC_MILITANT);
    assert_true(vg_types_subtype(ty, "ied") & VG_SUB_PLANTED);
    assert_true(vg_types_subtype(ty, "drone_strike") & VG_SUB_AIR);
    assert_int_equal(vg_types_subtype(ty, ""), 0);
    vg_types_free(ty);
    vg_types_free(NULL);
}

/* A minimal valid file, to which each case adds one bad line. */
#define GOOD                                                                                       \
    "precede\triot\t1\tprotest\t9\n"                                                               \
    "acled\triot\t-\tRiots\tViolent demonstration\n"                                               \
    "generic\tunidentified\tUnidentified armed group\tmilitant\n"                                  \
    "generic\tstate_air\tMilitary forces\tmilitary\n"                                              \
    "generic\tprotest\tProtesters\tcivilian\n"                                                     \
    "generic\triot\tRioters\tcivilian\n"                                                           \
    "generic\tpolice\tPolice forces\tmilitary\n"

static void test_types_errors(void **st)
{
    (void)st;
    load_error(load_types, GOOD "bogus\tx\n", ":8: unknown kind 'bogus'");
    load_error(load_types, GOOD "precede\triot\t0\tprotest\t9\n", ":8: weight '0' is not 1..9");
    load_error(load_types, GOOD "precede\triot\t1\tprotest\n", ":8: precede takes");
    load_error(load_types, GOOD "precede\triot\t1\tbattle\t3\n", ":8: unknown event type 'battle'");
    load_error(load_types, GOOD "precede\triot\t1\triot\t3\n", ":8: a type cannot precede itself");
    load_error(load_types, GOOD "precede\triot\t1\tprotest\t3\tsometimes\n",
               ":8: unknown condition");
    load_error(load_types, GOOD "rule\tmagic\n", ":8: unknown rule 'magic'");
    load_error(load_types, GOOD "acled\triot\t-\tRiots\n", ":8: acled takes");
    load_error(load_types, GOOD "label\tCivilians\tCivilians of\n",
               ":8: the template must hold {country}");
    load_error(load_types, GOOD "label\tX\t{country} {country}\n",
               ":8: the template must hold {country}");
    load_error(load_types, GOOD "generic\triot\tMobs\tcivilian\n", ":8: role 'riot' given twice");
    load_error(load_types, GOOD "generic\tcrowd\tMobs\tcivilian\n", ":8: unknown role 'crowd'");
    load_error(load_types, GOOD "subtype\tied\texplosive\n", ":8: unknown flag 'explosive'");
    load_error(load_types, GOOD "rule\t\n", ":8: empty field 2");
    load_error(load_types, GOOD "acled\triot\t-\tRiots\tA\tB\tC\n", ":8: at most 6");
    /* the precision stage's rows (vg_ex_sense.c) */
    load_error(load_types, GOOD "sense\triot\tnowhere\talways\n", ":8: unknown context 'nowhere'");
    load_error(load_types, GOOD "sense\triot\tplain\tarmed+luck\n", ":8: unknown evidence 'luck'");
    load_error(load_types, GOOD "sense\triot\tplain\n", ":8: sense takes TYPE CONTEXT EVIDENCE");
    load_error(load_types, GOOD "sense\tbattle\tplain\tarmed\n", ":8: unknown event type 'battle'");
    load_error(load_types, GOOD "sense\triot\tplain\tcue|cue|cue|cue|cue|cue|cue\n",
               ":8: more than 6 alternatives");
    load_error(load_types, GOOD "param\tluck\t3\n", ":8: unknown param 'luck'");
    load_error(load_types, GOOD "param\tstrong\t4\nparam\tstrong\t5\n",
               ":9: param 'strong' given twice");
    load_error(load_types, GOOD "param\tstrong\tfour\n", ":8: param value 'four' is not 0..1000");
    load_error(load_types, GOOD, "no param 'modal_scope'");
    load_error(load_types, GOOD "turn\triot\tstrategic\n", ":8: turn takes FROM TO SUBTYPE");
    load_error(load_types, GOOD "turn\triot\triot\tlooting\n",
               ":8: a type cannot turn into itself");
    load_error(load_types, GOOD "turn\triot\tstrategic\tlooting\tsometimes\n",
               ":8: unknown condition 'sometimes' (unharmed, weak)");
    load_error(load_types,
               "precede\triot\t1\tprotest\t9\n"
               "acled\triot\t-\tRiots\tViolent demonstration\n",
               "no generic actor for role 'unidentified'");
    vg_types *ty = NULL;
    char err[256];
    assert_int_equal(vg_types_load("/nonexistent/types.tsv", &ty, err, sizeof(err)), VG_EIO);
}

/* ---- clean.tsv: the cleaner's word lists */

static void test_clean_lists(void **st)
{
    (void)st;
    vg_cleanlex *cl = NULL;
    char err[256] = "";
    assert_int_equal(vg_cleanlex_load("knowledge/clean.tsv", &cl, err, sizeof(err)), 0);
    assert_true(cl->nph >= 100 && cl->nmonths >= 12);
    assert_int_equal(cl->nlangs, 7);
    assert_string_equal(cl->langs[0], "en");
    assert_string_equal(cl->langs[1], "fr");
    vg_cleanlex_free(cl);
    vg_cleanlex_free(NULL);
    load_error(load_clean, "promo\tread more\nbogus\tx\n", ":2: unknown kind 'bogus'");
    load_error(load_clean, "promo\tSubscribe\n", ":1: phrase 'Subscribe' must be lower case");
    load_error(load_clean, "promo\tx\n", ":1: phrase 'x' must be 2 to 255 bytes");
    load_error(load_clean, "month\tjan\tfeb\n", ":1: month takes 1 field after the kind");
    load_error(load_clean, "stopword\tthe\n", ":1: stopword takes 2 fields after the kind");
    load_error(load_clean, "stopword\tbecause\ten\n", ":1: stopword 'because' longer than 6");
    load_error(load_clean, "stopword\tdas\tEN\n", ":1: language 'EN' is not a two-letter code");
    load_error(load_clean, "stopword\tl'a\tfr\n", "is not lower-case ASCII letters");
    load_error(load_clean,
               "stopword\ta\taa\nstopword\tb\tbb\nstopword\tc\tcc\nstopword\td\tdd\n"
               "stopword\te\tee\nstopword\tf\tff\nstopword\tg\tgg\nstopword\th\thh\n"
               "stopword\ti\tii\n",
               ":9: more than 8 languages");
    load_error(load_clean, "promo\t\n", ":1: empty field 2");
    load_error(load_clean, "tail\trelated:\n", ":1: tail 'related:' must not start with a space");
    load_error(load_clean, "tail\tone two three four five six\n",
               "longer than 63 bytes or 5 words");
    load_error(load_clean, "negclass\tAd\n", ":1: phrase 'Ad' must be lower case");
    load_error(load_clean, "datelabel\t\xc3\xa9t\xc3\xa9\n", "must start with an ASCII letter");
}

/* The short lists of clean.tsv, loaded in file order; '_' stands for a
 * space in the openers. */
static void test_clean_word_lists(void **st)
{
    (void)st;
    vg_cleanlex *cl = NULL;
    char err[256] = "";
    assert_int_equal(vg_cleanlex_load("knowledge/clean.tsv", &cl, err, sizeof(err)), 0);
    assert_true(cl->tails.n >= 20 && cl->timewords.n >= 8 && cl->contacts.n >= 5);
    assert_true(cl->neg_class.n >= 40 && cl->neg_part.n >= 1 && cl->neg_token.n >= 10);
    assert_true(cl->pos_class.n >= 5 && cl->notices.n >= 2);
    assert_true(cl->datelabels.n >= 1);
    assert_string_equal(cl->bylines.v[0], "by ");
    for (size_t i = 0; i < cl->bylines.n; i++)
        assert_null(strchr(cl->bylines.v[i], '_'));
    vg_cleanlex_free(cl);
}

/* Clean text (HTML when html) with clean.tsv plus extra rows. */
static void clean_with(const char *extra, const char *text, int html, vg_doc *d)
{
    char *src = read_file("knowledge/clean.tsv");
    size_t n = strlen(src) + strlen(extra) + 1;
    char *edited = malloc(n), path[] = "/tmp/vigil-clean-XXXXXX", err[256] = "";
    assert_non_null(edited);
    snprintf(edited, n, "%s%s", src, extra);
    temp_file(path, edited);
    vg_kb k = {0};
    assert_int_equal(vg_cleanlex_load(path, &k.clean, err, sizeof(err)), 0);
    vg_limits lim;
    vg_limits_default(&lim);
    assert_int_equal(
        vg_clean(&k, &lim, text, strlen(text), html ? VG_CLEAN_HTML : VG_CLEAN_TEXT, NULL, d), 0);
    vg_cleanlex_free(k.clean);
    unlink(path);
    free(edited);
    free(src);
}

#define WIM "Wim wam wom, wim wam wom, wim wam wom, wim wam wom. "
#define WIM4 WIM WIM WIM WIM

/* The openers, tail markers and HTML class words are data: a row added to
 * clean.tsv changes what the cleaner keeps. */
static void test_clean_openers_are_data(void **st)
{
    (void)st;
    static const char text[] =
        WIM4 "\n\nZorglub: no liability.\n\n" WIM4 "\n\nGlorb\n\n"
             "Wom wim wam, wom wim wam, wom wim wam, wom wim wam, wom wim.\n";
    static const char page[] =
        "<html><body><div><p>" WIM4 WIM4 WIM4 "</p><div class=\"zorglub\"><p>"
        "Blorp blip blap, blorp blip blap, blorp blip blap, blorp blip "
        "blap blorp.</p></div></div></body></html>";
    vg_doc d0, d1;
    clean_with("", text, 0, &d0);
    clean_with("notice\tzorglub:\ntail\tglorb\n", text, 0, &d1);
    assert_non_null(strstr(d0.body, "Zorglub"));
    assert_non_null(strstr(d0.body, "Wom wim wam"));
    assert_null(strstr(d1.body, "Zorglub"));     /* a notice */
    assert_null(strstr(d1.body, "Wom wim wam")); /* after the tail marker */
    vg_doc_free(&d0);
    vg_doc_free(&d1);
    static const char stamped[] = "Stamp 2024-01-02T10:00 " WIM4 "\n";
    clean_with("", stamped, 0, &d0);
    clean_with("datelabel\tstamp\n", stamped, 0, &d1);
    assert_non_null(strstr(d0.body, "Stamp 2024"));
    assert_true(!strncmp(d1.body, "Wim wam", 7)); /* the label and its date are cut */
    vg_doc_free(&d0);
    vg_doc_free(&d1);
    clean_with("", page, 1, &d0);
    clean_with("negclass\tzorglub\n", page, 1, &d1);
    assert_non_null(strstr(d0.body, "Blorp"));
    assert_null(strstr(d1.body, "Blorp"));
    vg_doc_free(&d0);
    vg_doc_free(&d1);
}

/* The cleaner drops what clean.tsv says is furniture and names the
 * language its stopwords say: a copy of the lists with one more phrase and
 * one more language changes the clean document. */
static void test_clean_lists_are_data(void **st)
{
    (void)st;
    static const char text[] = "Zorglub gazette\n\n"
                               "Wim wam wom, wim wam wom, wim wam wom, wim wam wom. Wim wam wom "
                               "wim wam wom, wim wam wom wim wam wom.\n";
    char *src = read_file("knowledge/clean.tsv");
    char path[] = "/tmp/vigil-clean-XXXXXX";
    temp_file(path, "");
    vg_kb k0 = {0}, k1 = {0};
    char err[256] = "";
    assert_int_equal(vg_cleanlex_load("knowledge/clean.tsv", &k0.clean, err, sizeof(err)), 0);
    size_t n = strlen(src);
    char *edited = malloc(n + 128);
    assert_non_null(edited);
    snprintf(edited, n + 128, "%spromo\tzorglub gazette\nstopword\twim\tzz\nstopword\twam\tzz\n",
             src);
    write_file(path, edited);
    assert_int_equal(vg_cleanlex_load(path, &k1.clean, err, sizeof(err)), 0);
    vg_limits lim;
    vg_limits_default(&lim);
    vg_doc d0, d1;
    assert_int_equal(vg_clean(&k0, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &d0), 0);
    assert_int_equal(vg_clean(&k1, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &d1), 0);
    assert_string_equal(d0.lang, "");
    assert_string_equal(d1.lang, "zz");
    assert_true(d1.junk_lines == d0.junk_lines + 1); /* the promotion line */
    vg_doc_free(&d0);
    vg_doc_free(&d1);
    vg_cleanlex_free(k0.clean);
    vg_cleanlex_free(k1.clean);
    free(edited);
    free(src);
    unlink(path);
}

/* ---- the lexicon's word kinds */

static void test_word_kinds(void **st)
{
    (void)st;
    char path[] = "/tmp/vigil-lex-XXXXXX";
    temp_file(path, "trig\tthe attack\tarmed_clash\t-\t3\ndet\tthe\nagent\tpar\n"
                    "citebefore\taccording to\npassaux\tété\n");
    vg_dict *d = vg_dict_new();
    vg_lex *lx = NULL;
    char err[256] = "";
    assert_int_equal(vg_lex_load(path, d, &lx, err, sizeof(err)), 0);
    const vg_dict_hit *h;
    size_t nh;
    /* word kinds stay out of the phrase dictionary the scan reads */
    assert_int_equal(vg_dict_match(d, "the", 3, &h, &nh), 0);
    assert_int_equal(vg_dict_match(d, "the attack", 10, &h, &nh), 10);
    const vg_dict *w = vg_lex_words(lx);
    assert_non_null(w);
    assert_int_equal(vg_dict_match(w, "The", 3, &h, &nh), 3);
    assert_int_equal(((const vg_lex_entry *)h[0].val)->kind, VG_LX_DET);
    assert_int_equal(vg_dict_match(w, "according to", 12, &h, &nh), 12);
    assert_int_equal(((const vg_lex_entry *)h[0].val)->kind, VG_LX_CITEBEFORE);
    assert_int_equal(vg_dict_match(w, "ete", 3, &h, &nh), 3); /* folded as the text is */
    assert_int_equal(vg_dict_match(w, "attack", 6, &h, &nh), 0);
    vg_lex_free(lx);
    vg_dict_free(d);
    write_file(path, "det\tthe\tdefinite\n");
    d = vg_dict_new();
    assert_int_equal(vg_lex_load(path, d, &lx, err, sizeof(err)), VG_EKB);
    assert_non_null(strstr(err, ":1: det takes 0..0 arguments"));
    vg_dict_free(d);
    unlink(path);
}

/* ---- what types.tsv says is what extraction does */

static char kbdir[PATH_MAX];

/* A knowledge directory whose types.tsv is the shipped one with the line
 * starting with drop removed and the text from replaced by to (either may
 * be NULL); the other files are links to the shipped ones. */
static vg_kb *edited_kb(const char *drop, const char *from, const char *to)
{
    char path[PATH_MAX + 32], real[PATH_MAX];
    static const char *const files[] = {"gazetteer.tsv", "actors.tsv", "lexicon.tsv", "clean.tsv",
                                        "persons.tsv"};
    snprintf(kbdir, sizeof(kbdir), "/tmp/vigil-kb-XXXXXX");
    assert_non_null(mkdtemp(kbdir));
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        snprintf(path, sizeof(path), "knowledge/%s", files[i]);
        assert_non_null(realpath(path, real));
        snprintf(path, sizeof(path), "%s/%s", kbdir, files[i]);
        assert_int_equal(symlink(real, path), 0);
    }
    char *src = read_file("knowledge/types.tsv");
    snprintf(path, sizeof(path), "%s/types.tsv", kbdir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    int dropped = 0, replaced = 0;
    for (char *line = strtok(src, "\n"); line; line = strtok(NULL, "\n")) {
        if (drop && strncmp(line, drop, strlen(drop)) == 0) {
            dropped = 1;
            continue;
        }
        char *at = from ? strstr(line, from) : NULL;
        if (at) {
            fprintf(f, "%.*s%s%s\n", (int)(at - line), line, to, at + strlen(from));
            replaced = 1;
        } else {
            fprintf(f, "%s\n", line);
        }
    }
    fclose(f);
    free(src);
    assert_true(dropped == (drop != NULL) && replaced == (from != NULL));
    vg_kb *kb = NULL;
    char err[512] = "";
    if (vg_kb_load(kbdir, &kb, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    return kb;
}

static void remove_kb(vg_kb *kb)
{
    static const char *const files[] = {"gazetteer.tsv", "actors.tsv", "lexicon.tsv",
                                        "types.tsv",     "clean.tsv",  "persons.tsv"};
    char path[PATH_MAX + 32];
    vg_kb_free(kb);
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        snprintf(path, sizeof(path), "%s/%s", kbdir, files[i]);
        unlink(path);
    }
    rmdir(kbdir);
}

static void extract_with(const vg_kb *kb, const char *text, vg_events *ev)
{
    vg_limits lim;
    vg_doc doc;
    vg_limits_default(&lim);
    assert_int_equal(vg_clean(kb, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &doc), 0);
    vg_article art = {.id = "t:1", .published = "2024-03-06", .raw = text, .raw_len = strlen(text)};
    assert_int_equal(vg_extract(kb, &lim, &art, &doc, ev), 0);
    vg_doc_free(&doc);
}

static const vg_event *find(const vg_events *ev, vg_event_type t)
{
    for (size_t i = 0; i < ev->n; i++)
        if (ev->v[i].type == t)
            return &ev->v[i];
    return NULL;
}

/* Our own sentence: an abduction and a weaker arrest word in one sentence. */
static const char kidnap[] =
    "Armed men abducted and detained three aid workers in Menaka on Tuesday.";

static void test_precedence_is_data(void **st)
{
    (void)st;
    vg_events ev;
    vg_kb *kb = edited_kb(NULL, NULL, NULL);
    extract_with(kb, kidnap, &ev);
    assert_non_null(find(&ev, VG_EV_ABDUCTION));
    assert_null(find(&ev, VG_EV_ARREST)); /* precede abduction 1 arrest 3 */
    vg_events_free(&ev);
    remove_kb(kb);
    kb = edited_kb("precede\tabduction\t", NULL, NULL);
    extract_with(kb, kidnap, &ev);
    assert_non_null(find(&ev, VG_EV_ABDUCTION));
    assert_non_null(find(&ev, VG_EV_ARREST));
    vg_events_free(&ev);
    remove_kb(kb);
}

static void test_acled_and_generic_are_data(void **st)
{
    (void)st;
    vg_events ev;
    vg_kb *kb = edited_kb(NULL, "Abduction/forced disappearance", "Kidnapping");
    extract_with(kb, kidnap, &ev);
    const vg_event *e = find(&ev, VG_EV_ABDUCTION);
    assert_non_null(e);
    assert_string_equal(e->acled_event_type, "Violence against civilians");
    assert_string_equal(e->acled_sub_event_type, "Kidnapping");
    vg_events_free(&ev);
    remove_kb(kb);
    /* no armed actor named: the unidentified group's label as types.tsv gives it */
    kb = edited_kb(NULL, "generic\tunidentified\tUnidentified armed group",
                   "generic\tunidentified\tUnknown attackers");
    extract_with(kb, "Three aid workers were abducted in Menaka on Tuesday, officials said.", &ev);
    e = find(&ev, VG_EV_ABDUCTION);
    assert_non_null(e);
    assert_true(e->n_actors >= 1);
    assert_string_equal(e->actors[0].name, "Unknown attackers");
    assert_int_equal(e->actors[0].role, VG_ROLE_PERPETRATOR);
    assert_int_equal(e->actors[0].kind, VG_AK_ARMED_GROUP);
    vg_events_free(&ev);
    remove_kb(kb);
}

/* Our own sentence: "overthrown" with no state or power in reach. */
static const char pass[] = "An overthrown statue was found in N'Djamena, Chad, on Monday.";

static void test_sense_is_data(void **st)
{
    (void)st;
    vg_events ev;
    vg_kb *kb = edited_kb(NULL, NULL, NULL);
    extract_with(kb, pass, &ev);
    assert_null(find(&ev, VG_EV_COUP)); /* sense coup plain power */
    vg_events_free(&ev);
    remove_kb(kb);
    kb = edited_kb(NULL, "sense\tcoup\tplain\tpower", "sense\tcoup\tplain\talways");
    extract_with(kb, pass, &ev);
    assert_non_null(find(&ev, VG_EV_COUP));
    vg_events_free(&ev);
    remove_kb(kb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_types_file),
        cmocka_unit_test(test_types_errors),
        cmocka_unit_test(test_clean_lists),
        cmocka_unit_test(test_clean_lists_are_data),
        cmocka_unit_test(test_clean_word_lists),
        cmocka_unit_test(test_clean_openers_are_data),
        cmocka_unit_test(test_word_kinds),
        cmocka_unit_test(test_precedence_is_data),
        cmocka_unit_test(test_acled_and_generic_are_data),
        cmocka_unit_test(test_sense_is_data),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
