/*
 * vi_join.c - time bounds, background and incident groups (see vi_join.h).
 *
 * Design: a join is decided from the incident's summary (its types, time
 * bounds, best place and actors), never by re-reading its events, so a store
 * of thousands of incidents is scanned with a few comparisons each.  Types
 * are bits of a mask so that "every type of the incident is in the group"
 * is one AND.
 */
#include "vi_join.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const type_names[VI_N_TYPES] = {
    "coup",         "arrest",          "armed_clash", "attack_on_civilians",
    "abduction",    "remote_violence", "protest",     "riot",
    "displacement", "strategic"};

const char *vi_type_name(unsigned i)
{
    return i < VI_N_TYPES ? type_names[i] : NULL;
}

unsigned vi_type_bit(const char *type)
{
    for (unsigned i = 0; type && i < VI_N_TYPES; i++)
        if (strcmp(type, type_names[i]) == 0)
            return 1u << i;
    return 0;
}

/* ------------------------------------------------------------ time bounds */

/* Day number of the first day of month m (1..13) of year y. */
static int32_t month_start(int y, int m)
{
    char buf[40];
    if (m > 12) {
        y++;
        m = 1;
    }
    snprintf(buf, sizeof(buf), "%04d-%02d-01", y, m);
    return vi_day_number(buf);
}

static int32_t day_of_ms(long long ms)
{
    return (int32_t)((ms >= 0 ? ms : ms - 86399999LL) / 86400000LL);
}

/* The span of a date at its precision; 0 when the date is unknown. */
static int date_bounds(const char *date, const char *precision, vi_bounds *b)
{
    int y = 0, m = 0, d = 0;
    int32_t day = vi_day_number(date);
    if (day == INT32_MIN)
        return 0;
    int k = sscanf(date, "%4d-%2d-%2d", &y, &m, &d);
    int prec = k; /* 1 year, 2 month, 3 day, from the value's own form */
    if (precision && strcmp(precision, "year") == 0)
        prec = 1;
    else if (precision && strcmp(precision, "month") == 0 && prec > 2)
        prec = 2;
    b->coarse = prec < 3;
    if (prec == 1) {
        b->lo = month_start(y, 1);
        b->hi = month_start(y + 1, 1) - 1;
    } else if (prec == 2) {
        b->lo = month_start(y, m);
        b->hi = month_start(y, m + 1) - 1;
    } else if (precision && strcmp(precision, "week") == 0) {
        b->lo = day - 3;
        b->hi = day + 3;
    } else {
        b->lo = b->hi = day;
    }
    return 1;
}

void vi_event_bounds(const vi_event *ev, vi_bounds *b)
{
    if (date_bounds(ev->date, ev->date_precision, b))
        return;
    int32_t pub = vi_day_number(ev->published);
    b->coarse = 0;
    b->lo = b->hi = pub != INT32_MIN ? pub : day_of_ms(ev->seen_ms);
}

int vi_event_background(const vi_event *ev, const vi_limits *lim)
{
    vi_bounds b;
    if (ev->historical)
        return 1;
    int32_t pub = vi_day_number(ev->published);
    if (lim->background_days <= 0 || pub == INT32_MIN ||
        !date_bounds(ev->date, ev->date_precision, &b))
        return 0;
    return b.hi < pub - (int32_t)lim->background_days;
}

/* ------------------------------------------------------------ matching */

static double haversine_km(double la1, double lo1, double la2, double lo2)
{
    const double r = 6371.0, rad = M_PI / 180.0;
    double dla = (la2 - la1) * rad, dlo = (lo2 - lo1) * rad;
    double a =
        sin(dla / 2) * sin(dla / 2) + cos(la1 * rad) * cos(la2 * rad) * sin(dlo / 2) * sin(dlo / 2);
    return 2 * r * asin(sqrt(a < 1 ? a : 1));
}

/* Place signal: > 0 agree (stronger is better), 0 unknown, < 0 conflict. */
static int place_score(const vi_incident *inc, const vi_event *ev, double max_km)
{
    if (inc->has_coords && ev->has_coords)
        return haversine_km(inc->lat, inc->lon, ev->lat, ev->lon) <= max_km ? 3 : -1;
    if (inc->place[0] && ev->place[0] && strcasecmp(inc->place, ev->place) == 0)
        return 3;
    if (inc->admin2[0] && ev->admin2[0])
        return strcasecmp(inc->admin2, ev->admin2) == 0 ? 2 : -1;
    if (inc->admin1[0] && ev->admin1[0])
        return strcasecmp(inc->admin1, ev->admin1) == 0 ? 1 : -1;
    return 0;
}

static int generic_actor(const char *name)
{
    return strncasecmp(name, "Unidentified", 12) == 0 || strncasecmp(name, "Unknown", 7) == 0;
}

/* An actor in common is a signal when it is named and specific: not a
 * generic label, and not a country's own forces or civilians, who are party
 * to most of its events. */
static int actor_signal(const vi_actor *a)
{
    return !generic_actor(a->name) && strcmp(a->kind, "state_forces") != 0 &&
           strcmp(a->kind, "civilians") != 0;
}

static int actors_overlap(const vi_incident *inc, const vi_event *ev)
{
    for (unsigned i = 0; i < ev->n_actors; i++)
        for (unsigned j = 0; j < inc->n_actors && actor_signal(&ev->actors[i]); j++)
            if (strcasecmp(ev->actors[i].name, inc->actors[j].name) == 0)
                return 1;
    return 0;
}

/* Does group g let an event of type bit ev join an incident of type bit it
 * holding the types mask types?  *lead is set when the event leads. */
static int group_allows(const vi_group *g, unsigned types, unsigned it, unsigned ev, int *lead)
{
    if (!(g->types & ev) || (types & ~g->types))
        return 0;
    if (!g->lead || (it & g->lead))
        return 1;
    if (ev & g->lead) {
        *lead = 1;
        return 1;
    }
    return 0;
}

/* How the event may join: -1 not at all, 0 by place, 1 country-wide. */
static int join_scope(const vi_group *g, size_t ng, const vi_incident *inc, const vi_event *ev,
                      int *promote)
{
    unsigned it = vi_type_bit(inc->type), eb = vi_type_bit(ev->type);
    unsigned types = inc->types ? inc->types : it;
    int scope = strcmp(inc->type, ev->type) == 0 ? 0 : -1;
    if (!it || !eb)
        return scope;
    for (size_t i = 0; i < ng; i++) {
        int lead = 0;
        if (!group_allows(&g[i], types, it, eb, &lead))
            continue;
        if (lead && !(g[i].lead & it))
            *promote = 1;
        if (scope < g[i].country)
            scope = g[i].country;
    }
    return scope;
}

int vi_join_match(const vi_group *g, size_t ng, const vi_incident *inc, const vi_event *ev,
                  const vi_limits *lim, int *promote)
{
    int prom = 0;
    vi_bounds b;
    if (promote)
        *promote = 0;
    if (strcmp(inc->country, ev->country) != 0)
        return -1;
    int scope = join_scope(g, ng, inc, ev, &prom);
    if (scope < 0 || inc->bound_lo == INT32_MIN)
        return -1;
    int32_t w = (int32_t)((lim->window_hours + 23) / 24);
    vi_event_bounds(ev, &b);
    if (b.lo > inc->bound_hi + w || b.hi < inc->bound_lo - w)
        return -1;
    int place = place_score(inc, ev, lim->distance_km);
    if (scope == 0 && place < 0)
        return -1;
    int score = (place > 0 ? place : 0) + (actors_overlap(inc, ev) ? 2 : 0) + scope;
    if (score <= 0)
        return -1;
    if (promote)
        *promote = prom;
    return score;
}

const char *vi_join_family(const vi_group *g, size_t ng, const char *type)
{
    unsigned b = vi_type_bit(type);
    for (size_t i = 0; b && i < ng; i++)
        if (g[i].types & b)
            return g[i].name;
    return type ? type : "";
}
