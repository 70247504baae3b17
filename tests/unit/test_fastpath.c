/*
 * test_fastpath.c - the shortcuts extraction takes for speed give exactly
 * the results of the slow paths they replace: vg_fmt against snprintf,
 * vg_ymd_format and vg_ymd_parse against their stdio forms, vg_date_at_num
 * (the number at the token handed in) against vg_date_at, and whether a
 * date starts at a token not depending on the text's year reference
 * (extraction parses dates again with it only where one was found), and
 * one phrase for each way a number or date starts, through the start
 * filters (vg_num_may_start / vg_date_may_start).  Run from the source tree
 * root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_date.h"
#include "vg_fmt.h"
#include "vg_num.h"
#include "vg_scan.h"
#include "vigil.h"

#include "kb_fixture.h"

static void test_fmt(void **st)
{
    static const long vals[] = {0, 1, -1, 7, -7, 42, 999, 1000, -2024, 2024, 123456789, -99999};
    static const int widths[] = {0, 1, 2, 4, 6};
    (void)st;
    for (size_t cap = 0; cap < 24; cap++) {
        for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
            for (size_t w = 0; w < sizeof(widths) / sizeof(widths[0]); w++) {
                char want[32] = "#", got[32] = "#";
                int n = snprintf(want, cap, "ab%0*ld|%s", widths[w], vals[i], "xyz");
                vg_fmt f;
                vg_fmt_init(&f, got, cap);
                vg_fmt_str(&f, "ab");
                vg_fmt_long(&f, vals[i], widths[w]);
                vg_fmt_str(&f, "|");
                vg_fmt_str(&f, "xyz");
                assert_int_equal(f.len, (size_t)n);
                assert_memory_equal(got, want, sizeof(got));
            }
        }
        uint64_t h = 0x0123456789abcdefULL;
        char want[32] = "#", got[32] = "#";
        int n = snprintf(want, cap, "%016llx", (unsigned long long)h);
        vg_fmt f;
        vg_fmt_init(&f, got, cap);
        vg_fmt_hex64(&f, h);
        assert_int_equal(f.len, (size_t)n);
        assert_memory_equal(got, want, sizeof(got));
    }
}

static void test_ymd(void **st)
{
    static const vg_ymd days[] = {{2024, 2, 29}, {1899, 12, 31}, {2100, 1, 1}, {5, 3, 4},
                                  {-3, 1, 2},    {12345, 11, 9}, {2023, 10, 1}};
    static const char *const strs[] = {"2024-05-11", "2024-5-11x", " 2024-05-11", "2024-05-1 ",
                                       "+202-05-11", "2024-13-01", "2024-02-30",  "1999-12-31T1"};
    (void)st;
    for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
        for (int prec = VG_DP_UNKNOWN; prec <= VG_DP_DAY; prec++) {
            const vg_ymd *d = &days[i];
            char want[16], got[16];
            if (!d->y || prec == VG_DP_UNKNOWN)
                snprintf(want, sizeof(want), "%s", "");
            else if (prec == VG_DP_YEAR)
                snprintf(want, sizeof(want), "%04d", d->y % 10000);
            else if (prec == VG_DP_MONTH)
                snprintf(want, sizeof(want), "%04d-%02d", d->y % 10000, d->m % 100);
            else
                snprintf(want, sizeof(want), "%04d-%02d-%02d", d->y % 10000, d->m % 100,
                         d->d % 100);
            vg_ymd_format(d, prec, got, sizeof(got));
            assert_string_equal(got, want);
        }
    }
    for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
        int y = 0, m = 0, d = 0;
        char tail;
        vg_ymd v;
        /* the sscanf form it replaces, with the calendar check done by a
         * round trip through day numbers */
        int want = sscanf(strs[i], "%4d-%2d-%2d%c", &y, &m, &d, &tail) >= 3 && y >= 1900 &&
                   y <= 2100 && m >= 1 && m <= 12 && d >= 1;
        if (want) {
            vg_ymd c = {y, m, d}, back = vg_ymd_from_days(vg_ymd_days(&c));
            want = back.y == y && back.m == m && back.d == d;
        }
        int got = vg_ymd_parse(strs[i], &v) == 0;
        assert_int_equal(got, want);
        if (got)
            assert_true(v.y == y && v.m == m && v.d == d);
    }
}

/* Every token of text, with several ends, publication dates and year
 * references; returns the number of dates found. */
static size_t check_text(const char *text)
{
    size_t found = 0;
    vg_scan sc;
    vg_ymd pub = {2024, 3, 1}, ref = {2023, 9, 17}, ref_y = {2022, 0, 0};
    const vg_ymd *pubs[] = {NULL, &pub};
    const vg_ymd *refs[] = {NULL, &ref, &ref_y};
    assert_int_equal(vg_scan_text(kb->dict, text, strlen(text), 100000, &sc), 0);
    for (size_t t = 0; t < sc.ntok; t++) {
        size_t ends[] = {sc.sent[sc.tok[t].sent].t1, t + 1, sc.ntok, t + 3};
        for (size_t e = 0; e < sizeof(ends) / sizeof(ends[0]); e++) {
            size_t tend = ends[e];
            vg_num n;
            int has_num = vg_num_at(&sc, t, tend, &n);
            for (size_t p = 0; p < 2; p++) {
                int start = -1;
                for (size_t r = 0; r < 3; r++) {
                    vg_dateval a, b;
                    int ra = vg_date_at(&sc, t, tend, pubs[p], refs[r], &a);
                    int rb =
                        vg_date_at_num(&sc, t, tend, pubs[p], refs[r], has_num ? &n : NULL, &b);
                    assert_int_equal(ra, rb);
                    if (ra)
                        assert_memory_equal(&a, &b, sizeof(a));
                    found += ra != 0;
                    if (start < 0)
                        start = ra;
                    assert_int_equal(start, ra); /* yref never decides */
                }
            }
        }
    }
    vg_scan_free(&sc);
    return found;
}

static void test_filters(void **st)
{
    static const char *const texts[] = {
        "On Tuesday, 11 May 2025, at least 20 soldiers were killed; 2,000 fled two days ago.",
        "Le 1er mai, dans la nuit du 11 au 12 mai 2024, une dizaine de civils ont été tués.",
        "Between 170 and 200 people died on May 11-12, 2025 or 2025-05-16 or 16/05/2025.",
        "Il y a deux jours, mardi dernier, plus de vingt-cinq personnes; last week, yesterday.",
        "In September 2022 and in 2020, some 1.5 million were displaced, up to 10-15 a day.",
        "lundi 21 octobre, Friday April 8, earlier this month, three weeks ago, il y a 200 ans.",
        "The 3rd of June, 11th, 1er, 12:30, 45%, $300, #2, the year 2023 and 2,024 people.",
    };
    (void)st;
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
        assert_true(check_text(texts[i]) > 0);
    FILE *f = fopen("tests/golden/articles.jsonl", "rb");
    assert_non_null(f);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    size_t n = fread(buf, 1, (1 << 20) - 1, f);
    fclose(f);
    buf[n] = 0;
    assert_true(check_text(buf) > 0);
    free(buf);
}

/* One phrase for each way a number or a date can start: the start filters
 * let every one through (the date at token 0 covers the whole phrase). */
static void test_starts(void **st)
{
    static const char *const dates[] = {
        "May 11",      "Tuesday",           "last Tuesday", "ce lundi",
        "yesterday",   "il y a deux jours", "two days ago", "about two weeks ago",
        "11 May 2025", "1er mai",           "2025-05-16",   "16/05/2025",
        "in 2020",
    };
    static const char *const nums[] = {
        "twenty", "1,200",       "at least 20",   "between 10 and 20",
        "dozens", "une dizaine", "plus de trente"};
    vg_ymd pub = {2025, 5, 16};
    (void)st;
    for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
        vg_scan sc;
        vg_dateval d;
        const char *s = dates[i];
        assert_int_equal(vg_scan_text(kb->dict, s, strlen(s), 100, &sc), 0);
        size_t t = strncmp(s, "in ", 3) == 0;
        if (!vg_date_at(&sc, t, sc.ntok, &pub, NULL, &d) || d.t1 != sc.ntok)
            fail_msg("'%s': no date over the whole phrase", s);
        assert_true(vg_date_may_start(&sc, t));
        vg_scan_free(&sc);
    }
    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
        vg_scan sc;
        vg_num n;
        const char *s = nums[i];
        assert_int_equal(vg_scan_text(kb->dict, s, strlen(s), 100, &sc), 0);
        if (!vg_num_at(&sc, 0, sc.ntok, &n) || n.t1 != sc.ntok)
            fail_msg("'%s': no number over the whole phrase", s);
        assert_true(vg_num_may_start(&sc, 0));
        vg_scan_free(&sc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fmt),
        cmocka_unit_test(test_ymd),
        cmocka_unit_test(test_filters),
        cmocka_unit_test(test_starts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
