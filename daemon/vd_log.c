/*
 * vd_log.c - logging backend (see vd_log.h).
 *
 * The rate limiter is a small fixed table of (key, window start, count)
 * guarded by one mutex: per-article errors are the only frequent messages
 * and they go through vd_log_msg(), which drops repeats past a burst and
 * reports the suppressed count when the window rolls over.
 */
#include "vd_log.h"
#include "vk_log.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <systemd/sd-journal.h>
#include <time.h>
#include <unistd.h>

#define RL_SLOTS 32
#define RL_WINDOW 10
#define RL_BURST 5

static struct {
    /* set by the main thread on reload, read by every thread: atomic (relaxed
     * is enough, a message logged at the old level during a reload is fine) */
    atomic_int max_level;
    int journal;
    pthread_mutex_t mu;
    struct {
        const char *key;
        time_t start;
        unsigned count;
    } rl[RL_SLOTS];
} L = {LOG_INFO, 0, PTHREAD_MUTEX_INITIALIZER, {{0}}};

static int level(void)
{
    return atomic_load_explicit(&L.max_level, memory_order_relaxed);
}

/* JOURNAL_STREAM is "DEV:INODE" of the journal stream systemd gave us; it is
 * inherited, so it only counts when stderr is still that stream (not when a
 * test or a shell redirected it).  See systemd.exec(5). */
static int stderr_is_journal(void)
{
    const char *e = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    if (!e || sscanf(e, "%llu:%llu", &dev, &ino) != 2 || fstat(STDERR_FILENO, &st) < 0)
        return 0;
    return (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

void vd_log_init(int max_level)
{
    atomic_store_explicit(&L.max_level, max_level, memory_order_relaxed);
    L.journal = stderr_is_journal();
}

void vd_log_set_level(int max_level)
{
    atomic_store_explicit(&L.max_level, max_level, memory_order_relaxed);
}

static void emit(int prio, const char *mid, const char *article, const char *topic, int part,
                 long long off, const char *msg)
{
    if (prio > level())
        return;
    if (L.journal) {
        if (article)
            sd_journal_send("MESSAGE=%s", msg, "PRIORITY=%d", prio, "SYSLOG_IDENTIFIER=vigild",
                            "ARTICLE_ID=%s", article, "KAFKA_TOPIC=%s", topic ? topic : "",
                            "KAFKA_PARTITION=%d", part, "KAFKA_OFFSET=%lld", off, NULL);
        else if (mid)
            sd_journal_send("MESSAGE=%s", msg, "PRIORITY=%d", prio, "SYSLOG_IDENTIFIER=vigild",
                            "MESSAGE_ID=%s", mid, NULL);
        else
            sd_journal_send("MESSAGE=%s", msg, "PRIORITY=%d", prio, "SYSLOG_IDENTIFIER=vigild",
                            NULL);
        return;
    }
    if (article)
        fprintf(stderr, "<%d>%s [article=%s topic=%s partition=%d offset=%lld]\n", prio, msg,
                article, topic ? topic : "", part, off);
    else
        fprintf(stderr, "<%d>%s\n", prio, msg);
}

void vd_log(int prio, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    if (prio > level())
        return; /* not formatted: below the level */
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    emit(prio, NULL, NULL, NULL, 0, 0, msg);
}

void vd_log_id(int prio, const char *mid, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    if (prio > level())
        return; /* not formatted: below the level */
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    emit(prio, mid, NULL, NULL, 0, 0, msg);
}

/* Returns 1 to log; *suppressed gets the count dropped in the last window. */
static int rate_ok(const char *key, unsigned *suppressed)
{
    time_t now = time(NULL);
    int ok = 1;
    *suppressed = 0;
    pthread_mutex_lock(&L.mu);
    size_t slot = RL_SLOTS;
    for (size_t i = 0; i < RL_SLOTS; i++) {
        if (L.rl[i].key == key || (L.rl[i].key && strcmp(L.rl[i].key, key) == 0)) {
            slot = i;
            break;
        }
        if (!L.rl[i].key && slot == RL_SLOTS)
            slot = i;
    }
    if (slot == RL_SLOTS)
        slot = (size_t)(now % RL_SLOTS);
    if (L.rl[slot].key != key || now - L.rl[slot].start >= RL_WINDOW) {
        if (L.rl[slot].count > RL_BURST)
            *suppressed = L.rl[slot].count - RL_BURST;
        L.rl[slot].key = key;
        L.rl[slot].start = now;
        L.rl[slot].count = 0;
    }
    ok = ++L.rl[slot].count <= RL_BURST;
    pthread_mutex_unlock(&L.mu);
    return ok;
}

/* A line about one input message, past the rate limiter. */
static void emit_msg(int prio, const char *ratekey, const char *article_id, const char *topic,
                     int partition, long long offset, const char *msg)
{
    unsigned suppressed;
    if (!rate_ok(ratekey, &suppressed))
        return;
    if (suppressed)
        vd_log(LOG_WARNING, "%u similar messages (%s) suppressed in the last %d s", suppressed,
               ratekey, RL_WINDOW);
    emit(prio, NULL, article_id ? article_id : "-", topic, partition, offset, msg);
}

void vd_log_msg(int prio, const char *ratekey, const char *article_id, const char *topic,
                int partition, long long offset, const char *fmt, ...)
{
    char msg[2048];
    if (prio > level())
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    emit_msg(prio, ratekey, article_id, topic, partition, offset, msg);
}

void vd_log_kafka_sink(const vk_logrec *r)
{
    if (r->prio > level())
        return;
    if (r->ratekey)
        emit_msg(r->prio, r->ratekey, r->article, r->topic, r->partition, r->offset, r->msg);
    else
        emit(r->prio, r->fatal ? VD_MID_FATAL : NULL, NULL, NULL, 0, 0, r->msg);
}
