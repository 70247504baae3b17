/*
 * vg_date.c - date expressions (see vg_date.h).
 *
 * Each form is a tiny parser over tokens that returns the token after what
 * it recognised (or its start when it did not match); vg_date_at tries them
 * in order from the most specific.  Calendar arithmetic uses day numbers
 * (civil-from-days), so "three days ago" across a month or year boundary is
 * exact.  Month, weekday, unit and cue words all come from the lexicon.
 */
#include "vg_date.h"
#include "vg_dict.h"
#include "vg_fmt.h"
#include "vg_lex.h"
#include "vg_num.h"
#include "vg_scan.h"
#include "vigil.h"

#include <stdio.h>
#include <string.h>

long vg_ymd_days(const vg_ymd *d)
{
    long y = d->y - (d->m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (d->m + (d->m > 2 ? -3 : 9)) + 2) / 5 + d->d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

vg_ymd vg_ymd_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (vg_ymd){(int)(y + (m <= 2)), m, d};
}

int vg_ymd_wday(const vg_ymd *d)
{
    long z = vg_ymd_days(d); /* 1970-01-01 was a Thursday (4) */
    long w = (z % 7 + 7 + 3) % 7;
    return (int)w + 1;
}

static int mdays(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return n[m - 1];
}

static int valid(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

/* "DDDD-DD-DD": the usual form, read without sscanf (same result). */
static int plain_ymd(const char *s, int *y, int *m, int *d)
{
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9'))
            return 0;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return 1;
}

int vg_ymd_parse(const char *s, vg_ymd *out)
{
    int y, m, d;
    char tail;
    if (!s || strlen(s) < 10 ||
        (!plain_ymd(s, &y, &m, &d) && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) < 3) ||
        !valid(y, m, d))
        return -1;
    *out = (vg_ymd){y, m, d};
    return 0;
}

void vg_ymd_format(const vg_ymd *d, int prec, char *out, size_t cap)
{
    vg_fmt f; /* "%04d-%02d-%02d" and its prefixes, without stdio */
    vg_fmt_init(&f, out, cap);
    if (!d->y || prec == VG_DP_UNKNOWN)
        return;
    vg_fmt_long(&f, d->y % 10000, 4);
    if (prec == VG_DP_YEAR)
        return;
    vg_fmt_str(&f, "-");
    vg_fmt_long(&f, d->m % 100, 2);
    if (prec == VG_DP_MONTH)
        return;
    vg_fmt_str(&f, "-");
    vg_fmt_long(&f, d->d % 100, 2);
}

#define NEAR_DAYS 62 /* a year-less date this near a full date the text gives takes its year */

static int has_pub(const vg_ymd *pub)
{
    return pub && pub->y;
}

static int gap_has(const vg_scan *sc, size_t t, char c, size_t maxlen)
{
    size_t n;
    const char *g = vg_scan_gap(sc, t, &n);
    return n <= maxlen && memchr(g, c, n) != NULL;
}

static int gap_plain(const vg_scan *sc, size_t t)
{
    size_t n;
    const char *g = vg_scan_gap(sc, t, &n);
    for (size_t i = 0; i < n; i++)
        if (g[i] != ' ' && g[i] != ',' && g[i] != '-')
            return 0;
    return n <= 3;
}

static long year_at(const vg_scan *sc, size_t t, size_t tend)
{
    if (t >= tend || !(sc->tok[t].flags & VG_TF_DIGIT) || sc->tok[t].e - sc->tok[t].s != 4)
        return -1;
    long y = vg_scan_digits(sc, t);
    return y >= 1900 && y <= 2100 ? y : -1;
}

static long day_at(const vg_scan *sc, size_t t, size_t tend)
{
    if (t >= tend || sc->tok[t].e - sc->tok[t].s > 4)
        return -1;
    long d = vg_scan_digits(sc, t);
    return d >= 1 && d <= 31 ? d : -1;
}

/* Skip an optional day range after a day: "11-12", "11 au 12". */
static size_t skip_day_range(const vg_scan *sc, size_t t, size_t tend)
{
    size_t e;
    if (t < tend && gap_has(sc, t - 1, '-', 3) && day_at(sc, t, tend) > 0)
        return t + 1;
    if (t < tend && vg_scan_lex(sc, t, VG_LX_RANGE, &e) && day_at(sc, e, tend) > 0)
        return e + 1;
    return t;
}

/* Year for a month/day without one: the latest not after pub (+7 days). */
static int infer_year(const vg_ymd *pub, int m, int d)
{
    vg_ymd c = {pub->y, m, d ? d : 1};
    if (d && !valid(c.y, m, d))
        return pub->y;
    if (vg_ymd_days(&c) > vg_ymd_days(pub) + 7)
        return pub->y - 1;
    return pub->y;
}

static void set(vg_dateval *o, int y, int m, int d, int prec)
{
    o->v = (vg_ymd){y, m, d};
    o->prec = prec;
}

/* The year of a month/day written without one, from the text's own year
 * context (see vg_date_at): a year in force takes it; a month of
 * publication the latest such date not after it; a full date told nearby
 * the year that puts it nearest, when within NEAR_DAYS of it.  0: none. */
static int context_year(const vg_ymd *ref, int m, int d)
{
    if (!ref->m)
        return ref->y;
    if (!ref->d) {
        vg_ymd end = {ref->y, ref->m, mdays(ref->y, ref->m)};
        return infer_year(&end, m, d);
    }
    int best = 0;
    long best_gap = NEAR_DAYS + 1, r = vg_ymd_days(ref);
    for (int y = ref->y - 1; y <= ref->y + 1; y++) {
        vg_ymd c = {y, m, d ? d : 1}, e = {y, m, d ? d : mdays(y, m)};
        if (!valid(y, m, c.d))
            continue;
        long gap = vg_ymd_days(&c) - r, after = r - vg_ymd_days(&e);
        if (gap < 0)
            gap = after > 0 ? after : 0; /* a month: its nearest day */
        if (gap < best_gap) {
            best_gap = gap;
            best = y;
        }
    }
    return best;
}

/* Finish a month/day without a year. */
static void no_year(vg_dateval *o, const vg_ymd *pub, int m, int d, int prec)
{
    int day = d ? d : 1; /* month precision: the first of the month */
    int y = !has_pub(pub) && has_pub(o->yref) ? context_year(o->yref, m, d) : 0;
    if (y) {
        set(o, y, m, day, prec);
        o->relative = 1;
        return;
    }
    if (!has_pub(pub)) {
        set(o, 0, m, d, VG_DP_UNKNOWN);
        return;
    }
    set(o, infer_year(pub, m, d), m, day, prec);
    o->relative = 1;
}

static size_t p_iso(const vg_scan *sc, size_t t, size_t tend, vg_dateval *o)
{
    long y = year_at(sc, t, tend);
    if (y > 0 && t + 2 < tend && gap_has(sc, t, '-', 1) && gap_has(sc, t + 1, '-', 1)) {
        long m = vg_scan_digits(sc, t + 1), d = day_at(sc, t + 2, tend);
        if (valid((int)y, (int)m, (int)d) && (sc->tok[t + 1].flags & VG_TF_DIGIT)) {
            set(o, (int)y, (int)m, (int)d, VG_DP_DAY);
            o->has_year = 1;
            return t + 3;
        }
    }
    long d = day_at(sc, t, tend);
    if (d > 0 && t + 2 < tend && gap_has(sc, t, '/', 1) && gap_has(sc, t + 1, '/', 1)) {
        long m = vg_scan_digits(sc, t + 1);
        y = year_at(sc, t + 2, tend);
        if (m > 12 && d <= 12) { /* US order */
            long x = m;
            m = d;
            d = x;
        }
        if (y > 0 && valid((int)y, (int)m, (int)d)) {
            set(o, (int)y, (int)m, (int)d, VG_DP_DAY);
            o->has_year = 1;
            return t + 3;
        }
    }
    return t;
}

/* "11 May 2025", "1er mai", "11 au 12 mai", "16-May-2025". */
static size_t p_day_month(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub,
                          vg_dateval *o)
{
    long d = day_at(sc, t, tend);
    if (d < 0 || !gap_plain(sc, t))
        return t;
    size_t i = skip_day_range(sc, t + 1, tend), e;
    if (i > t + 1 && !gap_plain(sc, i - 1))
        return t;
    if (i >= tend)
        return t;
    const vg_lex_entry *m = vg_scan_lex(sc, i, VG_LX_MONTH, &e);
    if (!m)
        return t;
    long y = e < tend && gap_plain(sc, e - 1) ? year_at(sc, e, tend) : -1;
    if (y > 0) {
        if (!valid((int)y, m->val, (int)d))
            return t;
        set(o, (int)y, m->val, (int)d, VG_DP_DAY);
        o->has_year = 1;
        return e + 1;
    }
    if (d > mdays(2000, m->val))
        return t;
    no_year(o, pub, m->val, (int)d, VG_DP_DAY);
    return e;
}

/* "May 11", "May 11-12, 2025", "September 2022", "in May". */
static size_t p_month_first(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub,
                            vg_dateval *o)
{
    size_t e;
    const vg_lex_entry *m = vg_scan_lex(sc, t, VG_LX_MONTH, &e);
    if (!m)
        return t;
    long y = e < tend && gap_plain(sc, e - 1) ? year_at(sc, e, tend) : -1;
    if (y > 0) {
        set(o, (int)y, m->val, 1, VG_DP_MONTH);
        o->has_year = 1;
        return e + 1;
    }
    long d = e < tend && gap_plain(sc, e - 1) ? day_at(sc, e, tend) : -1;
    if (d > 0 && d <= mdays(2000, m->val)) {
        size_t i = skip_day_range(sc, e + 1, tend);
        y = i < tend && gap_plain(sc, i - 1) ? year_at(sc, i, tend) : -1;
        if (y > 0 && valid((int)y, m->val, (int)d)) {
            set(o, (int)y, m->val, (int)d, VG_DP_DAY);
            o->has_year = 1;
            return i + 1;
        }
        no_year(o, pub, m->val, (int)d, VG_DP_DAY);
        return i;
    }
    no_year(o, pub, m->val, 0, VG_DP_MONTH);
    return e;
}

/* A weekday counts back from the publication date; without one nothing
 * anchors it (a date the text gives elsewhere is not "now": it may be a
 * background date years back), so it stays unknown. */
static void weekday(vg_dateval *o, const vg_ymd *pub, int wd, int mod)
{
    if (!has_pub(pub)) {
        set(o, 0, 0, 0, VG_DP_UNKNOWN);
        return;
    }
    int back = (vg_ymd_wday(pub) - wd + 7) % 7;
    if (back == 0 && mod < 0)
        back = 7;
    if (mod > 0) /* "next Saturday", "samedi prochain": a plan, ahead */
        back = -((wd - vg_ymd_wday(pub) + 6) % 7 + 1);
    o->v = vg_ymd_from_days(vg_ymd_days(pub) - back);
    o->prec = VG_DP_DAY;
    o->relative = 1;
}

/* "lundi 21 octobre" without a year and without a publication date: the
 * weekday fixes the year among the text's year and the ones either side
 * (the weekday of a given day repeats only every 5 to 11 years). */
static int weekday_year(vg_dateval *o, int hint, int wd)
{
    int found = 0;
    for (int y = hint - 1; y <= hint + 1; y++) {
        vg_ymd c = {y, o->v.m, o->v.d};
        if (valid(y, c.m, c.d) && vg_ymd_wday(&c) == wd) {
            if (found)
                return 0;
            found = y;
        }
    }
    if (!found)
        return 0;
    set(o, found, o->v.m, o->v.d, VG_DP_DAY);
    o->relative = 1;
    return 1;
}

/* "Tuesday", "mardi dernier", "last Tuesday", "ce lundi", "Friday April 8". */
static size_t p_weekday(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub, vg_dateval *o)
{
    size_t e, e2, start = t;
    int mod = 0;
    const vg_lex_entry *dm = vg_scan_lex(sc, t, VG_LX_DMOD, &e);
    if (dm && e < tend) {
        mod = dm->val;
        t = e;
    }
    const vg_lex_entry *w = vg_scan_lex(sc, t, VG_LX_WDAY, &e);
    if (!w)
        return start;
    if (e < tend) {
        size_t x = p_day_month(sc, e, tend, pub, o);
        if (x == e)
            x = p_month_first(sc, e, tend, pub, o);
        if (x > e && o->prec == VG_DP_DAY && (has_pub(pub) || o->has_year))
            return x;
        /* without a publication date the weekday checks the year the text's
         * context gave the day (or picks it near the context's year) */
        if (x > e && !has_pub(pub) && has_pub(o->yref) && o->v.m && o->v.d &&
            weekday_year(o, o->prec == VG_DP_DAY ? o->v.y : o->yref->y, w->val))
            return x;
        const vg_ymd *keep = o->yref;
        memset(o, 0, sizeof(*o));
        o->yref = keep;
    }
    const vg_lex_entry *dm2 = e < tend ? vg_scan_lex(sc, e, VG_LX_DMOD, &e2) : NULL;
    if (dm2 && dm2->val != 0) {
        mod = dm2->val;
        e = e2;
    }
    weekday(o, pub, w->val, mod);
    return e;
}

static void shift(vg_dateval *o, const vg_ymd *pub, int unit, long n)
{
    if (!has_pub(pub)) {
        set(o, 0, 0, 0, VG_DP_UNKNOWN);
        return;
    }
    o->relative = 1;
    if (unit == VG_DU_DAY || unit == VG_DU_WEEK) {
        o->v = vg_ymd_from_days(vg_ymd_days(pub) + n * (unit == VG_DU_WEEK ? 7 : 1));
        o->prec = unit == VG_DU_WEEK ? VG_DP_WEEK : VG_DP_DAY;
    } else if (unit == VG_DU_MONTH) {
        long mm = pub->y * 12L + (pub->m - 1) + n;
        set(o, (int)(mm / 12), (int)(mm % 12) + 1, 1, VG_DP_MONTH);
    } else {
        set(o, (int)(pub->y + n), 1, 1, VG_DP_YEAR);
    }
}

/* The number at token t: known (the caller parsed it: n, NULL when none)
 * or parsed here. */
typedef struct num_hint {
    int known;
    const vg_num *n;
} num_hint;

static int num_at(const vg_scan *sc, size_t t, size_t tend, const num_hint *h, vg_num *out)
{
    if (!h->known)
        return vg_num_at(sc, t, tend, out);
    if (h->n)
        *out = *h->n;
    return h->n != NULL;
}

/* "yesterday", "last week", "il y a deux jours", "three days ago". */
static size_t p_relative(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub,
                         const num_hint *h, vg_dateval *o)
{
    size_t e;
    const vg_lex_entry *r = vg_scan_lex(sc, t, VG_LX_RELDATE, &e);
    if (r && (r->flags & VG_LXF_TOLD)) {
        set(o, 0, 0, 0, VG_DP_UNKNOWN); /* "le lendemain": the text's date decides */
        o->told_unit = r->val;
        o->told_off = r->val2;
        return e;
    }
    if (r) {
        shift(o, pub, r->val, r->val2);
        return o->prec == VG_DP_UNKNOWN || valid(o->v.y, o->v.m, o->v.d) ? e : t;
    }
    vg_num n;
    const vg_lex_entry *a = vg_scan_lex(sc, t, VG_LX_AGO, &e);
    size_t s = a && !a->val ? e : t;
    if (s == t && a)
        return t;
    if (!(s == t ? num_at(sc, s, tend, h, &n) : vg_num_at(sc, s, tend, &n)) || n.vague ||
        n.min > 1000)
        return t;
    const vg_lex_entry *u = vg_scan_lex(sc, n.t1, VG_LX_DUNIT, &e);
    if (!u)
        return t;
    if (!a) {
        size_t e2;
        const vg_lex_entry *post = vg_scan_lex(sc, e, VG_LX_AGO, &e2);
        if (!post || !post->val)
            return t;
        e = e2;
        if (post->flags & VG_LXF_TOLD) { /* "two days later", "trois jours plus tôt" */
            set(o, 0, 0, 0, VG_DP_UNKNOWN);
            o->told_unit = u->val;
            o->told_off = (int)(post->val2 == 2 ? n.min : post->val2 * n.min);
            o->to_now = post->val2 == 2;
            return e;
        }
    }
    shift(o, pub, u->val, -n.min);
    if (o->prec != VG_DP_UNKNOWN && !valid(o->v.y, o->v.m, o->v.d))
        return t; /* "il y a deux cents ans": not an event date */
    return e;
}

int vg_date_from(vg_dateval *d, const vg_ymd *ref, int ref_prec)
{
    int unit = d->told_unit;
    if (unit <= 0 || d->to_now || ref_prec < VG_DP_YEAR || !ref->y)
        return 0;
    vg_dateval o = *d;
    if ((unit == VG_DU_DAY || unit == VG_DU_WEEK) && ref_prec >= VG_DP_WEEK) {
        o.v = vg_ymd_from_days(vg_ymd_days(ref) + (long)d->told_off * (unit == VG_DU_WEEK ? 7 : 1));
        o.prec = unit == VG_DU_WEEK || ref_prec == VG_DP_WEEK ? VG_DP_WEEK : VG_DP_DAY;
    } else if (unit != VG_DU_YEAR && ref_prec >= VG_DP_MONTH) {
        long mm = ref->y * 12L + (ref->m - 1) + (unit == VG_DU_MONTH ? d->told_off : 0);
        set(&o, (int)(mm / 12), (int)(mm % 12) + 1, 1, VG_DP_MONTH);
    } else {
        set(&o, ref->y + (unit == VG_DU_YEAR ? d->told_off : 0), 1, 1, VG_DP_YEAR);
    }
    if (!valid(o.v.y, o.v.m, o.v.d))
        return 0;
    o.relative = 1;
    *d = o;
    return 1;
}

/* "the 1960s": a decade, dated to its first year (background). */
static long decade_at(const vg_scan *sc, size_t t, size_t tend)
{
    const vg_tok *k = &sc->tok[t];
    if (t >= tend || !(k->flags & VG_TF_DIGPFX) || k->e - k->s != 5 || sc->text[k->e - 1] != 's')
        return -1;
    long y = vg_scan_digits(sc, t);
    return y >= 1900 && y <= 2100 && y % 10 == 0 ? y : -1;
}

/* The year at t opens or closes the period of an ACLED actor name in
 * brackets, "(2021-)" or "(2008-2010)": no date of the text. */
static int actor_period(const vg_scan *sc, size_t t)
{
    size_t nb, na;
    const char *b = t > 0 ? vg_scan_gap(sc, t - 1, &nb) : NULL;
    const char *a = vg_scan_gap(sc, t, &na);
    if (!b || !nb)
        return 0;
    if (b[nb - 1] == '(' && na && a[0] == '-')
        return 1; /* the first year */
    return b[nb - 1] == '-' && na && a[0] == ')' && t > 1 && year_at(sc, t - 1, t) >= 0 &&
           actor_period(sc, t - 1);
}

static size_t p_year(const vg_scan *sc, size_t t, size_t tend, vg_dateval *o)
{
    long y = year_at(sc, t, tend);
    if (y < 0)
        y = decade_at(sc, t, tend);
    if (y < 0)
        return t;
    size_t n;
    const char *g = vg_scan_gap(sc, t, &n);
    if (t + 1 < tend && n == 1 && (g[0] == ',' || g[0] == '.') &&
        (sc->tok[t + 1].flags & VG_TF_DIGIT))
        return t; /* a number such as 2,000 */
    if (actor_period(sc, t))
        return t; /* "Military Forces of Mali (2021-)": an actor's period */
    set(o, (int)y, 1, 1, VG_DP_YEAR);
    o->year_only = 1;
    o->has_year = 1;
    return t + 1;
}

/* With the number at t known: a token without digits and without a date
 * word can start only "<number> <unit> ago" (p_relative). */
static int word_date_may_start(const vg_scan *sc, size_t t, const vg_num *num)
{
    const vg_tok *k = &sc->tok[t];
    return (k->flags & (VG_TF_DIGIT | VG_TF_DIGPFX)) ||
           (k->mark >= 0 && (sc->mark[k->mark].kinds & VG_DATE_WORD_KINDS)) ||
           (num && vg_scan_mark_for(sc, num->t1, VG_LX_DUNIT, -1));
}

static int date_at(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub, const vg_ymd *yref,
                   const num_hint *h, vg_dateval *out)
{
    memset(out, 0, sizeof(*out));
    out->yref = yref;
    if (tend > sc->ntok)
        tend = sc->ntok;
    if (t >= tend)
        return 0;
    if (!vg_date_may_start(sc, t) || (h->known && !word_date_may_start(sc, t, h->n))) {
        out->yref = NULL; /* as after every failed parse below */
        return 0;
    }
    size_t e = p_iso(sc, t, tend, out);
    if (e == t)
        e = p_day_month(sc, t, tend, pub, out);
    if (e == t)
        e = p_month_first(sc, t, tend, pub, out);
    if (e == t)
        e = p_weekday(sc, t, tend, pub, out);
    if (e == t)
        e = p_relative(sc, t, tend, pub, h, out);
    if (e == t)
        e = p_year(sc, t, tend, out);
    if (e == t) {
        memset(out, 0, sizeof(*out));
        return 0;
    }
    out->yref = NULL;
    out->t0 = t;
    out->t1 = e;
    return 1;
}

int vg_date_at(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub, const vg_ymd *yref,
               vg_dateval *out)
{
    num_hint h = {0, NULL};
    return date_at(sc, t, tend, pub, yref, &h, out);
}

int vg_date_at_num(const vg_scan *sc, size_t t, size_t tend, const vg_ymd *pub, const vg_ymd *yref,
                   const vg_num *num, vg_dateval *out)
{
    num_hint h = {1, num};
    return date_at(sc, t, tend, pub, yref, &h, out);
}

/* "2021-09" right after a dateline cue: a month of publication. */
static int iso_month(const vg_scan *sc, size_t t, vg_ymd *out)
{
    long y = year_at(sc, t, sc->ntok);
    if (y < 0 || t + 1 >= sc->ntok || !gap_has(sc, t, '-', 1) ||
        !(sc->tok[t + 1].flags & VG_TF_DIGIT) || sc->tok[t + 1].e - sc->tok[t + 1].s != 2)
        return 0;
    long m = vg_scan_digits(sc, t + 1);
    if (m < 1 || m > 12 ||
        (t + 2 < sc->ntok && gap_has(sc, t + 1, '-', 1) && (sc->tok[t + 2].flags & VG_TF_DIGIT)))
        return 0;
    *out = (vg_ymd){(int)y, (int)m, 1};
    return 1;
}

/* 1 when one of the first max tokens of line[0..n) may begin a dateline
 * cue (cues: vg_lex_dateline_cues; NULL: any may). */
static int cue_in_line(const uint64_t *cues, const char *line, size_t n, size_t max)
{
    vg_scan sc;
    int cued = 0;
    if (!cues)
        return 1;
    if (vg_scan_tokens(line, n, max, &sc) < 0)
        return 1; /* the full scan decides */
    for (size_t t = 0; t < sc.ntok && !cued; t++)
        cued = vg_dict_may_start(cues, sc.ftok[t].h);
    vg_scan_free(&sc);
    return cued;
}

static int dateline_in_line(const vg_dict *d, const uint64_t *cues, const char *line, size_t n,
                            vg_ymd *out, int *prec)
{
    vg_scan sc;
    int found = -1;
    if (!cue_in_line(cues, line, n, 48))
        return -1; /* no cue: the scan would find none */
    if (vg_scan_text(d, line, n, 48, &sc) < 0)
        return -1;
    for (size_t t = 0; t < sc.ntok && found < 0; t++) {
        size_t e;
        if (!vg_scan_lex(&sc, t, VG_LX_DATELINE, &e))
            continue;
        for (size_t k = e; k < sc.ntok && k < e + 3 && found < 0; k++) {
            vg_dateval v;
            if (vg_date_at(&sc, k, sc.ntok, NULL, NULL, &v) && v.prec == VG_DP_DAY && v.has_year) {
                *out = v.v;
                *prec = VG_DP_DAY;
                found = 0;
            } else if (k == e && *prec != VG_DP_MONTH && iso_month(&sc, k, out)) {
                *prec = VG_DP_MONTH; /* keep looking for a full date */
            }
        }
    }
    vg_scan_free(&sc);
    return found;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* 1 when s[k..k+4) reads a year 1900..2100 in ASCII digits. */
static int year_digits(const char *s)
{
    if (!is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]) || !is_digit(s[3]))
        return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    return y >= 1900 && y <= 2100;
}

/* 1 when s[0..n) holds four ASCII digits in a row reading 1900..2100:
 * every date dateline_in_line accepts has such a year token, so a line
 * without one need not be scanned.  Any four bytes in a row cover exactly
 * one offset that is 3 mod 4, so only those offsets are looked at first. */
static int has_year(const char *s, size_t n)
{
    for (size_t i = 3; i < n; i += 4) {
        if (!is_digit(s[i]))
            continue;
        for (size_t k = i - 3; k <= i; k++)
            if (k + 4 <= n && year_digits(s + k))
                return 1;
    }
    return 0;
}

int vg_date_dateline(const vg_dict *d, const char *raw, size_t len, vg_ymd *out)
{
    int prec;
    return vg_date_dateline_prec(d, raw, len, out, &prec) == 0 && prec == VG_DP_DAY ? 0 : -1;
}

int vg_date_dateline_prec(const vg_dict *d, const char *raw, size_t len, vg_ymd *out, int *prec)
{
    return vg_date_dateline_cued(d, NULL, raw, len, out, prec);
}

int vg_date_dateline_cued(const vg_dict *d, const uint64_t *cues, const char *raw, size_t len,
                          vg_ymd *out, int *prec)
{
    size_t lines = 0;
    vg_ymd month = {0, 0, 0};
    *prec = VG_DP_UNKNOWN;
    if (len > 2048)
        len = 2048; /* datelines stand at the top of a page */
    for (size_t s = 0; s < len && lines < 12; lines++) {
        const char *nl = memchr(raw + s, '\n', len - s);
        size_t e = nl ? (size_t)(nl - raw) : len;
        size_t n = e - s > 300 ? 300 : e - s;
        int p = *prec;
        if (n >= 7 && has_year(raw + s, n) && dateline_in_line(d, cues, raw + s, n, out, &p) == 0) {
            *prec = VG_DP_DAY;
            return 0;
        }
        if (p == VG_DP_MONTH && !month.y) {
            month = *out;
            *prec = VG_DP_MONTH;
        }
        s = e + 1;
    }
    if (month.y) {
        *out = month;
        return 0;
    }
    *prec = VG_DP_UNKNOWN;
    return -1;
}
