/*
 * vd_txn.c - the producer's transactions for exactly-once delivery (see
 * vd_txn.h).  Follows librdkafka's transactional examples (eos.c):
 * init_transactions once, then begin, send_offsets_to_transaction with the
 * consumer group metadata, commit; an error that is retriable is retried
 * within the time given, any other is final.
 */
#include "vd_txn.h"
#include "vk_log.h"

#include <stdio.h>
#include <stdlib.h>

/* Run op until it succeeds, fails for good, or stops being retriable. */
static rd_kafka_error_t *retry(rd_kafka_error_t *(*op)(rd_kafka_t *, int), rd_kafka_t *rk,
                               int timeout_ms)
{
    rd_kafka_error_t *e;
    for (int tries = 0; (e = op(rk, timeout_ms)) && rd_kafka_error_is_retriable(e) && tries < 5;
         tries++)
        rd_kafka_error_destroy(e);
    return e;
}

static rd_kafka_error_t *begin(rd_kafka_t *rk, int timeout_ms)
{
    (void)timeout_ms;
    return rd_kafka_begin_transaction(rk);
}

static int failed(rd_kafka_error_t *e, const char *what, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: %s%s", what, rd_kafka_error_string(e),
             rd_kafka_error_is_fatal(e) ? " (fatal: another instance took over this "
                                          "transactional.id, or the broker refused)"
                                        : "");
    rd_kafka_error_destroy(e);
    return -1;
}

int vd_txn_init(rd_kafka_t *prod, int timeout_ms, char *err, size_t errlen)
{
    rd_kafka_error_t *e = retry(rd_kafka_init_transactions, prod, timeout_ms);
    if (e)
        return failed(e, "init_transactions", err, errlen);
    if ((e = begin(prod, 0)))
        return failed(e, "begin_transaction", err, errlen);
    return 0;
}

int vd_txn_commit(rd_kafka_t *prod, rd_kafka_t *cons,
                  const rd_kafka_topic_partition_list_t *offsets, int timeout_ms)
{
    char err[512];
    rd_kafka_error_t *e = NULL;
    if (offsets && offsets->cnt > 0) {
        rd_kafka_consumer_group_metadata_t *md = rd_kafka_consumer_group_metadata(cons);
        for (int tries = 0; tries < 5; tries++) {
            e = rd_kafka_send_offsets_to_transaction(prod, offsets, md, timeout_ms);
            if (!e || !rd_kafka_error_is_retriable(e))
                break;
            rd_kafka_error_destroy(e);
            e = NULL;
        }
        rd_kafka_consumer_group_metadata_destroy(md);
        if (e) {
            failed(e, "sending the input offsets to the transaction", err, sizeof(err));
            vk_log_fatal("exactly-once: %s", err);
            return -1;
        }
    }
    if ((e = retry(rd_kafka_commit_transaction, prod, timeout_ms)) || (e = begin(prod, 0))) {
        failed(e, "committing the transaction", err, sizeof(err));
        vk_log_fatal("exactly-once: %s", err);
        return -1;
    }
    return 0;
}

void vd_txn_abort(rd_kafka_t *prod, int timeout_ms)
{
    rd_kafka_error_t *e = rd_kafka_abort_transaction(prod, timeout_ms);
    if (e) {
        vk_log(LOG_WARNING, "exactly-once: abort: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
}

int vd_txn_restart(rd_kafka_t *prod, int timeout_ms)
{
    char err[512];
    rd_kafka_error_t *e = rd_kafka_abort_transaction(prod, timeout_ms);
    if (e || (e = begin(prod, 0))) {
        failed(e, "aborting the transaction", err, sizeof(err));
        vk_log_fatal("exactly-once: %s", err);
        return -1;
    }
    return 0;
}

int vd_txn_timeout_ms(rd_kafka_t *prod)
{
    char buf[32];
    size_t n = sizeof(buf);
    if (rd_kafka_conf_get(rd_kafka_conf(prod), "transaction.timeout.ms", buf, &n) !=
        RD_KAFKA_CONF_OK)
        return 60000;
    return atoi(buf);
}
