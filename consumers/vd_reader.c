/*
 * vd_reader.c - whole-topic reads for state restores (see vd_reader.h).
 *
 * The offsets come from the watermarks (and offsets_for_times for a
 * window), asked with a 5 s bound each; partitions are assigned, not
 * subscribed, so no rebalance can interrupt a restore.
 */
#include "vd_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define QUERY_MS 5000

struct vd_reader {
    rd_kafka_t *rk;
};

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int vd_reader_new(const vk_props *kafka, const char *group, const char *client_id, vd_reader **out,
                  char *err, size_t errlen)
{
    vd_reader *r = calloc(1, sizeof(*r));
    const char *defaults[] = {"group.id", group, NULL};
    /* a reader never commits: its group is only a name for the broker */
    static const char *const forced[] = {"enable.auto.commit", "false", NULL};
    *out = NULL;
    if (!r) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    vk_spec spec = {.type = RD_KAFKA_CONSUMER,
                    .client_id = client_id,
                    .props = kafka,
                    .defaults = defaults,
                    .forced = forced};
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
    int64_t *hi = calloc((size_t)np, sizeof(*hi));
    for (int i = 0; hi && i < np; i++)
        rd_kafka_topic_partition_list_add(l, topic, i);
    if (!hi || start_offsets(rk, topic, since_ms, l, hi) < 0)
        goto out;
    for (int i = 0; i < np; i++)
        left += l->elems[i].offset < hi[i];
    if (left && rd_kafka_assign(rk, l) != RD_KAFKA_RESP_ERR_NO_ERROR)
        goto out;
    while (left > 0 && now_ms() < deadline_ms) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m)
            continue;
        if (!m->err && m->partition >= 0 && m->partition < np) {
            fn(ctx, m);
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
