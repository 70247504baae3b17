/*
 * vd_pool.h - bounded worker pool running the article pipeline.
 *
 * The consumer thread submits jobs (a copy of one Kafka message) into a
 * bounded queue; N worker threads run vc_pipeline_run() and append finished
 * jobs to a done list that the consumer thread drains and publishes.  Workers
 * never touch Kafka or shared JSON: a job and its result belong to exactly
 * one thread at a time, and the hand-offs happen under the pool mutex.
 *
 * Knowledge and pipeline options come from a reference-counted snapshot; a
 * reload swaps the snapshot pointer, jobs already running keep the old one
 * (nginx-style: the old cycle lives until its last user is done).
 */
#ifndef VD_POOL_H
#define VD_POOL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "vc_pipeline.h"
#include "vd_producer.h" /* vd_job */

typedef struct vd_snapshot {
    int refs; /* guarded by the pool mutex */
    vg_kb *kb;
    vc_pipeline_opts opts;
    unsigned debug_stall_ms; /* test-only: debug.worker_stall_ms */
} vd_snapshot;

typedef struct vd_pool vd_pool;

/* The memory cleaning an article takes, in multiples of its size: libvigil's
 * arena for gumbo's tree of an HTML page is about 7 times the page (massif,
 * 3.6 MB pages), plus the decoded page and the clean text.  Plain text takes
 * less; counting it the same only costs parallelism on huge texts. */
#define VD_POOL_WORK_FACTOR 10

/* Takes ownership of snap (refs must be 1).  The queue holds at most
 * queue_cap jobs and cap_bytes bytes, each job (waiting or running)
 * counting work_factor times its payload and key (vd_pool_charge): a job
 * larger than the bytes free waits, and one larger than cap_bytes is taken
 * once the pool is empty and then runs alone. */
int vd_pool_start(vd_pool **out, unsigned nthreads, size_t queue_cap, size_t cap_bytes,
                  unsigned work_factor, vd_snapshot *snap);
/* Stop accepting, finish queued jobs, join workers.  Accepts NULL. */
void vd_pool_stop(vd_pool *p);

/* 0 when queued; -1 when the queue is full, in jobs or bytes (the caller
 * keeps the job). */
int vd_pool_submit(vd_pool *p, vd_job *job);

/* Submit the jobs of a list linked by next, in order, while the queue has
 * room; *head is left at the first job not submitted (NULL when all were).
 * Returns the number submitted.  A submitted job belongs to the pool from
 * that moment (a worker may already be relinking it), so each job's next is
 * read before it is handed over. */
size_t vd_pool_submit_list(vd_pool *p, vd_job **head);

/* Take every finished job (a list linked by next, in completion order). */
vd_job *vd_pool_take_done(vd_pool *p);

/* Wait up to ms (consumer thread) for VD_WAIT_ROOM: the queue drained to
 * half its capacity in jobs and with room for need bytes (or empty), or
 * VD_WAIT_DONE: a finished job to take (need unused). */
enum { VD_WAIT_ROOM = 1, VD_WAIT_DONE = 2 };
void vd_pool_wait(vd_pool *p, int what, size_t need, int ms);

size_t vd_pool_queued(vd_pool *p); /* waiting + running */
size_t vd_pool_capacity(vd_pool *p);
size_t vd_pool_bytes(vd_pool *p); /* charges of the jobs waiting and running */
/* What a job counts against cap_bytes: its payload and key x work_factor. */
size_t vd_pool_charge(const vd_pool *p, const vd_job *j);
size_t vd_pool_capacity_bytes(vd_pool *p);
uint64_t vd_pool_progress(vd_pool *p); /* jobs finished so far (watchdog) */

/* Install a new snapshot; the old one is released when unused. */
void vd_pool_swap_snapshot(vd_pool *p, vd_snapshot *snap);
void vd_snapshot_free(vd_snapshot *s);

double vd_now(void);

#endif
