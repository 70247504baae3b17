/*
 * vk_check.h - what vigild checks of its Kafka cluster before it runs, and
 * which client errors end it.
 *
 * A production broker does not create topics when a client first names them
 * (auto.create.topics.enable=false), and one with ACLs refuses a principal
 * what it was not granted.  Either is a configuration error that no retry
 * fixes, so vigild says so once and exits non-zero instead of retrying for
 * ever: topics are checked at start (missing, or not visible to the
 * principal), and authentication and authorization errors met later end
 * the process like any fatal Kafka error.
 */
#ifndef VK_CHECK_H
#define VK_CHECK_H

#include <librdkafka/rdkafka.h>
#include <stddef.h>

/* 0 when every topic exists and the client may see it, else -1 with what
 * is wrong and how to fix it in err.  An unknown topic is asked again until
 * timeout_ms have passed (a topic just created takes a moment to reach the
 * metadata), so a missing one costs that long; bounded by timeout_ms per
 * topic. */
int vk_check_topics(rd_kafka_t *rk, const char *const *topics, size_t n, int timeout_ms, char *err,
                    size_t errlen);

/* 1 for errors no retry fixes: failed authentication (wrong password, TLS
 * handshake) and missing ACLs (topic, group, cluster, transactional id). */
int vk_check_fatal(rd_kafka_resp_err_t e);

#endif
