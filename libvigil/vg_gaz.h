/*
 * vg_gaz.h - the gazetteer: countries, admin regions and towns with codes,
 * coordinates and aliases, loaded from knowledge/gazetteer.tsv.
 *
 * Loading adds every name and alias (English and French spellings, with and
 * without accents, demonyms for countries) to the shared phrase dictionary
 * with tag VG_TAG_PLACE (or VG_TAG_DEMONYM) and a pointer to the vg_place,
 * so one scan of an article finds places, actors and triggers together.
 */
#ifndef VG_GAZ_H
#define VG_GAZ_H

#include <stddef.h>
#include <stdint.h>

struct vg_dict;

enum { VG_PLACE_COUNTRY = 0, VG_PLACE_ADMIN1 = 1, VG_PLACE_ADMIN2 = 2, VG_PLACE_TOWN = 3 };

typedef struct vg_place {
    const char *name;   /* English name (as ACLED writes it) */
    char country[3];    /* ISO 3166-1 alpha-2 */
    const char *admin1; /* first-level region name, NULL when unknown/none */
    const char *admin2; /* second-level, NULL when unknown/none */
    double lat, lon;
    uint32_t population;
    uint8_t level;  /* VG_PLACE_* */
    uint8_t common; /* the name is also a common word: needs context */
} vg_place;

typedef struct vg_gaz vg_gaz;

/* Load path and add all names to dict.  err gets "path:line: message". */
int vg_gaz_load(const char *path, struct vg_dict *dict, vg_gaz **out, char *err, size_t errlen);
void vg_gaz_free(vg_gaz *g);

const vg_place *vg_gaz_country(const vg_gaz *g, const char *iso2);
size_t vg_gaz_count(const vg_gaz *g);

#endif
