/*
 * test_scan.c - the scan's phrases under a name (vg_scan_release): a name of
 * two tokens or more that the context rejects gives way to the
 * longest-match segmentation of its span without it.  On a dictionary of our
 * own first, then through extraction with the real knowledge: number words
 * and person nouns that spell a place name ("quatre sœurs", the Mauritian
 * town Quatre Soeurs) count when the place is none, and stay a place when
 * the text makes it one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_scan.h"
#include "vg_event.h"
#include "vigil.h"
#include "kb_fixture.h"

static const vg_lex_entry num4 = {.kind = VG_LX_NUM, .val = 4, .label = "", .phrase = "quatre"};
static const vg_lex_entry sisters = {
    .kind = VG_LX_VICTIM, .val = 2, .label = "", .phrase = "soeurs"};
static const vg_lex_entry killed = {.kind = VG_LX_DEATH, .label = "", .phrase = "tue"};
static const int place = 1, actor = 2;

static vg_dict *small_dict(void)
{
    vg_dict *d = vg_dict_new();
    assert_non_null(d);
    assert_int_equal(vg_dict_add(d, "Quatre Soeurs", 13, VG_TAG_PLACE, &place), 0);
    assert_int_equal(vg_dict_add(d, "quatre", 6, VG_TAG_LEX, &num4), 0);
    assert_int_equal(vg_dict_add(d, "soeurs", 6, VG_TAG_LEX, &sisters), 0);
    assert_int_equal(vg_dict_add(d, "tué", strlen("tué"), VG_TAG_LEX, &killed), 0);
    assert_int_equal(vg_dict_add(d, "Front des Soeurs", 16, VG_TAG_ACTOR, &actor), 0);
    assert_int_equal(vg_dict_add(d, "Grand Lac", 9, VG_TAG_PLACE, &place), 0);
    return d;
}

static void test_under_and_release(void **st)
{
    (void)st;
    vg_dict *d = small_dict();
    const char *text = "Ils ont tué quatre sœurs près de Grand Lac et du Front des Soeurs.";
    vg_scan sc;
    assert_int_equal(vg_scan_text(d, text, strlen(text), 1000, &sc), 0);
    /* tué, Quatre Soeurs, Grand Lac, Front des Soeurs */
    assert_int_equal(sc.nmark, 4);
    const vg_mark *q = &sc.mark[1];
    assert_int_equal(q->t0, 3);
    assert_int_equal(q->t1, 5);
    assert_null(vg_scan_lex(&sc, 3, VG_LX_NUM, NULL)); /* hidden by the name */
    uint8_t rel[4] = {1, 1, 1, 0}; /* tué: one token; Grand Lac: nothing under it */
    assert_int_equal(vg_scan_release(&sc, d, NULL, rel), 2);
    assert_int_equal(sc.nmark, 4); /* tué, quatre, soeurs, Front des Soeurs */
    size_t end = 0;
    const vg_lex_entry *e = vg_scan_lex(&sc, 3, VG_LX_NUM, &end);
    assert_ptr_equal(e, &num4);
    assert_int_equal(end, 4);
    assert_ptr_equal(vg_scan_lex(&sc, 2, VG_LX_DEATH, NULL), &killed);
    assert_ptr_equal(vg_scan_lex(&sc, 4, VG_LX_VICTIM, NULL), &sisters);
    assert_null(vg_scan_tag(&sc, 7, VG_TAG_PLACE, NULL)); /* Grand Lac: words now */
    assert_non_null(vg_scan_tag(&sc, 11, VG_TAG_ACTOR, NULL));
    for (size_t i = 1; i < sc.nmark; i++) /* still in token order, apart */
        assert_true(sc.mark[i].t0 >= sc.mark[i - 1].t1);
    for (size_t t = 0; t < sc.ntok; t++)
        if (sc.tok[t].mark >= 0)
            assert_int_equal(sc.mark[sc.tok[t].mark].t0, t);
    uint8_t none[4] = {0};
    assert_int_equal(vg_scan_release(&sc, d, NULL, none), 0);
    vg_scan_free(&sc);
    vg_dict_free(d);
}

/* One event with a toll of want (-1: none) and a location of where (NULL:
 * any). */
static void expect(const char *text, long want, const char *where)
{
    vg_limits lim;
    vg_doc doc;
    vg_events ev = {0};
    vg_limits_default(&lim);
    assert_int_equal(vg_clean(kb, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &doc), 0);
    vg_article art = {.id = "t:1", .published = "2024-03-06", .raw = text, .raw_len = strlen(text)};
    assert_int_equal(vg_extract(kb, &lim, &art, &doc, &ev), 0);
    if (ev.n != 1)
        fail_msg("'%s': %zu events", text, ev.n);
    long got = ev.v[0].fatalities.present ? ev.v[0].fatalities.min : -1;
    if (got != want)
        fail_msg("'%s': toll %ld, not %ld", text, got, want);
    if (where && strcmp(ev.v[0].location.name, where))
        fail_msg("'%s': place '%s', not '%s'", text, ev.v[0].location.name, where);
    vg_events_free(&ev);
    vg_doc_free(&doc);
}

static void test_rejected_place_counts(void **st)
{
    (void)st;
    expect("Des hommes armés ont tué quatre sœurs lundi à Djibo, au Burkina Faso.", 4, "Djibo");
    expect("Des hommes armés ont tué quatre soeurs et leur père lundi à Djibo, au Burkina Faso.", 5,
           "Djibo");
    expect("Gunmen attacked Quatre Soeurs in Mauritius on Monday, killing two villagers.", 2,
           "Quatre Soeurs");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_under_and_release),
        cmocka_unit_test(test_rejected_place_counts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
