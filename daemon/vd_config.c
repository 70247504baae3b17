/*
 * vd_config.c - configuration table, parser and printer (see vd_config.h).
 *
 * Design note (after Redis's config.c): every key lives in one table row with
 * its type, default, bounds and help, and generic code does parsing,
 * validation, printing and the example file.  Adding a key is one row.
 * Parsing is strict: unknown keys, bad values and out-of-range numbers are
 * errors that name the file, the line and the key.  One comment rule for
 * every line: '#' (or ';') at the start of a line, or '#' after a space or
 * tab anywhere outside double quotes, starts a comment; a value that must
 * hold " #" is quoted.  (A topic used to become "news.articles # the input"
 * while the same comment after a number was an error.)
 */
#include "vd_config.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <librdkafka/rdkafka.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

typedef enum { T_STR, T_LL, T_SIZE, T_UINT, T_BOOL, T_LOGLEVEL, T_GUARANTEE } vtype;

typedef struct row {
    const char *key;
    vtype type;
    size_t off;
    const char *def;
    long long min, max;
    const char *help;
} row;

#define OFF(f) offsetof(vd_config, f)
#define MiB (1024LL * 1024)

static const row table[] = {
    {"input.topic", T_STR, OFF(input_topic), "news.articles", 0, 0, "topic articles are read from"},
    {"output.events_topic", T_STR, OFF(events_topic), "news.events", 0, 0,
     "topic extracted events are published to"},
    {"output.deadletter_topic", T_STR, OFF(deadletter_topic), "news.deadletter", 0, 0,
     "topic undecodable messages are copied to, unchanged, with error headers"},
    {"output.deadletter_max_bytes", T_LL, OFF(deadletter_max_bytes), "900000", 1024, 1000000000,
     "largest dead-letter copy; a larger input is copied truncated, with its original size "
     "in a header (keep below the topic's max.message.bytes)"},
    {"consumer.group", T_STR, OFF(group_id), "vigil", 0, 0, "Kafka consumer group id"},
    {"delivery.guarantee", T_GUARANTEE, OFF(delivery_guarantee), "at_least_once", 0, 0,
     "at_least_once | exactly_once: exactly_once publishes in Kafka transactions with the "
     "input offsets in them (KIP-447); readers of the outputs must read committed"},
    {"delivery.transactional_id", T_STR, OFF(transactional_id), "", 0, 0,
     "exactly_once: this instance's transactional.id, unique per running instance and the "
     "same across its restarts (its alert stage uses it + \"-alerting\"); empty = "
     "vigild-<consumer.group>-<host name>"},
    {"delivery.transaction_ms", T_LL, OFF(transaction_ms), "1000", 10, 600000,
     "exactly_once: how often the open transaction is committed (outputs become visible "
     "then; work in flight is finished first)"},
    {"output.queue_max", T_LL, OFF(producer_queue_max), "20000", 100, 10000000,
     "output records in flight before input is paused (back-pressure)"},
    {"workers", T_LL, OFF(workers), "0", 0, 256, "worker threads; 0 = one per core"},
    {"queue.depth", T_LL, OFF(queue_depth), "256", 1, 1000000,
     "articles queued for workers before input is paused"},
    {"shutdown.timeout_ms", T_LL, OFF(shutdown_timeout_ms), "10000", 100, 600000,
     "bound on finishing in-flight work, flushing and committing at shutdown"},
    {"events.historical", T_BOOL, OFF(publish_historical), "false", 0, 1,
     "also publish background (historical) events"},
    {"knowledge.dir", T_STR, OFF(knowledge_dir), "", 0, 0,
     "knowledge data directory; empty = $VIGIL_KNOWLEDGE, else ./knowledge if present, else the "
     "knowledge/ of vigild's build tree, else the installed one"},
    {"limits.message_bytes", T_SIZE, OFF(pipeline.env.max_bytes), "8388608", 1024, 1024 * MiB,
     "largest input message accepted"},
    {"limits.json_depth", T_UINT, OFF(pipeline.env.max_depth), "32", 2, 1000,
     "deepest JSON nesting accepted in an envelope"},
    {"limits.article_bytes", T_SIZE, OFF(pipeline.lim.max_input_bytes), "4194304", 1024, 1024 * MiB,
     "largest article body (text or HTML) cleaned"},
    {"limits.output_bytes", T_SIZE, OFF(pipeline.lim.max_output_bytes), "1048576", 1024, 256 * MiB,
     "largest clean body produced"},
    {"limits.dom_depth", T_UINT, OFF(pipeline.lim.max_dom_depth), "512", 8, 100000,
     "deepest HTML nesting accepted"},
    {"limits.dom_nodes", T_UINT, OFF(pipeline.lim.max_dom_nodes), "200000", 100, 100000000,
     "most HTML nodes accepted"},
    {"limits.tokens", T_UINT, OFF(pipeline.lim.max_tokens), "200000", 100, 100000000,
     "tokens examined per article by extraction"},
    {"limits.events", T_UINT, OFF(pipeline.lim.max_events), "64", 1, 10000,
     "events kept per article"},
    {"alerts.enabled", T_BOOL, OFF(alerts_enabled), "true", 0, 1,
     "correlate events into incidents and publish alerts"},
    {"output.incidents_topic", T_STR, OFF(incidents_topic), "news.incidents", 0, 0,
     "compacted topic holding the state of every incident, keyed by incident id"},
    {"output.alerts_topic", T_STR, OFF(alerts_topic), "news.alerts", 0, 0,
     "default topic alerts are routed to (a rule may name another)"},
    {"alerts.group", T_STR, OFF(alerts_group_id), "vigil-alerts", 0, 0,
     "consumer group of the incident and alert stage (reads the events topic)"},
    {"alerts.rules_file", T_STR, OFF(alert_rules_file), "", 0, 0,
     "alert rules; empty = alert-rules.conf in the knowledge directory"},
    {"alerts.silences_file", T_STR, OFF(silences_file), "", 0, 0,
     "silences (matchers with an expiry); empty = none"},
    {"alerts.group_wait_ms", T_LL, OFF(alerts_group_wait_ms), "30000", 0, 3600000,
     "wait for corroboration before the first alert of an incident"},
    {"incidents.window_hours", T_LL, OFF(incident_window_hours), "72", 1, 24 * 90,
     "events whose dates are this close can join one incident"},
    {"incidents.distance_km", T_LL, OFF(incident_distance_km), "50", 0, 2000,
     "events whose places are this close can join one incident"},
    {"incidents.background_days", T_LL, OFF(incident_background_days), "30", 0, 3650,
     "an event dated this many days before its article's publication is background (0 = off)"},
    {"incidents.max", T_LL, OFF(incidents_max), "10000", 10, 10000000,
     "incidents kept in memory per instance (the least recently updated is evicted)"},
    {"incidents.max_sources", T_LL, OFF(incidents_max_sources), "50", 1, 10000,
     "sources listed per incident (more are counted, not listed)"},
    {"alerts.max_rules", T_LL, OFF(alerts_max_rules), "500", 1, 100000,
     "most rules, inhibitions and groups in the rules file (and silences in the silences file)"},
    {"embedded.enabled", T_STR, OFF(embedded_enabled), "auto", 0, 0,
     "start the embedded in-memory broker when no kafka.bootstrap.servers is set: auto = yes, "
     "except under systemd (NOTIFY_SOCKET set, or INVOCATION_ID with stderr not a terminal), "
     "where vigild refuses to start; true = also under systemd; false = never"},
    {"embedded.partitions", T_LL, OFF(embedded_partitions), "3", 1, 64,
     "partitions per topic of the embedded broker (used when no bootstrap servers are set)"},
    {"embedded.bootstrap_file", T_STR, OFF(embedded_bootstrap_file), "", 0, 0,
     "write the embedded broker's address to this file (for tools and the demo)"},
    {"log.level", T_LOGLEVEL, OFF(log_level), "info", 0, 0,
     "debug | info | notice | warning | err"},
    {"http.listen", T_STR, OFF(http_listen), "127.0.0.1", 0, 0,
     "address of the metrics and health listener"},
    {"http.port", T_LL, OFF(http_port), "0", 0, 65535,
     "port of the metrics and health listener; 0 = off"},
    {"http.max_connections", T_LL, OFF(http_max_connections), "256", 4, 65536,
     "HTTP connections held at once; a newcomer over it displaces the oldest one still "
     "sending its request head"},
    {"http.max_connections_per_ip", T_LL, OFF(http_max_per_ip), "16", 1, 65536,
     "HTTP connections per client address; a newcomer over it displaces that address's "
     "oldest one still sending its request head"},
    {"http.reserved_connections", T_LL, OFF(http_reserved), "8", 1, 1024,
     "HTTP connections beyond the limits, answering only /healthz and /readyz (503 otherwise)"},
    {"http.header_timeout_ms", T_LL, OFF(http_header_timeout_ms), "2000", 100, 60000,
     "time a client has to send its whole HTTP request head, from connecting"},
    {"http.reply_timeout_ms", T_LL, OFF(http_reply_timeout_ms), "10000", 100, 600000,
     "time a client has to read an HTTP reply"},
    {"http.max_header_bytes", T_LL, OFF(http_max_header_bytes), "8192", 1024, 65536,
     "largest HTTP request head (414 when the request line alone is longer, else 431)"},
    {"queue.max_bytes", T_LL, OFF(queue_max_bytes), "50331648", MiB, 65536 * MiB,
     "memory the articles queued for or running in the workers may take, each counted at 10 "
     "times its size (what cleaning an HTML page takes), before input waits (and, after a "
     "second, pauses); an article that counts more is taken alone once the workers are idle"},
    {"output.max_bytes", T_LL, OFF(output_max_bytes), "33554432", MiB, 65536 * MiB,
     "bytes of output records awaiting acknowledgement before input is paused"},
    {"debug.worker_stall_ms", T_LL, OFF(debug_worker_stall_ms), "0", 0, 600000,
     "TEST ONLY: each worker sleeps this long before every article (watchdog tests)"},
};
#define NROWS (sizeof(table) / sizeof(table[0]))

static const struct {
    const char *name;
    int level;
} levels[] = {{"debug", LOG_DEBUG},     {"info", LOG_INFO}, {"notice", LOG_NOTICE},
              {"warning", LOG_WARNING}, {"err", LOG_ERR},   {"error", LOG_ERR}};

static const row *find_row(const char *key)
{
    for (size_t i = 0; i < NROWS; i++)
        if (strcmp(table[i].key, key) == 0)
            return &table[i];
    return NULL;
}

static int parse_bool(const char *v, int *out)
{
    if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on") || !strcmp(v, "1"))
        *out = 1;
    else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "off") || !strcmp(v, "0"))
        *out = 0;
    else
        return -1;
    return 0;
}

static int parse_ll(const char *v, long long *out)
{
    char *end;
    errno = 0;
    long long x = strtoll(v, &end, 10);
    if (errno || end == v)
        return -1;
    if (*end == 'k' || *end == 'K')
        x *= 1024, end++;
    else if (*end == 'm' || *end == 'M')
        x *= MiB, end++;
    if (*end)
        return -1;
    *out = x;
    return 0;
}

/* Values some string keys must take (checked as they are set). */
static int check_str(const row *r, const char *v, char *msg, size_t msglen)
{
    unsigned char addr[sizeof(struct in6_addr)];
    if (strcmp(r->key, "embedded.enabled") == 0 && strcmp(v, "auto") != 0 &&
        strcmp(v, "true") != 0 && strcmp(v, "false") != 0) {
        snprintf(msg, msglen, "expected auto, true or false, got \"%s\"", v);
        return -1;
    }
    if (strcmp(r->key, "http.listen") == 0 && inet_pton(AF_INET, v, addr) != 1 &&
        inet_pton(AF_INET6, v, addr) != 1) {
        snprintf(msg, msglen, "\"%s\" is not a numeric IPv4 or IPv6 address", v);
        return -1;
    }
    return 0;
}

/* Set one table key from its text value. */
static int set_row(vd_config *c, const row *r, const char *v, char *msg, size_t msglen)
{
    char *base = (char *)c;
    long long x = 0;
    int b;
    switch (r->type) {
    case T_STR: {
        if (check_str(r, v, msg, msglen) < 0)
            return -1;
        char *s = strdup(v);
        if (!s)
            return -1;
        free(*(char **)(base + r->off));
        *(char **)(base + r->off) = s;
        return 0;
    }
    case T_BOOL:
        if (parse_bool(v, &b) < 0) {
            snprintf(msg, msglen, "expected true or false, got \"%s\"", v);
            return -1;
        }
        *(int *)(base + r->off) = b;
        return 0;
    case T_LOGLEVEL:
        for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
            if (strcmp(v, levels[i].name) == 0) {
                c->log_level_num = levels[i].level;
                return set_row(c, &(row){r->key, T_STR, r->off, 0, 0, 0, 0}, v, msg, msglen);
            }
        }
        snprintf(msg, msglen, "unknown log level \"%s\"", v);
        return -1;
    case T_GUARANTEE:
        if (strcmp(v, "at_least_once") && strcmp(v, "exactly_once")) {
            snprintf(msg, msglen, "expected at_least_once or exactly_once, got \"%s\"", v);
            return -1;
        }
        c->exactly_once = strcmp(v, "exactly_once") == 0;
        return set_row(c, &(row){r->key, T_STR, r->off, 0, 0, 0, 0}, v, msg, msglen);
    default:
        if (parse_ll(v, &x) < 0) {
            snprintf(msg, msglen, "expected a number, got \"%s\"", v);
            return -1;
        }
        if (x < r->min || x > r->max) {
            snprintf(msg, msglen, "%lld is out of range [%lld, %lld]", x, r->min, r->max);
            return -1;
        }
        if (r->type == T_LL)
            *(long long *)(base + r->off) = x;
        else if (r->type == T_SIZE)
            *(size_t *)(base + r->off) = (size_t)x;
        else
            *(unsigned *)(base + r->off) = (unsigned)x;
        return 0;
    }
}

static int kv_push(vd_kv **arr, size_t *n, const char *key, const char *val, const char *origin)
{
    for (size_t i = 0; i < *n; i++) {
        if (strcmp((*arr)[i].key, key) == 0) {
            char *nv = strdup(val), *no = strdup(origin);
            if (!nv || !no) {
                free(nv);
                free(no);
                return -1;
            }
            free((*arr)[i].value);
            free((*arr)[i].origin);
            (*arr)[i].value = nv;
            (*arr)[i].origin = no;
            return 0;
        }
    }
    vd_kv *na = realloc(*arr, (*n + 1) * sizeof(**arr));
    if (!na)
        return -1;
    *arr = na;
    vd_kv *kv = &na[*n];
    kv->key = strdup(key);
    kv->value = strdup(val);
    kv->origin = strdup(origin);
    if (!kv->key || !kv->value || !kv->origin) {
        free(kv->key);
        free(kv->value);
        free(kv->origin);
        return -1;
    }
    (*n)++;
    return 0;
}

/* Validate a librdkafka property against a scratch configuration. */
static int kafka_check(const char *key, const char *val, char *msg, size_t msglen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_res_t res = rd_kafka_conf_set(conf, key, val, msg, msglen);
    rd_kafka_conf_destroy(conf);
    return res == RD_KAFKA_CONF_OK ? 0 : -1;
}

static int set_key(vd_config *c, const char *key, const char *val, const char *origin, char *err,
                   size_t errlen)
{
    char msg[512] = "";
    const row *r = find_row(key);
    if (r) {
        if (set_row(c, r, val, msg, sizeof(msg)) == 0)
            return 0;
        goto bad;
    }
    static const struct {
        const char *prefix;
        int side;
    } pfx[] = {{"kafka.consumer.", 1}, {"kafka.producer.", 2}, {"kafka.", 0}};
    for (size_t i = 0; i < 3; i++) {
        size_t pl = strlen(pfx[i].prefix);
        if (strncmp(key, pfx[i].prefix, pl) != 0 || !key[pl])
            continue;
        const char *k = key + pl;
        if (kafka_check(k, val, msg, sizeof(msg)) < 0)
            goto bad;
        int rc = pfx[i].side == 1   ? kv_push(&c->kafka_consumer, &c->n_consumer, k, val, origin)
                 : pfx[i].side == 2 ? kv_push(&c->kafka_producer, &c->n_producer, k, val, origin)
                                    : kv_push(&c->kafka_common, &c->n_common, k, val, origin);
        if (rc < 0)
            snprintf(msg, sizeof(msg), "out of memory");
        return rc < 0 ? (snprintf(err, errlen, "%s: %s: %s", origin, key, msg), -1) : 0;
    }
    snprintf(msg, sizeof(msg), "unknown key");
bad:
    snprintf(err, errlen, "%s: %s: %s", origin, key, msg[0] ? msg : "invalid value");
    return -1;
}

/* Cut a comment off a line: '#' after a space or tab, outside double
 * quotes (a line that starts with '#' or ';' is skipped before this). */
static void cut_comment(char *s)
{
    int quoted = 0;
    for (char *p = s; *p; p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == '#' && !quoted && p > s && (p[-1] == ' ' || p[-1] == '\t')) {
            *p = 0;
            return;
        }
    }
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = 0;
    return s;
}

static int load_file(vd_config *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    char line[4096], origin[4200];
    int lineno = 0, rc = 0;
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    while (rc == 0 && fgets(line, sizeof(line), f)) {
        lineno++;
        snprintf(origin, sizeof(origin), "%s:%d", path, lineno);
        if (!strchr(line, '\n') && !feof(f)) {
            snprintf(err, errlen, "%s: line longer than %zu bytes", origin, sizeof(line) - 2);
            rc = -1;
            break;
        }
        char *s = trim(line);
        if (!*s || *s == '#' || *s == ';')
            continue;
        cut_comment(s);
        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(err, errlen, "%s: expected \"key = value\"", origin);
            rc = -1;
            break;
        }
        *eq = 0;
        char *key = trim(s), *val = trim(eq + 1);
        size_t vl = strlen(val);
        if (vl >= 2 && val[0] == '"' && val[vl - 1] == '"') {
            val[vl - 1] = 0;
            val++;
        }
        if (!*key) {
            snprintf(err, errlen, "%s: empty key", origin);
            rc = -1;
            break;
        }
        rc = set_key(c, key, val, origin, err, errlen);
    }
    fclose(f);
    return rc;
}

/* VIGIL_INPUT_TOPIC -> input.topic for table keys (exact), VIGIL_KAFKA_X_Y -> kafka.x.y. */
static int load_env(vd_config *c, char **envp, char *err, size_t errlen)
{
    char name[256], origin[300];
    for (size_t i = 0; envp && envp[i]; i++) {
        const char *e = envp[i], *eq = strchr(e, '=');
        if (strncmp(e, "VIGIL_", 6) != 0 || !eq || (size_t)(eq - e) >= sizeof(name))
            continue;
        memcpy(name, e, (size_t)(eq - e));
        name[eq - e] = 0;
        snprintf(origin, sizeof(origin), "environment %s", name);
        const row *hit = NULL;
        for (size_t r = 0; r < NROWS && !hit; r++) {
            char want[256];
            size_t k = 0;
            for (const char *p = table[r].key; *p && k < sizeof(want) - 1; p++)
                want[k++] = (*p == '.') ? '_' : (char)toupper((unsigned char)*p);
            want[k] = 0;
            if (strcmp(name + 6, want) == 0)
                hit = &table[r];
        }
        char key[256];
        if (hit) {
            snprintf(key, sizeof(key), "%s", hit->key);
        } else if (strncmp(name + 6, "KAFKA_", 6) == 0) {
            size_t k = 0;
            for (const char *p = name + 6; *p && k < sizeof(key) - 1; p++)
                key[k++] = (*p == '_') ? '.' : (char)tolower((unsigned char)*p);
            key[k] = 0;
        } else {
            continue; /* VIGIL_KNOWLEDGE etc. belong to the tools */
        }
        if (set_key(c, key, eq + 1, origin, err, errlen) < 0)
            return -1;
    }
    return 0;
}

int vd_config_load(const char *path, char **envp, vd_config **out, char *err, size_t errlen)
{
    vd_config *c = calloc(1, sizeof(*c));
    *out = NULL;
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    vc_pipeline_opts_default(&c->pipeline);
    for (size_t i = 0; i < NROWS; i++) {
        if (set_key(c, table[i].key, table[i].def, "default", err, errlen) < 0)
            goto fail;
    }
    if (path) {
        if (!(c->path = strdup(path)))
            goto fail;
        if (load_file(c, path, err, errlen) < 0)
            goto fail;
    }
    if (load_env(c, envp, err, errlen) < 0)
        goto fail;
    *out = c;
    return 0;
fail:
    vd_config_free(c);
    return -1;
}

static void kv_free(vd_kv *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(a[i].key);
        free(a[i].value);
        free(a[i].origin);
    }
    free(a);
}

void vd_config_free(vd_config *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < NROWS; i++)
        if (table[i].type == T_STR || table[i].type == T_LOGLEVEL || table[i].type == T_GUARANTEE)
            free(*(char **)((char *)c + table[i].off));
    kv_free(c->kafka_common, c->n_common);
    kv_free(c->kafka_consumer, c->n_consumer);
    kv_free(c->kafka_producer, c->n_producer);
    free(c->path);
    free(c);
}

static const char *kv_get(const vd_kv *a, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(a[i].key, key) == 0)
            return a[i].value;
    return NULL;
}

const char *vd_config_kafka_get(const vd_config *c, const char *side, const char *key)
{
    const char *v = NULL;
    if (side && strcmp(side, "consumer") == 0)
        v = kv_get(c->kafka_consumer, c->n_consumer, key);
    else if (side && strcmp(side, "producer") == 0)
        v = kv_get(c->kafka_producer, c->n_producer, key);
    return v ? v : kv_get(c->kafka_common, c->n_common, key);
}

void vd_config_kafka_props(const vd_config *c, const char *bootstrap, vk_props *out)
{
    *out = (vk_props){.bootstrap = bootstrap,
                      .common = c->kafka_common,
                      .n_common = c->n_common,
                      .consumer = c->kafka_consumer,
                      .n_consumer = c->n_consumer,
                      .producer = c->kafka_producer,
                      .n_producer = c->n_producer};
}

int vd_config_kafka_default(vd_config *c, const char *side, const char *key, const char *value)
{
    if (vd_config_kafka_get(c, side, key))
        return 0; /* the operator's value wins */
    if (side && strcmp(side, "consumer") == 0)
        return kv_push(&c->kafka_consumer, &c->n_consumer, key, value, "default");
    if (side && strcmp(side, "producer") == 0)
        return kv_push(&c->kafka_producer, &c->n_producer, key, value, "default");
    return kv_push(&c->kafka_common, &c->n_common, key, value, "default");
}

int vd_config_is_secret(const char *key)
{
    static const char *const prefix[] = {"kafka.consumer.", "kafka.producer.", "kafka."};
    for (size_t i = 0; i < sizeof(prefix) / sizeof(prefix[0]); i++)
        if (strncmp(key, prefix[i], strlen(prefix[i])) == 0)
            return vk_prop_is_secret(key + strlen(prefix[i]));
    return vk_prop_is_secret(key);
}

int vd_config_use_embedded(const vd_config *c, char **envp, int on_tty, char *err, size_t errlen)
{
    const char *bs = vd_config_kafka_get(c, NULL, "bootstrap.servers");
    const char *under = NULL;
    if (bs && bs[0])
        return 0;
    if (strcmp(c->embedded_enabled, "false") == 0) {
        snprintf(err, errlen,
                 "no kafka.bootstrap.servers configured, and embedded.enabled = false: set the "
                 "brokers");
        return -1;
    }
    /* NOTIFY_SOCKET: a Type=notify service.  INVOCATION_ID alone is also
     * inherited by the shells of a desktop's terminal (itself a user
     * service), so it counts only when stderr is no terminal. */
    for (size_t i = 0; envp && envp[i]; i++) {
        if (strncmp(envp[i], "NOTIFY_SOCKET=", 14) == 0)
            under = "NOTIFY_SOCKET";
        else if (strncmp(envp[i], "INVOCATION_ID=", 14) == 0 && !on_tty && !under)
            under = "INVOCATION_ID";
    }
    if (under && strcmp(c->embedded_enabled, "true") != 0) {
        snprintf(err, errlen,
                 "no kafka.bootstrap.servers configured: under systemd (%s is set) vigild does not "
                 "start its embedded in-memory broker, which keeps nothing; set "
                 "kafka.bootstrap.servers in %s, or embedded.enabled = true to run it anyway",
                 under, c->path ? c->path : "the configuration");
        return -1;
    }
    return 1;
}

static void format_value(const vd_config *c, const row *r, char *buf, size_t n)
{
    const char *base = (const char *)c;
    switch (r->type) {
    case T_STR:
    case T_LOGLEVEL:
    case T_GUARANTEE: {
        const char *s = *(char *const *)(base + r->off);
        snprintf(buf, n, "%s", s ? s : "");
        break;
    }
    case T_BOOL:
        snprintf(buf, n, "%s", *(const int *)(base + r->off) ? "true" : "false");
        break;
    case T_LL:
        snprintf(buf, n, "%lld", *(const long long *)(base + r->off));
        break;
    case T_SIZE:
        snprintf(buf, n, "%zu", *(const size_t *)(base + r->off));
        break;
    case T_UINT:
        snprintf(buf, n, "%u", *(const unsigned *)(base + r->off));
        break;
    }
}

static void print_kv(FILE *f, const char *prefix, const vd_kv *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s%s = %s\n", prefix, a[i].key,
                vd_config_is_secret(a[i].key) ? "********" : a[i].value);
}

void vd_config_print(const vd_config *c, FILE *f)
{
    char buf[1024];
    fprintf(f, "# effective configuration (file: %s)\n", c->path ? c->path : "none");
    for (size_t i = 0; i < NROWS; i++) {
        format_value(c, &table[i], buf, sizeof(buf));
        fprintf(f, "%s = %s\n", table[i].key, vd_config_is_secret(table[i].key) ? "********" : buf);
    }
    print_kv(f, "kafka.", c->kafka_common, c->n_common);
    print_kv(f, "kafka.consumer.", c->kafka_consumer, c->n_consumer);
    print_kv(f, "kafka.producer.", c->kafka_producer, c->n_producer);
}

void vd_config_print_example(FILE *f)
{
    fputs("# vigild.conf - vigil daemon configuration (generated by `vigild --print-example`).\n"
          "# Format: key = value.  '#' starts a comment at the start of a line or after a\n"
          "# space or tab, outside double quotes (quote a value that holds \" #\").\n"
          "# Environment variables override the file: VIGIL_<KEY> with dots as\n"
          "# underscores (VIGIL_INPUT_TOPIC).\n"
          "#\n"
          "# Kafka: every librdkafka property can be given as kafka.<property> (both\n"
          "# clients), kafka.consumer.<property> or kafka.producer.<property>.\n"
          "# With no kafka.bootstrap.servers, vigild starts an embedded in-memory broker\n"
          "# for trying vigil out (nothing is persisted), but not under systemd unless\n"
          "# embedded.enabled = true.\n"
          "#kafka.bootstrap.servers = broker1:9092,broker2:9092\n"
          "# SASL/SCRAM over TLS (README, \"Security\"): the CA that signed the\n"
          "# brokers' certificates; vigild exits 1 on a wrong password or a missing\n"
          "# ACL.  SCRAM from librdkafka before 2.6.1 needs Kafka 3.x (4.x refuses it).\n"
          "#kafka.security.protocol = sasl_ssl\n"
          "#kafka.sasl.mechanisms = SCRAM-SHA-512\n"
          "#kafka.sasl.username = vigil\n"
          "#kafka.sasl.password = secret\n"
          "#kafka.ssl.ca.location = /etc/vigil/kafka-ca.pem\n\n",
          f);
    for (size_t i = 0; i < NROWS; i++) {
        const row *r = &table[i];
        fprintf(f, "# %s", r->help);
        if (r->type == T_LL || r->type == T_SIZE || r->type == T_UINT)
            fprintf(f, " [%lld..%lld]", r->min, r->max);
        fprintf(f, "\n#%s = %s\n\n", r->key, r->def);
    }
}
