/*
 * vd_records.h - an idempotent producer of keyed records with CloudEvents
 * headers and a delivery token per record: the alert stage's output
 * (incident states and tombstones to the compacted incidents topic, alerts
 * to the alerts topic or a rule's route).  With a transactional.id it is
 * the stage's transactional producer (exactly-once, vd_txn.h on
 * vd_records_handle()).
 *
 * Each record carries an opaque token; once it is settled the delivered
 * callback gets the token back (inside vd_records_poll/flush, on the thread
 * that polls), so the owner can store the input offset it stood for.
 * Kafka layer: knows vk_props and the names it is given, nothing of vigild.
 */
#ifndef VD_RECORDS_H
#define VD_RECORDS_H

#include <stddef.h>

#include "vk_client.h"

typedef struct vd_records vd_records;

/* A record settled: why is NULL when it is on the broker, else the reason
 * it failed after librdkafka's retries. */
typedef void (*vd_records_fn)(void *ctx, void *token, const char *topic, const char *why);

typedef struct vd_records_opts {
    const vk_props *kafka;
    const char *client_id;
    const char *who; /* prefix of its log lines ("alerting: ") */
    vd_records_fn delivered;
    void *ctx;
    /* non-NULL: transactional with this transactional.id (vd_txn.h) */
    const char *transactional_id;
} vd_records_opts;

/* CloudEvents attributes of a record (Kafka binding, binary mode). */
typedef struct vd_ce {
    const char *id, *source, *type, *time;
} vd_ce;

int vd_records_new(const vd_records_opts *o, vd_records **out, char *err, size_t errlen);
void vd_records_free(vd_records *r); /* accepts NULL */

/* Queue one record (value NULL: a tombstone, sent without headers).  The
 * value is copied.  0, or -1 (logged) when librdkafka refuses it or its
 * queue stays full. */
int vd_records_send(vd_records *r, const char *topic, const char *key, const char *val, size_t len,
                    const vd_ce *ce, void *token);

void vd_records_poll(vd_records *r, int timeout_ms);
/* The producer, for its transactions (vd_txn.h). */
rd_kafka_t *vd_records_handle(vd_records *r);
/* Wait up to timeout_ms for every record to settle; returns the number
 * still unsettled (0: all delivered or failed). */
int vd_records_flush(vd_records *r, int timeout_ms);

/* A topic the records go to, created when missing. */
typedef struct vd_topic_spec {
    const char *name;
    int compact; /* cleanup.policy=compact */
} vd_topic_spec;

/* Create the topics of t that do not exist, with the partition count of
 * `like` (3 when it has none).  Best effort: failures are logged, and an
 * existing topic or a cluster that auto-creates is fine. */
void vd_records_create_topics(vd_records *r, const char *like, const vd_topic_spec *t, size_t n);

#endif
