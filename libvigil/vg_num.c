/*
 * vg_num.c - number expressions (see vg_num.h).
 *
 * A small left-to-right grammar: [qualifier] core [range-word core], where a
 * core is digits with thousands groups and an optional multiplier word, or a
 * run of number words combined the usual way (units add, "hundred"
 * multiplies the current group, "thousand"/"million" close a group).  All
 * words come from the lexicon; only separators are known here.
 */
#include "vg_num.h"
#include "vg_lex.h"
#include "vg_scan.h"
#include "vigil.h"

#include <string.h>

#define NUM_MAX 1000000000L

typedef struct sep {
    const char *s;
    size_t n;
} sep;

static int gap_is(const vg_scan *sc, size_t t, const sep *alts)
{
    size_t n;
    const char *g = vg_scan_gap(sc, t, &n);
    for (size_t i = 0; alts[i].s; i++)
        if (alts[i].n == n && memcmp(g, alts[i].s, n) == 0)
            return 1;
    return 0;
}

#define SEP(lit)                                                                                   \
    {                                                                                              \
        lit, sizeof(lit) - 1                                                                       \
    }
static const sep group_seps[] = {SEP(","), SEP("."), SEP(" "), SEP("\xc2\xa0"), SEP("\xe2\x80\xaf"),
                                 {NULL, 0}};
static const sep dec_seps[] = {SEP("."), SEP(","), {NULL, 0}};
static const sep dash_seps[] = {
    SEP("-"), SEP("\xe2\x80\x93"), SEP(" - "), SEP(" \xe2\x80\x93 "), {NULL, 0}};

static int is_group(const vg_scan *sc, size_t t)
{
    const vg_tok *k = &sc->tok[t];
    return (k->flags & VG_TF_DIGIT) && k->e - k->s == 3;
}

/* Digits core at t.  Returns the token after it, or t when none. */
static size_t digits_core(const vg_scan *sc, size_t t, size_t tend, long *v)
{
    if (!(sc->tok[t].flags & VG_TF_DIGIT))
        return t;
    long x = vg_scan_digits(sc, t);
    if (x < 0)
        return t;
    size_t i = t + 1;
    while (i < tend && is_group(sc, i) && gap_is(sc, i - 1, group_seps) && x < NUM_MAX / 1000) {
        x = x * 1000 + vg_scan_digits(sc, i);
        i++;
    }
    double frac = 0;
    size_t j = i;
    if (i == t + 1 && i + 1 < tend && (sc->tok[i].flags & VG_TF_DIGIT) &&
        gap_is(sc, i - 1, dec_seps) && sc->tok[i].e - sc->tok[i].s <= 2) {
        long f = vg_scan_digits(sc, i);
        frac = sc->tok[i].e - sc->tok[i].s == 1 ? f / 10.0 : f / 100.0;
        j = i + 1;
    }
    const vg_lex_entry *m;
    size_t e;
    if (j < tend && (m = vg_scan_lex(sc, j, VG_LX_NUM, &e)) && (m->flags & VG_LXF_MULT)) {
        double r = ((double)x + frac) * m->val;
        x = r > NUM_MAX ? NUM_MAX : (long)r;
        i = e;
    }
    *v = x;
    return i;
}

/* Number-word core at t. */
static size_t words_core(const vg_scan *sc, size_t t, size_t tend, long *v, int *flags)
{
    long total = 0, cur = 0, unit = 0; /* unit: the last word added, when below ten */
    size_t i = t, last = t;
    int any = 0;
    *flags = 0;
    while (i < tend) {
        size_t e;
        const vg_lex_entry *m = vg_scan_lex(sc, i, VG_LX_NUM, &e);
        if (!m && any && vg_scan_lex(sc, i, VG_LX_NUMJOIN, &e) && e < tend &&
            vg_scan_lex(sc, e, VG_LX_NUM, NULL)) {
            i = e;
            continue;
        }
        if (!m)
            break;
        if (m->flags & (VG_LXF_VAGUE | VG_LXF_APPROX)) {
            if (any)
                break;
            *flags = m->flags;
            *v = m->val;
            return e;
        }
        if (!(m->flags & VG_LXF_MULT) && unit)
            break; /* units do not add up: "à cinq" (folded "a", 1) is not six */
        unit = !(m->flags & VG_LXF_MULT) && m->val < 10 ? m->val : 0;
        if (m->flags & VG_LXF_MULT) {
            if (m->val >= 1000) {
                total += (cur ? cur : 1) * (long)m->val;
                cur = 0;
            } else {
                cur = (cur ? cur : 1) * m->val;
            }
        } else {
            cur += m->val;
        }
        if (total > NUM_MAX || cur > NUM_MAX)
            break;
        any = 1;
        i = last = e;
    }
    if (!any)
        return t;
    *v = total + cur;
    return last;
}

static size_t core(const vg_scan *sc, size_t t, size_t tend, long *v, int *flags, int *words)
{
    *flags = 0;
    *words = 0;
    if (t >= tend)
        return t;
    size_t e = digits_core(sc, t, tend, v);
    if (e > t)
        return e;
    e = words_core(sc, t, tend, v, flags);
    *words = e > t;
    return e;
}

int vg_num_at(const vg_scan *sc, size_t t, size_t tend, vg_num *out)
{
    memset(out, 0, sizeof(*out));
    if (tend > sc->ntok)
        tend = sc->ntok;
    if (t >= tend || !vg_num_may_start(sc, t))
        return 0;
    size_t i = t, e;
    int between = 0;
    if (vg_scan_lex(sc, i, VG_LX_BETWEEN, &e) && e < tend) {
        between = 1; /* "between 170 and 200", "entre 10 et 20" */
        i = e;
    }
    const vg_lex_entry *q = vg_scan_lex(sc, i, VG_LX_QUAL, &e);
    if (q && e < tend)
        i = e;
    long v, v2;
    int flags, words, f2, w2;
    size_t ce = core(sc, i, tend, &v, &flags, &words);
    if (ce == i)
        return 0;
    out->t0 = t;
    out->t1 = ce;
    out->min = out->max = v;
    out->words = words;
    out->qual = q ? q->val : VG_Q_EXACT;
    if (flags & VG_LXF_VAGUE) {
        out->vague = 1;
        out->max = -1;
        if (!q)
            out->qual = VG_Q_AT_LEAST;
    } else if ((flags & VG_LXF_APPROX) && !q) {
        out->qual = VG_Q_ABOUT;
    }
    if (out->qual == VG_Q_AT_LEAST || out->qual == VG_Q_OVER)
        out->max = -1;
    /* range: "10 to 20", "10-20", "11 au 12" */
    size_t r = ce;
    int dash = ce < tend && gap_is(sc, ce - 1, dash_seps) && (sc->tok[ce].flags & VG_TF_DIGIT);
    if (!dash && !(ce < tend && vg_scan_lex(sc, ce, VG_LX_RANGE, &r)) &&
        !(between && ce < tend && vg_scan_lex(sc, ce, VG_LX_NUMJOIN, &r)))
        return 1;
    size_t ce2 = core(sc, r, tend, &v2, &f2, &w2);
    if (ce2 > r && v2 > v && !f2) {
        out->max = v2;
        out->t1 = ce2;
    }
    return 1;
}
