/*
 * vd_canon.c - canonical actor names for the alerting stage (see vd_canon.h).
 *
 * Design: the extractor's own actor dictionary (libvigil vg_actor, the same
 * file and the same folding), looked up by exact phrase: an event's actor
 * name is either a canonical name or an alias, or a name the extractor made
 * up ("Protesters (Mali)"), which is kept.  A name that becomes a duplicate
 * of another actor of the event after renaming is dropped.
 */
#include "vd_canon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vg_actor.h"
#include "vg_dict.h"
#include "vg_kb.h"

struct vd_canon {
    vg_dict *dict;
    vg_actors *actors;
};

void vd_canon_free(vd_canon *c)
{
    if (!c)
        return;
    vg_actors_free(c->actors);
    vg_dict_free(c->dict);
    free(c);
}

int vd_canon_load(const char *dir, vd_canon **out, char *err, size_t errlen)
{
    char path[1024];
    vd_canon *c = calloc(1, sizeof(*c));
    *out = NULL;
    if (!c || !(c->dict = vg_dict_new())) {
        snprintf(err, errlen, "out of memory");
        vd_canon_free(c);
        return -1;
    }
    snprintf(path, sizeof(path), "%s/actors.tsv", dir);
    if (vg_actors_load(path, c->dict, &c->actors, err, errlen) < 0) {
        vd_canon_free(c);
        return -1;
    }
    *out = c;
    return 0;
}

static const char *canonical(const vd_canon *c, const char *name, const char *country)
{
    size_t n = 0;
    const vg_dict_hit *hits = vg_dict_get(c->dict, name, strlen(name), &n);
    const vg_actor_def *def = hits ? vg_actor_best(hits, n, country) : NULL;
    return def ? def->name : NULL;
}

int vd_canon_event(const vd_canon *c, vi_event *ev)
{
    int renamed = 0;
    unsigned k = 0;
    for (unsigned i = 0; c && i < ev->n_actors; i++) {
        vi_actor a = ev->actors[i];
        const char *name = canonical(c, a.name, ev->country);
        if (name && strcmp(name, a.name) != 0) {
            snprintf(a.name, sizeof(a.name), "%s", name);
            renamed++;
        }
        int dup = 0;
        for (unsigned j = 0; j < k; j++)
            dup |= strcmp(ev->actors[j].name, a.name) == 0;
        if (!dup)
            ev->actors[k++] = a;
    }
    if (c)
        ev->n_actors = k;
    return renamed;
}
