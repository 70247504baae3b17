/*
 * vg_gaz.c - gazetteer loader (first version: an empty gazetteer).
 * Replaced by the TSV loader built with the generated knowledge/gazetteer.tsv.
 */
#include "vg_gaz.h"
#include "vigil.h"

#include <stdlib.h>

struct vg_gaz {
    size_t n;
};

int vg_gaz_load(const char *path, struct vg_dict *dict, vg_gaz **out, char *err, size_t errlen)
{
    (void)path;
    (void)dict;
    (void)err;
    (void)errlen;
    *out = calloc(1, sizeof(**out));
    return *out ? 0 : VG_ENOMEM;
}

void vg_gaz_free(vg_gaz *g)
{
    free(g);
}

const vg_place *vg_gaz_country(const vg_gaz *g, const char *iso2)
{
    (void)g;
    (void)iso2;
    return NULL;
}

size_t vg_gaz_count(const vg_gaz *g)
{
    return g ? g->n : 0;
}
