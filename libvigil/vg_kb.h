/*
 * vg_kb.h - the knowledge base: everything extraction knows about the world,
 * loaded from one directory of data files (knowledge/ in the source tree).
 *
 * All phrases (places, demonyms, actors, event triggers, cue words) go into
 * one vg_dict so an article is scanned once.  A vg_kb is built completely
 * and validated before anyone sees it, then only read: the daemon swaps a
 * pointer on reload and shares it with every worker thread.
 */
#ifndef VG_KB_H
#define VG_KB_H

#include <stddef.h>

struct vg_dict;
struct vg_gaz;
struct vg_actors;
struct vg_lex;
struct vg_types;
struct vg_cleanlex;

/* Dictionary tags (vg_dict_hit.tag). */
enum {
    VG_TAG_PLACE = 1,   /* val: const vg_place * */
    VG_TAG_DEMONYM = 2, /* val: const vg_place * (a country) */
    VG_TAG_ACTOR = 3,   /* val: const vg_actor_def * */
    VG_TAG_LEX = 4,     /* val: const vg_lex_entry * (vg_lex.h) */
};

typedef struct vg_kb {
    struct vg_dict *dict;
    struct vg_gaz *gaz;
    struct vg_actors *actors;
    struct vg_lex *lex;
    struct vg_types *types;
    struct vg_cleanlex *clean;
} vg_kb;

/* Load dir/gazetteer.tsv, dir/actors.tsv, the extraction lexicon
 * (lexicon.tsv), the typing policy (types.tsv) and the cleaner's word
 * lists (clean.tsv).
 * On failure returns a negative VG_E* and writes "file:line: message" to err. */
int vg_kb_load(const char *dir, vg_kb **out, char *err, size_t errlen);
void vg_kb_free(vg_kb *kb);

#endif
