/*
 * vd_reader.c - whole-topic reads for state restores (see vd_reader.h).
 *
 * The offsets come from the watermarks (and offsets_for_times for a
 * window), asked with a 5 s bound each; partitions are assigned, not
 * subscribed, so no rebalance can interrupt a restore.  A stable read's
 * ends come from the first fetch answers (rd_kafka_get_watermark_offsets
 * holds the high watermark, not the last stable offset).
 */
#include "vd_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define QUERY_MS 5000

struct vd_reader {
    rd_kafka_t *rk;
    int stable;
};

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int vd_reader_new(const vk_props *kafka, const char *group, const char *client_id, int stable,
                  vd_reader **out, char *err, size_t errlen)
{
    vd_reader *r = calloc(1, sizeof(*r));
    const char *defaults[] = {"group.id", group, NULL};
    /* a reader never commits: its group is only a name for the broker; the
     * end of a partition is its end-of-partition event */
    static const char *const forced[] = {"enable.auto.commit", "false", "enable.partition.eof",
                                         "true", NULL};
    static const char *const forced_stable[] = {
        "enable.auto.commit", "false", "enable.partition.eof", "true", "isolation.level",
        "read_committed",     NULL};
    *out = NULL;
    if (!r) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    r->stable = stable;
    vk_spec spec = {.type = RD_KAFKA_CONSUMER,
                    .client_id = client_id,
                    .props = kafka,
                    .defaults = defaults,
                    .forced = stable ? forced_stable : forced};
    if (vk_client_new(&spec, &r->rk, err, errlen) < 0) {
        free(r);
        return -1;
    }
    *out = r;
    return 0;
}

void vd_reader_free(vd_reader *r)
{
    if (!r)
        return;
    rd_kafka_consumer_close(r->rk);
    rd_kafka_destroy(r->rk);
    free(r);
}

/* Start offsets of a topic's partitions: the low watermark, or for a
 * window the first offset within it when the broker says. */
static int start_offsets(rd_kafka_t *rk, const char *topic, long long since_ms,
                         rd_kafka_topic_partition_list_t *l, int64_t *hi)
{
    int n = 0;
    for (int i = 0; i < l->cnt; i++) {
        int64_t lo = 0;
        if (rd_kafka_query_watermark_offsets(rk, topic, l->elems[i].partition, &lo, &hi[i],
                                             QUERY_MS) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return -1;
        l->elems[i].offset = lo;
        n += hi[i] > lo;
    }
    if (since_ms > 0 && n > 0) {
        rd_kafka_topic_partition_list_t *t = rd_kafka_topic_partition_list_copy(l);
        for (int i = 0; i < t->cnt; i++)
            t->elems[i].offset = since_ms;
        if (rd_kafka_offsets_for_times(rk, t, QUERY_MS) == RD_KAFKA_RESP_ERR_NO_ERROR)
            for (int i = 0; i < t->cnt; i++)
                if (!t->elems[i].err && t->elems[i].offset > l->elems[i].offset)
                    l->elems[i].offset = t->elems[i].offset;
        rd_kafka_topic_partition_list_destroy(t);
    }
    return 0;
}

/* Stable reads: a partition's end is the high watermark of the first
 * fetch answered for it (every transaction open when the read began lies
 * below it); -1 while none has been answered. */
static void learn_ends(rd_kafka_t *rk, const char *topic, int np, int64_t *end)
{
    for (int i = 0; i < np; i++) {
        int64_t lo, hw;
        if (end[i] < 0 && rd_kafka_get_watermark_offsets(rk, topic, i, &lo, &hw) == 0 && hw >= 0)
            end[i] = hw;
    }
}

int vd_reader_read(vd_reader *r, const char *topic, long long since_ms, long long deadline_ms,
                   vd_reader_fn fn, void *ctx)
{
    rd_kafka_t *rk = r->rk;
    int np, rcode = -1, left = 0;
    if (vk_topic_partitions(rk, topic, QUERY_MS, &np) < 0)
        return -1;
    if (np == 0)
        return 0; /* no such topic yet: nothing to read */
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(np);
    int64_t *hi = calloc((size_t)np, sizeof(*hi)), *end = calloc((size_t)np, sizeof(*end));
    for (int i = 0; hi && end && i < np; i++)
        rd_kafka_topic_partition_list_add(l, topic, i);
    if (!hi || !end || start_offsets(rk, topic, since_ms, l, hi) < 0)
        goto out;
    /* stable: every partition, until its end is known and reached; else up
     * to the watermark read above (the last stable offset when no producer
     * writes in transactions) */
    for (int i = 0; i < np; i++) {
        end[i] = r->stable ? -1 : hi[i];
        if (r->stable || l->elems[i].offset < hi[i])
            left++;
        else
            l->elems[i].offset = -1; /* nothing to read */
    }
    if (left && rd_kafka_assign(rk, l) != RD_KAFKA_RESP_ERR_NO_ERROR)
        goto out;
    while (left > 0 && now_ms() < deadline_ms) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (r->stable)
            learn_ends(rk, topic, np, end);
        if (!m)
            continue;
        int p = m->partition;
        int64_t at = -1; /* the position this message shows */
        if (p >= 0 && p < np && !m->err) {
            fn(ctx, m);
            at = m->offset + 1;
        } else if (p >= 0 && p < np && m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            at = m->offset;
        }
        if (at >= 0 && end[p] >= 0 && at >= end[p] && l->elems[p].offset != -1) {
            l->elems[p].offset = -1; /* reached */
            left--;
        }
        rd_kafka_message_destroy(m);
    }
    rcode = left ? -1 : 0;
    rd_kafka_assign(rk, NULL);
out:
    free(hi);
    free(end);
    rd_kafka_topic_partition_list_destroy(l);
    return rcode;
}
