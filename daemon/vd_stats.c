/*
 * vd_stats.c - vigild's metrics families and health state (see vd_stats.h).
 *
 * The families are created once by vd_stats_init() and never change, so the
 * pointers in S are read without a lock; the registry serialises updates.
 * Health flags are C11 atomics written by the main thread and read by the
 * HTTP thread.  librdkafka statistics are parsed with Jansson in the thread
 * that serves the client's callbacks (the main thread: the consumer's main
 * queue is redirected to its poll, the producer is polled from the loop);
 * lag gauges are replaced as a whole each time (begin/sweep), so revoked
 * partitions disappear instead of reporting a stale lag forever.
 */
#include "vd_stats.h"
#include "vd_pool.h"
#include "vigil.h"

#include <jansson.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
    vd_registry *reg;
    vd_family *consumed, *events, *alerts, *dead, *reloads, *extract;
    vd_family *queued, *capacity, *paused, *outq, *assigned, *lag, *build;
    vd_family *http_rejected, *http_conns;
    vd_family *q_bytes, *q_max_bytes, *out_bytes, *out_max_bytes, *pauses, *alone;
    atomic_llong last_tick_ms;
    atomic_int phase, consumer_up, producer_up;
    atomic_llong n_assigned;
} S;

static long long now_ms(void)
{
    return (long long)(vd_now() * 1000.0);
}

static vd_family *fam(vd_metric_type t, const char *name, const char *help, const char *labels)
{
    return vd_registry_add(S.reg, t, name, help, labels, NULL, 0);
}

static int add_families(void)
{
    static const double secs[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                  0.1,    0.25,  0.5,    1,     2.5,  5,     10};
    S.build =
        fam(VD_GAUGE, "vigil_build_info", "vigild version (value is always 1)", "version,schema");
    S.consumed = fam(VD_COUNTER, "vigil_articles_consumed_total",
                     "input messages taken from the articles topic", NULL);
    S.events =
        fam(VD_COUNTER, "vigil_events_published_total", "events handed to the producer", "type");
    S.alerts = fam(VD_COUNTER, "vigil_alerts_total", "alerts published", "severity");
    S.dead = fam(VD_COUNTER, "vigil_deadlettered_total",
                 "input messages copied to the dead-letter topic", "error_class");
    S.reloads = fam(VD_COUNTER, "vigil_reloads_total", "SIGHUP reloads", "result");
    S.extract = vd_registry_add(S.reg, VD_HISTOGRAM, "vigil_extract_duration_seconds",
                                "time one article spends in decode, clean, extract and encode",
                                NULL, secs, sizeof(secs) / sizeof(secs[0]));
    S.queued = fam(VD_GAUGE, "vigil_worker_queue_depth",
                   "articles queued for or running in the workers", NULL);
    S.capacity = fam(VD_GAUGE, "vigil_worker_queue_capacity",
                     "articles that may wait for a worker before input is paused", NULL);
    S.paused = fam(VD_GAUGE, "vigil_input_paused", "1 while input is paused (back-pressure)", NULL);
    S.outq = fam(VD_GAUGE, "vigil_producer_queue_length",
                 "records waiting in the producer for acknowledgement", NULL);
    S.assigned = fam(VD_GAUGE, "vigil_assigned_partitions", "input partitions assigned", NULL);
    S.lag = fam(VD_GAUGE, "vigil_consumer_lag",
                "messages behind the partition end (librdkafka statistics)", "topic,partition");
    S.q_bytes = fam(VD_GAUGE, "vigil_worker_queue_bytes",
                    "memory counted for the articles queued for or running in the workers (10 "
                    "times their size)",
                    NULL);
    S.q_max_bytes =
        fam(VD_GAUGE, "vigil_worker_queue_max_bytes",
            "bytes the worker queue may hold before input waits (queue.max_bytes)", NULL);
    S.out_bytes = fam(VD_GAUGE, "vigil_producer_queue_bytes",
                      "bytes of output records awaiting acknowledgement", NULL);
    S.out_max_bytes = fam(
        VD_GAUGE, "vigil_producer_queue_max_bytes",
        "bytes of output records awaiting acknowledgement before input pauses (output.max_bytes)",
        NULL);
    S.pauses = fam(VD_COUNTER, "vigil_input_pauses_total",
                   "input pauses (back-pressure), by the bound that caused them", "reason");
    S.alone =
        fam(VD_COUNTER, "vigil_articles_alone_total",
            "articles larger than queue.max_bytes, each processed with the workers otherwise idle",
            NULL);
    S.http_rejected = fam(VD_COUNTER, "vigil_http_rejected_total",
                          "HTTP connections closed, or answered with an error, by a listener limit "
                          "or request check",
                          "reason");
    S.http_conns = fam(VD_GAUGE, "vigil_http_connections",
                       "HTTP connections held by the listener, by stage", "state");
    if (!S.build || !S.consumed || !S.events || !S.alerts || !S.dead || !S.reloads || !S.extract ||
        !S.queued || !S.capacity || !S.paused || !S.outq || !S.assigned || !S.lag ||
        !S.http_rejected || !S.http_conns || !S.q_bytes || !S.q_max_bytes || !S.out_bytes ||
        !S.out_max_bytes || !S.pauses || !S.alone)
        return -1;
    static const char *const pause_reasons[] = {"queue_depth", "queue_bytes", "output_records",
                                                "output_bytes"};
    for (size_t i = 0; i < sizeof(pause_reasons) / sizeof(pause_reasons[0]); i++)
        vd_family_add(S.pauses, (const char *[]){pause_reasons[i]}, 0);
    return vd_family_set(S.build, (const char *[]){VG_VERSION, VG_SCHEMA_VERSION}, 1);
}

int vd_stats_init(void)
{
    if (S.reg)
        return 0;
    if (!(S.reg = vd_registry_new()) || add_families() < 0) {
        vd_stats_shutdown();
        return -1;
    }
    atomic_store(&S.last_tick_ms, now_ms());
    atomic_store(&S.phase, VD_PHASE_STARTING);
    return 0;
}

void vd_stats_shutdown(void)
{
    vd_registry_free(S.reg);
    memset(&S, 0, sizeof(S));
}

vd_registry *vd_stats_registry(void)
{
    return S.reg;
}

void vd_stats_article_consumed(void)
{
    vd_family_add(S.consumed, NULL, 1);
}

void vd_stats_event_published(const char *type)
{
    vd_family_add(S.events, (const char *[]){type}, 1);
}

void vd_stats_deadlettered(const char *err_class)
{
    vd_family_add(S.dead, (const char *[]){err_class}, 1);
}

void vd_stats_reload(int ok)
{
    vd_family_add(S.reloads, (const char *[]){ok ? "ok" : "failed"}, 1);
}

void vd_stats_alert(const char *severity)
{
    vd_family_add(S.alerts, (const char *[]){severity}, 1);
}

void vd_stats_pipeline_bytes(size_t queued, size_t queued_max, size_t output, size_t output_max)
{
    vd_family_set(S.q_bytes, NULL, (double)queued);
    vd_family_set(S.q_max_bytes, NULL, (double)queued_max);
    vd_family_set(S.out_bytes, NULL, (double)output);
    vd_family_set(S.out_max_bytes, NULL, (double)output_max);
}

void vd_stats_input_paused(const char *reason)
{
    vd_family_add(S.pauses, (const char *[]){reason}, 1);
}

void vd_stats_article_alone(void)
{
    vd_family_add(S.alone, NULL, 1);
}

void vd_stats_http_rejected(const char *reason, unsigned n)
{
    vd_family_add(S.http_rejected, (const char *[]){reason}, n);
}

void vd_stats_http_connections(unsigned reading, unsigned serving, unsigned closing)
{
    vd_family_set(S.http_conns, (const char *[]){"reading"}, reading);
    vd_family_set(S.http_conns, (const char *[]){"serving"}, serving);
    vd_family_set(S.http_conns, (const char *[]){"closing"}, closing);
}

void vd_stats_extract_seconds(double seconds)
{
    vd_family_observe(S.extract, NULL, seconds);
}

void vd_stats_pipeline(size_t queued, size_t capacity, int paused, int producer_queue,
                       size_t assigned)
{
    if (!S.reg)
        return;
    vd_family_set(S.queued, NULL, (double)queued);
    vd_family_set(S.capacity, NULL, (double)capacity);
    vd_family_set(S.paused, NULL, paused ? 1 : 0);
    vd_family_set(S.outq, NULL, producer_queue);
    vd_family_set(S.assigned, NULL, (double)assigned);
    atomic_store(&S.n_assigned, (long long)assigned);
}

static int any_broker_up(json_t *root)
{
    const char *name;
    json_t *b;
    json_object_foreach(json_object_get(root, "brokers"), name, b)
    {
        const char *st = json_string_value(json_object_get(b, "state"));
        if (st && strcmp(st, "UP") == 0)
            return 1;
    }
    return 0;
}

static void set_lag(json_t *root)
{
    const char *tname, *pname;
    json_t *t, *p;
    vd_family_begin(S.lag);
    json_object_foreach(json_object_get(root, "topics"), tname, t)
    {
        json_object_foreach(json_object_get(t, "partitions"), pname, p)
        {
            json_t *lag = json_object_get(p, "consumer_lag");
            if (strcmp(pname, "-1") == 0 || !json_is_integer(lag) || json_integer_value(lag) < 0)
                continue; /* internal UA partition, or not fetched by us */
            vd_family_set(S.lag, (const char *[]){tname, pname}, (double)json_integer_value(lag));
        }
    }
    vd_family_sweep(S.lag);
}

int vd_stats_kafka_json(const char *side, const char *json, size_t len)
{
    json_error_t e;
    if (!S.reg)
        return 0;
    json_t *root = json_loadb(json, len, 0, &e);
    if (!json_is_object(root)) {
        json_decref(root);
        return -1;
    }
    int consumer = strcmp(side, "consumer") == 0;
    atomic_store(consumer ? &S.consumer_up : &S.producer_up, any_broker_up(root));
    if (consumer)
        set_lag(root);
    json_decref(root);
    return 0;
}

void vd_stats_tick(void)
{
    atomic_store(&S.last_tick_ms, now_ms());
}

void vd_stats_phase(vd_phase phase)
{
    atomic_store(&S.phase, (int)phase);
}

int vd_stats_healthy(double max_age_s, char *why, size_t n)
{
    double age = (double)(now_ms() - atomic_load(&S.last_tick_ms)) / 1000.0;
    int ok = age <= max_age_s;
    snprintf(why, n, "%s: main loop last turned %.1f s ago (limit %.0f s)", ok ? "ok" : "stalled",
             age, max_age_s);
    return ok;
}

int vd_stats_ready(char *why, size_t n)
{
    static const char *const phases[] = {"starting", "running", "stopping"};
    int phase = atomic_load(&S.phase);
    int cu = atomic_load(&S.consumer_up), pu = atomic_load(&S.producer_up);
    long long parts = atomic_load(&S.n_assigned);
    int ok = phase == VD_PHASE_RUNNING && cu && pu && parts > 0;
    snprintf(why, n, "%s: phase %s, consumer %s, producer %s, %lld partition(s) assigned",
             ok ? "ready" : "not ready", phases[phase < 0 || phase > 2 ? 0 : phase],
             cu ? "connected" : "not connected", pu ? "connected" : "not connected", parts);
    return ok;
}
