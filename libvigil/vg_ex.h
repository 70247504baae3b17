/*
 * vg_ex.h - the extraction stages' shared context (internal to libvigil).
 *
 * Extraction (vg_extract, vg_event.c) is a pipeline of stages, one file
 * each, that share one per-call context (vg_ex_ctx) and the per-sentence
 * record the stages fill and read (vg_ex_sent):
 *   vg_ex_tokens.c    token helpers and the per-token caches of numbers and dates
 *   vg_ex_figures.c   casualty and arrest figures
 *   vg_ex_dates.c     publication and reference dates, a sentence's and an event's date
 *   vg_ex_places.c    places: which names are places, homonyms, units beside them
 *   vg_ex_where.c     an event's place among its sentence's, the article's place
 *   vg_ex_country.c   datelines and the article's country (weighed cues)
 *   vg_ex_locality.c  places the gazetteer lacks ("the village of X")
 *   vg_ex_actors.c    actors, claims, named people, actor labels
 *   vg_ex_agent.c     who did it to whom: an event's actor list and roles
 *   vg_ex_sentence.c  one sentence's features: the dispatch of its marks
 *   vg_ex_typing.c    which event types a sentence reports, and its support
 *   vg_ex_sense.c     whether a trigger names a real event: negation, denial,
 *                     unrealised and planned acts, the sense its context confirms
 *   vg_ex_cand.c      one candidate event per type and sentence, dated
 *   vg_ex_merge.c     mentions of one incident merged, coup context
 *   vg_ex_roles.c     the final actor roles, ACLED mapping, confidence
 * What the stages decide by is data where it is policy: the words (function
 * words included) in knowledge/lexicon.tsv, the typing steps, the ACLED
 * mapping, the generic actors and the subtype flags in knowledge/types.tsv;
 * the C holds the mechanisms and the built-in inferences types.tsv names.
 * Only these files include this header.  Functions shared between stages
 * carry the module prefix vg_ex_; the rest stay static in their stage.
 * Everything here lives for one vg_extract call: no globals, no state kept
 * between articles.
 */
#ifndef VG_EX_H
#define VG_EX_H

#include "vigil.h"
#include "vg_actor.h"
#include "vg_date.h"
#include "vg_dict.h"
#include "vg_gaz.h"
#include "vg_lex.h"
#include "vg_num.h"
#include "vg_scan.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define VG_EX_MIN_SCORE 3  /* a candidate needs this much evidence */
#define VG_EX_MAX_ITEMS 16 /* places/actors/figures kept per sentence */
#define VG_EX_ARR_NAMED 2  /* arr_vague of a count of named people (weaker than "dozens") */
#define VG_EX_MAX_LOCAL 8  /* places the gazetteer lacks kept per article */

/* Bits of vg_ex_ctx.dem_tok, about the place at a token. */
enum {
    VG_EX_PF_DEM = 1,    /* names a country without saying the event is there */
    VG_EX_PF_AGREE = 2,  /* a unit or country named beside it agrees on its country */
    VG_EX_PF_CONTRA = 4, /* a unit or country named beside it has no place of the name */
    VG_EX_PF_UNIT = 8,   /* named with its unit noun ("Borno State", "région du Nord") */
};

typedef struct vg_ex_placeref {
    const vg_place *p;
    size_t t;
} vg_ex_placeref;

typedef struct vg_ex_actor {
    const char *name;
    int cls; /* vg_vclass, 0 when unknown */
    size_t t;
    int by;              /* preceded by "by"/"par": the agent of a passive */
    int media;           /* a news agency or broadcaster (actors.tsv kind media) */
    const char *country; /* ISO code of a known actor's country, or NULL */
    int org;             /* an organisation (UN agencies, NGOs, ECOWAS) */
    int generic;         /* a lexicon label ("Islamist militants"), not a named actor */
} vg_ex_actor;

typedef struct vg_ex_fig {
    vg_num n;
    int kind; /* 1 fatalities, 2 arrests */
    int vclass;
} vg_ex_fig;

typedef struct vg_ex_sent {
    int trig_w[VG_EV__COUNT];
    const char *trig_sub[VG_EV__COUNT];
    size_t trig_t[VG_EV__COUNT], trig_e[VG_EV__COUNT];
    int sub_w[VG_EV__COUNT];
    const char *sub_label[VG_EV__COUNT];
    size_t nplaces;
    const vg_place *demonym;       /* first country named by a demonym or in passing */
    const vg_place *named_country; /* first country named (not a demonym) */
    int art_country_named;         /* the article's country is named */
    size_t nactors;
    size_t nfigs;
    int vclass_seen[8];
    int has_date;
    vg_dateval date;
    int hist, neg, update, death, arrestn, count, official_near_arrest, irrealis;
    int held_official; /* officials "held hostage" by soldiers: a detention */
    int arr_step;      /* the arrest trigger names a later step of custody (VG_LXF_STEP) */
    int perfect;       /* past perfect (had, avait) */
    int another;       /* 1 + token of "another"/"une autre": a new incident follows */
    int object_class;  /* class of the first person noun after the violent trigger */
    int kill_w;        /* weight of the strongest killing verb (lexicon kind kill) */
    size_t kill_t, kill_e;
    int mishap;               /* an accident or disaster cue */
    int crowd_noun;           /* weight of a protest trigger that is a person noun ("protesters") */
    size_t crowd_act;         /* 1 + token of a protest trigger that is an act ("demonstration") */
    size_t crowd_act_e;       /* the token after it */
    const vg_lex_entry *pobj; /* a trigger that needs a person as its object ("seized") */
    size_t pobj_t, pobj_e;
    /* context cues (vg_ex_sense.c) */
    unsigned domain;                 /* bit (1 << vg_domain) per field of news named */
    int means;                       /* 1 + token of the first weapon named, 0: none */
    int means2;                      /* 1 + token of a second one */
    int power;                       /* the state or its power is named */
    int release;                     /* captives are set free (released, libérés) */
    uint8_t ndeny, nmodal;           /* denial and modal cues, in token order */
    uint8_t modal_fut;               /* bit i: modal i is the future (will, would) */
    uint32_t deny_e[4];              /* token after each denial cue */
    uint32_t modal_t[6], modal_e[6]; /* each modal cue's tokens */
    char claim[64];
    /* the items last: only the first nplaces / nactors / nfigs are ever
     * read, so vg_ex_analyse() clears the fields above only */
    vg_ex_placeref places[VG_EX_MAX_ITEMS];
    vg_ex_actor actors[VG_EX_MAX_ITEMS];
    vg_ex_fig figs[VG_EX_MAX_ITEMS];
} vg_ex_sent;

typedef struct vg_ex_cand {
    vg_event ev;
    int score;
    size_t sent;
    const vg_place *place;
    int has_date;
    vg_dateval date;
    unsigned mentions;
    int fat_update;
    int fat_vague, arr_vague;
    int fat_class;   /* victim class of the figure (vg_vclass) */
    size_t fat_sent; /* sentence that gave the figure */
    int another;     /* announced as another incident */
    int votes[3];    /* coup subtype votes: plot, attempt, seizure */
    int lone;        /* generic trigger without detail: deferred */
    int weak;        /* generic trigger (attack): may be another mention of any violence */
    int anaphor;     /* weak and told as known ("the attack", "cette attaque"): vg_ex_merge.c */
    int official;    /* an arrest of officials (president, ministers) */
    int date_role;   /* what its date hangs on (vg_ex_dates.c): 1 only the day it was told */
    int perp_rank;   /* how its perpetrator was found (VG_EX_PERP_*) */
} vg_ex_cand;

/* The word dictionary's hits for one token (vg_ex_ctx.word_hits). */
typedef struct vg_ex_hits {
    const struct vg_dict_hit *h;
    size_t n;
} vg_ex_hits;

typedef struct vg_ex_ctx {
    const vg_kb *kb;
    const vg_limits *lim;
    const vg_article *art;
    const vg_doc *doc;
    const char *text;
    size_t text_len, body_off; /* body = text + body_off */
    char *own;                 /* title + body when the title is separate */
    vg_scan sc;
    vg_ymd pub;
    vg_ymd yref;      /* latest full date the text gives (year context); m == 0:
                       * only a year, to check a weekday against */
    vg_ymd pub_month; /* month of publication when only that is known */
    int ref_year;
    const vg_place *art_country;
    const vg_place *art_place;   /* the place the article is about */
    const struct vg_dict *words; /* the lexicon's word kinds (vg_lex_words) */
    const uint64_t *words_multi; /* first tokens of their longer phrases (vg_lex_words_multi) */
    const uint64_t *words_first; /* first tokens of all of them (vg_dict_start_filter) */
    /* countries the article names as such (a country, its demonym, its
     * government or army): a town of any other country is suspect */
    char named_cc[16][4];
    size_t n_named_cc;
    /* per-token caches, filled once (numbers, dates, places are asked for
     * by several passes) */
    int32_t *num_at, *date_at; /* index into nums / dates, -1 when none */
    vg_num *nums;
    vg_dateval *dates;
    size_t nnums, ndates;
    uint32_t *word_kinds;         /* per token: its one-token word kinds (vg_ex_word) */
    struct vg_ex_hits *word_hits; /* and its own word's hits */
    uint32_t *word_long;          /* and those of its longer words (valid with VG_EX_WK_LONG) */
    uint32_t *ref_memo;           /* vg_ex_ref_after + 1 per token, 0 until asked */
    const vg_place **place_tok;   /* place at a token (after the country is known) */
    uint8_t *dem_tok;             /* VG_EX_PF_* of the place at a token */
    /* the article's cues in Africa (an African country named, its people, an
     * actor of one, a dateline there): without one, only a place named
     * nowhere else in the world stands for itself */
    int african_cue;
    int country_contested; /* the cues for the article's country disagree */
    unsigned place_caps;   /* times a cap of the place stages was hit (vg_events.place_cap_hits) */
    const vg_place *dateline_country; /* the country of the dateline's city */
    const vg_place *dateline_place;   /* the dateline's city, or NULL */
    /* places the gazetteer lacks, named as such ("the village of X"): their
     * names are local_name[i], their first token local_t[i] */
    vg_place local[VG_EX_MAX_LOCAL];
    char local_name[VG_EX_MAX_LOCAL][48];
    size_t local_t[VG_EX_MAX_LOCAL];
    size_t nlocal;
    void *cache; /* the one allocation behind the caches above */
    vg_ex_cand *c;
    size_t nc, cap;
    vg_ex_sent orphan;  /* last toll given without an event */
    size_t orphan_sent; /* its sentence + 1, 0 when none */
    vg_ex_cand *def;    /* generic mentions waiting for the end of the article */
    size_t ndef, defcap;
    /* the article's context (vg_ex_article_context): cues of political
     * violence (armed actors, weapons, forces), of politics (the state,
     * officials) and of other fields of news (sports, business, ...) */
    int ctx_violence, ctx_politics, ctx_domain;
    int ctx_crime; /* a sentence told of ordinary crime: the next ones go on with it */
} vg_ex_ctx;

/* ---------------------------------------------------------------- inline helpers */

static inline const vg_lex_entry *vg_ex_lex(const vg_ex_ctx *x, size_t t, int kind, size_t *end)
{
    return vg_scan_lex(&x->sc, t, kind, end);
}

static inline const vg_num *vg_ex_num_at(const vg_ex_ctx *x, size_t t)
{
    return t < x->sc.ntok && x->num_at[t] >= 0 ? &x->nums[x->num_at[t]] : NULL;
}

static inline const vg_dateval *vg_ex_date_at(const vg_ex_ctx *x, size_t t)
{
    return t < x->sc.ntok && x->date_at[t] >= 0 ? &x->dates[x->date_at[t]] : NULL;
}

/* The date starting at token t when it is one of its own, not a part of a
 * longer date before it (the year of "12 June 2024", the month of "21
 * février 2021"), or NULL. */
static inline const vg_dateval *vg_ex_date_own(const vg_ex_ctx *x, size_t t)
{
    const vg_dateval *d = vg_ex_date_at(x, t);
    return d && (d == x->dates || d[-1].t1 <= d->t0) ? d : NULL;
}

/* src (NULL: "") into dst[cap], cut on a UTF-8 boundary */
static inline void vg_ex_copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n >= cap) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--; /* keep UTF-8 whole */
    }
    if (n)
        memcpy(dst, src, n);
    dst[n] = 0;
}

/* Index of the first of the n items of v (each size bytes, in token order)
 * whose first token, the field at offset off of width bytes (4 or 8), is t
 * or after: a lower bound.  Loops over a sentence visit only its own
 * numbers, dates and marks instead of every token. */
static inline size_t vg_ex_first_at(const void *v, size_t n, size_t size, size_t off, size_t width,
                                    size_t t)
{
    const unsigned char *b = v;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, key;
        if (width == sizeof(uint32_t)) {
            uint32_t k;
            memcpy(&k, b + mid * size + off, sizeof(k));
            key = k;
        } else {
            memcpy(&key, b + mid * size + off, sizeof(key));
        }
        if (key < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static inline size_t vg_ex_first_num(const vg_ex_ctx *x, size_t t)
{
    return vg_ex_first_at(x->nums, x->nnums, sizeof(*x->nums), offsetof(vg_num, t0),
                          sizeof(x->nums->t0), t);
}

static inline size_t vg_ex_first_date(const vg_ex_ctx *x, size_t t)
{
    return vg_ex_first_at(x->dates, x->ndates, sizeof(*x->dates), offsetof(vg_dateval, t0),
                          sizeof(x->dates->t0), t);
}

static inline size_t vg_ex_first_mark(const vg_scan *sc, size_t t)
{
    if (t < sc->ntok && sc->sent && sc->sent[sc->tok[t].sent].t0 == t)
        return sc->sent[sc->tok[t].sent].m0; /* a sentence's start: found by the scan */
    return vg_ex_first_at(sc->mark, sc->nmark, sizeof(*sc->mark), offsetof(vg_mark, t0),
                          sizeof(sc->mark->t0), t);
}

/* The out-of-line parts of vg_ex_word (vg_ex_tokens.c): the probe, and
 * the word kinds (bit kind - VG_LX_DET) of the words of two to
 * VG_EX_WK_LEN tokens from token t, looked up once per token (those of
 * every token alone are filled with the caches: vg_ex_fill_caches). */
const vg_lex_entry *vg_ex_word_probe(const vg_ex_ctx *x, size_t t, size_t n, int kind);
uint32_t vg_ex_long_kinds(const vg_ex_ctx *x, size_t t);

#define VG_EX_WK_KNOWN (1u << 31) /* word_kinds[t] holds token t's one-token kinds */
#define VG_EX_WK_LONG (1u << 30)  /* word_long[t] holds the kinds of its longer words */
#define VG_EX_WK_KINDS 30         /* kinds VG_LX_DET + 0 .. 29 are cached */
#define VG_EX_WK_LEN 4            /* longer words: up to four tokens */

/* The cached kinds of the words of n tokens from t (t < ntok): of token t
 * alone (n == 1), else of any word of 2 .. VG_EX_WK_LEN tokens from it. */
static inline uint32_t vg_ex_kinds_at(const vg_ex_ctx *x, size_t t, size_t n)
{
    uint32_t m = x->word_kinds[t]; /* (one-token kinds: filled with the caches) */
    if (n == 1)
        return m;
    return m & VG_EX_WK_LONG ? x->word_long[t] : vg_ex_long_kinds(x, t);
}

/* The entry of a word kind (lexicon.tsv: det, agent, ...) spelt exactly by
 * tokens [t, t + n), or NULL.  Most questions have the answer no, asked
 * many times of the same tokens: the token's cached kinds (of itself, and
 * of the longer words from it) or, for words of more than VG_EX_WK_LEN
 * tokens, the filter of their first tokens say so without a probe. */
static inline __attribute__((always_inline)) const vg_lex_entry *
vg_ex_word(const vg_ex_ctx *x, size_t t, size_t n, int kind)
{
    if (t >= x->sc.ntok || n > x->sc.ntok - t || !n)
        return NULL;
    unsigned k = (unsigned)(kind - VG_LX_DET);
    if (x->word_kinds && k < VG_EX_WK_KINDS && n <= VG_EX_WK_LEN) {
        if (!((vg_ex_kinds_at(x, t, n) >> k) & 1))
            return NULL;
    } else if (n > 1 && x->words_multi &&
               !vg_dict_may_start(x->words_multi,
                                  vg_lex_pair_hash(x->sc.ftok[t].h, x->sc.ftok[t + 1].h))) {
        return NULL;
    }
    return vg_ex_word_probe(x, t, n, kind);
}

/* The word dictionary's hits for token t alone (any language), *n of
 * them: from the caches once they are filled, else one probe. */
static inline const struct vg_dict_hit *vg_ex_word_hits(const vg_ex_ctx *x, size_t t, size_t *n)
{
    const struct vg_dict_hit *h = NULL;
    *n = 0;
    if (x->word_kinds) {
        *n = x->word_hits[t].n;
        return x->word_hits[t].h;
    }
    if (x->words && vg_dict_match_toks(x->words, x->sc.fold, &x->sc.ftok[t], 1, &h, n) != 1)
        *n = 0;
    return *n ? h : NULL;
}

/* 0 when no word of kind of one to VG_EX_WK_LEN tokens starts at token t:
 * the cached answer for a caller about to try every length. */
static inline int vg_ex_word_may(const vg_ex_ctx *x, size_t t, int kind)
{
    unsigned k = (unsigned)(kind - VG_LX_DET);
    if (t >= x->sc.ntok || !x->word_kinds || k >= VG_EX_WK_KINDS)
        return t < x->sc.ntok;
    return (((vg_ex_kinds_at(x, t, 1) | vg_ex_kinds_at(x, t, 2)) >> k) & 1) != 0;
}

/* A word of a word kind at token t ("the", "by").  Once the caches are
 * filled, token t's kind bit is the answer: it is set exactly when the
 * token's own word has a hit of that kind in the article's language, the
 * entry vg_ex_word would look for. */
static inline int vg_ex_is_word(const vg_ex_ctx *x, size_t t, int kind)
{
    unsigned k = (unsigned)(kind - VG_LX_DET);
    if (x->word_kinds && k < VG_EX_WK_KINDS)
        return t < x->sc.ntok && ((x->word_kinds[t] >> k) & 1);
    return vg_ex_word(x, t, 1, kind) != NULL;
}

/* A phrase of a word kind ends right before token t ("according to"). */
static inline int vg_ex_word_ends(const vg_ex_ctx *x, size_t t, int kind)
{
    if (t >= 1 && vg_ex_is_word(x, t - 1, kind))
        return 1;
    for (size_t n = 2; n <= 4 && n <= t; n++)
        if (vg_ex_word(x, t - n, n, kind))
            return 1;
    return 0;
}

static inline int vg_ex_violent(vg_event_type t)
{
    return t == VG_EV_ARMED_CLASH || t == VG_EV_ATTACK_ON_CIVILIANS || t == VG_EV_REMOTE_VIOLENCE ||
           t == VG_EV_ABDUCTION;
}

/* ---------------------------------------------------------------- vg_ex_tokens.c */

/* the text of tokens [t0, t1) into dst[cap], line breaks and tabs as spaces */
void vg_ex_copy_tokens(const vg_ex_ctx *x, size_t t0, size_t t1, char *dst, size_t cap);
/* an apostrophe-s right after the phrase ending at token end ("Mali's") */
int vg_ex_possessive(const vg_ex_ctx *x, size_t end);
/* numbers, dates and place slots by token (one allocation); 0 or VG_ENOMEM */
int vg_ex_fill_caches(vg_ex_ctx *x);
/* numbers and dates again, once the marks changed (vg_ex_release_names) */
void vg_ex_recache(vg_ex_ctx *x);
void vg_ex_free_caches(vg_ex_ctx *x);
/* "by"/"par" before t, or before the article in front of it */
int vg_ex_is_by(const vg_ex_ctx *x, size_t t, size_t s0);
/* token t continues the phrase before it (one space, same sentence) */
int vg_ex_tok_joined(const vg_ex_ctx *x, size_t t);
/* the first lexicon entry, of every phrase the dictionary holds inside
 * tokens [t, e) (not only the longest one the scan kept), that ok accepts;
 * NULL when none does */
typedef int (*vg_ex_lex_ok)(const vg_ex_ctx *x, const vg_lex_entry *le);
const vg_lex_entry *vg_ex_lex_inside(const vg_ex_ctx *x, size_t t, size_t e, vg_ex_lex_ok ok);

/* ---------------------------------------------------------------- vg_ex_figures.c */

/* the sentence's fatality and arrest figures into si->figs */
void vg_ex_find_figures(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
/* one exact count of people in sentence sent (vg_ex_figures.c): 1 when found */
int vg_ex_sentence_people(const vg_ex_ctx *x, size_t sent, vg_num *out, int *cls);
/* an event figure from a parsed number and its claimant */
void vg_ex_set_figure(const vg_ex_ctx *x, vg_figure *f, const vg_num *n, const char *claim);

/* ---------------------------------------------------------------- vg_ex_toll.c */

/* the figure of a kind (1 fatalities, 2 arrests) a sentence gives; 1 when found */
int vg_ex_sentence_figure(const vg_ex_ctx *x, const vg_ex_sent *si, int kind, vg_num *out,
                          int *vclass);
/* the side a class of the dead fought on (1 fighters, 2 forces, 3 unarmed; 0 unknown) */
int vg_ex_toll_side(int vclass);
/* the sentence gives two sources' differing tolls of kind (1 dead, 2 arrested) */
int vg_ex_sentence_disputed(const vg_ex_ctx *x, const vg_ex_sent *si, int kind);

/* ---------------------------------------------------------------- vg_ex_dates.c */

/* the publication date (x->pub, or only x->pub_month) and x->ref_year */
void vg_ex_article_dates(vg_ex_ctx *x);
/* the dates that hang on the text's other dates (after the caches): without
 * a publication date the text's year reference (x->yref) and the year of
 * each year-less date from its context; "la veille", "the next day", "two
 * days later" from the date told before them */
void vg_ex_date_context(vg_ex_ctx *x);
/* the sentence's date into si->date */
void vg_ex_scan_dates(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
/* the candidate's date from a parsed date */
void vg_ex_set_date(const vg_ex_ctx *x, vg_ex_cand *c, const vg_dateval *d);
/* the date of an event of type told in sentence s (its own, not the day it
 * was said nor another act's) into c, or unknown */
void vg_ex_event_date(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, int type,
                      vg_ex_cand *c);
/* days from the latest day date d may mean to publication (> 0: before it),
 * or VG_EX_AGE_UNKNOWN without a publication date or a known date: what
 * deciding background needs ("fin mai" is 40 days before 10 July, not 70) */
#define VG_EX_AGE_UNKNOWN (-1000000L)
long vg_ex_date_age(const vg_ex_ctx *x, const vg_dateval *d);
/* an undated candidate of sentence s dated from its context (paragraph,
 * lead, month of publication), unless that is background */
void vg_ex_context_date(const vg_ex_ctx *x, const vg_sent *s, vg_ex_cand *c);
/* can two mentions with these dates be one incident? */
int vg_ex_dates_compatible(const vg_ex_cand *a, const vg_ex_cand *b);
/* a mention merged into dst gives it its date when more precise */
void vg_ex_merge_date(const vg_ex_ctx *x, vg_ex_cand *dst, const vg_ex_cand *src);

/* ---------------------------------------------------------------- vg_ex_places.c */

/* the sentence's places and countries named in passing into si */
void vg_ex_scan_places(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
/* (vg_ex_where.c from here to vg_ex_name_as_written, and the article's
 * and fallback places) */
/* the place of an event whose trigger is at trig_t, or NULL */
const vg_place *vg_ex_best_place(const vg_ex_ctx *x, const vg_ex_sent *si, size_t trig_t);
/* the gazetteer name of a country code, or NULL */
const char *vg_ex_country_name(const vg_ex_ctx *x, const char *iso);
/* an English text's spelling of the candidate's place for its location
 * name, when the gazetteer spells it otherwise (Gedaref, not Al Qadarif:
 * the text's English form is what a coder writes) */
void vg_ex_name_as_written(const vg_ex_ctx *x, vg_ex_cand *c);
/* the candidate's place and its location fields (NULL or a country: none) */
void vg_ex_set_location(vg_ex_cand *c, const vg_place *p);
/* places by token before the article's country is known (place_tok, dem_tok) */
void vg_ex_find_places(vg_ex_ctx *x);
/* how surely the place at t names its country: 3 its name is its own in the
 * world or a unit beside it agrees, 2 in Africa, 1 it outranks its
 * homonyms, 0 not at all */
int vg_ex_place_conf(const vg_ex_ctx *x, size_t t);
/* a town of a country the article never names, in an article about another
 * country: a village of the article's country the gazetteer lacks, not the
 * foreign town (unless a unit beside it agrees, or its name is its own and
 * it is named as a place) */
int vg_ex_foreign_homonym(const vg_ex_ctx *x, const vg_place *p, size_t t);
/* the token of the unit noun that names the town at k as a unit's seat
 * ("commune de Boni"), or 0; vg_ex_unit_town: that, or a unit noun after
 * it ("Djibo department") */
size_t vg_ex_unit_noun_before(const vg_ex_ctx *x, size_t k);
/* the token after the "(" of the brackets the place at t is in, with at
 * most names names before it inside them ("X (Djibo, Soum)"), or 0 */
size_t vg_ex_bracket_open(const vg_ex_ctx *x, size_t t, size_t names);
int vg_ex_unit_town(const vg_ex_ctx *x, size_t k);
/* The town at t is given in brackets as a unit of a country the text's
 * actors are not from, while they all come from one ("(Bani department)"
 * beside VDP): a unit of theirs the gazetteer lacks.  Their country, or
 * NULL. */
const vg_place *vg_ex_unit_abroad(const vg_ex_ctx *x, const vg_place *p, size_t t);
/* tokens from k say that the name before them lies near a place ("near",
 * "14 km north of", "à 20 km de"): the token where that place starts, or 0 */
size_t vg_ex_ref_after(const vg_ex_ctx *x, size_t k);
/* the least vg_ex_place_conf for which place p named with its unit ("Borno
 * State", "X (Koulikoro)") names its country: a unit that outranks its
 * homonyms abroad (1) does, a town needs a name of its own (2) */
int vg_ex_unit_conf(const vg_place *p);
/* the place at t may stand for itself in an article with no African cue */
int vg_ex_lone_place(const vg_ex_ctx *x, size_t t);
/* places by token, once the article's country is known */
void vg_ex_cache_places(vg_ex_ctx *x);
/* the article's most named town or region (x->art_place) */
void vg_ex_article_place(vg_ex_ctx *x);
/* where an event whose sentences name no place most likely happened, or NULL */
const vg_place *vg_ex_fallback_place(const vg_ex_ctx *x, const vg_ex_cand *c);
/* the capital, for a government's strategic move with no place (vg_ex_roles.c) */
const vg_place *vg_ex_national_place(const vg_ex_ctx *x, const vg_ex_cand *c);
/* the place at t is what a violent act's trigger targets ("attacked X") */
int vg_ex_act_object(const vg_ex_ctx *x, size_t t);
/* a locative word (in, near, village of, à) ends right before token t */
int vg_ex_after_locprep(const vg_ex_ctx *x, size_t t);
/* a gazetteer place the text gives for a local place: a unit or town named
 * right after the name ending at token end ("X (Djibo, Soum)", "X in Borno
 * State", "X, dans la région de Y"; any town with towns, else only one in
 * brackets), or NULL */
const vg_place *vg_ex_unit_after(const vg_ex_ctx *x, size_t end, int towns);

/* ---------------------------------------------------------------- vg_ex_country.c */

/* an opening bracket before an agency in capitals after token k: "(AFP)" */
int vg_ex_agency_gap(const vg_scan *sc, size_t k, size_t t1);
/* the place at t is in a dateline (where the report was filed) */
int vg_ex_in_dateline(const vg_ex_ctx *x, size_t t);
/* the article's country (x->art_country), its African cue and the
 * countries it names */
int vg_ex_article_country(vg_ex_ctx *x);
/* the country of an event at place p (may be NULL) told in sentence si */
const char *vg_ex_event_country(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_place *p);

/* ---------------------------------------------------------------- vg_ex_locality.c */

/* places the gazetteer lacks, named as villages or beside a unit, into
 * x->local (after vg_ex_cache_places) */
void vg_ex_find_localities(vg_ex_ctx *x);
/* the local place whose name starts at token t, or NULL */
const vg_place *vg_ex_local_at(const vg_ex_ctx *x, size_t t);
/* p is one of the article's local places */
int vg_ex_is_local(const vg_ex_ctx *x, const vg_place *p);
/* can two places, one of them local, be where one incident happened?  A
 * village named once with its units and once without is one place */
int vg_ex_local_compatible(const vg_place *a, const vg_place *b);

/* ---------------------------------------------------------------- vg_ex_actors.c */

/* Actor names written "!ACRONYM" in actors.tsv (vg_actor_def.caps_only)
 * name no one where the text does not write them in capitals ("an ant"):
 * their marks lose the actor tag (vg_ex_actors.c). */
void vg_ex_caps_actors(vg_ex_ctx *x);

/* how many people a sentence without an arrest figure names as arrested */
int vg_ex_named_arrests(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si);
/* an actor into the sentence, once per name */
void vg_ex_add_actor(vg_ex_sent *si, const vg_ex_actor *a);
/* who makes the claim whose cue is at [t, e) into si->claim */
void vg_ex_claim_source(const vg_ex_ctx *x, const vg_sent *s, size_t t, size_t e, int pos,
                        vg_ex_sent *si);
/* the actor at [t, end) is named only as the affiliation of another */
int vg_ex_affiliation(const vg_ex_ctx *x, size_t t, size_t end);
/* the generic actor at m names the same group as the named one before it */
int vg_ex_same_group(const vg_ex_ctx *x, const vg_mark *m, const vg_ex_actor *named,
                     size_t named_end, int cls);
/* the alias a names another country's actor than the article's */
int vg_ex_other_countrys(const vg_ex_ctx *x, const vg_mark *m, const vg_actor_def *a);
/* An actor that may take up arms (not an organisation, a medium, a party,
 * a person), and whether mark m's phrase names armed men ("RSF fighters",
 * "RSF attacked"): an alias shared with an unarmed actor is the armed one. */
int vg_ex_armed_kind(const vg_actor_def *a);
int vg_ex_armed_phrase(const vg_ex_ctx *x, const vg_mark *m);
/* the generic actor at [t, end) is a source of the report ("a police source") */
int vg_ex_source_actor(const vg_ex_ctx *x, size_t t, size_t end);
/* an official (politician, journalist) near token t */
int vg_ex_official_near(const vg_ex_ctx *x, const vg_sent *s, size_t t);
/* the person class the violent trigger at t is done to, or 0 */
int vg_ex_object_class(const vg_ex_ctx *x, const vg_sent *s, size_t t);
/* the output name of an actor ("Military Forces of Mali" for a generic one) */
void vg_ex_actor_label(const vg_ex_ctx *x, const vg_ex_actor *a, const char *iso, char *out,
                       size_t cap);
/* the event actor kind of a person class (vg_vclass) */
vg_actor_kind vg_ex_class_kind(int cls);

/* ---------------------------------------------------------------- vg_ex_agent.c */

/* how the perpetrator was found (a later mention's better one leads) */
enum { VG_EX_PERP_NONE, VG_EX_PERP_AFTER, VG_EX_PERP_SUBJECT, VG_EX_PERP_AGENT };
/* the event's actors, perpetrator first, with roles and kinds; returns
 * how the perpetrator was found (VG_EX_PERP_*) */
int vg_ex_set_actors(const vg_ex_ctx *x, const vg_ex_sent *si, vg_event *ev, size_t trig_t);
/* the actor only speaks of the act ("the army said"): no party to it */
int vg_ex_actor_speaks(const vg_ex_ctx *x, const vg_ex_actor *a);

/* ---------------------------------------------------------------- vg_ex_sentence.c */

/* everything the later stages read about sentence s, into si */
void vg_ex_analyse(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
/* place names the context rejected give way to the words under them
 * (after vg_ex_cache_places); 0 or VG_ENOMEM */
int vg_ex_release_names(vg_ex_ctx *x);
/* the events of sentence i, clause by clause when it tells two acts with
 * their own subjects (lexicon kind clausejoin); 0 or VG_ENOMEM */
int vg_ex_clause_events(vg_ex_ctx *x, size_t i);

/* ---------------------------------------------------------------- vg_ex_typing.c */

/* which event types the sentence reports (ACLED rules on its triggers) */
void vg_ex_resolve_types(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
/* the evidence for an event of type in the sentence, besides its trigger */
int vg_ex_support(const vg_ex_ctx *x, const vg_ex_sent *si, int type);
/* once every sentence is read: events a "turn ... unharmed" step made
 * (looting) are dropped when the article tells of a current act of
 * violence: they are part of it */
void vg_ex_drop_absorbed(vg_ex_ctx *x);

/* questions on a sentence's parties, shared with vg_ex_crowd.c: a figure
 * of kind and class; an actor of class; a military actor; soldiers (the
 * military class save the police); a force that is a party, not a speaker */
int vg_ex_class_fig(const vg_ex_sent *si, int kind, int cls);
int vg_ex_class_actor(const vg_ex_sent *si, int cls);
int vg_ex_military_actor(const vg_ex_sent *si);
int vg_ex_soldiers(const vg_ex_ctx *x, const vg_ex_sent *si);
int vg_ex_force_party(const vg_ex_ctx *x, const vg_ex_sent *si);

/* ---------------------------------------------------------------- vg_ex_crowd.c */

/* typing steps (types.tsv rules) on crowds and unrest: civilians against
 * the police (crowd_clash), clashes after a grievance (unrest_clash), a
 * crowd's means (crowd_means) and its killing of one person (mob_killing) */
void vg_ex_crowd_clash(const vg_ex_ctx *x, vg_ex_sent *si);
void vg_ex_unrest_clash(const vg_ex_ctx *x, vg_ex_sent *si);
void vg_ex_crowd_means(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
void vg_ex_mob_killing(const vg_ex_ctx *x, vg_ex_sent *si);

/* ---------------------------------------------------------------- vg_ex_reading.c */

/* typing steps (types.tsv rules) on what a trigger word's neighbours say
 * it reads as: an aircraft that strikes or does nothing (air_means),
 * displaced people an act was done to (displaced_victims), French
 * "arrêter" said of trucks or traffic (thing_arrest) */
void vg_ex_air_means(const vg_ex_ctx *x, vg_ex_sent *si);
void vg_ex_displaced_victims(const vg_ex_ctx *x, vg_ex_sent *si);
void vg_ex_thing_arrest(const vg_ex_ctx *x, vg_ex_sent *si);
/* a verb of deposing at [t, e) whose object has person class cls takes
 * power from someone: an official, or a power cue after it */
int vg_ex_coup_object(const vg_ex_ctx *x, size_t t, size_t e, int cls);

/* ---------------------------------------------------------------- vg_ex_scope.c */

/* a clause ends between tokens a and b (a < b): a comma, colon, semicolon,
 * bracket, line break or dash in a gap between them */
int vg_ex_clause_break(const vg_ex_ctx *x, size_t a, size_t b);
/* token k lies in the sentence and the clause of token a */
int vg_ex_in_clause(const vg_ex_ctx *x, size_t a, size_t k);
/* drop the triggers a negation, a denial or a modal governs, and those of
 * a sentence dated after publication (before typing) */
void vg_ex_scope(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si);
/* the trigger at t names people ("protesters"), not an act */
int vg_ex_person_trigger(const vg_ex_ctx *x, size_t t);

/* ---------------------------------------------------------------- vg_ex_sense.c */

/* the article's context cues into x->ctx_* (once, before the sentences) */
void vg_ex_article_context(vg_ex_ctx *x);
/* an armed group or an army (not the police) named in the sentence: what
 * makes a killing political violence rather than a crime */
int vg_ex_armed_group(const vg_ex_ctx *x, const vg_ex_sent *si);
/* people killed or hurt in the sentence: a toll, or a death cue and a person */
int vg_ex_harmed(const vg_ex_sent *si);
/* drop the triggers whose sense the context does not confirm (after
 * typing); a confirmed act of violence raises the article's context */
void vg_ex_confirm(vg_ex_ctx *x, vg_ex_sent *si);

/* ---------------------------------------------------------------- vg_ex_cand.c */

/* is the candidate background (its date, the sentence's cues)?  The
 * date stage asks before dating an event from its context */
int vg_ex_is_historical(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_ex_cand *c);
/* a mention's vote for a coup subtype (plot, attempt, seizure) */
void vg_ex_coup_vote(vg_ex_cand *c, const char *sub);
/* the coup subtype most mentions support */
void vg_ex_coup_subtype(vg_ex_cand *c);
/* the candidates of sentence i, pushed to merging; 0 or VG_ENOMEM */
int vg_ex_sentence_events(vg_ex_ctx *x, size_t i);

/* ---------------------------------------------------------------- vg_ex_merge.c */

/* a candidate merged into an earlier mention, deferred, or kept; 0 or VG_ENOMEM */
int vg_ex_push_cand(vg_ex_ctx *x, const vg_ex_cand *c);
/* the n candidates of one sentence (si) reduced to one per act, then
 * pushed; 0 or VG_ENOMEM */
int vg_ex_push_act(vg_ex_ctx *x, const vg_ex_sent *si, vg_ex_cand *c, size_t n);
/* generic mentions merged or kept once every strong one is known */
int vg_ex_settle_deferred(vg_ex_ctx *x);
/* arrests in a coup story coup-related, mutinies and protests folded in */
void vg_ex_coup_context(vg_ex_ctx *x);

/* ---------------------------------------------------------------- vg_ex_roles.c */

/* roles, ACLED type, evidence range, confidence and id of a merged event */
void vg_ex_finish(const vg_ex_ctx *x, vg_ex_cand *c);

#endif
