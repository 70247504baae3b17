/*
 * vd_metrics.c - metrics registry and Prometheus text rendering (see
 * vd_metrics.h).
 *
 * Families are a singly linked list in registration order, series a singly
 * linked list per family found by comparing label values: families have few
 * series (event types, error classes, partitions), so a linear scan under
 * the registry mutex beats a hash table in code and in cache.  Histogram
 * buckets are stored per bucket and made cumulative when rendered.  Numbers
 * are written in the shortest form that reads back exactly, so counters stay
 * exact up to 2^53.
 */
#include "vd_metrics.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct series {
    struct series *next;
    char *values[VD_METRICS_MAX_LABELS];
    double value;     /* counter, gauge; histogram sum */
    uint64_t count;   /* histogram observations */
    uint64_t *bucket; /* histogram: nbounds per-bucket counts */
    unsigned gen;     /* vd_family_begin/sweep */
} series;

struct vd_family {
    struct vd_family *next;
    vd_registry *reg;
    vd_metric_type type;
    char *name, *help;
    char *labels[VD_METRICS_MAX_LABELS];
    size_t nlabels;
    double *bounds;
    size_t nbounds;
    series *head, *tail;
    size_t nseries;
    unsigned gen;
};

struct vd_registry {
    pthread_mutex_t mu;
    vd_family *head, *tail;
};

static series *get_series(vd_family *f, const char *const *values);

vd_registry *vd_registry_new(void)
{
    vd_registry *r = calloc(1, sizeof(*r));
    if (r)
        pthread_mutex_init(&r->mu, NULL);
    return r;
}

static void series_free(series *s, size_t nlabels)
{
    if (!s)
        return;
    for (size_t i = 0; i < nlabels; i++)
        free(s->values[i]);
    free(s->bucket);
    free(s);
}

static void family_free(vd_family *f)
{
    if (!f)
        return;
    for (series *s = f->head, *n; s; s = n) {
        n = s->next;
        series_free(s, f->nlabels);
    }
    for (size_t i = 0; i < f->nlabels; i++)
        free(f->labels[i]);
    free(f->name);
    free(f->help);
    free(f->bounds);
    free(f);
}

void vd_registry_free(vd_registry *r)
{
    if (!r)
        return;
    for (vd_family *f = r->head, *n; f; f = n) {
        n = f->next;
        family_free(f);
    }
    pthread_mutex_destroy(&r->mu);
    free(r);
}

/* [a-zA-Z_:][a-zA-Z0-9_:]* for metric names; no ':' in label names. */
static int valid_name(const char *s, int label)
{
    if (!s || !*s || (*s >= '0' && *s <= '9'))
        return 0;
    for (; *s; s++) {
        int ok = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
                 *s == '_' || (!label && *s == ':');
        if (!ok)
            return 0;
    }
    return 1;
}

static int split_labels(vd_family *f, const char *labels)
{
    const char *p = labels;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (f->nlabels == VD_METRICS_MAX_LABELS)
            return -1;
        char *l = strndup(p, n);
        if (!l)
            return -1;
        f->labels[f->nlabels++] = l;
        if (!valid_name(l, 1) || strncmp(l, "__", 2) == 0 ||
            (f->type == VD_HISTOGRAM && strcmp(l, "le") == 0))
            return -1;
        p = comma ? comma + 1 : NULL;
    }
    return 0;
}

static int set_bounds(vd_family *f, const double *bounds, size_t n)
{
    if (f->type != VD_HISTOGRAM)
        return n ? -1 : 0;
    if (!n || !(f->bounds = malloc(n * sizeof(double))))
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(bounds[i]) || (i && bounds[i] <= bounds[i - 1]))
            return -1;
        f->bounds[i] = bounds[i];
    }
    f->nbounds = n;
    return 0;
}

static vd_family *find_family(vd_registry *r, const char *name)
{
    for (vd_family *f = r->head; f; f = f->next)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

vd_family *vd_registry_add(vd_registry *r, vd_metric_type type, const char *name, const char *help,
                           const char *labels, const double *bounds, size_t nbounds)
{
    if (!r || !valid_name(name, 0))
        return NULL;
    vd_family *f = calloc(1, sizeof(*f));
    if (!f)
        return NULL;
    f->reg = r;
    f->type = type;
    if (!(f->name = strdup(name)) || !(f->help = strdup(help ? help : "")) ||
        split_labels(f, labels) < 0 || set_bounds(f, bounds, nbounds) < 0)
        goto fail;
    /* a family without labels has exactly one series: show it from the start */
    if (!f->nlabels && !get_series(f, NULL))
        goto fail;
    pthread_mutex_lock(&r->mu);
    if (find_family(r, name)) {
        pthread_mutex_unlock(&r->mu);
        goto fail;
    }
    if (r->tail)
        r->tail->next = f;
    else
        r->head = f;
    r->tail = f;
    pthread_mutex_unlock(&r->mu);
    return f;
fail:
    family_free(f);
    return NULL;
}

static int same_values(const series *s, const char *const *values, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *v = values && values[i] ? values[i] : "";
        if (strcmp(s->values[i], v) != 0)
            return 0;
    }
    return 1;
}

static series *new_series(vd_family *f, const char *const *values)
{
    series *s = calloc(1, sizeof(*s));
    if (!s)
        return NULL;
    for (size_t i = 0; i < f->nlabels; i++) {
        if (!(s->values[i] = strdup(values && values[i] ? values[i] : ""))) {
            series_free(s, f->nlabels);
            return NULL;
        }
    }
    if (f->type == VD_HISTOGRAM && !(s->bucket = calloc(f->nbounds, sizeof(uint64_t)))) {
        series_free(s, f->nlabels);
        return NULL;
    }
    return s;
}

/* Find or create a series; called with the registry mutex held. */
static series *get_series(vd_family *f, const char *const *values)
{
    if (f->nlabels && !values)
        return NULL; /* a labelled family needs its values */
    for (series *s = f->head; s; s = s->next)
        if (same_values(s, values, f->nlabels))
            return s;
    if (f->nseries >= VD_METRICS_MAX_SERIES)
        return NULL;
    series *s = new_series(f, values);
    if (!s)
        return NULL;
    if (f->tail)
        f->tail->next = s;
    else
        f->head = s;
    f->tail = s;
    f->nseries++;
    return s;
}

typedef enum { OP_ADD, OP_SET, OP_OBSERVE } op;

static int apply(vd_family *f, const char *const *values, double v, op o)
{
    if (!f)
        return 0;
    if ((o == OP_ADD && f->type == VD_COUNTER && !(v >= 0)) ||
        (o == OP_SET && f->type != VD_GAUGE) || (o == OP_OBSERVE) != (f->type == VD_HISTOGRAM))
        return -1;
    pthread_mutex_lock(&f->reg->mu);
    series *s = get_series(f, values);
    if (s) {
        s->gen = f->gen;
        if (o == OP_ADD)
            s->value += v;
        else if (o == OP_SET)
            s->value = v;
        else {
            size_t i = 0;
            while (i < f->nbounds && v > f->bounds[i])
                i++;
            if (i < f->nbounds)
                s->bucket[i]++;
            s->count++;
            s->value += v;
        }
    }
    pthread_mutex_unlock(&f->reg->mu);
    return s ? 0 : -1;
}

int vd_family_add(vd_family *f, const char *const *values, double v)
{
    return apply(f, values, v, OP_ADD);
}

int vd_family_set(vd_family *f, const char *const *values, double v)
{
    return apply(f, values, v, OP_SET);
}

int vd_family_observe(vd_family *f, const char *const *values, double v)
{
    return apply(f, values, v, OP_OBSERVE);
}

void vd_family_begin(vd_family *f)
{
    if (!f)
        return;
    pthread_mutex_lock(&f->reg->mu);
    f->gen++;
    pthread_mutex_unlock(&f->reg->mu);
}

void vd_family_sweep(vd_family *f)
{
    if (!f)
        return;
    pthread_mutex_lock(&f->reg->mu);
    series **pp = &f->head;
    f->tail = NULL;
    while (*pp) {
        series *s = *pp;
        if (s->gen != f->gen) {
            *pp = s->next;
            series_free(s, f->nlabels);
            f->nseries--;
        } else {
            f->tail = s;
            pp = &s->next;
        }
    }
    pthread_mutex_unlock(&f->reg->mu);
}

double vd_family_get(vd_family *f, const char *const *values)
{
    double v = 0;
    if (!f)
        return 0;
    pthread_mutex_lock(&f->reg->mu);
    for (series *s = f->head; s; s = s->next)
        if (same_values(s, values, f->nlabels))
            v = f->type == VD_HISTOGRAM ? (double)s->count : s->value;
    pthread_mutex_unlock(&f->reg->mu);
    return v;
}

/* ---- rendering ---- */

typedef struct buf {
    char *p;
    size_t len, cap;
    int oom;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void putf(buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (n > 0)
        put(b, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

/* HELP text escapes \ and newline; label values also escape ". */
static void put_escaped(buf *b, const char *s, int quote)
{
    for (; *s; s++) {
        if (*s == '\\')
            puts_(b, "\\\\");
        else if (*s == '\n')
            puts_(b, "\\n");
        else if (quote && *s == '"')
            puts_(b, "\\\"");
        else
            put(b, s, 1);
    }
}

/* Shortest of %.15g and %.17g that reads back exactly (0.005, not
 * 0.0050000000000000001). */
static void fmt_number(char *out, size_t n, double v)
{
    if (isnan(v))
        snprintf(out, n, "NaN");
    else if (isinf(v))
        snprintf(out, n, "%s", v > 0 ? "+Inf" : "-Inf");
    else if (snprintf(out, n, "%.15g", v) > 0 && strtod(out, NULL) != v)
        snprintf(out, n, "%.17g", v);
}

static void put_number(buf *b, double v)
{
    char num[64];
    fmt_number(num, sizeof(num), v);
    puts_(b, num);
}

/* name{l1="v1",...,extra="x"} value */
static void put_sample(buf *b, const vd_family *f, const series *s, const char *suffix,
                       const char *le, double v)
{
    int any = 0;
    puts_(b, f->name);
    puts_(b, suffix);
    for (size_t i = 0; i < f->nlabels; i++) {
        puts_(b, any++ ? "," : "{");
        putf(b, "%s=\"", f->labels[i]);
        put_escaped(b, s->values[i], 1);
        puts_(b, "\"");
    }
    if (le) {
        puts_(b, any++ ? "," : "{");
        putf(b, "le=\"%s\"", le);
    }
    puts_(b, any ? "} " : " ");
    put_number(b, v);
    puts_(b, "\n");
}

static void render_histogram(buf *b, const vd_family *f, const series *s)
{
    uint64_t cum = 0;
    char le[64];
    for (size_t i = 0; i < f->nbounds; i++) {
        cum += s->bucket[i];
        fmt_number(le, sizeof(le), f->bounds[i]);
        put_sample(b, f, s, "_bucket", le, (double)cum);
    }
    put_sample(b, f, s, "_bucket", "+Inf", (double)s->count);
    put_sample(b, f, s, "_sum", NULL, s->value);
    put_sample(b, f, s, "_count", NULL, (double)s->count);
}

static void render_family(buf *b, const vd_family *f)
{
    static const char *const tn[] = {"counter", "gauge", "histogram"};
    putf(b, "# HELP %s ", f->name);
    put_escaped(b, f->help, 0);
    putf(b, "\n# TYPE %s %s\n", f->name, tn[f->type]);
    for (const series *s = f->head; s; s = s->next) {
        if (f->type == VD_HISTOGRAM)
            render_histogram(b, f, s);
        else
            put_sample(b, f, s, "", NULL, s->value);
    }
}

int vd_registry_render(vd_registry *r, char **out, size_t *len)
{
    buf b = {0};
    *out = NULL;
    *len = 0;
    pthread_mutex_lock(&r->mu);
    for (const vd_family *f = r->head; f; f = f->next)
        render_family(&b, f);
    pthread_mutex_unlock(&r->mu);
    if (!b.p && !b.oom)
        puts_(&b, "");
    if (b.oom) {
        free(b.p);
        return -1;
    }
    *out = b.p;
    *len = b.len;
    return 0;
}
