/*
 * vg_dict.h - phrase dictionary with longest-match lookup over folded tokens.
 *
 * The gazetteer, the actor dictionary and the trigger lexicon are all sets of
 * multi-word phrases to find in running text.  vg_dict stores folded phrases
 * (see vg_norm.h) in one open-addressing hash table together with every
 * proper prefix, so a scan costs one probe per token for the common case of a
 * word that starts no phrase, and stops as soon as a prefix is unknown.  The
 * table is kept at most half full and holds a 32-bit fingerprint of each
 * key's hash next to the entry number, so a miss rarely reads key memory.
 * The key hash combines per-token hashes: a caller that folds a text's
 * tokens once (vg_dict_tok, as vg_scan does) extends a prefix's hash by one
 * token in constant time instead of re-folding and re-hashing the prefix at
 * every start position; bit filters of the tokens that start a key, and
 * per entry of the tokens that extend it, skip most probes.  Each phrase
 * carries any number of (tag, value) pairs: the caller's own pointers, never
 * owned by the dictionary.
 * Built once, then read-only and safe to share between threads.
 */
#ifndef VG_DICT_H
#define VG_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

/* One folded token of a text (vg_fold_token output) for vg_dict_match_toks.
 * The caller lays a text's folded tokens out in one buffer, each followed by
 * a single space, so that consecutive tokens read as a folded phrase; off and
 * len locate the token there, len == 0 for a token that matches nothing (its
 * fold did not fit VG_DICT_KEY_MAX).  h is set by vg_dict_tok_set. */
typedef struct vg_dict_tok {
    uint64_t h;
    uint32_t off, len;
} vg_dict_tok;

/* Set *t to the folded token buf[off..off+len) (len 0: matches nothing). */
void vg_dict_tok_set(vg_dict_tok *t, const char *buf, uint32_t off, uint32_t len);

/* The hash of one folded token s[0..n), which vg_dict_tok_set stores: from
 * h = 0, h = vg_dict_word_step(h, w) for each 8 bytes of the token in turn,
 * w being those bytes as vg_dict_load_le reads them (the last word
 * zero-padded), so a caller that folds a token 8 bytes at a time may
 * compute it on the way. */
uint64_t vg_dict_tok_hash(const char *s, size_t n);

/* Bytes s[0..n) (n <= 8) as a little-endian uint64_t, zero-padded. */
static inline uint64_t vg_dict_load_le(const void *s, size_t n)
{
    uint64_t w = 0;
    if (n >= 8)
        memcpy(&w, s, 8);
    else
        memcpy(&w, s, n);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

static inline uint64_t vg_dict_word_step(uint64_t h, uint64_t w)
{
    return (h + w) * 0x9e3779b97f4a7c15ull;
}

/* A filter of the tokens that start some key: a token t for which
 * vg_dict_may_start(filter, t->h) is 0 starts no match, so a scan may skip
 * vg_dict_match_toks there.  Valid as long as the dictionary. */
#define VG_DICT_FILTER_BITS 65536
const uint64_t *vg_dict_start_filter(const vg_dict *d);

static inline int vg_dict_may_start(const uint64_t *filter, uint64_t th)
{
    return (filter[(th >> 48) / 64] >> ((th >> 48) % 64)) & 1;
}

/* vg_dict_match over prepared tokens: the longest phrase made of t[0..k)
 * for k <= n, in the buffer buf the tokens were set from.  Returns k (0 when
 * none) with *hits and *nhits as for vg_dict_match. */
size_t vg_dict_match_toks(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
                          const vg_dict_hit **hits, size_t *nhits);

/* Masks of each phrase's hits for a scan, kept by the dictionary from now
 * on (the hits already in are counted too): bit tag of every hit (tag <
 * 32), and bit kind(val) of every hit of tag ktag (kind < 64).  For a
 * loader, before the dictionary is shared. */
void vg_dict_set_masks(vg_dict *d, int ktag, int (*kind)(const void *val));
int vg_dict_has_masks(const vg_dict *d);

/* vg_dict_match_toks that also gives the phrase's masks (0 when none, or
 * when vg_dict_set_masks was not called). */
size_t vg_dict_match_masks(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
                           const vg_dict_hit **hits, size_t *nhits, uint32_t *tags,
                           uint64_t *kinds);

/* vg_dict_match_toks that also gives the hits of every phrase on the way:
 * each[k] and neach[k] (k < n) for the phrase t[0..k] (neach[k] = 0 when
 * it is none). */
size_t vg_dict_match_each(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
                          const vg_dict_hit **each, size_t *neach);

/* Reorder, in every phrase, the hits of tag so that a hit whose value a
 * ranks before that of b comes first when before(a, b) is nonzero (a stable
 * sort; hits of other tags keep their slots).  For a loader, once its rows
 * are in: the dictionary is read-only afterwards. */
void vg_dict_sort_hits(vg_dict *d, int tag, int (*before)(const void *a, const void *b));

/* Exact lookup of a phrase (folded internally). */
const vg_dict_hit *vg_dict_get(const vg_dict *d, const char *phrase, size_t len, size_t *nhits);

size_t vg_dict_size(const vg_dict *d);

#endif
