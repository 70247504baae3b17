/*
 * vk_client.h - the one builder of every librdkafka client vigil creates
 * (vigild's consumer and producer, the alert stage's three clients, the
 * embedded broker's host, the vigil tool's clients).
 *
 * A client is described by a vk_spec: its type and client.id, its own
 * defaults, the operator's properties (kafka.* then kafka.consumer.* or
 * kafka.producer.*), properties it forces after them, and its callbacks.
 * vk_client_new() applies them in that order, stops at the first property
 * librdkafka refuses (naming it and where the operator set it), installs
 * the common log and error callbacks (every librdkafka line goes through
 * vk_log, the cause remembered for the error that follows), and frees the
 * configuration on every path.
 */
#ifndef VK_CLIENT_H
#define VK_CLIENT_H

#include <librdkafka/rdkafka.h>
#include <stddef.h>

/* One librdkafka property as the operator gave it. */
typedef struct vk_kv {
    char *key; /* librdkafka property name (prefix stripped) */
    char *value;
    char *origin; /* "file:line" or "environment VIGIL_..." for error messages */
} vk_kv;

/* Where the clients connect and the operator's properties for them. */
typedef struct vk_props {
    const char *bootstrap;
    const vk_kv *common; /* kafka.*: every client */
    size_t n_common;
    const vk_kv *consumer; /* kafka.consumer.*: consumers only */
    size_t n_consumer;
    const vk_kv *producer; /* kafka.producer.*: producers only */
    size_t n_producer;
    /* librdkafka statistics for the clients that ask (vk_spec.stats_cb):
     * the interval (0 = none) and where their JSON goes (side is
     * "consumer" or "producer"). */
    int stats_interval_ms;
    int (*stats)(const char *side, const char *json, size_t len);
} vk_props;

typedef struct vk_spec {
    rd_kafka_type_t type;
    const char *client_id;
    const vk_props *props; /* NULL: no bootstrap and no operator properties */
    /* "key", "value", ..., NULL: the client's defaults (before the
     * operator's properties) and what it forces (after them) */
    const char *const *defaults;
    const char *const *forced;
    void *opaque;
    void (*rebalance_cb)(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque);
    void (*dr_msg_cb)(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque);
    /* set with props->stats_interval_ms > 0 only */
    int (*stats_cb)(rd_kafka_t *rk, char *json, size_t len, void *opaque);
    /* NULL: vk_client_error() */
    void (*error_cb)(rd_kafka_t *rk, int err, const char *reason, void *opaque);
} vk_spec;

/* Build the client.  0, or -1 with err set ("kafka.x (file:3): ..."). */
int vk_client_new(const vk_spec *s, rd_kafka_t **out, char *err, size_t errlen);

/* The common error callback's work, for clients that add their own: a
 * fatal error is logged as fatal, a transport error is only remembered (the
 * log callback has said it), the rest are logged as warnings. */
void vk_client_error(rd_kafka_t *rk, int err, const char *reason);

/* Ask the cluster for metadata, bounded; on failure err says why with the
 * underlying cause first ("cannot reach the Kafka cluster at B: <cause>
 * (<librdkafka code>)").  0 or -1. */
int vk_client_check_cluster(rd_kafka_t *rk, const char *bootstrap, int timeout_ms, char *err,
                            size_t errlen);

/* 1 when a librdkafka property holds a secret, so its value is never
 * printed: every property librdkafka itself flags sensitive (sasl.username,
 * sasl.password, sasl.oauthbearer.config, ssl.key.location,
 * ssl.key.password, ssl.key.pem, ssl_key, ssl.ca.pem,
 * ssl.keystore.password), sasl.oauthbearer.client.secret, and for the
 * properties of later versions anything under sasl. or ssl.key. and
 * anything named *password*, *secret*, *token* or *credential*. */
int vk_prop_is_secret(const char *prop);

/* Partition count of a topic (*n = 0 when it does not exist).  0, or -1
 * when the cluster did not answer within timeout_ms. */
int vk_topic_partitions(rd_kafka_t *rk, const char *topic, int timeout_ms, int *n);

#endif
