/*
 * vg_actor.h - the actor dictionary: armed groups, state forces, parties,
 * organisations and leaders with canonical names, aliases and kinds, loaded
 * from knowledge/actors.tsv and added to the shared phrase dictionary with
 * tag VG_TAG_ACTOR.
 */
#ifndef VG_ACTOR_H
#define VG_ACTOR_H

#include <stddef.h>

struct vg_dict;

typedef struct vg_actor_def {
    const char *name;    /* canonical name (JNIM, FAMa, Wagner Group, ...) */
    const char *kind;    /* state_forces | jihadist_group | militia | rebel_group |
                            political_party | civilians | organisation | person |
                            foreign_forces | ... (documented in the data file) */
    char country[3];     /* home country ISO alpha-2, "" when transnational */
    const char *parent;  /* for persons: the group/state they belong to, or NULL */
} vg_actor_def;

typedef struct vg_actors vg_actors;

int vg_actors_load(const char *path, struct vg_dict *dict, vg_actors **out, char *err,
                   size_t errlen);
void vg_actors_free(vg_actors *a);
size_t vg_actors_count(const vg_actors *a);

#endif
