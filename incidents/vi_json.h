/*
 * vi_json.h - JSON of the incident stage (Jansson): event JSON in (the
 * vigil.event/1 records of news.events), incident and alert JSON out, and
 * back in for restoring state from the changelog and the alert log.
 *
 * Every function builds and frees its own json_t, so nothing is shared
 * between threads.  Decoders cap the input size and never trust types: a
 * field of the wrong type counts as absent, except the identifying fields
 * (event_id, article_id, type; incident_id), whose absence is an error.
 */
#ifndef VI_JSON_H
#define VI_JSON_H

#include <stddef.h>

#include "vi_alert.h"
#include "vi_incident.h"

#define VI_JSON_MAX (1024 * 1024)
#define VI_INCIDENT_SCHEMA "vigil.incident/1"
#define VI_ALERT_SCHEMA "vigil.alert/1"

/* Decode one event record; ev->partition is left as is. */
int vi_event_from_json(const char *buf, size_t len, vi_event *ev, char *err, size_t errlen);

/* Incident record (value of news.incidents); malloc'd, NULL on ENOMEM. */
char *vi_incident_to_json(const vi_incident *inc, size_t *len);
int vi_incident_from_json(const char *buf, size_t len, unsigned max_sources, vi_incident **out);

/* Alert record; now_ms stamps "time". */
char *vi_alert_to_json(const vi_alert *a, long long now_ms, size_t *len);
/* Decode the lifecycle part of an alert record (for restoring): id, seq,
 * severity, levels, claim, disputed, rule; incident id and the events-topic
 * partition of its incident. */
int vi_alert_from_json(const char *buf, size_t len, vi_alert *a, char incident_id[VI_ID_LEN],
                       int *partition);

/* "YYYY-MM-DDTHH:MM:SS.mmmZ" */
void vi_format_time(long long ms, char *buf, size_t n);

#endif
