/*
 * vg_dict.h - phrase dictionary with longest-match lookup over folded tokens.
 *
 * The gazetteer, the actor dictionary and the trigger lexicon are all sets of
 * multi-word phrases to find in running text.  vg_dict stores folded phrases
 * (see vg_norm.h) in one open-addressing hash table together with every
 * proper prefix, so a scan costs one probe per token for the common case of a
 * word that starts no phrase, and stops as soon as a prefix is unknown.
 * Each phrase carries any number of (tag, value) pairs: the caller's own
 * pointers, never owned by the dictionary.  Built once, then read-only and
 * safe to share between threads.
 */
#ifndef VG_DICT_H
#define VG_DICT_H

#include <stddef.h>

#define VG_DICT_MAX_WORDS 12
#define VG_DICT_KEY_MAX 256

typedef struct vg_dict vg_dict;

typedef struct vg_dict_hit {
    int tag;
    const void *val;
} vg_dict_hit;

vg_dict *vg_dict_new(void);
void vg_dict_free(vg_dict *d);

/* Add phrase (UTF-8, any case/accents) with (tag, val).  Returns 0,
 * VG_EINVAL for an empty phrase or one with more than VG_DICT_MAX_WORDS
 * tokens, VG_ENOMEM. */
int vg_dict_add(vg_dict *d, const char *phrase, size_t len, int tag, const void *val);

/* Longest phrase starting at the first token of text[0..len).  Returns the
 * number of raw bytes up to the end of the phrase's last token (0 when none)
 * and points *hits at its (tag, value) pairs (*nhits of them; owned by the
 * dictionary).  Only tokens inside text[0..len) are considered. */
size_t vg_dict_match(const vg_dict *d, const char *text, size_t len, const vg_dict_hit **hits,
                     size_t *nhits);

/* Exact lookup of a phrase (folded internally). */
const vg_dict_hit *vg_dict_get(const vg_dict *d, const char *phrase, size_t len, size_t *nhits);

size_t vg_dict_size(const vg_dict *d);

#endif
