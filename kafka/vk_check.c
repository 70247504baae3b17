/*
 * vk_check.c - start-up checks of vigild's topics and the errors no retry
 * fixes (see vk_check.h).
 *
 * The topic check asks the metadata of each topic on its own: the broker
 * then answers with the topic's own error (unknown, or not authorized),
 * where a listing of all topics silently leaves out both.  A broker that
 * creates topics on first use (librdkafka's mock cluster, the embedded
 * broker) creates them here, as it would on the first record.
 */
#include "vk_check.h"

#include <stdio.h>
#include <time.h>

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The topic's own error in a metadata answer, or the request's. */
static rd_kafka_resp_err_t ask(rd_kafka_t *rk, rd_kafka_topic_t *rkt, int timeout_ms)
{
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, rkt, &md, timeout_ms);
    if (!e && md->topic_cnt == 1)
        e = md->topics[0].err;
    if (md)
        rd_kafka_metadata_destroy(md);
    return e;
}

static int check_one(rd_kafka_t *rk, const char *topic, int timeout_ms, char *err, size_t errlen)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    if (!rkt) {
        snprintf(err, errlen, "topic %s: %s", topic, rd_kafka_err2str(rd_kafka_last_error()));
        return -1;
    }
    /* a topic created a moment ago (the alerting stage's) reaches every
     * broker's metadata a little later: an unknown topic is asked again
     * until the deadline */
    double deadline = mono() + timeout_ms / 1000.0;
    rd_kafka_resp_err_t e;
    while ((e = ask(rk, rkt, timeout_ms)) == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART &&
           mono() < deadline)
        rd_kafka_poll(rk, 200);
    rd_kafka_topic_destroy(rkt);
    switch (e) {
    case RD_KAFKA_RESP_ERR_NO_ERROR:
    case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE: /* exists, leader being elected */
        return 0;
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
        snprintf(err, errlen,
                 "topic %s does not exist and the broker does not create topics on first use: "
                 "create it (README, \"Topics and records\")",
                 topic);
        return -1;
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
        snprintf(err, errlen,
                 "not authorized to see topic %s: grant vigild's principal DESCRIBE and READ or "
                 "WRITE on it (README, \"Security\")",
                 topic);
        return -1;
    default:
        snprintf(err, errlen, "topic %s: %s", topic, rd_kafka_err2str(e));
        return -1;
    }
}

int vk_check_topics(rd_kafka_t *rk, const char *const *topics, size_t n, int timeout_ms, char *err,
                    size_t errlen)
{
    for (size_t i = 0; i < n; i++)
        if (topics[i] && check_one(rk, topics[i], timeout_ms, err, errlen) < 0)
            return -1;
    return 0;
}

int vk_check_fatal(rd_kafka_resp_err_t e)
{
    switch (e) {
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED:
        return 1;
    default:
        return 0;
    }
}
