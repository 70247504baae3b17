/*
 * vigil_kafka.c - `vigil produce`, `consume`, `lag`, `commit` and `relay`:
 * minimal Kafka clients used by `make run`, the integration tests and
 * bench/e2e to talk to vigild's topics.  `lag --wait` and `commit` are the
 * end and the start of bench/e2e's clock.  `relay` is the Kafka floor of
 * bench/e2e: it does what vigild does per article minus the work (consume,
 * publish the same bytes, store the input offset once the output is
 * acknowledged, commit), so its CPU per message is what Kafka costs any
 * daemon built this way.
 *
 * Both are bounded: produce waits at most 30 s (--timeout) for delivery, and
 * counts a message still undelivered then as failed; consume stops
 * after --count messages or --timeout seconds without a new message.
 * -X KEY=VALUE sets any librdkafka property over the defaults (as kcat's
 * -X does), e.g. -X linger.ms=100 to write large record batches.  Every
 * client is built by the Kafka layer's builder (kafka/vk_client), like
 * vigild's, and logs through it.
 */
#include "vc_human.h"
#include "vigil_cli.h"
#include "vk_client.h"

#include <ctype.h>
#include <getopt.h>
#include <limits.h>
#include <jansson.h>
#include <librdkafka/rdkafka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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
    const char *brokers, *topic, *group, *to; /* to: relay's output topic */
    int partition; /* produce: RD_KAFKA_PARTITION_UA unless --partition */
    double rate;   /* produce: messages per second, 0 = as fast as possible */
    long count;
    double timeout;
    int timeout_given; /* --timeout was on the command line (produce: the delivery bound) */
    int headers, keep;
    int human;        /* consume --format human: one readable line per event or alert */
    int wait;         /* lag: poll until the lag is below `below` (bounded by timeout) */
    long below;       /* lag --wait: the lag to wait for is under this (default 1) */
    long long offset; /* commit --offset (with --partition), else -1 */
    vk_kv props[KOPTS_MAX_PROPS]; /* -X KEY=VALUE, applied after the defaults */
    char keys[KOPTS_MAX_PROPS][128];
    int nprops;
    vk_props kafka; /* --brokers and the -X properties, for the builder */
} kopts;

int vigil_parse_prop(char *arg, vk_kv *kv, char *key, size_t keylen)
{
    char err[256];
    const char *eq = strchr(arg, '=');
    if (!eq) {
        fprintf(stderr, "vigil: -X takes KEY=VALUE\n");
        return -1;
    }
    size_t n = (size_t)(eq - arg);
    if (n >= keylen) {
        fprintf(stderr, "vigil: -X %s: key too long\n", arg);
        return -1;
    }
    memcpy(key, arg, n);
    key[n] = 0;
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_res_t res = rd_kafka_conf_set(conf, key, eq + 1, err, sizeof(err));
    rd_kafka_conf_destroy(conf);
    if (res != RD_KAFKA_CONF_OK) {
        fprintf(stderr, "vigil: -X %s: %s\n", arg, err);
        return -1;
    }
    *kv = (vk_kv){key, (char *)eq + 1, "-X"};
    return 0;
}

/* Take one -X KEY=VALUE: a malformed or unknown property is a usage error. */
static int add_prop(kopts *o, char *arg)
{
    if (o->nprops == KOPTS_MAX_PROPS) {
        fprintf(stderr, "vigil: -X takes KEY=VALUE (at most %d)\n", KOPTS_MAX_PROPS);
        return -1;
    }
    if (vigil_parse_prop(arg, &o->props[o->nprops], o->keys[o->nprops], sizeof(o->keys[0])) < 0)
        return -1;
    o->nprops++;
    return 0;
}

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
                                       {"to", required_argument, 0, 'o'},
                                       {"offset", required_argument, 0, 'O'},
                                       {"format", required_argument, 0, 'F'},
                                       {0, 0, 0, 0}};
    int c;
    memset(o, 0, sizeof(*o));
    o->timeout = 10;
    o->count = -1;
    o->partition = RD_KAFKA_PARTITION_UA;
    o->below = 1;
    o->offset = -1;
    while ((c = getopt_long(argc, argv, "b:t:g:n:T:hp:r:wB:X:o:O:", lo, NULL)) != -1) {
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
            o->timeout_given = 1;
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
        case 'o':
            o->to = optarg;
            break;
        case 'O':
            o->offset = strtoll(optarg, NULL, 10);
            break;
        case 'X':
            if (add_prop(o, optarg) < 0)
                return -1;
            break;
        case 'F':
            if (strcmp(optarg, "human") != 0 && strcmp(optarg, "json") != 0) {
                fprintf(stderr, "vigil: --format is json or human\n");
                return -1;
            }
            o->human = strcmp(optarg, "human") == 0;
            break;
        default:
            return -1;
        }
    }
    if (!o->brokers || !o->topic) {
        fprintf(stderr, "vigil: --brokers and --topic are required\n");
        return -1;
    }
    /* the -X properties apply to both sides, after each command's defaults */
    o->kafka =
        (vk_props){.bootstrap = o->brokers, .common = o->props, .n_common = (size_t)o->nprops};
    return 0;
}

/* A client of the tool: the command's defaults ("key", "value", ...,
 * NULL), then the -X properties.  NULL with the reason printed. */
static rd_kafka_t *new_client(rd_kafka_type_t type, const kopts *o, const char *const *defaults,
                              void (*dr)(rd_kafka_t *, const rd_kafka_message_t *, void *),
                              void *opaque)
{
    char err[512];
    rd_kafka_t *rk;
    vk_spec spec = {.type = type,
                    .client_id = "vigil",
                    .props = &o->kafka,
                    .defaults = defaults,
                    .opaque = opaque,
                    .dr_msg_cb = dr};
    if (vk_client_new(&spec, &rk, err, sizeof(err)) < 0) {
        fprintf(stderr, "vigil: %s\n", err);
        return NULL;
    }
    return rk;
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
    size_t k = 0;
    while (k < len && isspace((unsigned char)msg[k]))
        k++;
    if (k == len) /* a whole input with nothing in it (tests send such on purpose): said */
        fprintf(stderr, "vigil: produce: %s is empty: sent as one empty message\n",
                strcmp(name, "-") ? name : "standard input");
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

/* Delivery outcomes of a produce run (dr_cb's opaque). */
typedef struct produce_tally {
    long acked, failed;
} produce_tally;

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    produce_tally *t = opaque;
    if (m->err) {
        t->failed++;
        fprintf(stderr, "vigil: delivery failed: %s\n", rd_kafka_err2str(m->err));
    } else {
        t->acked++;
    }
}

/* vigil produce: every input message to the topic, then wait for delivery
 * (--timeout seconds, 30 by default).  A message not delivered by then
 * counts as failed, like one whose delivery failed. */
int vigil_cmd_produce(int argc, char **argv)
{
    kopts o;
    produce_tally tally = {0, 0};
    static const char *const defaults[] = {
        "linger.ms", "5", "message.max.bytes", "67108864",
        /* spread keyless messages over partitions one by one, not in sticky
         * batches (the test broker keeps only 5 MiB per partition) */
        "sticky.partitioning.linger.ms", "0", NULL};
    if (parse_kopts(argc, argv, &o) < 0)
        return 2;
    if (vigil_stdin_ready(argc - optind, argv + optind, "produce") < 0)
        return 1;
    double wait_s = o.timeout_given && o.timeout > 0 ? o.timeout : 30;
    rd_kafka_t *rk = new_client(RD_KAFKA_PRODUCER, &o, defaults, dr_cb, &tally);
    if (!rk)
        return 1;
    /* connect and learn the topic's partitions before the first message:
     * otherwise the first second of a --rate run waits in librdkafka's
     * queue for metadata, and its create timestamps say it was sent */
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, o.topic, NULL);
    const struct rd_kafka_metadata *md = NULL;
    int md_ms = wait_s < 10 ? (int)(wait_s * 1000) : 10000;
    if (rkt && rd_kafka_metadata(rk, 0, rkt, &md, md_ms) == RD_KAFKA_RESP_ERR_NO_ERROR)
        rd_kafka_metadata_destroy(md);
    if (rkt)
        rd_kafka_topic_destroy(rkt);
    produce_ctx ctx = {rk, o.topic, o.partition, o.rate, now_s(), 0};
    int bad = vigil_for_each_input(argc - optind, argv + optind, produce_one, &ctx);
    if (rd_kafka_flush(rk, (int)(wait_s * 1000)) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        fprintf(stderr, "vigil: produce: %d messages not delivered in %.0f s\n",
                rd_kafka_outq_len(rk), wait_s);
        bad = 1;
    }
    rd_kafka_destroy(rk);
    /* sent but neither acknowledged nor refused: timed out, so failed */
    long failed = ctx.sent - tally.acked;
    fprintf(stderr, "vigil: produced %ld messages to %s (%ld failed)\n", ctx.sent, o.topic, failed);
    return bad || failed ? 1 : 0;
}

static void print_message(const rd_kafka_message_t *m, int with_headers, int human)
{
    if (stop_flag)
        return;
    char *line = human && !with_headers ? vc_human_line(m->payload, m->len) : NULL;
    if (line) {
        puts(line);
        free(line);
        return;
    }
    if (!with_headers) { /* the value as it is (also --format human for other records) */
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

/* Serve the consumer's events from rd_kafka_consumer_poll and join the
 * group on one topic; 0, or -1 with the reason printed. */
static int subscribe(rd_kafka_t *rk, const char *topic)
{
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *tl = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(tl, topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(rk, tl);
    rd_kafka_topic_partition_list_destroy(tl);
    if (e)
        fprintf(stderr, "vigil: subscribe to %s: %s\n", topic, rd_kafka_err2str(e));
    return e ? -1 : 0;
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
    char group[64];
    if (parse_kopts(argc, argv, &o) < 0)
        return 2;
    snprintf(group, sizeof(group), "vigil-cli-%ld", (long)getpid());
    const char *const defaults[] = {"group.id", o.group ? o.group : group, "auto.offset.reset",
                                    "earliest", "enable.partition.eof", "false",
                                    /* a tool for tests and demos: see new records promptly
                                     * (the test broker holds a fetch for the whole wait
                                     * when there is no data) */
                                    "fetch.wait.max.ms", "10", NULL};
    rd_kafka_t *rk = new_client(RD_KAFKA_CONSUMER, &o, defaults, NULL, NULL);
    if (!rk)
        return 1;
    if (subscribe(rk, o.topic) < 0) {
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
     * takes seconds and must not count); the join itself gets 60 s.  With
     * --timeout 0 nothing ends the wait but --count or a signal (the demo
     * runs until Ctrl-C). */
    while (!stop_flag && (o.count < 0 || got < o.count) &&
           (o.timeout <= 0 || (now_s() - last < o.timeout && now_s() - start < 60 + o.timeout))) {
        if (!assigned) {
            assigned = is_assigned(rk);
            last = now_s();
        }
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 200);
        if (!m)
            continue;
        if (!m->err) {
            print_message(m, o.headers, o.human);
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
 * watermark, which retention moves: such a partition is always asked).
 * hw[] caches each partition's high watermark (-1: not known yet); a high
 * watermark never goes down, so the lag computed from cached ones is a
 * lower bound.  When that bound already reaches `enough` the
 * watermarks are not asked again (a probe then costs one OffsetFetch, not
 * two ListOffsets round trips per partition, which under load take long
 * enough to delay a benchmark's end); otherwise they are refreshed and the
 * lag is exact.  0 and *lag set, or -1 when the broker did not answer. */
static int lag_once(rd_kafka_t *rk, const char *topic, rd_kafka_topic_partition_list_t *l,
                    int64_t *lo, int64_t *hw, long long enough, long long *lag)
{
    for (int i = 0; i < l->cnt; i++)
        l->elems[i].offset = RD_KAFKA_OFFSET_INVALID;
    if (rd_kafka_committed(rk, l, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return -1;
    for (int pass = 0; pass < 2; pass++) {
        int stale = 0; /* a cached high watermark was used */
        *lag = 0;
        for (int i = 0; i < l->cnt; i++) {
            if (pass == 1 || hw[i] < 0 || l->elems[i].offset < 0) {
                if (rd_kafka_query_watermark_offsets(rk, topic, l->elems[i].partition, &lo[i],
                                                     &hw[i], 10000))
                    return -1;
            } else {
                stale = 1;
            }
            int64_t c = l->elems[i].offset >= 0 ? l->elems[i].offset : lo[i];
            *lag += hw[i] > c ? hw[i] - c : 0;
        }
        if (!stale || *lag >= enough)
            return 0;
    }
    return 0;
}

/* The group client of `lag` and `commit`: a consumer handle with group.id
 * (never subscribed) and the list of the topic's partitions.  0, or -1 with
 * the message printed and nothing left to free (a bad -X is refused by
 * parse_kopts, as a usage error). */
static int group_client(const kopts *o, const char *cmd, rd_kafka_t **rk,
                        rd_kafka_topic_partition_list_t **l)
{
    const struct rd_kafka_metadata *md = NULL;
    const char *const defaults[] = {"group.id", o->group, NULL};
    *l = NULL;
    *rk = new_client(RD_KAFKA_CONSUMER, o, defaults, NULL, NULL);
    if (!*rk)
        return -1;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(*rk, o->topic, NULL);
    if (!rkt || rd_kafka_metadata(*rk, 0, rkt, &md, 10000) || md->topic_cnt != 1 ||
        md->topics[0].err) {
        fprintf(stderr, "vigil: %s: no metadata for %s\n", cmd, o->topic);
        goto fail;
    }
    *l = rd_kafka_topic_partition_list_new(md->topics[0].partition_cnt);
    for (int i = 0; i < md->topics[0].partition_cnt; i++)
        rd_kafka_topic_partition_list_add(*l, o->topic, md->topics[0].partitions[i].id);
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    return 0;
fail:
    if (md)
        rd_kafka_metadata_destroy(md);
    if (rkt)
        rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(*rk);
    *rk = NULL;
    return -1;
}

/* vigil lag --brokers B --topic T --group G [--wait [--below N] [--timeout
 * SEC]]: print the group's committed lag on the topic; with --wait, keep one
 * client and probe every 50 ms until the lag is under N (default 1: until
 * it is 0), then print it (exit 1 when --timeout passes first).  One long-lived client costs far
 * less than a process per probe, which matters when a benchmark shares the cores. */
int vigil_cmd_lag(int argc, char **argv)
{
    kopts o;
    rd_kafka_t *rk;
    rd_kafka_topic_partition_list_t *l;
    if (parse_kopts(argc, argv, &o) < 0 || !o.group) {
        fprintf(stderr, "vigil: lag needs --brokers, --topic and --group\n");
        return 2;
    }
    int rc = group_client(&o, "lag", &rk, &l);
    if (rc < 0)
        return 1;
    int np = l->cnt;
    rc = 1;
    /* per partition: low and high watermarks */
    int64_t *lo = calloc((size_t)np, sizeof(*lo)), *hw = malloc((size_t)np * sizeof(*hw));
    if (!lo || !hw) {
        fprintf(stderr, "vigil: lag: out of memory\n");
        goto done;
    }
    for (int i = 0; i < np; i++)
        hw[i] = -1;
    double deadline = now_s() + o.timeout;
    long long lag = -1;
    /* without --wait every probe is exact (enough = LLONG_MAX) */
    long long enough = o.wait ? o.below : LLONG_MAX;
    int waiting = 0;
    while (!stop_flag) {
        int ok = lag_once(rk, o.topic, l, lo, hw, enough, &lag) == 0;
        if (!o.wait || (ok && lag < o.below) || now_s() >= deadline)
            break;
        if (ok && !waiting++) /* once: the caller sees the wait has begun */
            fprintf(stderr, "vigil: lag: %lld, waiting until it is under %ld\n", lag, o.below);
        usleep(50 * 1000);
    }
    if (lag >= 0 && (!o.wait || lag < o.below)) {
        printf("%lld\n", lag);
        rc = 0;
    } else if (o.wait) {
        fprintf(stderr, "vigil: lag: still %lld after %.0f s\n", lag, o.timeout);
    }
done:
    free(lo);
    free(hw);
    rd_kafka_topic_partition_list_destroy(l);
    rd_kafka_destroy(rk);
    return rc;
}

/* vigil commit --brokers B --topic T --group G [--partition P --offset N]:
 * commit each partition's earliest offset (its low watermark) for the
 * group, so that a consumer joining it starts at the beginning from a
 * committed offset; or commit offset N for partition P alone.  A group with
 * no commit starts at the beginning too (auto.offset.reset = earliest), but
 * librdkafka 2.0.2 waits 100 ms before the offset query of that reset,
 * which a benchmark timing from the assignment would count.  The commit is
 * made outside any group membership: it is refused while the group has
 * members. */
int vigil_cmd_commit(int argc, char **argv)
{
    kopts o;
    rd_kafka_t *rk;
    rd_kafka_topic_partition_list_t *l;
    if (parse_kopts(argc, argv, &o) < 0 || !o.group ||
        (o.offset >= 0) != (o.partition != RD_KAFKA_PARTITION_UA) || o.partition < -1) {
        fprintf(stderr, "vigil: commit needs --brokers, --topic and --group, and --partition "
                        "with --offset\n");
        return 2;
    }
    int rc = group_client(&o, "commit", &rk, &l);
    if (rc < 0)
        return 1;
    rc = 1;
    if (o.offset >= 0) {
        if (!rd_kafka_topic_partition_list_find(l, o.topic, o.partition)) {
            fprintf(stderr, "vigil: commit: %s has no partition %d\n", o.topic, o.partition);
            goto done;
        }
        rd_kafka_topic_partition_list_t *one = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(one, o.topic, o.partition)->offset = o.offset;
        rd_kafka_topic_partition_list_destroy(l);
        l = one;
    }
    for (int i = 0; o.offset < 0 && i < l->cnt; i++) {
        int64_t lo, hi;
        if (rd_kafka_query_watermark_offsets(rk, o.topic, l->elems[i].partition, &lo, &hi,
                                             (int)(o.timeout * 1000))) {
            fprintf(stderr, "vigil: commit: no watermarks for %s [%d]\n", o.topic,
                    (int)l->elems[i].partition);
            goto done;
        }
        l->elems[i].offset = lo;
    }
    rd_kafka_resp_err_t e = rd_kafka_commit(rk, l, 0);
    for (int i = 0; e == RD_KAFKA_RESP_ERR_NO_ERROR && i < l->cnt; i++)
        e = l->elems[i].err;
    if (e != RD_KAFKA_RESP_ERR_NO_ERROR)
        fprintf(stderr, "vigil: commit: %s\n", rd_kafka_err2str(e));
    rc = e != RD_KAFKA_RESP_ERR_NO_ERROR;
done:
    rd_kafka_topic_partition_list_destroy(l);
    rd_kafka_destroy(rk);
    return rc;
}

/* relay: what an input offset can be stored as once its output is
 * acknowledged.  The highest acknowledged offset of each partition is kept
 * (not vigild's contiguous prefix: relay measures, it guarantees nothing) and
 * stored in one call per loop turn, as vigild does. */
#define RELAY_MAX_PARTS 1024
#define RELAY_OFFSET_BITS 52
_Static_assert(sizeof(uintptr_t) >= 8, "relay packs partition and offset into one pointer");

typedef struct relay_ctx {
    long acked, failed;
    int64_t next[RELAY_MAX_PARTS]; /* offset to store per partition, -1: none */
    int dirty;
} relay_ctx;

/* The input partition and offset ride in the output's opaque: no allocation. */
static void *relay_tag(int32_t partition, int64_t offset)
{
    return (void *)(((uintptr_t)partition << RELAY_OFFSET_BITS) | (uintptr_t)offset);
}

static void relay_dr(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    relay_ctx *r = opaque;
    (void)rk;
    if (m->err) {
        r->failed++;
        fprintf(stderr, "vigil: relay: delivery failed: %s\n", rd_kafka_err2str(m->err));
        return;
    }
    uintptr_t tag = (uintptr_t)m->_private;
    size_t p = (size_t)(tag >> RELAY_OFFSET_BITS);
    int64_t next = (int64_t)(tag & (((uintptr_t)1 << RELAY_OFFSET_BITS) - 1)) + 1;
    r->acked++;
    if (next > r->next[p]) {
        r->next[p] = next;
        r->dirty = 1;
    }
}

static void relay_store(rd_kafka_t *cons, const char *topic, relay_ctx *r)
{
    if (!r->dirty)
        return;
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(16);
    for (int p = 0; p < RELAY_MAX_PARTS; p++)
        if (r->next[p] >= 0)
            rd_kafka_topic_partition_list_add(l, topic, p)->offset = r->next[p];
    rd_kafka_offsets_store(cons, l);
    rd_kafka_topic_partition_list_destroy(l);
    r->dirty = 0;
}

static rd_kafka_t *relay_client(rd_kafka_type_t type, const kopts *o, relay_ctx *r)
{
    /* vigild's own settings for its two clients (vd_consumer.c, vd_producer.c) */
    const char *const cons[] = {"group.id",
                                o->group,
                                "auto.offset.reset",
                                "earliest",
                                "enable.auto.offset.store",
                                "false",
                                "enable.partition.eof",
                                "false",
                                "fetch.wait.max.ms",
                                "10",
                                "queued.max.messages.kbytes",
                                "65536",
                                NULL};
    static const char *const prod[] = {"enable.idempotence", "true", "linger.ms", "5", NULL};
    if (type == RD_KAFKA_CONSUMER)
        return new_client(type, o, cons, NULL, NULL);
    return new_client(type, o, prod, relay_dr, r);
}

/* Publish one consumed message's key and value to the output topic. */
static int relay_one(rd_kafka_t *prod, const char *to, const rd_kafka_message_t *m)
{
    for (int tries = 0; tries < 3000; tries++) {
        rd_kafka_resp_err_t e = rd_kafka_producev(
            prod, RD_KAFKA_V_TOPIC(to), RD_KAFKA_V_VALUE(m->payload, m->len),
            RD_KAFKA_V_KEY(m->key, m->key_len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_OPAQUE(relay_tag(m->partition, m->offset)), RD_KAFKA_V_END);
        if (e == RD_KAFKA_RESP_ERR_NO_ERROR)
            return 0;
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            fprintf(stderr, "vigil: relay: %s\n", rd_kafka_err2str(e));
            return -1;
        }
        rd_kafka_poll(prod, 10);
    }
    fprintf(stderr, "vigil: relay: output queue stayed full\n");
    return -1;
}

static double cpu_s(struct rusage *ru)
{
    getrusage(RUSAGE_SELF, ru);
    return (double)ru->ru_utime.tv_sec + ru->ru_utime.tv_usec / 1e6 + (double)ru->ru_stime.tv_sec +
           ru->ru_stime.tv_usec / 1e6;
}

/* vigil relay --brokers B --topic IN --to OUT --group G --count N [--timeout
 * SEC]: copy N messages from IN to OUT as described at the top, commit, and
 * print the rate and the CPU per message (all threads, from the first message
 * consumed to the commit).  Exit 1 if fewer than N are relayed within
 * --timeout idle seconds or any delivery fails. */
int vigil_cmd_relay(int argc, char **argv)
{
    kopts o;
    relay_ctx r = {0};
    struct rusage ru0, ru1;
    if (parse_kopts(argc, argv, &o) < 0 || !o.to || !o.group || o.count <= 0) {
        fprintf(stderr, "vigil: relay needs --brokers, --topic, --to, --group and --count\n");
        return 2;
    }
    for (int p = 0; p < RELAY_MAX_PARTS; p++)
        r.next[p] = -1;
    rd_kafka_t *cons = relay_client(RD_KAFKA_CONSUMER, &o, &r);
    rd_kafka_t *prod = cons ? relay_client(RD_KAFKA_PRODUCER, &o, &r) : NULL;
    int rc = 1;
    if (!prod)
        goto done;
    if (subscribe(cons, o.topic) < 0)
        goto done;
    long sent = 0;
    double t0 = 0, c0 = 0, last = now_s(), start = last;
    while (r.acked + r.failed < o.count && now_s() - last < o.timeout &&
           now_s() - start < 60 + o.timeout) {
        for (int k = 0; k < 64 && sent < o.count; k++) { /* a burst, as vigild polls */
            rd_kafka_message_t *m = rd_kafka_consumer_poll(cons, k ? 0 : 5);
            if (!m)
                break;
            if (m->err) {
                fprintf(stderr, "vigil: relay: %s\n", rd_kafka_message_errstr(m));
            } else if (m->partition >= RELAY_MAX_PARTS) {
                fprintf(stderr, "vigil: relay: partition %d: at most %d\n", (int)m->partition,
                        RELAY_MAX_PARTS);
                rd_kafka_message_destroy(m);
                goto done;
            } else {
                if (!sent++) {
                    t0 = now_s();
                    c0 = cpu_s(&ru0);
                }
                if (relay_one(prod, o.to, m) < 0) {
                    rd_kafka_message_destroy(m);
                    goto done;
                }
                last = now_s();
            }
            rd_kafka_message_destroy(m);
        }
        rd_kafka_poll(prod, sent < o.count ? 0 : 5);
        relay_store(cons, o.topic, &r);
    }
    if (rd_kafka_flush(prod, 30000) == RD_KAFKA_RESP_ERR_NO_ERROR)
        relay_store(cons, o.topic, &r);
    if (r.acked == o.count && !r.failed && rd_kafka_commit(cons, NULL, 0) == 0) {
        double t1 = now_s(), c1 = cpu_s(&ru1);
        printf("relayed %ld messages from %s to %s in %.3f s, %.0f messages/s; CPU %.2f us per "
               "message\n",
               r.acked, o.topic, o.to, t1 - t0, (double)r.acked / (t1 - t0),
               (c1 - c0) * 1e6 / (double)r.acked);
        rc = 0;
    } else {
        fprintf(stderr, "vigil: relay: %ld of %ld relayed, %ld failed\n", r.acked, o.count,
                r.failed);
    }
done:
    if (cons) {
        rd_kafka_consumer_close(cons);
        rd_kafka_destroy(cons);
    }
    if (prod)
        rd_kafka_destroy(prod);
    return rc;
}
