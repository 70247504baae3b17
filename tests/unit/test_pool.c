/*
 * test_pool.c - the bounded worker pool: a list of held jobs is submitted in
 * order while there is room, the rest stays linked, and every job comes back
 * exactly once.  Regression for the main loop's held list: it read a job's
 * next link after handing the job to the pool, so with two or more held jobs
 * the rest of the list was lost (and, racing a worker that had already
 * relinked the job into the done list, done jobs were submitted twice).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vd_pool.h"

#define N_JOBS 40

static vd_job *new_job(int64_t offset)
{
    const char *text = "x";
    vd_job *j = calloc(1, sizeof(*j) + 2);
    assert_non_null(j);
    j->payload = (char *)(j + 1);
    memcpy(j->payload, text, 2);
    j->len = 1;
    j->offset = offset;
    return j;
}

static vd_pool *start(unsigned workers, size_t cap, unsigned stall_ms)
{
    vd_snapshot *s = calloc(1, sizeof(*s));
    assert_non_null(s);
    s->refs = 1;
    vc_pipeline_opts_default(&s->opts);
    s->debug_stall_ms = stall_ms;
    vd_pool *p = NULL;
    assert_int_equal(vd_pool_start(&p, workers, cap, s), 0);
    return p;
}

/* Collect finished jobs until `want` have come back (bounded wait); each
 * offset must come back once. */
static void collect(vd_pool *p, int *seen, size_t *got, size_t want)
{
    for (int tries = 0; *got < want && tries < 1000; tries++) {
        vd_pool_wait(p, VD_WAIT_DONE, 10);
        for (vd_job *j = vd_pool_take_done(p), *n; j; j = n) {
            n = j->next;
            assert_true(j->offset >= 0 && j->offset < N_JOBS);
            assert_int_equal(seen[j->offset], 0);
            seen[j->offset] = 1;
            (*got)++;
            vd_job_free(j);
        }
    }
}

static vd_job *make_list(void)
{
    vd_job *head = NULL, **tail = &head;
    for (int i = 0; i < N_JOBS; i++) {
        *tail = new_job(i);
        tail = &(*tail)->next;
    }
    return head;
}

/* Room for every job: the whole list goes in, in order. */
static void test_submit_list_all(void **st)
{
    (void)st;
    vd_pool *p = start(2, 2 * N_JOBS, 0);
    vd_job *held = make_list();
    int seen[N_JOBS] = {0};
    size_t got = 0;
    assert_int_equal(vd_pool_submit_list(p, &held), N_JOBS);
    assert_null(held);
    collect(p, seen, &got, N_JOBS);
    assert_int_equal(got, N_JOBS);
    vd_pool_stop(p);
}

/* A small queue and slow workers: what does not fit stays linked, in order,
 * and goes in on later calls; nothing is lost or doubled. */
static void test_submit_list_partial(void **st)
{
    (void)st;
    vd_pool *p = start(2, 3, 2);
    vd_job *held = make_list();
    int seen[N_JOBS] = {0};
    size_t got = 0, submitted = 0;
    for (int rounds = 0; held && rounds < 2000; rounds++) {
        submitted += vd_pool_submit_list(p, &held);
        int64_t expect = (int64_t)submitted; /* the first job still held */
        size_t left = 0;
        for (vd_job *j = held; j; j = j->next, left++)
            assert_int_equal(j->offset, expect + (int64_t)left);
        assert_int_equal(submitted + left, N_JOBS);
        collect(p, seen, &got, got + 1 < N_JOBS ? got + 1 : N_JOBS);
    }
    assert_null(held);
    collect(p, seen, &got, N_JOBS);
    assert_int_equal(got, N_JOBS);
    vd_pool_stop(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_submit_list_all),
        cmocka_unit_test(test_submit_list_partial),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
