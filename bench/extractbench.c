/*
 * extractbench.c - throughput of clean + extract (the per-article work of
 * vigild) single-threaded and with N threads sharing one read-only vg_kb.
 *
 * Input: a file of articles separated by the byte 0x1E (record separator),
 * each "published<TAB>text" (published may be empty), written by
 * bench/extract-bench.  The articles are repeated in memory until the corpus
 * reaches --mb megabytes, then every thread takes articles from a shared
 * atomic counter.  Prints articles/s and MB/s per run, plus the knowledge
 * load time.
 *
 * Usage: extractbench KNOWLEDGE_DIR ARTICLES_FILE [MB] [THREADS...]
 */
#include "vigil.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct art {
    const char *pub; /* NULL when none */
    const char *text;
    size_t len;
} art;

typedef struct job {
    const vg_kb *kb;
    const art *v;
    size_t n;
    atomic_size_t next;
    atomic_size_t events;
    atomic_size_t failed;
    atomic_llong cpu_ns; /* the workers' thread CPU time, summed */
} job;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* This thread's CPU time: on a shared machine, waits for a core are not
 * counted (the MB/s of CPU beside the wall-clock MB/s). */
static long long thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

/* Split buf in place into articles. */
static size_t split(char *buf, size_t len, art **out)
{
    size_t n = 0, cap = 64;
    art *v = malloc(cap * sizeof(*v));
    for (char *p = buf; v && p < buf + len;) {
        char *end = memchr(p, 0x1e, (size_t)(buf + len - p));
        if (!end)
            end = buf + len;
        *end = 0;
        char *tab = strchr(p, '\t');
        if (tab && tab + 1 < end) {
            *tab = 0;
            if (n == cap) {
                cap *= 2;
                art *nv = realloc(v, cap * sizeof(*v));
                if (!nv)
                    break;
                v = nv;
            }
            v[n++] = (art){*p ? p : NULL, tab + 1, (size_t)(end - tab - 1)};
        }
        p = end + 1;
    }
    *out = v;
    return n;
}

static void *worker(void *arg)
{
    job *j = arg;
    vg_limits lim;
    vg_limits_default(&lim);
    long long c0 = thread_cpu_ns();
    for (;;) {
        size_t i = atomic_fetch_add(&j->next, 1);
        if (i >= j->n)
            break;
        const art *a = &j->v[i];
        vg_doc d;
        vg_events ev;
        if (vg_clean(j->kb, &lim, a->text, a->len, VG_CLEAN_TEXT, NULL, &d) != 0) {
            atomic_fetch_add(&j->failed, 1);
            continue;
        }
        vg_article va = {.id = "bench", .published = a->pub, .raw = a->text, .raw_len = a->len};
        if (vg_extract(j->kb, &lim, &va, &d, &ev) == 0)
            atomic_fetch_add(&j->events, ev.n);
        else
            atomic_fetch_add(&j->failed, 1);
        vg_events_free(&ev);
        vg_doc_free(&d);
    }
    atomic_fetch_add(&j->cpu_ns, thread_cpu_ns() - c0);
    return NULL;
}

static int run(const vg_kb *kb, const art *v, size_t n, size_t bytes, int threads)
{
    job j = {.kb = kb, .v = v, .n = n};
    pthread_t tid[64];
    if (threads < 1 || threads > 64)
        return -1;
    double t0 = now();
    for (int i = 0; i < threads; i++)
        if (pthread_create(&tid[i], NULL, worker, &j) != 0)
            return -1;
    for (int i = 0; i < threads; i++)
        pthread_join(tid[i], NULL);
    double dt = now() - t0;
    double cpu = (double)atomic_load(&j.cpu_ns) / 1e9; /* all the workers' */
    printf("threads %2d: %zu articles, %.1f MB in %.2f s: %.0f articles/s, %.1f MB/s, "
           "%.1f MB/s of CPU per thread (%zu events, %zu failed)\n",
           threads, n, bytes / 1e6, dt, n / dt, bytes / 1e6 / dt, bytes / 1e6 / cpu,
           (size_t)j.events, (size_t)j.failed);
    return 0;
}

/* Stage timings, single-threaded: clean only, then extract only on
 * documents cleaned beforehand (one per distinct article). */
static void stages(const vg_kb *kb, const art *base, size_t nb, const art *v, size_t n,
                   size_t bytes)
{
    vg_limits lim;
    vg_limits_default(&lim);
    vg_doc *docs = calloc(nb, sizeof(*docs));
    int *ok = calloc(nb, sizeof(*ok));
    if (!docs || !ok)
        goto out;
    for (size_t i = 0; i < nb; i++)
        ok[i] = vg_clean(kb, &lim, base[i].text, base[i].len, VG_CLEAN_TEXT, NULL, &docs[i]) == 0;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        vg_doc d;
        if (vg_clean(kb, &lim, v[i].text, v[i].len, VG_CLEAN_TEXT, NULL, &d) == 0)
            vg_doc_free(&d);
    }
    double tc = now() - t0;
    t0 = now();
    for (size_t i = 0; i < n; i++) {
        size_t k = i % nb;
        vg_events ev;
        if (!ok[k])
            continue;
        vg_article va = {
            .id = "bench", .published = base[k].pub, .raw = base[k].text, .raw_len = base[k].len};
        if (vg_extract(kb, &lim, &va, &docs[k], &ev) == 0)
            vg_events_free(&ev);
    }
    double te = now() - t0;
    printf("stages, 1 thread: clean only %.1f MB/s, extract only %.1f MB/s (of raw input)\n",
           bytes / 1e6 / tc, bytes / 1e6 / te);
out:
    for (size_t i = 0; docs && i < nb; i++)
        vg_doc_free(&docs[i]);
    free(docs);
    free(ok);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s KNOWLEDGE_DIR ARTICLES_FILE [MB] [THREADS...]\n", argv[0]);
        return 2;
    }
    char err[512];
    vg_kb *kb;
    double t0 = now();
    if (vg_kb_load(argv[1], &kb, err, sizeof(err)) < 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    printf("knowledge load: %.3f s\n", now() - t0);
    size_t len;
    char *buf = slurp(argv[2], &len);
    art *base;
    size_t nb = buf ? split(buf, len, &base) : 0;
    if (!nb) {
        fprintf(stderr, "%s: no articles\n", argv[2]);
        return 1;
    }
    double mb = argc > 3 ? atof(argv[3]) : 10.0;
    size_t bytes = 0, n = 0, cap = 1024;
    art *v = malloc(cap * sizeof(*v));
    while (v && bytes < mb * 1e6) {
        if (n == cap) {
            cap *= 2;
            art *nv = realloc(v, cap * sizeof(*v));
            if (!nv)
                return 1;
            v = nv;
        }
        v[n] = base[n % nb];
        bytes += v[n++].len;
    }
    printf("corpus: %zu distinct articles repeated to %zu (%.1f MB)\n", nb, n, bytes / 1e6);
    stages(kb, base, nb, v, n, bytes);
    if (argc <= 4) {
        run(kb, v, n, bytes, 1);
        run(kb, v, n, bytes, 2);
    }
    for (int i = 4; i < argc; i++)
        run(kb, v, n, bytes, atoi(argv[i]));
    free(v);
    free(base);
    free(buf);
    vg_kb_free(kb);
    return 0;
}
