/*
 * vc_event_json.c - write a vg_event as the published event JSON.
 *
 * Absent values are JSON null rather than missing keys, so consumers can rely
 * on every key of the schema being present.  The evidence sentence is capped
 * (EVIDENCE_MAX bytes, cut on a UTF-8 boundary) to bound record size.
 *
 * The event has a fixed shape, so it is written straight into one buffer
 * (vc_jw) with the keys as literal fragments, in schema order; there is no
 * intermediate tree.  tests/unit/test_event_json.c builds the same event
 * with Jansson and checks the bytes are identical.
 */
#include "vc_event_json.h"
#include "vc_jw.h"

#include <string.h>

#define EVIDENCE_MAX 1024

/* The names of the library's closed vocabularies (its enums): they exist
 * here only, where events are encoded. */
static const char *const loc_prec_names[VG_LOC__COUNT] = {"country", "admin1", "admin2", "town"};
static const char *const date_prec_names[] = {"unknown", "year", "month", "week", "day"};
static const char *const qual_names[VG_Q__COUNT] = {"exact", "at_least", "over",
                                                    "about", "up_to",    "nearly"};
static const char *const role_names[VG_ROLE__COUNT] = {"", "perpetrator", "target", "victim",
                                                       "other"};
static const char *const kind_names[VG_AK__COUNT] = {"", "civilians", "state_forces", "armed_group",
                                                     "political"};

const char *vc_loc_prec_name(vg_loc_prec p)
{
    return p >= 0 && p < VG_LOC__COUNT ? loc_prec_names[p] : "town";
}

const char *vc_date_prec_name(vg_date_prec p)
{
    return p >= 0 && p <= VG_DP_DAY ? date_prec_names[p] : "unknown";
}

const char *vc_qual_name(vg_qual q)
{
    return q >= 0 && q < VG_Q__COUNT ? qual_names[q] : "exact";
}

const char *vc_role_name(vg_role r)
{
    return r >= 0 && r < VG_ROLE__COUNT ? role_names[r] : "";
}

const char *vc_actor_kind_name(vg_actor_kind k)
{
    return k >= 0 && k < VG_AK__COUNT ? kind_names[k] : "";
}

/* A key (a literal fragment such as ",\"admin1\":") and a string or null. */
#define KV(w, key, v)                                                                              \
    do {                                                                                           \
        VC_JW_LIT(w, key);                                                                         \
        vc_jw_str_or_null(w, v);                                                                   \
    } while (0)

static void coord(vc_jw *w, int known, double v)
{
    if (known)
        vc_jw_real(w, v);
    else
        VC_JW_LIT(w, "null");
}

static void location_json(vc_jw *w, const vg_event *e)
{
    if (!e->has_location || !e->location.name[0]) {
        VC_JW_LIT(w, "null");
        return;
    }
    const vg_location *l = &e->location;
    VC_JW_LIT(w, "{\"name\":");
    vc_jw_str(w, l->name, strlen(l->name));
    KV(w, ",\"admin1\":", l->admin1);
    KV(w, ",\"admin2\":", l->admin2);
    VC_JW_LIT(w, ",\"lat\":");
    coord(w, l->has_coords, l->lat);
    VC_JW_LIT(w, ",\"lon\":");
    coord(w, l->has_coords, l->lon);
    KV(w, ",\"precision\":", vc_loc_prec_name(l->precision));
    VC_JW_LIT(w, "}");
}

static void date_json(vc_jw *w, const vg_date *d)
{
    KV(w, "{\"value\":", d->value);
    KV(w, ",\"precision\":", vc_date_prec_name(d->precision));
    KV(w, ",\"text\":", d->text);
    VC_JW_LIT(w, "}");
}

static void figure_json(vc_jw *w, const vg_figure *f)
{
    if (!f->present) {
        VC_JW_LIT(w, "null");
        return;
    }
    VC_JW_LIT(w, "{\"min\":");
    vc_jw_int(w, f->min);
    VC_JW_LIT(w, ",\"max\":");
    if (f->max >= 0)
        vc_jw_int(w, f->max);
    else
        VC_JW_LIT(w, "null");
    KV(w, ",\"text\":", f->text);
    KV(w, ",\"qualifier\":", vc_qual_name(f->qualifier));
    KV(w, ",\"claimed_by\":", f->claimed_by);
    VC_JW_LIT(w, "}");
}

static void actors_json(vc_jw *w, const vg_event *e)
{
    VC_JW_LIT(w, "[");
    for (unsigned i = 0; i < e->n_actors && i < VG_MAX_ACTORS; i++) {
        const vg_event_actor *a = &e->actors[i];
        if (i)
            VC_JW_LIT(w, ",");
        VC_JW_LIT(w, "{\"name\":");
        vc_jw_str(w, a->name, strlen(a->name));
        KV(w, ",\"role\":", vc_role_name(a->role));
        KV(w, ",\"kind\":", vc_actor_kind_name(a->kind));
        VC_JW_LIT(w, "}");
    }
    VC_JW_LIT(w, "]");
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

static void evidence_json(vc_jw *w, const vg_event *e, const vg_doc *doc)
{
    VC_JW_LIT(w, "{\"raw_start\":");
    vc_jw_int(w, (long long)e->raw_start);
    VC_JW_LIT(w, ",\"raw_end\":");
    vc_jw_int(w, (long long)e->raw_end);
    VC_JW_LIT(w, ",\"sentence\":");
    size_t s = e->sent_start, t = e->sent_end;
    if (doc && doc->body && s < t && t <= doc->body_len)
        vc_jw_str(w, doc->body + s, utf8_cut(doc->body + s, t - s, EVIDENCE_MAX));
    else
        VC_JW_LIT(w, "null");
    VC_JW_LIT(w, "}");
}

static void article_json(vc_jw *w, const vc_envelope *env, const vg_doc *doc)
{
    VC_JW_LIT(w, "{\"id\":");
    vc_jw_str(w, env->id, strlen(env->id));
    KV(w, ",\"url\":", env->url);
    KV(w, ",\"source\":", env->source);
    KV(w, ",\"published\":", env->published);
    KV(w, ",\"lang\":", doc && doc->lang[0] ? doc->lang : env->lang);
    VC_JW_LIT(w, "}");
}

int vc_event_json(const vg_event *e, const vg_doc *doc, const vc_envelope *env, char **out,
                  size_t *len)
{
    vc_jw w;
    /* the fixed part is about 700 bytes; the sentence is at most EVIDENCE_MAX */
    size_t sent = e->sent_end > e->sent_start ? e->sent_end - e->sent_start : 0;
    vc_jw_init(&w, 1024 + (sent < EVIDENCE_MAX ? sent : EVIDENCE_MAX), 0);
    VC_JW_LIT(&w, "{\"schema\":\"" VG_SCHEMA_VERSION "\",\"event_id\":");
    vc_jw_str(&w, e->event_id, strlen(e->event_id));
    VC_JW_LIT(&w, ",\"article_id\":");
    vc_jw_str(&w, env->id, strlen(env->id));
    VC_JW_LIT(&w, ",\"type\":");
    const char *type = vg_event_type_name(e->type);
    vc_jw_str(&w, type, strlen(type));
    KV(&w, ",\"subtype\":", e->subtype);
    KV(&w, ",\"country\":", e->country);
    VC_JW_LIT(&w, ",\"location\":");
    location_json(&w, e);
    VC_JW_LIT(&w, ",\"date\":");
    date_json(&w, &e->date);
    VC_JW_LIT(&w, ",\"fatalities\":");
    figure_json(&w, &e->fatalities);
    VC_JW_LIT(&w, ",\"arrests\":");
    figure_json(&w, &e->arrests);
    VC_JW_LIT(&w, ",\"actors\":");
    actors_json(&w, e);
    KV(&w, ",\"claimed_by\":", e->claimed_by);
    VC_JW_LIT(&w, ",\"disputed\":");
    vc_jw_bool(&w, e->disputed);
    VC_JW_LIT(&w, ",\"historical\":");
    vc_jw_bool(&w, e->historical);
    VC_JW_LIT(&w, ",\"confidence\":");
    vc_jw_real(&w, e->confidence);
    VC_JW_LIT(&w, ",\"evidence\":");
    evidence_json(&w, e, doc);
    KV(&w, ",\"acled\":{\"event_type\":", e->acled_event_type);
    KV(&w, ",\"sub_event_type\":", e->acled_sub_event_type);
    VC_JW_LIT(&w, "},\"article\":");
    article_json(&w, env, doc);
    VC_JW_LIT(&w, "}");
    return vc_jw_finish(&w, out, len);
}
