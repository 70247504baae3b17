/*
 * vg_scan.h - one pass over a text: tokens, sentences and dictionary marks.
 *
 * Extraction looks at an article as a token array.  vg_scan tokenises the
 * text once (vg_norm rules), folds every token once into one buffer (the
 * dictionary reads its keys straight from there, vg_dict_tok), splits it
 * into sentences and paragraphs (with the lexicon's abbreviations so "Gen.
 * Diarra" stays one sentence), and runs the shared phrase dictionary over
 * every sentence with longest-match semantics, recording a "mark" (token
 * range + dictionary hits) for each phrase found: places, demonyms, actors
 * and lexicon cues alike.  Numbers, dates and events are then parsed from
 * tokens and marks without ever re-reading the raw bytes.  The scan stops at
 * max_tokens (cap_hit = 1).  With the lexicon's stem rows (vg_stem.h) a
 * token may also match on its stem: the longer of the exact and the stem
 * match makes the mark, the exact one when they are as long.  A name of two
 * tokens or more (a place) that proves no name in context gives way to the
 * phrases under it (vg_scan_release).
 */
#ifndef VG_SCAN_H
#define VG_SCAN_H

#include "vg_dict.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct vg_dict;
struct vg_dict_hit;
struct vg_lex_entry;
struct vg_stems;

enum {
    VG_TF_CAP = 1,    /* first letter upper case */
    VG_TF_DIGIT = 2,  /* only ASCII digits */
    VG_TF_ALLCAP = 4, /* two or more letters, all upper case */
    VG_TF_DIGPFX = 8, /* starts with digits followed by letters ("1er", "11th") */
};

typedef struct vg_tok {
    uint32_t s, e;  /* byte range in the text */
    uint32_t sent;  /* sentence index */
    int32_t mark;   /* index of the mark starting at this token, or -1 */
    uint16_t flags; /* VG_TF_* */
} vg_tok;

typedef struct vg_mark {
    uint32_t t0, t1; /* tokens [t0, t1) */
    uint32_t nhits;
    uint32_t tags;  /* bit k: some hit has tag k (k < 32) */
    uint64_t kinds; /* bit k: some lexicon hit has kind k (k < 64) */
    const struct vg_dict_hit *hits;
} vg_mark;

typedef struct vg_sent {
    uint32_t t0, t1; /* tokens [t0, t1) */
    uint32_t para;   /* paragraph index */
    uint32_t m0;     /* the first mark at or after t0 (nmark when none) */
    size_t s, e;     /* byte range in the text */
} vg_sent;

typedef struct vg_scan {
    const char *text;
    size_t len;
    vg_tok *tok;
    size_t ntok;
    vg_mark *mark;
    size_t nmark;
    vg_sent *sent;
    size_t nsent;
    char *fold;               /* folded tokens, each followed by a space */
    struct vg_dict_tok *ftok; /* token i's fold in it (ntok of them) */
    int cap_hit;
    size_t nstemmed;             /* tokens stemmed (a measure of the stem filter) */
    int lang;                    /* VG_STEM_* of the text, -1 when unknown (vg_lex_lang_ok) */
    struct vg_dict_hit **merged; /* hit lists of marks that merge an exact and a stem match */
    size_t nmerged, mergedcap;
    vg_mark *under; /* the phrases under released names (vg_scan_release) */
    size_t nunder;
    /* per token: the lexicon kinds of the mark starting there (0: no
     * mark), so that vg_scan_mark_for answers most questions with one
     * load instead of the token's mark index and then the mark */
    uint64_t *tkinds;
} vg_scan;

/* Scan text[0..len) (not copied: it must outlive the scan).  Returns 0,
 * VG_ENOMEM or VG_EINVAL.  On error *out is empty (safe to free). */
int vg_scan_text(const struct vg_dict *d, const char *text, size_t len, size_t max_tokens,
                 vg_scan *out);

/* vg_scan_text, and the stem rows of st (NULL: none) matched on the stems of
 * language lang ("en", "fr"; any other value: both, the longer match wins). */
int vg_scan_text_stems(const struct vg_dict *d, const struct vg_stems *st, const char *lang,
                       const char *text, size_t len, size_t max_tokens, vg_scan *out);
void vg_scan_free(vg_scan *sc);

/* The first pass of vg_scan_text alone: tokens, folds and their hashes, no
 * sentences and no marks, for a caller that tests the tokens before it
 * scans.  Returns 0 or VG_ENOMEM / VG_EINVAL (then *out is empty). */
int vg_scan_tokens(const char *text, size_t len, size_t max_tokens, vg_scan *out);

/* Names that are no names here: the marks i of two tokens or more with
 * release[i] nonzero (a place the article's context rejects) give way to
 * the phrases under them - the longest-match segmentation of their span
 * without them, exact and on stems as the scan matches (d and st as given
 * to it) - which become marks of their own in token order ("ont tué quatre
 * sœurs": the Mauritian town "Quatre Soeurs" hid a count and a person
 * noun).  Matching runs only here, for the few names released, so the scan
 * itself costs nothing more.  Mark indices change.  Returns how many marks
 * gave way, or VG_ENOMEM. */
int vg_scan_release(vg_scan *sc, const struct vg_dict *d, const struct vg_stems *st,
                    const uint8_t *release);

/* The mark starting at token t when it may hold a hit of the given
 * lexicon kind (tag < 0) or tag (kind < 0), else NULL: the inline fast path
 * of vg_scan_lex and vg_scan_tag, which extraction calls for most tokens. */
static inline const vg_mark *vg_scan_mark_for(const vg_scan *sc, size_t t, int kind, int tag)
{
    if (t >= sc->ntok)
        return NULL;
    if (kind >= 0 && kind < 64) {
        if (!((sc->tkinds[t] >> kind) & 1))
            return NULL; /* no mark at t, or none with a hit of that kind */
    } else if (sc->tok[t].mark < 0) {
        return NULL;
    }
    const vg_mark *m = &sc->mark[sc->tok[t].mark];
    if (tag >= 0 && tag < 32 && !((m->tags >> tag) & 1))
        return NULL;
    return m;
}

const struct vg_lex_entry *vg_scan_lex_in(const vg_scan *sc, const vg_mark *m, size_t t, int kind,
                                          size_t *end);
const void *vg_scan_tag_in(const vg_mark *m, int tag, size_t *end);

/* The lexicon entry of the given kind in the mark starting at token t
 * (honouring the entry's "cap" flag), or NULL.  *end (may be NULL) gets the
 * token after the mark. */
static inline const struct vg_lex_entry *vg_scan_lex(const vg_scan *sc, size_t t, int kind,
                                                     size_t *end)
{
    const vg_mark *m = vg_scan_mark_for(sc, t, kind, -1);
    return m ? vg_scan_lex_in(sc, m, t, kind, end) : NULL;
}

/* The value of the first hit with tag in the mark starting at token t, or
 * NULL.  *end as above. */
static inline const void *vg_scan_tag(const vg_scan *sc, size_t t, int tag, size_t *end)
{
    const vg_mark *m = vg_scan_mark_for(sc, t, -1, tag);
    return m ? vg_scan_tag_in(m, tag, end) : NULL;
}

/* Number of value of the digits of token t (all-digit or digit-prefixed), or
 * -1 when it has none or more than 9 digits. */
long vg_scan_digits(const vg_scan *sc, size_t t);

/* The bytes between tokens t and t+1 ("" after the last, and for t past
 * the end: a caller's t - 1 at token 0 wraps to SIZE_MAX and gets ""). */
static inline const char *vg_scan_gap(const vg_scan *sc, size_t t, size_t *len)
{
    if (t >= sc->ntok || t + 1 >= sc->ntok) {
        *len = t < sc->ntok ? sc->len - sc->tok[t].e : 0;
        return t < sc->ntok ? sc->text + sc->tok[t].e : "";
    }
    *len = sc->tok[t + 1].s - sc->tok[t].e;
    return sc->text + sc->tok[t].e;
}

/* 1 when token t (folded) equals the ASCII word w.  Inline: callers pass
 * literals, whose length and comparison the compiler folds. */
static inline int vg_scan_is(const vg_scan *sc, size_t t, const char *w)
{
    if (t >= sc->ntok)
        return 0;
    const struct vg_dict_tok *f = &sc->ftok[t];
    size_t n = strlen(w);
    return f->len && f->len < 64 && f->len == n && memcmp(sc->fold + f->off, w, n) == 0;
}

#endif
