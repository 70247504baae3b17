/*
 * vigil_kafka.c - `vigil produce` and `vigil consume`: minimal Kafka clients
 * used by `make run` and the integration tests to talk to vigild's topics.
 *
 * Both are bounded: produce waits at most 30 s for delivery; consume stops
 * after --count messages or --timeout seconds without a new message.
 * -X KEY=VALUE sets any librdkafka property over the defaults (as kcat's
 * -X does), e.g. -X linger.ms=100 to write large record batches.
 */
#include "vigil_cli.h"

#include <getopt.h>
#include <jansson.h>
#include <librdkafka/rdkafka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

#define KOPTS_MAX_PROPS 32

typedef struct kopts {
    const char *brokers, *topic, *group;
    int partition; /* produce: RD_KAFKA_PARTITION_UA unless --partition */
    double rate;   /* produce: messages per second, 0 = as fast as possible */
    long count;
    double timeout;
    int headers, keep;
    int wait;   /* lag: poll until the lag is below `below` (bounded by timeout) */
    long below; /* lag --wait: the lag to wait for is under this (default 1) */
    const char *props[KOPTS_MAX_PROPS]; /* -X KEY=VALUE, applied after the defaults */
    int nprops;
} kopts;

static int parse_kopts(int argc, char **argv, kopts *o)
{
    static const struct option lo[] = {{"brokers", required_argument, 0, 'b'},
                                       {"topic", required_argument, 0, 't'},
                                       {"group", required_argument, 0, 'g'},
                                       {"count", required_argument, 0, 'n'},
                                       {"timeout", required_argument, 0, 'T'},
                                       {"headers", no_argument, 0, 'h'},
                                       {"partition", required_argument, 0, 'p'},
                                       {"rate", required_argument, 0, 'r'},
                                       {"wait", no_argument, 0, 'w'},
                                       {"below", required_argument, 0, 'B'},
                                       {"property", required_argument, 0, 'X'},
                                       {0, 0, 0, 0}};
    int c;
    memset(o, 0, sizeof(*o));
    o->timeout = 10;
    o->count = -1;
    o->partition = RD_KAFKA_PARTITION_UA;
    o->below = 1;
    while ((c = getopt_long(argc, argv, "b:t:g:n:T:hp:r:wB:X:", lo, NULL)) != -1) {
        switch (c) {
        case 'b':
            o->brokers = optarg;
            break;
        case 't':
            o->topic = optarg;
            break;
        case 'g':
            o->group = optarg;
            break;
        case 'n':
            o->count = strtol(optarg, NULL, 10);
            break;
        case 'T':
            o->timeout = strtod(optarg, NULL);
            break;
        case 'h':
            o->headers = 1;
            break;
        case 'p':
            o->partition = atoi(optarg);
            break;
        case 'r':
            o->rate = strtod(optarg, NULL);
            break;
        case 'w':
            o->wait = 1;
            break;
        case 'B':
            o->below = strtol(optarg, NULL, 10);
            break;
        case 'X':
            if (o->nprops == KOPTS_MAX_PROPS || !strchr(optarg, '=')) {
                fprintf(stderr, "vigil: -X takes KEY=VALUE (at most %d)\n", KOPTS_MAX_PROPS);
                return -1;
            }
            o->props[o->nprops++] = optarg;
            break;
        default:
            return -1;
        }
    }
    if (!o->brokers || !o->topic) {
        fprintf(stderr, "vigil: --brokers and --topic are required\n");
        return -1;
    }
    return 0;
}

/* The -X KEY=VALUE librdkafka properties, over the command's defaults. */
static int apply_props(rd_kafka_conf_t *conf, const kopts *o)
{
    char err[256], key[128];
    for (int i = 0; i < o->nprops; i++) {
        const char *eq = strchr(o->props[i], '=');
        size_t n = (size_t)(eq - o->props[i]);
        if (n >= sizeof(key)) {
            fprintf(stderr, "vigil: -X %s: key too long\n", o->props[i]);
            return -1;
        }
        memcpy(key, o->props[i], n);
        key[n] = 0;
        if (rd_kafka_conf_set(conf, key, eq + 1, err, sizeof(err)) != RD_KAFKA_CONF_OK) {
            fprintf(stderr, "vigil: -X %s: %s\n", o->props[i], err);
            return -1;
        }
    }
    return 0;
}

static rd_kafka_conf_t *base_conf(const char *brokers)
{
    char err[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, err, sizeof(err)) !=
        RD_KAFKA_CONF_OK) {
        fprintf(stderr, "vigil: %s\n", err);
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    return conf;
}

typedef struct produce_ctx {
    rd_kafka_t *rk;
    const char *topic;
    int partition;
    double rate, t0;
    long sent;
} produce_ctx;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Hold the average rate at ctx->rate messages per second. */
static void pace(produce_ctx *ctx)
{
    if (ctx->rate <= 0)
        return;
    double due = ctx->t0 + (double)ctx->sent / ctx->rate;
    while (now_s() < due)
        rd_kafka_poll(ctx->rk, (int)((due - now_s()) * 1000) + 1);
}

static int produce_one(void *vctx, const char *name, const char *msg, size_t len)
{
    produce_ctx *ctx = vctx;
    (void)name;
    pace(ctx);
    for (int tries = 0; tries < 3000; tries++) {
        rd_kafka_resp_err_t e = rd_kafka_producev(
            ctx->rk, RD_KAFKA_V_TOPIC(ctx->topic), RD_KAFKA_V_PARTITION(ctx->partition),
            RD_KAFKA_V_VALUE((void *)msg, len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_END);
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR) {
            ctx->sent++;
            return 0;
        }
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            fprintf(stderr, "vigil: produce: %s\n", rd_kafka_err2str(e));
            return 1;
        }
        rd_kafka_poll(ctx->rk, 10);
    }
    fprintf(stderr, "vigil: produce: queue stayed full\n");
    return 1;
}

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    long *failed = opaque;
    if (m->err) {
        (*failed)++;
        fprintf(stderr, "vigil: delivery failed: %s\n", rd_kafka_err2str(m->err));
    }
}

int vigil_cmd_produce(int argc, char **argv)
{
    kopts o;
    char err[256];
    long failed = 0;
    if (parse_kopts(argc, argv, &o) < 0)
        return 2;
    rd_kafka_conf_t *conf = base_conf(o.brokers);
    if (!conf)
        return 2;
    rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof(err));
    rd_kafka_conf_set(conf, "message.max.bytes", "67108864", err, sizeof(err));
    /* spread keyless messages over partitions one by one, not in sticky
     * batches (the test broker keeps only 5 MiB per partition) */
    rd_kafka_conf_set(conf, "sticky.partitioning.linger.ms", "0", err, sizeof(err));
    rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
    rd_kafka_conf_set_opaque(conf, &failed);
    if (apply_props(conf, &o) < 0) {
        rd_kafka_conf_destroy(conf);
        return 2;
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (!rk) {
        fprintf(stderr, "vigil: %s\n", err);
        return 1;
    }
    /* connect and learn the topic's partitions before the first message:
     * otherwise the first second of a --rate run waits in librdkafka's
     * queue for metadata, and its create timestamps say it was sent */
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, o.topic, NULL);
    const struct rd_kafka_metadata *md = NULL;
    if (rkt && rd_kafka_metadata(rk, 0, rkt, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR)
        rd_kafka_metadata_destroy(md);
    if (rkt)
        rd_kafka_topic_destroy(rkt);
    produce_ctx ctx = {rk, o.topic, o.partition, o.rate, now_s(), 0};
    int bad = vigil_for_each_input(argc - optind, argv + optind, produce_one, &ctx);
    if (rd_kafka_flush(rk, 30000) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        fprintf(stderr, "vigil: produce: %d messages not delivered in 30 s\n",
                rd_kafka_outq_len(rk));
        bad = 1;
    }
    rd_kafka_destroy(rk);
    fprintf(stderr, "vigil: produced %ld messages to %s (%ld failed)\n", ctx.sent, o.topic, failed);
    return bad || failed ? 1 : 0;
}

static void print_message(const rd_kafka_message_t *m, int with_headers)
{
    if (stop_flag)
        return;
    if (!with_headers) {
        fwrite(m->payload, 1, m->len, stdout);
        fputc('\n', stdout);
        return;
    }
    json_t *o = json_object(), *h = json_object();
    rd_kafka_headers_t *hdrs = NULL;
    if (rd_kafka_message_headers(m, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char *name;
        const void *val;
        size_t sz;
        for (size_t i = 0; !rd_kafka_header_get_all(hdrs, i, &name, &val, &sz); i++)
            json_object_set_new(h, name, val ? json_stringn(val, sz) : json_null());
    }
    json_object_set_new(o, "partition", json_integer(m->partition));
    json_object_set_new(o, "timestamp", json_integer(rd_kafka_message_timestamp(m, NULL)));
    json_object_set_new(o, "offset", json_integer(m->offset));
    json_object_set_new(o, "key", m->key ? json_stringn(m->key, m->key_len) : json_null());
    json_object_set_new(o, "headers", h);
    json_object_set_new(o, "value", json_stringn(m->payload ? m->payload : "", m->len));
    char *s = json_dumps(o, JSON_COMPACT);
    if (s)
        puts(s);
    free(s);
    json_decref(o);
}

static int is_assigned(rd_kafka_t *rk)
{
    rd_kafka_topic_partition_list_t *l = NULL;
    int n = 0;
    if (!rd_kafka_assignment(rk, &l) && l) {
        n = l->cnt;
        rd_kafka_topic_partition_list_destroy(l);
    }
    return n > 0;
}

int vigil_cmd_consume(int argc, char **argv)
{
    kopts o;
    char err[256], group[64];
    if (parse_kopts(argc, argv, &o) < 0)
        return 2;
    rd_kafka_conf_t *conf = base_conf(o.brokers);
    if (!conf)
        return 2;
    snprintf(group, sizeof(group), "vigil-cli-%ld", (long)getpid());
    rd_kafka_conf_set(conf, "group.id", o.group ? o.group : group, err, sizeof(err));
    rd_kafka_conf_set(conf, "auto.offset.reset", "earliest", err, sizeof(err));
    rd_kafka_conf_set(conf, "enable.partition.eof", "false", err, sizeof(err));
    /* a tool for tests and demos: see new records promptly (the test broker
     * holds a fetch for the whole wait when there is no data) */
    rd_kafka_conf_set(conf, "fetch.wait.max.ms", "10", err, sizeof(err));
    if (apply_props(conf, &o) < 0) {
        rd_kafka_conf_destroy(conf);
        return 2;
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (!rk) {
        fprintf(stderr, "vigil: %s\n", err);
        return 1;
    }
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *tl = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(tl, o.topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(rk, tl);
    rd_kafka_topic_partition_list_destroy(tl);
    if (e) {
        fprintf(stderr, "vigil: subscribe: %s\n", rd_kafka_err2str(e));
        rd_kafka_destroy(rk);
        return 1;
    }
    /* no SA_RESTART: a write blocked on a full pipe returns on a signal */
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    setvbuf(stdout, NULL, _IOLBF, 0);
    long got = 0;
    int assigned = 0;
    double last = now_s(), start = last;
    /* --timeout is idle time once partitions are assigned (joining the group
     * takes seconds and must not count); the join itself gets 60 s */
    while (!stop_flag && (o.count < 0 || got < o.count) &&
           (o.timeout <= 0 || now_s() - last < o.timeout) && now_s() - start < 60 + o.timeout) {
        if (!assigned) {
            assigned = is_assigned(rk);
            last = now_s();
        }
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 200);
        if (!m)
            continue;
        if (!m->err) {
            print_message(m, o.headers);
            got++;
            last = now_s();
        } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            fprintf(stderr, "vigil: consume: %s\n", rd_kafka_message_errstr(m));
        }
        rd_kafka_message_destroy(m);
    }
    if (stop_flag) {
        /* interrupted: the broker may already be gone (the demo stops its
         * embedded broker too), and leaving the group would wait for it */
        rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        _exit(0); /* not exit(): flushing stdout could block on a full pipe again */
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return o.count >= 0 && got < o.count ? 1 : 0;
}

/* Committed lag of the group over partition list l: sum of high watermark
 * - committed offset (a partition with no commit counts from its low
 * watermark).  0 and *lag set, or -1 when the broker did not answer. */
static int lag_once(rd_kafka_t *rk, const char *topic, rd_kafka_topic_partition_list_t *l,
                    long long *lag)
{
    *lag = 0;
    for (int i = 0; i < l->cnt; i++)
        l->elems[i].offset = RD_KAFKA_OFFSET_INVALID;
    if (rd_kafka_committed(rk, l, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return -1;
    for (int i = 0; i < l->cnt; i++) {
        int64_t lo = 0, hi = 0;
        if (rd_kafka_query_watermark_offsets(rk, topic, l->elems[i].partition, &lo, &hi, 10000))
            return -1;
        int64_t c = l->elems[i].offset >= 0 ? l->elems[i].offset : lo;
        *lag += hi > c ? hi - c : 0;
    }
    return 0;
}

/* vigil lag --brokers B --topic T --group G [--wait [--below N] [--timeout
 * SEC]]: print the group's committed lag on the topic; with --wait, keep one
 * client and probe every 50 ms until the lag is under N (default 1: until
 * it is 0), then print it (exit 1 when --timeout passes first).  One long-lived client costs far
 * less than a process per probe, which matters when a benchmark shares the cores. */
int vigil_cmd_lag(int argc, char **argv)
{
    kopts o;
    char err[256];
    if (parse_kopts(argc, argv, &o) < 0 || !o.group) {
        fprintf(stderr, "vigil: lag needs --brokers, --topic and --group\n");
        return 2;
    }
    rd_kafka_conf_t *conf = base_conf(o.brokers);
    if (!conf)
        return 2;
    rd_kafka_conf_set(conf, "group.id", o.group, err, sizeof(err));
    if (apply_props(conf, &o) < 0) {
        rd_kafka_conf_destroy(conf);
        return 2;
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (!rk) {
        fprintf(stderr, "vigil: %s\n", err);
        return 1;
    }
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, o.topic, NULL);
    rd_kafka_topic_partition_list_t *l = NULL;
    int rc = 1;
    if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) || md->topic_cnt != 1 || md->topics[0].err) {
        fprintf(stderr, "vigil: lag: no metadata for %s\n", o.topic);
        goto done;
    }
    int np = md->topics[0].partition_cnt;
    l = rd_kafka_topic_partition_list_new(np);
    for (int i = 0; i < np; i++)
        rd_kafka_topic_partition_list_add(l, o.topic, md->topics[0].partitions[i].id);
    double deadline = now_s() + o.timeout;
    long long lag = -1;
    while (!stop_flag) {
        int ok = lag_once(rk, o.topic, l, &lag) == 0;
        if (!o.wait || (ok && lag < o.below) || now_s() >= deadline)
            break;
        usleep(50 * 1000);
    }
    if (lag >= 0 && (!o.wait || lag < o.below)) {
        printf("%lld\n", lag);
        rc = 0;
    } else if (o.wait) {
        fprintf(stderr, "vigil: lag: still %lld after %.0f s\n", lag, o.timeout);
    }
done:
    if (l)
        rd_kafka_topic_partition_list_destroy(l);
    if (md)
        rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(rk);
    return rc;
}
