/*
 * vigil_admin.c - `vigil topics`: wait for a cluster, create topics, list
 * them.
 *
 *   vigil topics --brokers B [--brokers-up N] [--create T]... [--partitions P]
 *                [--replication R] [--config K=V]... [--timeout S] [-X K=V]...
 *
 * A real Apache Kafka does not create topics when a client first names them
 * (auto.create.topics.enable=false, as in production), so the real-broker
 * tests and `make kafka` create vigild's topics with this command, through
 * librdkafka's admin API.  --brokers-up N waits until the cluster's metadata
 * lists N brokers (how tools/kafka/kafka knows a broker answers).  Created
 * topics are waited for until every partition has a leader, so the caller
 * can use them at once; a topic that already exists is fine.  Without
 * --create, prints "topic partitions" for every topic but the internal ones.
 * Bounded: everything together gives up after --timeout seconds (30).
 */
#include "vigil_cli.h"
#include "vk_client.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ADMIN_MAX 64

typedef struct aopts {
    const char *brokers;
    const char *create[ADMIN_MAX], *config[ADMIN_MAX];
    int n_create, n_config, n_props;
    vk_kv props[ADMIN_MAX]; /* -X KEY=VALUE */
    char keys[ADMIN_MAX][128];
    int partitions, replication, brokers_up;
    double timeout;
} aopts;

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int add(const char **list, int *n, const char *v, const char *what)
{
    if (*n == ADMIN_MAX || (strcmp(what, "--create") && !strchr(v, '='))) {
        fprintf(stderr, "vigil topics: %s takes %s (at most %d)\n", what,
                strcmp(what, "--create") ? "KEY=VALUE" : "a topic", ADMIN_MAX);
        return -1;
    }
    list[(*n)++] = v;
    return 0;
}

static int add_prop(aopts *o, char *arg)
{
    if (o->n_props == ADMIN_MAX) {
        fprintf(stderr, "vigil topics: at most %d -X\n", ADMIN_MAX);
        return -1;
    }
    if (vigil_parse_prop(arg, &o->props[o->n_props], o->keys[o->n_props], sizeof(o->keys[0])) < 0)
        return -1;
    o->n_props++;
    return 0;
}

static int parse(int argc, char **argv, aopts *o)
{
    static const struct option lo[] = {{"brokers", required_argument, 0, 'b'},
                                       {"create", required_argument, 0, 'c'},
                                       {"partitions", required_argument, 0, 'p'},
                                       {"replication", required_argument, 0, 'r'},
                                       {"config", required_argument, 0, 'C'},
                                       {"brokers-up", required_argument, 0, 'u'},
                                       {"timeout", required_argument, 0, 'T'},
                                       {"property", required_argument, 0, 'X'},
                                       {0, 0, 0, 0}};
    int c, rc = 0;
    memset(o, 0, sizeof(*o));
    o->partitions = 1;
    o->replication = -1; /* the broker's default.replication.factor */
    o->timeout = 30;
    while (rc == 0 && (c = getopt_long(argc, argv, "b:c:p:r:C:u:T:X:", lo, NULL)) != -1) {
        switch (c) {
        case 'b':
            o->brokers = optarg;
            break;
        case 'c':
            rc = add(o->create, &o->n_create, optarg, "--create");
            break;
        case 'p':
            o->partitions = atoi(optarg);
            break;
        case 'r':
            o->replication = atoi(optarg);
            break;
        case 'C':
            rc = add(o->config, &o->n_config, optarg, "--config");
            break;
        case 'u':
            o->brokers_up = atoi(optarg);
            break;
        case 'T':
            o->timeout = strtod(optarg, NULL);
            break;
        case 'X':
            rc = add_prop(o, optarg);
            break;
        default:
            return -1;
        }
    }
    if (rc == 0 && (!o->brokers || o->partitions < 1 || optind != argc)) {
        fprintf(stderr, "vigil topics needs --brokers (and --partitions >= 1)\n");
        return -1;
    }
    return rc;
}

/* Until the metadata lists n brokers; 0, or -1 when time ran out. */
static int wait_brokers(rd_kafka_t *rk, int n, double deadline)
{
    rd_kafka_resp_err_t e = RD_KAFKA_RESP_ERR__TIMED_OUT;
    int seen = 0;
    while (mono() < deadline) {
        const struct rd_kafka_metadata *md = NULL;
        e = rd_kafka_metadata(rk, 0, NULL, &md, 1000);
        if (!e) {
            seen = md->broker_cnt;
            rd_kafka_metadata_destroy(md);
            if (seen >= n)
                return 0;
        }
        rd_kafka_poll(rk, 200);
    }
    fprintf(stderr, "vigil topics: %d of %d brokers up (%s)\n", seen, n, rd_kafka_err2str(e));
    return -1;
}

/* 1 when the topic exists and every partition has a leader. */
static int topic_ready(rd_kafka_t *rk, const char *name)
{
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, name, NULL);
    int ok = 0;
    if (rkt && !rd_kafka_metadata(rk, 0, rkt, &md, 1000)) {
        const struct rd_kafka_metadata_topic *t = md->topic_cnt == 1 ? &md->topics[0] : NULL;
        ok = t && !t->err && t->partition_cnt > 0;
        for (int i = 0; ok && i < t->partition_cnt; i++)
            ok = t->partitions[i].leader >= 0 && !t->partitions[i].err;
        rd_kafka_metadata_destroy(md);
    }
    if (rkt)
        rd_kafka_topic_destroy(rkt);
    return ok;
}

static int set_configs(rd_kafka_NewTopic_t *t, const aopts *o)
{
    char key[128];
    for (int i = 0; i < o->n_config; i++) {
        const char *eq = strchr(o->config[i], '=');
        size_t n = (size_t)(eq - o->config[i]);
        if (n >= sizeof(key))
            return -1;
        memcpy(key, o->config[i], n);
        key[n] = 0;
        if (rd_kafka_NewTopic_set_config(t, key, eq + 1))
            return -1;
    }
    return 0;
}

/* CreateTopics for every --create; an existing topic is not an error. */
static int create(rd_kafka_t *rk, const aopts *o, double deadline)
{
    char err[256];
    int rc = 0;
    rd_kafka_NewTopic_t *nt[ADMIN_MAX] = {0};
    for (int i = 0; i < o->n_create && rc == 0; i++) {
        nt[i] =
            rd_kafka_NewTopic_new(o->create[i], o->partitions, o->replication, err, sizeof(err));
        if (!nt[i] || set_configs(nt[i], o) < 0) {
            fprintf(stderr, "vigil topics: %s: %s\n", o->create[i], nt[i] ? "bad --config" : err);
            rc = -1;
        }
    }
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_event_t *ev = NULL;
    if (rc == 0) {
        rd_kafka_CreateTopics(rk, nt, (size_t)o->n_create, NULL, q);
        int wait_ms = (int)((deadline - mono()) * 1000);
        ev = rd_kafka_queue_poll(q, wait_ms > 0 ? wait_ms : 1);
    }
    const rd_kafka_CreateTopics_result_t *res = ev ? rd_kafka_event_CreateTopics_result(ev) : NULL;
    if (rc == 0 && (!res || rd_kafka_event_error(ev))) {
        fprintf(stderr, "vigil topics: create: %s\n",
                ev ? rd_kafka_event_error_string(ev) : "timed out");
        rc = -1;
    }
    size_t n = 0;
    const rd_kafka_topic_result_t **tr = res ? rd_kafka_CreateTopics_result_topics(res, &n) : NULL;
    for (size_t i = 0; i < n; i++) {
        rd_kafka_resp_err_t e = rd_kafka_topic_result_error(tr[i]);
        if (e && e != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
            fprintf(stderr, "vigil topics: create %s: %s\n", rd_kafka_topic_result_name(tr[i]),
                    rd_kafka_topic_result_error_string(tr[i]));
            rc = -1;
        }
    }
    if (ev)
        rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(q);
    for (int i = 0; i < o->n_create; i++)
        if (nt[i])
            rd_kafka_NewTopic_destroy(nt[i]);
    return rc;
}

static int wait_topics(rd_kafka_t *rk, const aopts *o, double deadline)
{
    for (int i = 0; i < o->n_create; i++) {
        while (!topic_ready(rk, o->create[i])) {
            if (mono() >= deadline) {
                fprintf(stderr, "vigil topics: %s has no leader yet\n", o->create[i]);
                return -1;
            }
            rd_kafka_poll(rk, 100);
        }
    }
    return 0;
}

static int list(rd_kafka_t *rk, double deadline)
{
    const struct rd_kafka_metadata *md = NULL;
    int wait_ms = (int)((deadline - mono()) * 1000);
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 1, NULL, &md, wait_ms > 0 ? wait_ms : 1);
    if (e) {
        fprintf(stderr, "vigil topics: metadata: %s\n", rd_kafka_err2str(e));
        return -1;
    }
    for (int i = 0; i < md->topic_cnt; i++)
        if (strncmp(md->topics[i].topic, "__", 2))
            printf("%s %d\n", md->topics[i].topic, md->topics[i].partition_cnt);
    rd_kafka_metadata_destroy(md);
    return 0;
}

int vigil_cmd_topics(int argc, char **argv)
{
    aopts o;
    char err[512];
    rd_kafka_t *rk;
    if (parse(argc, argv, &o) < 0)
        return 2;
    double deadline = mono() + o.timeout;
    vk_props kafka = {.bootstrap = o.brokers, .common = o.props, .n_common = (size_t)o.n_props};
    vk_spec spec = {.type = RD_KAFKA_PRODUCER, .client_id = "vigil", .props = &kafka};
    if (vk_client_new(&spec, &rk, err, sizeof(err)) < 0) {
        fprintf(stderr, "vigil topics: %s\n", err);
        return 1;
    }
    int rc = 0;
    if (o.brokers_up > 0)
        rc = wait_brokers(rk, o.brokers_up, deadline);
    if (rc == 0 && o.n_create > 0)
        rc = create(rk, &o, deadline) < 0 || wait_topics(rk, &o, deadline) < 0 ? -1 : 0;
    else if (rc == 0 && o.brokers_up == 0)
        rc = list(rk, deadline);
    rd_kafka_destroy(rk);
    return rc < 0 ? 1 : 0;
}
