/*
 * vd_records.c - keyed CloudEvents records with delivery tokens (see
 * vd_records.h).
 *
 * enable.idempotence=true: retries after broker faults cannot duplicate or
 * reorder records; a record that still fails is reported to the owner,
 * whose policy decides (the alert stage stops without committing).  A
 * transactional producer is idempotent too (librdkafka requires it).
 */
#include "vd_records.h"
#include "vk_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CREATE_WAIT_MS 10000

struct vd_records {
    rd_kafka_t *rk;
    vd_records_fn delivered;
    void *ctx;
    char *who;
};

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    vd_records *r = opaque;
    (void)rk;
    r->delivered(r->ctx, m->_private, rd_kafka_topic_name(m->rkt),
                 m->err ? rd_kafka_err2str(m->err) : NULL);
}

static const char *const defaults[] = {"enable.idempotence", "true", "linger.ms", "5", NULL};

int vd_records_new(const vd_records_opts *o, vd_records **out, char *err, size_t errlen)
{
    vd_records *r = calloc(1, sizeof(*r));
    *out = NULL;
    if (!r || !(r->who = strdup(o->who ? o->who : ""))) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    r->delivered = o->delivered;
    r->ctx = o->ctx;
    const char *txn[] = {"transactional.id", o->transactional_id, NULL};
    vk_spec spec = {.type = RD_KAFKA_PRODUCER,
                    .client_id = o->client_id,
                    .props = o->kafka,
                    .defaults = defaults,
                    .forced = o->transactional_id ? txn : NULL,
                    .opaque = r,
                    .dr_msg_cb = dr_cb};
    if (vk_client_new(&spec, &r->rk, err, errlen) < 0)
        goto fail;
    *out = r;
    return 0;
fail:
    vd_records_free(r);
    return -1;
}

void vd_records_free(vd_records *r)
{
    if (!r)
        return;
    if (r->rk)
        rd_kafka_destroy(r->rk);
    free(r->who);
    free(r);
}

static rd_kafka_headers_t *ce_headers(const vd_ce *ce)
{
    rd_kafka_headers_t *h = rd_kafka_headers_new(6);
    rd_kafka_header_add(h, "ce_specversion", -1, "1.0", -1);
    rd_kafka_header_add(h, "ce_id", -1, ce->id, -1);
    rd_kafka_header_add(h, "ce_source", -1, ce->source, -1);
    rd_kafka_header_add(h, "ce_type", -1, ce->type, -1);
    rd_kafka_header_add(h, "ce_time", -1, ce->time, -1);
    rd_kafka_header_add(h, "content-type", -1, "application/json", -1);
    return h;
}

int vd_records_send(vd_records *r, const char *topic, const char *key, const char *val, size_t len,
                    const vd_ce *ce, void *token)
{
    rd_kafka_headers_t *h = val && ce ? ce_headers(ce) : NULL;
    for (int tries = 0;; tries++) {
        rd_kafka_resp_err_t e = rd_kafka_producev(
            r->rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, strlen(key)),
            RD_KAFKA_V_VALUE((void *)val, val ? len : 0), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_HEADERS(h), RD_KAFKA_V_OPAQUE(token), RD_KAFKA_V_END);
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR)
            return 0; /* the headers belong to librdkafka now */
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL || tries > 1000) {
            vk_log(LOG_ERR, "%sproduce to %s failed: %s", r->who, topic, rd_kafka_err2str(e));
            if (h)
                rd_kafka_headers_destroy(h);
            return -1;
        }
        rd_kafka_poll(r->rk, 10); /* serve delivery reports to make room */
    }
}

void vd_records_poll(vd_records *r, int timeout_ms)
{
    rd_kafka_poll(r->rk, timeout_ms);
}

rd_kafka_t *vd_records_handle(vd_records *r)
{
    return r->rk;
}

int vd_records_flush(vd_records *r, int timeout_ms)
{
    rd_kafka_flush(r->rk, timeout_ms);
    return rd_kafka_outq_len(r->rk);
}

/* Partition count of a topic in md, 0 when absent. */
static int partitions_in(const struct rd_kafka_metadata *md, const char *topic)
{
    for (int i = 0; md && i < md->topic_cnt; i++)
        if (strcmp(md->topics[i].topic, topic) == 0 && !md->topics[i].err)
            return md->topics[i].partition_cnt;
    return 0;
}

void vd_records_create_topics(vd_records *r, const char *like, const vd_topic_spec *t, size_t n)
{
    const struct rd_kafka_metadata *md = NULL;
    char err[256];
    /* every topic, not the ones we name: asking for a topic by name lets a
     * cluster with auto-creation create it with its defaults (not
     * compacted) before we could */
    if (rd_kafka_metadata(r->rk, 1, NULL, &md, 5000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        md = NULL;
    int np = partitions_in(md, like);
    if (np < 1)
        np = 3;
    rd_kafka_NewTopic_t **nt = calloc(n, sizeof(*nt));
    size_t k = 0;
    for (size_t i = 0; nt && i < n; i++) {
        /* an existing topic needs no request (and a cluster that cannot
         * create topics, like the embedded broker, no wait) */
        if (partitions_in(md, t[i].name) > 0)
            continue;
        nt[k] = rd_kafka_NewTopic_new(t[i].name, np, -1, err, sizeof(err));
        if (!nt[k]) {
            vk_log(LOG_WARNING, "%screate topic %s: %s", r->who, t[i].name, err);
            continue;
        }
        if (t[i].compact)
            rd_kafka_NewTopic_set_config(nt[k], "cleanup.policy", "compact");
        k++;
    }
    if (md)
        rd_kafka_metadata_destroy(md);
    if (k) {
        vk_log(LOG_NOTICE,
               "%screating %zu missing topic(s) with %d partition(s) (waiting up to %d s)", r->who,
               k, np, CREATE_WAIT_MS / 1000);
        rd_kafka_queue_t *q = rd_kafka_queue_new(r->rk);
        rd_kafka_CreateTopics(r->rk, nt, k, NULL, q);
        rd_kafka_event_t *ev = rd_kafka_queue_poll(q, CREATE_WAIT_MS);
        if (!ev)
            vk_log(LOG_WARNING, "%sno answer to the topic creation within %d s; going on", r->who,
                   CREATE_WAIT_MS / 1000);
        const rd_kafka_CreateTopics_result_t *res =
            ev ? rd_kafka_event_CreateTopics_result(ev) : NULL;
        size_t nr = 0;
        const rd_kafka_topic_result_t **tr =
            res ? rd_kafka_CreateTopics_result_topics(res, &nr) : NULL;
        for (size_t i = 0; i < nr; i++) {
            rd_kafka_resp_err_t e = rd_kafka_topic_result_error(tr[i]);
            if (e && e != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
                vk_log(LOG_WARNING, "%screate topic %s: %s", r->who,
                       rd_kafka_topic_result_name(tr[i]), rd_kafka_err2str(e));
        }
        if (ev)
            rd_kafka_event_destroy(ev);
        rd_kafka_queue_destroy(q);
    }
    for (size_t i = 0; i < k; i++)
        rd_kafka_NewTopic_destroy(nt[i]);
    free(nt);
}
