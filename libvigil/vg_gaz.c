/*
 * vg_gaz.c - gazetteer loader and place lookups (see vg_gaz.h).
 *
 * knowledge/gazetteer.tsv holds ~20,000 rows and is loaded at every daemon
 * start and reload, so the parse is one file read split in place (vg_tsv):
 * every string of every place points into that buffer, the places are one
 * array sized from the line count, and the only other allocations are the
 * dictionary's own.  The parse is strict (column count, level, country
 * code, numbers, flags) so a bad regeneration or hand edit fails the load
 * with "path:line: message" instead of silently losing places.  Once the
 * rows are in, the place hits of every phrase are sorted best first (see
 * vg_gaz_best), so whoever takes a phrase's first place hit takes the
 * likeliest place, not the one the file happened to list first.
 */
#include "vg_gaz.h"
#include "vg_dict.h"
#include "vg_tsv.h"
#include "vigil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    COL_LEVEL,
    COL_COUNTRY,
    COL_NAME,
    COL_ADMIN1,
    COL_ADMIN2,
    COL_LAT,
    COL_LON,
    COL_POP,
    COL_FLAGS,
    COL_ALIASES,
    COL_DEMONYMS,
    NCOLS
};

struct vg_gaz {
    vg_place *v;
    size_t n;
    char *arena;             /* the file buffer all strings point into */
    const vg_dict *dict;     /* borrowed: where the names were added */
    int32_t country[26][26]; /* index into v of each country row, or -1 */
};

static const char *const level_names[] = {"country", "admin1", "admin2", "town"};

const char *vg_place_level_name(const vg_place *p)
{
    return p && p->level <= VG_PLACE_TOWN ? level_names[p->level] : "unknown";
}

static int parse_level(const char *s)
{
    for (int i = 0; i <= VG_PLACE_TOWN; i++)
        if (strcmp(s, level_names[i]) == 0)
            return i;
    return -1;
}

static int is_upper2(const char *s)
{
    return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == 0;
}

/* flags: comma list of common, capital, seat1, seat2, unique_af,
 * unique_world (may be empty; unique_world implies and needs unique_af). */
static int parse_flags(vg_tsv *t, char *s, vg_place *p)
{
    int af = 0, world = 0;
    while (*s) {
        char *comma = strchr(s, ',');
        if (comma)
            *comma = 0;
        if (strcmp(s, "common") == 0)
            p->common = 1;
        else if (strcmp(s, "capital") == 0)
            p->capital = 1;
        else if (strcmp(s, "seat1") == 0)
            p->seat = 1;
        else if (strcmp(s, "seat2") == 0)
            p->seat = p->seat ? p->seat : 2;
        else if (strcmp(s, "unique_af") == 0)
            af = 1;
        else if (strcmp(s, "unique_world") == 0)
            world = 1;
        else
            return vg_tsv_fail(t, "unknown flag '%s'", s);
        if (!comma)
            break;
        s = comma + 1;
    }
    if (world && !af)
        return vg_tsv_fail(t, "unique_world without unique_af");
    p->unique = world ? VG_UNIQUE_WORLD : af ? VG_UNIQUE_AFRICA : VG_UNIQUE_NONE;
    return 0;
}

static int parse_coords(vg_tsv *t, char **f, vg_place *p)
{
    p->lat = p->lon = NAN;
    if (!f[COL_LAT][0] && !f[COL_LON][0])
        return 0;
    if (vg_tsv_double(f[COL_LAT], -90, 90, &p->lat) < 0)
        return vg_tsv_fail(t, "bad latitude '%s'", f[COL_LAT]);
    if (vg_tsv_double(f[COL_LON], -180, 180, &p->lon) < 0)
        return vg_tsv_fail(t, "bad longitude '%s'", f[COL_LON]);
    p->has_coords = 1;
    return 0;
}

static int add_name(vg_tsv *t, vg_dict *d, const char *s, size_t len, int tag, const vg_place *p)
{
    int rc = vg_dict_add(d, s, len, tag, p);
    if (rc == VG_EINVAL)
        return vg_tsv_fail(t, "unusable name '%.*s' (empty or more than %d words)", (int)len, s,
                           VG_DICT_MAX_WORDS);
    return rc;
}

static int add_list(vg_tsv *t, vg_dict *d, const char *field, int tag, const vg_place *p)
{
    vg_tsv_list l;
    const char *s;
    size_t len;
    vg_tsv_list_init(&l, field);
    while (vg_tsv_list_next(&l, &s, &len)) {
        if (len == 0)
            return vg_tsv_fail(t, "empty item in '|' list");
        int rc = add_name(t, d, s, len, tag, p);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int parse_row(vg_tsv *t, char **f, vg_place *p)
{
    int level = parse_level(f[COL_LEVEL]);
    unsigned long pop;
    memset(p, 0, sizeof(*p));
    if (level < 0)
        return vg_tsv_fail(t, "unknown level '%s'", f[COL_LEVEL]);
    p->level = (uint8_t)level;
    if (!is_upper2(f[COL_COUNTRY]))
        return vg_tsv_fail(t, "bad country code '%s'", f[COL_COUNTRY]);
    memcpy(p->country, f[COL_COUNTRY], 3);
    if (!f[COL_NAME][0])
        return vg_tsv_fail(t, "empty name");
    p->name = f[COL_NAME];
    p->admin1 = f[COL_ADMIN1][0] ? f[COL_ADMIN1] : NULL;
    p->admin2 = f[COL_ADMIN2][0] ? f[COL_ADMIN2] : NULL;
    if (level == VG_PLACE_COUNTRY && (p->admin1 || p->admin2))
        return vg_tsv_fail(t, "a country has no admin1/admin2");
    if (level != VG_PLACE_COUNTRY && !p->admin1 && level != VG_PLACE_TOWN)
        return vg_tsv_fail(t, "%s without admin1", f[COL_LEVEL]);
    if (level != VG_PLACE_COUNTRY && f[COL_DEMONYMS][0])
        return vg_tsv_fail(t, "demonyms on a %s row", f[COL_LEVEL]);
    if (parse_coords(t, f, p) < 0)
        return VG_EKB;
    if (vg_tsv_uint(f[COL_POP], UINT32_MAX, &pop) < 0)
        return vg_tsv_fail(t, "bad population '%s'", f[COL_POP]);
    p->population = (uint32_t)pop;
    if (parse_flags(t, f[COL_FLAGS], p) < 0)
        return VG_EKB;
    if (p->unique && level == VG_PLACE_COUNTRY)
        return vg_tsv_fail(t, "unique_af/unique_world on a country row");
    return 0;
}

static int add_names(vg_tsv *t, vg_dict *d, char **f, const vg_place *p)
{
    int rc = add_name(t, d, p->name, strlen(p->name), VG_TAG_PLACE, p);
    if (rc < 0)
        return rc;
    if ((rc = add_list(t, d, f[COL_ALIASES], VG_TAG_PLACE, p)) < 0)
        return rc;
    return add_list(t, d, f[COL_DEMONYMS], VG_TAG_DEMONYM, p);
}

static int parse_all(vg_tsv *t, vg_dict *dict, vg_gaz *g)
{
    char *f[NCOLS];
    int rc;
    while ((rc = vg_tsv_next(t, f, NCOLS)) == 1) {
        vg_place *p = &g->v[g->n];
        if ((rc = parse_row(t, f, p)) < 0)
            return rc;
        if (p->level == VG_PLACE_COUNTRY) {
            int32_t *slot = &g->country[p->country[0] - 'A'][p->country[1] - 'A'];
            if (*slot >= 0)
                return vg_tsv_fail(t, "second country row for %s", p->country);
            *slot = (int32_t)g->n;
        }
        if ((rc = add_names(t, dict, f, p)) < 0)
            return rc;
        g->n++;
    }
    return rc;
}

/* Every place's country must have a country row (checked after the parse
 * because rows may come in any order).  A country whose units or towns the
 * file lists is African (the file lists only those), and so are they. */
static int check_countries(vg_gaz *g, char *err, size_t errlen, const char *path)
{
    for (size_t i = 0; i < g->n; i++) {
        const char *c = g->v[i].country;
        int32_t row = g->country[c[0] - 'A'][c[1] - 'A'];
        if (row < 0) {
            if (err && errlen)
                snprintf(err, errlen, "%s: %s (%s) has no country row %s", path, g->v[i].name,
                         vg_place_level_name(&g->v[i]), c);
            return VG_EKB;
        }
        if (g->v[i].level != VG_PLACE_COUNTRY)
            g->v[row].african = 1;
    }
    for (size_t i = 0; i < g->n; i++)
        g->v[i].african =
            g->v[g->country[g->v[i].country[0] - 'A'][g->v[i].country[1] - 'A']].african;
    return 0;
}

static int before_any(const void *a, const void *b);

int vg_gaz_load(const char *path, struct vg_dict *dict, vg_gaz **out, char *err, size_t errlen)
{
    vg_tsv t;
    vg_gaz *g = NULL;
    int rc;
    *out = NULL;
    if ((rc = vg_tsv_open(&t, path, err, errlen)) < 0)
        return rc;
    rc = VG_ENOMEM;
    if (!(g = calloc(1, sizeof(*g))) || !(g->v = calloc(vg_tsv_max_rows(&t), sizeof(vg_place))))
        goto fail;
    memset(g->country, 0xff, sizeof(g->country));
    g->dict = dict;
    if ((rc = parse_all(&t, dict, g)) < 0)
        goto fail;
    if ((rc = check_countries(g, err, errlen, path)) < 0)
        goto fail;
    vg_dict_sort_hits(dict, VG_TAG_PLACE, before_any);
    vg_dict_sort_hits(dict, VG_TAG_DEMONYM, before_any);
    g->arena = vg_tsv_take(&t);
    *out = g;
    return 0;
fail:
    if (rc == VG_ENOMEM && err && errlen)
        snprintf(err, errlen, "%s: out of memory", path);
    vg_tsv_close(&t);
    vg_gaz_free(g);
    return rc;
}

void vg_gaz_free(vg_gaz *g)
{
    if (!g)
        return;
    free(g->v);
    free(g->arena);
    free(g);
}

const vg_place *vg_gaz_country(const vg_gaz *g, const char *iso2)
{
    if (!g || !iso2 || !iso2[0] || !iso2[1] || iso2[2])
        return NULL;
    int a = (iso2[0] & ~0x20) - 'A', b = (iso2[1] & ~0x20) - 'A';
    if (a < 0 || a >= 26 || b < 0 || b >= 26 || g->country[a][b] < 0)
        return NULL;
    return &g->v[g->country[a][b]];
}

size_t vg_gaz_count(const vg_gaz *g)
{
    return g ? g->n : 0;
}

const vg_place *vg_gaz_at(const vg_gaz *g, size_t i)
{
    return g && i < g->n ? &g->v[i] : NULL;
}

static int same_country(const vg_place *p, const char *iso2)
{
    return iso2 && iso2[0] && iso2[1] && p->country[0] == (iso2[0] & ~0x20) &&
           p->country[1] == (iso2[1] & ~0x20);
}

static int is_core(const vg_place *p)
{
    return same_country(p, "BF") || same_country(p, "ML") || same_country(p, "NE");
}

int vg_gaz_core(const vg_place *p)
{
    return p && is_core(p);
}

/* 1 when a ranks before b (see vg_gaz_best in vg_gaz.h). */
static int better(const vg_place *a, const vg_place *b, const char *hint)
{
    int ha = same_country(a, hint), hb = same_country(b, hint);
    if (ha != hb)
        return ha;
    if (is_core(a) != is_core(b))
        return is_core(a);
    if (a->level != b->level)
        return a->level < b->level;
    if (a->capital != b->capital)
        return a->capital;
    if ((a->seat ? 3 - a->seat : 0) != (b->seat ? 3 - b->seat : 0))
        return (a->seat ? 3 - a->seat : 0) > (b->seat ? 3 - b->seat : 0);
    if (a->population != b->population)
        return a->population > b->population;
    return a->has_coords > b->has_coords;
}

/* vg_gaz_best's order without a hint, for vg_dict_sort_hits. */
static int before_any(const void *a, const void *b)
{
    return better(a, b, NULL);
}

static const vg_place *best_of(const vg_dict_hit *hits, size_t n, int level, const char *hint,
                               const char *only_country)
{
    const vg_place *best = NULL;
    for (size_t i = 0; i < n; i++) {
        if (hits[i].tag != VG_TAG_PLACE)
            continue;
        const vg_place *p = hits[i].val;
        if (level >= 0 && p->level != level)
            continue;
        if (only_country && !same_country(p, only_country))
            continue;
        if (!best || better(p, best, hint))
            best = p;
    }
    return best;
}

const vg_place *vg_gaz_best(const vg_dict_hit *hits, size_t n, const char *country_hint)
{
    return hits ? best_of(hits, n, -1, country_hint, NULL) : NULL;
}

const char *vg_gaz_implied_country(const vg_dict_hit *hits, size_t n, int scope)
{
    const vg_place *first = NULL;
    int world = 0;
    for (size_t i = 0; hits && i < n; i++) {
        if (hits[i].tag != VG_TAG_PLACE)
            continue;
        const vg_place *p = hits[i].val;
        if (first && strcmp(p->country, first->country) != 0)
            return NULL;
        if (!first)
            first = p;
        world |= p->unique == VG_UNIQUE_WORLD;
    }
    if (!first || (scope >= VG_UNIQUE_WORLD && !world))
        return NULL;
    return first->country;
}

/* How much a place stands out among homonyms: level first (a country, a
 * region, a district), then a capital or seat. */
/* How prominent a bearer of a name is: its level, then capital or seat; a
 * town of 100,000 people or more is as prominent as a district ("Kaya",
 * Burkina Faso's city of 120,000, against a department of Chad). */
static int rank(const vg_place *p)
{
    int level = p->level == VG_PLACE_TOWN && p->population >= 100000 ? VG_PLACE_ADMIN2 : p->level;
    return (3 - level) * 4 + (p->capital ? 3 : p->seat ? 3 - p->seat : 0);
}

const char *vg_gaz_dominant_country(const vg_dict_hit *hits, size_t n)
{
    const vg_place *top = NULL; /* the best hit by rank, then population */
    for (size_t i = 0; hits && i < n; i++) {
        const vg_place *p = hits[i].val;
        if (hits[i].tag == VG_TAG_PLACE &&
            (!top || rank(p) > rank(top) ||
             (rank(p) == rank(top) && p->population > top->population)))
            top = p;
    }
    if (!top)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const vg_place *p = hits[i].val;
        if (hits[i].tag != VG_TAG_PLACE || strcmp(p->country, top->country) == 0)
            continue;
        if (rank(p) == rank(top) && (uint64_t)p->population * 10 >= top->population)
            return NULL; /* another country's place as prominent */
    }
    return top->country;
}

const vg_place *vg_gaz_find(const vg_gaz *g, const char *name, int level, const char *country_hint)
{
    size_t n;
    if (!g || !g->dict || !name)
        return NULL;
    const vg_dict_hit *h = vg_dict_get(g->dict, name, strlen(name), &n);
    return h ? best_of(h, n, level, country_hint, NULL) : NULL;
}

const vg_place *vg_gaz_admin1(const vg_gaz *g, const char *iso2, const char *name)
{
    size_t n;
    if (!g || !g->dict || !name || !iso2)
        return NULL;
    const vg_dict_hit *h = vg_dict_get(g->dict, name, strlen(name), &n);
    return h ? best_of(h, n, VG_PLACE_ADMIN1, iso2, iso2) : NULL;
}
