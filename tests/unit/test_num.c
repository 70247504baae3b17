/*
 * test_num.c - number expressions (vg_num): digits with separators and
 * multipliers, English and French number words, vague amounts, qualifiers
 * and ranges, all read through the real lexicon (knowledge/lexicon.tsv).
 * Run from the source tree root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_num.h"
#include "vg_scan.h"
#include "vigil.h"

#include "kb_fixture.h"

/* Parse the first number expression of s. */
static int num(const char *s, vg_num *n)
{
    vg_scan sc;
    assert_int_equal(vg_scan_text(kb->dict, s, strlen(s), 1000, &sc), 0);
    int ok = 0;
    for (size_t t = 0; t < sc.ntok && !ok; t++)
        ok = vg_num_at(&sc, t, sc.ntok, n);
    vg_scan_free(&sc);
    return ok;
}

static void check(const char *s, long min, long max, int qual)
{
    vg_num n;
    if (!num(s, &n))
        fail_msg("no number in '%s'", s);
    if (n.min != min || n.max != max || n.qual != qual)
        fail_msg("'%s': got %ld..%ld q%d, want %ld..%ld q%d", s, n.min, n.max, n.qual, min, max,
                 qual);
}

static void test_digits(void **st)
{
    (void)st;
    check("killing 12 soldiers", 12, 12, VG_Q_EXACT);
    check("1,200 people fled", 1200, 1200, VG_Q_EXACT);
    check("1 200 personnes", 1200, 1200, VG_Q_EXACT);
    check("2.5 million displaced", 2500000, 2500000, VG_Q_EXACT);
    check("over two million people", 2000000, -1, VG_Q_OVER);
    check("1.719.332 déplacés", 1719332, 1719332, VG_Q_EXACT);
}

static void test_words_en(void **st)
{
    (void)st;
    check("twenty-five soldiers", 25, 25, VG_Q_EXACT);
    check("Twenty five soldiers", 25, 25, VG_Q_EXACT);
    check("one hundred and twenty people", 120, 120, VG_Q_EXACT);
    check("three thousand refugees", 3000, 3000, VG_Q_EXACT);
    check("a dozen gendarmes", 12, 12, VG_Q_EXACT);
    check("dozens of civilians", 12, -1, VG_Q_AT_LEAST);
    check("hundreds of people", 100, -1, VG_Q_AT_LEAST);
}

static void test_words_fr(void **st)
{
    (void)st;
    check("vingt-cinq militaires", 25, 25, VG_Q_EXACT);
    check("soixante-douze morts", 72, 72, VG_Q_EXACT);
    check("quatre-vingt-dix civils", 90, 90, VG_Q_EXACT);
    check("vingt et un soldats", 21, 21, VG_Q_EXACT);
    check("deux cents personnes", 200, 200, VG_Q_EXACT);
    check("une centaine de morts", 100, 100, VG_Q_ABOUT);
    check("une dizaine de blessés", 10, 10, VG_Q_ABOUT);
    check("des dizaines de morts", 10, -1, VG_Q_AT_LEAST);
}

static void test_qualifiers(void **st)
{
    (void)st;
    check("at least 20 killed", 20, -1, VG_Q_AT_LEAST);
    check("more than 30 dead", 30, -1, VG_Q_OVER);
    check("nearly 50 civilians", 50, 50, VG_Q_NEARLY);
    check("approximately 50 persons", 50, 50, VG_Q_ABOUT);
    check("up to 600 fighters", 600, 600, VG_Q_UP_TO);
    check("plus de 30 morts", 30, -1, VG_Q_OVER);
    check("au moins vingt soldats", 20, -1, VG_Q_AT_LEAST);
    check("environ 40 hommes", 40, 40, VG_Q_ABOUT);
}

static void test_ranges(void **st)
{
    (void)st;
    check("10 to 15 people", 10, 15, VG_Q_EXACT);
    check("between 10-20 soldiers", 10, 20, VG_Q_EXACT);
    check("de 10 à 20 morts", 10, 20, VG_Q_EXACT);
    check("between 170 and 200 people", 170, 200, VG_Q_EXACT);
    check("entre 10 et 15 morts", 10, 15, VG_Q_EXACT);
}

static void test_none(void **st)
{
    (void)st;
    vg_num n;
    assert_false(num("no figures were given", &n));
    assert_false(num("", &n));
    assert_false(num("at least", &n));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digits),   cmocka_unit_test(test_words_en),
        cmocka_unit_test(test_words_fr), cmocka_unit_test(test_qualifiers),
        cmocka_unit_test(test_ranges),   cmocka_unit_test(test_none),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
