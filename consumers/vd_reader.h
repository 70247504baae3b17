/*
 * vd_reader.h - reads whole topics back from Kafka, outside any group: the
 * alert stage rebuilds its incidents from the compacted incidents topic and
 * its alert lifecycle from the alert log this way when partitions are
 * assigned (the way Kafka Streams restores a state store).
 *
 * The reader is a consumer with its own group id that never commits; it
 * assigns every partition of a topic from a start offset and reads up to
 * the high watermarks it saw at the start, bounded by a deadline.
 *
 * Stable (exactly-once): the reader reads committed records only, and a
 * partition is read to its end only once every transaction that was open
 * when the read began is resolved: the read goes on until the last stable
 * offset reaches the high watermark of the first fetch.  Reading to the
 * last stable offset alone could miss a transaction another instance has
 * just committed (its commit markers are written after the commit
 * returns), and a committed partition may end with a commit marker, an
 * offset no record is read at: the end is the partition's end-of-partition
 * event, not its last record.
 */
#ifndef VD_READER_H
#define VD_READER_H

#include <librdkafka/rdkafka.h>

#include "vk_client.h"

typedef struct vd_reader vd_reader;

/* Called for each record read (m->err is 0), on the reading thread. */
typedef void (*vd_reader_fn)(void *ctx, const rd_kafka_message_t *m);

int vd_reader_new(const vk_props *kafka, const char *group, const char *client_id, int stable,
                  vd_reader **out, char *err, size_t errlen);

/* Read every partition of topic from its low watermark (since_ms > 0: from
 * the first offset at or after that time, when the broker says) to the high
 * watermark, calling fn per record, until deadline_ms (wall clock, ms).  0;
 * or -1 when the end was not reached in time or the cluster did not answer.
 * A topic that does not exist reads as empty. */
int vd_reader_read(vd_reader *r, const char *topic, long long since_ms, long long deadline_ms,
                   vd_reader_fn fn, void *ctx);

/* Close and free; accepts NULL. */
void vd_reader_free(vd_reader *r);

#endif
