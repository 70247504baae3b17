/*
 * vi_incident.c - incident store and matching (see vi_incident.h).
 *
 * Design: a flat array of incident pointers in creation order, scanned per
 * event.  At the volumes of a news desk (thousands of open incidents per
 * instance, a few events per second) a scan of same-country incidents is
 * cheaper and simpler than an index, and keeping creation order makes the
 * tie-break (oldest incident wins) deterministic.  Memory is capped by
 * incidents.max (the least recently updated incident is evicted) and
 * incidents.max_sources (sources beyond it are counted, not listed).
 */
#include "vi_incident.h"
#include "vi_join.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct vi_store {
    vi_limits lim;
    vi_incident **v;
    size_t n, cap;
    const vi_group *groups; /* borrowed (vi_store_set_groups) */
    size_t n_groups;
};

void vi_limits_default(vi_limits *l)
{
    l->max_incidents = 10000;
    l->max_sources = 50;
    l->window_hours = 72;
    l->distance_km = 50;
    l->background_days = 30;
}

static void copy(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
}

/* ------------------------------------------------------------ helpers */

void vi_hash_hex(const char *const *parts, size_t n, char out[VI_ID_LEN])
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a 64 */
    for (size_t i = 0; i < n; i++) {
        for (const unsigned char *p = (const unsigned char *)parts[i]; p && *p; p++)
            h = (h ^ *p) * 1099511628211ull;
        h = (h ^ 0x1f) * 1099511628211ull; /* separator */
    }
    snprintf(out, VI_ID_LEN, "%016llx", (unsigned long long)h);
}

static int is_leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int32_t vi_day_number(const char *d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long y = 0, m = 1, day = 1;
    char tail;
    if (!d || !d[0])
        return INT32_MIN;
    int k = sscanf(d, "%4ld-%2ld-%2ld%c", &y, &m, &day, &tail);
    if (k < 1 || k > 3 || y < 1900 || y > 2200 || m < 1 || m > 12 || day < 1 || day > 31)
        return INT32_MIN;
    long days = 0;
    for (long yy = 1970; yy < y; yy++)
        days += is_leap(yy) ? 366 : 365;
    for (long yy = y; yy < 1970; yy++)
        days -= is_leap(yy) ? 366 : 365;
    for (long mm = 1; mm < m; mm++)
        days += mdays[mm - 1] + (mm == 2 && is_leap(y));
    return (int32_t)(days + day - 1);
}

int vi_kind_is_armed_group(const char *kind)
{
    static const char *const k[] = {"armed_group", "jihadist_group", "rebel_group", "militia"};
    for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++)
        if (kind && strcmp(kind, k[i]) == 0)
            return 1;
    return 0;
}

static int precision_rank(const char *p, int has_coords)
{
    if (!p || !p[0])
        return has_coords ? 1 : 0;
    if (strcmp(p, "town") == 0)
        return 4;
    if (strcmp(p, "admin2") == 0)
        return 3;
    if (strcmp(p, "admin1") == 0)
        return 2;
    return 1;
}

static int date_rank(const char *p)
{
    static const char *const r[] = {"year", "month", "week", "day"};
    for (int i = 0; i < 4; i++)
        if (p && strcmp(p, r[i]) == 0)
            return i + 1;
    return 0;
}

static int32_t event_day(const vi_event *ev)
{
    int32_t d = vi_day_number(ev->date);
    return d != INT32_MIN ? d : vi_day_number(ev->published);
}

/* ------------------------------------------------------------ merging */

static void range_merge(vi_range *r, const vi_figure *f, unsigned *ch)
{
    if (!f->present)
        return;
    long long hi = f->max >= 0 && f->max > f->min ? f->max : f->min;
    if (!r->present) {
        r->present = 1;
        r->min = f->min;
        r->max = hi;
        copy(r->min_by, sizeof(r->min_by), f->claimed_by);
        copy(r->max_by, sizeof(r->max_by), f->claimed_by);
        *ch |= VI_CH_FIGURES;
        return;
    }
    if (f->min < r->min) {
        r->min = f->min;
        copy(r->min_by, sizeof(r->min_by), f->claimed_by);
        *ch |= VI_CH_FIGURES;
    }
    if (hi > r->max) {
        r->max = hi;
        copy(r->max_by, sizeof(r->max_by), f->claimed_by);
        *ch |= VI_CH_FIGURES;
    }
}

static vi_actor *find_actor(vi_incident *inc, const char *name)
{
    for (unsigned j = 0; j < inc->n_actors; j++)
        if (strcasecmp(inc->actors[j].name, name) == 0)
            return &inc->actors[j];
    return NULL;
}

/* A union of the events' actors; an actor that an event of the incident's
 * own type names as its perpetrator is listed as one, whatever role an
 * earlier report gave it. */
static void actors_merge(vi_incident *inc, const vi_event *ev, unsigned *ch)
{
    int own = strcmp(inc->type, ev->type) == 0;
    for (unsigned i = 0; i < ev->n_actors; i++) {
        const vi_actor *a = &ev->actors[i];
        vi_actor *have = a->name[0] ? find_actor(inc, a->name) : NULL;
        if (have && own && strcmp(a->role, "perpetrator") == 0 &&
            strcmp(have->role, "perpetrator") != 0) {
            snprintf(have->role, sizeof(have->role), "perpetrator");
            *ch |= VI_CH_ACTORS;
        }
        if (!a->name[0] || have || inc->n_actors >= VI_MAX_ACTORS)
            continue;
        inc->actors[inc->n_actors++] = *a;
        *ch |= VI_CH_ACTORS;
    }
}

/* The event's perpetrator: its actor in the perpetrator role (the event
 * JSON puts it first and names one at most), never a target, a victim, a
 * condemning or a reporting body. */
static const vi_actor *event_perpetrator(const vi_event *ev)
{
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].role, "perpetrator") == 0 && ev->actors[i].name[0])
            return &ev->actors[i];
    return NULL;
}

static int generic(const char *name)
{
    return strncasecmp(name, "Unidentified", 12) == 0 || strncasecmp(name, "Unknown", 7) == 0;
}

/* The incident's perpetrator comes from the events of its own type (a coup's
 * junta, not the police of a derivative arrest): the first named, a named
 * group replacing a generic label; a leading event brings its own. */
static void perpetrator_merge(vi_incident *inc, const vi_event *ev, int leads, unsigned *ch)
{
    const vi_actor *p = event_perpetrator(ev);
    const char *name = p ? p->name : "";
    if (!leads && (strcmp(inc->type, ev->type) != 0 || !p ||
                   (inc->perpetrator[0] && !(generic(inc->perpetrator) && !generic(name)))))
        return;
    if (strcmp(inc->perpetrator, name) == 0)
        return;
    copy(inc->perpetrator, sizeof(inc->perpetrator), name);
    *ch |= VI_CH_ACTORS;
}

/* The event's claimant claims the incident itself when it is the event's
 * perpetrator and an armed group ("JNIM claimed the attack"), not a source
 * of information ("security sources") nor a party claiming a toll. */
static const char *incident_claimant(const vi_event *ev)
{
    const vi_actor *p = event_perpetrator(ev);
    if (ev->claimed_by[0] && p && vi_kind_is_armed_group(p->kind) &&
        strcasecmp(p->name, ev->claimed_by) == 0)
        return ev->claimed_by;
    return NULL;
}

static void place_merge(vi_incident *inc, const vi_event *ev, unsigned *ch)
{
    if (precision_rank(ev->precision, ev->has_coords) <=
        precision_rank(inc->precision, inc->has_coords))
        return;
    copy(inc->place, sizeof(inc->place), ev->place);
    copy(inc->admin1, sizeof(inc->admin1), ev->admin1);
    copy(inc->admin2, sizeof(inc->admin2), ev->admin2);
    copy(inc->precision, sizeof(inc->precision), ev->precision);
    inc->has_coords = ev->has_coords;
    inc->lat = ev->lat;
    inc->lon = ev->lon;
    *ch |= VI_CH_PLACE;
}

/* Time bounds: a union, except that a coarse span (a month, a year) never
 * widens a finer one, and a fine one replaces a coarse one. */
static void bounds_merge(vi_incident *inc, const vi_event *ev)
{
    vi_bounds b;
    vi_event_bounds(ev, &b);
    if (inc->bound_lo == INT32_MIN || (inc->bound_coarse && !b.coarse)) {
        inc->bound_lo = b.lo;
        inc->bound_hi = b.hi;
        inc->bound_coarse = b.coarse;
        return;
    }
    if (b.coarse && !inc->bound_coarse)
        return;
    if (b.lo < inc->bound_lo)
        inc->bound_lo = b.lo;
    if (b.hi > inc->bound_hi)
        inc->bound_hi = b.hi;
}

static void date_merge(vi_incident *inc, const vi_event *ev)
{
    bounds_merge(inc, ev);
    int32_t day = event_day(ev);
    if (day != INT32_MIN) {
        if (inc->day_first == INT32_MIN || day < inc->day_first)
            inc->day_first = day;
        if (inc->day_last == INT32_MIN || day > inc->day_last)
            inc->day_last = day;
    }
    if (date_rank(ev->date_precision) > date_rank(inc->date_precision) && ev->date[0]) {
        copy(inc->date, sizeof(inc->date), ev->date);
        copy(inc->date_precision, sizeof(inc->date_precision), ev->date_precision);
    }
}

/* Sources disagree widely on the toll when the highest figure is at least
 * twice the lowest and comes from another claimant. */
static int figures_disputed(const vi_range *r)
{
    return r->present && r->min > 0 && r->max >= 2 * r->min && strcmp(r->min_by, r->max_by) != 0;
}

static int source_add(vi_incident *inc, const vi_event *ev, unsigned max_sources)
{
    for (unsigned i = 0; i < inc->n_sources; i++)
        if (strcmp(inc->sources[i].article_id, ev->article_id) == 0)
            return 0;
    inc->n_articles++; /* beyond the cap articles are counted, not deduplicated */
    if (inc->n_sources >= max_sources)
        return VI_CH_SOURCE;
    vi_source *s = &inc->sources[inc->n_sources++];
    copy(s->article_id, sizeof(s->article_id), ev->article_id);
    copy(s->event_id, sizeof(s->event_id), ev->event_id);
    copy(s->outlet, sizeof(s->outlet), ev->outlet);
    copy(s->url, sizeof(s->url), ev->url);
    copy(s->lang, sizeof(s->lang), ev->lang);
    return VI_CH_SOURCE;
}

/* A leading event gives a derivative incident its type (vi_join.h). */
static void type_merge(vi_incident *inc, const vi_event *ev, int leads, unsigned *ch)
{
    inc->types |= vi_type_bit(ev->type);
    if (leads) {
        copy(inc->type, sizeof(inc->type), ev->type);
        copy(inc->subtype, sizeof(inc->subtype), ev->subtype);
        *ch |= VI_CH_TYPE;
    } else if (!inc->subtype[0] && ev->subtype[0] && strcmp(inc->type, ev->type) == 0) {
        copy(inc->subtype, sizeof(inc->subtype), ev->subtype);
    }
}

static unsigned merge(vi_incident *inc, const vi_event *ev, int leads, unsigned max_sources)
{
    unsigned ch = (unsigned)source_add(inc, ev, max_sources);
    type_merge(inc, ev, leads, &ch);
    perpetrator_merge(inc, ev, leads, &ch);
    range_merge(&inc->fatalities, &ev->fatalities, &ch);
    range_merge(&inc->arrests, &ev->arrests, &ch);
    actors_merge(inc, ev, &ch);
    place_merge(inc, ev, &ch);
    date_merge(inc, ev);
    const char *claimant = incident_claimant(ev);
    if (claimant && !inc->claimed_by[0]) {
        copy(inc->claimed_by, sizeof(inc->claimed_by), claimant);
        ch |= VI_CH_CLAIM;
    }
    /* the arrests of a coup or a protest are several round-ups, not one
     * figure reported two ways: only an arrest incident's are disputed */
    int arrests_disputed = strcmp(inc->type, "arrest") == 0 && figures_disputed(&inc->arrests);
    if (!inc->disputed &&
        (ev->disputed || figures_disputed(&inc->fatalities) || arrests_disputed)) {
        inc->disputed = 1;
        ch |= VI_CH_DISPUTED;
    }
    return ch;
}

/* ------------------------------------------------------------ store */

vi_incident *vi_incident_new(unsigned max_sources)
{
    vi_incident *inc = calloc(1, sizeof(*inc));
    if (!inc)
        return NULL;
    inc->sources = calloc(max_sources ? max_sources : 1, sizeof(*inc->sources));
    if (!inc->sources) {
        free(inc);
        return NULL;
    }
    inc->day_first = inc->day_last = INT32_MIN;
    inc->bound_lo = inc->bound_hi = INT32_MIN;
    return inc;
}

void vi_incident_free(vi_incident *inc)
{
    if (!inc)
        return;
    free(inc->sources);
    free(inc);
}

int vi_store_new(const vi_limits *lim, vi_store **out)
{
    vi_store *s = calloc(1, sizeof(*s));
    *out = NULL;
    if (!s)
        return -ENOMEM;
    if (lim)
        s->lim = *lim;
    else
        vi_limits_default(&s->lim);
    if (s->lim.max_incidents < 1)
        s->lim.max_incidents = 1;
    if (s->lim.max_sources < 1)
        s->lim.max_sources = 1;
    *out = s;
    return 0;
}

void vi_store_set_groups(vi_store *s, const vi_group *g, size_t n)
{
    s->groups = g;
    s->n_groups = g ? n : 0;
}

void vi_store_free(vi_store *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        vi_incident_free(s->v[i]);
    free(s->v);
    free(s);
}

static void remove_at(vi_store *s, size_t i)
{
    vi_incident_free(s->v[i]);
    memmove(&s->v[i], &s->v[i + 1], (s->n - i - 1) * sizeof(*s->v));
    s->n--;
}

/* Make room for one more incident: grow, or evict the least recently updated. */
static int make_room(vi_store *s)
{
    if (s->n >= s->lim.max_incidents) {
        size_t old = 0;
        for (size_t i = 1; i < s->n; i++)
            if (s->v[i]->updated_ms < s->v[old]->updated_ms)
                old = i;
        remove_at(s, old);
    }
    if (s->n < s->cap)
        return 0;
    size_t cap = s->cap ? s->cap * 2 : 64;
    if (cap > s->lim.max_incidents)
        cap = s->lim.max_incidents;
    vi_incident **v = realloc(s->v, cap * sizeof(*v));
    if (!v)
        return -ENOMEM;
    s->v = v;
    s->cap = cap;
    return 0;
}

/* Content-based id: country, group, day and place of the first event,
 * so articles reporting the same day and place give the same id whatever
 * their order; a counter separates the rare incidents that share them. */
static void incident_id(vi_store *s, const vi_event *ev, char out[VI_ID_LEN])
{
    char n[16];
    char seen[16];
    const char *day = ev->date[0] ? ev->date : ev->published;
    const char *where = ev->place[0] ? ev->place : ev->admin1;
    const char *family = vi_join_family(s->groups, s->n_groups, ev->type);
    if (!day[0]) { /* undated: the day vigild first saw it */
        vi_bounds b;
        vi_event_bounds(ev, &b);
        snprintf(seen, sizeof(seen), "d%ld", (long)b.lo);
        day = seen;
    }
    for (unsigned k = 0;; k++) {
        snprintf(n, sizeof(n), "%u", k);
        const char *parts[] = {ev->country, family, day, where, n};
        vi_hash_hex(parts, 5, out);
        if (!vi_store_find(s, out))
            return;
    }
}

static int open_incident(vi_store *s, const vi_event *ev, long long now_ms, vi_incident **out)
{
    if (make_room(s) < 0)
        return -ENOMEM;
    vi_incident *inc = vi_incident_new(s->lim.max_sources);
    if (!inc)
        return -ENOMEM;
    incident_id(s, ev, inc->id);
    copy(inc->country, sizeof(inc->country), ev->country);
    copy(inc->type, sizeof(inc->type), ev->type);
    inc->types = vi_type_bit(ev->type);
    inc->partition = ev->partition;
    inc->first_seen_ms = inc->updated_ms = now_ms;
    s->v[s->n++] = inc;
    *out = inc;
    return 0;
}

int vi_store_add(vi_store *s, const vi_event *ev, long long now_ms, vi_incident **out)
{
    *out = NULL;
    if (!ev->country[0] || !ev->type[0] || vi_event_background(ev, &s->lim))
        return -EINVAL;
    int best = -1, leads = 0;
    vi_incident *inc = NULL;
    for (size_t i = 0; i < s->n; i++) {
        int promote;
        int sc = vi_join_match(s->groups, s->n_groups, s->v[i], ev, &s->lim, &promote);
        if (sc > best) {
            best = sc;
            inc = s->v[i];
            leads = promote;
        }
    }
    unsigned ch = 0;
    if (!inc) {
        int rc = open_incident(s, ev, now_ms, &inc);
        if (rc < 0)
            return rc;
        ch = VI_CH_NEW;
    }
    ch |= merge(inc, ev, leads, s->lim.max_sources);
    if (ch) {
        inc->updated_ms = now_ms;
        inc->version++;
    }
    *out = inc;
    return (int)ch;
}

int vi_store_restore(vi_store *s, vi_incident *inc)
{
    for (size_t i = 0; i < s->n; i++) {
        if (strcmp(s->v[i]->id, inc->id) == 0) {
            vi_incident_free(s->v[i]);
            s->v[i] = inc;
            return 0;
        }
    }
    if (make_room(s) < 0)
        return -ENOMEM;
    s->v[s->n++] = inc;
    return 0;
}

int vi_store_remove(vi_store *s, const char *id)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i]->id, id) == 0) {
            remove_at(s, i);
            return 1;
        }
    return 0;
}

size_t vi_store_drop_partition(vi_store *s, int32_t partition)
{
    size_t n = 0;
    for (size_t i = s->n; i-- > 0;)
        if (s->v[i]->partition == partition) {
            remove_at(s, i);
            n++;
        }
    return n;
}

size_t vi_store_expire(vi_store *s, long long now_ms, void (*fn)(void *, const vi_incident *),
                       void *ctx)
{
    long long horizon = now_ms - s->lim.window_hours * 3600LL * 1000LL;
    size_t n = 0;
    for (size_t i = s->n; i-- > 0;) {
        if (s->v[i]->updated_ms >= horizon || s->v[i]->alert.pending_at_ms)
            continue;
        if (fn)
            fn(ctx, s->v[i]);
        remove_at(s, i);
        n++;
    }
    return n;
}

size_t vi_store_count(const vi_store *s)
{
    return s->n;
}

vi_incident *vi_store_at(vi_store *s, size_t i)
{
    return i < s->n ? s->v[i] : NULL;
}

vi_incident *vi_store_find(vi_store *s, const char *id)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i]->id, id) == 0)
            return s->v[i];
    return NULL;
}

const vi_limits *vi_store_limits(const vi_store *s)
{
    return &s->lim;
}
