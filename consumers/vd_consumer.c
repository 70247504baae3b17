/*
 * vd_consumer.c - group consumer with at-least-once offsets (see header).
 *
 * Follows librdkafka's examples: rebalance callback that distinguishes the
 * COOPERATIVE protocol (incremental_assign/unassign) from EAGER
 * (assign/assign(NULL)), rd_kafka_assignment_lost() to skip commits of a
 * lost assignment, offsets stored after processing.
 */
#include "vd_consumer.h"
#include "vd_log.h"
#include "vd_offsets.h"
#include "vd_stats.h"

#include <stdlib.h>
#include <string.h>

struct vd_consumer {
    rd_kafka_t *rk;
    const vd_config *cfg;
    vd_consumer_cbs cbs;
    vd_offsets *offsets;
    /* committable positions not yet given to librdkafka: stored together
     * once per main-loop turn (vd_consumer_store), not once per message */
    rd_kafka_topic_partition_list_t *pending;
    int paused;
};

/* Drop pending stores of partitions that are going away. */
static void drop_pending(vd_consumer *c, const rd_kafka_topic_partition_list_t *parts)
{
    for (int i = 0; c->pending && i < parts->cnt; i++)
        rd_kafka_topic_partition_list_del(c->pending, parts->elems[i].topic,
                                          parts->elems[i].partition);
}

static int32_t *part_ids(const rd_kafka_topic_partition_list_t *l)
{
    int32_t *ids = calloc((size_t)l->cnt + 1, sizeof(*ids));
    for (int i = 0; ids && i < l->cnt; i++)
        ids[i] = l->elems[i].partition;
    return ids;
}

static void on_revoke(vd_consumer *c, rd_kafka_topic_partition_list_t *parts)
{
    int lost = rd_kafka_assignment_lost(c->rk);
    int32_t *ids = part_ids(parts);
    if (!lost && ids) {
        c->cbs.drain(c->cbs.ctx, ids, (size_t)parts->cnt);
        vd_consumer_store(c); /* what the drain finished, before the commit */
        rd_kafka_resp_err_t e = rd_kafka_commit(c->rk, NULL, 0);
        if (e && e != RD_KAFKA_RESP_ERR__NO_OFFSET)
            vd_log(LOG_WARNING, "commit on revoke failed: %s", rd_kafka_err2str(e));
    }
    drop_pending(c, parts); /* a lost assignment never stores */
    for (int i = 0; i < parts->cnt; i++)
        vd_offsets_revoke(c->offsets, parts->elems[i].partition);
    if (ids)
        c->cbs.revoked(c->cbs.ctx, ids, (size_t)parts->cnt, lost);
    free(ids);
    vd_log(LOG_INFO, "%d partition(s) %s", parts->cnt, lost ? "lost" : "revoked");
}

int vd_rebalance_apply(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                       rd_kafka_topic_partition_list_t *parts, const char *who)
{
    int coop = strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
    rd_kafka_error_t *e = NULL;
    int assign = err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS;
    if (coop)
        e = assign ? rd_kafka_incremental_assign(rk, parts)
                   : rd_kafka_incremental_unassign(rk, parts);
    else
        rd_kafka_assign(rk, assign ? parts : NULL);
    if (e) {
        vd_log(LOG_ERR, "%srebalance: %s", who, rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
    if (assign)
        vd_log(LOG_INFO, "%s%d partition(s) assigned (%s)", who, parts->cnt,
               coop ? "cooperative" : "eager");
    return coop;
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    vd_consumer *c = opaque;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        for (int i = 0; i < parts->cnt; i++)
            vd_offsets_assign(c->offsets, parts->elems[i].partition);
        vd_rebalance_apply(rk, err, parts, "");
        if (c->paused)
            rd_kafka_pause_partitions(rk, parts);
    } else {
        on_revoke(c, parts);
        vd_rebalance_apply(rk, err, parts, "");
    }
}

/* librdkafka statistics (statistics.interval.ms), served by the consumer poll
 * on the main thread: broker states for /readyz and lag per partition. */
static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    (void)rk;
    (void)opaque;
    vd_stats_kafka_json("consumer", json, len);
    return 0; /* librdkafka frees json */
}

static int set(rd_kafka_conf_t *conf, const char *k, const char *v, char *err, size_t errlen)
{
    return rd_kafka_conf_set(conf, k, v, err, errlen) == RD_KAFKA_CONF_OK ? 0 : -1;
}

int vd_consumer_new(const vd_config *cfg, const char *bootstrap, const vd_consumer_cbs *cbs,
                    vd_consumer **out, char *err, size_t errlen)
{
    vd_consumer *c = calloc(1, sizeof(*c));
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    *out = NULL;
    if (!c || !conf || !(c->offsets = vd_offsets_new()))
        goto fail;
    c->cfg = cfg;
    c->cbs = *cbs;
    /* One fetch response is held whole while its messages are queued, on
     * top of the prefetch bound: 16 MiB (librdkafka would take 50) bounds
     * that overshoot, yet always holds a batch of the largest message
     * accepted (a larger first batch is still sent by the broker, and
     * librdkafka refuses a response over fetch.max.bytes + 512, which it
     * derives receive.message.max.bytes from). */
    char fetch_max[32];
    size_t fm = cfg->pipeline.env.max_bytes + (1u << 20);
    snprintf(fetch_max, sizeof(fetch_max), "%zu", fm > (16u << 20) ? fm : (size_t)16 << 20);
    if (set(conf, "bootstrap.servers", bootstrap, err, errlen) < 0 ||
        set(conf, "group.id", cfg->group_id, err, errlen) < 0 ||
        set(conf, "client.id", "vigild", err, errlen) < 0 ||
        set(conf, "auto.offset.reset", "earliest", err, errlen) < 0 ||
        set(conf, "enable.auto.offset.store", "false", err, errlen) < 0 ||
        /* commit stored offsets every second: less to redo after a crash */
        set(conf, "auto.commit.interval.ms", "1000", err, errlen) < 0 ||
        /* librdkafka 2.0.2 stops fetching once its prefetch queue passes
         * this size and looks again only about a second later, so the
         * queue must hold more than a second of work or the workers
         * starve while it refills (16 MiB capped news-length articles at
         * ~14 k/s).  64 MiB (librdkafka's default) holds 1.4 s of
         * news-length articles at 30 k/s; queued.min.messages stays at its
         * default (100,000) so tiny messages cannot pile up per-message
         * overhead (README, "Configuration"). */
        set(conf, "queued.max.messages.kbytes", "65536", err, errlen) < 0 ||
        set(conf, "fetch.max.bytes", fetch_max, err, errlen) < 0 ||
        /* incremental rebalancing: partitions that stay keep working */
        set(conf, "partition.assignment.strategy", "cooperative-sticky", err, errlen) < 0 ||
        (cfg->http_port && set(conf, "statistics.interval.ms", "5000", err, errlen) < 0))
        goto fail;
    for (size_t i = 0; i < cfg->n_common; i++)
        if (set(conf, cfg->kafka_common[i].key, cfg->kafka_common[i].value, err, errlen) < 0)
            goto fail;
    for (size_t i = 0; i < cfg->n_consumer; i++)
        if (set(conf, cfg->kafka_consumer[i].key, cfg->kafka_consumer[i].value, err, errlen) < 0)
            goto fail;
    /* at-least-once relies on storing offsets ourselves: not overridable */
    if (set(conf, "enable.auto.offset.store", "false", err, errlen) < 0)
        goto fail;
    rd_kafka_conf_set_rebalance_cb(conf, rebalance_cb);
    rd_kafka_conf_set_stats_cb(conf, stats_cb);
    rd_kafka_conf_set_opaque(conf, c);
    c->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, errlen);
    if (!c->rk)
        goto fail;
    conf = NULL;
    rd_kafka_poll_set_consumer(c->rk);
    *out = c;
    return 0;
fail:
    if (conf)
        rd_kafka_conf_destroy(conf);
    if (c)
        vd_offsets_free(c->offsets);
    free(c);
    return -1;
}

void vd_consumer_free(vd_consumer *c)
{
    if (!c)
        return;
    if (c->pending)
        rd_kafka_topic_partition_list_destroy(c->pending);
    if (c->rk) /* closed explicitly on clean stops; never commit on the way down */
        rd_kafka_destroy_flags(c->rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    vd_offsets_free(c->offsets);
    free(c);
}

int vd_consumer_subscribe(vd_consumer *c, char *err, size_t errlen)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, c->cfg->input_topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(c->rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    if (e) {
        snprintf(err, errlen, "subscribe to %s: %s", c->cfg->input_topic, rd_kafka_err2str(e));
        return -1;
    }
    return 0;
}

rd_kafka_message_t *vd_consumer_poll(vd_consumer *c, int timeout_ms)
{
    return rd_kafka_consumer_poll(c->rk, timeout_ms);
}

uint64_t vd_consumer_track(vd_consumer *c, int32_t part, int64_t off)
{
    uint64_t epoch = vd_offsets_epoch(c->offsets, part);
    if (!epoch || vd_offsets_track(c->offsets, part, epoch, off) < 0)
        return 0;
    return epoch;
}

int vd_offsets_done_store(rd_kafka_t *rk, vd_offsets *o, const char *topic, int32_t part,
                          uint64_t epoch, int64_t off, const char *who)
{
    int64_t commit;
    if (vd_offsets_done(o, part, epoch, off, &commit) != 1)
        return 0;
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, topic, part)->offset = commit;
    rd_kafka_resp_err_t e = rd_kafka_offsets_store(rk, l);
    if (e)
        vd_log(LOG_WARNING, "%soffset store %d@%lld: %s", who, (int)part, (long long)commit,
               rd_kafka_err2str(e));
    rd_kafka_topic_partition_list_destroy(l);
    return e ? -1 : 1;
}

void vd_consumer_done(vd_consumer *c, int32_t part, uint64_t epoch, int64_t off)
{
    int64_t commit;
    if (vd_offsets_done(c->offsets, part, epoch, off, &commit) != 1)
        return;
    if (!c->pending)
        c->pending = rd_kafka_topic_partition_list_new(16);
    rd_kafka_topic_partition_t *tp =
        rd_kafka_topic_partition_list_find(c->pending, c->cfg->input_topic, part);
    if (!tp)
        tp = rd_kafka_topic_partition_list_add(c->pending, c->cfg->input_topic, part);
    tp->offset = commit;
}

void vd_consumer_store(vd_consumer *c)
{
    if (!c->pending)
        return;
    rd_kafka_topic_partition_list_t *l = c->pending;
    c->pending = NULL;
    if (rd_kafka_offsets_store(c->rk, l))
        for (int i = 0; i < l->cnt; i++)
            if (l->elems[i].err)
                vd_log(LOG_WARNING, "offset store %d@%lld: %s", (int)l->elems[i].partition,
                       (long long)l->elems[i].offset, rd_kafka_err2str(l->elems[i].err));
    rd_kafka_topic_partition_list_destroy(l);
}

size_t vd_consumer_inflight(vd_consumer *c, int32_t part)
{
    return vd_offsets_inflight(c->offsets, part);
}

void vd_consumer_pause(vd_consumer *c, int pause)
{
    rd_kafka_topic_partition_list_t *l = NULL;
    if (pause == c->paused)
        return;
    c->paused = pause;
    if (rd_kafka_assignment(c->rk, &l) || !l)
        return;
    if (pause)
        rd_kafka_pause_partitions(c->rk, l);
    else
        rd_kafka_resume_partitions(c->rk, l);
    rd_kafka_topic_partition_list_destroy(l);
}

int vd_consumer_paused(vd_consumer *c)
{
    return c->paused;
}

size_t vd_consumer_assigned(vd_consumer *c)
{
    rd_kafka_topic_partition_list_t *l = NULL;
    size_t n = 0;
    if (!rd_kafka_assignment(c->rk, &l) && l) {
        n = (size_t)l->cnt;
        rd_kafka_topic_partition_list_destroy(l);
    }
    return n;
}

int vd_consumer_commit(vd_consumer *c)
{
    vd_consumer_store(c);
    rd_kafka_resp_err_t e = rd_kafka_commit(c->rk, NULL, 0);
    return e && e != RD_KAFKA_RESP_ERR__NO_OFFSET ? -1 : 0;
}

static size_t assignment_size(rd_kafka_t *rk)
{
    rd_kafka_topic_partition_list_t *l = NULL;
    size_t n = 0;
    if (!rd_kafka_assignment(rk, &l) && l) {
        n = (size_t)l->cnt;
        rd_kafka_topic_partition_list_destroy(l);
    }
    return n;
}

int vd_consumer_leave(rd_kafka_t *rk, int timeout_ms)
{
    /* librdkafka 2.0.2 can assert in rd_kafka_cgrp_terminated when a
     * cooperative assignment arrives while the consumer closes (upstream
     * issues #4527, #4792); unsubscribing first and letting the revoke run
     * through the rebalance callback before closing avoids that window. */
    rd_kafka_unsubscribe(rk);
    for (int waited = 0; waited < timeout_ms && assignment_size(rk) > 0; waited += 20) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 20);
        if (m) /* paused before leaving: none is expected; never tracked, so never committed */
            rd_kafka_message_destroy(m);
    }
    return rd_kafka_consumer_close(rk) ? -1 : 0;
}

void vd_consumer_close(vd_consumer *c, int timeout_ms)
{
    vd_consumer_store(c);
    if (vd_consumer_leave(c->rk, timeout_ms) < 0)
        vd_log(LOG_WARNING, "consumer close failed");
}

rd_kafka_t *vd_consumer_handle(vd_consumer *c)
{
    return c->rk;
}

const char *vd_consumer_topic(vd_consumer *c)
{
    return c->cfg->input_topic;
}
