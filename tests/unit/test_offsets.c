/*
 * test_offsets.c - per-partition completion tracking: out-of-order
 * completion, stale epochs after revoke/reassign, ring growth.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "vd_offsets.h"

static void test_out_of_order(void **state)
{
    (void)state;
    vd_offsets *o = vd_offsets_new();
    uint64_t ep = vd_offsets_assign(o, 0);
    int64_t commit = -1;
    for (int64_t off = 10; off < 14; off++)
        assert_int_equal(vd_offsets_track(o, 0, ep, off), 0);
    assert_int_equal(vd_offsets_done(o, 0, ep, 12, &commit), 0); /* 10, 11 pending */
    assert_int_equal(vd_offsets_done(o, 0, ep, 11, &commit), 0);
    assert_int_equal(vd_offsets_done(o, 0, ep, 10, &commit), 1);
    assert_int_equal(commit, 13); /* 10..12 done: next to consume is 13 */
    assert_int_equal(vd_offsets_inflight(o, 0), 1);
    assert_int_equal(vd_offsets_done(o, 0, ep, 13, &commit), 1);
    assert_int_equal(commit, 14);
    assert_int_equal(vd_offsets_inflight(o, -1), 0);
    vd_offsets_free(o);
}

static void test_stale_epoch(void **state)
{
    (void)state;
    vd_offsets *o = vd_offsets_new();
    int64_t commit = -1;
    uint64_t ep1 = vd_offsets_assign(o, 3);
    assert_int_equal(vd_offsets_track(o, 3, ep1, 5), 0);
    vd_offsets_revoke(o, 3);
    assert_int_equal(vd_offsets_epoch(o, 3), 0);
    assert_int_equal(vd_offsets_done(o, 3, ep1, 5, &commit), -1);
    uint64_t ep2 = vd_offsets_assign(o, 3);
    assert_true(ep2 != ep1);
    assert_int_equal(vd_offsets_track(o, 3, ep1, 6), -1); /* old assignment */
    assert_int_equal(vd_offsets_track(o, 3, ep2, 6), 0);
    assert_int_equal(vd_offsets_done(o, 3, ep2, 6, &commit), 1);
    assert_int_equal(commit, 7);
    assert_int_equal(vd_offsets_track(o, 9, 1, 0), -1); /* never assigned */
    vd_offsets_free(o);
}

static void test_growth_and_partitions(void **state)
{
    (void)state;
    vd_offsets *o = vd_offsets_new();
    int64_t commit = -1;
    uint64_t e0 = vd_offsets_assign(o, 0), e1 = vd_offsets_assign(o, 1);
    for (int64_t i = 0; i < 1000; i++) {
        assert_int_equal(vd_offsets_track(o, 0, e0, i), 0);
        assert_int_equal(vd_offsets_track(o, 1, e1, i), 0);
    }
    for (int64_t i = 999; i >= 1; i--)
        assert_int_equal(vd_offsets_done(o, 0, e0, i, &commit), 0);
    assert_int_equal(vd_offsets_done(o, 0, e0, 0, &commit), 1);
    assert_int_equal(commit, 1000);
    assert_int_equal(vd_offsets_inflight(o, 1), 1000);
    assert_int_equal(vd_offsets_done(o, 1, e1, 5000, &commit), -1); /* unknown offset */
    vd_offsets_free(o);
    vd_offsets_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_out_of_order),
        cmocka_unit_test(test_stale_epoch),
        cmocka_unit_test(test_growth_and_partitions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
