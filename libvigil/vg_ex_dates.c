/*
 * vg_ex_dates.c - extraction stage: the dates of events.
 *
 * What anchors a relative date: the article's publication date (the
 * envelope's, else a dateline cue at the top of the page, else a wire
 * dateline with a full date, "NIAMEY, July 28, 2023 (Reuters) -").  Nothing
 * else is "now": without one, "on Tuesday" or "last month" stays unknown,
 * and a day written without its year ("le 26 juillet") takes the year the
 * text puts in force around it (a month or day of a year earlier in its
 * paragraph, a full date told within two months of it), else stays unknown.
 *
 * Which date is an event's: each date of its sentence is weighed by what it
 * hangs on (date_role): a date on the event's own trigger or death cue
 * ("the attack of Monday", "Monday's attack", "killed last week") or on
 * nothing in particular is the event's; a date on a speech or claim verb
 * ("said on Tuesday", "a revendiqué jeudi") is only the day it was told,
 * used when nothing better is known; a date on another act told after the
 * event's trigger ("arrested ... in connection with the plot foiled on 27
 * September") is that act's, never this event's.  Among dates of one
 * standing the most precise wins; never the date a report was filed (a
 * dateline) nor the start of a state ("depuis le 21 février").  A range
 * gives its first day ("between 3 and 5 May"); a coder's "(month of)" or
 * "(week of)" lowers the precision.  An undated incident takes its
 * paragraph's date, else the lead's day told against publication, else the
 * month of publication when only that is known, unless its own sentence
 * gave a date that nothing anchors: it stays unknown rather than borrow
 * one.  Mentions merged into one incident keep the best date; a told day
 * is compatible with any event day up to two weeks before it.
 * Whether a date makes an event background is the candidates' and
 * merging's decision (vg_ex_is_historical); vg_ex_date_age gives them the
 * distance to publication.
 */
#include "vg_ex.h"

#include <string.h>

#define LINK_MAX 2       /* link words ("on the", "de") between a date and what it hangs on */
#define HEAD_MAX 4       /* tokens of a trigger or speech phrase ending before a date */
#define CLAIM_GAP 3      /* tokens between a claim verb and the act it claims */
#define TOLD_AFTER 14    /* days after an event it may still be told or claimed */
#define CONTEXT_DATES 64 /* full dates tried as the year context of a year-less date */
#define TOLD_SPAN 400    /* tokens back to the date "the next day" follows */
#define ANNIV_YEARS 10   /* "N years after <date>" tells the time of writing up to this N */
#define ANNIV_GAP 8      /* tokens between "N years after" and its date */

/* How a date stands to an event (date_role). */
enum {
    DR_OTHER = 0,    /* another act's date: never this event's */
    DR_SPEECH = 1,   /* the day something was said or claimed */
    DR_FREE = 2,     /* on nothing in particular */
    DR_OWN = 3,      /* on the event's own trigger or cue */
    DR_BORROWED = 8, /* or-ed in: taken from the context (another sentence) */
};

/* ---------------------------------------------------------------- publication */

/* The latest year the text names when the publication date is unknown. */
static void reference_year(vg_ex_ctx *x)
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

/* Is d the date a report was filed: a dateline, or a date before an agency
 * in brackets ("Ouagadougou, Aug 19, 2019 (AFP)")? */
static int filed_date(const vg_scan *sc, const vg_sent *s, const vg_dateval *d)
{
    return (d->t1 > d->t0 && vg_ex_agency_gap(sc, d->t1 - 1, s->t1)) || dateline_date(sc, s, d);
}

/* A wire dateline with a full date in the first sentences ("NIAMEY, July
 * 28, 2023 (Reuters) -"): the day the report was filed, which is its
 * publication date. */
static int wire_dateline(const vg_ex_ctx *x, vg_ymd *out)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = 0; k < sc->nsent && k < 3; k++) {
        const vg_sent *s = &sc->sent[k];
        for (size_t t = s->t0 + 1; t <= s->t0 + 3 && t < s->t1; t++) {
            vg_dateval d;
            if (!vg_date_may_start(sc, t) || !vg_date_at(sc, t, s->t1, NULL, NULL, &d))
                continue;
            if (d.prec == VG_DP_DAY && d.has_year && d.t0 > s->t0 && filed_date(sc, s, &d)) {
                *out = d.v;
                return 1;
            }
            break;
        }
    }
    return 0;
}

/* The envelope's publication date, else a dateline at the top of the page
 * (a day, or only a month), else a wire dateline's full date. */
static void publication_date(vg_ex_ctx *x)
{
    memset(&x->pub, 0, sizeof(x->pub));
    if (x->art && x->art->published && vg_ymd_parse(x->art->published, &x->pub) == 0)
        return;
    memset(&x->pub, 0, sizeof(x->pub));
    memset(&x->pub_month, 0, sizeof(x->pub_month));
    int prec;
    vg_ymd d;
    if (x->art && x->art->raw && x->art->raw_len &&
        vg_date_dateline_cued(x->kb->dict, vg_lex_dateline_cues(x->kb->lex), x->art->raw,
                              x->art->raw_len, &d, &prec) == 0) {
        if (prec == VG_DP_DAY) {
            x->pub = d;
            return;
        }
        x->pub_month = d; /* "date 2021-09": no day to resolve weekdays against */
    }
    if (wire_dateline(x, &d)) {
        x->pub = d;
        memset(&x->pub_month, 0, sizeof(x->pub_month));
    }
}

void vg_ex_article_dates(vg_ex_ctx *x)
{
    publication_date(x);
    reference_year(x);
}

/* ---------------------------------------------------------------- year context */

/* The latest full date (with year) written in the text. */
static void text_reference_date(vg_ex_ctx *x)
{
    memset(&x->yref, 0, sizeof(x->yref));
    for (size_t i = 0; i < x->ndates; i++) {
        const vg_dateval *d = &x->dates[i];
        if (d->prec == VG_DP_DAY && d->has_year &&
            (!x->yref.y || vg_ymd_days(&d->v) > vg_ymd_days(&x->yref)))
            x->yref = d->v;
    }
}

static size_t sent_end(const vg_ex_ctx *x, size_t t)
{
    return x->sc.sent[x->sc.tok[t].sent].t1;
}

static uint32_t para_of(const vg_ex_ctx *x, size_t t)
{
    return x->sc.sent[x->sc.tok[t].sent].para;
}

/* The date at dates[i] parsed again with ref as its year context; 1 when
 * that gives it a known value (into *out). */
static int with_context(const vg_ex_ctx *x, size_t i, const vg_ymd *ref, vg_dateval *out)
{
    size_t t = x->dates[i].t0;
    return vg_date_at_num(&x->sc, t, sent_end(x, t), &x->pub, ref, vg_ex_num_at(x, t), out) &&
           out->prec != VG_DP_UNKNOWN;
}

/* The year context of the year-less date at dates[i]: a month or day of a
 * year told before it in its paragraph puts that year in force (a day only
 * when near it); else the full dates of the text, nearest first in the
 * text, each taken only when the date falls near it; else the month of
 * publication.  1 when one gave it a value (into *out). */
static int resolve_year(const vg_ex_ctx *x, size_t i, vg_dateval *out)
{
    uint32_t para = para_of(x, x->dates[i].t0);
    for (size_t j = i; j-- > 0 && para_of(x, x->dates[j].t0) == para;) {
        const vg_dateval *c = &x->dates[j];
        if (!c->has_year || c->year_only || c->prec < VG_DP_MONTH ||
            (j > 0 && x->dates[j - 1].t1 > c->t0))
            continue; /* "février 2021" inside "21 février 2021" is no date of its own */
        vg_ymd ref = c->prec == VG_DP_MONTH ? (vg_ymd){c->v.y, 0, 0} : c->v;
        if (with_context(x, i, &ref, out))
            return 1;
        break;
    }
    size_t lo = i, hi = i + 1; /* full dates outward from i, nearest in the text first */
    for (int tried = 0; tried < CONTEXT_DATES && (lo > 0 || hi < x->ndates);) {
        size_t j;
        if (hi >= x->ndates ||
            (lo > 0 && x->dates[i].t0 - x->dates[lo - 1].t0 <= x->dates[hi].t0 - x->dates[i].t0))
            j = --lo;
        else
            j = hi++;
        const vg_dateval *c = &x->dates[j];
        if (c->prec != VG_DP_DAY || !c->has_year)
            continue;
        tried++;
        if (with_context(x, i, &c->v, out))
            return 1;
    }
    if (x->pub_month.y) {
        vg_ymd ref = {x->pub_month.y, x->pub_month.m, 0};
        return with_context(x, i, &ref, out);
    }
    size_t t = x->dates[i].t0, e;
    if (vg_ex_lex(x, t, VG_LX_DMOD, &e))
        t = e;
    if (x->ref_year && vg_ex_lex(x, t, VG_LX_WDAY, NULL)) {
        /* "lundi 21 octobre": the weekday picks the year next to the
         * latest the text names, if one of them fits (only one can) */
        vg_ymd ref = {x->ref_year, 0, 0};
        return with_context(x, i, &ref, out);
    }
    return 0;
}

/* "La veille", "the next day", "two days later" at dates[i]: from the
 * nearest date told before it (in its paragraph or the one before, known to
 * the month at least), else, for a day before, from publication ("la
 * veille" in a lead).  Dates are resolved in text order, so a chain ("On 12
 * May ... the next day ... two days later") follows on. */
static void resolve_told(vg_ex_ctx *x, size_t i)
{
    vg_dateval *d = &x->dates[i];
    uint32_t para = para_of(x, d->t0);
    for (size_t j = i; j-- > 0;) {
        const vg_dateval *c = &x->dates[j];
        if (para_of(x, c->t0) + 1 < para || d->t0 - c->t0 > TOLD_SPAN)
            break;
        if (c->prec < VG_DP_MONTH || c->year_only || (j > 0 && x->dates[j - 1].t1 > c->t0))
            continue;
        if (vg_date_from(d, &c->v, c->prec))
            return;
        break;
    }
    if (d->told_off < 0 && x->pub.y)
        vg_date_from(d, &x->pub, VG_DP_DAY);
}

/* Without a publication date: the text's reference date and the year of
 * each year-less date from its context. */
static void year_context(vg_ex_ctx *x)
{
    text_reference_date(x);
    if (!x->yref.y && (x->pub_month.y || x->ref_year))
        x->yref = (vg_ymd){x->pub_month.y ? x->pub_month.y : x->ref_year, 0, 0};
    for (size_t i = 0; i < x->ndates; i++) {
        const vg_dateval *d = &x->dates[i];
        vg_dateval v;
        if (d->prec == VG_DP_UNKNOWN && !d->told_unit && resolve_year(x, i, &v))
            x->dates[i] = v; /* starts at the same token: yref never decides that */
    }
}

/* Without a publication date, "three years after the coup of 5 September
 * 2021" says when the text was written: 2024 at least (ANNIV_YEARS at
 * most, so that "sentenced to 20 years after" says nothing). */
static void anniversary_year(vg_ex_ctx *x)
{
    for (size_t i = 0; i < x->ndates; i++) {
        const vg_dateval *d = &x->dates[i];
        if (!d->to_now || d->told_unit != VG_DU_YEAR || d->told_off < 1 ||
            d->told_off > ANNIV_YEARS)
            continue;
        for (size_t j = i + 1; j < x->ndates && x->dates[j].t0 <= d->t1 + ANNIV_GAP; j++) {
            const vg_dateval *c = &x->dates[j];
            if (x->sc.tok[c->t0].sent != x->sc.tok[d->t0].sent)
                break;
            if (c->has_year && c->prec != VG_DP_UNKNOWN) {
                if (c->v.y + d->told_off > x->ref_year)
                    x->ref_year = c->v.y + d->told_off;
                break;
            }
        }
    }
}

void vg_ex_date_context(vg_ex_ctx *x)
{
    if (!x->pub.y) {
        anniversary_year(x);
        year_context(x);
    }
    for (size_t i = 0; i < x->ndates; i++)
        if (x->dates[i].told_unit && !x->dates[i].to_now && x->dates[i].prec == VG_DP_UNKNOWN)
            resolve_told(x, i);
}

/* ---------------------------------------------------------------- what a date hangs on */

/* "since"/"depuis" (and an article) before the date at t0: when a state
 * began ("au pouvoir depuis le 21 février 2021"), not when the event was. */
static int since_date(const vg_ex_ctx *x, const vg_sent *s, size_t t0)
{
    for (size_t k = t0; k-- > s->t0 && k + 3 > t0;) {
        if (vg_ex_is_word(x, k, VG_LX_SINCE))
            return 1;
        if (!vg_ex_is_word(x, k, VG_LX_DET))
            return 0;
    }
    return 0;
}

/* A word that links a date to what it hangs on: an article or a
 * preposition ("on", "of the", "de", "in"). */
static int link_word(const vg_ex_ctx *x, size_t k)
{
    return vg_ex_is_word(x, k, VG_LX_DET) || vg_ex_is_word(x, k, VG_LX_OBJPREP) ||
           vg_ex_is_word(x, k, VG_LX_GENPREP) || vg_ex_lex(x, k, VG_LX_LOCPREP, NULL);
}

/* Punctuation between tokens k and k + 1 that ends a phrase (not an
 * apostrophe or a hyphen). */
static int phrase_break(const vg_scan *sc, size_t k)
{
    size_t gl;
    const char *g = vg_scan_gap(sc, k, &gl);
    for (size_t i = 0; i < gl; i++)
        if (strchr(",;:()[]\"", g[i]) || (unsigned char)g[i] == 0xE2)
            return 1;
    return 0;
}

/* A since-date at t0 after the act's trigger at trig, in a phrase of its
 * own (punctuation between them). */
static int since_apart(const vg_ex_ctx *x, size_t trig, size_t t0)
{
    for (size_t k = trig; k + 1 < t0; k++)
        if (phrase_break(&x->sc, k))
            return 1;
    return 0;
}

/* A mark of kind ending right at token p (starting at lo or after), into
 * *start; NULL when none. */
static const vg_lex_entry *mark_ending(const vg_ex_ctx *x, size_t p, size_t lo, int kind,
                                       size_t *start)
{
    for (size_t t = p; t-- > lo && t + HEAD_MAX >= p;) {
        size_t e;
        const vg_lex_entry *m = vg_ex_lex(x, t, kind, &e);
        if (m && e == p) {
            *start = t;
            return m;
        }
    }
    return NULL;
}

/* A speech or claim phrase ("said", "a annoncé", "claimed") ends right at
 * token p. */
static int speech_ends(const vg_ex_ctx *x, size_t p, size_t lo)
{
    size_t st;
    const vg_lex_entry *c = mark_ending(x, p, lo, VG_LX_CLAIM, &st);
    return (c && c->val != VG_CL_BEFORE) || vg_ex_word_ends(x, p, VG_LX_SPEECH);
}

/* A speech or claim phrase starts at token t ("police on Tuesday said"). */
static int speech_starts(const vg_ex_ctx *x, size_t t)
{
    const vg_lex_entry *c = vg_ex_lex(x, t, VG_LX_CLAIM, NULL);
    return (c && c->val != VG_CL_BEFORE) || vg_ex_word(x, t, 1, VG_LX_SPEECH) ||
           vg_ex_word(x, t, 2, VG_LX_SPEECH);
}

/* The event type an act's word at [t, ...) stands for, or -1: a trigger or
 * subtype cue its type, a death or killing cue the violent types (as
 * VG_EV_ATTACK_ON_CIVILIANS), an arrest cue arrests, an accident or a
 * disaster none (VG_EV__COUNT). */
static int act_type(const vg_ex_ctx *x, size_t t, size_t *end)
{
    const vg_lex_entry *m;
    if ((m = vg_ex_lex(x, t, VG_LX_TRIG, end)) != NULL || (m = vg_ex_lex(x, t, VG_LX_SUBCUE, end)))
        return m->type;
    if (vg_ex_lex(x, t, VG_LX_DEATH, end) || vg_ex_lex(x, t, VG_LX_KILL, end))
        return VG_EV_ATTACK_ON_CIVILIANS;
    if (vg_ex_lex(x, t, VG_LX_ARRESTN, end))
        return VG_EV_ARREST;
    if (vg_ex_lex(x, t, VG_LX_MISHAP, end))
        return VG_EV__COUNT; /* "les inondations de juin": no event's */
    return -1;
}

/* The act's word ending right at token p (starting at lo or after): its
 * type, its start into *start; -1 when none. */
static int act_ending(const vg_ex_ctx *x, size_t p, size_t lo, size_t *start)
{
    for (size_t t = p; t-- > lo && t + HEAD_MAX >= p;) {
        size_t e;
        int ty = act_type(x, t, &e);
        if (ty >= 0 && e == p) {
            *start = t;
            return ty;
        }
    }
    return -1;
}

/* Can an act's word of type a name the event of type b?  The same type;
 * any violent word a violent event or a riot (its typing may differ). */
static int same_act(int a, int b)
{
    if (a == b)
        return 1;
    int va = vg_ex_violent((vg_event_type)a), vb = vg_ex_violent((vg_event_type)b);
    return va && (vb || b == VG_EV_RIOT);
}

/* The act the word at h names is claimed: a claim verb stands right
 * before it ("claimed the attack on Thursday": the date is the claim's). */
static int claimed_act(const vg_ex_ctx *x, const vg_sent *s, size_t h)
{
    for (size_t p = h; p > s->t0 && p + CLAIM_GAP >= h; p--) {
        size_t st;
        const vg_lex_entry *c = mark_ending(x, p, s->t0, VG_LX_CLAIM, &st);
        if (c && c->val == VG_CL_RESP)
            return 1; /* "claimed (responsibility for) the attack" */
        if (phrase_break(&x->sc, p - 1))
            return 0;
    }
    return 0;
}

/* The first token of a range whose last date starts at t ("de juin à
 * août", "from 3 to 5 May"): what the range hangs on stands before it. */
static size_t range_first(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    size_t e;
    if (t < s->t0 + 2 || !(vg_ex_lex(x, t - 1, VG_LX_RANGE, &e) && e == t))
        return t;
    for (size_t k = t - 1; k-- > s->t0 && k + 4 > t;) {
        const vg_dateval *o = vg_ex_date_at(x, k);
        if (o && o->t1 == t - 1)
            return k;
    }
    return t;
}

/* How the date d of sentence s stands to an event of type (its trigger at
 * trig), or, with type < 0, to the sentence's events in general (a speech
 * date or not).  See DR_*. */
static int date_role(const vg_ex_ctx *x, const vg_sent *s, const vg_dateval *d, int type,
                     size_t trig)
{
    const vg_scan *sc = &x->sc;
    int ty = -1, of = 0; /* of: a genitive links it ("l'attaque de lundi") */
    size_t h = 0, e, p0 = range_first(x, s, d->t0);
    /* what stands before it: "said on", "l'attaque de", "killed last week" */
    for (size_t p = p0, n = 0; p > s->t0 && n <= LINK_MAX; p--, n++) {
        if (phrase_break(sc, p - 1))
            break;
        if (speech_ends(x, p, s->t0))
            return DR_SPEECH;
        if ((ty = act_ending(x, p, s->t0, &h)) >= 0)
            break;
        if (!link_word(x, p - 1))
            break;
        of |= vg_ex_is_word(x, p - 1, VG_LX_GENPREP);
    }
    if (ty >= 0 && type >= 0 && !of && same_act(ty, type) && claimed_act(x, s, h))
        return DR_SPEECH; /* "claimed the attack on Thursday", not "the attack of Monday" */
    /* what follows it: "Monday's attack", "the 12 March attack", "police on
     * Tuesday said" */
    size_t a = d->t1;
    if (ty < 0 && a < s->t1 && !phrase_break(sc, a - 1)) {
        if (vg_ex_possessive(x, a))
            a++;
        if (speech_starts(x, a))
            return DR_SPEECH;
        if ((ty = act_type(x, a, &e)) >= 0)
            h = a;
    }
    if (ty < 0 || type < 0)
        return DR_FREE;
    if (same_act(ty, type))
        return DR_OWN;
    return h > trig ? DR_OTHER : DR_FREE; /* "arrested ... over the plot foiled on" */
}

/* ---------------------------------------------------------------- a sentence's dates */

/* "between 3 and 5 May", "entre le 3 et le 5 mai": the first day of the
 * range ending with d. */
static void range_start(const vg_ex_ctx *x, const vg_sent *s, vg_dateval *d)
{
    size_t k = d->t0;
    if (d->prec != VG_DP_DAY || k < s->t0 + 3)
        return;
    if (vg_ex_is_word(x, k - 1, VG_LX_DET))
        k--;
    if (!vg_ex_lex(x, k - 1, VG_LX_NUMJOIN, NULL) && !vg_ex_lex(x, k - 1, VG_LX_RANGE, NULL))
        return;
    k--;
    const vg_num *n = NULL;
    for (size_t j = k; j-- > s->t0 && j + 2 >= k && !n;)
        if ((n = vg_ex_num_at(x, j)) != NULL && n->t1 != k)
            n = NULL;
    if (!n || n->words || n->min != n->max || n->min < 1 || n->min >= d->v.d)
        return;
    size_t b = n->t0;
    if (b > s->t0 && vg_ex_is_word(x, b - 1, VG_LX_DET))
        b--;
    if (b <= s->t0 || !vg_ex_lex(x, b - 1, VG_LX_BETWEEN, NULL))
        return;
    d->v.d = (int)n->min;
    d->t0 = b - 1;
}

/* A coder's "(month of)" or "(week of)" after the date: what it knows. */
static void stated_precision(const vg_ex_ctx *x, const vg_sent *s, vg_dateval *d)
{
    size_t gl;
    if (d->prec != VG_DP_DAY || d->t1 >= s->t1)
        return;
    const char *g = vg_scan_gap(&x->sc, d->t1 - 1, &gl);
    const vg_lex_entry *u = memchr(g, '(', gl) ? vg_ex_lex(x, d->t1, VG_LX_DUNIT, NULL) : NULL;
    if (u && u->val == VG_DU_MONTH) {
        d->prec = VG_DP_MONTH;
        d->v.d = 1;
    } else if (u && u->val == VG_DU_WEEK) {
        d->prec = VG_DP_WEEK;
    }
}

/* Is a date of standing role better than the current best (of cur_role)? */
static int better(const vg_dateval *d, int role, const vg_dateval *cur, int cur_role, int have)
{
    if (!have || role != cur_role)
        return !have || role > cur_role;
    return (cur->year_only && !d->year_only) ||
           (cur->prec == VG_DP_UNKNOWN && d->prec != VG_DP_UNKNOWN) ||
           (d->has_year && !d->year_only && !cur->has_year && cur->prec <= d->prec);
}

/* The best date of sentence s for an event of type (trigger at trig), or,
 * with type < 0, for the sentence: into *out with its role; 0 when none. */
static int pick_date(const vg_ex_ctx *x, const vg_sent *s, int type, size_t trig, vg_dateval *out,
                     int *role)
{
    size_t next = s->t0; /* dates starting inside one already taken are skipped */
    int have = 0, seen = 0;
    for (size_t i = vg_ex_first_date(x, s->t0); i < x->ndates && x->dates[i].t0 < s->t1; i++) {
        vg_dateval d = x->dates[i];
        if (d.t0 < next)
            continue;
        if (d.year_only && d.t0 > s->t0 && (x->sc.tok[d.t0 - 1].flags & VG_TF_DIGIT))
            continue;
        if (filed_date(&x->sc, s, &d) || d.to_now)
            continue; /* "Ouagadougou, Aug 19, 2019 (AFP)": when it was filed */
        next = d.t1;
        int r;
        if (since_date(x, s, d.t0)) {
            if (seen++)
                continue; /* the sentence's own date stays */
            /* when a state told apart from the act began is no event's date
             * ("renversé le président, au pouvoir depuis le 21 février
             * 2021"); a since-date over the act's clause is when it began
             * ("Since June, protesters have poured ...") */
            r = type >= 0 && since_apart(x, trig, d.t0) ? DR_OTHER : DR_FREE;
        } else {
            seen++;
            r = date_role(x, s, &d, type, trig);
        }
        if (r == DR_OTHER)
            continue;
        range_start(x, s, &d);
        stated_precision(x, s, &d);
        if (better(&d, r, out, *role, have)) {
            *out = d;
            *role = r;
            have = 1;
        }
    }
    return have;
}

void vg_ex_scan_dates(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    int role = 0;
    si->has_date = pick_date(x, s, -1, 0, &si->date, &role);
}

/* ---------------------------------------------------------------- an event's date */

/* The latest day a date may mean: the last of its year or month. */
static vg_ymd last_day(const vg_dateval *d)
{
    if (d->prec == VG_DP_YEAR)
        return (vg_ymd){d->v.y, 12, 31};
    if (d->prec != VG_DP_MONTH)
        return d->v;
    vg_ymd next = {d->v.m == 12 ? d->v.y + 1 : d->v.y, d->v.m == 12 ? 1 : d->v.m + 1, 1};
    return vg_ymd_from_days(vg_ymd_days(&next) - 1);
}

void vg_ex_set_date(const vg_ex_ctx *x, vg_ex_cand *c, const vg_dateval *d)
{
    c->has_date = d->prec != VG_DP_UNKNOWN;
    c->date = *d;
    vg_ymd_format(&d->v, d->prec, c->ev.date.value, sizeof(c->ev.date.value));
    c->ev.date.precision =
        d->prec >= 0 && d->prec <= VG_DP_DAY ? (vg_date_prec)d->prec : VG_DP_UNKNOWN;
    vg_ex_copy_tokens(x, d->t0, d->t1, c->ev.date.text, sizeof(c->ev.date.text));
}

void vg_ex_event_date(const vg_ex_ctx *x, const vg_sent *s, const vg_ex_sent *si, int type,
                      vg_ex_cand *c)
{
    vg_dateval d;
    int role = 0;
    if (pick_date(x, s, type, si->trig_t[type], &d, &role)) {
        vg_ex_set_date(x, c, &d);
        c->date_role = role;
    } else {
        c->ev.date.precision = VG_DP_UNKNOWN;
    }
}

long vg_ex_date_age(const vg_ex_ctx *x, const vg_dateval *d)
{
    if (!x->pub.y || d->prec == VG_DP_UNKNOWN || !d->v.y)
        return VG_EX_AGE_UNKNOWN;
    vg_ymd last = last_day(d);
    return vg_ymd_days(&x->pub) - vg_ymd_days(&last);
}

/* The candidate's date is only the day something was told. */
static int told(const vg_ex_cand *c)
{
    return (c->date_role & ~DR_BORROWED) == DR_SPEECH;
}

/* How good a merged mention's date is: its own sentence's (3), the day its
 * own sentence was told (2), borrowed from the context (1). */
static int date_rank(const vg_ex_cand *c)
{
    return (c->date_role & DR_BORROWED) ? 1 : told(c) ? 2 : 3;
}

/* A day something was told (speech date s) can follow the event (date e)
 * by up to TOLD_AFTER days. */
static int told_after(const vg_ex_cand *s, const vg_ex_cand *e)
{
    if (s->date.prec < VG_DP_WEEK || e->date.prec < VG_DP_MONTH)
        return 0;
    vg_ymd last = last_day(&e->date);
    long told = vg_ymd_days(&s->date.v);
    return told - vg_ymd_days(&e->date.v) >= -3 && told - vg_ymd_days(&last) <= TOLD_AFTER;
}

/* The first month- or day-precise date of the paragraph starting at
 * sentence k0 (at most 400 tokens past token lim; the candidate's own
 * sentence aside) dates c unless that date is background; 1 when the
 * paragraph had one.  In the lead only a day told against the publication
 * date counts ("on Tuesday"): an absolute date there is as often a page
 * stamp. */
static int para_date(const vg_ex_ctx *x, size_t k0, size_t lim, int lead, vg_ex_cand *c)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = k0; k < sc->nsent && sc->sent[k].para == sc->sent[k0].para; k++) {
        const vg_sent *o = &sc->sent[k];
        if (o->t0 > lim + 400)
            break;
        if (k == c->sent)
            continue;
        size_t next = o->t0;
        for (size_t i = vg_ex_first_date(x, o->t0); i < x->ndates && x->dates[i].t0 < o->t1; i++) {
            const vg_dateval *d = &x->dates[i];
            if (d->t0 < next)
                continue;
            next = d->t1;
            if (d->prec < (lead ? VG_DP_DAY : VG_DP_MONTH) || d->year_only ||
                (lead && !d->relative) || filed_date(sc, o, d))
                continue;
            int r = date_role(x, o, d, c->ev.type, 0);
            if (r == DR_OTHER)
                continue; /* another kind of act's ("les inondations de juin") */
            vg_ex_cand tmp = *c;
            vg_ex_set_date(x, &tmp, d);
            if (tmp.has_date && !vg_ex_is_historical(x, &(vg_ex_sent){0}, &tmp)) {
                vg_ex_set_date(x, c, d);
                c->date_role = r | DR_BORROWED;
            }
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
static void context_date(const vg_ex_ctx *x, const vg_sent *s, vg_ex_cand *c)
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

void vg_ex_context_date(const vg_ex_ctx *x, const vg_sent *s, vg_ex_cand *c)
{
    if ((!c->has_date && c->ev.date.text[0]) || (c->another && c->has_date))
        return; /* its own date, which nothing anchors: unknown, not borrowed; or
                 * "another attack": the paragraph's date is the first one's */
    if (c->has_date && !told(c))
        return;
    vg_ex_cand alt = *c;
    memset(&alt.date, 0, sizeof(alt.date));
    alt.has_date = 0;
    context_date(x, s, &alt);
    if (alt.has_date && !told(&alt) && (!c->has_date || told_after(c, &alt))) {
        *c = alt; /* a day told of the event beats the day it was told */
        return;
    }
    if (c->has_date)
        return;
    *c = alt;
    if (!c->has_date && x->pub_month.y && !c->ev.historical) {
        /* only the month of publication is known: a current event
         * without a date of its own is dated to it */
        vg_dateval d = {.v = x->pub_month, .prec = VG_DP_MONTH, .has_year = 1};
        vg_ex_set_date(x, c, &d);
        c->date_role = DR_FREE | DR_BORROWED;
    }
}

/* ---------------------------------------------------------------- merging */

int vg_ex_dates_compatible(const vg_ex_cand *a, const vg_ex_cand *b)
{
    if (!a->has_date || !b->has_date)
        return 1;
    if ((told(a) && !told(b) && told_after(a, b)) || (told(b) && !told(a) && told_after(b, a)))
        return 1;
    int p = a->date.prec < b->date.prec ? a->date.prec : b->date.prec;
    if (p >= VG_DP_WEEK) {
        /* two days each mention's own sentence gives: a night across
         * midnight apart at most ("On Friday ... On Sunday, gunmen ..." are
         * two incidents); else the scorer's three days */
        long d = vg_ymd_days(&a->date.v) - vg_ymd_days(&b->date.v),
             near = p == VG_DP_DAY && date_rank(a) == 3 && date_rank(b) == 3 ? 1 : 3;
        return d >= -near && d <= near;
    }
    if (a->date.v.y != b->date.v.y)
        return 0;
    return p == VG_DP_YEAR || a->date.v.m == b->date.v.m;
}

void vg_ex_merge_date(const vg_ex_ctx *x, vg_ex_cand *dst, const vg_ex_cand *src)
{
    if (!src->has_date)
        return;
    int rs = date_rank(src), rd = date_rank(dst);
    if (!dst->has_date || rs > rd || (rs == rd && src->date.prec > dst->date.prec)) {
        vg_ex_set_date(x, dst, &src->date);
        dst->date_role = src->date_role;
    }
}
