/*
 * test_date.c - date expressions (vg_date): absolute English and French
 * forms, relative forms resolved against a publication date, unresolved
 * forms without one, datelines in raw text, calendar arithmetic.
 * Run from the source tree root (reads knowledge/).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vg_date.h"
#include "vg_scan.h"
#include "vigil.h"

#include "kb_fixture.h"

/* The first date expression of s, formatted, with pub (may be NULL). */
static void date(const char *s, const char *pub, char *out, size_t cap, int *prec)
{
    vg_scan sc;
    vg_ymd p = {0, 0, 0};
    if (pub)
        assert_int_equal(vg_ymd_parse(pub, &p), 0);
    assert_int_equal(vg_scan_text(kb->dict, s, strlen(s), 1000, &sc), 0);
    out[0] = 0;
    *prec = -1;
    for (size_t t = 0; t < sc.ntok; t++) {
        vg_dateval d;
        if (vg_date_at(&sc, t, sc.ntok, pub ? &p : NULL, NULL, &d)) {
            vg_ymd_format(&d.v, d.prec, out, cap);
            *prec = d.prec;
            break;
        }
    }
    vg_scan_free(&sc);
}

static void check(const char *s, const char *pub, const char *want)
{
    char got[16];
    int prec;
    date(s, pub, got, sizeof(got), &prec);
    if (prec < 0)
        fail_msg("no date in '%s'", s);
    if (strcmp(got, want) != 0)
        fail_msg("'%s' (pub %s): got '%s', want '%s'", s, pub ? pub : "-", got, want);
}

static void test_absolute(void **st)
{
    (void)st;
    check("on 11 May 2025 the army", NULL, "2025-05-11");
    check("on May 11, 2025, gunmen", NULL, "2025-05-11");
    check("the night of May 11-12, 2022", NULL, "2022-05-11");
    check("published 2025-05-16 by", NULL, "2025-05-16");
    check("Updated On: 16-May-2025 @ 12:06 pm", NULL, "2025-05-16");
    check("le 1er mai 2021 à Tillia", NULL, "2021-05-01");
    check("dans la nuit du 11 au 12 mai 2022", NULL, "2022-05-11");
    check("in September 2022 following", NULL, "2022-09");
    check("since 2012, jihadists", NULL, "2012");
    check("recalls the 1960s, when", NULL, "1960");
    check("le 17/09/2024 à l'aube", NULL, "2024-09-17");
}

static void test_relative(void **st)
{
    (void)st;
    /* 2025-05-16 is a Friday */
    check("on a Sunday morning", "2025-05-16", "2025-05-11");
    check("on Tuesday the army", "2025-05-16", "2025-05-13");
    check("Friday attack", "2025-05-16", "2025-05-16");
    check("mardi dernier", "2025-05-16", "2025-05-13");
    check("vendredi dernier", "2025-05-16", "2025-05-09");
    check("yesterday", "2025-05-16", "2025-05-15");
    check("hier soir", "2025-05-16", "2025-05-15");
    check("il y a deux jours", "2025-05-16", "2025-05-14");
    check("three days ago", "2025-03-02", "2025-02-27");
    check("earlier this month", "2023-11-08", "2023-11");
    check("last month", "2025-01-10", "2024-12");
    check("last week", "2025-05-16", "2025-05-09");
    check("in early September", "2023-11-08", "2023-09");
    check("on April 8", "2022-04-10", "2022-04-08");
    check("on December 30", "2023-01-02", "2022-12-30");
    check("the night of May 11-12", "2025-05-16", "2025-05-11");
    check("le mois dernier", "2024-01-15", "2023-12");
    /* ahead of publication: what is planned for then (vg_ex_sense.c) */
    check("next Saturday", "2025-05-16", "2025-05-17");
    check("next Friday", "2025-05-16", "2025-05-23");
    check("samedi prochain", "2025-05-16", "2025-05-17");
    check("tomorrow", "2025-05-16", "2025-05-17");
    check("la semaine prochaine", "2025-05-16", "2025-05-23");
}

static void test_unresolved(void **st)
{
    (void)st;
    char got[16];
    int prec;
    date("on Tuesday the army", NULL, got, sizeof(got), &prec);
    assert_int_equal(prec, VG_DP_UNKNOWN);
    assert_string_equal(got, "");
    date("il y a deux jours", NULL, got, sizeof(got), &prec);
    assert_int_equal(prec, VG_DP_UNKNOWN);
    date("on April 8", NULL, got, sizeof(got), &prec);
    assert_int_equal(prec, VG_DP_UNKNOWN);
    date("may be killed", "2025-05-16", got, sizeof(got), &prec);
    assert_int_equal(prec, -1); /* lower-case "may" is not a month */
}

/* The first date of s resolved with no publication date and the year
 * context ref ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), formatted ("" unknown). */
static void check_ref(const char *s, const char *ref, const char *want)
{
    vg_scan sc;
    vg_ymd r = {0, 0, 0};
    int y = 0, m = 0, d = 0;
    assert_true(sscanf(ref, "%d-%d-%d", &y, &m, &d) >= 1);
    r = (vg_ymd){y, m, d};
    assert_int_equal(vg_scan_text(kb->dict, s, strlen(s), 1000, &sc), 0);
    char got[16] = "?";
    for (size_t t = 0; t < sc.ntok; t++) {
        vg_dateval v;
        if (vg_date_at(&sc, t, sc.ntok, NULL, &r, &v)) {
            vg_ymd_format(&v.v, v.prec, got, sizeof(got));
            break;
        }
    }
    vg_scan_free(&sc);
    if (strcmp(got, want) != 0)
        fail_msg("'%s' (context %s): got '%s', want '%s'", s, ref, got, want);
}

/* Without a publication date, a year-less day takes its year from the
 * text's context: a year in force, the month of publication (latest not
 * after it), or a full date told nearby (the nearest year, within two
 * months); a relative date never. */
static void test_year_context(void **st)
{
    (void)st;
    check_ref("le 26 juillet, des militaires", "2023", "2023-07-26");
    check_ref("in March, soldiers", "2023", "2023-03");
    check_ref("le 26 décembre", "2022-01", "2021-12-26");
    check_ref("le 12 janvier", "2022-01", "2022-01-12");
    check_ref("on 14 June", "2024-06-12", "2024-06-14");
    check_ref("on 28 December", "2025-01-03", "2024-12-28");
    check_ref("on 3 January", "2024-12-30", "2025-01-03");
    check_ref("in March", "2022-05-11", "2022-03");
    check_ref("le 26 juillet", "2021-02-21", ""); /* five months off: background, no anchor */
    check_ref("on Tuesday", "2025-03-04", "");
    check_ref("last month", "2025-03-04", "");
    /* a weekday with its day picks the year near the context's */
    check_ref("mardi 9 avril", "2023", "2024-04-09");
    check_ref("lundi 9 avril", "2024", ""); /* no such year near: unknown */
}

static void test_dateline(void **st)
{
    (void)st;
    vg_ymd d;
    const char *raw = "Some title\nlogo : | Updated On: 16-May-2025 @ 12:06 pm\nBody text.";
    assert_int_equal(vg_date_dateline(kb->dict, raw, strlen(raw), &d), 0);
    assert_int_equal(d.y, 2025);
    assert_int_equal(d.m, 5);
    assert_int_equal(d.d, 16);
    const char *raw2 = " date 2021-04-18 AFRICA\nGunmen attacked";
    assert_int_equal(vg_date_dateline(kb->dict, raw2, strlen(raw2), &d), 0);
    assert_int_equal(d.d, 18);
    const char *none = "No date here.\nNor here, on Tuesday.";
    assert_int_equal(vg_date_dateline(kb->dict, none, strlen(none), &d), -1);
    /* a month only: vg_date_dateline wants a day, the _prec form takes it */
    const char *raw3 = " date 2022-11 Le convoi a été attaqué";
    int prec;
    assert_int_equal(vg_date_dateline(kb->dict, raw3, strlen(raw3), &d), -1);
    assert_int_equal(vg_date_dateline_prec(kb->dict, raw3, strlen(raw3), &d, &prec), 0);
    assert_int_equal(prec, VG_DP_MONTH);
    assert_int_equal(d.y, 2022);
    assert_int_equal(d.m, 11);
    /* a full date further down still wins over the month */
    const char *raw4 = " date 2022-11 Le convoi\nPublié le 14 novembre 2022 à 10h";
    assert_int_equal(vg_date_dateline_prec(kb->dict, raw4, strlen(raw4), &d, &prec), 0);
    assert_int_equal(prec, VG_DP_DAY);
    assert_int_equal(d.d, 14);
    /* a year range is no month */
    const char *raw5 = " date 2019-2022 bilan";
    assert_int_equal(vg_date_dateline_prec(kb->dict, raw5, strlen(raw5), &d, &prec), -1);
}

static void test_calendar(void **st)
{
    (void)st;
    vg_ymd a = {2024, 2, 29}, b;
    assert_int_equal(vg_ymd_wday(&a), 4); /* Thursday */
    b = vg_ymd_from_days(vg_ymd_days(&a) + 1);
    assert_int_equal(b.m, 3);
    assert_int_equal(b.d, 1);
    assert_int_equal(vg_ymd_parse("2023-02-29", &b), -1);
    assert_int_equal(vg_ymd_parse("2023-13-01", &b), -1);
    assert_int_equal(vg_ymd_parse("20x3-01-01", &b), -1);
    assert_int_equal(vg_ymd_parse("2023-01-31T10:00:00Z", &b), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absolute),   cmocka_unit_test(test_relative),
        cmocka_unit_test(test_unresolved), cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_calendar),   cmocka_unit_test(test_year_context),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
