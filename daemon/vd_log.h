/*
 * vd_log.h - vigild logging: structured journald entries when running under
 * journald (JOURNAL_STREAM set), else stderr lines with "<N>" priority
 * prefixes that journald and `systemd-cat` understand.  Lifecycle messages
 * carry a MESSAGE_ID so operators can filter them.  Thread-safe.
 */
#ifndef VD_LOG_H
#define VD_LOG_H

#include <syslog.h>

/* MESSAGE_IDs (128-bit, fixed) of lifecycle messages. */
#define VD_MID_STARTED "6a8f3c2b9d1e4f5a8b7c6d5e4f3a2b1c"
#define VD_MID_READY "7b9e4d3c0e2f4a6b9c8d7e6f5a4b3c2d"
#define VD_MID_RELOADING "8c0f5e4d1f3a4b7c0d9e8f7a6b5c4d3e"
#define VD_MID_RELOAD_FAILED "9d1a6f5e2a4b4c8d1e0f9a8b7c6d5e4f"
#define VD_MID_STOPPING "ae2b7a6f3b5c4d9e2f1a0b9c8d7e6f5a"
#define VD_MID_FATAL "bf3c8b7a4c6d4e0f3a2b1c0d9e8f7a6b"

void vd_log_init(int max_level);

/* The sink of the Kafka layer (vk_log_set_sink): its lines, and every
 * librdkafka client's, written like vd_log's own; a fatal one carries
 * VD_MID_FATAL, a per-message one is rate-limited as vd_log_msg. */
struct vk_logrec;
void vd_log_kafka_sink(const struct vk_logrec *r);
void vd_log_set_level(int max_level);

/* Plain message. */
void vd_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Lifecycle message with a MESSAGE_ID. */
void vd_log_id(int prio, const char *mid, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Message about one input message (journal fields ARTICLE_ID, KAFKA_TOPIC,
 * KAFKA_PARTITION, KAFKA_OFFSET).  Rate-limited per call site key: at most a
 * burst per 10 s, then a count of what was suppressed. */
void vd_log_msg(int prio, const char *ratekey, const char *article_id, const char *topic,
                int partition, long long offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

#endif
