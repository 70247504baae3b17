/*
 * vc_human.c - readable one-line renderings of events and alerts (see
 * vc_human.h).  Jansson reads the record: this is for a terminal, not the
 * hot path.  Missing or null fields print as "-" rather than failing, so a
 * record from an older or newer schema version still gives a line.
 */
#include "vc_human.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SENTENCE_CHARS 100 /* evidence shown, in characters */

typedef struct line {
    char *s;
    size_t len, cap;
} line;

static void add(line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(line *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !l->s)
        return;
    if (l->len + (size_t)n + 1 > l->cap) {
        size_t cap = (l->len + (size_t)n + 1) * 2;
        char *s = realloc(l->s, cap);
        if (!s) {
            free(l->s);
            l->s = NULL;
            return;
        }
        l->s = s;
        l->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(l->s + l->len, l->cap - l->len, fmt, ap);
    va_end(ap);
    l->len += (size_t)n;
}

static const char *str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s && s[0] ? s : NULL;
}

/* "Boulkessi, Mopti, ML": the place's name and admin1, then the country. */
static void place(line *l, json_t *ev)
{
    json_t *loc = json_object_get(ev, "location");
    const char *name = str(loc, "name"), *a1 = str(loc, "admin1"), *cc = str(ev, "country");
    int n = 0;
    if (name)
        add(l, "%s", name), n++;
    if (a1 && (!name || strcmp(a1, name) != 0))
        add(l, "%s%s", n++ ? ", " : "", a1);
    if (cc)
        add(l, "%s%s", n++ ? ", " : "", cc);
    if (!n)
        add(l, "-");
}

/* "at least 20 killed", "15-20 killed", "30 arrested". */
static int figure(line *l, json_t *f, const char *what, int sep)
{
    if (!json_is_object(f) || !json_is_integer(json_object_get(f, "min")))
        return 0;
    long long lo = json_integer_value(json_object_get(f, "min"));
    json_t *hi = json_object_get(f, "max");
    const char *q = str(f, "qualifier");
    add(l, "%s", sep ? ", " : "");
    if (q && strcmp(q, "exact") != 0) {
        char qs[32];
        snprintf(qs, sizeof(qs), "%s", q);
        for (char *p = qs; *p; p++)
            if (*p == '_')
                *p = ' ';
        add(l, "%s ", qs);
    }
    if (json_is_integer(hi) && json_integer_value(hi) != lo)
        add(l, "%lld-%lld %s", lo, (long long)json_integer_value(hi), what);
    else
        add(l, "%lld %s", lo, what);
    return 1;
}

/* The perpetrator, then " > " and the others. */
static void actors(line *l, json_t *ev)
{
    json_t *a = json_object_get(ev, "actors");
    size_t n = json_array_size(a);
    if (!n) {
        add(l, "-");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *name = str(json_array_get(a, i), "name");
        const char *role = str(json_array_get(a, i), "role");
        if (i == 0)
            add(l, "%s%s", name ? name : "-",
                role && strcmp(role, "perpetrator") == 0 ? (n > 1 ? " > " : "")
                                                         : (n > 1 ? ", " : ""));
        else
            add(l, "%s%s", name ? name : "-", i + 1 < n ? ", " : "");
    }
}

/* The first SENTENCE_CHARS characters (UTF-8) of the evidence sentence. */
static void sentence(line *l, json_t *ev)
{
    const char *s = str(json_object_get(ev, "evidence"), "sentence");
    size_t i = 0, chars = 0;
    if (!s) {
        add(l, "-");
        return;
    }
    while (s[i] && chars < SENTENCE_CHARS) {
        i++;
        while ((s[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    add(l, "%.*s%s", (int)i, s, s[i] ? "…" : "");
}

static void event_line(line *l, json_t *ev)
{
    json_t *date = json_object_get(ev, "date");
    const char *d = str(date, "value"), *type = str(ev, "type"), *sub = str(ev, "subtype");
    add(l, "EVENT %s %s%s%s | ", d ? d : "date?", type ? type : "-", sub ? "/" : "",
        sub ? sub : "");
    place(l, ev);
    add(l, " | ");
    int n = figure(l, json_object_get(ev, "fatalities"), "killed", 0);
    n += figure(l, json_object_get(ev, "arrests"), "arrested", n);
    if (!n)
        add(l, "no toll");
    add(l, " | ");
    actors(l, ev);
    add(l, " | ");
    sentence(l, ev);
    if (json_is_true(json_object_get(ev, "historical")))
        add(l, " (background)");
}

static void alert_line(line *l, json_t *al)
{
    const char *t = str(al, "time"), *sev = str(al, "severity"), *st = str(al, "status");
    const char *rule = str(al, "rule"), *sum = str(al, "summary"), *why = str(al, "reason");
    char when[32] = "time?";
    if (t && strlen(t) >= 19) /* 2026-12-07T03:48:26.404Z -> 2026-12-07 03:48:26 */
        snprintf(when, sizeof(when), "%.10s %.8s", t, t + 11);
    add(l, "ALERT %s %s %s (%s) | %s", when, sev ? sev : "-", st ? st : "-", rule ? rule : "-",
        sum ? sum : "-");
    if (st && strcmp(st, "firing") != 0 && why)
        add(l, " [%s]", why);
}

char *vc_human_line(const char *json, size_t len)
{
    json_t *o = json_loadb(json, len, 0, NULL);
    const char *schema = str(o, "schema");
    line l = {malloc(256), 0, 256};
    if (!schema || !l.s) {
        json_decref(o);
        free(l.s);
        return NULL;
    }
    l.s[0] = 0;
    if (strcmp(schema, "vigil.event/1") == 0)
        event_line(&l, o);
    else if (strcmp(schema, "vigil.alert/1") == 0)
        alert_line(&l, o);
    else {
        free(l.s);
        l.s = NULL;
    }
    json_decref(o);
    return l.s;
}
