/*
 * vg_actor.c - actor dictionary loader (first version: empty).
 * Replaced by the TSV loader for knowledge/actors.tsv.
 */
#include "vg_actor.h"
#include "vigil.h"

#include <stdlib.h>

struct vg_actors {
    size_t n;
};

int vg_actors_load(const char *path, struct vg_dict *dict, vg_actors **out, char *err,
                   size_t errlen)
{
    (void)path;
    (void)dict;
    (void)err;
    (void)errlen;
    *out = calloc(1, sizeof(**out));
    return *out ? 0 : VG_ENOMEM;
}

void vg_actors_free(vg_actors *a)
{
    free(a);
}

size_t vg_actors_count(const vg_actors *a)
{
    return a ? a->n : 0;
}
