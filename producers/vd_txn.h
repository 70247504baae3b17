/*
 * vd_txn.h - exactly-once delivery (delivery.guarantee = exactly_once):
 * the transactions of vigild's producer, with the input offsets in them.
 *
 * KIP-447, as librdkafka implements it: one transactional producer per
 * instance (a transactional.id unique per instance and stable across its
 * restarts, so that a restart aborts what the crashed process left open),
 * the consumer's positions sent to the transaction with the consumer
 * group's metadata (so a member fenced by a rebalance cannot commit), and
 * readers that read committed records only.  Outputs and input offsets are
 * then committed together or not at all.
 *
 * The owner commits only at a quiet point: every record produced in the
 * open transaction belongs to an input message whose offset the commit
 * covers (vd_daemon.c drains its work first).  Any error here is final:
 * the caller exits non-zero, the open transaction is aborted (by
 * vd_txn_abort, or by the next start's vd_txn_init), and the input after
 * the last committed offsets is processed again - never visibly twice.
 */
#ifndef VD_TXN_H
#define VD_TXN_H

#include <librdkafka/rdkafka.h>

/* Initialise the producer's transactions (fencing any earlier instance with
 * the same transactional.id) and begin the first.  0, or -1 with err. */
int vd_txn_init(rd_kafka_t *prod, int timeout_ms, char *err, size_t errlen);

/* Send the offsets (may be NULL or empty) with cons's group metadata,
 * commit, and begin the next transaction.  0, or -1 (logged as fatal). */
int vd_txn_commit(rd_kafka_t *prod, rd_kafka_t *cons,
                  const rd_kafka_topic_partition_list_t *offsets, int timeout_ms);

/* Abort the open transaction, bounded; best effort on the way out. */
void vd_txn_abort(rd_kafka_t *prod, int timeout_ms);

/* Abort the open transaction and begin the next (its partitions were lost
 * in a rebalance: what it holds may not be committed any more).  0, or -1
 * (logged as fatal). */
int vd_txn_restart(rd_kafka_t *prod, int timeout_ms);

/* The producer's transaction.timeout.ms: how long the broker keeps a
 * transaction of a vanished producer open (librdkafka's default, 60 s,
 * unless kafka.producer.transaction.timeout.ms says otherwise). */
int vd_txn_timeout_ms(rd_kafka_t *prod);

#endif
