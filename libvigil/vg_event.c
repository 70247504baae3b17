/*
 * vg_event.c - event extraction: a clean document plus knowledge in, one
 * typed event per incident out.
 *
 * Design (why it looks like this):
 *  - One dictionary scan (vg_scan) finds places, actors and every lexicon cue
 *    together; everything below works on tokens and marks, sentence by
 *    sentence, so the cost is linear in the article.
 *  - A sentence with triggers yields at most one candidate per event type.
 *    Trigger weights come from the lexicon; weak triggers ("attack") need
 *    support in the same sentence (a casualty figure, a place, a named actor,
 *    a date, a subtype cue) before they count: precision matters as much as
 *    recall, and most false events are background words without detail.
 *  - The ACLED distinctions are made from the sentence: who died (civilians
 *    versus soldiers/militants) turns an attack into violence against
 *    civilians; a remote-violence means (drone, IED) outranks a generic
 *    attack in the same sentence.
 *  - Figures are attached to the cue they count (killed, arrested), never
 *    just "a number in the sentence"; dates are parsed and resolved against
 *    the publication date (or a dateline found in the raw text) and stay
 *    unknown rather than guessed.
 *  - Candidates are then merged: the same type in the same country with
 *    compatible place and date is one incident (lead, body and quotes
 *    describe it again); a figure given later fills a missing one, a toll
 *    update replaces it, a different figure from another source marks it
 *    disputed.  Background (past years, "previous coup", past perfect) is
 *    kept but flagged historical.  An undated incident takes its
 *    paragraph's date, else the lead's day told against publication.
 *  - A dateline ("BAMAKO —", "Ouagadougou, Aug 19, 2019 (AFP)") says where
 *    and when a report was filed: a sentence takes neither place nor date
 *    from it.
 *  - Coups are also told without the word: soldiers suspending the
 *    constitution or dissolving the government, holding the president, or
 *    a mutiny in which they detain him.
 *  - Speed: numbers, dates and places are parsed once per article, only at
 *    tokens where one may start (digits, or a mark whose lexicon kinds or
 *    tags allow it: vg_num_may_start, vg_date_may_start, place_mark), into
 *    arrays in token order with one allocation; sentence passes visit only
 *    their own numbers, dates and marks (a binary search finds the first).
 * Everything is capped by vg_limits (tokens, events).  No globals: all state
 * lives in a per-call context.
 */
#include "vigil.h"
#include "vg_actor.h"
#include "vg_date.h"
#include "vg_dict.h"
#include "vg_fmt.h"
#include "vg_gaz.h"
#include "vg_lex.h"
#include "vg_num.h"
#include "vg_scan.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[VG_EV__COUNT] = {"none",
                                                     "coup",
                                                     "arrest",
                                                     "armed_clash",
                                                     "attack_on_civilians",
                                                     "abduction",
                                                     "remote_violence",
                                                     "protest",
                                                     "riot",
                                                     "displacement",
                                                     "strategic"};

const char *vg_event_type_name(vg_event_type t)
{
    return (t > VG_EV_NONE && t < VG_EV__COUNT) ? type_names[t] : "none";
}

vg_event_type vg_event_type_from_name(const char *s)
{
    for (int t = 1; t < VG_EV__COUNT; t++)
        if (s && strcmp(s, type_names[t]) == 0)
            return (vg_event_type)t;
    return VG_EV_NONE;
}

void vg_events_free(vg_events *ev)
{
    if (!ev)
        return;
    free(ev->v);
    memset(ev, 0, sizeof(*ev));
}

/* ---------------------------------------------------------------- limits */

#define MIN_SCORE 3       /* a candidate needs this much evidence */
#define WIN_BEFORE 10     /* tokens between a count and its cue (count first) */
#define WIN_AFTER 4       /* tokens between a cue and its count (cue first) */
#define MAX_SENT_ITEMS 16 /* places/actors/figures kept per sentence */
#define HIST_DAYS 45      /* events this long before publication are background */
#define ARR_NAMED 2       /* arr_vague of a count of named people (weaker than "dozens") */

/* ---------------------------------------------------------------- context */

typedef struct place_ref {
    const vg_place *p;
    size_t t;
} place_ref;

typedef struct actor_ref {
    const char *name;
    int cls; /* vg_vclass, 0 when unknown */
    size_t t;
    int by;              /* preceded by "by"/"par": the agent of a passive */
    int media;           /* a news agency or broadcaster (actors.tsv kind media) */
    const char *country; /* ISO code of a known actor's country, or NULL */
    int org;             /* an organisation (UN agencies, NGOs, ECOWAS) */
    int generic;         /* a lexicon label ("Islamist militants"), not a named actor */
} actor_ref;

typedef struct fig {
    vg_num n;
    int kind; /* 1 fatalities, 2 arrests */
    int vclass;
} fig;

typedef struct sent_info {
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
    int hist, neg, update, death, count, official_near_arrest, irrealis;
    int held_official; /* officials "held hostage" by soldiers: a detention */
    int perfect;       /* past perfect (had, avait) */
    int another;       /* 1 + token of "another"/"une autre": a new incident follows */
    int object_class;  /* class of the first person noun after the violent trigger */
    char claim[64];
    /* the items last: only the first nplaces / nactors / nfigs are ever
     * read, so analyse() clears the fields above only */
    place_ref places[MAX_SENT_ITEMS];
    actor_ref actors[MAX_SENT_ITEMS];
    fig figs[MAX_SENT_ITEMS];
} sent_info;

typedef struct cand {
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
    int official;    /* an arrest of officials (president, ministers) */
} cand;

typedef struct ctx {
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
    const vg_place *art_place; /* the place the article is about */
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
    const vg_place **place_tok; /* place at a token (after the country is known) */
    uint8_t *dem_tok;
    void *cache; /* the one allocation behind the caches above */
    cand *c;
    size_t nc, cap;
    sent_info orphan;   /* last toll given without an event */
    size_t orphan_sent; /* its sentence + 1, 0 when none */
    cand *def;          /* generic mentions waiting for the end of the article */
    size_t ndef, defcap;
} ctx;

/* ---------------------------------------------------------------- helpers */

static void copy_str(char *dst, size_t cap, const char *src)
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

static void copy_tokens(const ctx *x, size_t t0, size_t t1, char *dst, size_t cap)
{
    if (t1 <= t0 || t1 > x->sc.ntok) {
        copy_str(dst, cap, "");
        return;
    }
    size_t s = x->sc.tok[t0].s, e = x->sc.tok[t1 - 1].e;
    if (e - s >= cap) {
        e = s + cap - 1;
        while (e > s && ((unsigned char)x->text[e] & 0xC0) == 0x80)
            e--; /* keep UTF-8 whole */
    }
    memcpy(dst, x->text + s, e - s);
    dst[e - s] = 0;
    for (char *p = dst; *p; p++)
        if (*p == '\n' || *p == '\t' || *p == '\r')
            *p = ' ';
}

static const vg_lex_entry *lex(const ctx *x, size_t t, int kind, size_t *end)
{
    return vg_scan_lex(&x->sc, t, kind, end);
}

static int after_locprep(const ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    /* the longest locative phrases are five tokens: "dans le nord est du"
     * (this window was three, so the four- and five-token ones never
     * matched: test_phrasings) */
    for (size_t k = t; k-- > 0 && k + 5 >= t;) {
        if (sc->tok[k].sent != sc->tok[t].sent)
            return 0;
        size_t e;
        if (lex(x, k, VG_LX_LOCPREP, &e) && e == t)
            return 1;
    }
    return 0;
}

/* 1 when the capitalised token before t (same sentence, not its first
 * token) is an unknown word: the match is then part of a longer name
 * ("Ibrahim Boubacar Keita"). */
static int inside_name(const ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    if (t == 0 || sc->tok[t - 1].sent != sc->tok[t].sent || sc->sent[sc->tok[t].sent].t0 == t - 1)
        return 0;
    const vg_tok *p = &sc->tok[t - 1];
    if (!(p->flags & VG_TF_CAP) || p->mark >= 0)
        return 0;
    size_t gl;
    const char *g = vg_scan_gap(sc, t - 1, &gl);
    return gl == 1 && g[0] == ' ';
}

static int possessive(const ctx *x, size_t end)
{
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, end - 1, &gl);
    return end < x->sc.ntok && x->sc.tok[end].e - x->sc.tok[end].s == 1 &&
           x->text[x->sc.tok[end].s] == 's' && gl >= 1 &&
           (g[0] == '\'' || (unsigned char)g[0] == 0xE2);
}

static int in_article_country(const ctx *x, const vg_place *p)
{
    return x->art_country && strcmp(p->country, x->art_country->country) == 0;
}

static int country_named(const ctx *x, const char *iso)
{
    for (size_t i = 0; i < x->n_named_cc; i++)
        if (strcmp(x->named_cc[i], iso) == 0)
            return 1;
    return 0;
}

static void note_named_country(ctx *x, const char *iso)
{
    if (iso[0] && !country_named(x, iso) &&
        x->n_named_cc < sizeof(x->named_cc) / sizeof(x->named_cc[0]))
        copy_str(x->named_cc[x->n_named_cc++], sizeof(x->named_cc[0]), iso);
}

/* A town of a country the article never names, in an article about another
 * country, is most likely a village of that country the gazetteer lacks
 * that shares its name with one abroad ("le village de Sanaba, dans l'ouest
 * du Burkina Faso" is not the Sanaba of Côte d'Ivoire). */
static int foreign_homonym(const ctx *x, const vg_place *p)
{
    return p->level != VG_PLACE_COUNTRY && x->art_country && !in_article_country(x, p) &&
           !country_named(x, p->country);
}

/* 1 when token end starts an unknown capitalised word right after: the
 * match is the start of a longer name ("West Africa"). */
static int before_name(const ctx *x, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end >= sc->ntok || sc->tok[end].sent != sc->tok[end - 1].sent)
        return 0;
    size_t gl;
    const char *g = vg_scan_gap(sc, end - 1, &gl);
    return (sc->tok[end].flags & VG_TF_CAP) && sc->tok[end].mark < 0 && gl == 1 && g[0] == ' ';
}

/* "the Bamako government", "le gouvernement de Bamako": the capital names
 * the government, not where something happened. */
static int metonym(const ctx *x, size_t t, size_t end)
{
    const vg_scan *sc = &x->sc;
    if (end < sc->ntok && sc->tok[end].sent == sc->tok[t].sent && lex(x, end, VG_LX_GOVT, NULL))
        return 1;
    for (size_t k = t; k-- > 0 && k + 3 >= t;) {
        size_t e;
        if (sc->tok[k].sent != sc->tok[t].sent)
            return 0;
        if (lex(x, k, VG_LX_GOVT, &e) && e + 1 >= t)
            return 1;
    }
    return 0;
}

/* 0 when the mark names no place or demonym (most marks): places are only
 * looked for at the marks that do. */
static int place_mark(const vg_mark *m)
{
    return (m->tags & ((1u << VG_TAG_PLACE) | (1u << VG_TAG_DEMONYM))) != 0;
}

/* The first place hit of the mark at t that fits its context.  *demonym
 * is set when the hit names a country without saying the event is there
 * (a demonym, or a country name outside a locative phrase). */
static const vg_place *place_at(const ctx *x, size_t t, int *demonym, size_t *end)
{
    const vg_place *p = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, end);
    *demonym = 0;
    if (!p) {
        p = vg_scan_tag(&x->sc, t, VG_TAG_DEMONYM, end);
        *demonym = p != NULL;
        return p;
    }
    size_t k = t;
    while (k < *end && !(x->sc.tok[k].flags & (VG_TF_CAP | VG_TF_ALLCAP)))
        k++;
    if (k == *end)
        return NULL; /* places are proper nouns (the capital may come later in the name:
                      * "région de Ségou", "central Mali") */
    if (p->level == VG_PLACE_COUNTRY) {
        *demonym = !after_locprep(x, t) && !possessive(x, *end);
        return p; /* "in Mali", "Mali's": where; otherwise only named */
    }
    if (inside_name(x, t) || metonym(x, t, *end))
        return NULL;
    if (p->common && (!after_locprep(x, t) || !in_article_country(x, p) || before_name(x, *end)))
        return NULL; /* a common word needs "in"/"near" and the article's country */
    return p;
}

/* ---------------------------------------------------------------- caches */

static const vg_num *num_at(const ctx *x, size_t t)
{
    return t < x->sc.ntok && x->num_at[t] >= 0 ? &x->nums[x->num_at[t]] : NULL;
}

static const vg_dateval *date_at(const ctx *x, size_t t)
{
    return t < x->sc.ntok && x->date_at[t] >= 0 ? &x->dates[x->date_at[t]] : NULL;
}

/* Index of the first number / date / mark starting at or after token t
 * (all three arrays are in token order): loops over a sentence visit only
 * those instead of every token. */
static size_t first_num(const ctx *x, size_t t)
{
    size_t lo = 0, hi = x->nnums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->nums[mid].t0 < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t first_date(const ctx *x, size_t t)
{
    size_t lo = 0, hi = x->ndates;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->dates[mid].t0 < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t first_mark(const vg_scan *sc, size_t t)
{
    size_t lo = 0, hi = sc->nmark;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sc->mark[mid].t0 < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t sent_end(const ctx *x, size_t t)
{
    return x->sc.sent[x->sc.tok[t].sent].t1;
}

/* Numbers and dates at every token where one may start (vg_date_may_start
 * holds wherever vg_num_may_start does; most tokens are skipped without a
 * call).  The number at a token is handed to the date parser ("two days
 * ago") rather than parsed twice. */
static void cache_nums_dates(ctx *x)
{
    const vg_scan *sc = &x->sc;
    x->nnums = x->ndates = 0;
    memset(x->num_at, 0xff, sc->ntok * sizeof(*x->num_at)); /* -1: none */
    memset(x->date_at, 0xff, sc->ntok * sizeof(*x->date_at));
    for (size_t t = 0; t < sc->ntok; t++) {
        if (!vg_date_may_start(sc, t))
            continue;
        size_t tend = sent_end(x, t);
        const vg_num *np = NULL;
        if (vg_num_may_start(sc, t) && vg_num_at(sc, t, tend, &x->nums[x->nnums])) {
            np = &x->nums[x->nnums];
            x->num_at[t] = (int32_t)x->nnums++;
        }
        if (vg_date_at_num(sc, t, tend, &x->pub, x->yref.y ? &x->yref : NULL, np,
                           &x->dates[x->ndates]))
            x->date_at[t] = (int32_t)x->ndates++;
    }
}

/* The dates again once the text gave a year reference: they start at the
 * same tokens (yref never decides whether one parses), so only those are
 * parsed again, in the same order. */
static void recache_dates(ctx *x)
{
    const vg_scan *sc = &x->sc;
    for (size_t i = 0; i < x->ndates; i++) {
        size_t t = x->dates[i].t0;
        vg_dateval d;
        if (vg_date_at_num(sc, t, sent_end(x, t), &x->pub, &x->yref, num_at(x, t), &d))
            x->dates[i] = d;
    }
}

/* The latest full date (with year) written in the text. */
static void text_reference_date(ctx *x)
{
    memset(&x->yref, 0, sizeof(x->yref));
    for (size_t i = 0; i < x->ndates; i++) {
        const vg_dateval *d = &x->dates[i];
        if (d->prec == VG_DP_DAY && d->has_year &&
            (!x->yref.y || vg_ymd_days(&d->v) > vg_ymd_days(&x->yref)))
            x->yref = d->v;
    }
}

/* One block for every per-token cache: places by token, the numbers and
 * dates (at most one per token where one may start), their indexes by
 * token.  Largest alignment first. */
static int alloc_caches(ctx *x)
{
    size_t n = x->sc.ntok ? x->sc.ntok : 1; /* only the used part is touched */
    size_t sz = n * sizeof(*x->place_tok) + n * sizeof(*x->nums) + n * sizeof(*x->dates) +
                2 * n * sizeof(int32_t) + n;
    char *b = malloc(sz);
    if (!b)
        return VG_ENOMEM;
    x->cache = b;
    x->place_tok = (const vg_place **)(void *)b;
    b += n * sizeof(*x->place_tok);
    x->nums = (vg_num *)(void *)b;
    b += n * sizeof(*x->nums);
    x->dates = (vg_dateval *)(void *)b;
    b += n * sizeof(*x->dates);
    x->num_at = (int32_t *)(void *)b;
    b += n * sizeof(int32_t);
    x->date_at = (int32_t *)(void *)b;
    b += n * sizeof(int32_t);
    x->dem_tok = (uint8_t *)b;
    return 0;
}

static int fill_caches(ctx *x)
{
    if (alloc_caches(x) < 0)
        return VG_ENOMEM;
    cache_nums_dates(x);
    if (!x->pub.y) {
        text_reference_date(x);
        if (!x->yref.y && (x->pub_month.y || x->ref_year))
            x->yref = (vg_ymd){x->pub_month.y ? x->pub_month.y : x->ref_year, 0, 0};
        if (x->yref.y)
            recache_dates(x); /* again, giving year-less dates the text's year */
    }
    return 0;
}

static void free_caches(ctx *x)
{
    free(x->cache);
}

/* ---------------------------------------------------------------- figures */

static int is_date_or_unit(const ctx *x, const vg_num *n, size_t tend)
{
    size_t e;
    if (n->t1 < tend && (lex(x, n->t1, VG_LX_NONNUM, &e) || lex(x, n->t1, VG_LX_DUNIT, &e) ||
                         lex(x, n->t1, VG_LX_MONTH, &e)))
        return 1;
    if (n->t0 > 0 && lex(x, n->t0 - 1, VG_LX_MONTH, NULL))
        return 1;
    if (n->min >= 1900 && n->min <= 2100 && !n->words && n->max == n->min)
        return 1; /* a year */
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, n->t1 - 1, &gl);
    if (gl && (g[0] == '%' || g[0] == ':' || g[0] == '/'))
        return 1;
    if (n->t0 > 0) {
        g = vg_scan_gap(&x->sc, n->t0 - 1, &gl);
        if (gl && (g[gl - 1] == '$' || g[gl - 1] == ':' || g[gl - 1] == '/' || g[gl - 1] == '#'))
            return 1;
    }
    return 0;
}

/* A word for one that is an article, not a count: "un groupe", "a été"
 * (folded "à"/"a"), "one of" - unless a person noun follows ("a soldier"). */
static int article_one(const ctx *x, const vg_num *n)
{
    return n->words && n->min == 1 && n->max == 1 && !lex(x, n->t1, VG_LX_VICTIM, NULL);
}

/* A count starts at t (a number that is not an article). */
static int counts_at(const ctx *x, size_t t)
{
    const vg_num *n = num_at(x, t);
    return n && !article_one(x, n);
}

/* Find a count cue of kind near the number: after it (within WIN_BEFORE
 * tokens, no injury cue in between) or before it (within WIN_AFTER). */
static int count_cue(const ctx *x, const vg_num *n, size_t s0, size_t s1, int kind, int *vclass)
{
    *vclass = 0;
    for (size_t t = n->t1; t < s1 && t < n->t1 + WIN_BEFORE; t++) {
        size_t e;
        const vg_lex_entry *v = lex(x, t, VG_LX_VICTIM, &e);
        if (v && !*vclass)
            *vclass = v->val;
        const vg_lex_entry *a = lex(x, t, VG_LX_ACTOR, &e);
        if (a && !*vclass)
            *vclass = a->val;
        if (lex(x, t, VG_LX_INJURY, NULL) && t <= n->t1 + 1)
            return 0;
        if (lex(x, t, kind, NULL))
            return 1;
        if (lex(x, t, VG_LX_INJURY, NULL))
            break; /* "killed eight soldiers and injured five": the cue may be before */
        if (t > n->t1 && counts_at(x, t) && !lex(x, t, VG_LX_VICTIM, NULL))
            break; /* another count starts */
    }
    /* cue first: the cue phrase ends at most WIN_AFTER tokens before the
     * count ("killed 200 soldiers", "ont coûté la vie à cinq civils") */
    size_t lo = n->t0 > s0 + 2 * WIN_AFTER ? n->t0 - 2 * WIN_AFTER : s0;
    for (size_t t = n->t0; t-- > lo;) {
        size_t e;
        if ((lex(x, t, kind, &e) || (kind == VG_LX_DEATH && lex(x, t, VG_LX_UPDATE, &e))) &&
            e + WIN_AFTER >= n->t0)
            return 1;
        if (lex(x, t, VG_LX_INJURY, &e) && e + WIN_AFTER >= n->t0)
            return 0;
    }
    return 0;
}

static int subset_before(const ctx *x, const vg_num *n, size_t s0)
{
    for (size_t t = n->t0; t-- > s0 && t + 4 > n->t0;) {
        size_t e;
        if (lex(x, t, VG_LX_SUBSET, &e) && e == n->t0)
            return 1;
    }
    return 0;
}

/* A figure restated by an update cue right before it ("put the number at",
 * "rose to"): it counts what the sentence's previous figure counts. */
static int restated(const ctx *x, const vg_num *n, size_t s0)
{
    for (size_t t = n->t0; t-- > s0 && t + 6 > n->t0;) {
        size_t e;
        if (lex(x, t, VG_LX_UPDATE, &e) && e == n->t0)
            return 1;
    }
    return 0;
}

static void find_figures(const ctx *x, const vg_sent *s, sent_info *si)
{
    size_t i = first_num(x, s->t0);
    for (size_t t = s->t0; t < s->t1 && si->nfigs < MAX_SENT_ITEMS;) {
        while (i < x->nnums && x->nums[i].t0 < t)
            i++;
        if (i == x->nnums || x->nums[i].t0 >= s->t1)
            break; /* no number from t to the end of the sentence */
        t = x->nums[i].t0;
        vg_num n = x->nums[i];
        size_t next = n.t1 > t ? n.t1 : t + 1;
        const vg_dateval *dv = date_at(x, t);
        if (!n.words && dv && !dv->year_only && dv->t1 > n.t1 - (n.t1 > n.t0)) {
            t = dv->t1 > t ? dv->t1 : t + 1;
            continue;
        }
        if (subset_before(x, &n, s->t0)) {
            t = next; /* "cinq civils, dont quatre enfants": part of a count */
            continue;
        }
        if (article_one(x, &n)) {
            t = next;
            continue;
        }
        if (is_date_or_unit(x, &n, s->t1) || n.min <= 0) {
            t = next;
            continue;
        }
        int vc = 0;
        fig f = {n, 0, 0};
        if (si->nfigs && restated(x, &n, s->t0)) {
            f.kind = si->figs[si->nfigs - 1].kind; /* "... while a source put the number at 20" */
            f.vclass = si->figs[si->nfigs - 1].vclass;
            si->figs[si->nfigs++] = f;
            t = next;
            continue;
        }
        if (count_cue(x, &n, s->t0, s->t1, VG_LX_DEATH, &vc))
            f.kind = 1;
        else if (count_cue(x, &n, s->t0, s->t1, VG_LX_ARRESTN, &vc))
            f.kind = 2;
        f.vclass = vc;
        if (f.kind)
            si->figs[si->nfigs++] = f;
        else if (n.min >= 10 || n.vague)
            si->count = 1; /* a head count of something else (displaced, refugees) */
        t = next;
    }
}

/* Counts joined by "and" ("27 soldiers and 10 civilians") add up. */
static int joined(const ctx *x, const vg_num *a, const vg_num *b)
{
    if (b->t0 <= a->t1 || b->t0 - a->t1 > 3)
        return 0;
    for (size_t t = a->t1; t < b->t0; t++)
        if (lex(x, t, VG_LX_NUMJOIN, NULL))
            return 1;
    return 0;
}

/* The sentence's figure of a kind.  Joined counts add up; when the sentence
 * gives competing figures the lowest precise one is kept (ACLED codes the
 * conservative figure); vague amounts only count when alone. */
static int sentence_figure(const ctx *x, const sent_info *si, int kind, vg_num *out, int *vclass)
{
    int found = 0;
    vg_num cur = {0};
    int cur_set = 0, cur_vc = 0;
    for (size_t i = 0; i <= si->nfigs; i++) {
        const fig *f = i < si->nfigs ? &si->figs[i] : NULL;
        if (f && f->kind != kind)
            continue;
        if (f && cur_set && !cur.vague && !f->n.vague && joined(x, &cur, &f->n)) {
            cur.min += f->n.min;
            cur.max = cur.max >= 0 && f->n.max >= 0 ? cur.max + f->n.max : -1;
            cur.t1 = f->n.t1;
            continue;
        }
        if (cur_set &&
            (!found || (out->vague && !cur.vague) || (!cur.vague && cur.min < out->min))) {
            *out = cur;
            *vclass = cur_vc;
            found = 1;
        }
        if (f) {
            cur = f->n;
            cur_vc = f->vclass;
            cur_set = 1;
        }
    }
    return found;
}

/* ---------------------------------------------------------------- named people */

/* Object pronouns that stand for one person after an arrest verb ("troops
 * detained him, the prime minister and ...").  Grammar words, not a
 * vocabulary: they are the same in every article. */
static int one_person_pronoun(const ctx *x, size_t t)
{
    return vg_scan_is(&x->sc, t, "him") || vg_scan_is(&x->sc, t, "her");
}

/* Only spaces, a hyphen or an apostrophe between tokens t and t+1: the
 * same name or title goes on. */
static int tight_gap(const ctx *x, size_t t)
{
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, t, &gl);
    if (gl > 3)
        return 0;
    for (size_t i = 0; i < gl; i++)
        if (g[i] != ' ' && g[i] != '-' && g[i] != '\'')
            return 0;
    return 1;
}

static int plural_word(const ctx *x, size_t t)
{
    const vg_tok *k = &x->sc.tok[t];
    char c = k->e > k->s ? x->sc.text[k->e - 1] : 0;
    return c == 's' || c == 'x';
}

enum { PI_PRONOUN = 1, PI_NAMED, PI_TITLE };

/* One person named in a list: an object pronoun, or an optional short
 * determiner ("the", "le", "of the") then capitalised name words and
 * singular official titles ("Prime Minister Boubou Cisse", "the Defence
 * Minister", "le président Mohamed Bazoum").  Places, dates, demonyms,
 * acronyms and other person nouns (soldiers) end it.  Returns the token
 * after the item (t when none) and its kind: PI_TITLE when it ends with a
 * title and names nobody ("the president"). */
static size_t person_item(const ctx *x, size_t t, size_t s1, int ndet, int *kind)
{
    const vg_scan *sc = &x->sc;
    if (t < s1 && one_person_pronoun(x, t)) {
        *kind = PI_PRONOUN;
        return t + 1;
    }
    size_t k = t;
    for (int d = 0; d < ndet && k + 1 < s1; d++) {
        const vg_tok *tk = &sc->tok[k];
        if ((tk->flags & (VG_TF_CAP | VG_TF_DIGIT | VG_TF_DIGPFX)) || tk->e - tk->s > 3 ||
            !tight_gap(x, k))
            break;
        k++;
    }
    size_t start = k;
    int last_title = 0;
    while (k < s1) {
        size_t e;
        if (k > start && !tight_gap(x, k - 1))
            break;
        if (x->place_tok[k] || date_at(x, k) || num_at(x, k) || lex(x, k, VG_LX_WDAY, NULL) ||
            lex(x, k, VG_LX_MONTH, NULL))
            break;
        const vg_lex_entry *v = lex(x, k, VG_LX_VICTIM, &e);
        if (v) {
            if (v->val != VG_VC_OFFICIAL || plural_word(x, e - 1))
                return t; /* "senior officials", "soldiers": not one person */
            last_title = 1;
            k = e;
            continue;
        }
        const vg_tok *tk = &sc->tok[k];
        if (!(tk->flags & VG_TF_CAP) || (tk->flags & (VG_TF_ALLCAP | VG_TF_DIGIT)))
            break;
        last_title = 0;
        k++;
    }
    if (k == start || possessive(x, k))
        return t; /* "Keita's bodyguards" */
    if (k < s1 && !last_title && tight_gap(x, k - 1) && lex(x, k, VG_LX_VICTIM, NULL))
        return t; /* "Boko Haram commanders": names qualifying a person noun */
    *kind = last_title ? PI_TITLE : PI_NAMED;
    return k;
}

/* People listed from token t: "him, Prime Minister Boubou Cisse and ...",
 * "X et Y".  A title and a name side by side between commas are one person
 * ("the president, Mohamed Bazoum").  Returns the count, *end the token
 * after the last person. */
static int person_list(const ctx *x, size_t t, size_t s1, size_t *end)
{
    int n = 0, prev = 0, comma = 0;
    size_t k = t;
    *end = t;
    for (;;) {
        int kind = 0;
        size_t e = person_item(x, k, s1, n ? 1 : 2, &kind);
        if (e == k)
            break;
        if (!(comma &&
              ((prev == PI_TITLE && kind == PI_NAMED) || (prev == PI_NAMED && kind == PI_TITLE))))
            n++;
        prev = kind;
        *end = e;
        if (e >= s1)
            break;
        size_t gl, je;
        const char *g = vg_scan_gap(&x->sc, e - 1, &gl);
        comma = gl && memchr(g, ',', gl) != NULL;
        if (comma && lex(x, e, VG_LX_NUMJOIN, &je) && tight_gap(x, e)) {
            k = je; /* "A, B, and C" */
            comma = 0;
        } else if (comma && gl <= 3) {
            k = e;
        } else if (!comma && tight_gap(x, e - 1) && lex(x, e, VG_LX_NUMJOIN, &je)) {
            k = je;
        } else {
            break;
        }
    }
    return n;
}

/* How many people a sentence without an arrest figure names as arrested:
 * the list right after the arrest cue ("detained him, the Prime Minister
 * and the Defence Minister": 3), or two or more people just before a
 * passive one ("X and Y were arrested", "X et Y ont été interpellés"). */
static int named_arrests(const ctx *x, const vg_sent *s, const sent_info *si)
{
    size_t tt = si->trig_t[VG_EV_ARREST], te = si->trig_e[VG_EV_ARREST], end;
    int n = person_list(x, te, s->t1, &end);
    if (n)
        return n;
    size_t lo = tt > s->t0 + 16 ? tt - 16 : s->t0;
    for (size_t k = lo; k < tt; k++) {
        if (k > s->t0 && (x->sc.tok[k - 1].flags & VG_TF_CAP) && tight_gap(x, k - 1))
            continue; /* inside a name */
        n = person_list(x, k, tt, &end);
        if (n < 2 || end + 3 < tt)
            continue;
        int aux = 1; /* only auxiliaries between: "were", "have been", "ont été" */
        for (size_t j = end; j < tt && aux; j++)
            aux = !(x->sc.tok[j].flags & (VG_TF_CAP | VG_TF_DIGIT)) &&
                  !lex(x, j, VG_LX_VICTIM, NULL) && !x->place_tok[j] && !date_at(x, j);
        if (aux)
            return n;
    }
    return 0;
}

/* ---------------------------------------------------------------- sentence */

static void note_trigger(sent_info *si, const vg_lex_entry *e, size_t t, size_t end)
{
    int ty = e->type;
    if (e->kind == VG_LX_SUBCUE) {
        si->sub_w[ty] = 1;
        if (!si->sub_label[ty] || !si->sub_label[ty][0])
            si->sub_label[ty] = e->label;
        return;
    }
    if (e->val > si->trig_w[ty] ||
        (e->val == si->trig_w[ty] && e->label[0] && !(si->trig_sub[ty] && si->trig_sub[ty][0]))) {
        si->trig_w[ty] = e->val;
        si->trig_sub[ty] = e->label;
        si->trig_t[ty] = t;
        si->trig_e[ty] = end;
    }
}

static void add_actor(sent_info *si, const actor_ref *a)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (strcmp(si->actors[i].name, a->name) == 0)
            return;
    if (si->nactors < MAX_SENT_ITEMS)
        si->actors[si->nactors++] = *a;
}

/* An article ("the", "des", "l'") at token k. */
static int determiner_at(const ctx *x, size_t k)
{
    static const char *const dets[] = {"the", "a",   "an", "des", "les",
                                       "un",  "une", "le", "la",  "l"};
    for (size_t i = 0; i < sizeof(dets) / sizeof(dets[0]); i++)
        if (vg_scan_is(&x->sc, k, dets[i]))
            return 1;
    return 0;
}

static int by_at(const ctx *x, size_t k)
{
    return vg_scan_is(&x->sc, k, "by") || vg_scan_is(&x->sc, k, "par");
}

/* "by"/"par" before t, or before the article in front of it ("tendue par
 * des jihadistes", "by the army") */
static int is_by(const ctx *x, size_t t, size_t s0)
{
    if (t <= s0)
        return 0;
    return by_at(x, t - 1) || (t >= s0 + 2 && by_at(x, t - 2) && determiner_at(x, t - 1));
}

static void claim_source(const ctx *x, const vg_sent *s, size_t t, size_t e, int pos, sent_info *si)
{
    if (si->claim[0])
        return;
    size_t lo = pos == VG_CL_BEFORE ? e : (t > s->t0 + 8 ? t - 8 : s->t0);
    size_t hi =
        pos == VG_CL_BEFORE ? (e + 8 < s->t1 ? e + 8 : s->t1) : (e + 6 < s->t1 ? e + 6 : s->t1);
    const char *best = NULL;
    size_t bestd = (size_t)-1;
    for (size_t k = lo; k < hi; k++) {
        const char *name = NULL;
        const vg_lex_entry *src = lex(x, k, VG_LX_SOURCE, NULL);
        const vg_actor_def *ad = vg_scan_tag(&x->sc, k, VG_TAG_ACTOR, NULL);
        if (src)
            name = src->label;
        else if (ad)
            name = ad->name;
        if (!name)
            continue;
        size_t d = k < t ? t - k : k - t;
        if (pos == VG_CL_RESP && k > t)
            d += 100; /* the claimant precedes "claimed" */
        if (d < bestd) {
            bestd = d;
            best = name;
        }
    }
    if (best)
        copy_str(si->claim, sizeof(si->claim), best);
    else if (pos == VG_CL_BEFORE && e < s->t1)
        copy_tokens(x, e, e + 4 < s->t1 ? e + 4 : s->t1, si->claim, sizeof(si->claim));
}

/* An event word ("attacks", "l'attaque") ends right before token k. */
static int trigger_ends_at(const ctx *x, size_t k)
{
    for (size_t j = k; j-- > 0 && j + 3 >= k;) {
        size_t e = 0;
        if (lex(x, j, VG_LX_TRIG, &e) && e == k)
            return 1;
    }
    return 0;
}

/* A group named only as the affiliation of another ("al Qaeda-linked",
 * "jihadists linked to the Islamic State", "JNIM, affilié à al-Qaïda"): the
 * token just after [t, end) says so, or an affiliation word shortly before
 * t - unless that word follows an event word ("attacks linked to JNIM"
 * name JNIM as the attacker). */
static int affiliation(const ctx *x, size_t t, size_t end)
{
    static const char *const after[] = {"linked", "affiliated", "allied", "aligned", "inspired"};
    static const char *const before[] = {"linked", "lie",       "lies",     "liee",
                                         "liees",  "affilie",   "affilies", "affiliated",
                                         "loyal",  "allegeance"};
    const vg_scan *sc = &x->sc;
    for (size_t i = 0; end < sc->ntok && i < sizeof(after) / sizeof(after[0]); i++)
        if (sc->tok[end].sent == sc->tok[t].sent && vg_scan_is(sc, end, after[i]))
            return 1;
    /* "linked to (the)", "liés à (l')", "affiliated with" before t */
    for (size_t back = 2; back <= 4 && back <= t; back++)
        for (size_t i = 0; i < sizeof(before) / sizeof(before[0]); i++)
            if (sc->tok[t - back].sent == sc->tok[t].sent && vg_scan_is(sc, t - back, before[i]))
                return !trigger_ends_at(x, t - back);
    return 0;
}

/* Token t continues the phrase before it: same sentence, one space between
 * (no punctuation, line break or wider gap). */
static int tok_joined(const ctx *x, size_t t)
{
    const vg_tok *a = &x->sc.tok[t - 1], *b = &x->sc.tok[t];
    return a->sent == b->sent && b->s == a->e + 1 && x->text[a->e] == ' ';
}

/* A generic noun right after a named actor of its class, or inside one
 * (a named actor of the class starts at the same mark), names the same
 * group: "JNIM militants", "FAMa soldiers", "soldats nigériens". */
static int same_group(const ctx *x, const vg_mark *m, const actor_ref *named, size_t named_end,
                      int cls)
{
    if (!cls)
        return 0;
    for (uint32_t h = 0; h < m->nhits; h++)
        if (m->hits[h].tag == VG_TAG_ACTOR && ((const vg_actor_def *)m->hits[h].val)->vclass == cls)
            return 1;
    return named && named_end == m->t0 && named->cls == cls && tok_joined(x, m->t0);
}

/* An alias shared by actors of several countries ("CNSP": Mali's junta of
 * 2012, Niger's of 2023) names the one of the article's country. */
static int other_countrys(const ctx *x, const vg_mark *m, const vg_actor_def *a)
{
    if (!x->art_country || !a->country[0] || strcmp(a->country, x->art_country->country) == 0)
        return 0;
    for (uint32_t h = 0; h < m->nhits; h++) {
        const vg_actor_def *d = m->hits[h].val;
        if (m->hits[h].tag == VG_TAG_ACTOR && d != a &&
            strcmp(d->country, x->art_country->country) == 0)
            return 1;
    }
    return 0;
}

/* A generic actor that is a source of the report, not a party to it: "a
 * police source", "police spokesman", "according to the police", "selon la
 * gendarmerie". */
static int source_actor(const ctx *x, size_t t, size_t end)
{
    static const char *const after[] = {"source",      "sources",      "spokesman",
                                        "spokeswoman", "spokesperson", "porte"};
    const vg_scan *sc = &x->sc;
    for (size_t i = 0; end < sc->ntok && i < sizeof(after) / sizeof(after[0]); i++)
        if (sc->tok[end].sent == sc->tok[t].sent && vg_scan_is(sc, end, after[i]))
            return 1;
    size_t k = t;
    while (k > 0 && sc->tok[k - 1].sent == sc->tok[t].sent && determiner_at(x, k - 1))
        k--;
    return k > 0 && sc->tok[k - 1].sent == sc->tok[t].sent &&
           (vg_scan_is(sc, k - 1, "selon") ||
            (k > 1 && vg_scan_is(sc, k - 1, "to") && vg_scan_is(sc, k - 2, "according")));
}

static void scan_marks(const ctx *x, const vg_sent *s, sent_info *si)
{
    const vg_scan *sc = &x->sc;
    actor_ref named = {0}; /* the last named actor, and the token after it */
    size_t named_end = 0;
    for (size_t k = first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        const vg_mark *m = &sc->mark[k];
        size_t t = m->t0;
        for (uint32_t h = 0; h < m->nhits; h++) {
            const vg_dict_hit *hit = &m->hits[h];
            if (hit->tag == VG_TAG_ACTOR && affiliation(x, t, m->t1))
                continue; /* "the al Qaeda-linked JNIM": JNIM is the actor */
            if (hit->tag == VG_TAG_ACTOR && other_countrys(x, m, hit->val))
                continue;
            if (hit->tag == VG_TAG_ACTOR) {
                const vg_actor_def *a = hit->val;
                actor_ref r = {a->name,
                               a->vclass,
                               t,
                               is_by(x, t, s->t0),
                               a->kind && strcmp(a->kind, "media") == 0,
                               a->country[0] ? a->country : NULL,
                               a->kind && strcmp(a->kind, "organisation") == 0,
                               0};
                add_actor(si, &r);
                named = r;
                named_end = m->t1;
                continue;
            }
            if (hit->tag != VG_TAG_LEX)
                continue;
            const vg_lex_entry *e = hit->val;
            if ((e->flags & VG_LXF_CAP) && !(sc->tok[t].flags & VG_TF_CAP))
                continue;
            switch (e->kind) {
            case VG_LX_TRIG:
            case VG_LX_SUBCUE:
                note_trigger(si, e, t, m->t1);
                break;
            case VG_LX_HIST:
                si->hist = 1;
                break;
            case VG_LX_NEG:
                si->neg = 1;
                break;
            case VG_LX_IRREALIS:
                if (!si->irrealis)
                    si->irrealis = 1 + (int)t;
                break;
            case VG_LX_PERFECT:
                si->perfect = 1;
                break;
            case VG_LX_ANOTHER:
                if (!si->another)
                    si->another = 1 + (int)(m->t1 - 1);
                break;
            case VG_LX_UPDATE:
                si->update = 1;
                break;
            case VG_LX_DEATH:
                si->death = 1;
                break;
            case VG_LX_VICTIM:
                if (e->val > 0 && e->val < 8)
                    si->vclass_seen[e->val] = 1;
                break;
            case VG_LX_ACTOR: {
                if (same_group(x, m, named.name ? &named : NULL, named_end, e->val) ||
                    (e->val != VG_VC_CIVILIAN && source_actor(x, t, m->t1)))
                    break; /* (villagers a report cites are still its victims) */
                actor_ref r = {e->label, e->val, t, is_by(x, t, s->t0), 0, NULL, 0, 1};
                add_actor(si, &r);
                break;
            }
            case VG_LX_CLAIM:
                claim_source(x, s, t, m->t1, e->val, si);
                break;
            default:
                break;
            }
        }
    }
}

/* A gap holding an opening bracket before an agency in capitals: "(AFP)". */
static int agency_gap(const vg_scan *sc, size_t k, size_t t1)
{
    size_t gl;
    const char *g = vg_scan_gap(sc, k, &gl);
    if (k + 1 >= t1 || !(sc->tok[k + 1].flags & (VG_TF_ALLCAP | VG_TF_CAP)))
        return 0; /* "(AFP)", "(Reuters)" */
    return memchr(g, '(', gl) != NULL;
}

/* A dash in the gap after token k: "-", an en or an em dash. */
static int dash_gap(const vg_scan *sc, size_t k)
{
    size_t gl;
    const char *g = vg_scan_gap(sc, k, &gl);
    for (size_t i = 0; i < gl; i++)
        if (g[i] == '-' ||
            (i + 2 < gl && (unsigned char)g[i] == 0xE2 && (unsigned char)g[i + 1] == 0x80 &&
             ((unsigned char)g[i + 2] == 0x93 || (unsigned char)g[i + 2] == 0x94)))
            return 1;
    return 0;
}

/* "NIAMEY, April 14 -": the date a report was filed, right after the city
 * in capitals that opens its first sentence. */
static int dateline_date(const vg_scan *sc, const vg_sent *s, const vg_dateval *d)
{
    return d->t1 > d->t0 && d->t0 <= s->t0 + 3 && d->t0 > s->t0 &&
           (sc->tok[s->t0].flags & VG_TF_ALLCAP) && dash_gap(sc, d->t1 - 1);
}

/* Is the place at t the dateline of a report (where it was filed, not
 * where anything happened)?  At the start of a sentence, an agency in
 * capitals in brackets "(AP)" or a dash after a city in capitals
 * "BAMAKO —"; anywhere, a place, a date and an agency: "Ouagadougou,
 * Aug 19, 2019 (AFP) -". */
static int in_dateline(const ctx *x, size_t t)
{
    const vg_scan *sc = &x->sc;
    const vg_sent *s = &sc->sent[sc->tok[t].sent];
    size_t e;
    const vg_dateval *d = vg_scan_tag(sc, t, VG_TAG_PLACE, &e) ? date_at(x, e) : NULL;
    if (d && d->t1 > d->t0 && agency_gap(sc, d->t1 - 1, s->t1))
        return 1;
    if (t > s->t0 + 3)
        return 0;
    for (size_t k = t; k < s->t1 && k < t + 4; k++) {
        size_t gl;
        const char *g = vg_scan_gap(sc, k, &gl);
        if (agency_gap(sc, k, s->t1))
            return 1;
        for (size_t i = 0; i + 2 < gl; i++)
            if ((unsigned char)g[i] == 0xE2 && (unsigned char)g[i + 1] == 0x80 &&
                (unsigned char)g[i + 2] == 0x94 && (sc->tok[s->t0].flags & VG_TF_ALLCAP))
                return 1;
    }
    return 0;
}

static void scan_places(const ctx *x, const vg_sent *s, sent_info *si)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        size_t t = sc->mark[k].t0;
        const vg_place *p = x->place_tok[t];
        int dem = x->dem_tok[t];
        if (!p || in_dateline(x, t))
            continue; /* where the report was filed */
        if (dem) {
            if (!si->demonym)
                si->demonym = p;
            int named = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, NULL) != NULL;
            if (named && !si->named_country)
                si->named_country = p;
            if (x->art_country && strcmp(p->country, x->art_country->country) == 0)
                si->art_country_named = 1;
        } else if (si->nplaces < MAX_SENT_ITEMS) {
            si->places[si->nplaces++] = (place_ref){p, t};
        }
    }
}

/* "since"/"depuis" (and an article) before the date at t0: when a state
 * began ("au pouvoir depuis le 21 février 2021"), not when the event was. */
static int since_date(const ctx *x, const vg_sent *s, size_t t0)
{
    for (size_t k = t0; k-- > s->t0 && k + 3 > t0;) {
        if (vg_scan_is(&x->sc, k, "since") || vg_scan_is(&x->sc, k, "depuis"))
            return 1;
        if (!determiner_at(x, k))
            return 0;
    }
    return 0;
}

static void scan_dates(const ctx *x, const vg_sent *s, sent_info *si)
{
    size_t next = s->t0; /* dates starting inside one already taken are skipped */
    for (size_t i = first_date(x, s->t0); i < x->ndates && x->dates[i].t0 < s->t1; i++) {
        const vg_dateval *d = &x->dates[i];
        if (d->t0 < next)
            continue;
        if (d->year_only && d->t0 > s->t0 && (x->sc.tok[d->t0 - 1].flags & VG_TF_DIGIT))
            continue;
        if ((d->t1 > d->t0 && agency_gap(&x->sc, d->t1 - 1, s->t1)) || dateline_date(&x->sc, s, d))
            continue; /* "Ouagadougou, Aug 19, 2019 (AFP)": when it was filed */
        if (si->has_date && since_date(x, s, d->t0)) {
            next = d->t1; /* the sentence's own date stays */
            continue;
        }
        if (!si->has_date || (si->date.year_only && !d->year_only) ||
            (si->date.prec == VG_DP_UNKNOWN && d->prec != VG_DP_UNKNOWN) ||
            (d->has_year && !d->year_only && !si->date.has_year && si->date.prec <= d->prec)) {
            si->date = *d;
            si->has_date = 1;
        }
        next = d->t1;
    }
}

/* Is an official (politician, journalist, minister) the one arrested? */
static int official_near(const ctx *x, const vg_sent *s, size_t t)
{
    size_t lo = t > s->t0 + 5 ? t - 5 : s->t0, hi = t + 6 < s->t1 ? t + 6 : s->t1;
    for (size_t k = lo; k < hi; k++) {
        const vg_lex_entry *v = lex(x, k, VG_LX_VICTIM, NULL);
        if (v && v->val == VG_VC_OFFICIAL)
            return 1;
    }
    return 0;
}

/* Who the violent trigger at t is done to: the first person noun after it
 * ("attacked villagers"), or in a passive the subject before it
 * ("civilians were targeted by an attack", "des civils ciblés par une
 * attaque"). */
static int object_class(const ctx *x, const vg_sent *s, size_t t)
{
    for (size_t k = t; k < s->t1 && k < t + 8; k++) {
        const vg_lex_entry *v = lex(x, k, VG_LX_VICTIM, NULL);
        if (!v && k > t)
            v = lex(x, k, VG_LX_ACTOR, NULL); /* "an attack on the army" */
        if (v)
            return v->val;
    }
    if (!is_by(x, t, s->t0) && !(t > s->t0 + 1 && is_by(x, t - 1, s->t0)))
        return 0;
    for (size_t k = t; k-- > s->t0 && k + 8 > t;) {
        const vg_lex_entry *v = lex(x, k, VG_LX_VICTIM, NULL);
        if (v)
            return v->val;
    }
    return 0;
}

static void analyse(const ctx *x, const vg_sent *s, sent_info *si)
{
    memset(si, 0, offsetof(sent_info, places));
    scan_marks(x, s, si);
    if (si->trig_w[VG_EV_ARMED_CLASH])
        si->object_class = object_class(x, s, si->trig_t[VG_EV_ARMED_CLASH]);
    if (si->trig_w[VG_EV_ARREST])
        si->official_near_arrest = official_near(x, s, si->trig_t[VG_EV_ARREST]);
    if (si->trig_w[VG_EV_ABDUCTION])
        si->held_official = official_near(x, s, si->trig_t[VG_EV_ABDUCTION]);
    scan_places(x, s, si);
    scan_dates(x, s, si);
    find_figures(x, s, si);
}

/* ---------------------------------------------------------------- typing */

static int has_class_fig(const sent_info *si, int kind, int cls)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].kind == kind && si->figs[i].vclass == cls)
            return 1;
    return 0;
}

static int civilian_victims(const sent_info *si)
{
    int civ = has_class_fig(si, 1, VG_VC_CIVILIAN) || has_class_fig(si, 1, VG_VC_PERSON);
    int mil = has_class_fig(si, 1, VG_VC_MILITARY) || has_class_fig(si, 1, VG_VC_MILITANT);
    if (civ && !mil)
        return 1;
    if (!si->nfigs && (si->object_class == VG_VC_CIVILIAN || si->object_class == VG_VC_PERSON))
        return 1;
    return 0;
}

static int class_actor(const sent_info *si, int cls)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == cls)
            return 1;
    return 0;
}

static int military_actor(const sent_info *si)
{
    return class_actor(si, VG_VC_MILITARY);
}

/* Soldiers among the actors: the military class, save the police (men
 * "posing as police officers" who seize a journalist abduct him; soldiers
 * who seize the president detain him). */
static int soldiers(const sent_info *si)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITARY && strcmp(si->actors[i].name, "Police forces") != 0)
            return 1;
    return 0;
}

/* The trigger of type a reports type b instead. */
static void move_trigger(sent_info *si, int a, int b)
{
    if (si->trig_w[b] < si->trig_w[a]) {
        si->trig_w[b] = si->trig_w[a];
        si->trig_t[b] = si->trig_t[a];
        si->trig_e[b] = si->trig_e[a];
        si->trig_sub[b] = "";
    }
    si->trig_w[a] = 0;
}

/* ACLED logic on the sentence's triggers: decide which types it reports. */
static void resolve_types(sent_info *si)
{
    int *w = si->trig_w;
    if (w[VG_EV_ARMED_CLASH] && w[VG_EV_ARMED_CLASH] < 4 && civilian_victims(si) &&
        !si->sub_w[VG_EV_ARMED_CLASH] && si->object_class != VG_VC_MILITARY) {
        if (w[VG_EV_ATTACK_ON_CIVILIANS] < w[VG_EV_ARMED_CLASH] + 1) {
            w[VG_EV_ATTACK_ON_CIVILIANS] = w[VG_EV_ARMED_CLASH] + 1;
            si->trig_t[VG_EV_ATTACK_ON_CIVILIANS] = si->trig_t[VG_EV_ARMED_CLASH];
            si->trig_e[VG_EV_ATTACK_ON_CIVILIANS] = si->trig_e[VG_EV_ARMED_CLASH];
        }
        w[VG_EV_ARMED_CLASH] = 0;
    }
    if (!w[VG_EV_ARMED_CLASH] && !w[VG_EV_ATTACK_ON_CIVILIANS] && !w[VG_EV_REMOTE_VIOLENCE] &&
        si->nfigs && si->death && si->nactors) {
        int militant_actor = 0;
        for (size_t i = 0; i < si->nactors; i++)
            militant_actor |= si->actors[i].cls == VG_VC_MILITANT;
        /* no attack word, but killers and killed: armed men killing
         * civilians attack civilians; militants and soldiers killing one
         * another fight (ACLED: attacks on the military are battles) */
        int type = -1;
        if (civilian_victims(si) &&
            (militant_actor || (military_actor(si) && !w[VG_EV_PROTEST] && !w[VG_EV_RIOT])))
            type = VG_EV_ATTACK_ON_CIVILIANS; /* soldiers killing civilians too, but
                                               * shots at protesters stay the protest's
                                               * (ACLED: excessive force, a protest) */
        else if (si->nplaces && ((has_class_fig(si, 1, VG_VC_MILITARY) && militant_actor) ||
                                 (has_class_fig(si, 1, VG_VC_MILITANT) && military_actor(si))))
            type = VG_EV_ARMED_CLASH; /* with its place: "ils ont tué 4 autres militaires"
                                       * goes on telling the attack before it */
        if (type >= 0) {
            w[type] = 3;
            si->trig_t[type] = si->figs[0].n.t0;
            si->trig_e[type] = si->figs[0].n.t1;
        }
    }
    if (w[VG_EV_REMOTE_VIOLENCE] >= 3 && w[VG_EV_ARMED_CLASH] && w[VG_EV_ARMED_CLASH] <= 3)
        w[VG_EV_ARMED_CLASH] = 0;
    if (w[VG_EV_REMOTE_VIOLENCE] >= 3 && w[VG_EV_ATTACK_ON_CIVILIANS] &&
        w[VG_EV_ATTACK_ON_CIVILIANS] <= 4)
        w[VG_EV_ATTACK_ON_CIVILIANS] = 0;
    if (w[VG_EV_ATTACK_ON_CIVILIANS] && w[VG_EV_ARMED_CLASH] && w[VG_EV_ARMED_CLASH] <= 3)
        w[VG_EV_ARMED_CLASH] = 0;
    if (w[VG_EV_ABDUCTION] && si->held_official && soldiers(si)) {
        /* soldiers holding the president or ministers: a detention (a
         * coup's, when the article reports one) */
        move_trigger(si, VG_EV_ABDUCTION, VG_EV_ARREST);
        si->official_near_arrest = 1;
    }
    if (w[VG_EV_ABDUCTION] && w[VG_EV_ARREST] && w[VG_EV_ARREST] <= 3)
        w[VG_EV_ARREST] = 0;
    if (w[VG_EV_COUP] && w[VG_EV_STRATEGIC] && w[VG_EV_STRATEGIC] <= 2 &&
        (si->trig_t[VG_EV_STRATEGIC] == si->trig_t[VG_EV_COUP] ||
         (w[VG_EV_COUP] >= 3 && !si->sub_w[VG_EV_STRATEGIC])))
        w[VG_EV_STRATEGIC] = 0; /* "seized power and dissolved the institutions" */
    if (w[VG_EV_PROTEST] && si->sub_w[VG_EV_RIOT] && w[VG_EV_RIOT] < 3) {
        /* demonstrators who set fire, loot, throw stones: a riot */
        w[VG_EV_RIOT] = w[VG_EV_PROTEST] > 2 ? w[VG_EV_PROTEST] : 3;
        si->trig_t[VG_EV_RIOT] = si->trig_t[VG_EV_PROTEST];
        si->trig_e[VG_EV_RIOT] = si->trig_e[VG_EV_PROTEST];
        si->trig_sub[VG_EV_RIOT] = "";
        si->sub_label[VG_EV_RIOT] = "";
    }
    if (w[VG_EV_PROTEST] && w[VG_EV_ARMED_CLASH] && w[VG_EV_ARMED_CLASH] <= 4 &&
        w[VG_EV_RIOT] < 3 && !class_actor(si, VG_VC_MILITANT)) {
        /* protesters clashing with the police ("lors de heurts avec la
         * police"): a riot, not a battle */
        w[VG_EV_RIOT] = 3;
        si->trig_t[VG_EV_RIOT] = si->trig_t[VG_EV_PROTEST];
        si->trig_e[VG_EV_RIOT] = si->trig_e[VG_EV_PROTEST];
        si->trig_sub[VG_EV_RIOT] = "";
        w[VG_EV_ARMED_CLASH] = 0;
    }
    if (w[VG_EV_RIOT] && w[VG_EV_PROTEST])
        w[VG_EV_PROTEST] = 0;
    if (w[VG_EV_RIOT] >= 3 && w[VG_EV_ARMED_CLASH] && w[VG_EV_ARMED_CLASH] <= 4)
        w[VG_EV_ARMED_CLASH] = 0; /* rioters against the police: the riot itself */
}

static int support(const ctx *x, const sent_info *si, int type)
{
    int s = si->sub_w[type];
    for (size_t i = 0; i < si->nplaces; i++)
        if (si->places[i].p->level != VG_PLACE_COUNTRY) {
            s++;
            break;
        }
    if (type == VG_EV_DISPLACEMENT &&
        (!si->count || !(si->vclass_seen[VG_VC_CIVILIAN] || si->vclass_seen[VG_VC_PERSON])))
        return 0; /* displacement is reported as figures of people ("had fled the country",
                   * said of a president, is not) */
    if (type == VG_EV_DISPLACEMENT)
        s++;
    vg_num n;
    int vc;
    if (sentence_figure(x, si, 1, &n, &vc) || sentence_figure(x, si, 2, &n, &vc))
        s++;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITANT || si->actors[i].cls == VG_VC_MILITARY) {
            s++;
            break;
        }
    if (si->has_date && !si->date.year_only)
        s++;
    /* "would attack", "nul ne sait s'ils ont été enlevés": not (yet) real */
    if (si->irrealis && (size_t)(si->irrealis - 1) < si->trig_t[type])
        s -= 3;
    if (si->perfect && type == VG_EV_STRATEGIC)
        s -= 3; /* "had criticised the extension": background */
    return s;
}

/* ---------------------------------------------------------------- candidates */

static int violent(vg_event_type t)
{
    return t == VG_EV_ARMED_CLASH || t == VG_EV_ATTACK_ON_CIVILIANS || t == VG_EV_REMOTE_VIOLENCE ||
           t == VG_EV_ABDUCTION;
}

/* Does a toll told in a sentence of its own belong to an incident of type
 * t?  The violent types, and a riot ("Two protesters were killed."). */
static int takes_toll(vg_event_type t)
{
    return violent(t) || t == VG_EV_RIOT;
}

/* Is place a inside region b (a town or province of it)? */
static int within(const vg_place *a, const vg_place *b)
{
    if (a->level <= b->level || strcmp(a->country, b->country) != 0)
        return 0;
    if (b->level == VG_PLACE_ADMIN1)
        return a->admin1 && strcmp(a->admin1, b->name) == 0;
    return b->level == VG_PLACE_ADMIN2 && a->admin2 && strcmp(a->admin2, b->name) == 0;
}

/* A foreign country named without "in"/"au" in a sentence that names the
 * article's own country (its name, demonym or one of its actors) is a party,
 * not the place: "Niger's junta revoked the defence agreements with
 * France" happened in Niger. */
static int foreign_party(const ctx *x, const sent_info *si, const vg_place *p, size_t t)
{
    if (!x->art_country || in_article_country(x, p) || after_locprep(x, t))
        return 0;
    if (si->art_country_named)
        return 1;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].country && strcmp(si->actors[i].country, x->art_country->country) == 0)
            return 1;
    return 0;
}

/* The place of the event: the town/region nearest to the trigger (a
 * sentence often names other places: "in addition to the Djibo assault, an
 * attack in Loroum province"); else a country named in the sentence, the
 * article's own country first; never a
 * foreign homonym town or a foreign party. */
static const vg_place *best_place(const ctx *x, const sent_info *si, size_t trig_t)
{
    const vg_place *best = NULL;
    size_t bestd = (size_t)-1;
    for (size_t i = 0; i < si->nplaces; i++) {
        const vg_place *p = si->places[i].p;
        size_t t = si->places[i].t;
        size_t d = t >= trig_t ? t - trig_t : 2 * (trig_t - t);
        if (foreign_homonym(x, p))
            continue;
        if (p->level == VG_PLACE_COUNTRY) {
            if ((best && best->level != VG_PLACE_COUNTRY) || foreign_party(x, si, p, t))
                continue;
            if (!best || (in_article_country(x, p) && !in_article_country(x, best)))
                best = p;
            continue;
        }
        if (!best || best->level == VG_PLACE_COUNTRY || d < bestd ||
            (d == bestd && p->level > best->level)) {
            best = p;
            bestd = d;
        }
    }
    /* a place named inside the nearest one is more specific: "the
     * Koutougou department in Soum province" */
    for (size_t i = 0; best && best->level != VG_PLACE_COUNTRY && i < si->nplaces; i++)
        if (within(si->places[i].p, best))
            best = si->places[i].p;
    return best;
}

static const char *country_name(const ctx *x, const char *iso)
{
    const vg_place *c = x->kb->gaz ? vg_gaz_country(x->kb->gaz, iso) : NULL;
    return c ? c->name : NULL;
}

static void actor_label(const ctx *x, const actor_ref *a, const char *iso, char *out, size_t cap)
{
    static const struct {
        const char *name, *pre, *post;
    } generic[] = {
        {"Military forces", "Military Forces of ", ""},
        {"Military government", "Military government of ", ""},
        {"Security forces", "Security forces of ", ""},
        {"Police forces", "Police Forces of ", ""},
        {"Civilians", "Civilians (", ")"},
        {"Protesters", "Protesters (", ")"},
        {"Rioters", "Rioters (", ")"},
    };
    const char *cn = iso[0] ? country_name(x, iso) : NULL;
    for (size_t i = 0; cn && i < sizeof(generic) / sizeof(generic[0]); i++) {
        if (strcmp(a->name, generic[i].name) != 0)
            continue;
        vg_fmt f; /* snprintf's "PRE%sPOST" without stdio */
        vg_fmt_init(&f, out, cap);
        vg_fmt_str(&f, generic[i].pre);
        vg_fmt_str(&f, cn);
        vg_fmt_str(&f, generic[i].post);
        return;
    }
    copy_str(out, cap, a->name);
}

/* News agencies and broadcasters in a sentence are its sources ("AFP
 * reported", "told Reuters"), not parties to the event - except in strategic
 * events, where a media ban is about them. */
static int party(const actor_ref *a, const vg_event *ev)
{
    return !a->media || ev->type == VG_EV_STRATEGIC;
}

/* The subject of a passive of harm before the trigger is its victim:
 * "Huit militaires béninois ont été tués ... dans l'explosion", "soldiers
 * were killed when ..." - a passive auxiliary within five tokens after the
 * actor, then a death, injury or arrest word within three more. */
static int passive_victim(const ctx *x, size_t at, size_t trig_t)
{
    static const char *const aux[] = {"were", "was", "been", "ete", "etaient"};
    size_t aux_t = 0;
    for (size_t k = at + 1; k < at + 6 && k < trig_t && k < x->sc.ntok && !aux_t; k++)
        for (size_t i = 0; i < sizeof(aux) / sizeof(aux[0]); i++)
            if (vg_scan_is(&x->sc, k, aux[i]))
                aux_t = k;
    if (!aux_t)
        return 0;
    for (size_t k = aux_t; k < aux_t + 4 && k < x->sc.ntok; k++) /* "were killed" is one cue */
        if (lex(x, k, VG_LX_DEATH, NULL) || lex(x, k, VG_LX_INJURY, NULL) ||
            lex(x, k, VG_LX_ARRESTN, NULL))
            return 1;
    return 0;
}

/* The object of a death or injury word ending at most three tokens before
 * it (a count or an article between): "killing 3 soldiers", "tuant deux
 * militaires". */
static int harmed_object(const ctx *x, size_t at)
{
    size_t sent = x->sc.tok[at].sent;
    for (size_t k = at; k-- > 0 && k + 4 > at && x->sc.tok[k].sent == sent;) {
        size_t e;
        if ((lex(x, k, VG_LX_DEATH, &e) || lex(x, k, VG_LX_INJURY, &e)) && e <= at)
            return 1;
    }
    return 0;
}

/* Whether actor a can be the perpetrator of violence: not an organisation
 * reporting it, not the subject of a passive of harm nor the object of an
 * active one. */
static int may_perpetrate(const ctx *x, const actor_ref *a, size_t trig_t)
{
    return !a->org && !passive_victim(x, a->t, trig_t) && !harmed_object(x, a->t);
}

static void set_actors(const ctx *x, const sent_info *si, vg_event *ev, size_t trig_t)
{
    /* perpetrator first: the agent of a passive ("by X"), else the first
     * armed actor before the trigger, else the first actor. */
    int order[MAX_SENT_ITEMS], n = 0, first = -1, v = violent(ev->type);
    for (size_t i = 0; i < si->nactors && first < 0; i++)
        if (si->actors[i].by && party(&si->actors[i], ev))
            first = (int)i;
    for (size_t i = 0; i < si->nactors && first < 0; i++)
        if (si->actors[i].t < trig_t && si->actors[i].cls != VG_VC_CIVILIAN &&
            (!v || may_perpetrate(x, &si->actors[i], trig_t)) && party(&si->actors[i], ev))
            first = (int)i;
    /* in violence, civilians and organisations (the UN agency that reports
     * it) are not the perpetrators: an armed actor named after the trigger
     * is ("... were killed; the gunmen fled") */
    for (size_t i = 0; i < si->nactors && first < 0 && v; i++)
        if (si->actors[i].cls != VG_VC_CIVILIAN && may_perpetrate(x, &si->actors[i], trig_t) &&
            party(&si->actors[i], ev))
            first = (int)i;
    if (first >= 0)
        order[n++] = first;
    for (size_t i = 0; i < si->nactors; i++)
        if ((int)i != first && party(&si->actors[i], ev))
            order[n++] = (int)i;
    ev->n_actors = 0;
    for (int i = 0; i < n && ev->n_actors < VG_MAX_ACTORS; i++) {
        const actor_ref *a = &si->actors[order[i]];
        vg_event_actor *ea = &ev->actors[ev->n_actors++];
        actor_label(x, a, ev->country, ea->name, sizeof(ea->name));
        int perp = ev->n_actors == 1 &&
                   (!v || first >= 0 || (a->cls != VG_VC_CIVILIAN && may_perpetrate(x, a, trig_t)));
        copy_str(ea->role, sizeof(ea->role),
                 perp ? "perpetrator" : (a->cls == VG_VC_CIVILIAN ? "victim" : "target"));
        static const char *const kinds[] = {
            "", "civilians", "civilians", "state_forces", "armed_group", "political"};
        copy_str(ea->kind, sizeof(ea->kind), a->cls > 0 && a->cls <= 5 ? kinds[a->cls] : "");
        ea->generic = a->generic;
    }
}

/* The end of a phrase at t that says who a figure counts - a person noun, a
 * generic or named actor, a death or arrest word, an object pronoun - or 0. */
static size_t counted_at(const ctx *x, size_t t)
{
    static const int kinds[] = {VG_LX_VICTIM, VG_LX_ACTOR, VG_LX_DEATH, VG_LX_ARRESTN};
    size_t e, best = 0;
    for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
        if (lex(x, t, kinds[k], &e) && e > best)
            best = e;
    if (vg_scan_tag(&x->sc, t, VG_TAG_ACTOR, &e) && e > best)
        best = e;
    if (!best && one_person_pronoun(x, t)) /* "detained him" */
        best = t + 1;
    return best;
}

/* End (exclusive) of a figure's quoted text: the number, then what says who
 * it counts ("at least 12 soldiers", "five Malian soldiers", "20 morts",
 * "37 people were killed"), starting within the next two tokens and joined
 * to the number by single spaces - and nothing after it ("in", "dont",
 * "were" or the next sentence used to end the quote). */
static size_t figure_end(const ctx *x, const vg_num *n)
{
    size_t end = n->t1;
    for (size_t t = n->t1; t < n->t1 + 2 && t < x->sc.ntok && t > 0 && tok_joined(x, t); t++) {
        size_t e = counted_at(x, t), j = t + 1;
        if (!e || e > t + 3)
            continue;
        while (j < e && tok_joined(x, j))
            j++;
        if (j == e && e > end)
            end = e;
    }
    return end;
}

static void set_figure(const ctx *x, vg_figure *f, const vg_num *n, const char *claim)
{
    f->present = 1;
    f->min = n->min;
    f->max = n->max;
    copy_str(f->qualifier, sizeof(f->qualifier), vg_qual_name((vg_qual)n->qual));
    copy_tokens(x, n->t0, figure_end(x, n), f->text, sizeof(f->text));
    copy_str(f->claimed_by, sizeof(f->claimed_by), claim);
}

static void set_date(const ctx *x, cand *c, const vg_dateval *d)
{
    c->has_date = d->prec != VG_DP_UNKNOWN;
    c->date = *d;
    vg_ymd_format(&d->v, d->prec, c->ev.date.value, sizeof(c->ev.date.value));
    copy_str(c->ev.date.precision, sizeof(c->ev.date.precision), vg_date_prec_name(d->prec));
    copy_tokens(x, d->t0, d->t1, c->ev.date.text, sizeof(c->ev.date.text));
}

static void set_location(cand *c, const vg_place *p)
{
    static const char *const prec[] = {"country", "admin1", "admin2", "town"};
    c->place = p;
    if (!p || p->level == VG_PLACE_COUNTRY) {
        c->ev.has_location = 0;
        memset(&c->ev.location, 0, sizeof(c->ev.location));
        return;
    }
    c->ev.has_location = 1;
    copy_str(c->ev.location.name, sizeof(c->ev.location.name), p->name);
    copy_str(c->ev.location.admin1, sizeof(c->ev.location.admin1),
             p->admin1 ? p->admin1 : (p->level == VG_PLACE_ADMIN1 ? p->name : ""));
    copy_str(c->ev.location.admin2, sizeof(c->ev.location.admin2),
             p->admin2 ? p->admin2 : (p->level == VG_PLACE_ADMIN2 ? p->name : ""));
    c->ev.location.lat = p->lat;
    c->ev.location.lon = p->lon;
    c->ev.location.has_coords = p->has_coords; /* else lat/lon are NAN */
    copy_str(c->ev.location.precision, sizeof(c->ev.location.precision),
             prec[p->level <= VG_PLACE_TOWN ? p->level : 3]);
}

static const char *arrest_subtype(const sent_info *si, const ctx *x)
{
    if (si->trig_w[VG_EV_COUP] || si->sub_w[VG_EV_COUP])
        return "coup_related";
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].ev.type == VG_EV_COUP && !x->c[i].ev.historical)
            return "coup_related";
    if (si->official_near_arrest)
        return "political";
    return "other";
}

static const char *const coup_subs[3] = {"plot", "attempt", "seizure"};

static void coup_vote(cand *c, const char *sub)
{
    for (int i = 0; i < 3; i++)
        if (sub && strcmp(sub, coup_subs[i]) == 0)
            c->votes[i]++;
}

/* The subtype most mentions support; a coup named without a cue is a
 * seizure (the usual case in reporting). */
static void coup_subtype(cand *c)
{
    int best = -1;
    for (int i = 0; i < 3; i++)
        if (c->votes[i] && (best < 0 || c->votes[i] > c->votes[best]))
            best = i;
    copy_str(c->ev.subtype, sizeof(c->ev.subtype), coup_subs[best < 0 ? 2 : best]);
}

static int is_historical(const ctx *x, const sent_info *si, const cand *c)
{
    if (c->has_date && x->pub.y) {
        long age = vg_ymd_days(&x->pub) - vg_ymd_days(&c->date.v);
        if (c->date.prec == VG_DP_YEAR)
            return c->date.v.y < x->pub.y;
        if (c->date.prec == VG_DP_MONTH) {
            long months = (x->pub.y - c->date.v.y) * 12L + (x->pub.m - c->date.v.m);
            return months > 1;
        }
        return age > HIST_DAYS;
    }
    if (c->has_date && x->ref_year && c->date.has_year && c->date.v.y < x->ref_year)
        return 1;
    return si->hist;
}

static void build(const ctx *x, const vg_sent *s, size_t si_idx, const sent_info *si, int type,
                  cand *c)
{
    memset(c, 0, sizeof(*c));
    vg_event *ev = &c->ev;
    ev->type = (vg_event_type)type;
    c->sent = si_idx;
    c->mentions = 1;
    c->score = si->trig_w[type] + support(x, si, type);
    const char *sub =
        si->sub_label[type] && si->sub_label[type][0] ? si->sub_label[type] : si->trig_sub[type];
    if (type == VG_EV_COUP && si->trig_sub[type] && si->trig_sub[type][0] &&
        si->trig_w[type] >= 4 && strcmp(si->trig_sub[type], "seizure") == 0)
        sub = si->trig_sub[type];
    /* a strategic trigger that names its own kind keeps it: "suspendre la
     * diffusion" by "le gouvernement de transition" is a media ban, not the
     * transition cue's extension */
    if (type == VG_EV_STRATEGIC && si->trig_sub[type] && si->trig_sub[type][0] &&
        si->trig_w[type] >= 5) /* the specific phrases; a bare "expelled" yields */
        sub = si->trig_sub[type];
    copy_str(ev->subtype, sizeof(ev->subtype), sub);
    if (type == VG_EV_COUP)
        coup_vote(c, sub);
    if (type == VG_EV_ARREST) {
        copy_str(ev->subtype, sizeof(ev->subtype), arrest_subtype(si, x));
        c->official = si->official_near_arrest;
    }
    size_t anchor = si->trig_t[type];
    if (si->another && violent((vg_event_type)type))
        anchor =
            (size_t)si->another; /* "in addition to the Djibo assault, another attack in Loroum" */
    c->another = si->another != 0;
    const vg_place *p = best_place(x, si, anchor);
    set_location(c, p);
    /* where: a place; else the article's country when the sentence names it
     * or names none; else the country the sentence names */
    const vg_place *cp = x->art_country;
    if (!cp)
        cp = si->named_country ? si->named_country : si->demonym;
    const char *iso = p ? p->country : (cp ? cp->country : "");
    copy_str(ev->country, sizeof(ev->country), iso);
    if (si->has_date)
        set_date(x, c, &si->date);
    else
        copy_str(ev->date.precision, sizeof(ev->date.precision), "unknown");
    vg_num n;
    int vc;
    if (sentence_figure(x, si, 1, &n, &vc) &&
        (type == VG_EV_ARMED_CLASH || type == VG_EV_ATTACK_ON_CIVILIANS ||
         type == VG_EV_REMOTE_VIOLENCE || type == VG_EV_RIOT || type == VG_EV_ABDUCTION)) {
        set_figure(x, &ev->fatalities, &n, si->claim);
        c->fat_update = si->update;
        c->fat_vague = n.vague;
        c->fat_class = vc;
        c->fat_sent = si_idx;
    }
    if (type == VG_EV_ARREST && sentence_figure(x, si, 2, &n, &vc)) {
        set_figure(x, &ev->arrests, &n, si->claim);
        c->arr_vague = n.vague;
    } else if (type == VG_EV_ARREST) {
        int k = named_arrests(x, s, si);
        if (k > 0) {
            vg_num nn = {.min = k, .max = k, .t0 = si->trig_t[type], .t1 = si->trig_e[type]};
            set_figure(x, &ev->arrests, &nn, si->claim);
            c->arr_vague = ARR_NAMED;
        }
    }
    set_actors(x, si, ev, si->trig_t[type]);
    copy_str(ev->claimed_by, sizeof(ev->claimed_by), si->claim);
    copy_tokens(x, si->trig_t[type], si->trig_e[type], ev->trigger, sizeof(ev->trigger));
    c->weak = si->trig_w[type] <= 3 && violent((vg_event_type)type);
    c->lone = si->trig_w[type] < 3 && violent((vg_event_type)type);
    ev->historical = is_historical(x, si, c);
    ev->disputed = si->neg;
    ev->sent_start = s->s;
    ev->sent_end = s->e;
}

/* ---------------------------------------------------------------- merging */

static int places_compatible(const vg_place *a, const vg_place *b)
{
    if (!a || !b || a == b)
        return 1;
    if (strcmp(a->name, b->name) == 0)
        return 1;
    if (a->level == VG_PLACE_COUNTRY || b->level == VG_PLACE_COUNTRY)
        return strcmp(a->country, b->country) == 0;
    const vg_place *lo = a->level > b->level ? a : b, *hi = lo == a ? b : a;
    if (hi->level == lo->level)
        return 0;
    if (hi->level == VG_PLACE_ADMIN1 && lo->admin1 && strcmp(lo->admin1, hi->name) == 0)
        return 1;
    if (hi->level == VG_PLACE_ADMIN2 && lo->admin2 && strcmp(lo->admin2, hi->name) == 0)
        return 1;
    return 0;
}

static int dates_compatible(const cand *a, const cand *b)
{
    if (!a->has_date || !b->has_date)
        return 1;
    int p = a->date.prec < b->date.prec ? a->date.prec : b->date.prec;
    if (p >= VG_DP_WEEK) {
        long d = vg_ymd_days(&a->date.v) - vg_ymd_days(&b->date.v);
        return d >= -3 && d <= 3;
    }
    if (a->date.v.y != b->date.v.y)
        return 0;
    return p == VG_DP_YEAR || a->date.v.m == b->date.v.m;
}

static void merge_into(const ctx *x, cand *dst, const cand *src)
{
    vg_event *d = &dst->ev;
    const vg_event *s = &src->ev;
    dst->mentions++;
    dst->official |= src->official;
    for (int i = 0; i < 3; i++)
        dst->votes[i] += src->votes[i];
    if (src->score > dst->score)
        dst->score = src->score;
    if (src->place && (!dst->place || src->place->level > dst->place->level))
        set_location(dst, src->place);
    if (src->has_date && (!dst->has_date || src->date.prec > dst->date.prec))
        set_date(x, dst, &src->date);
    if (s->fatalities.present) {
        if (!d->fatalities.present || src->fat_update || src->fat_vague < dst->fat_vague) {
            dst->fat_vague = src->fat_vague;
            d->fatalities = s->fatalities;
        } else if (s->fatalities.min != d->fatalities.min) {
            d->disputed = strcmp(s->fatalities.claimed_by, d->fatalities.claimed_by) != 0 &&
                          s->fatalities.claimed_by[0];
        }
    }
    if (s->arrests.present && dst->arr_vague == ARR_NAMED && src->arr_vague == ARR_NAMED &&
        s->arrests.min > d->arrests.min) {
        d->arrests = s->arrests; /* "held him" then "detained him, the PM and ..." */
    } else if (s->arrests.present && (!d->arrests.present || src->arr_vague < dst->arr_vague)) {
        d->arrests = s->arrests;
        dst->arr_vague = src->arr_vague;
    }
    if (!d->subtype[0] && s->subtype[0])
        copy_str(d->subtype, sizeof(d->subtype), s->subtype);
    if (!d->claimed_by[0] && s->claimed_by[0])
        copy_str(d->claimed_by, sizeof(d->claimed_by), s->claimed_by);
    for (unsigned i = 0; i < s->n_actors && d->n_actors < VG_MAX_ACTORS; i++) {
        int dup = 0;
        for (unsigned j = 0; j < d->n_actors; j++)
            dup |= strcmp(d->actors[j].name, s->actors[i].name) == 0;
        if (!dup)
            d->actors[d->n_actors++] = s->actors[i];
    }
    if (!src->ev.historical)
        d->historical = 0;
}

/* A generic attack with a death toll is not a mention of a kidnapping
 * (which has none of its own), nor of violence against civilians when
 * its dead are soldiers or fighters: it is a clash of its own. */
static int armed_toll(const cand *o, const cand *c)
{
    if (!c->ev.fatalities.present)
        return 0;
    if (o->ev.type == VG_EV_ABDUCTION && !o->ev.fatalities.present)
        return 1;
    return o->ev.type == VG_EV_ATTACK_ON_CIVILIANS &&
           (c->fat_class == VG_VC_MILITARY || c->fat_class == VG_VC_MILITANT);
}

/* Can c be another mention of o? */
static int same_incident(const cand *o, const cand *c)
{
    int type_ok = o->ev.type == c->ev.type ||
                  (c->weak && violent(c->ev.type) && violent(o->ev.type) && !armed_toll(o, c)) ||
                  (c->ev.type == VG_EV_PROTEST && o->ev.type == VG_EV_RIOT);
    if (!type_ok || strcmp(o->ev.country, c->ev.country) != 0)
        return 0;
    if (c->another && violent(c->ev.type) && (!c->place || !o->place || c->place != o->place))
        return 0;
    if (o->ev.historical != c->ev.historical) {
        /* a dated retrospective and an undated mention of the same named
         * town are one incident ("the Solhan massacre ... in June 2021") */
        const cand *h = o->ev.historical ? o : c, *u = h == o ? c : o;
        if (o->ev.type != c->ev.type || u->has_date || !h->place || !u->place ||
            h->place->level != VG_PLACE_TOWN || strcmp(h->place->name, u->place->name) != 0)
            return 0;
        return 1;
    }
    if (c->ev.type == VG_EV_COUP && o->ev.type == VG_EV_COUP && !c->ev.historical)
        return 1; /* one current coup per country and article */
    if (!dates_compatible(o, c))
        return 0;
    return c->ev.type == VG_EV_ARREST || places_compatible(o->place, c->place);
}

/* Merge c into the most recent candidate it can be another mention of:
 * same type first, then (for generic triggers) any violent event. */
static int try_merge(ctx *x, const cand *c)
{
    for (size_t i = x->nc; i-- > 0;) {
        cand *o = &x->c[i];
        if (o->ev.type == c->ev.type && same_incident(o, c)) {
            merge_into(x, o, c);
            return 1;
        }
    }
    for (size_t i = x->nc; (c->weak || c->ev.type == VG_EV_PROTEST) && i-- > 0;) {
        cand *o = &x->c[i];
        if (same_incident(o, c)) {
            merge_into(x, o, c);
            return 1;
        }
    }
    return 0;
}

static int append(cand **v, size_t *n, size_t *cap, const cand *c)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        cand *nv = realloc(*v, nc * sizeof(*nv));
        if (!nv)
            return VG_ENOMEM;
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = *c;
    return 0;
}

static int push_cand(ctx *x, const cand *c)
{
    if (try_merge(x, c))
        return 0;
    if (c->lone) /* decided once every strong mention is known */
        return append(&x->def, &x->ndef, &x->defcap, c);
    return append(&x->c, &x->nc, &x->cap, c);
}

/* A generic mention ("the attack") that matches no incident is an event of
 * its own only with enough detail. */
static int settle_deferred(ctx *x)
{
    for (size_t i = 0; i < x->ndef; i++) {
        cand *c = &x->def[i];
        if (try_merge(x, c))
            c->mentions = 0; /* settled */
        else if (c->score >= MIN_SCORE + 1) {
            if (append(&x->c, &x->nc, &x->cap, c) < 0)
                return VG_ENOMEM;
            c->mentions = 0;
        }
    }
    /* the thin ones may still be mentions of a generic incident that
     * stood on its own ("the toll of the attack is nine dead" before "an
     * attack on Wednesday near Tillia") */
    for (size_t i = 0; i < x->ndef; i++)
        if (x->def[i].mentions)
            try_merge(x, &x->def[i]);
    return 0;
}

/* ---------------------------------------------------------------- article */

/* "DAKAR, Senegal (AP) —": where the story was filed, not where it is. */
/* Places by token, once the article's country is known: article_country
 * cached them without it, and only common-word places depend on it. */
static void cache_places(ctx *x)
{
    for (size_t k = 0; k < x->sc.nmark; k++) {
        size_t t = x->sc.mark[k].t0;
        if (!place_mark(&x->sc.mark[k]))
            continue;
        const vg_place *p = vg_scan_tag(&x->sc, t, VG_TAG_PLACE, NULL);
        if (!p || !p->common)
            continue;
        int dem = 0;
        size_t e;
        x->place_tok[t] = place_at(x, t, &dem, &e);
        x->dem_tok[t] = (uint8_t)dem;
    }
}

/* A country named as the other party of a relation: "agreements with
 * France", "avec la France", "against Mali". */
static int with_party(const ctx *x, size_t t)
{
    static const char *const preps[] = {"with", "avec", "against", "contre"};
    for (size_t back = 1; back <= 2 && back <= t; back++) {
        size_t k = t - back;
        if (x->sc.tok[k].sent != x->sc.tok[t].sent)
            return 0;
        for (size_t i = 0; i < sizeof(preps) / sizeof(preps[0]); i++)
            if (vg_scan_is(&x->sc, k, preps[i]))
                return 1;
        if (!determiner_at(x, k))
            return 0; /* only an article may stand between */
    }
    return 0;
}

static int article_country(ctx *x)
{
    /* the most named country, names in the first paragraph counting more */
    const vg_place *best = NULL;
    int best_n = 0;
    const vg_place *seen[64];
    int cnt[64], ns = 0, placed = 0; /* placed: place mentions counted so far */
    memset(x->place_tok, 0, x->sc.ntok * sizeof(*x->place_tok)); /* see cache_places */
    memset(x->dem_tok, 0, x->sc.ntok);
    for (size_t m = 0; m < x->sc.nmark; m++) {
        size_t t = x->sc.mark[m].t0;
        int dem = 0;
        size_t e;
        const vg_place *p = place_mark(&x->sc.mark[m]) ? place_at(x, t, &dem, &e) : NULL;
        x->place_tok[t] = p;
        x->dem_tok[t] = (uint8_t)dem;
        /* Actors are weak evidence (foreign forces act abroad), except a
         * country's own government or army named with it ("Mali's junta",
         * "Burkinabe troops" hide the place in one actor name): a town's
         * weight, never the first-mention bonus, so it decides only when no
         * place does. */
        const vg_actor_def *gov = p ? NULL : vg_scan_tag(&x->sc, t, VG_TAG_ACTOR, NULL);
        if (gov &&
            (!gov->kind || !gov->country[0] ||
             (strcmp(gov->kind, "government") != 0 && strcmp(gov->kind, "state_forces") != 0)))
            gov = NULL;
        if ((!p && !gov) || in_dateline(x, t))
            continue;
        if (!p || p->level == VG_PLACE_COUNTRY)
            note_named_country(x, p ? p->country : gov->country);
        const vg_place *c = p && p->level == VG_PLACE_COUNTRY ? p : NULL;
        if (!c && x->kb->gaz)
            c = vg_gaz_country(x->kb->gaz, p ? p->country : gov->country);
        if (!c)
            continue;
        /* a town 1, "Malian" 2, "Mali" or "Mali's" 3, "in Mali" 5; the lead
         * counts double and the very first mention more */
        int named = p && vg_scan_tag(&x->sc, t, VG_TAG_PLACE, NULL) != NULL;
        int w = !p || p->level != VG_PLACE_COUNTRY ? 1 : !named ? 2 : after_locprep(x, t) ? 5 : 3;
        if (x->sc.sent[x->sc.tok[t].sent].para == 0)
            w *= 2;
        if (p && !with_party(x, t) && !placed++) /* "with France": a party, not the place */
            w += 4;
        int k = 0;
        while (k < ns && strcmp(seen[k]->country, c->country) != 0)
            k++;
        if (k == ns) {
            if (ns == 64)
                continue;
            seen[ns] = c;
            cnt[ns++] = 0;
        }
        cnt[k] += w;
        if (cnt[k] > best_n) {
            best_n = cnt[k];
            best = seen[k];
        }
    }
    x->art_country = best;
    return 0;
}

/* The most named town or region of the article's country (the title and
 * first paragraph count double): where an incident whose own sentences
 * name no place most likely happened. */
static void article_place(ctx *x)
{
    const vg_place *seen[64];
    int cnt[64], ns = 0, best_n = 0;
    x->art_place = NULL;
    if (!x->art_country)
        return;
    for (size_t m = 0; m < x->sc.nmark; m++) {
        size_t t = x->sc.mark[m].t0; /* places are only at marks */
        const vg_place *p = x->place_tok[t];
        int dem = x->dem_tok[t];
        if (!p || dem || p->level == VG_PLACE_COUNTRY || !in_article_country(x, p))
            continue;
        int w = x->sc.sent[x->sc.tok[t].sent].para == 0 ? 2 : 1;
        int k = 0;
        while (k < ns && seen[k] != p)
            k++;
        if (k == ns) {
            if (ns == 64)
                continue;
            seen[ns] = p;
            cnt[ns++] = 0;
        }
        cnt[k] += w;
        if (cnt[k] > best_n) {
            best_n = cnt[k];
            x->art_place = p;
        }
    }
}

static void reference_year(ctx *x)
{
    x->ref_year = x->pub.y;
    if (x->ref_year)
        return;
    for (size_t t = 0; t < x->sc.ntok; t++) {
        long y = (x->sc.tok[t].flags & VG_TF_DIGIT) && x->sc.tok[t].e - x->sc.tok[t].s == 4
                     ? vg_scan_digits(&x->sc, t)
                     : -1;
        if (y >= 1950 && y <= 2100 && y > x->ref_year)
            x->ref_year = (int)y;
    }
}

static void publication_date(ctx *x)
{
    memset(&x->pub, 0, sizeof(x->pub));
    if (x->art && x->art->published && vg_ymd_parse(x->art->published, &x->pub) == 0)
        return;
    memset(&x->pub, 0, sizeof(x->pub));
    memset(&x->pub_month, 0, sizeof(x->pub_month));
    int prec;
    vg_ymd d;
    if (x->art && x->art->raw && x->art->raw_len &&
        vg_date_dateline_prec(x->kb->dict, x->art->raw, x->art->raw_len, &d, &prec) == 0) {
        if (prec == VG_DP_DAY)
            x->pub = d;
        else
            x->pub_month = d; /* "date 2021-09": no day to resolve weekdays against */
    }
}

static int make_text(ctx *x)
{
    const vg_doc *d = x->doc;
    x->text = d->body;
    x->text_len = d->body_len;
    x->body_off = 0;
    if (!d->title || !d->title_len ||
        (d->body_len >= d->title_len && memcmp(d->body, d->title, d->title_len) == 0))
        return 0;
    x->own = malloc(d->title_len + 2 + d->body_len + 1);
    if (!x->own)
        return VG_ENOMEM;
    memcpy(x->own, d->title, d->title_len);
    memcpy(x->own + d->title_len, "\n\n", 2);
    memcpy(x->own + d->title_len + 2, d->body, d->body_len);
    x->body_off = d->title_len + 2;
    x->text_len = x->body_off + d->body_len;
    x->own[x->text_len] = 0;
    x->text = x->own;
    return 0;
}

/* A toll given in a sentence of its own ("the death toll rose to 58")
 * belongs to the violent incident just described, when that one has no
 * precise figure yet. */
static int orphan_figure(ctx *x, size_t i, sent_info *si)
{
    vg_num n;
    int vc;
    if (!sentence_figure(x, si, 1, &n, &vc))
        return 0;
    for (size_t k = x->nc; k-- > 0;) {
        cand *o = &x->c[k];
        if (!takes_toll(o->ev.type) || o->ev.historical || o->sent + 3 < i)
            continue;
        if (o->ev.fatalities.present && !o->fat_vague && !n.vague && o->fat_sent + 1 == i && vc &&
            o->fat_class && vc != o->fat_class && !si->update) {
            /* "two of its soldiers died ... About 20 rebels were killed":
             * the event's toll counts both sides */
            o->ev.fatalities.min += n.min;
            o->ev.fatalities.max =
                o->ev.fatalities.max >= 0 && n.max >= 0 ? o->ev.fatalities.max + n.max : -1;
            o->fat_class = 0;
        } else if (!o->ev.fatalities.present || (o->fat_vague && !n.vague) ||
                   (si->update && !n.vague)) {
            set_figure(x, &o->ev.fatalities, &n, si->claim);
            o->fat_vague = n.vague;
            o->fat_class = vc;
            o->fat_sent = i;
        }
        return 0;
    }
    x->orphan = *si; /* may belong to the incident described next */
    x->orphan_sent = i + 1;
    return 0;
}

/* The first month- or day-precise date of the paragraph starting at
 * sentence k0 (at most 400 tokens past token lim) dates c unless that
 * date is background; 1 when the paragraph had one.  In the lead only a
 * day told against the publication date counts ("on Tuesday"): an
 * absolute date there is as often a page stamp. */
static int para_date(const ctx *x, size_t k0, size_t lim, int lead, cand *c)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = k0; k < sc->nsent && sc->sent[k].para == sc->sent[k0].para; k++) {
        const vg_sent *o = &sc->sent[k];
        if (o->t0 > lim + 400)
            break;
        size_t next = o->t0;
        for (size_t i = first_date(x, o->t0); i < x->ndates && x->dates[i].t0 < o->t1; i++) {
            if (x->dates[i].t0 < next)
                continue;
            vg_dateval d = x->dates[i];
            if (d.prec < (lead ? VG_DP_DAY : VG_DP_MONTH) || d.year_only || (lead && !d.relative) ||
                (d.t1 > d.t0 && agency_gap(sc, d.t1 - 1, o->t1))) {
                next = d.t1;
                continue;
            }
            cand tmp = *c;
            set_date(x, &tmp, &d);
            if (tmp.has_date && !is_historical(x, &(sent_info){0}, &tmp))
                set_date(x, c, &d);
            return 1;
        }
    }
    return 0;
}

/* An incident whose sentence gives no date takes the first date of its
 * paragraph (news leads give the date once: "On Friday, soldiers ... The
 * attackers ..."), unless that date is background; failing that, a
 * current incident takes the day of the lead (title and first paragraph):
 * "stepped down on Tuesday ... hours after troops detained him". */
static void context_date(const ctx *x, const vg_sent *s, cand *c)
{
    const vg_scan *sc = &x->sc;
    size_t k0 = (size_t)(s - sc->sent); /* paragraphs are runs of sentences */
    while (k0 > 0 && sc->sent[k0 - 1].para == s->para)
        k0--;
    if (para_date(x, k0, s->t0, 0, c) || c->ev.historical || s->para > 4)
        return;
    for (size_t k = 0; k < k0 && sc->sent[k].para <= 1; k++)
        if ((k == 0 || sc->sent[k - 1].para != sc->sent[k].para) &&
            para_date(x, k, sc->sent[k].t0, 1, c))
            return;
}

static int sentence_events(ctx *x, size_t i)
{
    const vg_sent *s = &x->sc.sent[i];
    sent_info si;
    analyse(x, s, &si);
    resolve_types(&si);
    int any = 0;
    for (int ty = 1; ty < VG_EV__COUNT; ty++)
        any |= si.trig_w[ty] != 0;
    if (!any)
        return orphan_figure(x, i, &si);
    for (int ty = 1; ty < VG_EV__COUNT; ty++) {
        if (!si.trig_w[ty])
            continue;
        cand c;
        build(x, s, i, &si, ty, &c);
        if (takes_toll((vg_event_type)ty) && !c.ev.fatalities.present && x->orphan_sent &&
            x->orphan_sent + 2 >= i + 1) {
            vg_num n;
            int vc;
            if (sentence_figure(x, &x->orphan, 1, &n, &vc)) {
                set_figure(x, &c.ev.fatalities, &n, x->orphan.claim);
                c.fat_vague = n.vague;
            }
            x->orphan_sent = 0;
        }
        if (!c.has_date)
            context_date(x, s, &c);
        if (!c.has_date && x->pub_month.y && !c.ev.historical) {
            /* only the month of publication is known: a current event
             * without a date of its own is dated to it */
            vg_dateval d = {.v = x->pub_month, .prec = VG_DP_MONTH, .has_year = 1};
            set_date(x, &c, &d);
        }
        if (c.score < MIN_SCORE || !c.ev.country[0])
            continue;
        int rc = push_cand(x, &c);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static const struct {
    vg_event_type t;
    const char *sub, *acled, *acled_sub;
} acled_map[] = {
    {VG_EV_ARMED_CLASH, "territory_regained", "Battles", "Government regains territory"},
    {VG_EV_ARMED_CLASH, NULL, "Battles", "Armed clash"},
    {VG_EV_ATTACK_ON_CIVILIANS, NULL, "Violence against civilians", "Attack"},
    {VG_EV_ABDUCTION, NULL, "Violence against civilians", "Abduction/forced disappearance"},
    {VG_EV_REMOTE_VIOLENCE, "airstrike", "Explosions/Remote violence", "Air/drone strike"},
    {VG_EV_REMOTE_VIOLENCE, "drone_strike", "Explosions/Remote violence", "Air/drone strike"},
    {VG_EV_REMOTE_VIOLENCE, "suicide_bomb", "Explosions/Remote violence", "Suicide bomb"},
    {VG_EV_REMOTE_VIOLENCE, "shelling", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"},
    {VG_EV_REMOTE_VIOLENCE, NULL, "Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {VG_EV_PROTEST, NULL, "Protests", "Peaceful protest"},
    {VG_EV_RIOT, NULL, "Riots", "Violent demonstration"},
    {VG_EV_ARREST, NULL, "Strategic developments", "Arrests"},
    {VG_EV_STRATEGIC, "agreement", "Strategic developments", "Agreement"},
    {VG_EV_COUP, NULL, "Strategic developments", "Other"},
    {VG_EV_DISPLACEMENT, NULL, "Strategic developments", "Other"},
    {VG_EV_STRATEGIC, NULL, "Strategic developments", "Other"},
};

/* Attacks on civilians, abductions, planted explosives and battles always
 * have a perpetrator.  When the article names no armed actor for one
 * ("trente civils ont été tués lors d'une attaque", "a soldier was killed
 * in an attack on a post"), it is ACLED's unidentified armed group, first -
 * never the victims, whom the first-actor rule would otherwise make
 * perpetrators.  Decided once mentions are merged: another sentence may
 * name the attackers. */
static int unknown_perpetrator(const vg_event *ev)
{
    int planted = ev->type == VG_EV_REMOTE_VIOLENCE &&
                  (strcmp(ev->subtype, "ied") == 0 || strcmp(ev->subtype, "landmine") == 0 ||
                   strcmp(ev->subtype, "suicide_bomb") == 0);
    if (ev->type != VG_EV_ATTACK_ON_CIVILIANS && ev->type != VG_EV_ABDUCTION &&
        ev->type != VG_EV_ARMED_CLASH && !planted)
        return 0;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].kind, "civilians") != 0 &&
            strcmp(ev->actors[i].role, "perpetrator") == 0)
            return planted && strcmp(ev->actors[i].kind, "armed_group") != 0;
    return 1; /* (a mine or a bomb the army or an official "planted" is its victim's) */
}

/* The role of an actor that is not the perpetrator. */
static const char *other_role(const vg_event_actor *a)
{
    return strcmp(a->kind, "civilians") == 0 ? "victim" : "target";
}

/* Actor i becomes the perpetrator, first; those before it move one down. */
static void lead_with(vg_event *ev, unsigned i)
{
    vg_event_actor a = ev->actors[i];
    memmove(&ev->actors[1], &ev->actors[0], i * sizeof(ev->actors[0]));
    ev->actors[0] = a;
    copy_str(ev->actors[0].role, sizeof(ev->actors[0].role), "perpetrator");
    for (unsigned k = 1; k <= i; k++)
        copy_str(ev->actors[k].role, sizeof(ev->actors[k].role), other_role(&ev->actors[k]));
}

/* A generic actor (labelled as actor_label does: "Protesters (Mali)")
 * becomes the perpetrator, first; the others are victims or targets. */
static void lead_with_new(const ctx *x, vg_event *ev, const char *name, int cls, const char *kind)
{
    actor_ref a = {.name = name, .cls = cls};
    char label[sizeof(ev->actors[0].name)];
    actor_label(x, &a, ev->country, label, sizeof(label));
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].name, label) == 0) { /* named already, as a target */
            lead_with(ev, i);
            return;
        }
    unsigned n = ev->n_actors < VG_MAX_ACTORS ? ev->n_actors : VG_MAX_ACTORS - 1;
    memmove(&ev->actors[1], &ev->actors[0], n * sizeof(ev->actors[0]));
    ev->n_actors = n + 1;
    for (unsigned i = 1; i < ev->n_actors; i++)
        copy_str(ev->actors[i].role, sizeof(ev->actors[i].role), other_role(&ev->actors[i]));
    vg_event_actor *ea = &ev->actors[0];
    copy_str(ea->name, sizeof(ea->name), label);
    copy_str(ea->role, sizeof(ea->role), "perpetrator");
    copy_str(ea->kind, sizeof(ea->kind), kind);
    ea->generic = 1;
}

/* Merged mentions can leave victims first ("civilians" from one sentence,
 * "the gunmen" from the next): in violence the first armed actor leads. */
static void armed_first(vg_event *ev)
{
    if (!violent(ev->type) || !ev->n_actors || strcmp(ev->actors[0].kind, "civilians") != 0)
        return;
    unsigned i = 1;
    while (i < ev->n_actors && strcmp(ev->actors[i].kind, "civilians") == 0)
        i++;
    if (i < ev->n_actors)
        lead_with(ev, i);
}

/* A protest or a riot is the crowd's doing (ACLED's actor 1 is
 * "Protesters (Country)"): the crowd named leads, even after the police
 * that met it ("security forces fired at protesters"); when none is named,
 * "Protesters (Country)" does, and the parties, movements and forces named
 * follow (those it backs or opposes: "in support of the CNSP", "the
 * departure of foreign troops").  A mutiny's rioters are the
 * soldiers themselves. */
static void crowd_first(const ctx *x, vg_event *ev)
{
    if ((ev->type != VG_EV_PROTEST && ev->type != VG_EV_RIOT) || strcmp(ev->subtype, "mutiny") == 0)
        return;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].kind, "civilians") == 0) {
            if (i > 0)
                lead_with(ev, i);
            return;
        }
    lead_with_new(x, ev, ev->type == VG_EV_RIOT ? "Rioters" : "Protesters", VG_VC_CIVILIAN,
                  "civilians");
}

/* One perpetrator, first: merged mentions can bring a second (each
 * sentence's subject), whose side is then unknown - an ally or the other
 * party - so its role is "other" (civilians stay victims). */
static void one_perpetrator(vg_event *ev)
{
    for (unsigned i = 1; i < ev->n_actors && strcmp(ev->actors[0].role, "perpetrator") != 0; i++)
        if (strcmp(ev->actors[i].role, "perpetrator") == 0)
            lead_with(ev, i); /* the first mention had none: a later one's leads */
    for (unsigned i = 1; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].role, "perpetrator") == 0)
            copy_str(ev->actors[i].role, sizeof(ev->actors[i].role),
                     strcmp(ev->actors[i].kind, "civilians") == 0 ? "victim" : "other");
}

/* An air or drone strike with no perpetrator named is the state's: in the
 * Sahel only armies (and the foreign forces they name) fly them. */
static int state_strike(const vg_event *ev)
{
    if (ev->type != VG_EV_REMOTE_VIOLENCE ||
        (strcmp(ev->subtype, "airstrike") != 0 && strcmp(ev->subtype, "drone_strike") != 0))
        return 0;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].kind, "state_forces") == 0 ||
            (strcmp(ev->actors[i].kind, "civilians") != 0 &&
             strcmp(ev->actors[i].role, "perpetrator") == 0))
            return 0;
    return 1;
}

/* A named armed group leads rather than a generic label for its side:
 * "jihadists ... JNIM fighters".  An unidentified group stays so unless
 * the named one claims the event: "the attack was not claimed, but the
 * area is plagued by JNIM violence" names no perpetrator. */
static void named_first(vg_event *ev)
{
    if (!ev->n_actors || !ev->actors[0].generic || strcmp(ev->actors[0].kind, "armed_group") != 0)
        return;
    int unknown = strcmp(ev->actors[0].name, "Unidentified armed group") == 0;
    for (unsigned i = 1; i < ev->n_actors; i++)
        if (!ev->actors[i].generic && strcmp(ev->actors[i].kind, "armed_group") == 0 &&
            (!unknown || strcmp(ev->actors[i].name, ev->claimed_by) == 0)) {
            lead_with(ev, i);
            copy_str(ev->actors[1].role, sizeof(ev->actors[1].role), "other"); /* its side */
            return;
        }
}

/* An arrest is made by the state: an armed group named with it ("suspected
 * of complicity with terrorists") is whom it is about, and the state's
 * forces lead when named. */
static void state_arrests(vg_event *ev)
{
    if (ev->type != VG_EV_ARREST || !ev->n_actors || strcmp(ev->actors[0].kind, "armed_group") != 0)
        return;
    for (unsigned i = 1; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].kind, "state_forces") == 0) {
            lead_with(ev, i);
            return;
        }
    copy_str(ev->actors[0].role, sizeof(ev->actors[0].role), "target");
}

static void finish(const ctx *x, cand *c)
{
    vg_event *e = &c->ev;
    armed_first(e);
    crowd_first(x, e);
    one_perpetrator(e);
    if (unknown_perpetrator(e))
        lead_with_new(x, e, "Unidentified armed group", VG_VC_MILITANT, "armed_group");
    else if (state_strike(e))
        lead_with_new(x, e, "Military forces", VG_VC_MILITARY, "state_forces");
    named_first(e);
    state_arrests(e);
    for (size_t i = 0; i < sizeof(acled_map) / sizeof(acled_map[0]); i++) {
        if (acled_map[i].t != e->type ||
            (acled_map[i].sub && strcmp(acled_map[i].sub, e->subtype) != 0))
            continue;
        copy_str(e->acled_event_type, sizeof(e->acled_event_type), acled_map[i].acled);
        copy_str(e->acled_sub_event_type, sizeof(e->acled_sub_event_type), acled_map[i].acled_sub);
        break;
    }
    size_t s = e->sent_start >= x->body_off ? e->sent_start - x->body_off : 0;
    size_t en = e->sent_end >= x->body_off ? e->sent_end - x->body_off : 0;
    if (en > x->doc->body_len)
        en = x->doc->body_len;
    if (s > en)
        s = en;
    e->sent_start = s;
    e->sent_end = en;
    vg_doc_raw_range(x->doc, s, en, &e->raw_start, &e->raw_end);
    double conf = 0.3 + 0.07 * c->score + 0.05 * (c->mentions - 1);
    if (e->has_location)
        conf += 0.05;
    e->confidence = conf > 0.95 ? 0.95 : conf;
    vg_event_id(x->art ? x->art->id : NULL, e, e->event_id);
}

/* A current mutiny in which soldiers detain the head of state or
 * ministers is a coup, whether or not the article says the word. */
static int mutiny_coup(ctx *x)
{
    cand *mutiny = NULL;
    const cand *held = NULL;
    for (size_t i = 0; i < x->nc; i++) {
        const vg_event *e = &x->c[i].ev;
        if (e->historical)
            continue;
        if (e->type == VG_EV_RIOT && strcmp(e->subtype, "mutiny") == 0 && !mutiny)
            mutiny = &x->c[i];
        if (e->type == VG_EV_ARREST && x->c[i].official && !held)
            held = &x->c[i];
    }
    if (!mutiny || !held)
        return 0;
    if (!mutiny->has_date && held->has_date)
        set_date(x, mutiny, &held->date); /* the day they seized him */
    mutiny->ev.type = VG_EV_COUP;
    copy_str(mutiny->ev.subtype, sizeof(mutiny->ev.subtype), "seizure");
    coup_vote(mutiny, "seizure");
    return 1;
}

/* Arrests in an article about a current coup are coup-related. */
static void coup_context(ctx *x)
{
    int coup = 0;
    for (size_t i = 0; i < x->nc; i++)
        coup |= x->c[i].ev.type == VG_EV_COUP && !x->c[i].ev.historical;
    if (!coup)
        coup = mutiny_coup(x);
    for (size_t i = 0; coup && i < x->nc; i++)
        if (x->c[i].ev.type == VG_EV_ARREST && (strcmp(x->c[i].ev.subtype, "other") == 0 ||
                                                strcmp(x->c[i].ev.subtype, "political") == 0))
            copy_str(x->c[i].ev.subtype, sizeof(x->c[i].ev.subtype), "coup_related");
    /* a demonstration that turned into a riot is one riot event */
    for (size_t i = 0; i < x->nc; i++) {
        if (x->c[i].ev.type != VG_EV_PROTEST)
            continue;
        for (size_t j = 0; j < x->nc; j++)
            if (x->c[j].ev.type == VG_EV_RIOT && same_incident(&x->c[j], &x->c[i])) {
                x->c[i].ev.type = VG_EV_NONE;
                break;
            }
    }
    /* a mutiny in a coup story is the coup itself */
    size_t k = 0;
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].ev.type != VG_EV_NONE &&
            !(coup && x->c[i].ev.type == VG_EV_RIOT && !x->c[i].ev.historical &&
              strcmp(x->c[i].ev.subtype, "mutiny") == 0))
            x->c[k++] = x->c[i];
    x->nc = k;
}

static int importance(const cand *c)
{
    return c->score + 2 * (int)(c->mentions - 1) + 2 * c->ev.fatalities.present +
           2 * c->ev.arrests.present + c->ev.has_location - 10 * c->ev.historical;
}

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    int d = importance(y) - importance(x);
    return d ? d : (x->sent < y->sent ? -1 : x->sent > y->sent);
}

static int emit(ctx *x, vg_events *out)
{
    coup_context(x);
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        if (c->ev.type == VG_EV_COUP)
            coup_subtype(c);
        if (!c->ev.has_location && !c->ev.historical && x->art_place &&
            strcmp(c->ev.country, x->art_place->country) == 0 && c->ev.type != VG_EV_STRATEGIC &&
            c->ev.type != VG_EV_DISPLACEMENT)
            set_location(c, x->art_place);
    }
    /* the main incidents first (consumers and scorers read in order) */
    if (x->nc > 1)
        qsort(x->c, x->nc, sizeof(*x->c), cmp_cand);
    for (size_t i = 0; i < x->nc; i++) {
        if (out->n >= x->lim->max_events) {
            out->truncated += (unsigned)(x->nc - i);
            break;
        }
        if (out->n == out->cap) {
            size_t nc = out->cap ? out->cap * 2 : 8;
            vg_event *nv = realloc(out->v, nc * sizeof(*nv));
            if (!nv)
                return VG_ENOMEM;
            out->v = nv;
            out->cap = nc;
        }
        finish(x, &x->c[i]);
        out->v[out->n++] = x->c[i].ev;
    }
    return 0;
}

int vg_extract(const vg_kb *kb, const vg_limits *lim, const vg_article *art, const vg_doc *doc,
               vg_events *out)
{
    int rc = VG_EINVAL;
    ctx x = {.kb = kb, .lim = lim, .art = art, .doc = doc};
    if (out)
        memset(out, 0, sizeof(*out));
    if (!kb || !kb->dict || !lim || !doc || !doc->body || !out)
        return VG_EINVAL;
    if ((rc = make_text(&x)) < 0)
        goto fail;
    if ((rc = vg_scan_text(kb->dict, x.text, x.text_len, lim->max_tokens, &x.sc)) < 0)
        goto fail;
    out->token_cap_hit = (unsigned)x.sc.cap_hit;
    publication_date(&x);
    reference_year(&x);
    if ((rc = fill_caches(&x)) < 0)
        goto fail;
    article_country(&x);
    cache_places(&x);
    article_place(&x);
    for (size_t i = 0; i < x.sc.nsent; i++)
        if ((rc = sentence_events(&x, i)) < 0)
            goto fail;
    if ((rc = settle_deferred(&x)) < 0 || (rc = emit(&x, out)) < 0)
        goto fail;
    vg_scan_free(&x.sc);
    free(x.c);
    free_caches(&x);
    free(x.def);
    free(x.own);
    return 0;
fail:
    vg_scan_free(&x.sc);
    free(x.c);
    free_caches(&x);
    free(x.def);
    free(x.own);
    vg_events_free(out);
    return rc;
}

void vg_event_id(const char *article_id, const vg_event *e, char out[17])
{
    /* the bytes of "%s|%d|%s|%s|%s|%s|%ld|%ld" (at most 511), built without
     * stdio: this runs for every event */
    char buf[512];
    vg_fmt f;
    vg_fmt_init(&f, buf, sizeof(buf));
    vg_fmt_str(&f, article_id ? article_id : "");
    vg_fmt_str(&f, "|");
    vg_fmt_long(&f, (int)e->type, 0);
    const char *const fields[] = {e->subtype, e->country, e->location.name, e->date.value};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        vg_fmt_str(&f, "|");
        vg_fmt_str(&f, fields[i]);
    }
    vg_fmt_str(&f, "|");
    vg_fmt_long(&f, e->fatalities.present ? e->fatalities.min : -1, 0);
    vg_fmt_str(&f, "|");
    vg_fmt_long(&f, e->arrests.present ? e->arrests.min : -1, 0);
    size_t n = f.len < sizeof(buf) ? f.len : sizeof(buf) - 1;
    uint64_t h = vg_hash64(buf, n, 0x65766e74u);
    vg_fmt_init(&f, out, 17);
    vg_fmt_hex64(&f, h);
}
