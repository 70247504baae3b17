/*
 * vd_alerting.c - the incident and alert stage (see vd_alerting.h).
 *
 * One thread owns everything here: the group consumer of the events topic,
 * the producer, the incident store and the active rules.  The only shared
 * state is the hand-over slot for reloaded rules and silences (a mutex), and
 * two flags (stop, failed).  librdkafka callbacks (rebalance, delivery
 * reports) run inside the polls of this thread, so they touch the store and
 * the offset tracker without locks, like vd_daemon.c does for its clients.
 *
 * Delivery: each event's incident record carries the event's input offset as
 * its opaque; the delivery report marks it done and vd_offsets decides what
 * may be stored (the finished prefix).  Alerts and lifecycle-only incident
 * records carry no offset: the lifecycle state is in the incident record and
 * the alert log, both read back on assignment.  A record that cannot be
 * delivered after librdkafka's retries is fatal: the stage stops without
 * committing and vigild exits non-zero.
 */
#include "vd_alerting.h"
#include "vc_io.h"
#include "vd_consumer.h"
#include "vd_kcheck.h"
#include "vd_log.h"
#include "vd_stats.h"
#include "vd_offsets.h"
#include "vi_alert.h"
#include "vi_json.h"
#include "vi_rules.h"

#include <errno.h>
#include <librdkafka/rdkafka.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define EXPIRE_EVERY_MS 10000
#define SILENCE_CHECK_MS 2000

typedef struct pend {
    int32_t part;
    uint64_t epoch;
    int64_t off;
} pend;

struct vd_alerting {
    const vd_config *cfg; /* borrowed: the daemon's config outlives the stage */
    char *bootstrap;
    rd_kafka_t *cons, *prod;
    vd_offsets *offs;
    vi_store *store;
    vi_rules *rules;
    vi_silences *sil;
    vi_alert_cfg acfg;
    char silences_path[1024];
    struct timespec sil_mtime;
    long long last_sil_check, last_expire;
    int need_publish;
    /* hand-over of reloaded sets (main thread -> stage thread) */
    pthread_mutex_t mu;
    vi_rules *next_rules;
    vi_silences *next_sil;
    int has_next;
    pthread_t thr;
    int started;
    atomic_int stop, failed;
    unsigned long long n_events, n_alerts, n_muted;
};

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

const char *vd_alerting_rules_path(const vd_config *cfg, char *buf, size_t n)
{
    if (cfg->alert_rules_file && cfg->alert_rules_file[0])
        snprintf(buf, n, "%s", cfg->alert_rules_file);
    else
        snprintf(buf, n, "%s/alert-rules.conf", vc_knowledge_dir(cfg->knowledge_dir));
    return buf;
}

static int load_sets(const vd_config *cfg, vi_rules **r, vi_silences **s, char *err, size_t errlen)
{
    char path[1024];
    vd_alerting_rules_path(cfg, path, sizeof(path));
    *r = NULL;
    *s = NULL;
    if (vi_rules_load(path, (size_t)cfg->alerts_max_rules, r, err, errlen) < 0)
        return -1;
    if (vi_silences_load(cfg->silences_file, (size_t)cfg->alerts_max_rules, s, err, errlen) < 0) {
        vi_rules_free(*r);
        *r = NULL;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ output */

static rd_kafka_headers_t *ce_headers(const char *id, const char *source, const char *type)
{
    char t[40];
    rd_kafka_headers_t *h = rd_kafka_headers_new(6);
    vi_format_time(now_ms(), t, sizeof(t));
    rd_kafka_header_add(h, "ce_specversion", -1, "1.0", -1);
    rd_kafka_header_add(h, "ce_id", -1, id, -1);
    rd_kafka_header_add(h, "ce_source", -1, source, -1);
    rd_kafka_header_add(h, "ce_type", -1, type, -1);
    rd_kafka_header_add(h, "ce_time", -1, t, -1);
    rd_kafka_header_add(h, "content-type", -1, "application/json", -1);
    return h;
}

/* Produce one record (value NULL = tombstone); headers are taken. */
static int produce(vd_alerting *a, const char *topic, const char *key, const char *val, size_t len,
                   rd_kafka_headers_t *h, void *opaque)
{
    for (int tries = 0;; tries++) {
        rd_kafka_resp_err_t e = rd_kafka_producev(
            a->prod, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, strlen(key)),
            RD_KAFKA_V_VALUE((void *)val, len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_HEADERS(h), RD_KAFKA_V_OPAQUE(opaque), RD_KAFKA_V_END);
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR)
            return 0;
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL || tries > 1000) {
            vd_log(LOG_ERR, "alerting: produce to %s failed: %s", topic, rd_kafka_err2str(e));
            if (h)
                rd_kafka_headers_destroy(h);
            return -1;
        }
        rd_kafka_poll(a->prod, 10);
    }
}

static int publish_incident(vd_alerting *a, vi_incident *inc, pend *p)
{
    char ceid[64], src[64];
    size_t len;
    char *json = vi_incident_to_json(inc, &len);
    if (!json) {
        free(p);
        return -1;
    }
    snprintf(ceid, sizeof(ceid), "%s.%u", inc->id, inc->version);
    snprintf(src, sizeof(src), "vigil/incident/%s", inc->id);
    int rc = produce(a, a->cfg->incidents_topic, inc->id, json, len,
                     ce_headers(ceid, src, "org.vigil.incident.v1"), p);
    free(json);
    if (rc < 0)
        free(p);
    else
        inc->published_version = inc->version;
    return rc;
}

/* Publish incidents whose state changed outside event handling (alerts). */
static int publish_dirty(vd_alerting *a)
{
    for (size_t i = 0; i < vi_store_count(a->store); i++) {
        vi_incident *inc = vi_store_at(a->store, i);
        if (inc->version != inc->published_version && publish_incident(a, inc, NULL) < 0)
            return -1;
    }
    a->need_publish = 0;
    return 0;
}

static void mark_done(vd_alerting *a, int32_t part, uint64_t epoch, int64_t off)
{
    vd_offsets_done_store(a->cons, a->offs, a->cfg->events_topic, part, epoch, off, "alerting: ");
}

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    vd_alerting *a = opaque;
    pend *p = m->_private;
    (void)rk;
    if (m->err) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL, "alerting: delivery to %s failed: %s",
                  rd_kafka_topic_name(m->rkt), rd_kafka_err2str(m->err));
        atomic_store(&a->failed, 1);
    } else if (p) {
        mark_done(a, p->part, p->epoch, p->off);
    }
    free(p);
}

/* vi_alert_tick callback: send (or log a muted) alert. */
static int emit(void *ctx, const vi_alert *al)
{
    vd_alerting *a = ctx;
    char src[64];
    size_t len;
    if (al->muted[0]) {
        a->n_muted++;
        vd_log(LOG_NOTICE, "alert %s (%s, %s) for incident %s not sent: %s", al->id,
               vi_severity_name(al->severity), al->rule, al->inc->id, al->muted);
        return 0;
    }
    char *json = vi_alert_to_json(al, now_ms(), &len);
    if (!json)
        return -1;
    const char *topic = al->route[0] ? al->route : a->cfg->alerts_topic;
    snprintf(src, sizeof(src), "vigil/incident/%s", al->inc->id);
    int rc = produce(a, topic, al->inc->id, json, len,
                     ce_headers(al->id, src, "org.vigil.alert.v1"), NULL);
    free(json);
    if (rc < 0) {
        atomic_store(&a->failed, 1);
        return -1;
    }
    a->n_alerts++;
    a->need_publish = 1;
    vd_stats_alert(vi_severity_name(al->severity));
    vd_log(LOG_NOTICE, "alert %s %s %s [%s] %s: %s", al->id,
           al->status == VI_FIRING ? "firing" : "update", vi_severity_name(al->severity), al->rule,
           al->reason, al->summary);
    return 0;
}

/* ------------------------------------------------------------ restore */

typedef struct restore_ctx {
    vd_alerting *a;
    const rd_kafka_topic_partition_list_t *parts;
    long long horizon;
    size_t n_incidents, n_alerts;
} restore_ctx;

static int owned(const restore_ctx *rc, int partition)
{
    for (int i = 0; i < rc->parts->cnt; i++)
        if (rc->parts->elems[i].partition == partition)
            return 1;
    return 0;
}

static void restore_incident(restore_ctx *rc, const rd_kafka_message_t *m)
{
    vi_incident *inc = NULL;
    if (!m->payload) { /* tombstone: the incident expired */
        char id[VI_ID_LEN];
        if (m->key_len == VI_ID_LEN - 1) {
            memcpy(id, m->key, VI_ID_LEN - 1);
            id[VI_ID_LEN - 1] = 0;
            vi_store_remove(rc->a->store, id);
        }
        return;
    }
    if (vi_incident_from_json(m->payload, m->len, vi_store_limits(rc->a->store)->max_sources,
                              &inc) < 0)
        return;
    if (!owned(rc, inc->partition) || inc->updated_ms < rc->horizon) {
        vi_incident_free(inc);
        return;
    }
    inc->published_version = inc->version;
    if (vi_store_restore(rc->a->store, inc) < 0)
        vi_incident_free(inc);
    else
        rc->n_incidents++;
}

static void restore_alert(restore_ctx *rc, const rd_kafka_message_t *m)
{
    vi_alert al;
    char id[VI_ID_LEN];
    int part;
    if (!m->payload || vi_alert_from_json(m->payload, m->len, &al, id, &part) < 0 ||
        !owned(rc, part))
        return;
    vi_incident *inc = vi_store_find(rc->a->store, id);
    if (!inc)
        return;
    unsigned before = inc->alert.n_sent;
    vi_alert_apply_logged(inc, &al);
    if (inc->alert.n_sent != before) { /* the changelog missed it: republish */
        inc->version++;
        rc->a->need_publish = 1;
    }
    rc->n_alerts++;
}

/* Start offsets of a topic's partitions: the low watermark, or for the
 * alert log the first offset within the window when the broker says. */
static int start_offsets(rd_kafka_t *rk, const char *topic, long long since_ms,
                         rd_kafka_topic_partition_list_t *l, int64_t *hi)
{
    int n = 0;
    for (int i = 0; i < l->cnt; i++) {
        int64_t lo = 0;
        if (rd_kafka_query_watermark_offsets(rk, topic, l->elems[i].partition, &lo, &hi[i], 5000) !=
            RD_KAFKA_RESP_ERR_NO_ERROR)
            return -1;
        l->elems[i].offset = lo;
        n += hi[i] > lo;
    }
    if (since_ms > 0 && n > 0) {
        rd_kafka_topic_partition_list_t *t = rd_kafka_topic_partition_list_copy(l);
        for (int i = 0; i < t->cnt; i++)
            t->elems[i].offset = since_ms;
        if (rd_kafka_offsets_for_times(rk, t, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR)
            for (int i = 0; i < t->cnt; i++)
                if (!t->elems[i].err && t->elems[i].offset > l->elems[i].offset)
                    l->elems[i].offset = t->elems[i].offset;
        rd_kafka_topic_partition_list_destroy(t);
    }
    return 0;
}

static int topic_partitions(rd_kafka_t *rk, const char *topic, int *n)
{
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    *n = 0;
    if (!rkt)
        return -1;
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, rkt, &md, 5000);
    rd_kafka_topic_destroy(rkt);
    if (e)
        return -1;
    if (md->topic_cnt == 1 && !md->topics[0].err)
        *n = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    return 0;
}

/* Read a topic from its start offsets to its high watermarks, bounded. */
static int read_topic(rd_kafka_t *rk, const char *topic, long long since_ms, double deadline,
                      void (*fn)(restore_ctx *, const rd_kafka_message_t *), restore_ctx *rc)
{
    int np, rcode = -1, left = 0;
    if (topic_partitions(rk, topic, &np) < 0)
        return -1;
    if (np == 0)
        return 0; /* no such topic yet: nothing to restore */
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(np);
    int64_t *hi = calloc((size_t)np, sizeof(*hi));
    for (int i = 0; hi && i < np; i++)
        rd_kafka_topic_partition_list_add(l, topic, i);
    if (!hi || start_offsets(rk, topic, since_ms, l, hi) < 0)
        goto out;
    for (int i = 0; i < np; i++)
        left += l->elems[i].offset < hi[i];
    if (left && rd_kafka_assign(rk, l) != RD_KAFKA_RESP_ERR_NO_ERROR)
        goto out;
    while (left > 0 && now_ms() < deadline) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m)
            continue;
        if (!m->err && m->partition >= 0 && m->partition < np) {
            fn(rc, m);
            if (m->offset + 1 >= hi[m->partition] && l->elems[m->partition].offset != -1) {
                l->elems[m->partition].offset = -1; /* reached */
                left--;
            }
        }
        rd_kafka_message_destroy(m);
    }
    rcode = left ? -1 : 0;
    rd_kafka_assign(rk, NULL);
out:
    free(hi);
    rd_kafka_topic_partition_list_destroy(l);
    return rcode;
}

static rd_kafka_t *restore_consumer(vd_alerting *a)
{
    char err[256], group[300];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    snprintf(group, sizeof(group), "%s-restore", a->cfg->alerts_group_id);
    rd_kafka_conf_set(conf, "bootstrap.servers", a->bootstrap, err, sizeof(err));
    rd_kafka_conf_set(conf, "group.id", group, err, sizeof(err));
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof(err));
    rd_kafka_conf_set(conf, "client.id", "vigild-alerting-restore", err, sizeof(err));
    for (size_t i = 0; i < a->cfg->n_common; i++)
        rd_kafka_conf_set(conf, a->cfg->kafka_common[i].key, a->cfg->kafka_common[i].value, err,
                          sizeof(err));
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (!rk) {
        vd_log(LOG_ERR, "alerting: restore consumer: %s", err);
        return NULL;
    }
    return rk;
}

/* Rebuild the incidents of newly assigned partitions. */
static void restore(vd_alerting *a, const rd_kafka_topic_partition_list_t *parts)
{
    long long window_ms = a->cfg->incident_window_hours * 3600LL * 1000LL;
    restore_ctx rc = {a, parts, now_ms() - window_ms, 0, 0};
    double deadline = (double)now_ms() + (double)a->cfg->shutdown_timeout_ms;
    rd_kafka_t *rk = restore_consumer(a);
    if (!rk) {
        atomic_store(&a->failed, 1);
        return;
    }
    if (read_topic(rk, a->cfg->incidents_topic, 0, deadline, restore_incident, &rc) < 0 ||
        read_topic(rk, a->cfg->alerts_topic, rc.horizon, deadline, restore_alert, &rc) < 0) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL,
                  "alerting: cannot rebuild incident state from %s and %s within %lld ms",
                  a->cfg->incidents_topic, a->cfg->alerts_topic, a->cfg->shutdown_timeout_ms);
        atomic_store(&a->failed, 1);
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    vd_log(LOG_INFO,
           "alerting: restored %zu incident(s) and %zu logged alert(s) for %d partition(s)",
           rc.n_incidents, rc.n_alerts, parts->cnt);
}

/* ------------------------------------------------------------ rebalance */

static void on_revoke(vd_alerting *a, rd_kafka_t *rk, rd_kafka_topic_partition_list_t *parts)
{
    int lost = rd_kafka_assignment_lost(rk);
    if (!lost) { /* settle outputs so their offsets are stored, then commit */
        rd_kafka_flush(a->prod, (int)a->cfg->shutdown_timeout_ms);
        rd_kafka_resp_err_t e = rd_kafka_commit(rk, NULL, 0);
        if (e && e != RD_KAFKA_RESP_ERR__NO_OFFSET)
            vd_log(LOG_WARNING, "alerting: commit on revoke failed: %s", rd_kafka_err2str(e));
    }
    for (int i = 0; i < parts->cnt; i++) {
        vd_offsets_revoke(a->offs, parts->elems[i].partition);
        vi_store_drop_partition(a->store, parts->elems[i].partition);
    }
    vd_log(LOG_INFO, "alerting: %d partition(s) %s", parts->cnt, lost ? "lost" : "revoked");
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    vd_alerting *a = opaque;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        restore(a, parts);
        for (int i = 0; i < parts->cnt; i++)
            vd_offsets_assign(a->offs, parts->elems[i].partition);
    } else {
        on_revoke(a, rk, parts);
    }
    vd_rebalance_apply(rk, err, parts, "alerting: ");
}

/* ------------------------------------------------------------ main loop */

static void on_event(vd_alerting *a, const rd_kafka_message_t *m)
{
    char err[256];
    vi_event ev = {0};
    vi_incident *inc;
    uint64_t epoch = vd_offsets_epoch(a->offs, m->partition);
    if (!epoch || vd_offsets_track(a->offs, m->partition, epoch, m->offset) < 0)
        return; /* stale: the partition is no longer ours */
    a->n_events++;
    ev.partition = m->partition;
    if (vi_event_from_json(m->payload, m->len, &ev, err, sizeof(err)) < 0) {
        vd_log_msg(LOG_WARNING, "alerting-decode", NULL, a->cfg->events_topic, m->partition,
                   m->offset, "alerting: event skipped: %s", err);
        mark_done(a, m->partition, epoch, m->offset);
        return;
    }
    long long now = now_ms();
    int ch = vi_store_add(a->store, &ev, now, &inc);
    if (ch == -ENOMEM) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL, "alerting: out of memory");
        atomic_store(&a->failed, 1);
        return;
    }
    if (ch <= 0) { /* historical, no country, or nothing new */
        mark_done(a, m->partition, epoch, m->offset);
        return;
    }
    vi_alert_note_change(inc, (unsigned)ch, now, &a->acfg);
    pend *p = malloc(sizeof(*p));
    if (!p) {
        atomic_store(&a->failed, 1);
        return;
    }
    *p = (pend){m->partition, epoch, m->offset};
    if (publish_incident(a, inc, p) < 0)
        atomic_store(&a->failed, 1);
}

static void tombstone(void *ctx, const vi_incident *inc)
{
    vd_alerting *a = ctx;
    if (produce(a, a->cfg->incidents_topic, inc->id, NULL, 0, NULL, NULL) < 0)
        atomic_store(&a->failed, 1);
}

static void take_new_sets(vd_alerting *a)
{
    pthread_mutex_lock(&a->mu);
    if (a->has_next) {
        vi_rules_free(a->rules);
        vi_silences_free(a->sil);
        a->rules = a->next_rules;
        a->sil = a->next_sil;
        a->next_rules = NULL;
        a->next_sil = NULL;
        a->has_next = 0;
    }
    pthread_mutex_unlock(&a->mu);
}

/* Silences change more often than rules: reload when the file changes. */
static void check_silences(vd_alerting *a, long long now)
{
    struct stat st;
    char err[512];
    vi_silences *s;
    if (!a->silences_path[0] || now - a->last_sil_check < SILENCE_CHECK_MS)
        return;
    a->last_sil_check = now;
    if (stat(a->silences_path, &st) < 0)
        memset(&st, 0, sizeof(st));
    if (st.st_mtim.tv_sec == a->sil_mtime.tv_sec && st.st_mtim.tv_nsec == a->sil_mtime.tv_nsec)
        return;
    a->sil_mtime = st.st_mtim;
    if (vi_silences_load(a->silences_path, (size_t)a->cfg->alerts_max_rules, &s, err, sizeof(err)) <
        0) {
        vd_log(LOG_ERR, "alerting: silences not reloaded, keeping the running set: %s", err);
        return;
    }
    vi_silences_free(a->sil);
    a->sil = s;
    vd_log(LOG_NOTICE, "alerting: %zu silence(s) loaded from %s", s->n, a->silences_path);
}

static void step(vd_alerting *a)
{
    long long now = now_ms(), due = vi_alert_next_due(a->store);
    int timeout = 100;
    if (due && due - now < timeout)
        timeout = due > now ? (int)(due - now) : 0;
    rd_kafka_message_t *m = rd_kafka_consumer_poll(a->cons, timeout);
    if (m) {
        if (!m->err) {
            on_event(a, m);
        } else if (vd_kcheck_fatal(m->err)) { /* no retry fixes a password or an ACL */
            vd_log_id(LOG_CRIT, VD_MID_FATAL, "alerting: Kafka refused the consumer: %s: %s",
                      rd_kafka_err2name(m->err), rd_kafka_message_errstr(m));
            atomic_store(&a->failed, 1);
        } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            vd_log(LOG_WARNING, "alerting: consumer: %s", rd_kafka_message_errstr(m));
        }
        rd_kafka_message_destroy(m);
    }
    now = now_ms();
    if (vi_alert_tick(a->store, a->rules, a->sil, now, emit, a) > 0)
        a->need_publish = 1;
    if (now - a->last_expire >= EXPIRE_EVERY_MS) {
        a->last_expire = now;
        vi_store_expire(a->store, now, tombstone, a);
    }
    if (a->need_publish && publish_dirty(a) < 0)
        atomic_store(&a->failed, 1);
    rd_kafka_poll(a->prod, 0);
}

static void *run(void *arg)
{
    vd_alerting *a = arg;
    while (!atomic_load(&a->stop) && !atomic_load(&a->failed)) {
        take_new_sets(a);
        check_silences(a, now_ms());
        step(a);
    }
    if (atomic_load(&a->failed))
        return NULL; /* never commit after a failure: the input is reprocessed */
    /* finish in-flight outputs (their delivery reports store offsets), commit, leave */
    if (a->need_publish)
        publish_dirty(a);
    if (rd_kafka_flush(a->prod, (int)a->cfg->shutdown_timeout_ms) != RD_KAFKA_RESP_ERR_NO_ERROR)
        vd_log(LOG_WARNING, "alerting: %d output(s) not acknowledged at shutdown",
               rd_kafka_outq_len(a->prod));
    rd_kafka_resp_err_t e = rd_kafka_commit(a->cons, NULL, 0);
    if (e && e != RD_KAFKA_RESP_ERR__NO_OFFSET)
        vd_log(LOG_WARNING, "alerting: final commit failed: %s", rd_kafka_err2str(e));
    vd_consumer_leave(a->cons, (int)a->cfg->shutdown_timeout_ms);
    return NULL;
}

/* ------------------------------------------------------------ setup */

static int set(rd_kafka_conf_t *conf, const char *k, const char *v, char *err, size_t errlen)
{
    return rd_kafka_conf_set(conf, k, v, err, errlen) == RD_KAFKA_CONF_OK ? 0 : -1;
}

static int apply_kv(rd_kafka_conf_t *conf, const vd_kv *kv, size_t n, char *err, size_t errlen)
{
    for (size_t i = 0; i < n; i++)
        if (set(conf, kv[i].key, kv[i].value, err, errlen) < 0)
            return -1;
    return 0;
}

static int new_producer(vd_alerting *a, char *err, size_t errlen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (set(conf, "bootstrap.servers", a->bootstrap, err, errlen) < 0 ||
        set(conf, "enable.idempotence", "true", err, errlen) < 0 ||
        set(conf, "linger.ms", "5", err, errlen) < 0 ||
        set(conf, "client.id", "vigild-alerting", err, errlen) < 0 ||
        apply_kv(conf, a->cfg->kafka_common, a->cfg->n_common, err, errlen) < 0 ||
        apply_kv(conf, a->cfg->kafka_producer, a->cfg->n_producer, err, errlen) < 0) {
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
    rd_kafka_conf_set_opaque(conf, a);
    a->prod = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, errlen);
    if (!a->prod) {
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    return 0;
}

static int new_consumer(vd_alerting *a, char *err, size_t errlen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (set(conf, "bootstrap.servers", a->bootstrap, err, errlen) < 0 ||
        set(conf, "group.id", a->cfg->alerts_group_id, err, errlen) < 0 ||
        set(conf, "client.id", "vigild-alerting", err, errlen) < 0 ||
        set(conf, "auto.offset.reset", "earliest", err, errlen) < 0 ||
        apply_kv(conf, a->cfg->kafka_common, a->cfg->n_common, err, errlen) < 0 ||
        apply_kv(conf, a->cfg->kafka_consumer, a->cfg->n_consumer, err, errlen) < 0 ||
        set(conf, "enable.auto.offset.store", "false", err, errlen) < 0) {
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    rd_kafka_conf_set_rebalance_cb(conf, rebalance_cb);
    rd_kafka_conf_set_opaque(conf, a);
    a->cons = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, errlen);
    if (!a->cons) {
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    rd_kafka_poll_set_consumer(a->cons);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, a->cfg->events_topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(a->cons, l);
    rd_kafka_topic_partition_list_destroy(l);
    if (e) {
        snprintf(err, errlen, "alerting: subscribe to %s: %s", a->cfg->events_topic,
                 rd_kafka_err2str(e));
        return -1;
    }
    return 0;
}

/* Create the incidents (compacted) and alerts topics when missing, with the
 * partition count of the events topic.  Best effort: an existing topic or a
 * cluster that auto-creates is fine. */
static void create_topics(vd_alerting *a)
{
    int np = 0;
    char err[256];
    if (topic_partitions(a->prod, a->cfg->events_topic, &np) < 0 || np < 1)
        np = 3;
    rd_kafka_NewTopic_t *t[2];
    t[0] = rd_kafka_NewTopic_new(a->cfg->incidents_topic, np, -1, err, sizeof(err));
    t[1] = rd_kafka_NewTopic_new(a->cfg->alerts_topic, np, -1, err, sizeof(err));
    if (!t[0] || !t[1])
        goto out;
    rd_kafka_NewTopic_set_config(t[0], "cleanup.policy", "compact");
    rd_kafka_queue_t *q = rd_kafka_queue_new(a->prod);
    rd_kafka_CreateTopics(a->prod, t, 2, NULL, q);
    rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 10000);
    const rd_kafka_CreateTopics_result_t *res = ev ? rd_kafka_event_CreateTopics_result(ev) : NULL;
    size_t n = 0;
    const rd_kafka_topic_result_t **tr = res ? rd_kafka_CreateTopics_result_topics(res, &n) : NULL;
    for (size_t i = 0; i < n; i++) {
        rd_kafka_resp_err_t e = rd_kafka_topic_result_error(tr[i]);
        if (e && e != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
            vd_log(LOG_WARNING, "alerting: create topic %s: %s", rd_kafka_topic_result_name(tr[i]),
                   rd_kafka_err2str(e));
    }
    if (ev)
        rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(q);
out:
    for (int i = 0; i < 2; i++)
        if (t[i])
            rd_kafka_NewTopic_destroy(t[i]);
}

static void free_stage(vd_alerting *a)
{
    if (a->cons)
        rd_kafka_destroy_flags(a->cons, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    if (a->prod)
        rd_kafka_destroy(a->prod);
    vd_offsets_free(a->offs);
    vi_store_free(a->store);
    vi_rules_free(a->rules);
    vi_silences_free(a->sil);
    vi_rules_free(a->next_rules);
    vi_silences_free(a->next_sil);
    pthread_mutex_destroy(&a->mu);
    free(a->bootstrap);
    free(a);
}

int vd_alerting_start(const vd_config *cfg, const char *bootstrap, vd_alerting **out, char *err,
                      size_t errlen)
{
    vd_alerting *a = calloc(1, sizeof(*a));
    vi_limits lim;
    char path[1024];
    *out = NULL;
    if (!a) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    pthread_mutex_init(&a->mu, NULL);
    a->cfg = cfg;
    a->acfg.group_wait_ms = cfg->alerts_group_wait_ms;
    lim.max_incidents = (size_t)cfg->incidents_max;
    lim.max_sources = (unsigned)cfg->incidents_max_sources;
    lim.window_hours = cfg->incident_window_hours;
    lim.distance_km = (double)cfg->incident_distance_km;
    snprintf(a->silences_path, sizeof(a->silences_path), "%s",
             cfg->silences_file ? cfg->silences_file : "");
    if (!(a->bootstrap = strdup(bootstrap)) || !(a->offs = vd_offsets_new()) ||
        vi_store_new(&lim, &a->store) < 0) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    if (load_sets(cfg, &a->rules, &a->sil, err, errlen) < 0 || new_producer(a, err, errlen) < 0)
        goto fail;
    create_topics(a);
    const char *topics[] = {cfg->incidents_topic, cfg->alerts_topic};
    if (vd_kcheck_topics(a->prod, topics, 2, 10000, err, errlen) < 0 ||
        new_consumer(a, err, errlen) < 0)
        goto fail;
    if (pthread_create(&a->thr, NULL, run, a) != 0) {
        snprintf(err, errlen, "alerting: cannot start its thread");
        goto fail;
    }
    a->started = 1;
    vd_log(LOG_NOTICE,
           "alerting: %zu rule(s), %zu inhibition(s) from %s; %zu silence(s); group %s on %s, "
           "incidents to %s, alerts to %s, group wait %lld ms",
           a->rules->n_rules, a->rules->n_inhibits, vd_alerting_rules_path(cfg, path, sizeof(path)),
           a->sil->n, cfg->alerts_group_id, cfg->events_topic, cfg->incidents_topic,
           cfg->alerts_topic, cfg->alerts_group_wait_ms);
    *out = a;
    return 0;
fail:
    free_stage(a);
    return -1;
}

int vd_alerting_reload(vd_alerting *a, const vd_config *cfg, char *err, size_t errlen)
{
    vi_rules *r;
    vi_silences *s;
    if (!a)
        return 0;
    if (load_sets(cfg, &r, &s, err, errlen) < 0)
        return -1;
    pthread_mutex_lock(&a->mu);
    vi_rules_free(a->next_rules);
    vi_silences_free(a->next_sil);
    a->next_rules = r;
    a->next_sil = s;
    a->has_next = 1;
    pthread_mutex_unlock(&a->mu);
    vd_log(LOG_NOTICE, "alerting: reloaded %zu rule(s), %zu inhibition(s), %zu silence(s)",
           r->n_rules, r->n_inhibits, s->n);
    return 0;
}

int vd_alerting_failed(vd_alerting *a)
{
    return a && atomic_load(&a->failed);
}

void vd_alerting_stop(vd_alerting *a)
{
    if (!a)
        return;
    atomic_store(&a->stop, 1);
    if (a->started)
        pthread_join(a->thr, NULL);
    vd_log(LOG_INFO, "alerting: stopped: %llu event(s), %llu alert(s) sent, %llu muted",
           a->n_events, a->n_alerts, a->n_muted);
    free_stage(a);
}
