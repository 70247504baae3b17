/*
 * vd_consumer.h - a group consumer with at-least-once offset handling:
 * vigild's input (the articles topic) and the alert stage's (the events
 * topic).
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
 *
 * Transactional (exactly-once, vd_txn.h): the consumer commits nothing
 * itself (enable.auto.commit=false, no commit on revoke or close); the
 * owner takes the committable positions (vd_consumer_take) and commits
 * them in its producer's transaction, in its drain callback too.
 *
 * Kafka layer: it knows the operator's properties (vk_props) and the names
 * it is given, never vigild's configuration, logger or metrics.
 */
#ifndef VD_CONSUMER_H
#define VD_CONSUMER_H

#include <librdkafka/rdkafka.h>
#include <stdint.h>

#include "vk_client.h"

typedef struct vd_consumer vd_consumer;

/* Every callback is optional and runs inside vd_consumer_poll() (or the
 * close), on the thread that polls. */
typedef struct vd_consumer_cbs {
    void *ctx;
    /* Partitions about to be assigned (before consuming them starts): the
     * alert stage rebuilds their state here. */
    void (*assigning)(void *ctx, const int32_t *parts, size_t n);
    /* Finish (or drop) in-flight work of these partitions, bounded in time. */
    void (*drain)(void *ctx, const int32_t *parts, size_t n);
    /* Partitions given up (lost = 1: no commit was possible). */
    void (*revoked)(void *ctx, const int32_t *parts, size_t n, int lost);
} vd_consumer_cbs;

/* How a consumer is tuned beyond the operator's properties. */
typedef enum {
    /* vigild's input: a deep prefetch queue, cooperative rebalancing,
     * commits every second, librdkafka statistics (vd_consumer.c says why) */
    VD_CONSUMER_INPUT,
    /* the alert stage's events consumer: librdkafka's defaults (eager) */
    VD_CONSUMER_STAGE
} vd_consumer_kind;

typedef struct vd_consumer_opts {
    const vk_props *kafka;
    vd_consumer_kind kind;
    const char *client_id; /* client.id */
    const char *group;     /* group.id */
    const char *topic;     /* the one topic subscribed to */
    const char *who;       /* prefix of its log lines: "" or "alerting: " */
    int transactional;     /* offsets go through the owner's transactions */
    /* the input's largest message (limits.message_bytes): its fetch.max.bytes
     * is 16 MiB, or this + 1 MiB when larger; 0 = librdkafka's default */
    size_t max_message_bytes;
    vd_consumer_cbs cbs;
} vd_consumer_opts;

int vd_consumer_new(const vd_consumer_opts *o, vd_consumer **out, char *err, size_t errlen);
void vd_consumer_free(vd_consumer *c);

int vd_consumer_subscribe(vd_consumer *c, char *err, size_t errlen);
rd_kafka_message_t *vd_consumer_poll(vd_consumer *c, int timeout_ms);

/* Register a consumed message as in flight; returns its epoch (0 = stale,
 * the message belongs to a partition no longer assigned: drop it). */
uint64_t vd_consumer_track(vd_consumer *c, int32_t part, int64_t off);
/* All outputs acknowledged: note the partition's new committable position
 * when the done prefix advanced. */
void vd_consumer_done(vd_consumer *c, int32_t part, uint64_t epoch, int64_t off);
/* Store the positions noted since the last call (rd_kafka_offsets_store);
 * transactional: nothing (they wait for vd_consumer_take). */
void vd_consumer_store(vd_consumer *c);
/* Transactional: the positions noted since the last call, for the owner's
 * transaction (the caller destroys the list), or NULL when none. */
rd_kafka_topic_partition_list_t *vd_consumer_take(vd_consumer *c);
size_t vd_consumer_inflight(vd_consumer *c, int32_t part);
/* The group's committed positions of these partitions (read committed:
 * the broker answers once no transaction holding offsets for them is
 * pending), bounded; the caller destroys the list; NULL (logged) when the
 * group did not answer in time.  An offset < 0: none committed. */
rd_kafka_topic_partition_list_t *vd_consumer_committed(vd_consumer *c, const int32_t *parts,
                                                       size_t n, int timeout_ms);

void vd_consumer_pause(vd_consumer *c, int pause);
int vd_consumer_paused(vd_consumer *c);
size_t vd_consumer_assigned(vd_consumer *c);
/* Store what is done, then commit synchronously; 0, or -1 (logged).
 * Transactional: nothing (0). */
int vd_consumer_commit(vd_consumer *c);
/* Leave the group (runs the revoke path) and close, waiting at most
 * timeout_ms for the revoke.  A group join under way is let finish first
 * (its assignment callback runs): librdkafka 2.0.2 aborts when a consumer
 * is destroyed between the JoinGroup and SyncGroup answers (vd_consumer.c);
 * vd_consumer_free waits the same way. */
void vd_consumer_close(vd_consumer *c, int timeout_ms);
rd_kafka_t *vd_consumer_handle(vd_consumer *c);
const char *vd_consumer_topic(vd_consumer *c);

#endif
