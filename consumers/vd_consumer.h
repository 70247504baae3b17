/*
 * vd_consumer.h - vigild's input side: a group consumer of the articles
 * topic with at-least-once offset handling.
 *
 * Offsets are stored (enable.auto.offset.store=false) only through
 * vd_consumer_done(), after every output of a message is acknowledged (the
 * positions gathered are handed to librdkafka together by vd_consumer_store(),
 * once per main-loop turn, and before every commit), and
 * committed by librdkafka's auto-commit of stored offsets plus a synchronous
 * commit on revoke and at close.  Rebalances are handled for both the eager
 * and the cooperative protocol: before giving partitions up, the owner's
 * drain callback finishes their in-flight work, then what is done is
 * committed; a lost assignment commits nothing.
 */
#ifndef VD_CONSUMER_H
#define VD_CONSUMER_H

#include <librdkafka/rdkafka.h>
#include <stdint.h>

#include "vd_config.h"

typedef struct vd_consumer vd_consumer;

typedef struct vd_consumer_cbs {
    void *ctx;
    /* Finish (or drop) in-flight work of these partitions, bounded in time. */
    void (*drain)(void *ctx, const int32_t *parts, size_t n);
    /* Partitions given up (lost = 1: no commit was possible). */
    void (*revoked)(void *ctx, const int32_t *parts, size_t n, int lost);
} vd_consumer_cbs;

struct vd_offsets;
/* Mark an offset done in o and, when the done prefix advanced, store the
 * next offset for commit on rk (at-least-once: called only once every output
 * of the message is acknowledged).  who prefixes log lines.  Returns 1 when
 * stored, 0 when nothing advanced, -1 when the store failed.  Shared by every
 * group consumer of vigild. */
int vd_offsets_done_store(rd_kafka_t *rk, struct vd_offsets *o, const char *topic, int32_t part,
                          uint64_t epoch, int64_t off, const char *who);

/* Apply a rebalance event the way its protocol wants: incremental
 * (un)assign under COOPERATIVE, assign/assign(NULL) under EAGER.  Logs the
 * assignment with the prefix who ("" or "alerting: ").  Returns 1 when the
 * protocol is cooperative.  Shared by every group consumer of vigild. */
int vd_rebalance_apply(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                       rd_kafka_topic_partition_list_t *parts, const char *who);

int vd_consumer_new(const vd_config *cfg, const char *bootstrap, const vd_consumer_cbs *cbs,
                    vd_consumer **out, char *err, size_t errlen);
void vd_consumer_free(vd_consumer *c);

int vd_consumer_subscribe(vd_consumer *c, char *err, size_t errlen);
rd_kafka_message_t *vd_consumer_poll(vd_consumer *c, int timeout_ms);

/* Register a consumed message as in flight; returns its epoch (0 = stale,
 * the message belongs to a partition no longer assigned: drop it). */
uint64_t vd_consumer_track(vd_consumer *c, int32_t part, int64_t off);
/* All outputs acknowledged: note the partition's new committable position
 * when the done prefix advanced. */
void vd_consumer_done(vd_consumer *c, int32_t part, uint64_t epoch, int64_t off);
/* Store the positions noted since the last call (rd_kafka_offsets_store). */
void vd_consumer_store(vd_consumer *c);
size_t vd_consumer_inflight(vd_consumer *c, int32_t part);

void vd_consumer_pause(vd_consumer *c, int pause);
int vd_consumer_paused(vd_consumer *c);
size_t vd_consumer_assigned(vd_consumer *c);
int vd_consumer_commit(vd_consumer *c);
/* Leave the group (runs the revoke path) and close, waiting at most
 * timeout_ms for the revoke. */
void vd_consumer_close(vd_consumer *c, int timeout_ms);
/* Unsubscribe, serve the revoke, then close any group consumer. */
int vd_consumer_leave(rd_kafka_t *rk, int timeout_ms);
rd_kafka_t *vd_consumer_handle(vd_consumer *c);
const char *vd_consumer_topic(vd_consumer *c);

#endif
