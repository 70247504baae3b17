/*
 * vd_alerting.c - the incident and alert stage (see vd_alerting.h).
 *
 * One thread owns everything here: the group consumer of the events topic
 * (consumers/vd_consumer), the producer (producers/vd_records), the restore
 * reader (consumers/vd_reader), the incident store and the active rules.  The only shared
 * state is the hand-over slot for reloaded rules and silences (a mutex), and
 * two flags (stop, failed).  librdkafka callbacks (rebalance, delivery
 * reports) run inside the polls of this thread, so they touch the store and
 * the offset tracker without locks, like vd_daemon.c does for its clients.
 *
 * Delivery: each event's incident record carries the event's input offset as
 * its token; the delivery report marks it done and the consumer decides what
 * may be stored (the finished prefix).  Alerts and lifecycle-only incident
 * records carry no offset: the lifecycle state is in the incident record and
 * the alert log, both read back on assignment.  A record that cannot be
 * delivered after librdkafka's retries is fatal: the stage stops without
 * committing and vigild exits non-zero.
 *
 * Exactly-once (delivery.guarantee = exactly_once; KIP-447, vd_txn.h): the
 * producer is transactional with a transactional.id of its own (the
 * events path's, + "-alerting"), initialised before the stage joins its
 * group, so a restart first aborts what a killed process left open.  Every
 * record - incident states, tombstones, alerts - goes into the open
 * transaction, and an event is done as soon as its record is in it (its
 * offset is committed with it).  Every delivery.transaction_ms, before
 * partitions are revoked, before a restore and at stop, the transaction
 * is committed with the positions of every owned partition and the
 * group's metadata: a member fenced by a rebalance cannot commit, even a
 * transaction holding alerts only (the positions of partitions not read
 * since their assignment are their committed offsets, asked for then).
 * A lost assignment aborts the transaction.  Reads are read_committed:
 * the events, and the restore (a stable read, vd_reader.h), so state and
 * committed offsets always match: what was sent before a crash is either
 * in the restored state or invisible to every reader.
 */
#include "vd_alerting.h"
#include "vc_io.h"
#include "vd_canon.h"
#include "vd_consumer.h"
#include "vd_log.h"
#include "vd_reader.h"
#include "vd_records.h"
#include "vd_stats.h"
#include "vd_txn.h"
#include "vi_alert.h"
#include "vk_check.h"
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
    const vd_config *cfg;  /* borrowed: the daemon's config outlives the stage */
    const vk_props *kafka; /* borrowed, likewise */
    vd_consumer *cons;
    vd_records *prod;
    vi_store *store;
    vi_rules *rules;
    vi_silences *sil;
    vd_canon *canon; /* actor names, loaded and swapped with the rules */
    vi_alert_cfg acfg;
    char silences_path[1024];
    struct timespec sil_mtime;
    long long last_sil_check, last_expire;
    int need_publish;
    /* hand-over of reloaded sets (main thread -> stage thread) */
    pthread_mutex_t mu;
    vi_rules *next_rules;
    vi_silences *next_sil;
    vd_canon *next_canon;
    int has_next;
    pthread_t thr;
    int started;
    atomic_int stop, failed;
    unsigned long long n_events, n_alerts, n_muted, n_background;
    /* exactly-once (txn_id[0] != 0): records in the open transaction, the
     * committable position of every owned partition, when last committed */
    char txn_id[600];
    int txn_dirty, pos_changed;
    rd_kafka_topic_partition_list_t *pos;
    long long last_txn;
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

/* Rules, silences and (when c is not NULL) actor names: all or nothing. */
static int load_sets(const vd_config *cfg, vi_rules **r, vi_silences **s, vd_canon **c, char *err,
                     size_t errlen)
{
    char path[1024];
    vd_alerting_rules_path(cfg, path, sizeof(path));
    *r = NULL;
    *s = NULL;
    if (vi_rules_load(path, (size_t)cfg->alerts_max_rules, r, err, errlen) < 0)
        return -1;
    if (vi_silences_load(cfg->silences_file, (size_t)cfg->alerts_max_rules, s, err, errlen) < 0 ||
        (c && vd_canon_load(vc_knowledge_dir(cfg->knowledge_dir), c, err, errlen) < 0)) {
        vi_rules_free(*r);
        vi_silences_free(*s);
        *r = NULL;
        *s = NULL;
        return -1;
    }
    return 0;
}

int vd_alerting_check(const vd_config *cfg, char *err, size_t errlen)
{
    vi_rules *r;
    vi_silences *s;
    if (load_sets(cfg, &r, &s, NULL, err, errlen) < 0)
        return -1;
    vi_rules_free(r);
    vi_silences_free(s);
    return 0;
}

/* ------------------------------------------------------------ output */

/* CloudEvents attributes of a record published now (time in buf). */
static const vd_ce *ce_attrs(vd_ce *ce, char *buf, size_t n, const char *id, const char *source,
                             const char *type)
{
    vi_format_time(now_ms(), buf, n);
    *ce = (vd_ce){id, source, type, buf};
    return ce;
}

/* Produce one record (value NULL = tombstone, ce then unused). */
static int produce(vd_alerting *a, const char *topic, const char *key, const char *val, size_t len,
                   const vd_ce *ce, void *opaque)
{
    a->txn_dirty = 1;
    return vd_records_send(a->prod, topic, key, val, len, ce, opaque);
}

/* ------------------------------------------------------------ transactions */

/* Exactly-once: the positions done since the last call join a->pos. */
static void note_positions(vd_alerting *a, const rd_kafka_topic_partition_list_t *l)
{
    for (int i = 0; l && i < l->cnt; i++) {
        if (l->elems[i].offset < 0)
            continue;
        rd_kafka_topic_partition_t *tp =
            rd_kafka_topic_partition_list_find(a->pos, l->elems[i].topic, l->elems[i].partition);
        if (!tp)
            tp =
                rd_kafka_topic_partition_list_add(a->pos, l->elems[i].topic, l->elems[i].partition);
        tp->offset = l->elems[i].offset;
        a->pos_changed = 1;
    }
}

/* Exactly-once: commit the open transaction (records and positions) and
 * begin the next; nothing when neither changed.  A failure is fatal: the
 * transaction is aborted on the way out or by the next start. */
static void txn_point(vd_alerting *a)
{
    a->last_txn = now_ms();
    if (!a->txn_id[0] || atomic_load(&a->failed))
        return;
    rd_kafka_topic_partition_list_t *done = vd_consumer_take(a->cons);
    note_positions(a, done);
    if (done)
        rd_kafka_topic_partition_list_destroy(done);
    if (!a->txn_dirty && !a->pos_changed)
        return;
    if (vd_txn_commit(vd_records_handle(a->prod), vd_consumer_handle(a->cons), a->pos,
                      (int)a->cfg->shutdown_timeout_ms) < 0)
        atomic_store(&a->failed, 1);
    a->txn_dirty = a->pos_changed = 0;
}

static int publish_incident(vd_alerting *a, vi_incident *inc, pend *p)
{
    char ceid[64], src[64], t[40];
    vd_ce ce;
    size_t len;
    char *json = vi_incident_to_json(inc, &len);
    if (!json) {
        free(p);
        return -1;
    }
    snprintf(ceid, sizeof(ceid), "%s.%u", inc->id, inc->version);
    snprintf(src, sizeof(src), "vigil/incident/%s", inc->id);
    int rc = produce(a, a->cfg->incidents_topic, inc->id, json, len,
                     ce_attrs(&ce, t, sizeof(t), ceid, src, "org.vigil.incident.v1"), p);
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
    vd_consumer_done(a->cons, part, epoch, off);
}

/* A record settled (vd_records_fn, inside the producer's polls). */
static void delivered(void *ctx, void *token, const char *topic, const char *why)
{
    vd_alerting *a = ctx;
    pend *p = token;
    if (why) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL, "alerting: delivery to %s failed: %s", topic, why);
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
    char src[64], t[40];
    vd_ce ce;
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
                     ce_attrs(&ce, t, sizeof(t), al->id, src, "org.vigil.alert.v1"), NULL);
    if (rc == 0 && strcmp(topic, a->cfg->alerts_topic) != 0) {
        /* the alert log is the default alerts topic: a routed alert (its
         * "route" says where it went) is logged there too, so that a
         * restart does not send it again */
        rc = produce(a, a->cfg->alerts_topic, al->inc->id, json, len,
                     ce_attrs(&ce, t, sizeof(t), al->id, src, "org.vigil.alert.v1"), NULL);
    }
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
    const int32_t *parts;
    size_t n_parts;
    long long horizon;
    size_t n_incidents, n_alerts;
} restore_ctx;

static int owned(const restore_ctx *rc, int partition)
{
    for (size_t i = 0; i < rc->n_parts; i++)
        if (rc->parts[i] == partition)
            return 1;
    return 0;
}

static void restore_incident(void *ctx, const rd_kafka_message_t *m)
{
    restore_ctx *rc = ctx;
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

static void restore_alert(void *ctx, const rd_kafka_message_t *m)
{
    restore_ctx *rc = ctx;
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

/* Rebuild the incidents of newly assigned partitions (vd_consumer_cbs
 * assigning: before the partitions are consumed). */
static void restore(void *ctx, const int32_t *parts, size_t n)
{
    vd_alerting *a = ctx;
    char err[512], group[300];
    long long window_ms = a->cfg->incident_window_hours * 3600LL * 1000LL;
    restore_ctx rc = {a, parts, n, now_ms() - window_ms, 0, 0};
    long long wait_ms = a->cfg->shutdown_timeout_ms;
    vd_reader *rd;
    if (atomic_load(&a->stop) || atomic_load(&a->failed)) {
        /* an assignment that arrives while the stage stops (the consumer
         * waits for it before closing, vd_consumer.c): nothing will be
         * consumed, so nothing is read back */
        vd_log(LOG_INFO, "alerting: stopping: %zu assigned partition(s) not restored", n);
        return;
    }
    if (a->txn_id[0]) {
        /* our own open transaction would hold back the stable read; and a
         * transaction of an instance that vanished holds it until the
         * broker aborts it (transaction.timeout.ms) */
        txn_point(a);
        wait_ms += vd_txn_timeout_ms(vd_records_handle(a->prod));
    }
    long long t0 = now_ms(), deadline = t0 + wait_ms;
    snprintf(group, sizeof(group), "%s-restore", a->cfg->alerts_group_id);
    if (vd_reader_new(a->kafka, group, "vigild-alerting-restore", a->txn_id[0] != 0, &rd, err,
                      sizeof(err)) < 0) {
        vd_log(LOG_ERR, "alerting: restore consumer: %s", err);
        atomic_store(&a->failed, 1);
        return;
    }
    if (vd_reader_read(rd, a->cfg->incidents_topic, 0, deadline, restore_incident, &rc) < 0 ||
        vd_reader_read(rd, a->cfg->alerts_topic, rc.horizon, deadline, restore_alert, &rc) < 0) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL,
                  "alerting: cannot rebuild incident state from %s and %s within %lld ms",
                  a->cfg->incidents_topic, a->cfg->alerts_topic, wait_ms);
        atomic_store(&a->failed, 1);
    }
    vd_reader_free(rd);
    if (a->txn_id[0]) { /* the positions to commit before any event is read */
        rd_kafka_topic_partition_list_t *l =
            vd_consumer_committed(a->cons, parts, n, (int)(deadline - now_ms()));
        note_positions(a, l);
        if (l)
            rd_kafka_topic_partition_list_destroy(l);
    }
    /* a stable read waits for the transactions open when it began: a long
     * one points at a vanished instance's (transaction.timeout.ms) */
    vd_log(LOG_INFO,
           "alerting: restored %zu incident(s) and %zu logged alert(s) for %zu partition(s) in "
           "%lld ms",
           rc.n_incidents, rc.n_alerts, n, now_ms() - t0);
}

/* ------------------------------------------------------------ rebalance */

/* Settle the outputs of partitions going away, so that their offsets are
 * stored before the consumer commits (vd_consumer_cbs drain). */
static void drain(void *ctx, const int32_t *parts, size_t n)
{
    vd_alerting *a = ctx;
    (void)parts;
    (void)n;
    if (a->txn_id[0]) { /* KIP-447: commit before the partitions go */
        if (a->need_publish && publish_dirty(a) < 0)
            atomic_store(&a->failed, 1);
        txn_point(a);
        return;
    }
    vd_records_flush(a->prod, (int)a->cfg->shutdown_timeout_ms);
}

static void revoked(void *ctx, const int32_t *parts, size_t n, int lost)
{
    vd_alerting *a = ctx;
    if (lost && a->txn_id[0] && !atomic_load(&a->failed)) {
        /* the transaction holds work of partitions that are someone else's
         * now: abort it; the next owner restores from what was committed
         * (with eager assignment every partition goes, so no state of an
         * aborted record stays) */
        vd_log(LOG_WARNING, "alerting: partitions lost; the open transaction is aborted");
        if (vd_txn_restart(vd_records_handle(a->prod), (int)a->cfg->shutdown_timeout_ms) < 0)
            atomic_store(&a->failed, 1);
        a->txn_dirty = 0;
    }
    for (size_t i = 0; i < n; i++) {
        vi_store_drop_partition(a->store, parts[i]);
        if (a->pos && rd_kafka_topic_partition_list_del(a->pos, a->cfg->events_topic, parts[i]))
            a->pos_changed = 1;
    }
}

/* ------------------------------------------------------------ main loop */

static void on_event(vd_alerting *a, const rd_kafka_message_t *m)
{
    char err[256];
    vi_event ev = {0};
    vi_incident *inc;
    uint64_t epoch = vd_consumer_track(a->cons, m->partition, m->offset);
    if (!epoch)
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
    rd_kafka_timestamp_type_t tstype;
    int64_t ts = rd_kafka_message_timestamp(m, &tstype);
    ev.seen_ms = ts >= 0 ? ts : now; /* the record's time: the same when reprocessed */
    vd_canon_event(a->canon, &ev);
    if (vi_event_background(&ev, vi_store_limits(a->store)))
        a->n_background++;
    int ch = vi_store_add(a->store, &ev, now, &inc);
    if (ch == -ENOMEM) {
        vd_log_id(LOG_CRIT, VD_MID_FATAL, "alerting: out of memory");
        atomic_store(&a->failed, 1);
        return;
    }
    if (ch <= 0) { /* background, no country, or nothing new */
        mark_done(a, m->partition, epoch, m->offset);
        return;
    }
    vi_alert_note_change(inc, (unsigned)ch, now, &a->acfg);
    if (a->txn_id[0]) { /* done once its record is in the open transaction */
        if (publish_incident(a, inc, NULL) < 0)
            atomic_store(&a->failed, 1);
        else
            mark_done(a, m->partition, epoch, m->offset);
        return;
    }
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
        /* the store borrows the groups: give it the new ones before freeing the old */
        vi_store_set_groups(a->store, a->next_rules->groups, a->next_rules->n_groups);
        vi_rules_free(a->rules);
        vi_silences_free(a->sil);
        vd_canon_free(a->canon);
        a->rules = a->next_rules;
        a->sil = a->next_sil;
        a->canon = a->next_canon;
        a->next_rules = NULL;
        a->next_sil = NULL;
        a->next_canon = NULL;
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
    rd_kafka_message_t *m = vd_consumer_poll(a->cons, timeout);
    if (m) {
        if (!m->err) {
            on_event(a, m);
        } else if (vk_check_fatal(m->err)) { /* no retry fixes a password or an ACL */
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
    vd_records_poll(a->prod, 0);
    vd_consumer_store(a->cons); /* offsets acknowledged in this turn, together */
    if (a->txn_id[0] && now_ms() - a->last_txn >= a->cfg->transaction_ms)
        txn_point(a);
}

static void *run(void *arg)
{
    vd_alerting *a = arg;
    while (!atomic_load(&a->stop) && !atomic_load(&a->failed)) {
        take_new_sets(a);
        check_silences(a, now_ms());
        step(a);
    }
    if (atomic_load(&a->failed)) { /* never commit after a failure: the input is reprocessed */
        if (a->txn_id[0])          /* visible to no reader, now */
            vd_txn_abort(vd_records_handle(a->prod), 5000);
        return NULL;
    }
    /* finish in-flight outputs (their delivery reports store offsets), commit, leave */
    if (a->need_publish)
        publish_dirty(a);
    txn_point(a); /* exactly-once: the outputs and positions, together */
    int left = vd_records_flush(a->prod, (int)a->cfg->shutdown_timeout_ms);
    if (left > 0)
        vd_log(LOG_WARNING, "alerting: %d output(s) not acknowledged at shutdown", left);
    vd_consumer_commit(a->cons); /* a failure is logged */
    vd_consumer_close(a->cons, (int)a->cfg->shutdown_timeout_ms);
    return NULL;
}

/* ------------------------------------------------------------ setup */

static int new_clients(vd_alerting *a, char *err, size_t errlen)
{
    vd_records_opts ro = {.kafka = a->kafka,
                          .client_id = "vigild-alerting",
                          .who = "alerting: ",
                          .delivered = delivered,
                          .ctx = a,
                          .transactional_id = a->txn_id[0] ? a->txn_id : NULL};
    vd_consumer_opts co = {
        .kafka = a->kafka,
        .kind = VD_CONSUMER_STAGE,
        .client_id = "vigild-alerting",
        .group = a->cfg->alerts_group_id,
        .topic = a->cfg->events_topic,
        .who = "alerting: ",
        .transactional = a->txn_id[0] != 0,
        .cbs = {.ctx = a, .assigning = restore, .drain = drain, .revoked = revoked}};
    /* the incidents (compacted) and alerts topics, as many partitions as the events topic */
    vd_topic_spec topics[] = {{a->cfg->incidents_topic, 1}, {a->cfg->alerts_topic, 0}};
    if (vd_records_new(&ro, &a->prod, err, errlen) < 0)
        return -1;
    vd_records_create_topics(a->prod, a->cfg->events_topic, topics, 2);
    /* exactly-once: before joining, so that what a killed process left open
     * is aborted before the first restore reads */
    if (a->txn_id[0]) {
        if (vd_txn_init(vd_records_handle(a->prod), 30000, err, errlen) < 0)
            return -1;
        a->last_txn = now_ms();
        if (!(a->pos = rd_kafka_topic_partition_list_new(8))) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    /* created, or there already: else the principal may not create them */
    const char *names[] = {a->cfg->incidents_topic, a->cfg->alerts_topic};
    return vd_consumer_new(&co, &a->cons, err, errlen) < 0 ||
                   vk_check_topics(vd_consumer_handle(a->cons), names, 2, 10000, err, errlen) < 0 ||
                   vd_consumer_subscribe(a->cons, err, errlen) < 0
               ? -1
               : 0;
}

static void free_stage(vd_alerting *a)
{
    vd_consumer_free(a->cons); /* never commits on the way down */
    vd_records_free(a->prod);
    if (a->pos)
        rd_kafka_topic_partition_list_destroy(a->pos);
    vi_store_free(a->store);
    vi_rules_free(a->rules);
    vi_silences_free(a->sil);
    vi_rules_free(a->next_rules);
    vi_silences_free(a->next_sil);
    vd_canon_free(a->canon);
    vd_canon_free(a->next_canon);
    pthread_mutex_destroy(&a->mu);
    free(a);
}

int vd_alerting_start(const vd_config *cfg, const vk_props *kafka, const char *txn_id,
                      vd_alerting **out, char *err, size_t errlen)
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
    a->kafka = kafka;
    if (txn_id)
        snprintf(a->txn_id, sizeof(a->txn_id), "%s-alerting", txn_id);
    a->acfg.group_wait_ms = cfg->alerts_group_wait_ms;
    lim.max_incidents = (size_t)cfg->incidents_max;
    lim.max_sources = (unsigned)cfg->incidents_max_sources;
    lim.window_hours = cfg->incident_window_hours;
    lim.distance_km = (double)cfg->incident_distance_km;
    lim.background_days = cfg->incident_background_days;
    snprintf(a->silences_path, sizeof(a->silences_path), "%s",
             cfg->silences_file ? cfg->silences_file : "");
    if (vi_store_new(&lim, &a->store) < 0) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    if (load_sets(cfg, &a->rules, &a->sil, &a->canon, err, errlen) < 0 ||
        new_clients(a, err, errlen) < 0)
        goto fail;
    vi_store_set_groups(a->store, a->rules->groups, a->rules->n_groups);
    /* said before the thread starts: from then on the sets are its own (a
     * changed silences file replaces a->sil at once; ThreadSanitizer caught
     * this line reading it after the thread had freed it) */
    vd_log(LOG_NOTICE,
           "alerting: %zu rule(s), %zu inhibition(s), %zu incident group(s) from %s; %zu "
           "silence(s); group %s on %s, incidents to %s, alerts to %s, group wait %lld ms",
           a->rules->n_rules, a->rules->n_inhibits, a->rules->n_groups,
           vd_alerting_rules_path(cfg, path, sizeof(path)), a->sil->n, cfg->alerts_group_id,
           cfg->events_topic, cfg->incidents_topic, cfg->alerts_topic, cfg->alerts_group_wait_ms);
    if (a->txn_id[0])
        vd_log(LOG_NOTICE,
               "alerting: exactly-once: transactional.id %s, a transaction every %lld ms",
               a->txn_id, cfg->transaction_ms);
    if (pthread_create(&a->thr, NULL, run, a) != 0) {
        snprintf(err, errlen, "alerting: cannot start its thread");
        goto fail;
    }
    a->started = 1;
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
    vd_canon *c;
    if (!a)
        return 0;
    if (load_sets(cfg, &r, &s, &c, err, errlen) < 0)
        return -1;
    pthread_mutex_lock(&a->mu);
    vi_rules_free(a->next_rules);
    vi_silences_free(a->next_sil);
    vd_canon_free(a->next_canon);
    a->next_rules = r;
    a->next_sil = s;
    a->next_canon = c;
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
    vd_log(LOG_INFO,
           "alerting: stopped: %llu event(s) (%llu background), %llu alert(s) sent, %llu muted",
           a->n_events, a->n_background, a->n_alerts, a->n_muted);
    free_stage(a);
}
