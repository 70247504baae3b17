/*
 * vg_scan.c - tokens, sentences and dictionary marks (see vg_scan.h).
 *
 * Three linear passes: tokenise (vg_scantok.c: folding each token once, for
 * the dictionary and vg_scan_is), split sentences from the gaps between
 * tokens, then match the dictionary inside each sentence.  Matching inside a
 * sentence only keeps phrases from spanning a full stop, and skipping to the
 * end of each match gives the usual longest-match segmentation.  Under a
 * name released as no name (vg_scan_release) the same segmentation runs
 * again inside its span without it.
 */
#include "vg_scan.h"
#include "vg_arr.h"
#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_norm.h"
#include "vg_scantok.h"
#include "vg_stem.h"
#include "vigil.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void vg_scan_free(vg_scan *sc)
{
    if (!sc)
        return;
    free(sc->tok);
    free(sc->mark);
    free(sc->sent);
    free(sc->fold);
    free(sc->ftok);
    for (size_t i = 0; i < sc->nmerged; i++)
        free(sc->merged[i]);
    free(sc->merged);
    free(sc->under);
    free(sc->tkinds);
    memset(sc, 0, sizeof(*sc));
}

static int is_abbrev(const vg_dict *d, const vg_scan *sc, size_t t)
{
    const vg_tok *k = &sc->tok[t];
    if (k->e - k->s == 1 && (k->flags & VG_TF_CAP))
        return 1; /* an initial: "J. Smith", "U.S." */
    size_t nh;
    const vg_dict_hit *h;
    vg_dict_match_toks(d, sc->fold, &sc->ftok[t], 1, &h, &nh);
    for (size_t i = 0; h && i < nh; i++)
        if (h[i].tag == VG_TAG_LEX && ((const vg_lex_entry *)h[i].val)->kind == VG_LX_ABBR)
            return 1;
    return 0;
}

/* 0: same sentence, 1: new sentence, 2: new paragraph. */
static int boundary(const vg_dict *d, const vg_scan *sc, size_t t)
{
    const char *g = sc->text + sc->tok[t].e; /* the gap before token t + 1 */
    size_t n = sc->tok[t + 1].s - sc->tok[t].e;
    if (n == 1 && g[0] == ' ')
        return 0; /* the common case */
    int nl = 0, stop = 0;
    for (size_t i = 0; i < n; i++) {
        if (g[i] == '\n')
            nl++;
        else if (g[i] == '.' || g[i] == '!' || g[i] == '?')
            stop = 1;
        else if ((unsigned char)g[i] == 0xE2 && i + 2 < n && (unsigned char)g[i + 1] == 0x80 &&
                 (unsigned char)g[i + 2] == 0xA6)
            stop = 1; /* ellipsis */
    }
    if (nl >= 2)
        return 2;
    if (nl)
        return 1;
    if (!stop)
        return 0;
    const vg_tok *next = &sc->tok[t + 1];
    if (!(next->flags & (VG_TF_CAP | VG_TF_DIGIT | VG_TF_DIGPFX | VG_TF_ALLCAP))) {
        /* lower case after a stop: only a boundary after quotes/brackets */
        int quote = 0;
        for (size_t i = 0; i < n; i++)
            if (g[i] == '"' || (unsigned char)g[i] == 0xC2 || (unsigned char)g[i] == 0xE2)
                quote = 1;
        if (!quote)
            return 0;
    }
    if (g[0] == '.' && is_abbrev(d, sc, t))
        return 0;
    return 1;
}

static int push_sent(vg_scan *sc, size_t *cap, size_t t0, size_t t1, uint32_t para)
{
    if (vg_arr_room(&sc->sent, sc->nsent, cap, sizeof(*sc->sent), 32) < 0)
        return VG_ENOMEM;
    sc->sent[sc->nsent++] =
        (vg_sent){(uint32_t)t0, (uint32_t)t1, para, 0, sc->tok[t0].s, sc->tok[t1 - 1].e};
    return 0;
}

static int split_sentences(const vg_dict *d, vg_scan *sc)
{
    size_t cap = 0, t0 = 0, n = sc->ntok;
    uint32_t para = 0, sent = 0;
    vg_tok *tk = sc->tok;
    const char *text = sc->text;
    for (size_t t = 0; t < n; t++) {
        tk[t].sent = sent;
        if (t + 1 < n && tk[t + 1].s == tk[t].e + 1 && text[tk[t].e] == ' ')
            continue; /* one space: boundary's common case, inline */
        int b = t + 1 < n ? boundary(d, sc, t) : 1;
        if (!b)
            continue;
        if (push_sent(sc, &cap, t0, t + 1, para) < 0)
            return VG_ENOMEM;
        sent = (uint32_t)sc->nsent;
        if (b == 2)
            para++;
        t0 = t + 1;
    }
    return 0;
}

static int push_mark(vg_scan *sc, size_t *cap, const vg_mark *m)
{
    /* a mark for every other token or so: room for them at once */
    if (vg_arr_room(&sc->mark, sc->nmark, cap, sizeof(*sc->mark), sc->ntok / 2 + 16) < 0)
        return VG_ENOMEM;
    sc->mark[sc->nmark++] = *m;
    return 0;
}

/* The tags and lexicon kinds of a mark's hits, for vg_scan_mark_for. */
static void mark_masks(vg_mark *m)
{
    for (uint32_t i = 0; i < m->nhits; i++) {
        int tag = m->hits[i].tag;
        if (tag >= 0 && tag < 32)
            m->tags |= 1u << tag;
        if (tag != VG_TAG_LEX)
            continue;
        int kind = ((const vg_lex_entry *)m->hits[i].val)->kind;
        if (kind >= 0 && kind < 64)
            m->kinds |= 1ull << kind;
    }
}

#define STEM_SEEN 256 /* slots of the per-scan cache of words stemmed */

/* The stem side of one scan: the languages to try, their dictionaries and
 * filters, the scan's stemmers, and every token's stem once computed. */
typedef struct stem_run {
    const vg_stems *st;
    int lang[VG_STEM__N];
    size_t nlang;
    const vg_dict *dict[VG_STEM__N];
    vg_stem_filter filter[VG_STEM__N];
    uint8_t p2[VG_STEM_P2 / 8 + 1]; /* the languages' first-two-letter bits, together */
    size_t maxw[VG_STEM__N];
    vg_stemmer *sm;           /* taken on the first word to stem (vg_stems_take) */
    uint32_t *at[VG_STEM__N]; /* per token: offset in buf << 8 | length + 1; 0 = not yet */
    char *buf;
    size_t used, cap;
    /* the same word again (an article repeats its words): its first token,
     * + 1, by the word's fold hash; a collision only costs a stemming
     * (last: stem_setup clears the rows of the languages tried only) */
    uint32_t seen[VG_STEM__N][STEM_SEEN];
} stem_run;

static void stem_run_free(stem_run *r)
{
    if (r->sm)
        vg_stems_give(r->st, r->sm);
    for (int i = 0; i < VG_STEM__N; i++)
        free(r->at[i]);
    free(r->buf);
}

static int ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

/* The stem of token t in language r->lang[li] (a number: its fold), as an
 * offset and length in r->buf; length 0 when none.  Each token is stemmed
 * once per language.  Returns VG_ENOMEM or 0. */
static int stem_of(vg_scan *sc, stem_run *r, size_t li, size_t t, uint32_t *off, uint32_t *len)
{
    if (!r->at[li] && !(r->at[li] = calloc(sc->ntok, sizeof(uint32_t))))
        return VG_ENOMEM;
    uint32_t v = r->at[li][t];
    if (v) {
        *off = v >> 8;
        *len = (v & 0xFF) - 1;
        return 0;
    }
    if (r->cap - r->used < 64) {
        size_t nc = r->cap ? r->cap * 2 : 4096;
        char *nb = nc < (1u << 24) ? realloc(r->buf, nc) : NULL;
        if (!nb)
            return VG_ENOMEM;
        r->buf = nb;
        r->cap = nc;
    }
    const vg_tok *k = &sc->tok[t];
    const vg_dict_tok *f = &sc->ftok[t];
    uint32_t *slot = &r->seen[li][(f->h >> 40) % STEM_SEEN];
    if (*slot && r->at[li][*slot - 1]) {
        const vg_tok *g = &sc->tok[*slot - 1]; /* the same bytes: accents decide stems */
        if (sc->ftok[*slot - 1].h == f->h && g->e - g->s == k->e - k->s &&
            memcmp(sc->text + g->s, sc->text + k->s, k->e - k->s) == 0) {
            r->at[li][t] = v = r->at[li][*slot - 1];
            *off = v >> 8;
            *len = (v & 0xFF) - 1;
            return 0;
        }
    }
    *slot = (uint32_t)t + 1;
    size_t n = 0;
    if (k->flags & VG_TF_DIGIT) {
        n = f->len < 64 ? f->len : 0;
        memcpy(r->buf + r->used, sc->fold + f->off, n);
    } else if (f->len) {
        const char *m = ascii(sc->text + k->s, k->e - k->s)
                            ? vg_stems_memo(r->st, r->lang[li], sc->fold, f)
                            : NULL;
        if (m && (n = strlen(m)) < 64) /* an ASCII word the loader stemmed */
            memcpy(r->buf + r->used, m, n);
        else if (r->sm || (r->sm = vg_stems_take(r->st)) != NULL)
            n = vg_stem_token(r->sm, r->lang[li], sc->text + k->s, k->e - k->s, r->buf + r->used,
                              64);
        else
            n = 0; /* out of memory: no stem, as when Snowball's stemmer cannot be made */
        sc->nstemmed++;
    }
    *off = (uint32_t)r->used;
    *len = (uint32_t)n;
    r->at[li][t] = (uint32_t)(r->used << 8 | (n + 1));
    r->used += n;
    return 0;
}

/* The longest stem phrase of language r->lang[li] starting at token t,
 * before t1: its token count (0 when none; -1 out of memory), hits as for
 * vg_dict_match_toks. */
static long stem_match(vg_scan *sc, stem_run *r, size_t li, size_t t, size_t t1,
                       const vg_dict_hit **hits, size_t *nh)
{
    const vg_dict_tok *f = &sc->ftok[t];
    const vg_stem_filter *sf = &r->filter[li];
    if (f->len < 3 || !vg_stems_may(&sf->first, sc->fold + f->off, f->len))
        return 0;
    uint32_t off, len;
    if (stem_of(sc, r, li, t, &off, &len) < 0)
        return -1;
    uint64_t th = len ? vg_dict_tok_hash(r->buf + off, len) : 0;
    if (!len || !vg_dict_may_start(vg_dict_start_filter(r->dict[li]), th))
        return 0;
    char wb[VG_DICT_KEY_MAX + 64]; /* the stems of t, t + 1, ... as a folded phrase */
    vg_dict_tok wt[VG_DICT_MAX_WORDS];
    size_t k = 0, used = 0;
    size_t maxw =
        vg_stems_multi(sf, th) ? r->maxw[li] : 1; /* the next stems only when a key goes on */
    for (size_t w = 0; w < maxw && t + w < t1 && k < VG_DICT_MAX_WORDS; w++) {
        const char *src = r->buf + off;
        const vg_dict_tok *g = &sc->ftok[t + w];
        if (w && g->len && g->len <= VG_STEM_SHORT) {
            src = sc->fold + g->off; /* vg_stem_short: as it is */
            len = g->len;
        } else if (w && !vg_stems_may(&sf->later, sc->fold + g->off, g->len)) {
            len = 0; /* no later token of a key stems from it: no need to stem it */
        } else if (w && stem_of(sc, r, li, t + w, &off, &len) < 0) {
            return -1;
        } else if (w) {
            src = r->buf + off;
        }
        if (!len || used + len + 1 >= VG_DICT_KEY_MAX)
            break;
        memcpy(wb + used, src, len);
        vg_dict_tok_set(&wt[k++], wb, (uint32_t)used, len);
        used += len;
        wb[used++] = ' ';
    }
    return (long)vg_dict_match_toks(r->dict[li], wb, wt, k, hits, nh);
}

/* The stem match at t over the languages of r: the longest. */
static long stem_best(vg_scan *sc, stem_run *r, size_t t, size_t t1, const vg_dict_hit **hits,
                      size_t *nh)
{
    long best = 0;
    for (size_t li = 0; li < r->nlang; li++) {
        const vg_dict_hit *h;
        size_t n;
        long k = stem_match(sc, r, li, t, t1, &h, &n);
        if (k < 0)
            return -1;
        if (k > best) {
            best = k;
            *hits = h;
            *nh = n;
        }
    }
    return best;
}

/* Does the exact match's hit list override the stem hit h?  A block row
 * overrides every stem hit, an exact lexicon row the stem rows of its own
 * kind ("arrest", exact and weaker, keeps its weight). */
static int overridden(const vg_dict_hit *ex, size_t nex, const vg_dict_hit *h)
{
    if (h->tag != VG_TAG_LEX)
        return 0;
    int kind = ((const vg_lex_entry *)h->val)->kind;
    for (size_t i = 0; i < nex; i++) {
        if (ex[i].tag != VG_TAG_LEX)
            continue;
        int k = ((const vg_lex_entry *)ex[i].val)->kind;
        if (k == VG_LX_BLOCK || k == kind)
            return 1;
    }
    return 0;
}

/* An exact and a stem match of the same length: the mark gets the exact
 * hits and the stem hits they do not override (each merge is its own
 * allocation, kept by the scan).  *n is the merged count. */
static const vg_dict_hit *merge_hits(vg_scan *sc, const vg_dict_hit *a, size_t na,
                                     const vg_dict_hit *b, size_t nb, size_t *n)
{
    size_t keep = 0;
    for (size_t i = 0; i < nb; i++)
        keep += !overridden(a, na, &b[i]);
    *n = na;
    if (!keep)
        return a;
    if (vg_arr_room(&sc->merged, sc->nmerged, &sc->mergedcap, sizeof(*sc->merged), 8) < 0)
        return NULL;
    vg_dict_hit *h = malloc((na + keep) * sizeof(*h));
    if (!h)
        return NULL;
    memcpy(h, a, na * sizeof(*h));
    for (size_t i = 0; i < nb; i++)
        if (!overridden(a, na, &b[i]))
            h[(*n)++] = b[i];
    sc->merged[sc->nmerged++] = h;
    return h;
}

/* The longest-match segmentation of tokens [t0, t1) into marks (under: into
 * sc->under, a released name's span, where the first phrase must be
 * shorter than the span): at each token the longer of the exact and the
 * stem match, the exact one's hits first when they are as long. */
static int segment(const vg_dict *d, stem_run *r, vg_scan *sc, size_t t0, size_t t1, int under,
                   size_t *cap)
{
    const uint64_t *filter = vg_dict_start_filter(d);
    int masks = vg_dict_has_masks(d); /* the exact matches' masks come with them */
    for (size_t t = t0; t < t1;) {
        const vg_dict_hit *h = NULL, *hs = NULL;
        size_t nh = 0, nhs = 0, n = 0, tend = under && t == t0 ? t1 - 1 : t1;
        uint32_t tags = 0;
        uint64_t kinds = 0;
        if ((sc->tok[t].flags & VG_TF_DIGIT) && sc->tok[t].e - sc->tok[t].s > 1) {
            t++; /* a number: no key starts with it */
            continue;
        }
        if (vg_dict_may_start(filter, sc->ftok[t].h))
            n = vg_dict_match_masks(d, sc->fold, &sc->ftok[t], tend - t, &h, &nh, &tags, &kinds);
        int masks_ok = masks;
        const vg_dict_tok *f = &sc->ftok[t];
        long ns = r && f->len >= 3 && vg_stems_may2(r->p2, sc->fold + f->off)
                      ? stem_best(sc, r, t, tend, &hs, &nhs)
                      : 0;
        if (ns < 0)
            return VG_ENOMEM;
        if ((size_t)ns > n) {
            n = (size_t)ns;
            h = hs;
            nh = nhs;
            masks_ok = 0;
        } else if (ns && (size_t)ns == n) {
            if (!(h = merge_hits(sc, h, nh, hs, nhs, &nh)))
                return VG_ENOMEM;
            masks_ok = 0;
        }
        if (!n) {
            t++;
            continue;
        }
        vg_mark m = {(uint32_t)t, (uint32_t)(t + n), (uint32_t)nh, 0, 0, h};
        if (masks_ok) {
            m.tags = tags;
            m.kinds = kinds;
        } else {
            mark_masks(&m);
        }
        if (under) {
            if (vg_arr_room(&sc->under, sc->nunder, cap, sizeof(*sc->under), 8) < 0)
                return VG_ENOMEM;
            sc->under[sc->nunder++] = m;
        } else {
            sc->tok[t].mark = (int32_t)sc->nmark;
            sc->tkinds[t] = m.kinds;
            if (push_mark(sc, cap, &m) < 0)
                return VG_ENOMEM;
        }
        t += n;
    }
    return 0;
}

static stem_run *stem_setup(stem_run *r, const vg_stems *st, int want);

/* Each sentence's first mark (vg_sent.m0), once the marks are made. */
static void sent_marks(vg_scan *sc)
{
    size_t m = 0;
    for (size_t i = 0; i < sc->nsent; i++) {
        while (m < sc->nmark && sc->mark[m].t0 < sc->sent[i].t0)
            m++;
        sc->sent[i].m0 = (uint32_t)m;
    }
}

/* The marks of sc with the released ones replaced by the phrases under
 * them (sc->under, in order), and the tokens' mark indices anew. */
static int rebuild_marks(vg_scan *sc, const uint8_t *release, const size_t *first)
{
    size_t n = sc->nmark + sc->nunder, k = 0;
    vg_mark *v = malloc(n * sizeof(*v));
    if (!v)
        return VG_ENOMEM;
    for (size_t i = 0; i < sc->nmark; i++) {
        if (!release[i]) {
            v[k++] = sc->mark[i];
            continue;
        }
        for (size_t u = first[i]; u < sc->nunder && sc->under[u].t0 < sc->mark[i].t1; u++)
            v[k++] = sc->under[u];
    }
    free(sc->mark);
    sc->mark = v;
    sc->nmark = k;
    for (size_t t = 0; t < sc->ntok; t++) {
        sc->tok[t].mark = -1;
        sc->tkinds[t] = 0;
    }
    for (size_t i = 0; i < k; i++) {
        sc->tok[sc->mark[i].t0].mark = (int32_t)i;
        sc->tkinds[sc->mark[i].t0] = sc->mark[i].kinds;
    }
    sent_marks(sc);
    return 0;
}

int vg_scan_release(vg_scan *sc, const vg_dict *d, const vg_stems *st, const uint8_t *release)
{
    size_t gone = 0, ucap = 0, *first = NULL;
    int rc = VG_ENOMEM;
    stem_run run;
    stem_run *r = stem_setup(&run, st, sc->lang);
    for (size_t i = 0; i < sc->nmark; i++) {
        if (!release[i] || sc->mark[i].t1 - sc->mark[i].t0 < 2)
            continue;
        if (!first && !(first = calloc(sc->nmark, sizeof(*first))))
            goto out;
        first[i] = sc->nunder;
        if (segment(d, r, sc, sc->mark[i].t0, sc->mark[i].t1, 1, &ucap) < 0)
            goto out;
        gone++;
    }
    rc = 0;
    if (gone) {
        uint8_t *rel = calloc(sc->nmark, 1);
        if (!rel) {
            rc = VG_ENOMEM;
            goto out;
        }
        for (size_t i = 0; i < sc->nmark; i++)
            rel[i] = release[i] && sc->mark[i].t1 - sc->mark[i].t0 >= 2;
        rc = rebuild_marks(sc, rel, first);
        free(rel);
    }
out:
    stem_run_free(&run);
    free(first);
    return rc < 0 ? rc : (int)gone;
}

/* The stem dictionaries of the languages to try for lang, or NULL. */
static stem_run *stem_setup(stem_run *r, const vg_stems *st, int want)
{
    memset(r, 0, offsetof(stem_run, seen)); /* seen: only the languages tried, below */
    if (!st)
        return NULL;
    r->st = st;
    for (int i = 0; i < VG_STEM__N; i++) {
        size_t mw;
        const vg_dict *sd = vg_stems_dict(st, i, &mw);
        if ((want >= 0 && i != want) || !sd)
            continue;
        r->lang[r->nlang] = i;
        r->dict[r->nlang] = sd;
        vg_stems_filter(st, i, &r->filter[r->nlang]);
        for (size_t b = 0; b < sizeof(r->p2); b++)
            r->p2[b] |= r->filter[r->nlang].first.p2[b];
        r->maxw[r->nlang++] = mw;
    }
    memset(r->seen, 0, r->nlang * sizeof(r->seen[0]));
    return r->nlang ? r : NULL;
}

int vg_scan_text_stems(const vg_dict *d, const vg_stems *st, const char *lang, const char *text,
                       size_t len, size_t max_tokens, vg_scan *out)
{
    size_t mcap = 0;
    stem_run run;
    memset(out, 0, sizeof(*out));
    if (!d || (!text && len))
        return VG_EINVAL;
    stem_run *r = stem_setup(&run, st, vg_stem_lang(lang));
    out->lang = vg_stem_lang(lang);
    out->text = text ? text : "";
    out->len = len;
    if (vg_scantok_run(out, max_tokens) < 0 || split_sentences(d, out) < 0 ||
        !(out->tkinds = calloc(out->ntok ? out->ntok : 1, sizeof(*out->tkinds))))
        goto fail;
    for (size_t i = 0; i < out->nsent; i++)
        if (segment(d, r, out, out->sent[i].t0, out->sent[i].t1, 0, &mcap) < 0)
            goto fail;
    sent_marks(out);
    stem_run_free(&run);
    return 0;
fail:
    stem_run_free(&run);
    vg_scan_free(out);
    return VG_ENOMEM;
}

int vg_scan_tokens(const char *text, size_t len, size_t max_tokens, vg_scan *out)
{
    memset(out, 0, sizeof(*out));
    if (!text && len)
        return VG_EINVAL;
    out->lang = -1;
    out->text = text ? text : "";
    out->len = len;
    int rc = vg_scantok_run(out, max_tokens);
    if (rc == 0 && !(out->tkinds = calloc(out->ntok ? out->ntok : 1, sizeof(*out->tkinds))))
        rc = VG_ENOMEM;
    if (rc < 0)
        vg_scan_free(out);
    return rc;
}

int vg_scan_text(const vg_dict *d, const char *text, size_t len, size_t max_tokens, vg_scan *out)
{
    return vg_scan_text_stems(d, NULL, NULL, text, len, max_tokens, out);
}

/* The rest of vg_scan_lex, once vg_scan_mark_for found the mark m at t. */
const vg_lex_entry *vg_scan_lex_in(const vg_scan *sc, const vg_mark *m, size_t t, int kind,
                                   size_t *end)
{
    for (uint32_t i = 0; i < m->nhits; i++) {
        if (m->hits[i].tag != VG_TAG_LEX)
            continue;
        const vg_lex_entry *e = m->hits[i].val;
        if (e->kind != kind || !vg_lex_lang_ok(e, sc->lang))
            continue;
        if ((e->flags & VG_LXF_CAP) && !(sc->tok[t].flags & VG_TF_CAP))
            continue;
        if (end)
            *end = m->t1;
        return e;
    }
    return NULL;
}

/* The rest of vg_scan_tag, once vg_scan_mark_for found the mark m. */
const void *vg_scan_tag_in(const vg_mark *m, int tag, size_t *end)
{
    for (uint32_t i = 0; i < m->nhits; i++) {
        if (m->hits[i].tag == tag) {
            if (end)
                *end = m->t1;
            return m->hits[i].val;
        }
    }
    return NULL;
}

long vg_scan_digits(const vg_scan *sc, size_t t)
{
    if (t >= sc->ntok || !(sc->tok[t].flags & (VG_TF_DIGIT | VG_TF_DIGPFX)))
        return -1;
    long v = 0;
    int n = 0;
    for (size_t i = sc->tok[t].s; i < sc->tok[t].e && sc->text[i] >= '0' && sc->text[i] <= '9';
         i++) {
        if (++n > 9)
            return -1;
        v = v * 10 + (sc->text[i] - '0');
    }
    return v;
}
