/*
 * vg_event.h - event extraction: a clean document plus knowledge in, typed
 * events out (type, place, date, figures, actors, claims, evidence).
 *
 * Events are plain structs with fixed-size text fields so a whole article's
 * result is one array and freeing it is one call; the JSON form (codec/) is
 * produced outside the library.  Closed vocabularies (roles, actor kinds,
 * precisions, qualifiers) are enums: their names exist only in the encoder
 * (codec/vc_event_json.c).
 */
#ifndef VG_EVENT_H
#define VG_EVENT_H

#include "vg_types.h"

#include <stddef.h>
#include <stdint.h>

struct vg_kb;
struct vg_doc;
struct vg_limits;

#define VG_TEXT_MAX 96
#define VG_MAX_ACTORS 6

/* The level of an event's place (the values of VG_PLACE_*, vg_gaz.h). */
typedef enum vg_loc_prec {
    VG_LOC_COUNTRY = 0,
    VG_LOC_ADMIN1,
    VG_LOC_ADMIN2,
    VG_LOC_TOWN,
    VG_LOC__COUNT
} vg_loc_prec;

/* What an actor is to the event. */
typedef enum vg_role {
    VG_ROLE_NONE = 0,
    VG_ROLE_PERPETRATOR, /* the first actor, and the only one */
    VG_ROLE_TARGET,
    VG_ROLE_VICTIM, /* civilians */
    VG_ROLE_OTHER,  /* named in another mention, side unknown */
    VG_ROLE__COUNT
} vg_role;

/* What kind of actor it is (from its person class). */
typedef enum vg_actor_kind {
    VG_AK_NONE = 0,
    VG_AK_CIVILIANS,
    VG_AK_STATE_FORCES,
    VG_AK_ARMED_GROUP,
    VG_AK_POLITICAL,
    VG_AK__COUNT
} vg_actor_kind;

typedef struct vg_location {
    char name[VG_TEXT_MAX]; /* most specific place, English spelling */
    char admin1[64];
    char admin2[64];
    double lat, lon;
    int has_coords;
    vg_loc_prec precision;
} vg_location;

typedef struct vg_date {
    char value[11];         /* "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" = unknown */
    vg_date_prec precision; /* VG_DP_UNKNOWN when unknown */
    char text[VG_TEXT_MAX]; /* the expression as written */
} vg_date;

typedef struct vg_figure {
    int present;
    long min, max;          /* max == min when exact; max < 0 when open-ended */
    char text[VG_TEXT_MAX]; /* as written ("at least 20 soldiers") */
    vg_qual qualifier;
    char claimed_by[64];
} vg_figure;

typedef struct vg_event_actor {
    char name[64];
    vg_role role;
    vg_actor_kind kind;
    int generic; /* a generic label ("Islamist militants"), not a named actor */
} vg_event_actor;

typedef struct vg_event {
    vg_event_type type;
    char subtype[32];
    char country[3];
    int has_location;
    vg_location location;
    vg_date date;
    vg_figure fatalities;
    vg_figure arrests;
    vg_event_actor actors[VG_MAX_ACTORS];
    unsigned n_actors;
    char claimed_by[64];
    int disputed;
    int historical;
    double confidence;           /* 0..1 */
    size_t raw_start, raw_end;   /* evidence: byte range in the raw input */
    size_t sent_start, sent_end; /* evidence sentence: range in doc->body */
    char acled_event_type[48];
    char acled_sub_event_type[64];
    char event_id[17]; /* 16 hex digits, see vg_event_id() */
    char trigger[48];  /* the trigger phrase as written (evidence) */
} vg_event;

typedef struct vg_events {
    vg_event *v;
    size_t n, cap;
    unsigned truncated;      /* events dropped because of limits.max_events */
    unsigned token_cap_hit;  /* 1 when limits.max_tokens stopped the scan */
    unsigned place_cap_hits; /* cues or places left out at a fixed cap of the place stages
                              * (countries weighed or named, villages, article places) */
} vg_events;

/* Article metadata for extraction.  Any field may be NULL. */
typedef struct vg_article {
    const char *id;
    const char *published; /* "YYYY-MM-DD" (or RFC 3339: the first 10 bytes are used) */
    const char *lang;      /* hint; the cleaner's detection wins when set */
    const char *title;
    const char *raw; /* the raw input (for datelines and evidence) */
    size_t raw_len;
} vg_article;

/* Extract events.  out is reset first; free with vg_events_free().
 * Historical (background) events are included with historical = 1; callers
 * decide whether to publish them. */
int vg_extract(const struct vg_kb *kb, const struct vg_limits *lim, const vg_article *art,
               const struct vg_doc *doc, vg_events *out);

void vg_events_free(vg_events *ev);

/* Deterministic id: a hash of the article id and the event's identifying
 * content (type, subtype, country, place, date, figures).  Same input, same id. */
void vg_event_id(const char *article_id, const vg_event *e, char out[17]);

#endif
