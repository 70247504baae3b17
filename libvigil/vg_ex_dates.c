/*
 * vg_ex_dates.c - extraction stage: the dates of events.
 *
 * Where an event's date comes from, in order: the article's publication
 * date (the envelope's, else a dateline cue at the top of the page) and the
 * text's own year (its latest full date, else its latest year) anchor the
 * relative dates; a sentence's date is the most precise one it gives, never
 * the date a report was filed (a dateline) nor the start of a state
 * ("depuis le 21 février"); an undated incident takes its paragraph's date,
 * else the lead's day told against publication, else the month of
 * publication when only that is known; mentions merged into one incident
 * keep the most precise date, and mentions whose dates disagree are two
 * incidents.  Dates stay unknown rather than guessed.  Whether a date makes
 * an event background is the candidates' and merging's decision
 * (vg_ex_is_historical).
 */
#include "vg_ex.h"

#include <string.h>

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

/* The envelope's publication date, else a dateline at the top of the page
 * (a day, or only a month). */
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
        vg_date_dateline_prec(x->kb->dict, x->art->raw, x->art->raw_len, &d, &prec) == 0) {
        if (prec == VG_DP_DAY)
            x->pub = d;
        else
            x->pub_month = d; /* "date 2021-09": no day to resolve weekdays against */
    }
}

void vg_ex_article_dates(vg_ex_ctx *x)
{
    publication_date(x);
    reference_year(x);
}

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

int vg_ex_year_reference(vg_ex_ctx *x)
{
    if (x->pub.y)
        return 0;
    text_reference_date(x);
    if (!x->yref.y && (x->pub_month.y || x->ref_year))
        x->yref = (vg_ymd){x->pub_month.y ? x->pub_month.y : x->ref_year, 0, 0};
    return x->yref.y != 0;
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

void vg_ex_scan_dates(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    size_t next = s->t0; /* dates starting inside one already taken are skipped */
    for (size_t i = vg_ex_first_date(x, s->t0); i < x->ndates && x->dates[i].t0 < s->t1; i++) {
        const vg_dateval *d = &x->dates[i];
        if (d->t0 < next)
            continue;
        if (d->year_only && d->t0 > s->t0 && (x->sc.tok[d->t0 - 1].flags & VG_TF_DIGIT))
            continue;
        if ((d->t1 > d->t0 && vg_ex_agency_gap(&x->sc, d->t1 - 1, s->t1)) ||
            dateline_date(&x->sc, s, d))
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

void vg_ex_set_date(const vg_ex_ctx *x, vg_ex_cand *c, const vg_dateval *d)
{
    c->has_date = d->prec != VG_DP_UNKNOWN;
    c->date = *d;
    vg_ymd_format(&d->v, d->prec, c->ev.date.value, sizeof(c->ev.date.value));
    c->ev.date.precision =
        d->prec >= 0 && d->prec <= VG_DP_DAY ? (vg_date_prec)d->prec : VG_DP_UNKNOWN;
    vg_ex_copy_tokens(x, d->t0, d->t1, c->ev.date.text, sizeof(c->ev.date.text));
}

/* The first month- or day-precise date of the paragraph starting at
 * sentence k0 (at most 400 tokens past token lim) dates c unless that
 * date is background; 1 when the paragraph had one.  In the lead only a
 * day told against the publication date counts ("on Tuesday"): an
 * absolute date there is as often a page stamp. */
static int para_date(const vg_ex_ctx *x, size_t k0, size_t lim, int lead, vg_ex_cand *c)
{
    const vg_scan *sc = &x->sc;
    for (size_t k = k0; k < sc->nsent && sc->sent[k].para == sc->sent[k0].para; k++) {
        const vg_sent *o = &sc->sent[k];
        if (o->t0 > lim + 400)
            break;
        size_t next = o->t0;
        for (size_t i = vg_ex_first_date(x, o->t0); i < x->ndates && x->dates[i].t0 < o->t1; i++) {
            if (x->dates[i].t0 < next)
                continue;
            vg_dateval d = x->dates[i];
            if (d.prec < (lead ? VG_DP_DAY : VG_DP_MONTH) || d.year_only || (lead && !d.relative) ||
                (d.t1 > d.t0 && vg_ex_agency_gap(sc, d.t1 - 1, o->t1))) {
                next = d.t1;
                continue;
            }
            vg_ex_cand tmp = *c;
            vg_ex_set_date(x, &tmp, &d);
            if (tmp.has_date && !vg_ex_is_historical(x, &(vg_ex_sent){0}, &tmp))
                vg_ex_set_date(x, c, &d);
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
    context_date(x, s, c);
    if (!c->has_date && x->pub_month.y && !c->ev.historical) {
        /* only the month of publication is known: a current event
         * without a date of its own is dated to it */
        vg_dateval d = {.v = x->pub_month, .prec = VG_DP_MONTH, .has_year = 1};
        vg_ex_set_date(x, c, &d);
    }
}

int vg_ex_dates_compatible(const vg_ex_cand *a, const vg_ex_cand *b)
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

void vg_ex_merge_date(const vg_ex_ctx *x, vg_ex_cand *dst, const vg_ex_cand *src)
{
    if (src->has_date && (!dst->has_date || src->date.prec > dst->date.prec))
        vg_ex_set_date(x, dst, &src->date);
}
