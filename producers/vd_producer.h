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
 */
#ifndef VD_PRODUCER_H
#define VD_PRODUCER_H

#include <librdkafka/rdkafka.h>

#include "vd_config.h"
#include "vd_pool.h"

typedef struct vd_producer vd_producer;

/* Called once per job when its last output is acknowledged (ok = 1) or
 * failed permanently (ok = 0). */
typedef void (*vd_acked_fn)(void *ctx, vd_job *job, int ok);

int vd_producer_new(const vd_config *cfg, const char *bootstrap, vd_acked_fn fn, void *ctx,
                    vd_producer **out, char *err, size_t errlen);
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
