/*
 * vi_join.h - when two reports are one real-world incident: time bounds,
 * background, and the incident groups of the rules file.
 *
 * Time bounds.  Every event gets a span of days it can have happened in:
 * its own date at its precision (a day; a week is +/- 3 days; a month or a
 * year their whole span), else the article's publication date, else the day
 * vigild first saw the event (vi_event.seen_ms, the Kafka timestamp of the
 * event record, so reprocessing gives the same bound).  Two reports join
 * only when their spans are within incidents.window_hours of each other:
 * an unknown date no longer agrees with every date, so nothing joins across
 * an unknown.  A month or a year (a coarse span) never widens an incident
 * that already has a finer one, so a "2023" mention cannot chain the
 * reports of a whole year together.
 *
 * Background.  A historical event (the extractor's flag), or one whose span
 * ends more than incidents.background_days before the article's publication
 * date, is context, not news: it opens no incident and never alerts.  Without
 * a publication date the bound is unknown, and the historical flag decides.
 *
 * Incident groups (rules file, "group NAME TYPES [lead=TYPES] [scope=...]"):
 * events of two types may join one incident only when a group lists both
 * (events of one type always may, by place).  A group with lead= makes its
 * other types derivative: they join only an incident led by a lead type, and
 * a lead event joins an incident of derivative types only, which then takes
 * the lead's type (a coup absorbs the arrest of the deposed president and
 * the junta's first decrees; a protest absorbs its deadly repression).  An
 * incident never mixes types that no single group holds.  scope=country: a
 * join through the group needs no place signal and no place conflicts (a
 * coup is the country's); the default, scope=place, needs gazetteer
 * coordinates within incidents.distance_km, the same place name, the same
 * admin unit, or a named actor in common (not a generic label, nor the
 * country's forces or civilians, party to most of its events), and a
 * conflicting place rules it out.
 *
 * Pure functions, no state.
 */
#ifndef VI_JOIN_H
#define VI_JOIN_H

#include <stddef.h>
#include <stdint.h>

#include "vi_incident.h"

#define VI_N_TYPES 10

/* The event types, in a fixed order: bit i of a type mask is type i. */
const char *vi_type_name(unsigned i);
/* 1 << index of the type, 0 for an unknown type. */
unsigned vi_type_bit(const char *type);

typedef struct vi_group {
    char name[64];
    unsigned types; /* mask of vi_type_bit */
    unsigned lead;  /* 0: the types are peers */
    int country;    /* scope=country */
} vi_group;

/* A span of days (days since 1970-01-01). */
typedef struct vi_bounds {
    int32_t lo, hi;
    int coarse; /* from a month or a year */
} vi_bounds;

void vi_event_bounds(const vi_event *ev, vi_bounds *b);

/* 1 when the event is background: historical, or far before publication. */
int vi_event_background(const vi_event *ev, const vi_limits *lim);

/* Match score of an event against an incident (> 0, higher is better), or
 * -1 when they cannot be one incident.  *promote (may be NULL) is set to 1
 * when the event would lead the incident (the incident takes its type). */
int vi_join_match(const vi_group *g, size_t ng, const vi_incident *inc, const vi_event *ev,
                  const vi_limits *lim, int *promote);

/* Name of the group an event of this type opens an incident under, for
 * the incident id: the first group listing the type, else the type itself.
 * A derivative type takes its lead's group, so an incident opened by the
 * arrest of a deposed president has the id it would have had if the coup
 * had been reported first (same country, day and place). */
const char *vi_join_family(const vi_group *g, size_t ng, const char *type);

#endif
