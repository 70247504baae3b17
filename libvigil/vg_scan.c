/*
 * vg_scan.c - tokens, sentences and dictionary marks (see vg_scan.h).
 *
 * Three linear passes: tokenise (folding each token once, for the
 * dictionary and vg_scan_is), split sentences from the gaps between
 * tokens, then match the dictionary inside each sentence.  Matching inside a
 * sentence only keeps phrases from spanning a full stop, and skipping to the
 * end of each match gives the usual longest-match segmentation.
 */
#include "vg_scan.h"
#include "vg_dict.h"
#include "vg_lex.h"
#include "vg_norm.h"
#include "vigil.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void vg_scan_free(vg_scan *sc)
{
    if (!sc)
        return;
    free(sc->tok);
    free(sc->mark);
    free(sc->sent);
    free(sc->fold);
    free(sc->ftok);
    memset(sc, 0, sizeof(*sc));
}

/* VG_TF_* of a token.  The first letter decides VG_TF_CAP, and the first
 * letter that is not upper case rules out VG_TF_ALLCAP, so the scan stops
 * there (most words: at their second letter). */
static uint16_t tok_flags(const char *s, size_t n)
{
    uint16_t f = 0;
    size_t i = 0, letters = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == n)
        return VG_TF_DIGIT;
    if (i)
        f |= VG_TF_DIGPFX;
    while (i < n) {
        int32_t cp;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) /* ASCII fast path */
            cp = c, i++;
        else
            i += vg_norm_decode(s + i, n - i, &cp);
        if (cp >= '0' && cp <= '9')
            continue;
        letters++;
        if (!(c < 0x80 ? cp >= 'A' && cp <= 'Z' : utf8proc_isupper(cp)))
            return f; /* a letter that is not upper case */
        if (letters == 1 && !(f & VG_TF_DIGPFX))
            f |= VG_TF_CAP;
    }
    if (letters >= 2)
        f |= VG_TF_ALLCAP;
    return f;
}

static int grow_toks(vg_scan *sc, size_t *cap)
{
    size_t nc = *cap ? *cap * 2 : 256;
    vg_tok *nt = realloc(sc->tok, nc * sizeof(*nt));
    if (!nt)
        return VG_ENOMEM;
    sc->tok = nt;
    vg_dict_tok *nf = realloc(sc->ftok, nc * sizeof(*nf));
    if (!nf)
        return VG_ENOMEM;
    sc->ftok = nf;
    *cap = nc;
    return 0;
}

/* Fold token t into sc->fold at *used (a token whose fold does not fit a
 * dictionary key gets length 0), then a space. */
static int fold_tok(vg_scan *sc, size_t t, size_t *used, size_t *cap)
{
    if (*cap - *used < VG_DICT_KEY_MAX + 1) {
        size_t nc = *cap ? *cap * 2 : 4096;
        char *nb = realloc(sc->fold, nc);
        if (!nb)
            return VG_ENOMEM;
        sc->fold = nb;
        *cap = nc;
    }
    const vg_tok *k = &sc->tok[t];
    size_t n = vg_fold_token(sc->text + k->s, k->e - k->s, sc->fold + *used, VG_DICT_KEY_MAX);
    if (*used + n >= UINT32_MAX)
        return VG_EINVAL;
    vg_dict_tok_set(&sc->ftok[t], sc->fold, (uint32_t)*used, (uint32_t)n);
    *used += n;
    sc->fold[(*used)++] = ' ';
    return 0;
}

static int tokenise(vg_scan *sc, size_t max_tokens)
{
    size_t pos = 0, ts, te, cap = 0, fused = 0, fcap = 0;
    while (vg_tok_next(sc->text, sc->len, &pos, &ts, &te)) {
        if (sc->ntok >= max_tokens) {
            sc->cap_hit = 1;
            break;
        }
        if (sc->ntok == cap && grow_toks(sc, &cap) < 0)
            return VG_ENOMEM;
        sc->tok[sc->ntok] =
            (vg_tok){(uint32_t)ts, (uint32_t)te, 0, -1, tok_flags(sc->text + ts, te - ts)};
        int rc = fold_tok(sc, sc->ntok++, &fused, &fcap);
        if (rc < 0)
            return rc;
    }
    return 0;
}

const char *vg_scan_gap(const vg_scan *sc, size_t t, size_t *len)
{
    if (t + 1 >= sc->ntok) {
        *len = t < sc->ntok ? sc->len - sc->tok[t].e : 0;
        return t < sc->ntok ? sc->text + sc->tok[t].e : "";
    }
    *len = sc->tok[t + 1].s - sc->tok[t].e;
    return sc->text + sc->tok[t].e;
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
    size_t n;
    const char *g = vg_scan_gap(sc, t, &n);
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
    if (sc->nsent == *cap) {
        size_t nc = *cap ? *cap * 2 : 32;
        vg_sent *ns = realloc(sc->sent, nc * sizeof(*ns));
        if (!ns)
            return VG_ENOMEM;
        sc->sent = ns;
        *cap = nc;
    }
    sc->sent[sc->nsent++] =
        (vg_sent){(uint32_t)t0, (uint32_t)t1, para, sc->tok[t0].s, sc->tok[t1 - 1].e};
    return 0;
}

static int split_sentences(const vg_dict *d, vg_scan *sc)
{
    size_t cap = 0, t0 = 0;
    uint32_t para = 0;
    for (size_t t = 0; t < sc->ntok; t++) {
        int b = t + 1 < sc->ntok ? boundary(d, sc, t) : 1;
        sc->tok[t].sent = (uint32_t)sc->nsent;
        if (!b)
            continue;
        if (push_sent(sc, &cap, t0, t + 1, para) < 0)
            return VG_ENOMEM;
        if (b == 2)
            para++;
        t0 = t + 1;
    }
    return 0;
}

static int push_mark(vg_scan *sc, size_t *cap, const vg_mark *m)
{
    if (sc->nmark == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        vg_mark *nm = realloc(sc->mark, nc * sizeof(*nm));
        if (!nm)
            return VG_ENOMEM;
        sc->mark = nm;
        *cap = nc;
    }
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

static int match_sentence(const vg_dict *d, vg_scan *sc, const vg_sent *s, size_t *cap)
{
    for (size_t t = s->t0; t < s->t1;) {
        const vg_dict_hit *h;
        size_t nh;
        if ((sc->tok[t].flags & VG_TF_DIGIT) && sc->tok[t].e - sc->tok[t].s > 1) {
            t++; /* numbers start no phrase: skip the lookup */
            continue;
        }
        size_t n = vg_dict_match_toks(d, sc->fold, &sc->ftok[t], s->t1 - t, &h, &nh);
        if (!n) {
            t++;
            continue;
        }
        vg_mark m = {(uint32_t)t, (uint32_t)(t + n), (uint32_t)nh, 0, 0, h};
        mark_masks(&m);
        sc->tok[t].mark = (int32_t)sc->nmark;
        if (push_mark(sc, cap, &m) < 0)
            return VG_ENOMEM;
        t += n;
    }
    return 0;
}

int vg_scan_text(const vg_dict *d, const char *text, size_t len, size_t max_tokens, vg_scan *out)
{
    size_t mcap = 0;
    memset(out, 0, sizeof(*out));
    if (!d || (!text && len))
        return VG_EINVAL;
    out->text = text ? text : "";
    out->len = len;
    if (tokenise(out, max_tokens) < 0 || split_sentences(d, out) < 0)
        goto fail;
    for (size_t i = 0; i < out->nsent; i++)
        if (match_sentence(d, out, &out->sent[i], &mcap) < 0)
            goto fail;
    return 0;
fail:
    vg_scan_free(out);
    return VG_ENOMEM;
}

/* The rest of vg_scan_lex, once vg_scan_mark_for found the mark m at t. */
const vg_lex_entry *vg_scan_lex_in(const vg_scan *sc, const vg_mark *m, size_t t, int kind,
                                   size_t *end)
{
    for (uint32_t i = 0; i < m->nhits; i++) {
        if (m->hits[i].tag != VG_TAG_LEX)
            continue;
        const vg_lex_entry *e = m->hits[i].val;
        if (e->kind != kind)
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

int vg_scan_is(const vg_scan *sc, size_t t, const char *w)
{
    if (t >= sc->ntok)
        return 0;
    const vg_dict_tok *f = &sc->ftok[t];
    size_t n = strlen(w);
    return f->len && f->len < 64 && f->len == n && memcmp(sc->fold + f->off, w, n) == 0;
}
