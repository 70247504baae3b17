/*
 * vd_pool.c - bounded worker pool (see vd_pool.h).
 *
 * One mutex, two condition variables: `work` wakes workers when a job is
 * queued, `done` wakes the consumer thread.  The queue is a singly linked
 * FIFO bounded in jobs and in bytes, so what the pool holds is bounded
 * whatever the size of the articles: each job, waiting or running, counts
 * work_factor times its payload and key (the memory its cleaning takes once
 * a worker has it), so the bound holds whichever jobs the workers take.
 * One article larger than the whole bound is still taken when the pool is
 * empty, and runs alone: never dropped, never stuck.
 *
 * Wake-ups cost more than the hand-offs themselves (a futex call and a
 * context switch each), so both sides signal only a thread that is asleep
 * and only when it has something worth waking for: a worker is woken only
 * if one is idle, and the consumer thread, waiting for room, is woken once
 * the queue has drained to half (a batch of free slots, not one slot per
 * finished job), or on every finished job when it waits for results.
 */
#include "vd_pool.h"
#include "vd_stats.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct vd_pool {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    vd_job *head, *tail; /* waiting jobs */
    vd_job *done_head, *done_tail;
    size_t waiting, running, cap;
    size_t bytes, cap_bytes; /* charges (vd_pool_charge) of the jobs waiting and running */
    unsigned work_factor;
    size_t need;        /* bytes the consumer thread waits room for */
    unsigned idle;      /* workers asleep on `work` */
    int consumer_waits; /* 0, or what the consumer thread waits for */
    uint64_t finished;
    int stopping;
    unsigned nthreads;
    pthread_t *threads;
    vd_snapshot *snap;
};

double vd_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void vd_snapshot_free(vd_snapshot *s)
{
    if (!s)
        return;
    vg_kb_free(s->kb);
    free(s);
}

static void snap_release(vd_snapshot *s)
{
    /* called with the pool mutex held */
    if (s && --s->refs == 0)
        vd_snapshot_free(s);
}

/* Wake the consumer thread if it sleeps and what it waits for is there
 * (called with the pool mutex held). */
static int room_for(const vd_pool *p, size_t need)
{
    return (p->waiting <= p->cap / 2 && p->bytes + need <= p->cap_bytes) ||
           p->waiting + p->running == 0;
}

static void wake_consumer(vd_pool *p)
{
    if ((p->consumer_waits == VD_WAIT_ROOM && room_for(p, p->need)) ||
        (p->consumer_waits == VD_WAIT_DONE && p->done_head)) {
        p->consumer_waits = 0;
        pthread_cond_signal(&p->done);
    }
}

static void *worker(void *arg)
{
    vd_pool *p = arg;
    pthread_setname_np(pthread_self(), "vigild-worker"); /* for top -H, perf */
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->head && !p->stopping) {
            p->idle++;
            pthread_cond_wait(&p->work, &p->mu);
            p->idle--;
        }
        if (!p->head)
            break; /* stopping and drained */
        vd_job *j = p->head;
        p->head = j->next;
        if (!p->head)
            p->tail = NULL;
        p->waiting--;
        p->running++;
        vd_snapshot *s = p->snap;
        s->refs++;
        wake_consumer(p); /* room in the queue */
        pthread_mutex_unlock(&p->mu);

        /* The job is this worker's alone until it is put on the done list. */
        if (s->debug_stall_ms) /* test-only knob: simulate a stuck worker */
            usleep((useconds_t)s->debug_stall_ms * 1000);
        double t0 = vd_now();
        vc_pipeline_run(&s->opts, s->kb, j->payload, j->len, &j->res);
        j->t_done = vd_now();
        vd_stats_extract_seconds(j->t_done - t0);

        pthread_mutex_lock(&p->mu);
        snap_release(s);
        p->bytes -= vd_pool_charge(p, j);
        j->next = NULL;
        if (p->done_tail)
            p->done_tail->next = j;
        else
            p->done_head = j;
        p->done_tail = j;
        p->running--;
        p->finished++;
        wake_consumer(p);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int vd_pool_start(vd_pool **out, unsigned nthreads, size_t queue_cap, size_t cap_bytes,
                  unsigned work_factor, vd_snapshot *snap)
{
    vd_pool *p = calloc(1, sizeof(*p));
    *out = NULL;
    if (!p)
        return -1;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    p->cap = queue_cap;
    p->cap_bytes = cap_bytes;
    p->work_factor = work_factor ? work_factor : 1;
    p->snap = snap;
    p->threads = calloc(nthreads, sizeof(pthread_t));
    if (!p->threads)
        goto fail;
    for (unsigned i = 0; i < nthreads; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            goto fail;
        p->nthreads++;
    }
    *out = p;
    return 0;
fail:
    p->snap = NULL; /* the caller still owns snap on failure */
    vd_pool_stop(p);
    return -1;
}

void vd_pool_stop(vd_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stopping = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    for (vd_job *j = p->done_head, *n; j; j = n) {
        n = j->next;
        vd_job_free(j);
    }
    if (p->snap)
        snap_release(p->snap);
    free(p->threads);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    free(p);
}

int vd_pool_submit(vd_pool *p, vd_job *job)
{
    size_t jb = vd_pool_charge(p, job);
    pthread_mutex_lock(&p->mu);
    /* bytes: within the bound, or alone when larger than all of it */
    if (p->waiting >= p->cap || p->stopping ||
        (p->bytes + jb > p->cap_bytes && p->waiting + p->running > 0)) {
        pthread_mutex_unlock(&p->mu);
        return -1;
    }
    p->bytes += jb;
    job->next = NULL;
    job->t_enqueued = vd_now();
    if (p->tail)
        p->tail->next = job;
    else
        p->head = job;
    p->tail = job;
    p->waiting++;
    if (p->idle) /* a busy worker takes the job when it is done anyway */
        pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

size_t vd_pool_submit_list(vd_pool *p, vd_job **head)
{
    size_t n = 0;
    while (*head) {
        vd_job *next = (*head)->next; /* before the hand-off: see the header */
        if (vd_pool_submit(p, *head) < 0)
            break;
        *head = next;
        n++;
    }
    return n;
}

vd_job *vd_pool_take_done(vd_pool *p)
{
    pthread_mutex_lock(&p->mu);
    vd_job *j = p->done_head;
    p->done_head = p->done_tail = NULL;
    pthread_mutex_unlock(&p->mu);
    return j;
}

static int wait_over(const vd_pool *p, int what, size_t need)
{
    return what == VD_WAIT_ROOM ? room_for(p, need) : p->done_head != NULL;
}

void vd_pool_wait(vd_pool *p, int what, size_t need, int ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&p->mu);
    if (!wait_over(p, what, need) && !p->stopping) {
        p->consumer_waits = what;
        p->need = need;
        pthread_cond_timedwait(&p->done, &p->mu, &ts);
        p->consumer_waits = 0;
    }
    pthread_mutex_unlock(&p->mu);
}

size_t vd_pool_queued(vd_pool *p)
{
    pthread_mutex_lock(&p->mu);
    size_t n = p->waiting + p->running;
    pthread_mutex_unlock(&p->mu);
    return n;
}

size_t vd_pool_capacity(vd_pool *p)
{
    return p->cap;
}

size_t vd_pool_bytes(vd_pool *p)
{
    pthread_mutex_lock(&p->mu);
    size_t n = p->bytes;
    pthread_mutex_unlock(&p->mu);
    return n;
}

size_t vd_pool_charge(const vd_pool *p, const vd_job *j)
{
    return vd_job_bytes(j) * p->work_factor;
}

size_t vd_pool_capacity_bytes(vd_pool *p)
{
    return p->cap_bytes;
}

uint64_t vd_pool_progress(vd_pool *p)
{
    pthread_mutex_lock(&p->mu);
    uint64_t n = p->finished;
    pthread_mutex_unlock(&p->mu);
    return n;
}

void vd_pool_swap_snapshot(vd_pool *p, vd_snapshot *snap)
{
    pthread_mutex_lock(&p->mu);
    vd_snapshot *old = p->snap;
    p->snap = snap;
    snap_release(old);
    pthread_mutex_unlock(&p->mu);
}
