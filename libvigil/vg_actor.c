/*
 * vg_actor.c - actor dictionary loader (see vg_actor.h; format in the header
 * of knowledge/actors.tsv).
 *
 * Same approach as the gazetteer: one file read split in place (vg_tsv), the
 * buffer kept as string arena, one array of entries, every canonical name
 * and alias added to the shared dictionary.  Strict: a bad kind, country
 * code, empty alias, duplicate canonical name or a parent that names no
 * actor fails the load with "path:line: message".  Parents are resolved in
 * a second pass so the file needs no particular order.
 */
#include "vg_actor.h"
#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_tsv.h"
#include "vigil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { COL_NAME, COL_KIND, COL_COUNTRY, COL_PARENT, COL_ALIASES, NCOLS };

struct vg_actors {
    vg_actor_def *v;
    vg_actor_def *caps; /* v[i]'s twin for its capitals-only aliases (caps[i].name set) */
    unsigned *line;     /* source line of each entry, for second-pass errors */
    size_t n;
    char *arena;
    const vg_actor_def **army; /* the armies (vg_actors_army), narmy of them */
    size_t narmy;
};

static const char *const kinds[] = {
    "state_forces", "jihadist_group", "rebel_group", "militia",   "political_party", "government",
    "organisation", "foreign_forces", "person",      "civilians", "media",
};

int vg_actor_kind_valid(const char *kind)
{
    for (size_t i = 0; kind && i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(kind, kinds[i]) == 0)
            return 1;
    return 0;
}

int vg_actor_kind_class(const char *kind)
{
    if (!kind)
        return 0;
    if (strstr(kind, "state") || strstr(kind, "foreign") || strstr(kind, "military"))
        return VG_VC_MILITARY;
    if (strstr(kind, "jihad") || strstr(kind, "militia") || strstr(kind, "rebel") ||
        strstr(kind, "armed"))
        return VG_VC_MILITANT;
    if (strstr(kind, "civil"))
        return VG_VC_CIVILIAN;
    return VG_VC_OFFICIAL;
}

static int valid_country(const char *s)
{
    if (!s[0])
        return 1;
    return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && !s[2];
}

static int add_phrase(vg_tsv *t, vg_dict *d, const char *s, size_t len, const vg_actor_def *a)
{
    int rc = vg_dict_add(d, s, len, VG_TAG_ACTOR, a);
    if (rc == VG_EINVAL)
        return vg_tsv_fail(t, "unusable name '%.*s' (empty or more than %d words)", (int)len, s,
                           VG_DICT_MAX_WORDS);
    return rc;
}

/* An alias "<Demonym> military" of at most three words ("Malian military",
 * "Central African military"): the generator's mark of a country's army. */
static int army_alias(const char *s, size_t len)
{
    static const char suf[] = " military";
    const size_t n = sizeof(suf) - 1;
    size_t words = 1;
    if (len <= n || strncasecmp(s + len - n, suf, n) != 0)
        return 0;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    return words <= 3;
}

/* "!ANT": an acronym of capitals and digits after the '!'. */
static int acronym(const char *s, size_t len)
{
    if (len < 3 || s[0] != '!')
        return 0;
    for (size_t i = 1; i < len; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (i > 1 && s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

static int add_names(vg_tsv *t, vg_dict *d, const char *aliases, vg_actor_def *a,
                     vg_actor_def *twin, int *army)
{
    vg_tsv_list l;
    const char *s;
    size_t len;
    int rc = add_phrase(t, d, a->name, strlen(a->name), a);
    if (rc < 0)
        return rc;
    vg_tsv_list_init(&l, aliases);
    while (vg_tsv_list_next(&l, &s, &len)) {
        if (len == 0)
            return vg_tsv_fail(t, "empty item in '|' list");
        if (s[0] == '!') { /* capitals only: the twin, checked by the extractor */
            if (!acronym(s, len))
                return vg_tsv_fail(t, "'%.*s' is no '!ACRONYM'", (int)len, s);
            *twin = *a;
            twin->caps_only = 1;
            if ((rc = add_phrase(t, d, s + 1, len - 1, twin)) < 0)
                return rc;
            continue;
        }
        if ((rc = add_phrase(t, d, s, len, a)) < 0)
            return rc;
        *army |= army_alias(s, len);
    }
    return 0;
}

static int parse_row(vg_tsv *t, char **f, const vg_actors *as, vg_actor_def *a)
{
    memset(a, 0, sizeof(*a));
    if (!f[COL_NAME][0])
        return vg_tsv_fail(t, "empty name");
    if (strchr(f[COL_NAME], '|'))
        return vg_tsv_fail(t, "'|' in canonical name (aliases go in column 5)");
    if (vg_actors_by_name(as, f[COL_NAME]))
        return vg_tsv_fail(t, "duplicate actor '%s'", f[COL_NAME]);
    if (!vg_actor_kind_valid(f[COL_KIND]))
        return vg_tsv_fail(t, "unknown kind '%s'", f[COL_KIND]);
    if (!valid_country(f[COL_COUNTRY]))
        return vg_tsv_fail(t, "bad country code '%s'", f[COL_COUNTRY]);
    a->name = f[COL_NAME];
    a->kind = f[COL_KIND];
    a->vclass = vg_actor_kind_class(a->kind);
    memcpy(a->country, f[COL_COUNTRY], strlen(f[COL_COUNTRY]) + 1);
    a->parent = f[COL_PARENT][0] ? f[COL_PARENT] : NULL;
    return 0;
}

static int resolve_parents(vg_tsv *t, vg_actors *as)
{
    for (size_t i = 0; i < as->n; i++) {
        vg_actor_def *a = &as->v[i];
        if (!a->parent)
            continue;
        a->parent_def = vg_actors_by_name(as, a->parent);
        t->line = as->line[i];
        if (!a->parent_def)
            return vg_tsv_fail(t, "parent '%s' is not an actor", a->parent);
        if (a->parent_def == a)
            return vg_tsv_fail(t, "'%s' is its own parent", a->name);
        if (as->caps[i].name)
            as->caps[i].parent_def = a->parent_def;
    }
    return 0;
}

/* a is its country's army (vg_actors_army) unless one came first */
static void note_army(vg_actors *as, const vg_actor_def *a)
{
    if (a->parent || !a->country[0] ||
        (strcmp(a->kind, "state_forces") != 0 && strcmp(a->kind, "foreign_forces") != 0) ||
        vg_actors_army(as, a->country))
        return;
    as->army[as->narmy++] = a;
}

static int parse_all(vg_tsv *t, vg_dict *dict, vg_actors *as)
{
    char *f[NCOLS];
    int rc;
    while ((rc = vg_tsv_next(t, f, NCOLS)) == 1) {
        vg_actor_def *a = &as->v[as->n];
        int army = 0;
        if ((rc = parse_row(t, f, as, a)) < 0)
            return rc;
        if ((rc = add_names(t, dict, f[COL_ALIASES], a, &as->caps[as->n], &army)) < 0)
            return rc;
        if (army)
            note_army(as, a);
        as->line[as->n++] = t->line;
    }
    return rc < 0 ? rc : resolve_parents(t, as);
}

int vg_actors_load(const char *path, struct vg_dict *dict, vg_actors **out, char *err,
                   size_t errlen)
{
    vg_tsv t;
    vg_actors *as = NULL;
    int rc;
    *out = NULL;
    if ((rc = vg_tsv_open(&t, path, err, errlen)) < 0)
        return rc;
    size_t max = vg_tsv_max_rows(&t);
    rc = VG_ENOMEM;
    if (!(as = calloc(1, sizeof(*as))) || !(as->v = calloc(max, sizeof(*as->v))) ||
        !(as->caps = calloc(max, sizeof(*as->caps))) ||
        !(as->line = calloc(max, sizeof(*as->line))) ||
        !(as->army = calloc(max, sizeof(*as->army))))
        goto fail;
    if ((rc = parse_all(&t, dict, as)) < 0)
        goto fail;
    as->arena = vg_tsv_take(&t);
    *out = as;
    return 0;
fail:
    if (rc == VG_ENOMEM && err && errlen)
        snprintf(err, errlen, "%s: out of memory", path);
    vg_tsv_close(&t);
    vg_actors_free(as);
    return rc;
}

void vg_actors_free(vg_actors *a)
{
    if (!a)
        return;
    free(a->v);
    free(a->caps);
    free(a->line);
    free(a->army);
    free(a->arena);
    free(a);
}

size_t vg_actors_count(const vg_actors *a)
{
    return a ? a->n : 0;
}

const vg_actor_def *vg_actors_at(const vg_actors *a, size_t i)
{
    return a && i < a->n ? &a->v[i] : NULL;
}

/* Linear: ~150 actors, used at load time and by tests, not per token. */
const vg_actor_def *vg_actors_by_name(const vg_actors *a, const char *name)
{
    for (size_t i = 0; a && name && i < a->n; i++)
        if (strcmp(a->v[i].name, name) == 0)
            return &a->v[i];
    return NULL;
}

/* Linear over the armies (about 60): asked once per event actor label. */
const vg_actor_def *vg_actors_army(const vg_actors *a, const char *iso)
{
    if (!a || !iso || !iso[0] || !iso[1])
        return NULL;
    for (size_t i = 0; i < a->narmy; i++)
        if (a->army[i]->country[0] == (iso[0] & ~0x20) &&
            a->army[i]->country[1] == (iso[1] & ~0x20))
            return a->army[i];
    return NULL;
}

static int rank(const vg_actor_def *a, const char *hint)
{
    if (hint && hint[1] && a->country[0] && a->country[0] == (hint[0] & ~0x20) &&
        a->country[1] == (hint[1] & ~0x20))
        return 2;
    return a->country[0] ? 0 : 1;
}

const vg_actor_def *vg_actor_best(const vg_dict_hit *hits, size_t n, const char *country_hint)
{
    const vg_actor_def *best = NULL;
    int best_rank = -1;
    if (country_hint && !country_hint[0])
        country_hint = NULL;
    for (size_t i = 0; hits && i < n; i++) {
        if (hits[i].tag != VG_TAG_ACTOR)
            continue;
        const vg_actor_def *a = hits[i].val;
        int r = rank(a, country_hint);
        if (r > best_rank) {
            best = a;
            best_rank = r;
        }
    }
    return best;
}
