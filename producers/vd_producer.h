/*
 * vd_producer.h - vigild's output side: one idempotent producer that
 * publishes events (keyed by country, so every event that could join one
 * incident lands on one partition) and dead-letter records (the input
 * message unchanged, with Kafka Connect style error headers).
 *
 * Every record carries the vd_job it came from as its opaque; the delivery
 * report callback (run inside vd_producer_poll(), on the consumer thread)
 * hands acknowledged jobs back through on_acked so their input offsets can
 * be stored only after all their outputs are on the broker.
 *
 * Kafka layer: it knows the operator's properties (vk_props) and the names
 * it is given, never vigild's configuration, logger or metrics.
 */
#ifndef VD_PRODUCER_H
#define VD_PRODUCER_H

#include <librdkafka/rdkafka.h>
#include <stdint.h>

#include "vc_pipeline.h"
#include "vk_client.h"

/* One input message and what the pipeline made of it: created by the
 * consumer thread, run by a worker (vd_pool), published here. */
typedef struct vd_job {
    struct vd_job *next;
    char *payload; /* copy of the message value (NUL-terminated), then the key; NULL once
                    * released (vd_job_release_payload) */
    size_t len;
    char *key; /* copy of the key, after the value, or NULL */
    size_t key_len;
    int32_t partition;
    int64_t offset;
    uint64_t epoch;    /* partition assignment epoch when consumed */
    int64_t timestamp; /* message timestamp (ms), -1 when none */
    double t_enqueued; /* monotonic seconds */
    double t_done;
    vc_result res; /* filled by the worker */
    int pending;   /* outputs not yet acknowledged (consumer thread only) */
    int failed;    /* an output failed permanently (consumer thread only) */
} vd_job;

/* A job holding copies of a message's value (NUL-terminated) and key;
 * NULL when out of memory. */
vd_job *vd_job_new(const void *payload, size_t len, const void *key, size_t key_len);
/* Bytes a job counts against the worker pool's byte bound (queue.max_bytes). */
size_t vd_job_bytes(const vd_job *j);
/* Free the value and key once they are no longer needed (published: the
 * outputs carry copies) while the job waits for acknowledgements. */
void vd_job_release_payload(vd_job *j);
void vd_job_free(vd_job *j); /* accepts NULL */

typedef struct vd_producer vd_producer;

/* Called once per job when its last output is acknowledged (ok = 1) or
 * failed permanently (ok = 0). */
typedef void (*vd_acked_fn)(void *ctx, vd_job *job, int ok);

typedef struct vd_producer_opts {
    const vk_props *kafka; /* borrowed: outlives the producer */
    const char *client_id;
    const char *input_topic; /* named in delivery failures */
    const char *events_topic, *deadletter_topic;
    size_t deadletter_max_bytes; /* larger inputs are dead-lettered truncated */
    vd_acked_fn on_acked;
    void *ctx;
    /* optional counters: an event queued (its type), an input dead-lettered
     * (its error class) */
    void (*published)(const char *type);
    void (*deadlettered)(const char *err_class);
    /* non-NULL: a transactional producer with this transactional.id
     * (exactly-once, vd_txn.h); NULL: idempotent only */
    const char *transactional_id;
} vd_producer_opts;

int vd_producer_new(const vd_producer_opts *o, vd_producer **out, char *err, size_t errlen);
void vd_producer_free(vd_producer *p);

/* Publish the outputs of a finished job (events, or a dead-letter record).
 * Sets job->pending; a job with no outputs is acknowledged at once.
 * Returns 0, or -1 on a fatal produce error. */
int vd_producer_publish(vd_producer *p, vd_job *job, const char *src_topic);

/* Serve delivery reports. */
void vd_producer_poll(vd_producer *p, int timeout_ms);
/* Flush with a bound; returns records still unacknowledged. */
int vd_producer_flush(vd_producer *p, int timeout_ms);
int vd_producer_outq(vd_producer *p);
/* Value bytes of the records not yet acknowledged (output.max_bytes). */
size_t vd_producer_outq_bytes(const vd_producer *p);
/* 1 after a fatal producer error: the process must exit non-zero. */
int vd_producer_fatal(const vd_producer *p);
rd_kafka_t *vd_producer_handle(vd_producer *p);
/* Number of records published so far by kind. */
void vd_producer_counts(vd_producer *p, unsigned long long *events, unsigned long long *dead);

#endif
