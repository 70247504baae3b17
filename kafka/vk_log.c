/*
 * vk_log.c - the Kafka layer's log sink (see vk_log.h).
 *
 * The sink pointer is set once at start-up, before any librdkafka thread
 * exists, and only read afterwards; the last-error text is written by
 * librdkafka's threads and read by the main thread, under a mutex.
 */
#include "vk_log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static vk_log_sink sink;
static pthread_mutex_t last_mu = PTHREAD_MUTEX_INITIALIZER;
static char last_err[512];

void vk_log_set_sink(vk_log_sink fn)
{
    sink = fn;
}

static void deliver(const vk_logrec *r)
{
    if (sink) {
        sink(r);
        return;
    }
    if (r->ratekey)
        fprintf(stderr, "<%d>%s [article=%s topic=%s partition=%d offset=%lld]\n", r->prio, r->msg,
                r->article ? r->article : "-", r->topic ? r->topic : "", r->partition, r->offset);
    else
        fprintf(stderr, "<%d>%s\n", r->prio, r->msg);
}

void vk_log(int prio, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    deliver(&(vk_logrec){.prio = prio, .msg = msg});
}

void vk_log_fatal(const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    deliver(&(vk_logrec){.prio = LOG_CRIT, .fatal = 1, .msg = msg});
}

void vk_log_msg(int prio, const char *ratekey, const char *article, const char *topic,
                int partition, long long offset, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    deliver(&(vk_logrec){.prio = prio,
                         .ratekey = ratekey,
                         .article = article ? article : "-",
                         .topic = topic,
                         .partition = partition,
                         .offset = offset,
                         .msg = msg});
}

void vk_log_note_error(const char *msg)
{
    pthread_mutex_lock(&last_mu);
    snprintf(last_err, sizeof(last_err), "%s", msg);
    pthread_mutex_unlock(&last_mu);
}

const char *vk_log_last_error(char *buf, size_t n)
{
    pthread_mutex_lock(&last_mu);
    snprintf(buf, n, "%s", last_err);
    pthread_mutex_unlock(&last_mu);
    return buf;
}
