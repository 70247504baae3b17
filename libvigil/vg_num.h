/*
 * vg_num.h - numbers in running text: digits ("1,200", "2 000", "1.5
 * million"), number words in English and French ("twenty-five",
 * "vingt-cinq", "quatre-vingt-dix", "two hundred and ten"), vague amounts
 * ("dozens", "une centaine"), qualifiers ("at least", "plus de", "up to")
 * and ranges ("10 to 20", "10-15", "entre 10 et 20").
 *
 * Works on a vg_scan so every word list comes from the lexicon; the result
 * keeps the token range so callers can look at what the number counts.
 */
#ifndef VG_NUM_H
#define VG_NUM_H

#include "vg_lex.h"
#include "vg_scan.h"

#include <stddef.h>

typedef struct vg_num {
    long min, max; /* max == min when exact; max < 0 when open-ended */
    int qual;      /* vg_qual */
    int vague;     /* "dozens", "hundreds" */
    int words;     /* written in words (not digits) */
    size_t t0, t1; /* tokens [t0, t1), qualifier included */
} vg_num;

/* Parse a number expression starting at token t, not reaching tend.
 * Returns 1 and fills out, or 0 when there is none. */
int vg_num_at(const struct vg_scan *sc, size_t t, size_t tend, vg_num *out);

/* Lexicon kinds a number expression may start with. */
#define VG_NUM_START_KINDS ((1ull << VG_LX_NUM) | (1ull << VG_LX_QUAL) | (1ull << VG_LX_BETWEEN))

/* 0 when no number expression can start at token t (neither a digit token
 * nor a mark that may hold a number word, qualifier or "between"): a cheap
 * filter, exact in that vg_num_at then fails too, so callers can skip it. */
static inline int vg_num_may_start(const vg_scan *sc, size_t t)
{
    const vg_tok *k = &sc->tok[t];
    return (k->flags & VG_TF_DIGIT) ||
           (k->mark >= 0 && (sc->mark[k->mark].kinds & VG_NUM_START_KINDS));
}

#endif
