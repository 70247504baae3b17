/*
 * vi_json.c - event JSON in, incident and alert JSON out (see vi_json.h).
 *
 * Design: small typed getters copy what they find into the fixed-size
 * fields of the C structs (truncating on a UTF-8 boundary), so the rest of
 * the stage works on plain structs and never holds a json_t.  Encoders
 * write every key, with null where a value is unknown, like the event JSON.
 */
#include "vi_json.h"
#include "vi_join.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------ getters */

static void copy_utf8(char *dst, size_t n, const char *src)
{
    size_t len = strlen(src);
    if (len >= n) {
        len = n - 1;
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(dst, src, len);
    dst[len] = 0;
}

static void get_str(json_t *o, const char *key, char *dst, size_t n)
{
    json_t *v = json_object_get(o, key);
    dst[0] = 0;
    if (json_is_string(v))
        copy_utf8(dst, n, json_string_value(v));
}

#define NUM_MAX 1000000000000000LL /* 1e15: far beyond any figure or time in ms */

/* An integer field, clamped to [-NUM_MAX, NUM_MAX] so that arithmetic on it
 * (ranges, levels, times) cannot overflow; reals are truncated. */
static long long get_int(json_t *o, const char *key, long long def)
{
    json_t *v = json_object_get(o, key);
    double d;
    long long x;
    if (json_is_integer(v)) {
        x = (long long)json_integer_value(v);
    } else if (json_is_real(v)) {
        d = json_real_value(v);
        if (!(d == d))
            return def;
        x = d > (double)NUM_MAX ? NUM_MAX : d < -(double)NUM_MAX ? -NUM_MAX : (long long)d;
    } else {
        return def;
    }
    return x > NUM_MAX ? NUM_MAX : x < -NUM_MAX ? -NUM_MAX : x;
}

static int get_num(json_t *o, const char *key, double *out)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_number(v))
        return 0;
    *out = json_number_value(v);
    return 1;
}

static json_t *load(const char *buf, size_t len)
{
    if (!buf || len == 0 || len > VI_JSON_MAX)
        return NULL;
    json_t *o = json_loadb(buf, len, JSON_REJECT_DUPLICATES, NULL);
    if (o && !json_is_object(o)) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *str_or_null(const char *s)
{
    return s && s[0] ? json_string(s) : json_null();
}

void vi_format_time(long long ms, char *buf, size_t n)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    char base[32];
    gmtime_r(&t, &tm);
    strftime(base, sizeof(base), "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, n, "%s.%03dZ", base, (int)(ms % 1000));
}

/* ------------------------------------------------------------ events */

static void figure_in(json_t *o, vi_figure *f)
{
    memset(f, 0, sizeof(*f));
    if (!json_is_object(o) || !json_is_integer(json_object_get(o, "min")))
        return;
    f->present = 1;
    f->min = get_int(o, "min", 0);
    f->max = get_int(o, "max", -1);
    if (f->min < 0)
        f->min = 0;
    get_str(o, "claimed_by", f->claimed_by, sizeof(f->claimed_by));
}

static void location_in(json_t *l, vi_event *ev)
{
    if (!json_is_object(l))
        return;
    get_str(l, "name", ev->place, sizeof(ev->place));
    get_str(l, "admin1", ev->admin1, sizeof(ev->admin1));
    get_str(l, "admin2", ev->admin2, sizeof(ev->admin2));
    get_str(l, "precision", ev->precision, sizeof(ev->precision));
    ev->has_coords = get_num(l, "lat", &ev->lat) && get_num(l, "lon", &ev->lon) && ev->lat >= -90 &&
                     ev->lat <= 90 && ev->lon >= -180 && ev->lon <= 180;
}

static void actors_in(json_t *a, vi_event *ev)
{
    size_t i;
    json_t *x;
    if (!json_is_array(a))
        return;
    json_array_foreach(a, i, x)
    {
        if (ev->n_actors >= VI_MAX_ACTORS)
            break;
        if (!json_is_object(x) || !json_is_string(json_object_get(x, "name")))
            continue;
        vi_actor *ac = &ev->actors[ev->n_actors++];
        get_str(x, "name", ac->name, sizeof(ac->name));
        get_str(x, "kind", ac->kind, sizeof(ac->kind));
        get_str(x, "role", ac->role, sizeof(ac->role));
    }
}

int vi_event_from_json(const char *buf, size_t len, vi_event *ev, char *err, size_t errlen)
{
    int32_t part = ev->partition;
    json_t *o = load(buf, len);
    memset(ev, 0, sizeof(*ev));
    ev->partition = part;
    if (!o) {
        snprintf(err, errlen, "not a JSON object (or larger than %d bytes)", VI_JSON_MAX);
        return -EINVAL;
    }
    get_str(o, "event_id", ev->event_id, sizeof(ev->event_id));
    get_str(o, "article_id", ev->article_id, sizeof(ev->article_id));
    get_str(o, "type", ev->type, sizeof(ev->type));
    if (!ev->event_id[0] || !ev->article_id[0] || !ev->type[0]) {
        snprintf(err, errlen, "event without event_id, article_id or type");
        json_decref(o);
        return -EINVAL;
    }
    get_str(o, "subtype", ev->subtype, sizeof(ev->subtype));
    get_str(o, "country", ev->country, sizeof(ev->country));
    location_in(json_object_get(o, "location"), ev);
    json_t *d = json_object_get(o, "date");
    if (json_is_object(d)) {
        get_str(d, "value", ev->date, sizeof(ev->date));
        get_str(d, "precision", ev->date_precision, sizeof(ev->date_precision));
    }
    figure_in(json_object_get(o, "fatalities"), &ev->fatalities);
    figure_in(json_object_get(o, "arrests"), &ev->arrests);
    actors_in(json_object_get(o, "actors"), ev);
    get_str(o, "claimed_by", ev->claimed_by, sizeof(ev->claimed_by));
    ev->disputed = json_is_true(json_object_get(o, "disputed"));
    ev->historical = json_is_true(json_object_get(o, "historical"));
    get_num(o, "confidence", &ev->confidence);
    json_t *a = json_object_get(o, "article");
    if (json_is_object(a)) {
        get_str(a, "url", ev->url, sizeof(ev->url));
        get_str(a, "source", ev->outlet, sizeof(ev->outlet));
        get_str(a, "lang", ev->lang, sizeof(ev->lang));
        get_str(a, "published", ev->published, sizeof(ev->published));
    }
    json_decref(o);
    return 0;
}

/* ------------------------------------------------------------ incidents */

static json_t *range_json(const vi_range *r)
{
    if (!r->present)
        return json_null();
    return json_pack("{s:I,s:I,s:o,s:o}", "min", (json_int_t)r->min, "max", (json_int_t)r->max,
                     "min_claimed_by", str_or_null(r->min_by), "max_claimed_by",
                     str_or_null(r->max_by));
}

static json_t *place_json(const vi_incident *inc)
{
    if (!inc->place[0] && !inc->admin1[0])
        return json_null();
    return json_pack("{s:o,s:o,s:o,s:o,s:o,s:o}", "name", str_or_null(inc->place), "admin1",
                     str_or_null(inc->admin1), "admin2", str_or_null(inc->admin2), "lat",
                     inc->has_coords ? json_real(inc->lat) : json_null(), "lon",
                     inc->has_coords ? json_real(inc->lon) : json_null(), "precision",
                     str_or_null(inc->precision));
}

static json_t *day_json(int32_t day)
{
    char buf[40];
    if (day == INT32_MIN)
        return json_null();
    vi_format_time((long long)day * 86400000LL, buf, sizeof(buf));
    buf[10] = 0;
    return json_string(buf);
}

/* The date as reported ("first"/"last": the range of the events' own dates,
 * or their articles' publication days) and the time bounds joining goes by
 * ("bounds": never null once an event joined, vi_join.h). */
static json_t *date_json(const vi_incident *inc)
{
    json_t *bounds = inc->bound_lo == INT32_MIN
                         ? json_null()
                         : json_pack("{s:o,s:o,s:b}", "first", day_json(inc->bound_lo), "last",
                                     day_json(inc->bound_hi), "coarse", inc->bound_coarse);
    return json_pack("{s:o,s:s,s:o,s:o,s:o}", "value", str_or_null(inc->date), "precision",
                     inc->date_precision[0] ? inc->date_precision : "unknown", "first",
                     day_json(inc->day_first), "last", day_json(inc->day_last), "bounds", bounds);
}

static json_t *types_json(unsigned types)
{
    json_t *arr = json_array();
    for (unsigned i = 0; arr && i < VI_N_TYPES; i++)
        if (types & (1u << i))
            json_array_append_new(arr, json_string(vi_type_name(i)));
    return arr;
}

static json_t *actors_json(const vi_actor *a, unsigned n)
{
    json_t *arr = json_array();
    for (unsigned i = 0; arr && i < n; i++)
        json_array_append_new(arr,
                              json_pack("{s:s,s:o,s:o}", "name", a[i].name, "role",
                                        str_or_null(a[i].role), "kind", str_or_null(a[i].kind)));
    return arr;
}

static json_t *sources_json(const vi_incident *inc)
{
    json_t *arr = json_array();
    for (unsigned i = 0; arr && i < inc->n_sources; i++) {
        const vi_source *s = &inc->sources[i];
        json_array_append_new(arr, json_pack("{s:s,s:o,s:o,s:o,s:o}", "article_id", s->article_id,
                                             "event_id", str_or_null(s->event_id), "outlet",
                                             str_or_null(s->outlet), "url", str_or_null(s->url),
                                             "lang", str_or_null(s->lang)));
    }
    return arr;
}

static json_t *state_json(const vi_alert_state *st)
{
    return json_pack("{s:I,s:i,s:s,s:i,s:i,s:b,s:b,s:b,s:o,s:o}", "pending_at_ms",
                     (json_int_t)st->pending_at_ms, "n_sent", (int)st->n_sent, "severity",
                     vi_severity_name(st->severity), "fatalities_level", st->fat_level,
                     "arrests_level", st->arr_level, "claimed", st->claimed, "disputed",
                     st->disputed, "muted", st->muted, "last_alert_id",
                     str_or_null(st->last_alert_id), "rule", str_or_null(st->rule));
}

static json_t *incident_obj(const vi_incident *inc)
{
    char first[40], last[40];
    vi_format_time(inc->first_seen_ms, first, sizeof(first));
    vi_format_time(inc->updated_ms, last, sizeof(last));
    json_t *o = json_pack(
        "{s:s,s:s,s:i,s:s,s:s,s:s,s:o,s:o,s:o,s:o,s:s,s:s,s:I,s:I,s:o,s:o,s:o,s:o,s:o,s:b,s:o,s:i,"
        "s:i,s:o}",
        "schema", VI_INCIDENT_SCHEMA, "incident_id", inc->id, "partition", (int)inc->partition,
        "country", inc->country, "country_name", vi_country_name(inc->country), "type", inc->type,
        "subtype", str_or_null(inc->subtype), "types", types_json(inc->types), "place",
        place_json(inc), "date", date_json(inc), "first_seen", first, "last_updated", last,
        "first_seen_ms", (json_int_t)inc->first_seen_ms, "last_updated_ms",
        (json_int_t)inc->updated_ms, "fatalities", range_json(&inc->fatalities), "arrests",
        range_json(&inc->arrests), "perpetrator", str_or_null(inc->perpetrator), "actors",
        actors_json(inc->actors, inc->n_actors), "claimed_by", str_or_null(inc->claimed_by),
        "disputed", inc->disputed, "sources", sources_json(inc), "n_sources", (int)inc->n_articles,
        "version", (int)inc->version, "alert", state_json(&inc->alert));
    return o;
}

static char *dump(json_t *o, size_t *len)
{
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (s && len)
        *len = strlen(s);
    return s;
}

char *vi_incident_to_json(const vi_incident *inc, size_t *len)
{
    return dump(incident_obj(inc), len);
}

static void range_in(json_t *o, vi_range *r)
{
    memset(r, 0, sizeof(*r));
    if (!json_is_object(o))
        return;
    r->present = 1;
    r->min = get_int(o, "min", 0);
    r->max = get_int(o, "max", r->min);
    get_str(o, "min_claimed_by", r->min_by, sizeof(r->min_by));
    get_str(o, "max_claimed_by", r->max_by, sizeof(r->max_by));
}

static void place_in(json_t *p, vi_incident *inc)
{
    if (!json_is_object(p))
        return;
    get_str(p, "name", inc->place, sizeof(inc->place));
    get_str(p, "admin1", inc->admin1, sizeof(inc->admin1));
    get_str(p, "admin2", inc->admin2, sizeof(inc->admin2));
    get_str(p, "precision", inc->precision, sizeof(inc->precision));
    inc->has_coords = get_num(p, "lat", &inc->lat) && get_num(p, "lon", &inc->lon);
}

static void sources_in(json_t *a, vi_incident *inc, unsigned max)
{
    size_t i;
    json_t *x;
    if (!json_is_array(a))
        return;
    json_array_foreach(a, i, x)
    {
        if (inc->n_sources >= max)
            break;
        if (!json_is_object(x) || !json_is_string(json_object_get(x, "article_id")))
            continue;
        vi_source *s = &inc->sources[inc->n_sources++];
        get_str(x, "article_id", s->article_id, sizeof(s->article_id));
        get_str(x, "event_id", s->event_id, sizeof(s->event_id));
        get_str(x, "outlet", s->outlet, sizeof(s->outlet));
        get_str(x, "url", s->url, sizeof(s->url));
        get_str(x, "lang", s->lang, sizeof(s->lang));
    }
}

static void state_in(json_t *o, vi_alert_state *st)
{
    char sev[16];
    if (!json_is_object(o))
        return;
    st->pending_at_ms = get_int(o, "pending_at_ms", 0);
    st->n_sent = (unsigned)get_int(o, "n_sent", 0);
    get_str(o, "severity", sev, sizeof(sev));
    st->severity = vi_severity_from_name(sev);
    st->fat_level = (int)get_int(o, "fatalities_level", 0);
    st->arr_level = (int)get_int(o, "arrests_level", 0);
    st->claimed = json_is_true(json_object_get(o, "claimed"));
    st->disputed = json_is_true(json_object_get(o, "disputed"));
    st->muted = json_is_true(json_object_get(o, "muted"));
    get_str(o, "last_alert_id", st->last_alert_id, sizeof(st->last_alert_id));
    get_str(o, "rule", st->rule, sizeof(st->rule));
}

/* Time bounds and types; records written before they existed get them
 * from the date range (else the first-seen day) and the type. */
static void join_in(json_t *o, json_t *d, vi_incident *inc)
{
    char buf[16];
    size_t i;
    json_t *x, *b = json_object_get(d, "bounds"), *types = json_object_get(o, "types");
    if (json_is_object(b)) {
        get_str(b, "first", buf, sizeof(buf));
        inc->bound_lo = vi_day_number(buf);
        get_str(b, "last", buf, sizeof(buf));
        inc->bound_hi = vi_day_number(buf);
        inc->bound_coarse = json_is_true(json_object_get(b, "coarse"));
    }
    if (inc->bound_lo == INT32_MIN || inc->bound_hi == INT32_MIN || inc->bound_hi < inc->bound_lo) {
        int32_t seen = (int32_t)(inc->first_seen_ms / 86400000LL);
        inc->bound_lo = inc->day_first != INT32_MIN ? inc->day_first : seen;
        inc->bound_hi = inc->day_last != INT32_MIN ? inc->day_last : inc->bound_lo;
        inc->bound_coarse = 0;
    }
    json_array_foreach(types, i, x)
    {
        inc->types |= vi_type_bit(json_string_value(x));
    }
    inc->types |= vi_type_bit(inc->type);
}

static void incident_in(json_t *o, vi_incident *inc, unsigned max_sources)
{
    json_t *d = json_object_get(o, "date"), *ev_actors = json_object_get(o, "actors");
    char buf[16];
    inc->partition = (int32_t)get_int(o, "partition", -1);
    get_str(o, "country", inc->country, sizeof(inc->country));
    get_str(o, "type", inc->type, sizeof(inc->type));
    get_str(o, "subtype", inc->subtype, sizeof(inc->subtype));
    place_in(json_object_get(o, "place"), inc);
    if (json_is_object(d)) {
        get_str(d, "value", inc->date, sizeof(inc->date));
        get_str(d, "precision", inc->date_precision, sizeof(inc->date_precision));
        get_str(d, "first", buf, sizeof(buf));
        inc->day_first = vi_day_number(buf);
        get_str(d, "last", buf, sizeof(buf));
        inc->day_last = vi_day_number(buf);
    }
    inc->first_seen_ms = get_int(o, "first_seen_ms", 0);
    inc->updated_ms = get_int(o, "last_updated_ms", inc->first_seen_ms);
    join_in(o, d, inc);
    get_str(o, "perpetrator", inc->perpetrator, sizeof(inc->perpetrator));
    range_in(json_object_get(o, "fatalities"), &inc->fatalities);
    range_in(json_object_get(o, "arrests"), &inc->arrests);
    vi_event tmp; /* reuse the event actor decoder */
    memset(&tmp, 0, sizeof(tmp));
    actors_in(ev_actors, &tmp);
    memcpy(inc->actors, tmp.actors, sizeof(inc->actors));
    inc->n_actors = tmp.n_actors;
    get_str(o, "claimed_by", inc->claimed_by, sizeof(inc->claimed_by));
    inc->disputed = json_is_true(json_object_get(o, "disputed"));
    sources_in(json_object_get(o, "sources"), inc, max_sources);
    inc->n_articles = (unsigned)get_int(o, "n_sources", inc->n_sources);
    if (inc->n_articles < inc->n_sources)
        inc->n_articles = inc->n_sources;
    inc->version = (unsigned)get_int(o, "version", 0);
    state_in(json_object_get(o, "alert"), &inc->alert);
}

int vi_incident_from_json(const char *buf, size_t len, unsigned max_sources, vi_incident **out)
{
    json_t *o = load(buf, len);
    *out = NULL;
    if (!o)
        return -EINVAL;
    vi_incident *inc = vi_incident_new(max_sources);
    if (!inc) {
        json_decref(o);
        return -ENOMEM;
    }
    get_str(o, "incident_id", inc->id, sizeof(inc->id));
    if (strlen(inc->id) != VI_ID_LEN - 1) {
        vi_incident_free(inc);
        json_decref(o);
        return -EINVAL;
    }
    incident_in(o, inc, max_sources);
    json_decref(o);
    *out = inc;
    return 0;
}

/* ------------------------------------------------------------ alerts */

static json_t *evidence_json(const vi_incident *inc)
{
    json_t *arr = json_array();
    for (unsigned i = 0; arr && i < inc->n_sources; i++)
        json_array_append_new(arr,
                              json_pack("{s:s,s:o,s:o}", "article_id", inc->sources[i].article_id,
                                        "url", str_or_null(inc->sources[i].url), "outlet",
                                        str_or_null(inc->sources[i].outlet)));
    return arr;
}

char *vi_alert_to_json(const vi_alert *a, long long now_ms, size_t *len)
{
    char t[40];
    vi_format_time(now_ms, t, sizeof(t));
    json_t *state =
        json_pack("{s:i,s:i,s:b,s:b}", "fatalities_level", a->fat_level, "arrests_level",
                  a->arr_level, "claimed", a->claimed, "disputed", a->disputed);
    json_t *o =
        json_pack("{s:s,s:s,s:s,s:s,s:s,s:o,s:s,s:i,s:s,s:s,s:s,s:o,s:o,s:o}", "schema",
                  VI_ALERT_SCHEMA, "alert_id", a->id, "incident_id", a->inc->id, "severity",
                  vi_severity_name(a->severity), "rule", a->rule, "route", str_or_null(a->route),
                  "status", a->status == VI_FIRING ? "firing" : "update", "seq", (int)a->seq,
                  "reason", a->reason, "summary", a->summary, "time", t, "state", state, "incident",
                  incident_obj(a->inc), "evidence", evidence_json(a->inc));
    return dump(o, len);
}

int vi_alert_from_json(const char *buf, size_t len, vi_alert *a, char incident_id[VI_ID_LEN],
                       int *partition)
{
    char sev[16];
    json_t *o = load(buf, len);
    memset(a, 0, sizeof(*a));
    incident_id[0] = 0;
    *partition = -1;
    if (!o)
        return -EINVAL;
    get_str(o, "alert_id", a->id, sizeof(a->id));
    get_str(o, "incident_id", incident_id, VI_ID_LEN);
    get_str(o, "severity", sev, sizeof(sev));
    get_str(o, "rule", a->rule, sizeof(a->rule));
    a->severity = vi_severity_from_name(sev);
    a->seq = (unsigned)get_int(o, "seq", 0);
    json_t *st = json_object_get(o, "state"), *inc = json_object_get(o, "incident");
    a->fat_level = (int)get_int(st, "fatalities_level", 0);
    a->arr_level = (int)get_int(st, "arrests_level", 0);
    a->claimed = json_is_true(json_object_get(st, "claimed"));
    a->disputed = json_is_true(json_object_get(st, "disputed"));
    *partition = (int)get_int(inc, "partition", -1);
    int ok = strlen(a->id) == VI_ID_LEN - 1 && strlen(incident_id) == VI_ID_LEN - 1 && a->severity;
    json_decref(o);
    return ok ? 0 : -EINVAL;
}
