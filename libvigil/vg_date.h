/*
 * vg_date.h - date expressions in English and French, absolute or relative
 * to the publication date: "11 May 2025", "May 11-12", "2025-05-16",
 * "16-May-2025", "le 1er mai", "dans la nuit du 11 au 12 mai", "in
 * September 2022", "on Tuesday", "Sunday morning", "mardi dernier",
 * "yesterday", "last week", "earlier this month", "two days ago", "il y a
 * deux jours", "in 2020".
 *
 * A date that needs the publication date (relative, or without a year) stays
 * unresolved when none is known: precision VG_DP_UNKNOWN, never a guess.
 */
#ifndef VG_DATE_H
#define VG_DATE_H

#include "vg_lex.h"
#include "vg_num.h"
#include "vg_scan.h"

#include <stddef.h>

struct vg_dict;

typedef struct vg_ymd {
    int y, m, d; /* y == 0: unknown */
} vg_ymd;

typedef struct vg_dateval {
    vg_ymd v;
    int prec;           /* VG_DP_* */
    int relative;       /* resolved against the publication date */
    int year_only;      /* a bare year ("in 2020") */
    int has_year;       /* the text names the year */
    int told_unit;      /* > 0: an offset from the date told before ("la veille", "two
                         * days later"), unresolved until vg_date_from: its vg_dunit */
    int told_off;       /* and the offset in those units */
    int to_now;         /* "three years after <date>": told_off units run from the date
                         * that follows to the time of writing (no date of its own) */
    size_t t0, t1;      /* tokens */
    const vg_ymd *yref; /* internal: see vg_date_at */
} vg_dateval;

/* Parse a date expression starting at token t (before tend).  pub may be
 * NULL or have y == 0.  yref (may be NULL) is the text's own year context:
 * without pub it supplies the year of a day or month written without one,
 * never a relative date ("on Tuesday", "last month": nothing but the
 * publication date anchors those).  Its form says what it is:
 *   {y, 0, 0}  a year in force ("En juillet 2023, ... Le 26 juillet"): y;
 *   {y, m, 0}  the month of publication: the latest such date not after it;
 *   {y, m, d}  a full date told nearby: the year that puts the date nearest
 *              to it, if within two months of it, else none (a date the
 *              text gives may be background years back).
 * Returns 1 and fills out, or 0. */
int vg_date_at(const struct vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub,
               const vg_ymd *yref, vg_dateval *out);

/* The same when the caller already parsed the number at t with the same
 * tend: num is what vg_num_at(sc, t, tend, ...) gave, NULL when it returned
 * 0.  Saves parsing it again ("two days ago"). */
int vg_date_at_num(const struct vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub,
                   const vg_ymd *yref, const vg_num *num, vg_dateval *out);

/* Lexicon kinds a date expression may start with: a date word, or a number
 * ("two days ago"). */
#define VG_DATE_WORD_KINDS                                                                         \
    ((1ull << VG_LX_MONTH) | (1ull << VG_LX_WDAY) | (1ull << VG_LX_DMOD) |                         \
     (1ull << VG_LX_RELDATE) | (1ull << VG_LX_AGO))
#define VG_DATE_START_KINDS (VG_NUM_START_KINDS | VG_DATE_WORD_KINDS)

/* 0 when no date expression can start at token t: a cheap filter, exact in
 * that vg_date_at then fails too.  (Whether vg_date_at succeeds at t does
 * not depend on yref either: it changes only the value and, for a weekday,
 * the extent.) */
static inline int vg_date_may_start(const vg_scan *sc, size_t t)
{
    const vg_tok *k = &sc->tok[t];
    return (k->flags & (VG_TF_DIGIT | VG_TF_DIGPFX)) ||
           (k->mark >= 0 && (sc->mark[k->mark].kinds & VG_DATE_START_KINDS));
}

/* Resolve d, an offset from the date told before it (d->told_unit > 0),
 * against that date (ref at precision ref_prec): "the next day" after 12
 * May is 13 May; the precision is the coarser of ref's and the unit's.
 * Returns 1 when resolved, 0 when d is no such offset or the result is out
 * of range. */
int vg_date_from(vg_dateval *d, const vg_ymd *ref, int ref_prec);

/* "YYYY-MM-DD" (first 10 bytes of s) -> ymd; returns 0 or -1. */
int vg_ymd_parse(const char *s, vg_ymd *out);

/* Format at the given precision: "YYYY-MM-DD", "YYYY-MM", "YYYY" or "". */
void vg_ymd_format(const vg_ymd *d, int prec, char *out, size_t cap);

/* Days since 1970-01-01 and back; day of week 1 (Monday) .. 7. */
long vg_ymd_days(const vg_ymd *d);
vg_ymd vg_ymd_from_days(long days);
int vg_ymd_wday(const vg_ymd *d);

/* Find a publication date in the first lines of a raw text: a dateline cue
 * from the lexicon ("date", "Updated On:", "Publié le") followed by a full
 * date.  Returns 0 and fills out, or -1. */
int vg_date_dateline(const struct vg_dict *d, const char *raw, size_t len, vg_ymd *out);

/* The same, also taking a month written ISO-style right after the cue
 * ("date 2021-09") when the top of the page gives no full date: *prec is
 * VG_DP_DAY or VG_DP_MONTH (then out->d is 1).  Returns 0 or -1. */
int vg_date_dateline_prec(const struct vg_dict *d, const char *raw, size_t len, vg_ymd *out,
                          int *prec);

/* vg_date_dateline_prec that skips, without scanning it, a line none of
 * whose tokens may begin a cue (cues: vg_lex_dateline_cues, or NULL). */
int vg_date_dateline_cued(const struct vg_dict *d, const uint64_t *cues, const char *raw,
                          size_t len, vg_ymd *out, int *prec);

#endif
