/*
 * vd_daemon.c - the vigild main loop.
 *
 * One thread (this one) owns both Kafka clients: it polls the consumer,
 * submits messages to the bounded worker pool, publishes finished jobs and
 * serves delivery reports, which store input offsets once all outputs of a
 * message are acknowledged.  Back-pressure: when the pool queue is full or
 * too many outputs are in flight the assigned partitions are paused (polling
 * continues so the group session stays alive) and resumed once drained.
 * Signals only set flags; reload and stop happen here, between messages.
 */
#include "vd_daemon.h"
#include "vd_alerting.h"
#include "vd_consumer.h"
#include "vd_embedded.h"
#include "vd_http.h"
#include "vd_log.h"
#include "vd_pool.h"
#include "vd_producer.h"
#include "vd_txn.h"
#include "vd_stats.h"
#include "vc_io.h"
#include "vk_check.h"
#include "vk_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <unistd.h>

volatile sig_atomic_t vd_stop_requested;
volatile sig_atomic_t vd_reload_requested;

typedef struct vd_state {
    vd_config *cfg;
    vk_props kafka; /* borrows cfg's properties; lives as long as the clients */
    char **envp;
    vd_embedded *embedded;
    vd_pool *pool;
    vd_consumer *cons;
    vd_producer *prod;
    vd_http *http;
    vd_alerting *alerting;
    vd_job *held, *held_tail; /* consumed but not yet accepted by the pool */
    size_t n_held;
    double held_since; /* when the pool last became full (held != NULL) */
    int fatal;
    int stopping; /* shutdown_all has begun: undelivered outputs are expected */
    unsigned long long consumed, articles_ok, articles_failed, dropped_stale, pauses;
    unsigned long long pauses_logged; /* pauses up to the last log line */
    double last_pause_log;
    uint64_t last_progress;
    double last_watchdog, last_status, last_gauges;
    uint64_t watchdog_usec;
    /* exactly-once (delivery.guarantee): the transactional.id, and when the
     * open transaction was last committed */
    char txn_id[512];
    double last_txn;
} vd_state;

int vd_daemon_build_snapshot(const vd_config *cfg, vd_snapshot **out, char *err, size_t errlen)
{
    vd_snapshot *s = calloc(1, sizeof(*s));
    *out = NULL;
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    s->refs = 1;
    s->opts = cfg->pipeline;
    s->opts.historical = cfg->publish_historical;
    s->debug_stall_ms = (unsigned)cfg->debug_worker_stall_ms;
    const char *dir = vc_knowledge_dir(cfg->knowledge_dir);
    if (!vc_knowledge_found(dir)) {
        snprintf(err, errlen,
                 "no knowledge in %s (looked in %s); set knowledge.dir in the configuration, or "
                 "VIGIL_KNOWLEDGE",
                 dir, vc_knowledge_where());
        free(s);
        return -1;
    }
    int rc = vg_kb_load(dir, &s->kb, err, errlen);
    if (rc < 0) {
        if (!err[0])
            snprintf(err, errlen, "%s: %s", dir, vg_strerror(rc));
        free(s);
        return -1;
    }
    *out = s;
    return 0;
}

/* Delivery of every output of a job is settled (consumer thread). */
static void on_acked(void *ctx, vd_job *job, int ok)
{
    vd_state *d = ctx;
    if (ok) {
        vd_consumer_done(d->cons, job->partition, job->epoch, job->offset);
    } else if (!d->fatal && !d->stopping) { /* the first one ends the process */
        vd_log_id(LOG_CRIT, VD_MID_FATAL,
                  "outputs of %s [%d] offset %lld could not be delivered; exiting so that it is "
                  "reprocessed after restart",
                  vd_consumer_topic(d->cons), (int)job->partition, (long long)job->offset);
        d->fatal = 1;
    } else { /* the others are settling on the way out (a stop that ran out of time
              * purges what is left): one line per burst */
        vd_log_msg(LOG_WARNING, "undelivered", job->res.article_id, vd_consumer_topic(d->cons),
                   job->partition, job->offset,
                   "outputs not delivered before the exit; reprocessed after restart");
    }
    vd_job_free(job);
}

static void publish_done(vd_state *d)
{
    vd_job *j = vd_pool_take_done(d->pool), *next;
    for (; j; j = next) {
        next = j->next;
        if (j->res.rc < 0) {
            d->articles_failed++;
            vd_log_msg(LOG_WARNING, "dead-letter", j->res.article_id, vd_consumer_topic(d->cons),
                       j->partition, j->offset, "dead-lettered: %s: %s", j->res.err_class,
                       j->res.err_msg);
        } else {
            d->articles_ok++;
        }
        if (vd_producer_publish(d->prod, j, vd_consumer_topic(d->cons)) < 0)
            d->fatal = 1;
    }
}

/* Hand held jobs to the pool while it has room.  (This loop used to read
 * d->held->next after the submit: by then a worker could have finished the
 * job and linked it into the done list, so the main thread took done jobs
 * for held ones, submitted them twice and freed them twice - the likely
 * cause of a crash in free() seen once in a soak - and lost the jobs linked
 * after them.  tests/unit/test_pool.c.) */
static void submit_held(vd_state *d)
{
    d->n_held -= vd_pool_submit_list(d->pool, &d->held);
    if (!d->held)
        d->held_tail = NULL;
}

static void drop_held(vd_state *d, const int32_t *parts, size_t n)
{
    vd_job **pp = &d->held;
    d->held_tail = NULL;
    while (*pp) {
        vd_job *j = *pp;
        int hit = 0;
        for (size_t i = 0; i < n && !hit; i++)
            hit = j->partition == parts[i];
        if (hit) {
            *pp = j->next;
            d->n_held--;
            vd_job_free(j);
        } else {
            d->held_tail = j;
            pp = &j->next;
        }
    }
}

/* Finish everything in flight (pool and unacknowledged outputs), bounded. */
static int drain_all(vd_state *d, double deadline)
{
    while (vd_now() < deadline && !d->fatal) {
        submit_held(d);
        publish_done(d);
        vd_producer_poll(d->prod, 0);
        if (!d->held && vd_pool_queued(d->pool) == 0 && vd_producer_outq(d->prod) == 0 &&
            vd_consumer_inflight(d->cons, -1) == 0)
            return 0;
        vd_pool_wait(d->pool, VD_WAIT_DONE, 0, 5);
        vd_producer_poll(d->prod, 5);
    }
    return -1;
}

/* Exactly-once: finish every message taken (so that each record of the
 * open transaction belongs to an input offset it commits), then commit the
 * outputs and those offsets together.  A failure is fatal (vd_txn.h). */
static void txn_point(vd_state *d)
{
    double deadline = vd_now() + (double)d->cfg->shutdown_timeout_ms / 1000.0;
    if (d->fatal)
        return;
    if (drain_all(d, deadline) < 0) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL,
                  "exactly-once: work in flight not finished within %lld ms; the "
                  "transaction is aborted and the input processed again after restart",
                  d->cfg->shutdown_timeout_ms);
        d->fatal = 1;
        return;
    }
    rd_kafka_topic_partition_list_t *offs = vd_consumer_take(d->cons);
    if (vd_txn_commit(vd_producer_handle(d->prod), vd_consumer_handle(d->cons), offs,
                      (int)d->cfg->shutdown_timeout_ms) < 0)
        d->fatal = 1;
    if (offs)
        rd_kafka_topic_partition_list_destroy(offs);
    d->last_txn = vd_now();
}

static void drain_cb(void *ctx, const int32_t *parts, size_t n)
{
    vd_state *d = ctx;
    drop_held(d, parts, n);     /* never started: the next owner reprocesses them */
    if (d->cfg->exactly_once) { /* commit before the partitions go (KIP-447) */
        txn_point(d);
        return;
    }
    if (drain_all(d, vd_now() + (double)d->cfg->shutdown_timeout_ms / 1000.0) < 0)
        vd_log(LOG_WARNING, "rebalance: in-flight work not finished in time; it will be "
                            "reprocessed by the next owner");
}

static void revoked_cb(void *ctx, const int32_t *parts, size_t n, int lost)
{
    vd_state *d = ctx;
    if (lost)
        drop_held(d, parts, n);
    if (lost && d->cfg->exactly_once && !d->fatal) {
        /* their offsets can no longer be committed with the outputs taken
         * for them: abort everything open and start over from the commits */
        vd_log_id(LOG_CRIT, VD_MID_FATAL,
                  "exactly-once: partitions lost; the open transaction is aborted and the "
                  "input processed again after restart");
        d->fatal = 1;
    }
}

static void take_message(vd_state *d, rd_kafka_message_t *m)
{
    if (m->err) {
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
            return;
        if (m->err == RD_KAFKA_RESP_ERR__FATAL) {
            char buf[256];
            rd_kafka_fatal_error(vd_consumer_handle(d->cons), buf, sizeof(buf));
            vd_log_id(LOG_CRIT, VD_MID_FATAL, "fatal consumer error: %s", buf);
            d->fatal = 1;
        } else if (vk_check_fatal(m->err)) { /* no retry fixes a password or an ACL */
            vd_log_id(LOG_CRIT, VD_MID_FATAL, "Kafka refused vigild's consumer: %s: %s",
                      rd_kafka_err2name(m->err), rd_kafka_message_errstr(m));
            d->fatal = 1;
        } else {
            vd_log(LOG_WARNING, "consumer: %s", rd_kafka_message_errstr(m));
        }
        return;
    }
    d->consumed++;
    vd_stats_article_consumed();
    uint64_t epoch = vd_consumer_track(d->cons, m->partition, m->offset);
    if (!epoch) {
        d->dropped_stale++;
        return;
    }
    vd_job *j = vd_job_new(m->payload, m->len, m->key, m->key_len);
    if (!j) {
        vd_log(LOG_CRIT, "out of memory taking a message");
        d->fatal = 1;
        return;
    }
    if (vd_pool_charge(d->pool, j) > vd_pool_capacity_bytes(d->pool)) {
        vd_stats_article_alone();
        vd_log_msg(LOG_WARNING, "alone", NULL, vd_consumer_topic(d->cons), m->partition, m->offset,
                   "a message of %zu bytes needs %zu bytes to be processed, more than "
                   "queue.max_bytes (%zu): it waits for the workers to be idle and is "
                   "processed alone",
                   vd_job_bytes(j), vd_pool_charge(d->pool, j), vd_pool_capacity_bytes(d->pool));
    }
    j->partition = m->partition;
    j->offset = m->offset;
    j->epoch = epoch;
    j->timestamp = rd_kafka_message_timestamp(m, NULL);
    /* ownership of j passes to the pool, or to the held list until it has room */
    if (d->held || vd_pool_submit(d->pool, j) < 0) {
        if (!d->held)
            d->held_since = vd_now();
        if (d->held_tail)
            d->held_tail->next = j;
        else
            d->held = j;
        d->held_tail = j;
        d->n_held++;
    }
}

static void reload(vd_state *d)
{
    char err[1024] = "";
    vd_config *nc = NULL;
    vd_snapshot *snap = NULL;
    vd_log_id(LOG_NOTICE, VD_MID_RELOADING, "reloading configuration and knowledge");
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%llu",
               (unsigned long long)ts.tv_sec * 1000000ull + (unsigned long long)ts.tv_nsec / 1000);
    if (vd_config_load(d->cfg->path, d->envp, &nc, err, sizeof(err)) < 0 ||
        vd_daemon_build_snapshot(nc, &snap, err, sizeof(err)) < 0) {
        vd_log_id(LOG_ERR, VD_MID_RELOAD_FAILED, "reload failed, keeping the running set: %s", err);
        vd_stats_reload(0);
    } else {
        vd_stats_reload(1);
        vd_pool_swap_snapshot(d->pool, snap);
        vd_log_set_level(nc->log_level_num);
        if (vd_alerting_reload(d->alerting, nc, err, sizeof(err)) < 0)
            vd_log_id(LOG_ERR, VD_MID_RELOAD_FAILED,
                      "alert rules not reloaded, keeping the running rules: %s", err);
        vd_log_id(LOG_NOTICE, VD_MID_READY,
                  "reloaded (knowledge, limits, log level; Kafka settings need a restart)");
    }
    vd_config_free(nc);
    sd_notify(0, "READY=1");
}

static void heartbeat(vd_state *d)
{
    double now = vd_now();
    uint64_t progress = vd_pool_progress(d->pool);
    int busy = vd_pool_queued(d->pool) > 0 || d->held;
    /* watchdog only while the pipeline makes progress (or has nothing to do) */
    if (d->watchdog_usec && now - d->last_watchdog >= d->watchdog_usec / 2e6) {
        if (!busy || progress != d->last_progress) {
            sd_notify(0, "WATCHDOG=1");
            d->last_watchdog = now;
            d->last_progress = progress; /* busy: the next ping needs a job finished */
        }
    }
    vd_stats_tick();
    if (now - d->last_gauges >= 0.25) { /* metrics gauges and readiness */
        vd_stats_pipeline(vd_pool_queued(d->pool), vd_pool_capacity(d->pool),
                          vd_consumer_paused(d->cons), vd_producer_outq(d->prod),
                          vd_consumer_assigned(d->cons));
        vd_stats_pipeline_bytes(vd_pool_bytes(d->pool), vd_pool_capacity_bytes(d->pool),
                                vd_producer_outq_bytes(d->prod), (size_t)d->cfg->output_max_bytes);
        d->last_gauges = now;
    }
    if (now - d->last_status >= 5.0) {
        unsigned long long ev, dead;
        vd_producer_counts(d->prod, &ev, &dead);
        sd_notifyf(0, "STATUS=consumed %llu, events %llu, dead-lettered %llu, queue %zu%s",
                   d->consumed, ev, dead, vd_pool_queued(d->pool),
                   vd_consumer_paused(d->cons) ? ", paused" : "");
        d->last_status = now;
    }
}

/* Back-pressure.  A pool that is full for a moment (queue.depth jobs or
 * queue.max_bytes bytes) is waited on (the loop stops polling the
 * consumer): pausing would make librdkafka drop what it has prefetched and
 * fetch it again.  Partitions are paused only when the pool stays full for
 * PAUSE_AFTER seconds (stuck or slow workers; polling must go on so the
 * group session lives) or too many outputs are in flight, in records
 * (output.queue_max) or bytes (output.max_bytes: a slow broker), and
 * resumed once all have drained to half (hysteresis). */
#define PAUSE_AFTER 1.0
enum { P_NONE, P_QUEUE_DEPTH, P_QUEUE_BYTES, P_OUT_RECORDS, P_OUT_BYTES, P_DRAINING };
static const char *const pressure_name[] = {
    "", "queue_depth", "queue_bytes", "output_records", "output_bytes", "draining"};
static int under_pressure(vd_state *d)
{
    long long outq = vd_producer_outq(d->prod), max = d->cfg->producer_queue_max;
    size_t outb = vd_producer_outq_bytes(d->prod), maxb = (size_t)d->cfg->output_max_bytes;
    size_t qb = vd_pool_bytes(d->pool), qmax = vd_pool_capacity_bytes(d->pool);
    if (d->held && vd_now() - d->held_since >= PAUSE_AFTER)
        return qb + vd_pool_charge(d->pool, d->held) > qmax ? P_QUEUE_BYTES : P_QUEUE_DEPTH;
    if (vd_consumer_paused(d->cons))
        return d->held || outq >= max / 2 || outb >= maxb / 2 ||
                       vd_pool_queued(d->pool) >= vd_pool_capacity(d->pool) / 2 || qb >= qmax / 2
                   ? P_DRAINING
                   : P_NONE;
    return outq >= max ? P_OUT_RECORDS : outb >= maxb ? P_OUT_BYTES : P_NONE;
}

/* A pause is counted by its cause and logged, one line per 10 s at most. */
static void note_pause(vd_state *d, int why)
{
    double now = vd_now();
    d->pauses++;
    vd_stats_input_paused(pressure_name[why]);
    if (now - d->last_pause_log < 10.0)
        return;
    vd_log(LOG_NOTICE,
           "input paused (%s): %zu of %zu bytes and %zu of %zu articles with the workers, %zu "
           "of %lld bytes and %d of %lld records awaiting acknowledgement; %llu pause(s) "
           "since the last such line",
           pressure_name[why], vd_pool_bytes(d->pool), vd_pool_capacity_bytes(d->pool),
           vd_pool_queued(d->pool), vd_pool_capacity(d->pool), vd_producer_outq_bytes(d->prod),
           d->cfg->output_max_bytes, vd_producer_outq(d->prod), d->cfg->producer_queue_max,
           d->pauses - d->pauses_logged);
    d->pauses_logged = d->pauses;
    d->last_pause_log = now;
}

/* Take up to POLL_BURST messages that are already fetched (waiting up to
 * timeout_ms for the first) before the loop's housekeeping runs again: the
 * per-iteration checks then cost once per burst, not once per message. */
#define POLL_BURST 64
static void poll_burst(vd_state *d, int timeout_ms)
{
    for (int k = 0; k < POLL_BURST && !d->held && !d->fatal; k++) {
        rd_kafka_message_t *m = vd_consumer_poll(d->cons, k ? 0 : timeout_ms);
        if (!m)
            return;
        take_message(d, m);
        rd_kafka_message_destroy(m);
    }
}

static void main_loop(vd_state *d)
{
    while (!vd_stop_requested && !d->fatal) {
        if (vd_reload_requested) {
            vd_reload_requested = 0;
            reload(d);
        }
        publish_done(d);
        submit_held(d);
        int pressure = under_pressure(d);
        if ((pressure != P_NONE) != vd_consumer_paused(d->cons)) {
            if (pressure != P_NONE)
                note_pause(d, pressure);
            vd_consumer_pause(d->cons, pressure != P_NONE);
        }
        if (d->held && !vd_consumer_paused(d->cons)) {
            /* full for a moment: wait for room for the first held job */
            vd_pool_wait(d->pool, VD_WAIT_ROOM, vd_pool_charge(d->pool, d->held), 2);
        } else if (d->held) {
            /* paused with a job still waiting for room: serve the group
             * (rebalances, statistics) without spinning; a message fetched
             * before the pause joins the held list */
            rd_kafka_message_t *m = vd_consumer_poll(d->cons, 2);
            if (m) {
                take_message(d, m);
                rd_kafka_message_destroy(m);
            }
        } else {
            int busy = vd_pool_queued(d->pool) > 0 || vd_consumer_inflight(d->cons, -1) > 0;
            poll_burst(d, busy ? 5 : 100);
        }
        vd_producer_poll(d->prod, 0);
        vd_consumer_store(d->cons); /* offsets acknowledged in this turn, together */
        if (d->cfg->exactly_once &&
            vd_now() - d->last_txn >= (double)d->cfg->transaction_ms / 1000.0)
            txn_point(d);
        if (vd_producer_fatal(d->prod))
            d->fatal = 1;
        heartbeat(d);
        if (vd_alerting_failed(d->alerting)) {
            vd_log_id(LOG_CRIT, VD_MID_FATAL, "the alerting stage failed; exiting");
            d->fatal = 1;
        }
    }
}

static int remaining_ms(double deadline)
{
    int left = (int)((deadline - vd_now()) * 1000);
    return left > 1000 ? left : 1000;
}

static void shutdown_all(vd_state *d)
{
    double deadline = vd_now() + (double)d->cfg->shutdown_timeout_ms / 1000.0;
    d->stopping = 1;
    sd_notify(0, "STOPPING=1");
    vd_stats_phase(VD_PHASE_STOPPING);
    vd_log_id(LOG_NOTICE, VD_MID_STOPPING, "stopping: finishing in-flight work");
    vd_alerting_stop(d->alerting); /* before the main clients: it finishes, flushes, commits */
    d->alerting = NULL;
    if (d->cons && d->pool && d->prod && !d->fatal) {
        vd_consumer_pause(d->cons, 1);
        if (drain_all(d, deadline) < 0)
            vd_log(LOG_WARNING,
                   "shutdown: in-flight work not finished within %lld ms; it will "
                   "be reprocessed",
                   d->cfg->shutdown_timeout_ms);
        if (d->cfg->exactly_once)
            txn_point(d);
        else
            vd_consumer_commit(d->cons); /* a failure is logged */
    }
    if (d->prod && d->cfg->exactly_once && d->fatal) /* visible to no reader, now */
        vd_txn_abort(vd_producer_handle(d->prod), 5000);
    if (d->cons && !d->fatal)
        vd_consumer_close(d->cons, remaining_ms(deadline));
    if (d->prod) {
        int left = (int)((deadline - vd_now()) * 1000);
        vd_producer_flush(d->prod, left > 100 ? left : 100);
    }
    while (d->held) {
        vd_job *j = d->held;
        d->held = j->next;
        vd_job_free(j);
    }
    vd_consumer_free(d->cons); /* before the pool: no callback may run after it */
    vd_pool_stop(d->pool);
    vd_producer_free(d->prod);
    vd_embedded_stop(d->embedded);
    vd_http_stop(d->http);
}

static int start_http(vd_state *d, char *err, size_t errlen)
{
    const vd_config *c = d->cfg;
    vd_http_opts o = {c->http_listen,
                      c->http_port,
                      (double)c->shutdown_timeout_ms / 1000.0 + 10,
                      {(unsigned)c->http_max_connections, (unsigned)c->http_max_per_ip,
                       (unsigned)c->http_reserved, (unsigned)c->http_header_timeout_ms,
                       (unsigned)c->http_reply_timeout_ms, (size_t)c->http_max_header_bytes}};
    return vd_http_start(&o, &d->http, err, errlen);
}

static int new_clients(vd_state *d, const char *bootstrap, char *err, size_t errlen)
{
    vd_config *c = d->cfg;
    vd_config_kafka_props(c, bootstrap, &d->kafka);
    if (c->http_port) { /* librdkafka statistics feed /readyz and the lag gauges */
        d->kafka.stats_interval_ms = 5000;
        d->kafka.stats = vd_stats_kafka_json;
    }
    if (c->exactly_once) { /* unique per instance, the same across its restarts */
        char host[256] = "localhost";
        gethostname(host, sizeof(host) - 1);
        if (c->transactional_id && c->transactional_id[0])
            snprintf(d->txn_id, sizeof(d->txn_id), "%s", c->transactional_id);
        else
            snprintf(d->txn_id, sizeof(d->txn_id), "vigild-%s-%s", c->group_id, host);
    }
    vd_producer_opts po = {.kafka = &d->kafka,
                           .client_id = "vigild",
                           .input_topic = c->input_topic,
                           .events_topic = c->events_topic,
                           .deadletter_topic = c->deadletter_topic,
                           .deadletter_max_bytes = (size_t)c->deadletter_max_bytes,
                           .on_acked = on_acked,
                           .ctx = d,
                           .published = vd_stats_event_published,
                           .deadlettered = vd_stats_deadlettered,
                           .transactional_id = c->exactly_once ? d->txn_id : NULL};
    vd_consumer_opts co = {.kafka = &d->kafka,
                           .kind = VD_CONSUMER_INPUT,
                           .client_id = "vigild",
                           .group = c->group_id,
                           .topic = c->input_topic,
                           .who = "",
                           .transactional = c->exactly_once,
                           .max_message_bytes = c->pipeline.env.max_bytes,
                           .cbs = {.ctx = d, .drain = drain_cb, .revoked = revoked_cb}};
    if (vd_producer_new(&po, &d->prod, err, errlen) < 0 ||
        vd_consumer_new(&co, &d->cons, err, errlen) < 0 ||
        vd_consumer_subscribe(d->cons, err, errlen) < 0)
        return -1;
    const char *topics[] = {c->input_topic, c->events_topic, c->deadletter_topic};
    if (vk_client_check_cluster(vd_producer_handle(d->prod), bootstrap, 10000, err, errlen) < 0 ||
        vk_check_topics(vd_producer_handle(d->prod), topics, 3, 10000, err, errlen) < 0)
        return -1;
    if (c->exactly_once) {
        if (vd_txn_init(vd_producer_handle(d->prod), 30000, err, errlen) < 0)
            return -1;
        d->last_txn = vd_now();
        vd_log(LOG_NOTICE, "exactly-once: transactional.id %s, a transaction every %lld ms",
               d->txn_id, c->transaction_ms);
    }
    return 0;
}

static int start(vd_state *d, char *err, size_t errlen)
{
    vd_snapshot *snap = NULL;
    const char *bootstrap = vd_config_kafka_get(d->cfg, NULL, "bootstrap.servers");
    if (vd_daemon_build_snapshot(d->cfg, &snap, err, errlen) < 0)
        return -1;
    if (vd_stats_init() < 0 || (d->cfg->http_port && start_http(d, err, errlen) < 0))
        goto fail;
    int embedded = vd_config_use_embedded(d->cfg, d->envp, isatty(STDERR_FILENO), err, errlen);
    if (embedded < 0)
        goto fail;
    if (embedded) {
        if (vd_embedded_start(d->cfg, &d->embedded, err, errlen) < 0)
            goto fail;
        bootstrap = vd_embedded_bootstrap(d->embedded);
        /* the in-process broker answers a fetch only when its wait expires */
        if (vd_config_kafka_default(d->cfg, "consumer", "fetch.wait.max.ms", "10") < 0) {
            snprintf(err, errlen, "out of memory");
            goto fail;
        }
    }
    long n = d->cfg->workers ? (long)d->cfg->workers : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (vd_pool_start(&d->pool, (unsigned)n, (size_t)d->cfg->queue_depth,
                      (size_t)d->cfg->queue_max_bytes, VD_POOL_WORK_FACTOR, snap) < 0) {
        snprintf(err, errlen, "cannot start %ld worker threads", n);
        goto fail;
    }
    snap = NULL; /* owned by the pool */
    if ((unsigned long long)d->cfg->queue_max_bytes <
        (unsigned long long)d->cfg->pipeline.lim.max_input_bytes * VD_POOL_WORK_FACTOR)
        vd_log(LOG_NOTICE,
               "queue.max_bytes (%lld) is less than %d times limits.article_bytes (%zu): an "
               "article near that limit will be processed alone, with more memory than "
               "queue.max_bytes",
               d->cfg->queue_max_bytes, VD_POOL_WORK_FACTOR, d->cfg->pipeline.lim.max_input_bytes);
    if (new_clients(d, bootstrap, err, errlen) < 0)
        goto fail;
    if (d->cfg->alerts_enabled &&
        vd_alerting_start(d->cfg, &d->kafka, d->cfg->exactly_once ? d->txn_id : NULL, &d->alerting,
                          err, errlen) < 0)
        goto fail;
    vd_log_id(LOG_NOTICE, VD_MID_READY, "ready: %ld workers, consuming %s from %s", n,
              d->cfg->input_topic, bootstrap);
    return 0;
fail:
    vd_snapshot_free(snap);
    return -1;
}

int vd_daemon_run(vd_config *cfg, char **envp)
{
    vd_state d;
    char err[1024] = "";
    int code = 0;
    memset(&d, 0, sizeof(d));
    d.cfg = cfg;
    d.envp = envp;
    vd_log_id(LOG_INFO, VD_MID_STARTED, "vigild %s starting (config: %s)", VG_VERSION,
              cfg->path ? cfg->path : "built-in defaults");
    if (sd_watchdog_enabled(0, &d.watchdog_usec) <= 0)
        d.watchdog_usec = 0;
    if (start(&d, err, sizeof(err)) < 0) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL, "cannot start: %s", err);
        code = 1;
    } else {
        sd_notify(0, "READY=1\nSTATUS=running");
        vd_stats_phase(VD_PHASE_RUNNING);
        main_loop(&d);
        code = d.fatal ? 1 : 0;
    }
    shutdown_all(&d);
    if (code == 0)
        vd_log(LOG_INFO,
               "stopped cleanly: consumed %llu, ok %llu, dead-lettered %llu, paused %llu times",
               d.consumed, d.articles_ok, d.articles_failed, d.pauses);
    vd_stats_shutdown();
    vd_config_free(cfg);
    return code;
}
