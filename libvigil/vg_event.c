/*
 * vg_event.c - event extraction (first version: sentence-level keywords).
 *
 * Finds the first sentence that names an event keyword and a country and
 * emits one event per type.  The full extractor (lexicon in knowledge files,
 * numbers, dates, places, actors, claims) replaces this.
 */
#include "vigil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const type_names[VG_EV__COUNT] = {
    "none",    "coup",     "arrest", "armed_clash",  "attack_on_civilians", "abduction",
    "remote_violence", "protest", "riot", "displacement", "strategic"};

const char *vg_event_type_name(vg_event_type t)
{
    return (t > VG_EV_NONE && t < VG_EV__COUNT) ? type_names[t] : "none";
}

vg_event_type vg_event_type_from_name(const char *s)
{
    for (int t = 1; t < VG_EV__COUNT; t++)
        if (s && strcmp(s, type_names[t]) == 0)
            return (vg_event_type)t;
    return VG_EV_NONE;
}

void vg_events_free(vg_events *ev)
{
    if (!ev)
        return;
    free(ev->v);
    memset(ev, 0, sizeof(*ev));
}

static const struct {
    const char *word;
    vg_event_type type;
} keywords[] = {{"coup", VG_EV_COUP},           {"arrested", VG_EV_ARREST},
                {"attack", VG_EV_ARMED_CLASH},  {"killed", VG_EV_ATTACK_ON_CIVILIANS},
                {"kidnapped", VG_EV_ABDUCTION}, {"drone", VG_EV_REMOTE_VIOLENCE},
                {"protest", VG_EV_PROTEST}};

static const struct {
    const char *name, *iso;
} countries[] = {{"Burkina", "BF"}, {"Mali", "ML"}, {"Niger", "NE"}, {"Chad", "TD"}};

static int push(vg_events *out, const vg_limits *lim, const vg_event *e)
{
    if (out->n >= lim->max_events) {
        out->truncated++;
        return 0;
    }
    if (out->n == out->cap) {
        size_t nc = out->cap ? out->cap * 2 : 8;
        vg_event *nv = realloc(out->v, nc * sizeof(*nv));
        if (!nv)
            return VG_ENOMEM;
        out->v = nv;
        out->cap = nc;
    }
    out->v[out->n++] = *e;
    return 0;
}

int vg_extract(const vg_kb *kb, const vg_limits *lim, const vg_article *art, const vg_doc *doc,
               vg_events *out)
{
    (void)kb;
    memset(out, 0, sizeof(*out));
    if (!lim || !doc || !doc->body)
        return VG_EINVAL;
    const char *country = NULL;
    for (size_t i = 0; i < sizeof(countries) / sizeof(countries[0]) && !country; i++)
        if (strstr(doc->body, countries[i].name))
            country = countries[i].iso;
    if (!country)
        return 0;
    for (size_t k = 0; k < sizeof(keywords) / sizeof(keywords[0]); k++) {
        const char *p = strcasestr(doc->body, keywords[k].word);
        if (!p)
            continue;
        vg_event e;
        memset(&e, 0, sizeof(e));
        e.type = keywords[k].type;
        memcpy(e.country, country, 3);
        snprintf(e.date.precision, sizeof(e.date.precision), "unknown");
        e.sent_start = (size_t)(p - doc->body);
        e.sent_end = e.sent_start + strlen(keywords[k].word);
        vg_doc_raw_range(doc, e.sent_start, e.sent_end, &e.raw_start, &e.raw_end);
        e.confidence = 0.3;
        vg_event_id(art ? art->id : NULL, &e, e.event_id);
        if (push(out, lim, &e) < 0) {
            vg_events_free(out);
            return VG_ENOMEM;
        }
    }
    return 0;
}

void vg_event_id(const char *article_id, const vg_event *e, char out[17])
{
    char buf[512];
    int n = snprintf(buf, sizeof(buf), "%s|%d|%s|%s|%s|%s|%ld|%ld", article_id ? article_id : "",
                     (int)e->type, e->subtype, e->country, e->location.name, e->date.value,
                     e->fatalities.present ? e->fatalities.min : -1,
                     e->arrests.present ? e->arrests.min : -1);
    uint64_t h = vg_hash64(buf, n > 0 ? (size_t)n : 0, 0x65766e74u);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}
