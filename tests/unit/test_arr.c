/*
 * test_arr.c - the growable-array idiom (libvigil/vg_arr.h): capacities
 * double from the first size, elements survive growth, and a request that
 * cannot be met (a size that overflows) fails with VG_ENOMEM and leaves the
 * array as it was.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "vg_arr.h"
#include "vigil.h"

typedef struct pair {
    long a, b;
} pair;

static void test_grow(void **st)
{
    (void)st;
    pair *v = NULL;
    size_t n = 0, cap = 0;
    for (long i = 0; i < 1000; i++) {
        assert_int_equal(vg_arr_room(&v, n, &cap, sizeof(*v), 4), 0);
        assert_true(cap > n);
        v[n++] = (pair){i, -i};
    }
    assert_int_equal(cap, 1024); /* 4, 8, ..., 1024 */
    for (long i = 0; i < 1000; i++)
        assert_true(v[i].a == i && v[i].b == -i);
    free(v);
}

static void test_overflow_keeps_array(void **st)
{
    (void)st;
    char *v = NULL;
    size_t cap = 0;
    assert_int_equal(vg_arr_room(&v, 0, &cap, 1, 8), 0);
    char *before = v;
    assert_int_equal(vg_arr_room(&v, 8, &cap, SIZE_MAX / 4, 8), VG_ENOMEM);
    assert_ptr_equal(v, before);
    assert_int_equal(cap, 8);
    assert_int_equal(vg_arr_room(&v, 7, &cap, 1, 8), 0); /* not full: nothing to do */
    assert_int_equal(cap, 8);
    free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_grow),
        cmocka_unit_test(test_overflow_keeps_array),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
