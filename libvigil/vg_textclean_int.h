/*
 * vg_textclean_int.h - the unit classifier's shared types (internal to
 * libvigil).
 *
 * The cleaner's text module (vg_textclean.h) is four files:
 *   vg_textclean.c        units, and classification: the passes over a
 *                         document's units (labels, repeated lines and
 *                         sentences, the body and its context)
 *   vg_textclean_lines.c  plain text to line units, tag debris removed
 *   vg_textclean_feat.c   one scan of a unit: counts, sentence ends, the
 *                         hashes that find repeated lines and sentences
 *   vg_textclean_label.c  a unit's context-free label: the boilerplate
 *                         patterns and phrase lists (knowledge/clean.tsv),
 *                         and the trimming of a unit's edges
 * Only these files include this header; functions shared between them carry
 * the prefix vg_textclean_, the rest stay static.
 */
#ifndef VG_TEXTCLEAN_INT_H
#define VG_TEXTCLEAN_INT_H

#include "vg_cleanlex.h"
#include "vg_textclean.h"

#include <stddef.h>
#include <stdint.h>

static inline int vg_textclean_is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static inline int vg_textclean_is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int vg_textclean_is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline int vg_textclean_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

enum { VG_TEXTCLEAN_MAX_SENTS = 48 };

/* Sentence hashes of all units, filled by the feature pass: a sentence is
 * a run ending in . ? ! before a space (or the unit end) and counts when it
 * has >= 5 words; its key hashes its letters and digits, case folded. */
typedef struct vg_textclean_keys {
    uint64_t *v;
    size_t n, cap;
} vg_textclean_keys;

/* Unit features.  The counts come from one pass over the unit; the
 * lower-cased prefix, which only the phrase tests on
 * short units read, are built on first use (need_lc), so long paragraphs
 * never pay for them. */
typedef struct vg_textclean_feat {
    unsigned words, letters, digits, commas, caps_words, long_words, pipes;
    int term, colon_end;
    char lc_last;  /* lc[lclen - 1] (0 when empty), without building lc */
    const char *s; /* the unit */
    size_t n;
    size_t key_off; /* its sentence keys in the key pool */
    unsigned nkeys;
    int key_overflow; /* more than VG_TEXTCLEAN_MAX_SENTS sentences */
    uint64_t hash;    /* letters and digits, case folded (repeated lines) */
    int have_lc;
    unsigned hits; /* PH_* lists matched (valid when have_hits) */
    int have_hits;
    char lc[320]; /* lower-cased prefix (ASCII folding only), NUL-terminated */
    size_t lclen;
    const vg_cleanlex *cl; /* the phrase lists (set once per classification) */
} vg_textclean_feat;
_Static_assert(sizeof(((vg_textclean_feat *)0)->lc) % 16 == 0,
               "phrase_hits() loads lc 16 bytes at a time");

/* 1 when s ends like a sentence: . ! ? … or ; followed by closing quotes. */
int vg_textclean_ends_sentence(const char *s, size_t n);

/* Scan s[0..n) into *f (its sentence keys appended to kp); f->cl is kept. */
void vg_textclean_features(const char *s, size_t n, vg_textclean_feat *f, vg_textclean_keys *kp);

/* The context-free label (VG_UC_*) of unit u, whose text is s[0..n); fills
 * *f on the way. */
int vg_textclean_label(const char *s, size_t n, const vg_unit *u, vg_textclean_feat *f,
                       vg_textclean_keys *kp);

/* 1 when the unit of f is a tail marker ("Related articles"): what follows
 * is no longer the article. */
int vg_textclean_tail_marker(vg_textclean_feat *f);

/* Remove leading datelines and trailing tag residue from unit u over buf. */
void vg_textclean_strip_edges(const vg_cleanlex *cl, const char *buf, vg_unit *u);

#endif
