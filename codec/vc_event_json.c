/*
 * vc_event_json.c - encode a vg_event as the published event JSON.
 *
 * Absent values are JSON null rather than missing keys, so consumers can rely
 * on every key of the schema being present.  The evidence sentence is capped
 * (EVIDENCE_MAX bytes, cut on a UTF-8 boundary) to bound record size.
 */
#include "vc_event_json.h"

#include <string.h>

#define EVIDENCE_MAX 1024

static json_t *str_or_null(const char *s)
{
    return (s && s[0]) ? json_string(s) : json_null();
}

static json_t *location_json(const vg_event *e)
{
    if (!e->has_location || !e->location.name[0])
        return json_null();
    const vg_location *l = &e->location;
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string(l->name));
    json_object_set_new(o, "admin1", str_or_null(l->admin1));
    json_object_set_new(o, "admin2", str_or_null(l->admin2));
    json_object_set_new(o, "lat", l->has_coords ? json_real(l->lat) : json_null());
    json_object_set_new(o, "lon", l->has_coords ? json_real(l->lon) : json_null());
    json_object_set_new(o, "precision", str_or_null(l->precision));
    return o;
}

static json_t *date_json(const vg_date *d)
{
    json_t *o = json_object();
    json_object_set_new(o, "value", str_or_null(d->value));
    json_object_set_new(o, "precision", json_string(d->precision[0] ? d->precision : "unknown"));
    json_object_set_new(o, "text", str_or_null(d->text));
    return o;
}

static json_t *figure_json(const vg_figure *f)
{
    if (!f->present)
        return json_null();
    json_t *o = json_object();
    json_object_set_new(o, "min", json_integer(f->min));
    json_object_set_new(o, "max", f->max >= 0 ? json_integer(f->max) : json_null());
    json_object_set_new(o, "text", str_or_null(f->text));
    json_object_set_new(o, "qualifier", str_or_null(f->qualifier));
    json_object_set_new(o, "claimed_by", str_or_null(f->claimed_by));
    return o;
}

static json_t *actors_json(const vg_event *e)
{
    json_t *a = json_array();
    for (unsigned i = 0; i < e->n_actors && i < VG_MAX_ACTORS; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "name", json_string(e->actors[i].name));
        json_object_set_new(o, "role", str_or_null(e->actors[i].role));
        json_object_set_new(o, "kind", str_or_null(e->actors[i].kind));
        json_array_append_new(a, o);
    }
    return a;
}

/* Longest prefix of s[0..n) of at most max bytes that ends on a UTF-8 boundary. */
static size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

static json_t *evidence_json(const vg_event *e, const vg_doc *doc)
{
    json_t *o = json_object();
    json_object_set_new(o, "raw_start", json_integer((json_int_t)e->raw_start));
    json_object_set_new(o, "raw_end", json_integer((json_int_t)e->raw_end));
    size_t s = e->sent_start, t = e->sent_end;
    if (doc && doc->body && s < t && t <= doc->body_len)
        json_object_set_new(
            o, "sentence",
            json_stringn(doc->body + s, utf8_cut(doc->body + s, t - s, EVIDENCE_MAX)));
    else
        json_object_set_new(o, "sentence", json_null());
    return o;
}

static json_t *article_json(const vc_envelope *env, const vg_doc *doc)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(env->id));
    json_object_set_new(o, "url", str_or_null(env->url));
    json_object_set_new(o, "source", str_or_null(env->source));
    json_object_set_new(o, "published", str_or_null(env->published));
    json_object_set_new(o, "lang", str_or_null(doc && doc->lang[0] ? doc->lang : env->lang));
    return o;
}

json_t *vc_event_to_json(const vg_event *e, const vg_doc *doc, const vc_envelope *env)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_t *acled = json_object();
    json_object_set_new(acled, "event_type", str_or_null(e->acled_event_type));
    json_object_set_new(acled, "sub_event_type", str_or_null(e->acled_sub_event_type));
    json_object_set_new(o, "schema", json_string(VG_SCHEMA_VERSION));
    json_object_set_new(o, "event_id", json_string(e->event_id));
    json_object_set_new(o, "article_id", json_string(env->id));
    json_object_set_new(o, "type", json_string(vg_event_type_name(e->type)));
    json_object_set_new(o, "subtype", str_or_null(e->subtype));
    json_object_set_new(o, "country", str_or_null(e->country));
    json_object_set_new(o, "location", location_json(e));
    json_object_set_new(o, "date", date_json(&e->date));
    json_object_set_new(o, "fatalities", figure_json(&e->fatalities));
    json_object_set_new(o, "arrests", figure_json(&e->arrests));
    json_object_set_new(o, "actors", actors_json(e));
    json_object_set_new(o, "claimed_by", str_or_null(e->claimed_by));
    json_object_set_new(o, "disputed", json_boolean(e->disputed));
    json_object_set_new(o, "historical", json_boolean(e->historical));
    json_object_set_new(o, "confidence", json_real(e->confidence));
    json_object_set_new(o, "evidence", evidence_json(e, doc));
    json_object_set_new(o, "acled", acled);
    json_object_set_new(o, "article", article_json(env, doc));
    return o;
}
