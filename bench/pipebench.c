/*
 * pipebench.c - the per-message work of vigild without Kafka: decode the
 * envelope, clean, extract and encode (vc_pipeline_run), over a JSONL file
 * of envelopes held in memory, with N worker threads sharing one knowledge
 * base.  bench/e2e runs it in the same run as the daemon, with the same
 * thread count, as the baseline of the end-to-end ratio.
 *
 * Usage: pipebench KNOWLEDGE_DIR ARTICLES.jsonl THREADS [ROUNDS] [--clean-extract]
 * Prints one line: "pipeline: N articles, T threads, X articles/s, Y MB/s,
 * E events, C us CPU/article" (CPU: user + system time of the timed part,
 * all threads, per article).  --clean-extract times cleaning and extraction
 * alone: the envelopes are decoded before the clock starts and no event is
 * encoded, so the difference to the full pipeline is what JSON costs.
 */
#include "vc_io.h"
#include "vc_pipeline.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct msg {
    const char *p;
    size_t n;
} msg;

typedef struct work {
    const vg_kb *kb;
    vc_pipeline_opts opts;
    const msg *v;
    const vc_envelope *env; /* --clean-extract: decoded envelopes, else NULL */
    size_t n, total;
    atomic_size_t next;
    atomic_size_t events;
} work;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

/* Clean and extract one decoded envelope (what vc_pipeline_run does between
 * decoding and encoding); returns the event count. */
static size_t clean_extract(const work *w, const vc_envelope *env)
{
    vg_doc doc;
    vg_events evs = {0};
    size_t n = 0;
    if (vc_pipeline_clean_body(&w->opts, w->kb, env, &doc) < 0) {
        vg_doc_free(&doc);
        return 0;
    }
    vg_article art = vc_pipeline_article(env);
    if (vg_extract(w->kb, &w->opts.lim, &art, &doc, &evs) == 0)
        for (size_t i = 0; i < evs.n; i++)
            n += !evs.v[i].historical;
    vg_events_free(&evs);
    vg_doc_free(&doc);
    return n;
}

static void *run(void *arg)
{
    work *w = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&w->next, 1);
        if (i >= w->total)
            return NULL;
        if (w->env) {
            atomic_fetch_add(&w->events, clean_extract(w, &w->env[i % w->n]));
            continue;
        }
        const msg *m = &w->v[i % w->n];
        vc_result r;
        vc_pipeline_run(&w->opts, w->kb, m->p, m->n, &r);
        atomic_fetch_add(&w->events, r.n);
        vc_result_free(&r);
    }
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: pipebench KNOWLEDGE_DIR ARTICLES.jsonl THREADS [ROUNDS]\n");
        return 2;
    }
    int threads = atoi(argv[3]), rounds = argc > 4 ? atoi(argv[4]) : 1;
    int core = argc > 5 && strcmp(argv[5], "--clean-extract") == 0;
    char err[512], *buf;
    size_t len, pos = 0, n = 0, cap = 1024, bytes = 0;
    work w;
    memset(&w, 0, sizeof(w));
    if (threads < 1 || threads > 64 || rounds < 1 ||
        vg_kb_load(argv[1], (vg_kb **)&w.kb, err, sizeof(err)) < 0 ||
        vc_read_file(argv[2], (size_t)1 << 30, &buf, &len) < 0) {
        fprintf(stderr, "pipebench: bad arguments, knowledge or input (%s)\n", err);
        return 1;
    }
    msg *v = malloc(cap * sizeof(*v));
    const char *line;
    size_t ln;
    while (v && vc_next_line(buf, len, &pos, &line, &ln)) {
        if (n == cap && !(v = realloc(v, (cap *= 2) * sizeof(*v))))
            break;
        v[n++] = (msg){line, ln};
        bytes += ln;
    }
    if (!v || n == 0) {
        fprintf(stderr, "pipebench: no input\n");
        return 1;
    }
    vc_pipeline_opts_default(&w.opts);
    w.v = v;
    w.n = n;
    w.total = n * (size_t)rounds;
    vc_envelope *env = core ? calloc(n, sizeof(*env)) : NULL;
    for (size_t i = 0; env && i < n; i++)
        if (vc_envelope_decode(v[i].p, v[i].n, &w.opts.env, &env[i], err, sizeof(err)) < 0)
            env[i] = (vc_envelope){.id = strdup("-"), .body = strdup(""), .body_len = 0};
    if (core && !env) {
        fprintf(stderr, "pipebench: out of memory\n");
        return 1;
    }
    w.env = env;
    pthread_t tid[64];
    double t0 = now(), c0 = cpu_seconds();
    for (int i = 0; i < threads; i++)
        pthread_create(&tid[i], NULL, run, &w);
    for (int i = 0; i < threads; i++)
        pthread_join(tid[i], NULL);
    double dt = now() - t0, cpu = cpu_seconds() - c0;
    printf("%s: %zu articles, %d threads, %.0f articles/s, %.2f MB/s, %zu events, "
           "%.1f us CPU/article\n",
           core ? "clean+extract" : "pipeline", w.total, threads, (double)w.total / dt,
           (double)bytes * rounds / dt / 1e6, (size_t)atomic_load(&w.events),
           cpu * 1e6 / (double)w.total);
    for (size_t i = 0; env && i < n; i++)
        vc_envelope_free(&env[i]);
    free(env);
    vg_kb_free((vg_kb *)w.kb);
    free(v);
    free(buf);
    return 0;
}
