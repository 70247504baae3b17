/*
 * vg_stem.h - morphology for the lexicon: phrases matched on Snowball stems.
 *
 * A lexicon row marked "stem=en" or "stem=fr" matches every inflection the
 * Snowball stemmer of that language (libstemmer) reduces to the same stem
 * as its phrase: one row "kill" covers kill, kills, killed, killing; one
 * row "tuer" covers tue, tué, tués, tuée, tuées, tuant.  Rows without the
 * mark match their folded phrase exactly (vg_dict), and an exact match wins
 * over a stem match of the same length, so an exact row of another kind
 * blocks a false stem match ("attaquant", a person, is not "attaque").
 *
 * Load side (vg_stems): per language, a phrase dictionary keyed by the
 * folded stems of the phrase's tokens, and bit sets of the first four
 * letters (three for three-letter tokens) a word with one of the keys'
 * first stems can begin with.  Stemming is costly next to a hash probe, so
 * the scan stems only the tokens that pass those bits (a stem keeps the
 * word's own letters but for its last one, which may differ: English "cry"
 * -> "cri"), once per token and language.
 *
 * Run side (vg_stemmer): libstemmer's stemmers keep state, so each scan
 * takes one of its own from the vg_stems' pool (vg_stems_take) and gives it
 * back when done: no two threads use a stemmer at once.
 */
#ifndef VG_STEM_H
#define VG_STEM_H

#include <stddef.h>
#include <stdint.h>

struct vg_dict;
struct vg_dict_tok;

enum { VG_STEM_EN = 0, VG_STEM_FR = 1, VG_STEM__N = 2 };

#define VG_STEM_MIN 2                  /* shortest stem a stem row may have (tuer -> "tu") */
#define VG_STEM_MAXLEN 64              /* longest token the scan stems, in bytes */
#define VG_STEM_P3 (26 * 26 * 26)      /* three-letter prefixes */
#define VG_STEM_P4 (26 * 26 * 26 * 26) /* four-letter prefixes */

typedef struct vg_stems vg_stems;

/* The language index of an ISO 639-1 code ("en", "fr"), or -1. */
int vg_stem_lang(const char *code);

vg_stems *vg_stems_new(void);
void vg_stems_free(vg_stems *st);

/* Add phrase in language lang (VG_STEM_*) with (tag, val): its tokens are
 * stemmed and folded into the key.  Returns 0, VG_EINVAL when a token's stem
 * is shorter than VG_STEM_MIN letters or is not letters, or when the phrase
 * is empty or too long, VG_ENOMEM.  A stem that is too short is written to
 * bad (bad_cap bytes) when bad is not NULL. */
int vg_stems_add(vg_stems *st, int lang, const char *phrase, size_t len, int tag, const void *val,
                 char *bad, size_t bad_cap);

/* Rows added, all languages. */
size_t vg_stems_count(const vg_stems *st);

/* The dictionary of one language (NULL when it has no rows), and the most
 * tokens any of its keys has. */
const struct vg_dict *vg_stems_dict(const vg_stems *st, int lang, size_t *max_words);

#define VG_STEM_MINLEN_SLOTS 65536

/* Which words may stem to a key's token: bits of their first two letters,
 * of three-letter words, of the first four letters of longer ones, and the
 * shortest stem by slot of those four letters. */
typedef struct vg_stem_prefix {
    const uint8_t *p2, *p3, *p4, *minlen;
} vg_stem_prefix;

/* The filters of one language: which words may stem to the first token of
 * a key, which to its other tokens (vg_stems_may), and which first stems
 * begin keys of two tokens or more (vg_stems_multi). */
typedef struct vg_stem_filter {
    vg_stem_prefix first, later;
    const uint64_t *multi; /* VG_DICT_FILTER_BITS bits, by first stem's hash */
} vg_stem_filter;

#define VG_STEM_P2 (26 * 26)

/* The cheap first test of vg_stems_may, on the first two letters of a
 * folded token f of three bytes or more, against bits (VG_STEM_P2 of them). */
static inline int vg_stems_may2(const uint8_t *bits, const char *f)
{
    unsigned a = (unsigned char)f[0] - 'a', b = (unsigned char)f[1] - 'a';
    if (a >= 26 || b >= 26)
        return 0;
    unsigned i = a * 26 + b;
    return (bits[i >> 3] >> (i & 7)) & 1;
}

/* 1 when a token whose fold is f[0..n) (n >= 3) may stem to a token of
 * the prefix set sp: its first four letters (three for a three-letter
 * token) are in its bits, and it is no shorter than the shortest stem
 * with that prefix (stemming only takes letters off). */
static inline int vg_stems_may(const vg_stem_prefix *sp, const char *f, size_t n)
{
    unsigned a = (unsigned char)f[0] - 'a', b = (unsigned char)f[1] - 'a';
    unsigned c = (unsigned char)f[2] - 'a';
    if (a >= 26 || b >= 26 || c >= 26)
        return 0;
    unsigned i = (a * 26 + b) * 26 + c;
    if (n < 4)
        return (sp->p3[i >> 3] >> (i & 7)) & 1;
    unsigned d = (unsigned char)f[3] - 'a';
    if (d >= 26)
        return 0;
    i = i * 26 + d;
    return ((sp->p4[i >> 3] >> (i & 7)) & 1) && n >= sp->minlen[i % VG_STEM_MINLEN_SLOTS];
}

/* 0 when no key of two tokens or more begins with the stem whose token
 * hash (vg_dict_tok_hash) is th. */
static inline int vg_stems_multi(const vg_stem_filter *sf, uint64_t th)
{
    return (sf->multi[(th >> 48) / 64] >> ((th >> 48) % 64)) & 1;
}

/* The stem of the ASCII word t (a token folded into buf, as the scan has
 * it) when the loader verified it as an inflection of a row's first word
 * ("killed" -> "kill"), else NULL: Snowball's own answer, without stemming. */
const char *vg_stems_memo(const vg_stems *st, int lang, const char *buf,
                          const struct vg_dict_tok *t);

/* The filters of lang; 0 when the language has no rows. */
int vg_stems_filter(const vg_stems *st, int lang, vg_stem_filter *out);

/* A scan's stemmers: one per language, made on first use. */
typedef struct vg_stemmer {
    struct sb_stemmer *sb[VG_STEM__N];
    int failed[VG_STEM__N];
} vg_stemmer;

void vg_stemmer_free(vg_stemmer *s);

/* A stemmer for one scan, from st's pool when a slot is free (its
 * Snowball stemmers, made on first use, stay for the next scans: making
 * one costs more than stemming a word), else one of the scan's own; NULL
 * when out of memory.  The pool is the one mutable part of a vg_stems:
 * each slot is taken and given back with an atomic flag, so threads
 * sharing st never share a stemmer.  vg_stems_give hands it back. */
vg_stemmer *vg_stems_take(const vg_stems *st);
void vg_stems_give(const vg_stems *st, vg_stemmer *s);

/* A key's tokens after its first that fold to VG_STEM_SHORT bytes or fewer
 * ("to", "on", "du") stand for themselves, unstemmed, on both sides: the
 * scan need not stem the function words after every trigger. */
#define VG_STEM_SHORT 3

/* The fold of tok[0..n) when it is VG_STEM_SHORT bytes or fewer, else 0. */
size_t vg_stem_short(const char *tok, size_t n, char *out, size_t cap);

/* The folded stem of the raw token tok[0..n) (any case, UTF-8) in language
 * lang, into out (cap bytes).  Returns its length, 0 when the token is too
 * long, the stem does not fit or no stemmer could be made. */
size_t vg_stem_token(vg_stemmer *s, int lang, const char *tok, size_t n, char *out, size_t cap);

#endif
