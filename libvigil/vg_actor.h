/*
 * vg_actor.h - the actor dictionary: armed groups, state forces, parties,
 * organisations and leaders with canonical names, aliases and kinds, loaded
 * from knowledge/actors.tsv and added to the shared phrase dictionary with
 * tag VG_TAG_ACTOR.
 *
 * Format of the file: see its header.  All strings point into one arena
 * (the file buffer) and the entries are one array, so pointers stay valid
 * until vg_actors_free().
 */
#ifndef VG_ACTOR_H
#define VG_ACTOR_H

#include <stddef.h>

struct vg_dict;
struct vg_dict_hit;

typedef struct vg_actor_def {
    const char *name;   /* canonical name (JNIM, FAMa, Wagner Group, ...) */
    const char *kind;   /* state_forces | jihadist_group | militia | rebel_group |
                           political_party | civilians | organisation | person |
                           foreign_forces | ... (documented in the data file) */
    char country[3];    /* home country ISO alpha-2, "" when transnational */
    const char *parent; /* for persons: the group/state they belong to, or NULL */
    /* Added with the TSV loader: */
    const struct vg_actor_def *parent_def; /* the parent's entry, or NULL */
    int vclass;                            /* vg_actor_kind_class(kind), computed once at load */
    int caps_only; /* the twin an alias "!ACRONYM" names: only where written in capitals */
} vg_actor_def;

typedef struct vg_actors vg_actors;

int vg_actors_load(const char *path, struct vg_dict *dict, vg_actors **out, char *err,
                   size_t errlen);
void vg_actors_free(vg_actors *a);
size_t vg_actors_count(const vg_actors *a);

/* Actor i (0 <= i < count) in file order; NULL past the end. */
const vg_actor_def *vg_actors_at(const vg_actors *a, size_t i);

/* The actor whose canonical name is name (exact, case-sensitive), or NULL. */
const vg_actor_def *vg_actors_by_name(const vg_actors *a, const char *name);

/* Pick one actor among dictionary hits for one phrase ("CNSP" is both
 * Niger's 2023 junta and Mali's 2020 one; "presidential guard" exists in
 * several countries).  Only VG_TAG_ACTOR hits count.  Prefers an actor of
 * country_hint (ISO alpha-2, may be NULL), then a transnational one, then
 * file order.  NULL when no hit is an actor. */
const vg_actor_def *vg_actor_best(const struct vg_dict_hit *hits, size_t n,
                                  const char *country_hint);

/* The armed forces of country iso (ISO alpha-2, any case): the state or
 * foreign forces actor without a parent that the generator names
 * "<Demonym> military" among its aliases (tools/actors/README.md), the
 * first in file order; NULL when none.  Generic labels ("Military Forces
 * of Mali", "French air strike") resolve to it, so one army has one name. */
const vg_actor_def *vg_actors_army(const vg_actors *a, const char *iso);

/* 1 when kind is one of the documented kinds (see knowledge/actors.tsv). */
int vg_actor_kind_valid(const char *kind);

/* The person class (vg_vclass, vg_lex.h) an actor of this kind stands for
 * in a sentence: state or foreign forces are military, jihadists, militias,
 * rebels and armed groups militant, civilians civilian, the rest official;
 * 0 for NULL. */
int vg_actor_kind_class(const char *kind);

#endif
