/*
 * vd_consumer.c - group consumer with at-least-once offsets (see header).
 *
 * Follows librdkafka's examples: rebalance callback that distinguishes the
 * COOPERATIVE protocol (incremental_assign/unassign) from EAGER
 * (assign/assign(NULL)), rd_kafka_assignment_lost() to skip commits of a
 * lost assignment, offsets stored after processing.
 */
#include "vd_consumer.h"
#include "vd_offsets.h"
#include "vk_log.h"

#include <stdlib.h>
#include <string.h>

/* how long a consumer freed without a close (a fatal stop) may wait for a
 * group join under way to finish (wait_joined) */
#define FREE_JOIN_WAIT_MS 10000

struct vd_consumer {
    rd_kafka_t *rk;
    char *topic, *who;
    const vk_props *kafka; /* borrowed: outlives the consumer (its stats sink) */
    vd_consumer_cbs cbs;
    vd_offsets *offsets;
    /* committable positions not yet given to librdkafka: stored together
     * once per main-loop turn (vd_consumer_store), not once per message */
    rd_kafka_topic_partition_list_t *pending;
    int paused;
    int transactional; /* commits belong to the owner's transactions */
    int subscribed;
    int joined; /* a first assignment arrived (even an empty one) */
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
        if (c->cbs.drain) /* transactional: the drain commits the transaction */
            c->cbs.drain(c->cbs.ctx, ids, (size_t)parts->cnt);
        vd_consumer_store(c); /* what the drain finished, before the commit */
        rd_kafka_resp_err_t e = c->transactional ? 0 : rd_kafka_commit(c->rk, NULL, 0);
        if (e && e != RD_KAFKA_RESP_ERR__NO_OFFSET)
            vk_log(LOG_WARNING, "%scommit on revoke failed: %s", c->who, rd_kafka_err2str(e));
    }
    drop_pending(c, parts); /* a lost assignment never stores */
    for (int i = 0; i < parts->cnt; i++)
        vd_offsets_revoke(c->offsets, parts->elems[i].partition);
    if (ids && c->cbs.revoked)
        c->cbs.revoked(c->cbs.ctx, ids, (size_t)parts->cnt, lost);
    free(ids);
    vk_log(LOG_INFO, "%s%d partition(s) %s", c->who, parts->cnt, lost ? "lost" : "revoked");
}

/* Apply a rebalance event the way its protocol wants: incremental
 * (un)assign under COOPERATIVE, assign/assign(NULL) under EAGER. */
static void rebalance_apply(rd_kafka_t *rk, rd_kafka_resp_err_t err,
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
        vk_log(LOG_ERR, "%srebalance: %s", who, rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
    if (assign)
        vk_log(LOG_INFO, "%s%d partition(s) assigned (%s)", who, parts->cnt,
               coop ? "cooperative" : "eager");
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    vd_consumer *c = opaque;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        c->joined = 1;
        if (c->cbs.assigning) {
            int32_t *ids = part_ids(parts);
            if (ids)
                c->cbs.assigning(c->cbs.ctx, ids, (size_t)parts->cnt);
            free(ids);
        }
        for (int i = 0; i < parts->cnt; i++)
            vd_offsets_assign(c->offsets, parts->elems[i].partition);
        rebalance_apply(rk, err, parts, c->who);
        if (c->paused)
            rd_kafka_pause_partitions(rk, parts);
    } else {
        on_revoke(c, parts);
        rebalance_apply(rk, err, parts, c->who);
    }
}

/* librdkafka statistics (statistics.interval.ms), served by the consumer poll
 * on the main thread: broker states for /readyz and lag per partition. */
static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    vd_consumer *c = opaque;
    (void)rk;
    c->kafka->stats("consumer", json, len);
    return 0; /* librdkafka frees json */
}

/* vigild's input consumer, over librdkafka's defaults. */
static const char *const input_defaults[] = {
    "auto.offset.reset", "earliest", "enable.auto.offset.store", "false",
    /* commit stored offsets every second: less to redo after a crash */
    "auto.commit.interval.ms", "1000",
    /* librdkafka 2.0.2 stops fetching once its prefetch queue passes this
     * size and looks again only about a second later, so the queue must
     * hold more than a second of work or the workers starve while it
     * refills (16 MiB capped news-length articles at ~14 k/s).  64 MiB
     * (librdkafka's default) holds 1.4 s of news-length articles at 30 k/s;
     * queued.min.messages stays at its default (100,000) so tiny messages
     * cannot pile up per-message overhead (README, "Configuration"). */
    "queued.max.messages.kbytes", "65536",
    /* incremental rebalancing: partitions that stay keep working */
    "partition.assignment.strategy", "cooperative-sticky", NULL};
#define FETCH_MAX_BYTES ((size_t)16 << 20)
/* The alert stage's consumer of the events topic. */
static const char *const stage_defaults[] = {"auto.offset.reset", "earliest", NULL};
/* at-least-once relies on storing offsets ourselves: not overridable */
static const char *const forced[] = {"enable.auto.offset.store", "false", NULL};
/* exactly-once: offsets are committed in the producer's transactions only,
 * and only committed records are read (librdkafka's default, kept) */
static const char *const forced_txn[] = {
    "enable.auto.offset.store", "false", "enable.auto.commit", "false", "isolation.level",
    "read_committed",           NULL};

int vd_consumer_new(const vd_consumer_opts *o, vd_consumer **out, char *err, size_t errlen)
{
    vd_consumer *c = calloc(1, sizeof(*c));
    const char *group[] = {"group.id", o->group, NULL};
    *out = NULL;
    if (!c || !(c->offsets = vd_offsets_new()) || !(c->topic = strdup(o->topic)) ||
        !(c->who = strdup(o->who ? o->who : ""))) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    c->kafka = o->kafka;
    c->cbs = o->cbs;
    c->transactional = o->transactional;
    /* group.id first among the defaults: kafka.group.id may override it */
    const char *defaults[18];
    const char *const *kind = o->kind == VD_CONSUMER_INPUT ? input_defaults : stage_defaults;
    size_t n = 0;
    for (const char *const *p = group; *p; p++)
        defaults[n++] = *p;
    for (; *kind && n < sizeof(defaults) / sizeof(defaults[0]) - 3; kind++)
        defaults[n++] = *kind;
    /* One fetch response is held whole while its messages are queued, on
     * top of the prefetch bound: 16 MiB (librdkafka would take 50) bounds
     * that overshoot, yet always holds a batch of the largest message
     * accepted (the broker still sends a larger first batch, but librdkafka
     * refuses a response over receive.message.max.bytes, which it derives
     * from fetch.max.bytes + 512). */
    char fetch_max[32];
    if (o->kind == VD_CONSUMER_INPUT && o->max_message_bytes) {
        size_t fm = o->max_message_bytes + ((size_t)1 << 20);
        snprintf(fetch_max, sizeof(fetch_max), "%zu", fm > FETCH_MAX_BYTES ? fm : FETCH_MAX_BYTES);
        defaults[n++] = "fetch.max.bytes";
        defaults[n++] = fetch_max;
    }
    defaults[n] = NULL;
    vk_spec spec = {.type = RD_KAFKA_CONSUMER,
                    .client_id = o->client_id,
                    .props = o->kafka,
                    .defaults = defaults,
                    .forced = o->transactional ? forced_txn : forced,
                    .opaque = c,
                    .rebalance_cb = rebalance_cb,
                    .stats_cb = o->kind == VD_CONSUMER_INPUT && o->kafka->stats ? stats_cb : NULL};
    if (vk_client_new(&spec, &c->rk, err, errlen) < 0)
        goto fail;
    rd_kafka_poll_set_consumer(c->rk);
    *out = c;
    return 0;
fail:
    vd_consumer_free(c);
    return -1;
}

/* librdkafka 2.0.2 aborts (assertion in rd_kafka_sticky_assignor_state_destroy,
 * upstream issue #4312, fixed in 2.2.0) when a consumer is destroyed after
 * its JoinGroup was answered (the group's assignor is chosen) and before
 * its first assignment arrived (the assignor's state is made then): a stop
 * during start-up.  Such a consumer is polled until the assignment arrives
 * (bounded), and only then leaves.  While the JoinGroup is unanswered the
 * protocol is NONE and closing is safe: an answer that comes after the
 * close began is discarded.  Messages polled here are never tracked, so
 * never committed; a rebalance callback runs as usual.  Returns 1 when the
 * wait ran out with the join still half done. */
static int wait_joined(vd_consumer *c, int timeout_ms)
{
    int said = 0;
    for (int waited = 0; c->subscribed && !c->joined; waited += 20) {
        const char *proto = rd_kafka_rebalance_protocol(c->rk);
        if (!proto || strcmp(proto, "NONE") == 0)
            return 0;
        if (waited >= timeout_ms) {
            vk_log(LOG_WARNING, "%sthe group's first assignment did not arrive within %d ms",
                   c->who, timeout_ms);
            return 1;
        }
        if (!said++)
            vk_log(LOG_INFO, "%sstopping during the group join: waiting for the assignment first",
                   c->who);
        rd_kafka_message_t *m = rd_kafka_consumer_poll(c->rk, 20);
        if (m)
            rd_kafka_message_destroy(m);
    }
    return 0;
}

void vd_consumer_free(vd_consumer *c)
{
    if (!c)
        return;
    if (c->pending)
        rd_kafka_topic_partition_list_destroy(c->pending);
    /* closed explicitly on clean stops; never commit on the way down.  A
     * join still half done would abort the process in rd_kafka_destroy: the
     * handle is left to the exit instead (the only caller is a stopping
     * vigild). */
    if (c->rk && !wait_joined(c, FREE_JOIN_WAIT_MS))
        rd_kafka_destroy_flags(c->rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    vd_offsets_free(c->offsets);
    free(c->topic);
    free(c->who);
    free(c);
}

int vd_consumer_subscribe(vd_consumer *c, char *err, size_t errlen)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, c->topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(c->rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    if (e) {
        snprintf(err, errlen, "%ssubscribe to %s: %s", c->who, c->topic, rd_kafka_err2str(e));
        return -1;
    }
    c->subscribed = 1;
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

void vd_consumer_done(vd_consumer *c, int32_t part, uint64_t epoch, int64_t off)
{
    int64_t commit;
    if (vd_offsets_done(c->offsets, part, epoch, off, &commit) != 1)
        return;
    if (!c->pending)
        c->pending = rd_kafka_topic_partition_list_new(16);
    rd_kafka_topic_partition_t *tp = rd_kafka_topic_partition_list_find(c->pending, c->topic, part);
    if (!tp)
        tp = rd_kafka_topic_partition_list_add(c->pending, c->topic, part);
    tp->offset = commit;
}

rd_kafka_topic_partition_list_t *vd_consumer_take(vd_consumer *c)
{
    rd_kafka_topic_partition_list_t *l = c->pending;
    c->pending = NULL;
    return l;
}

void vd_consumer_store(vd_consumer *c)
{
    if (!c->pending || c->transactional)
        return;
    rd_kafka_topic_partition_list_t *l = c->pending;
    c->pending = NULL;
    if (rd_kafka_offsets_store(c->rk, l))
        for (int i = 0; i < l->cnt; i++)
            if (l->elems[i].err)
                vk_log(LOG_WARNING, "%soffset store %d@%lld: %s", c->who,
                       (int)l->elems[i].partition, (long long)l->elems[i].offset,
                       rd_kafka_err2str(l->elems[i].err));
    rd_kafka_topic_partition_list_destroy(l);
}

size_t vd_consumer_inflight(vd_consumer *c, int32_t part)
{
    return vd_offsets_inflight(c->offsets, part);
}

rd_kafka_topic_partition_list_t *vd_consumer_committed(vd_consumer *c, const int32_t *parts,
                                                       size_t n, int timeout_ms)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new((int)n);
    for (size_t i = 0; i < n; i++)
        rd_kafka_topic_partition_list_add(l, c->topic, parts[i]);
    rd_kafka_resp_err_t e = rd_kafka_committed(c->rk, l, timeout_ms);
    if (e) {
        vk_log(LOG_WARNING, "%scommitted offsets not known: %s", c->who, rd_kafka_err2str(e));
        rd_kafka_topic_partition_list_destroy(l);
        return NULL;
    }
    return l;
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
    if (c->transactional)
        return 0;
    vd_consumer_store(c);
    rd_kafka_resp_err_t e = rd_kafka_commit(c->rk, NULL, 0);
    if (e && e != RD_KAFKA_RESP_ERR__NO_OFFSET) {
        vk_log(LOG_WARNING, "%scommit failed: %s", c->who, rd_kafka_err2str(e));
        return -1;
    }
    return 0;
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

/* Unsubscribe, serve the revoke, then close. */
static int leave(rd_kafka_t *rk, int timeout_ms)
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
    wait_joined(c, timeout_ms);
    vd_consumer_store(c);
    if (leave(c->rk, timeout_ms) < 0)
        vk_log(LOG_WARNING, "%sconsumer close failed", c->who);
}

rd_kafka_t *vd_consumer_handle(vd_consumer *c)
{
    return c->rk;
}

const char *vd_consumer_topic(vd_consumer *c)
{
    return c->topic;
}
