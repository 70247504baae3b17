/*
 * vk_log.h - logging of the Kafka layer (kafka/, consumers/, producers/)
 * and of every librdkafka client, through one sink that the program
 * installs.
 *
 * The Kafka layer sits below the daemon, so it cannot call the daemon's
 * logger; it formats a record and hands it to the sink (vigild installs
 * vd_log's journald/stderr writer, the vigil tool a plain stderr printer).
 * Until a sink is installed, records go to stderr as "<PRIO>message", the
 * form journald and systemd-cat understand.  Thread-safe: librdkafka calls
 * its log callback from its own threads.
 */
#ifndef VK_LOG_H
#define VK_LOG_H

#include <stddef.h>
#include <syslog.h>

typedef struct vk_logrec {
    int prio;            /* syslog priority */
    int fatal;           /* a fatal error (vigild tags it with its FATAL MESSAGE_ID) */
    const char *ratekey; /* non-NULL: a line about one input message, rate-limited by key */
    const char *article; /* with ratekey: the message's coordinates */
    const char *topic;
    int partition;
    long long offset;
    const char *msg;
} vk_logrec;

typedef void (*vk_log_sink)(const vk_logrec *r);

/* Install the sink (NULL: back to stderr).  Call before any client exists. */
void vk_log_set_sink(vk_log_sink fn);

void vk_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A fatal error: the process is about to exit non-zero. */
void vk_log_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A line about one input message, rate-limited by the sink under ratekey
 * (a string literal: compared by address first). */
void vk_log_msg(int prio, const char *ratekey, const char *article, const char *topic,
                int partition, long long offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* The last error a librdkafka client reported (a failed connection, a
 * refused authentication, ...), or "" when none: the cause to name first
 * when an operation then fails with a generic code such as "Local: Broker
 * transport failure".  Copies into buf and returns buf. */
const char *vk_log_last_error(char *buf, size_t n);
/* Record an error as the last one (vk_client's callbacks do). */
void vk_log_note_error(const char *msg);

#endif
