/*
 * vi_incident.h - the incident store: events from different articles that
 * describe the same real incident are merged into one incident.
 *
 * Pure logic: no Kafka, no JSON, no clock, no globals.  Time is passed in as
 * now_ms (wall-clock milliseconds) so tests are deterministic.  The store is
 * owned by one thread (the alerting stage); nothing here locks.
 *
 * Matching (vi_join.h): same country, types that one incident group of the
 * rules file holds (the violent attack types together, protests and riots,
 * a coup with its derivative arrests and decrees, ...), time bounds within
 * incidents.window_hours (an undated event is bounded by its article's
 * publication date, else by the time vigild first saw it: nothing joins
 * across an unknown), and a place or actor signal unless the group is
 * country-wide.  Background (historical events, and events dated far before
 * their article's publication) never opens an incident.  The best score
 * wins; ties go to the oldest incident, so the result only depends on the
 * order of events, which Kafka keeps per partition.
 *
 * Merging is idempotent (sources deduplicated by article, figure ranges as
 * min/max, actors as a union, flags as OR, best place by precision with the
 * first kept on ties), so reprocessing an event after a crash changes
 * nothing.  The incident id is a hash of the country, the group, and the
 * day and place of the first event (plus a counter on a clash):
 * deterministic, and the same whichever of several articles reporting the
 * same day and place comes first.
 */
#ifndef VI_INCIDENT_H
#define VI_INCIDENT_H

#include <stddef.h>
#include <stdint.h>

#define VI_ID_LEN 17 /* 16 hex digits + NUL */
#define VI_MAX_ACTORS 8

/* Caps and matching parameters (config keys incidents.*). */
typedef struct vi_limits {
    size_t max_incidents;      /* incidents.max */
    unsigned max_sources;      /* incidents.max_sources: sources listed per incident */
    long long window_hours;    /* incidents.window_hours */
    double distance_km;        /* incidents.distance_km */
    long long background_days; /* incidents.background_days: 0 = no date test */
} vi_limits;

void vi_limits_default(vi_limits *l);

typedef struct vi_figure {
    int present;
    long long min, max; /* max < 0: open ("at least min") */
    char claimed_by[96];
} vi_figure;

typedef struct vi_actor {
    char name[96];
    char kind[32];
    char role[24];
} vi_actor;

/* One published event, decoded (vi_json.h). */
typedef struct vi_event {
    char event_id[40];
    char article_id[128];
    char type[24], subtype[32];
    char country[4];
    char place[96], admin1[64], admin2[64], precision[16];
    int has_coords;
    double lat, lon;
    char date[12], date_precision[12];
    vi_figure fatalities, arrests;
    vi_actor actors[VI_MAX_ACTORS];
    unsigned n_actors;
    char claimed_by[96];
    int disputed, historical;
    double confidence;
    char url[256], outlet[96], lang[8], published[12];
    int32_t partition; /* events-topic partition it was read from */
    long long seen_ms; /* when vigild first saw it: the time bound of an undated event */
} vi_event;

typedef struct vi_source {
    char article_id[128];
    char event_id[40];
    char outlet[96];
    char url[256];
    char lang[8];
} vi_source;

/* A figure across sources: lowest and highest reported, with claimants. */
typedef struct vi_range {
    int present;
    long long min, max;
    char min_by[96], max_by[96];
} vi_range;

/* Alert lifecycle state kept with the incident (vi_alert.h). */
typedef struct vi_alert_state {
    long long pending_at_ms; /* evaluate at this time; 0 = nothing pending */
    unsigned n_sent;         /* alerts notified (firing + updates) */
    int severity;            /* at the last notification or mute; 0 = none */
    int fat_level, arr_level;
    int claimed, disputed;
    int muted; /* the last state was muted (silence or inhibition) */
    char last_alert_id[VI_ID_LEN];
    char rule[64];
} vi_alert_state;

typedef struct vi_incident {
    char id[VI_ID_LEN];
    char country[4], type[24], subtype[32];
    int32_t partition;
    /* best place */
    char place[96], admin1[64], admin2[64], precision[16];
    int has_coords;
    double lat, lon;
    /* best date and date range (days since 1970-01-01; INT32_MIN = unknown) */
    char date[12], date_precision[12];
    int32_t day_first, day_last;
    /* time bounds of the events (vi_join.h): never unknown once one joined */
    int32_t bound_lo, bound_hi;
    int bound_coarse;
    unsigned types;       /* mask of the event types joined (vi_type_bit) */
    char perpetrator[96]; /* the leading events' perpetrator ("" = none named) */
    long long first_seen_ms, updated_ms;
    vi_range fatalities, arrests;
    vi_actor actors[VI_MAX_ACTORS];
    unsigned n_actors;
    char claimed_by[96]; /* an actor claiming the incident itself */
    int disputed;
    vi_source *sources;
    unsigned n_sources;         /* listed (<= max_sources) */
    unsigned n_articles;        /* distinct articles, including those beyond the cap */
    unsigned version;           /* bumped on every change */
    unsigned published_version; /* not serialised: the version last published */
    vi_alert_state alert;
} vi_incident;

/* Change flags returned by vi_store_add. */
enum {
    VI_CH_NEW = 1,
    VI_CH_SOURCE = 2,
    VI_CH_FIGURES = 4,
    VI_CH_CLAIM = 8,
    VI_CH_DISPUTED = 16,
    VI_CH_PLACE = 32,
    VI_CH_ACTORS = 64,
    VI_CH_TYPE = 128, /* a leading event gave the incident its type */
};

typedef struct vi_store vi_store;
struct vi_group;

int vi_store_new(const vi_limits *lim, vi_store **out);
void vi_store_free(vi_store *s);

/* The incident groups to join by (vi_join.h), borrowed: the caller keeps
 * them alive until it sets others (the stage sets the new rules' groups
 * before it frees the old rules).  Without groups, events join only events
 * of their own type, by place. */
void vi_store_set_groups(vi_store *s, const struct vi_group *g, size_t n);

/* Add one event: join the best matching incident or open a new one.
 * Returns a change mask (0 = nothing changed, e.g. a reprocessed event),
 * or a negative error: -EINVAL (no country or type, background), -ENOMEM.
 * *inc points into the store until its next mutation. */
int vi_store_add(vi_store *s, const vi_event *ev, long long now_ms, vi_incident **inc);

/* Insert or replace an incident restored from the changelog (takes it). */
int vi_store_restore(vi_store *s, vi_incident *inc);

/* Remove one incident (a tombstone on the changelog); 1 when found. */
int vi_store_remove(vi_store *s, const char *id);

/* Remove incidents of one events-topic partition (partition given up). */
size_t vi_store_drop_partition(vi_store *s, int32_t partition);

/* Remove incidents not updated for window_hours; for each removed incident
 * (before it is freed) calls fn, when not NULL.  Returns the count. */
size_t vi_store_expire(vi_store *s, long long now_ms, void (*fn)(void *, const vi_incident *),
                       void *ctx);

size_t vi_store_count(const vi_store *s);
vi_incident *vi_store_at(vi_store *s, size_t i);
vi_incident *vi_store_find(vi_store *s, const char *id);
const vi_limits *vi_store_limits(const vi_store *s);

/* Incident allocation for decoders (sources array sized by max_sources). */
vi_incident *vi_incident_new(unsigned max_sources);
void vi_incident_free(vi_incident *inc);

/* Helpers shared with the other modules. */
int32_t vi_day_number(const char *date); /* "YYYY[-MM[-DD]]" -> days, INT32_MIN if bad */
void vi_hash_hex(const char *const *parts, size_t n, char out[VI_ID_LEN]);
/* 1 when the actor kind is a non-state armed group. */
int vi_kind_is_armed_group(const char *kind);

#endif
