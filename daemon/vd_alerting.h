/*
 * vd_alerting.h - the incident and alert stage of vigild: a self-contained
 * stage with its own thread, its own group consumer of the events topic
 * (group alerts.group) and its own idempotent producer.
 *
 * It merges events into incidents (incidents/vi_incident), publishes every
 * incident state to the compacted incidents topic keyed by incident id (the
 * changelog), evaluates the alert rules and lifecycle (vi_rules, vi_alert)
 * and publishes alerts to the alerts topic (or a rule's route).  Events are
 * keyed by country, so every event that could join one incident reaches the
 * same partition, and several vigild instances in one group each own a share
 * of the incidents.  When partitions are assigned (start, rebalance), the
 * stage first rebuilds their incidents from the changelog (records carry the
 * events-topic partition) and the alert lifecycle from the alert log (the
 * default alerts topic, read back from incidents.window_hours ago), the way
 * Kafka Streams restores state stores.  Input offsets are stored only after
 * the incident record of the event is acknowledged (at-least-once), so the
 * changelog always covers the committed input, and events after the
 * committed offset are simply consumed again; merging is idempotent.  With
 * delivery.guarantee = exactly_once the stage's records and its input
 * offsets are committed in one transaction (vd_alerting.c says how): no
 * alert is visible twice to a read_committed reader.
 */
#ifndef VD_ALERTING_H
#define VD_ALERTING_H

#include <stddef.h>

#include "vd_config.h"
#include "vk_client.h"

typedef struct vd_alerting vd_alerting;

/* Load rules and silences, create the clients and start the thread.  cfg
 * and kafka are borrowed until vd_alerting_stop().  txn_id non-NULL:
 * exactly-once, the events path's transactional.id (the stage's is
 * txn_id + "-alerting"). */
int vd_alerting_start(const vd_config *cfg, const vk_props *kafka, const char *txn_id,
                      vd_alerting **out, char *err, size_t errlen);

/* Load the rules and silences files named by cfg and swap them in at once
 * (all or nothing); on error the running set is kept and err says why. */
int vd_alerting_reload(vd_alerting *a, const vd_config *cfg, char *err, size_t errlen);

/* Load and validate the rules and silences files named by cfg, then free
 * them (vigild --check-config); on error err says "file:line: message". */
int vd_alerting_check(const vd_config *cfg, char *err, size_t errlen);

/* 1 when the stage stopped on a fatal error (the daemon should exit). */
int vd_alerting_failed(vd_alerting *a);

/* Stop: finish in-flight outputs, flush, commit, leave the group, free.
 * Accepts NULL. */
void vd_alerting_stop(vd_alerting *a);

/* Path of the rules file for a configuration (alerts.rules_file, or
 * alert-rules.conf in the knowledge directory); buf is filled. */
const char *vd_alerting_rules_path(const vd_config *cfg, char *buf, size_t n);

#endif
