/*
 * vk_client.c - the librdkafka client builder (see vk_client.h).
 *
 * Before it, vigild's consumer, producer and alert stage each carried a
 * copy of the same set()/apply() loop, and the alert stage's restore
 * consumer ignored refused properties, applied kafka.* but not
 * kafka.consumer.*, and leaked its configuration when rd_kafka_new failed.
 * librdkafka's default logger printed raw "%3|time|FAC|name|" lines on
 * stderr; every client now logs through vk_log.
 */
#include "vk_client.h"
#include "vk_log.h"

#include <stdio.h>
#include <string.h>

static int set_one(rd_kafka_conf_t *conf, const char *k, const char *v, const char *origin,
                   char *err, size_t errlen)
{
    char msg[512];
    if (rd_kafka_conf_set(conf, k, v, msg, sizeof(msg)) == RD_KAFKA_CONF_OK)
        return 0;
    if (origin)
        snprintf(err, errlen, "%s: kafka property %s: %s", origin, k, msg);
    else
        snprintf(err, errlen, "kafka property %s: %s", k, msg);
    return -1;
}

static int set_pairs(rd_kafka_conf_t *conf, const char *const *kv, char *err, size_t errlen)
{
    for (; kv && kv[0]; kv += 2)
        if (set_one(conf, kv[0], kv[1], NULL, err, errlen) < 0)
            return -1;
    return 0;
}

static int set_kvs(rd_kafka_conf_t *conf, const vk_kv *kv, size_t n, char *err, size_t errlen)
{
    for (size_t i = 0; i < n; i++)
        if (set_one(conf, kv[i].key, kv[i].value, kv[i].origin, err, errlen) < 0)
            return -1;
    return 0;
}

/* librdkafka's lines, from its own threads: one form for every client, the
 * message first (it names the broker and the cause), the facility last. */
static void log_cb(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    if (strncmp(buf, "[thrd:", 6) == 0 && strstr(buf, "]: ")) /* which internal thread */
        buf = strstr(buf, "]: ") + 3;
    if (level <= LOG_ERR)
        vk_log_note_error(buf);
    vk_log(level, "kafka %s: %s [%s]", rd_kafka_name(rk), buf, fac);
}

void vk_client_error(rd_kafka_t *rk, int err, const char *reason)
{
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char buf[512];
        rd_kafka_resp_err_t why = rd_kafka_fatal_error(rk, buf, sizeof(buf));
        vk_log_note_error(buf);
        /* a transactional producer fenced: another one took its id over */
        int fenced = why == RD_KAFKA_RESP_ERR__FENCED || why == RD_KAFKA_RESP_ERR_PRODUCER_FENCED ||
                     why == RD_KAFKA_RESP_ERR_INVALID_PRODUCER_EPOCH;
        vk_log_fatal("kafka %s: fatal error: %s%s", rd_kafka_name(rk), buf,
                     fenced ? " (fenced: another producer started with the same "
                              "transactional.id and owns its transactions now; this one stops)"
                            : "");
        return;
    }
    vk_log_note_error(reason);
    if (err == RD_KAFKA_RESP_ERR__TRANSPORT)
        return; /* the log callback has printed the broker's failure */
    vk_log(LOG_WARNING, "kafka %s: %s", rd_kafka_name(rk), reason);
}

static void error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    (void)opaque;
    vk_client_error(rk, err, reason);
}

int vk_client_new(const vk_spec *s, rd_kafka_t **out, char *err, size_t errlen)
{
    const vk_props *p = s->props;
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char num[32];
    *out = NULL;
    if (!conf) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if ((p && p->bootstrap &&
         set_one(conf, "bootstrap.servers", p->bootstrap, NULL, err, errlen) < 0) ||
        set_one(conf, "client.id", s->client_id, NULL, err, errlen) < 0 ||
        set_pairs(conf, s->defaults, err, errlen) < 0)
        goto fail;
    if (p && s->stats_cb && p->stats_interval_ms > 0) {
        snprintf(num, sizeof(num), "%d", p->stats_interval_ms);
        if (set_one(conf, "statistics.interval.ms", num, NULL, err, errlen) < 0)
            goto fail;
        rd_kafka_conf_set_stats_cb(conf, s->stats_cb);
    }
    if (p && (set_kvs(conf, p->common, p->n_common, err, errlen) < 0 ||
              (s->type == RD_KAFKA_CONSUMER
                   ? set_kvs(conf, p->consumer, p->n_consumer, err, errlen)
                   : set_kvs(conf, p->producer, p->n_producer, err, errlen)) < 0))
        goto fail;
    if (set_pairs(conf, s->forced, err, errlen) < 0)
        goto fail;
    rd_kafka_conf_set_log_cb(conf, log_cb);
    rd_kafka_conf_set_error_cb(conf, s->error_cb ? s->error_cb : error_cb);
    if (s->rebalance_cb)
        rd_kafka_conf_set_rebalance_cb(conf, s->rebalance_cb);
    if (s->dr_msg_cb)
        rd_kafka_conf_set_dr_msg_cb(conf, s->dr_msg_cb);
    rd_kafka_conf_set_opaque(conf, s->opaque);
    *out = rd_kafka_new(s->type, conf, err, errlen);
    if (!*out)
        goto fail;
    return 0; /* conf now belongs to the client */
fail:
    rd_kafka_conf_destroy(conf);
    return -1;
}

int vk_client_check_cluster(rd_kafka_t *rk, const char *bootstrap, int timeout_ms, char *err,
                            size_t errlen)
{
    const struct rd_kafka_metadata *md = NULL;
    char cause[512];
    vk_log_note_error("");
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, NULL, &md, timeout_ms);
    if (e == RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_metadata_destroy(md);
        return 0;
    }
    if (vk_log_last_error(cause, sizeof(cause))[0])
        snprintf(err, errlen, "cannot reach the Kafka cluster at %s: %s (%s)", bootstrap, cause,
                 rd_kafka_err2str(e));
    else
        snprintf(err, errlen, "cannot reach the Kafka cluster at %s: %s", bootstrap,
                 rd_kafka_err2str(e));
    return -1;
}

int vk_topic_partitions(rd_kafka_t *rk, const char *topic, int timeout_ms, int *n)
{
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    *n = 0;
    if (!rkt)
        return -1;
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, rkt, &md, timeout_ms);
    rd_kafka_topic_destroy(rkt);
    if (e)
        return -1;
    if (md->topic_cnt == 1 && !md->topics[0].err)
        *n = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    return 0;
}

int vk_prop_is_secret(const char *prop)
{
    static const char *const exact[] = {"ssl_key", "ssl.ca.pem", "ssl.keystore.password"};
    static const char *const prefix[] = {"sasl.", "ssl.key."};
    static const char *const part[] = {"password", "secret", "token", "credential"};
    for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
        if (strcmp(prop, exact[i]) == 0)
            return 1;
    for (size_t i = 0; i < sizeof(prefix) / sizeof(prefix[0]); i++)
        if (strncmp(prop, prefix[i], strlen(prefix[i])) == 0)
            return 1;
    for (size_t i = 0; i < sizeof(part) / sizeof(part[0]); i++)
        if (strstr(prop, part[i]))
            return 1;
    return 0;
}
