/*
 * vg_textclean_label.c - a unit's context-free label: body, neutral or junk.
 *
 * Cheap features first (vg_textclean_feat.c), then generic boilerplate
 * patterns: markup residue, counters, bylines, datelines, date-only lines,
 * contact data, promotion and sharing phrases, menus, link-heavy blocks.
 * The phrases are data (knowledge/clean.tsv, loaded by vg_cleanlex.c) and
 * their tests only run on short units: the first test on a unit walks its
 * lower-cased prefix once and records which lists matched.  Long units with
 * sentence punctuation are body; what is left is neutral, for the context
 * rules of vg_textclean.c.  Unit edges lose leading datelines and trailing
 * tag residue first.
 */
#include "vg_textclean_int.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* build lc (once per unit) */
static void need_lc(vg_textclean_feat *f)
{
    size_t i = 0;

    if (f->have_lc)
        return;
    f->have_lc = 1;
    f->lclen = f->n < sizeof(f->lc) - 1 ? f->n : sizeof(f->lc) - 1;
#ifdef __SSE2__
    for (; i + 16 <= f->lclen; i += 16) { /* A-Z + 0x20; bytes >= 0x80 compare negative */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(f->s + i));
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        v = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *)(void *)(f->lc + i), v);
    }
#endif
    for (; i < f->lclen; i++)
        f->lc[i] = (char)vg_textclean_lower((unsigned char)f->s[i]);
    f->lc[f->lclen] = 0;
}

/* the unit starts with p (lower-case ASCII), ignoring ASCII case */
static int starts(const vg_textclean_feat *f, const char *p)
{
    size_t i;

    for (i = 0; p[i]; i++)
        if (i >= f->n || vg_textclean_lower((unsigned char)f->s[i]) != p[i])
            return 0;
    return 1;
}

/* Phrase lookup.  The phrase lists (knowledge/clean.tsv: promo,
 * furniture, counter, dateline, ago) are one table, chained by the byte
 * pair they start with (vg_cleanlex builds it at load).  The first phrase
 * test on a unit walks its lower-cased prefix once, trying at each word
 * boundary only the phrases that start with the pair found there, and
 * records which lists matched (feat.hits); every later test is a bit test.
 * A phrase matches on a word boundary at its start, and at its end unless
 * it ends in a non-letter. */
enum {
    PH_PROMO = VG_CL_PROMO,
    PH_FURNITURE = VG_CL_FURNITURE,
    PH_COUNTER = VG_CL_COUNTER,
    PH_DATELINE = VG_CL_DATELINE,
    PH_AGO = VG_CL_AGO
};

/* lists with a phrase matching at lc[i] (a word-boundary position) */
static unsigned hits_at(const vg_textclean_feat *f, size_t i)
{
    const char *h = f->lc + i;
    size_t left = f->lclen - i;
    unsigned hits = 0;
    const vg_cl_phrase *ph = f->cl->ph;

    for (uint32_t k = f->cl->head[vg_cl_bigram(h)]; k; k = ph[k - 1].next) {
        const vg_cl_phrase *e = &ph[k - 1];
        size_t pl = e->len;
        if (pl > left || memcmp(h, e->p, pl))
            continue;
        if (pl == left || !vg_textclean_is_alpha((unsigned char)h[pl]) ||
            !vg_textclean_is_alpha((unsigned char)e->p[pl - 1]))
            hits |= e->list;
    }
    return hits;
}

/* PH_* bits of the lists with a phrase in the unit */
static unsigned phrase_hits(vg_textclean_feat *f)
{
    if (f->have_hits)
        return f->hits;
    need_lc(f);
    f->have_hits = 1;
    f->hits = 0;
#ifdef __SSE2__
    /* word starts from a non-letter mask, 16 bytes at a time (lc has room:
     * the loads stay inside lc[], bytes past lclen are never used) */
    if (f->lclen >= 2)
        f->hits |= hits_at(f, 0);
    for (size_t base = 0; base + 2 < f->lclen; base += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(f->lc + base));
        __m128i t = _mm_or_si128(v, _mm_set1_epi8(0x20));
        unsigned alpha =
            (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(t, _mm_set1_epi8(0x60)),
                                                      _mm_cmplt_epi8(t, _mm_set1_epi8(0x7B)))) |
            (unsigned)_mm_movemask_epi8(v); /* vg_textclean_is_alpha() */
        size_t valid = f->lclen - base - 2; /* bits j with base + j + 2 < lclen */
        unsigned na = ~alpha & (valid >= 16 ? 0xFFFFu : (1u << valid) - 1);
        for (; na; na &= na - 1) /* lc[i - 1] is no letter: a word start */
            f->hits |= hits_at(f, base + (size_t)__builtin_ctz(na) + 1);
    }
#else
    for (size_t i = 0; i + 1 < f->lclen; i++)
        if (i == 0 || !vg_textclean_is_alpha((unsigned char)f->lc[i - 1]))
            f->hits |= hits_at(f, i);
#endif
    return f->hits;
}

#define ANY(f, bit) ((phrase_hits(f) & (bit)) != 0)

/* any of the phrases w (opener list bit) opens the unit (ASCII case
 * ignored); most units fail on the first byte, one table load */
static int starts_any(const vg_textclean_feat *f, const vg_cl_words *w, unsigned bit)
{
    if (!f->n ||
        !(f->cl->open_first[(unsigned char)vg_textclean_lower((unsigned char)f->s[0])] & bit))
        return 0;
    for (size_t i = 0; i < w->n; i++)
        if (starts(f, w->v[i]))
            return 1;
    return 0;
}

/* Tail markers (clean.tsv: tail): what follows them is no longer the
 * article. */
int vg_textclean_tail_marker(vg_textclean_feat *f)
{
    char buf[64];
    size_t n;

    if (f->words > 5)
        return 0;
    need_lc(f);
    n = f->lclen;
    if (n >= sizeof(buf))
        return 0;
    memcpy(buf, f->lc, n);
    while (n && (buf[n - 1] == ':' || buf[n - 1] == ' '))
        n--;
    buf[n] = 0;
    for (size_t i = 0; i < f->cl->tails.n; i++)
        if (buf[0] == f->cl->tails.v[i][0] && !strcmp(buf, f->cl->tails.v[i]))
            return 1;
    return 0;
}

/* "116 views", "0 Comment(s)", "5 min read", "3 hours ago" */
static int is_counter(vg_textclean_feat *f)
{
    if (f->words > 6 || !f->digits)
        return 0;
    if (ANY(f, PH_COUNTER))
        return 1;
    return ANY(f, PH_AGO);
}

/* the token p[0..l) is a time word of w or the start of one ("a", "gm") */
static int time_word(const vg_cl_words *w, const char *p, size_t l)
{
    for (size_t i = 0; i < w->n; i++)
        if (p[0] == w->v[i][0] && !strncmp(p, w->v[i], l))
            return 1;
    return 0;
}

/* a unit made only of date/time tokens (clean.tsv: month, timeword) */
static int is_date_only(vg_textclean_feat *f)
{
    unsigned words = 0, datey = 0;
    const char *p = f->lc;

    if (f->words > 8 || (!f->digits))
        return 0;
    need_lc(f);
    while (*p) {
        const char *q;
        size_t l;
        while (*p == ' ' || *p == ',' || *p == '|' || *p == '-' || *p == '@' || *p == ':')
            p++;
        if (!*p)
            break;
        q = p;
        while (*q && *q != ' ' && *q != ',' && *q != '|')
            q++;
        l = (size_t)(q - p);
        words++;
        if (vg_textclean_is_digit((unsigned char)*p) || time_word(&f->cl->timewords, p, l))
            datey++;
        else
            for (size_t m = 0; m < f->cl->nmonths; m++)
                if (!strncmp(p, f->cl->months[m], strlen(f->cl->months[m]))) {
                    datey++;
                    break;
                }
        p = q;
    }
    return words && datey == words;
}

static int is_contact(vg_textclean_feat *f)
{
    const char *at;
    unsigned phone_digits = 0;

    if (f->words > 25)
        return 0;
    need_lc(f);
    at = strchr(f->lc, '@');
    if (at && at > f->lc && strchr(at, '.') && vg_textclean_is_alpha((unsigned char)at[-1]) &&
        f->words <= 12)
        return 1;
    if (starts_any(f, &f->cl->contacts, VG_CL_OPEN_CONTACT))
        return 1;
    if (f->digits < 9 || f->words > 8) /* f->digits counts every digit of the unit */
        return 0;
    for (const char *p = f->lc; *p; p++) /* +91 8811887662, (555) 123-4567 */
        if (vg_textclean_is_digit((unsigned char)*p))
            phone_digits++;
        else if (!(*p == ' ' || *p == '-' || *p == '+' || *p == '(' || *p == ')' || *p == '.'))
            phone_digits = phone_digits >= 9 ? phone_digits : 0;
    return phone_digits >= 9 && f->words <= 8;
}

static int is_byline(vg_textclean_feat *f)
{
    const char *p = f->lc;

    if (f->words > 10 || f->term)
        return 0;
    need_lc(f);
    while (*p == '-' || *p == ' ' || *p == '*')
        p++;
    if (!(f->cl->open_first[(unsigned char)*p] & VG_CL_OPEN_BYLINE))
        return 0;
    for (size_t i = 0; i < f->cl->bylines.n; i++) {
        const char *b = f->cl->bylines.v[i];
        if (*p == b[0] && !strncmp(p, b, strlen(b)))
            return 1;
    }
    return 0;
}

/* s[0..n) holds "</" or "/>" */
static int tag_slash(const char *s, size_t n)
{
    const char *p = s, *end = s + n;

    while ((p = memchr(p, '/', (size_t)(end - p))) != NULL) {
        if ((p > s && p[-1] == '<') || (p + 1 < end && p[1] == '>'))
            return 1;
        p++;
    }
    return 0;
}

/* Context-free label of one unit. */
int vg_textclean_label(const char *s, size_t n, const vg_unit *u, vg_textclean_feat *f,
                       vg_textclean_keys *kp)
{
    vg_textclean_features(s, n, f, kp);
    if (f->letters < 2)
        return VG_UC_BAD;
    if ((s[0] == '>' && n && s[n - 1] == '<') || tag_slash(s, n))
        return VG_UC_BAD; /* markup residue such as >cell< >cell< */
    if (starts_any(f, &f->cl->notices, VG_CL_OPEN_NOTICE))
        return VG_UC_BAD;
    /* furniture lines are short; long sentences skip the phrase tests */
    if ((f->words <= 20 || (f->words <= 40 && !f->term)) &&
        (ANY(f, PH_PROMO) || is_counter(f) || is_byline(f) || is_contact(f)))
        return VG_UC_BAD;
    if (f->words <= 14 && f->digits && ANY(f, PH_DATELINE))
        return VG_UC_BAD;
    if (f->words <= 8 && is_date_only(f))
        return VG_UC_BAD;
    if (f->pipes >= 2 && f->words <= 3 * f->pipes + 6)
        return VG_UC_BAD; /* EN | FR | DE menus */
    if (f->words <= 3 && ANY(f, PH_FURNITURE))
        return VG_UC_BAD;
    if (f->words == 1 && !(u->flags & VG_UF_HEADING))
        return VG_UC_BAD;
    if (u->link > 0.5f && (f->words < 40 || u->link > 0.75f))
        return VG_UC_BAD;
    if ((f->words >= 12 && (f->term || f->commas)) || f->words >= 25)
        return VG_UC_GOOD;
    if ((u->flags & VG_UF_HTML) && f->words >= 8 && f->term && !(u->flags & VG_UF_HEADING))
        return VG_UC_GOOD;
    return VG_UC_NEUTRAL;
}

/* Where the date after a leading date label ("date 2023-11-08", clean.tsv:
 * datelabel; the label as written or capitalised, then a space and a digit)
 * starts in s[0..n), or 0. */
static size_t date_label(const vg_cl_words *w, const char *s, size_t n)
{
    for (size_t i = 0; i < w->n; i++) {
        const char *d = w->v[i];
        size_t l = strlen(d);
        if (n > l + 2 && (s[0] == d[0] || s[0] == d[0] - 32) && !strncmp(s + 1, d + 1, l - 1) &&
            s[l] == ' ' && vg_textclean_is_digit((unsigned char)s[l + 1]))
            return l + 1;
    }
    return 0;
}

/* Remove leading datelines ("date 2023-11-08 ") and trailing tag residue
 * ("... p >", "... h2 >") from unit u over buf. */
void vg_textclean_strip_edges(const vg_cleanlex *cl, const char *buf, vg_unit *u)
{
    static const char *const closers[] = {"p",       "h1",      "h2", "h3", "h4",        "h5",
                                          "h6",      "li",      "ul", "ol", "div",       "span",
                                          "article", "section", "td", "tr", "table",     "strong",
                                          "em",      "b",       "i",  "a",  "blockquote"};
    const char *s = buf + u->a;
    size_t n = u->b - u->a;

    size_t k = date_label(&cl->datelabels, s, n);
    if (k) {
        while (k < n && (vg_textclean_is_digit((unsigned char)s[k]) || s[k] == '-' || s[k] == '/' ||
                         s[k] == ':' || s[k] == 'T'))
            k++;
        while (k < n && s[k] == ' ')
            k++;
        u->a += k;
        s = buf + u->a;
        n = u->b - u->a;
    }
    for (int again = 1; again && n > 2;) {
        size_t e = n, ts;
        again = 0;
        if (s[e - 1] != '>')
            break;
        e--;
        while (e && s[e - 1] == ' ')
            e--;
        ts = e;
        while (ts &&
               (vg_textclean_is_alpha((unsigned char)s[ts - 1]) ||
                vg_textclean_is_digit((unsigned char)s[ts - 1])) &&
               (unsigned char)s[ts - 1] < 0x80)
            ts--;
        if (ts == e || (ts && s[ts - 1] != ' '))
            break;
        for (size_t i = 0; i < sizeof(closers) / sizeof(closers[0]); i++) {
            size_t l = strlen(closers[i]);
            if (l == e - ts && !strncmp(s + ts, closers[i], l)) {
                n = ts;
                while (n && s[n - 1] == ' ')
                    n--;
                u->b = u->a + n;
                again = 1;
                break;
            }
        }
    }
}
