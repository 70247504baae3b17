/*
 * vd_producer.c - event and dead-letter publishing (see vd_producer.h).
 *
 * The producer is idempotent (enable.idempotence=true): retries after broker
 * faults cannot duplicate or reorder records.  A record that still fails
 * after librdkafka's own retries is a permanent failure; the job is then
 * reported not ok and its offset is never stored, so it is reprocessed.
 */
#include "vd_producer.h"
#include "vk_check.h"
#include "vk_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct vd_producer {
    rd_kafka_t *rk;
    vd_producer_opts o; /* its strings are copies (below) */
    char *input_topic;
    rd_kafka_topic_t *events, *dead; /* handles: no topic lookup per record */
    unsigned long long n_events, n_dead;
    size_t outq_bytes; /* value bytes of records not yet settled (main thread) */
    int fatal;         /* set by error_cb on a fatal (idempotence) error */
    time_t time_sec;   /* the second ce_time was formatted for */
    char time_str[32]; /* ce_time for that second */
};

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    vd_producer *p = opaque;
    vd_job *job = m->_private;
    (void)rk;
    p->outq_bytes -= m->len <= p->outq_bytes ? m->len : p->outq_bytes;
    if (!job)
        return;
    if (m->err) {
        job->failed = 1;
        /* rate-limited: a broker that refuses a topic fails every record */
        vk_log_msg(LOG_ERR, "delivery", job->res.article_id, p->input_topic, job->partition,
                   job->offset, "delivery to %s failed: %s", rd_kafka_topic_name(m->rkt),
                   rd_kafka_err2str(m->err));
    }
    if (--job->pending == 0)
        p->o.on_acked(p->o.ctx, job, !job->failed);
}

vd_job *vd_job_new(const void *payload, size_t len, const void *key, size_t key_len)
{
    vd_job *j = calloc(1, sizeof(*j));
    /* value and key in one allocation of their own, freed once published */
    char *buf = malloc(len + 1 + key_len);
    if (!j || !buf) {
        free(j);
        free(buf);
        return NULL;
    }
    j->payload = buf;
    if (len)
        memcpy(buf, payload, len);
    buf[len] = 0;
    j->len = len;
    if (key_len) {
        j->key = buf + len + 1;
        memcpy(j->key, key, key_len);
    }
    j->key_len = key_len;
    return j;
}

size_t vd_job_bytes(const vd_job *j)
{
    return j->len + j->key_len;
}

void vd_job_release_payload(vd_job *j)
{
    free(j->payload);
    j->payload = j->key = NULL;
}

void vd_job_free(vd_job *j)
{
    if (!j)
        return;
    free(j->payload);
    vc_result_free(&j->res);
    free(j);
}

/* librdkafka statistics (statistics.interval.ms): broker states for /readyz. */
static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    vd_producer *p = opaque;
    (void)rk;
    p->o.kafka->stats("producer", json, len);
    return 0; /* librdkafka frees json */
}

/* Errors librdkafka cannot recover from (e.g. the idempotent producer lost
 * its guarantees) end the process so systemd restarts it, and so do a
 * failed authentication and a missing ACL, which no retry fixes
 * (vk_check.h); the rest are retried by librdkafka and only logged. */
static void error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    vd_producer *p = opaque;
    if (vk_check_fatal((rd_kafka_resp_err_t)err)) {
        if (!p->fatal)
            vk_log_fatal("kafka %s: refused: %s: %s", rd_kafka_name(rk),
                         rd_kafka_err2name((rd_kafka_resp_err_t)err), reason);
        vk_log_note_error(reason);
        p->fatal = 1;
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__FATAL)
        p->fatal = 1;
    vk_client_error(rk, err, reason);
}

static const char *const defaults[] = {"enable.idempotence", "true", "linger.ms", "5", NULL};

int vd_producer_new(const vd_producer_opts *o, vd_producer **out, char *err, size_t errlen)
{
    vd_producer *p = calloc(1, sizeof(*p));
    *out = NULL;
    if (!p || !(p->input_topic = strdup(o->input_topic))) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    p->o = *o;
    const char *txn[] = {"transactional.id", o->transactional_id, NULL};
    vk_spec spec = {.type = RD_KAFKA_PRODUCER,
                    .client_id = o->client_id,
                    .props = o->kafka,
                    .defaults = defaults,
                    .forced = o->transactional_id ? txn : NULL,
                    .opaque = p,
                    .dr_msg_cb = dr_cb,
                    .stats_cb = o->kafka->stats ? stats_cb : NULL,
                    .error_cb = error_cb};
    if (vk_client_new(&spec, &p->rk, err, errlen) < 0)
        goto fail;
    p->events = rd_kafka_topic_new(p->rk, o->events_topic, NULL);
    p->dead = rd_kafka_topic_new(p->rk, o->deadletter_topic, NULL);
    if (!p->events || !p->dead) {
        snprintf(err, errlen, "cannot create topic handles: %s",
                 rd_kafka_err2str(rd_kafka_last_error()));
        goto fail;
    }
    *out = p;
    return 0;
fail:
    vd_producer_free(p);
    return -1;
}

void vd_producer_free(vd_producer *p)
{
    if (!p)
        return;
    if (p->events)
        rd_kafka_topic_destroy(p->events);
    if (p->dead)
        rd_kafka_topic_destroy(p->dead);
    if (p->rk)
        rd_kafka_destroy(p->rk);
    free(p->input_topic);
    free(p);
}

static void iso_time(char *buf, size_t n)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The CloudEvents time of records published now: formatted once a second. */
static const char *ce_time(vd_producer *p)
{
    time_t now = time(NULL);
    if (now != p->time_sec || !p->time_str[0]) {
        iso_time(p->time_str, sizeof(p->time_str));
        p->time_sec = now;
    }
    return p->time_str;
}

/* flags: RD_KAFKA_MSG_F_COPY, or RD_KAFKA_MSG_F_FREE to hand a malloc'd
 * value to librdkafka (it frees it once the record is settled); on failure
 * the caller still owns it. */
static int produce(vd_producer *p, rd_kafka_topic_t *rkt, const void *key, size_t klen, void *val,
                   size_t vlen, int flags, rd_kafka_headers_t *hdrs, vd_job *job)
{
    for (int tries = 0;; tries++) {
        rd_kafka_resp_err_t e =
            rd_kafka_producev(p->rk, RD_KAFKA_V_RKT(rkt), RD_KAFKA_V_KEY(key, klen),
                              RD_KAFKA_V_VALUE(val, vlen), RD_KAFKA_V_MSGFLAGS(flags),
                              RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_OPAQUE(job), RD_KAFKA_V_END);
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR) {
            p->outq_bytes += vlen;
            return 0; /* headers now owned by librdkafka */
        }
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL || tries > 1000) {
            vk_log(LOG_ERR, "produce to %s failed: %s", rd_kafka_topic_name(rkt),
                   rd_kafka_err2str(e));
            rd_kafka_headers_destroy(hdrs);
            return -1;
        }
        rd_kafka_poll(p->rk, 10); /* serve delivery reports to make room */
    }
}

#define HDR(h, name, v, vlen) rd_kafka_header_add((h), name, sizeof(name) - 1, (v), (ssize_t)(vlen))
#define HDR_LIT(h, name, lit) HDR(h, name, lit, sizeof(lit) - 1)
#define CE_SOURCE_PREFIX "vigil/article/"

/* CloudEvents Kafka binding, binary mode.  Header names and constant values
 * have known lengths; ce_source is "vigil/article/<id>", cut at 512 bytes. */
static rd_kafka_headers_t *ce_headers(const vc_out_event *ev, const char *article_id, const char *t)
{
    char src[512];
    size_t pre = sizeof(CE_SOURCE_PREFIX) - 1, n = article_id ? strlen(article_id) : 0;
    if (n > sizeof(src) - pre)
        n = sizeof(src) - pre;
    memcpy(src, CE_SOURCE_PREFIX, pre);
    if (n)
        memcpy(src + pre, article_id, n);
    rd_kafka_headers_t *h = rd_kafka_headers_new(6);
    HDR_LIT(h, "ce_specversion", "1.0");
    HDR(h, "ce_id", ev->event_id, strlen(ev->event_id));
    HDR(h, "ce_source", src, pre + n);
    HDR_LIT(h, "ce_type", "org.vigil.event.v1");
    HDR(h, "ce_time", t, strlen(t));
    HDR_LIT(h, "content-type", "application/json");
    return h;
}

static rd_kafka_headers_t *dlq_headers(const vd_job *job, const char *src_topic, size_t max_bytes)
{
    char num[32], t[32];
    rd_kafka_headers_t *h = rd_kafka_headers_new(8);
    iso_time(t, sizeof(t));
    rd_kafka_header_add(h, "__connect.errors.topic", -1, src_topic, -1);
    snprintf(num, sizeof(num), "%d", (int)job->partition);
    rd_kafka_header_add(h, "__connect.errors.partition", -1, num, -1);
    snprintf(num, sizeof(num), "%lld", (long long)job->offset);
    rd_kafka_header_add(h, "__connect.errors.offset", -1, num, -1);
    rd_kafka_header_add(h, "__connect.errors.stage", -1, job->res.err_class, -1);
    rd_kafka_header_add(h, "__connect.errors.exception.class.name", -1, job->res.err_class, -1);
    rd_kafka_header_add(h, "__connect.errors.exception.message", -1, job->res.err_msg, -1);
    rd_kafka_header_add(h, "vigil.errors.time", -1, t, -1);
    if (job->res.article_id)
        rd_kafka_header_add(h, "vigil.article.id", -1, job->res.article_id, -1);
    if (job->len > max_bytes) {
        snprintf(num, sizeof(num), "%zu", job->len);
        rd_kafka_header_add(h, "vigil.errors.truncated.original_bytes", -1, num, -1);
    }
    return h;
}

int vd_producer_publish(vd_producer *p, vd_job *job, const char *src_topic)
{
    const vc_result *r = &job->res;
    size_t outputs = r->rc < 0 ? 1 : r->n, queued = 0;
    int rc = 0;
    job->pending = (int)outputs + 1; /* +1 held until every record is queued */
    job->failed = 0;
    if (r->rc < 0) {
        /* unchanged, unless larger than the dead-letter topic accepts */
        size_t max = p->o.deadletter_max_bytes;
        rc = produce(p, p->dead, job->key, job->key_len, job->payload,
                     job->len > max ? max : job->len, RD_KAFKA_MSG_F_COPY,
                     dlq_headers(job, src_topic, max), job);
        if (rc == 0) {
            queued = 1;
            p->n_dead++;
            if (p->o.deadlettered)
                p->o.deadlettered(r->err_class);
        }
    } else {
        const char *t = ce_time(p);
        for (size_t i = 0; i < r->n && rc == 0; i++) {
            vc_out_event *ev = &job->res.ev[i];
            /* the event's JSON passes to librdkafka (no copy); it frees it */
            rc = produce(p, p->events, ev->country, strlen(ev->country), ev->json, ev->len,
                         RD_KAFKA_MSG_F_FREE, ce_headers(ev, r->article_id, t), job);
            if (rc == 0) {
                ev->json = NULL;
                queued++;
                p->n_events++;
                if (p->o.published)
                    p->o.published(vg_event_type_name(ev->type));
            }
        }
    }
    /* the records carry copies: the input is no longer needed while the
     * job waits for its acknowledgements */
    vd_job_release_payload(job);
    if (rc < 0) { /* the records never queued will not be acknowledged: settle them */
        job->failed = 1;
        job->pending -= (int)(outputs - queued);
    }
    /* the job may be freed here (on_acked): the caller never touches it after */
    if (--job->pending == 0)
        p->o.on_acked(p->o.ctx, job, !job->failed);
    return rc;
}

void vd_producer_poll(vd_producer *p, int timeout_ms)
{
    rd_kafka_poll(p->rk, timeout_ms);
}

int vd_producer_flush(vd_producer *p, int timeout_ms)
{
    if (rd_kafka_flush(p->rk, timeout_ms) == RD_KAFKA_RESP_ERR__TIMED_OUT) {
        /* out of time (or the broker refuses): fail what is left, so that
         * every job still gets its delivery report and is freed; its input
         * offset is not stored, so it is reprocessed after the restart */
        rd_kafka_purge(p->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_flush(p->rk, 1000);
    }
    return rd_kafka_outq_len(p->rk);
}

int vd_producer_fatal(const vd_producer *p)
{
    return p->fatal;
}

int vd_producer_outq(vd_producer *p)
{
    return rd_kafka_outq_len(p->rk);
}

size_t vd_producer_outq_bytes(const vd_producer *p)
{
    return p->outq_bytes;
}

rd_kafka_t *vd_producer_handle(vd_producer *p)
{
    return p->rk;
}

void vd_producer_counts(vd_producer *p, unsigned long long *events, unsigned long long *dead)
{
    *events = p->n_events;
    *dead = p->n_dead;
}
