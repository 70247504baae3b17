/*
 * vd_config.h - vigild configuration: one table of keys, one struct.
 *
 * The file format is "key = value" lines with '#' comments (at the start of a
 * line, or after a space or tab outside double quotes): flat keys match
 * librdkafka's own dotted property names, so `kafka.*` lines pass straight
 * through (kafka.consumer.* / kafka.producer.* for one side only) and no
 * section semantics need inventing.  Every table key has a type, default,
 * bounds and help text; the example config and --print-config are generated
 * from the table.  Environment variables override the file: VIGIL_<KEY> with
 * dots as underscores (VIGIL_INPUT_TOPIC, VIGIL_KAFKA_BOOTSTRAP_SERVERS).
 */
#ifndef VD_CONFIG_H
#define VD_CONFIG_H

#include <stddef.h>
#include <stdio.h>

#include "vc_pipeline.h"
#include "vk_client.h"

typedef vk_kv vd_kv; /* a pass-through librdkafka property */

typedef struct vd_config {
    char *path; /* file it was read from, or NULL */
    /* kafka */
    char *input_topic;
    char *events_topic;
    char *deadletter_topic;
    char *group_id;
    char *delivery_guarantee; /* "at_least_once" or "exactly_once" */
    int exactly_once;
    char *transactional_id; /* "" = vigild-<group>-<host name> */
    long long transaction_ms;
    long long producer_queue_max;   /* outputs in flight before pausing input */
    long long deadletter_max_bytes; /* larger inputs are dead-lettered truncated */
    /* processing */
    long long workers; /* 0 = number of cores */
    long long queue_depth;
    long long shutdown_timeout_ms;
    int publish_historical;
    char *knowledge_dir;
    vc_pipeline_opts pipeline; /* limits */
    /* embedded broker */
    char *embedded_enabled; /* auto | true | false */
    long long embedded_partitions;
    char *embedded_bootstrap_file;
    /* service */
    char *log_level;
    int log_level_num; /* syslog priority */
    char *http_listen;
    long long http_port;            /* 0 = off */
    long long http_max_connections; /* listener limits (vd_httpgate.h) */
    long long http_max_per_ip;
    long long http_reserved;
    long long http_header_timeout_ms;
    long long http_reply_timeout_ms;
    long long http_max_header_bytes;
    long long queue_max_bytes;       /* payload bytes queued for or running in the workers */
    long long output_max_bytes;      /* output bytes awaiting acknowledgement */
    long long debug_worker_stall_ms; /* test-only: workers sleep before each article */
    /* incidents and alerts (vd_alerting) */
    int alerts_enabled;
    char *incidents_topic;
    char *alerts_topic;
    char *alerts_group_id;
    char *alert_rules_file;
    char *silences_file;
    long long alerts_group_wait_ms;
    long long incident_window_hours;
    long long incident_distance_km;
    long long incident_background_days;
    long long incidents_max;
    long long incidents_max_sources;
    long long alerts_max_rules;
    /* pass-through librdkafka properties */
    vd_kv *kafka_common, *kafka_consumer, *kafka_producer;
    size_t n_common, n_consumer, n_producer;
} vd_config;

/* Defaults, then the file (NULL = none), then the environment.  On error
 * returns -1 and err holds "file:line: key: message". */
int vd_config_load(const char *path, char **envp, vd_config **out, char *err, size_t errlen);
void vd_config_free(vd_config *c);

/* Value of a pass-through kafka property for the given side ("consumer" or
 * "producer"), NULL when unset. */
const char *vd_config_kafka_get(const vd_config *c, const char *side, const char *key);

/* The Kafka layer's view of the configuration: bootstrap (the configured
 * servers, or the embedded broker's address) and the pass-through
 * properties, borrowed from c.  No statistics sink is set. */
void vd_config_kafka_props(const vd_config *c, const char *bootstrap, vk_props *out);

/* Set a pass-through kafka property unless the configuration sets it;
 * side is "consumer", "producer" or NULL (both).  0 or -1 (no memory). */
int vd_config_kafka_default(vd_config *c, const char *side, const char *key, const char *value);

/* Print the effective configuration (secrets masked). */
void vd_config_print(const vd_config *c, FILE *f);

/* Print the documented example config generated from the table. */
void vd_config_print_example(FILE *f);

/* 1 when a key's value is a secret (--print-config masks it): a table
 * key, or kafka.[consumer.|producer.]PROPERTY with vk_prop_is_secret(). */
int vd_config_is_secret(const char *key);

/* Whether vigild runs its embedded broker: 0 when bootstrap servers are
 * configured; 1 when none are and embedded.enabled allows it; -1 with err
 * when none are and it must not (embedded.enabled = false, or auto under
 * systemd: NOTIFY_SOCKET in envp, or INVOCATION_ID when on_tty is 0, i.e.
 * stderr is not a terminal). */
int vd_config_use_embedded(const vd_config *c, char **envp, int on_tty, char *err, size_t errlen);

#endif
