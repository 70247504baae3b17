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
 * folded stems of the phrase's tokens, and a bit set of the first three
 * letters of every token of those keys.  Stemming is costly next to a hash
 * probe, so the scan stems only the tokens whose first three folded letters
 * start some stem (a stem keeps all but at most its last letter of the
 * word's own letters, and stems are at least VG_STEM_MIN letters), once per
 * token and language.
 *
 * Run side (vg_stemmer): libstemmer's stemmers keep state, so each scan owns
 * its own, made on first use and freed with the scan: nothing is shared
 * between threads but the read-only vg_stems.
 */
#ifndef VG_STEM_H
#define VG_STEM_H

#include <stddef.h>
#include <stdint.h>

struct vg_dict;

enum { VG_STEM_EN = 0, VG_STEM_FR = 1, VG_STEM__N = 2 };

#define VG_STEM_MIN 2      /* shortest stem a stem row may have (tuer -> "tu") */
#define VG_STEM_MAXLEN 64  /* longest token the scan stems, in bytes */
#define VG_STEM_PREFIXES (26 * 26 * 26)

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

/* 1 when a token whose fold starts with the letters f[0..3) may stem to
 * the first token of some key of lang (f: folded token of 3 bytes or more). */
static inline int vg_stems_may(const uint8_t *prefix_bits, const char *f)
{
    unsigned a = (unsigned char)f[0] - 'a', b = (unsigned char)f[1] - 'a',
             c = (unsigned char)f[2] - 'a';
    if (a >= 26 || b >= 26 || c >= 26)
        return 0;
    unsigned i = (a * 26 + b) * 26 + c;
    return (prefix_bits[i >> 3] >> (i & 7)) & 1;
}

/* The prefix bits of lang (for vg_stems_may), NULL when it has no rows. */
const uint8_t *vg_stems_prefixes(const vg_stems *st, int lang);

/* A scan's stemmers: one per language, made on first use. */
typedef struct vg_stemmer {
    struct sb_stemmer *sb[VG_STEM__N];
    int failed[VG_STEM__N];
} vg_stemmer;

void vg_stemmer_free(vg_stemmer *s);

/* The folded stem of the raw token tok[0..n) (any case, UTF-8) in language
 * lang, into out (cap bytes).  Returns its length, 0 when the token is too
 * long, the stem does not fit or no stemmer could be made. */
size_t vg_stem_token(vg_stemmer *s, int lang, const char *tok, size_t n, char *out, size_t cap);

#endif
