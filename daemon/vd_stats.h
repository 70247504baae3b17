/*
 * vd_stats.h - vigild's own metrics and health state, on one process-wide
 * vd_metrics registry.
 *
 * The pipeline calls small named functions (vd_stats_event_published(),
 * vd_stats_deadlettered(), ...) instead of holding family pointers, so the
 * wiring into the main loop, the pool and the producer is one line per
 * site.  Every function is a no-op until vd_stats_init() has run, so unit
 * tests and the `vigil` tool, which link the same objects, need no setup.
 *
 * Health: the main loop calls vd_stats_tick() every turn; /healthz is 200
 * while the last turn is recent.  Readiness (/readyz) needs the lifecycle
 * phase RUNNING, both Kafka clients seeing a broker UP in their latest
 * librdkafka statistics, and at least one partition assigned.
 */
#ifndef VD_STATS_H
#define VD_STATS_H

#include <stddef.h>

#include "vd_metrics.h"

typedef enum { VD_PHASE_STARTING, VD_PHASE_RUNNING, VD_PHASE_STOPPING } vd_phase;

/* Create the registry and vigil's families.  Returns 0 or -1. */
int vd_stats_init(void);
void vd_stats_shutdown(void); /* after every thread that updates stats is gone */
vd_registry *vd_stats_registry(void);

/* counters */
void vd_stats_article_consumed(void);
void vd_stats_event_published(const char *type);
void vd_stats_deadlettered(const char *err_class);
void vd_stats_reload(int ok);
/* For the alerting stage: one alert published with this severity. */
void vd_stats_alert(const char *severity);

/* Byte bounds (queue.max_bytes, output.max_bytes): bytes held by the worker
 * queue and by the producer, with their bounds; a pause of the input and
 * what caused it (queue_depth, queue_bytes, output_records, output_bytes);
 * an article larger than queue.max_bytes, processed alone. */
void vd_stats_pipeline_bytes(size_t queued, size_t queued_max, size_t output, size_t output_max);
void vd_stats_input_paused(const char *reason);
void vd_stats_article_alone(void);

/* HTTP listener (vd_httpgate): n connections closed or answered with an
 * error by a limit or a check (n = 0 creates the series), and the
 * connections held, by stage. */
void vd_stats_http_rejected(const char *reason, unsigned n);
void vd_stats_http_connections(unsigned reading, unsigned serving, unsigned closing);

/* histogram: seconds spent in vc_pipeline_run for one article */
void vd_stats_extract_seconds(double seconds);

/* gauges set by the main loop (consumer thread) */
void vd_stats_pipeline(size_t queued, size_t capacity, int paused, int producer_queue,
                       size_t assigned);

/* librdkafka statistics JSON from a stats_cb (side: "consumer" or
 * "producer"): broker states for readiness and, for the consumer, lag per
 * partition.  Returns 0, or -1 when the JSON does not parse. */
int vd_stats_kafka_json(const char *side, const char *json, size_t len);

/* health */
void vd_stats_tick(void);
void vd_stats_phase(vd_phase phase);
/* 1 when healthy (main loop turned within max_age_s seconds); why gets a
 * one-line reason either way. */
int vd_stats_healthy(double max_age_s, char *why, size_t n);
/* 1 when ready; why lists what is missing. */
int vd_stats_ready(char *why, size_t n);

#endif
