/*
 * vg_ex_tokens.c - extraction stage 0: token helpers and per-token caches.
 *
 * The dictionary scan (vg_scan) gives tokens, sentences and marks; every
 * later stage asks the same questions of them (is there a number here, a
 * date, "by", an article?).  Numbers and dates are parsed once per article,
 * only at tokens where one may start (digits, or a mark whose lexicon kinds
 * allow it: vg_num_may_start, vg_date_may_start), into arrays in token
 * order with one allocation, indexed by token; sentence passes visit only
 * their own numbers, dates and marks (a binary search finds the first).
 * Year-less dates are parsed again once the text has given a year.
 * Function words ("the", "by", "according to": the lexicon's word kinds)
 * are looked up in the lexicon's word dictionary with the hashes the scan
 * computed, once per token: a bit set of the kinds of the token alone (for
 * every token, with the other caches), and one of the kinds of the longer
 * words (up to four tokens) from it (when first asked).
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <stdlib.h>
#include <string.h>

void vg_ex_copy_tokens(const vg_ex_ctx *x, size_t t0, size_t t1, char *dst, size_t cap)
{
    if (t1 <= t0 || t1 > x->sc.ntok) {
        dst[0] = 0; /* cap >= 1: every caller passes an array */
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

int vg_ex_possessive(const vg_ex_ctx *x, size_t end)
{
    size_t gl;
    const char *g = vg_scan_gap(&x->sc, end - 1, &gl);
    return end < x->sc.ntok && x->sc.tok[end].e - x->sc.tok[end].s == 1 &&
           x->text[x->sc.tok[end].s] == 's' && gl >= 1 &&
           (g[0] == '\'' || (unsigned char)g[0] == 0xE2);
}

static size_t sent_end(const vg_ex_ctx *x, size_t t)
{
    return x->sc.sent[x->sc.tok[t].sent].t1;
}

/* Numbers and dates at every token where one may start (vg_date_may_start
 * holds wherever vg_num_may_start does; most tokens are skipped without a
 * call).  The number at a token is handed to the date parser ("two days
 * ago") rather than parsed twice. */
static void cache_nums_dates(vg_ex_ctx *x)
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
        if (vg_date_at_num(sc, t, tend, &x->pub, NULL, np, &x->dates[x->ndates]))
            x->date_at[t] = (int32_t)x->ndates++;
    }
}

/* One block for every per-token cache: places by token, the numbers and
 * dates (at most one per token where one may start), their indexes by
 * token.  Largest alignment first. */
static int alloc_caches(vg_ex_ctx *x)
{
    size_t n = x->sc.ntok ? x->sc.ntok : 1; /* only the used part is touched */
    size_t sz = n * sizeof(*x->place_tok) + n * sizeof(*x->word_hits) + n * sizeof(*x->nums) +
                n * sizeof(*x->dates) + 5 * n * sizeof(int32_t) + n;
    char *b = malloc(sz);
    if (!b)
        return VG_ENOMEM;
    x->cache = b;
    x->place_tok = (const vg_place **)(void *)b;
    b += n * sizeof(*x->place_tok);
    x->word_hits = (vg_ex_hits *)(void *)b; /* written before read (cache_word_kinds) */
    b += n * sizeof(*x->word_hits);
    x->nums = (vg_num *)(void *)b;
    b += n * sizeof(*x->nums);
    x->dates = (vg_dateval *)(void *)b;
    b += n * sizeof(*x->dates);
    x->num_at = (int32_t *)(void *)b;
    b += n * sizeof(int32_t);
    x->date_at = (int32_t *)(void *)b;
    b += n * sizeof(int32_t);
    x->word_kinds = (uint32_t *)(void *)b; /* written before read (cache_word_kinds) */
    x->word_kinds[0] = 0;                  /* (n is 1 when there is no token) */
    b += n * sizeof(uint32_t);
    x->word_long = (uint32_t *)(void *)b; /* written before read (VG_EX_WK_LONG) */
    b += n * sizeof(uint32_t);
    x->ref_memo = (uint32_t *)(void *)b;
    memset(x->ref_memo, 0, n * sizeof(uint32_t));
    b += n * sizeof(uint32_t);
    x->dem_tok = (uint8_t *)b;
    return 0;
}

#define WK_SEEN 128 /* slots of cache_word_kinds' memo of words seen */

static void cache_word_kinds(vg_ex_ctx *x);

int vg_ex_fill_caches(vg_ex_ctx *x)
{
    if (alloc_caches(x) < 0)
        return VG_ENOMEM;
    cache_word_kinds(x);
    cache_nums_dates(x);
    vg_ex_date_context(x); /* year-less dates again, with the text's years */
    return 0;
}

void vg_ex_recache(vg_ex_ctx *x)
{
    memset(x->ref_memo, 0, (x->sc.ntok ? x->sc.ntok : 1) * sizeof(uint32_t)); /* marks changed */
    cache_nums_dates(x);
    vg_ex_date_context(x);
}

void vg_ex_free_caches(vg_ex_ctx *x)
{
    free(x->cache);
}

/* The kind bits of the lexicon hits h[0..n) in language lang. */
static inline uint32_t kind_bits(const vg_dict_hit *h, size_t n, int lang)
{
    uint32_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const vg_lex_entry *e = h[i].val;
        if (h[i].tag == VG_TAG_LEX && e->kind >= VG_LX_DET &&
            e->kind < VG_LX_DET + VG_EX_WK_KINDS && vg_lex_lang_ok(e, lang))
            m |= 1u << (e->kind - VG_LX_DET);
    }
    return m;
}

/* The word kinds each token alone spells in the article's language, in
 * one pass: the passes ask about nine tokens in ten, many times each ("is
 * it an article?"), and the two tokens in three that are no function word
 * fail the first-token filter at once, so the whole pass costs less than
 * looking them up one by one when first asked, and vg_ex_kinds_at is one
 * load. */
static void cache_word_kinds(vg_ex_ctx *x)
{
    const vg_scan *sc = &x->sc;
    /* the same word again (an article repeats its function words): its
     * last token, + 1, by the fold's hash; a collision costs a probe */
    uint32_t seen[WK_SEEN] = {0};
    for (size_t t = 0; t < sc->ntok; t++) {
        const vg_dict_hit *h;
        size_t nh;
        const vg_dict_tok *f = &sc->ftok[t];
        x->word_hits[t] = (vg_ex_hits){NULL, 0};
        x->word_kinds[t] = VG_EX_WK_KNOWN;
        if (!x->words_first || !vg_dict_may_start(x->words_first, f->h))
            continue;
        uint32_t *slot = &seen[(f->h >> 40) % WK_SEEN];
        const vg_dict_tok *g = *slot ? &sc->ftok[*slot - 1] : NULL;
        if (g && g->h == f->h && g->len == f->len &&
            memcmp(sc->fold + g->off, sc->fold + f->off, f->len) == 0) {
            x->word_hits[t] = x->word_hits[*slot - 1];
            x->word_kinds[t] = x->word_kinds[*slot - 1];
            continue;
        }
        *slot = (uint32_t)t + 1;
        if (vg_dict_match_toks(x->words, sc->fold, f, 1, &h, &nh) == 1) {
            x->word_kinds[t] |= kind_bits(h, nh, sc->lang);
            x->word_hits[t] = (vg_ex_hits){h, nh};
        }
    }
}

/* The word kinds of every word of two to VG_EX_WK_LEN tokens from t, in
 * the article's language, looked up once per token: one walk of the word
 * dictionary, when the filter of the longer words' first two tokens
 * allows one ("according to", "a annoncé"). */
uint32_t vg_ex_long_kinds(const vg_ex_ctx *x, size_t t)
{
    const vg_dict_hit *h[VG_EX_WK_LEN];
    size_t nh[VG_EX_WK_LEN], n = x->sc.ntok - t;
    const vg_dict_tok *ft = &x->sc.ftok[t];
    uint32_t m = 0;
    if (n > VG_EX_WK_LEN)
        n = VG_EX_WK_LEN;
    if (n > 1 && x->words_first && vg_dict_may_start(x->words_first, ft->h) &&
        (!x->words_multi ||
         vg_dict_may_start(x->words_multi, vg_lex_pair_hash(ft[0].h, ft[1].h))) &&
        vg_dict_match_each(x->words, x->sc.fold, ft, n, h, nh))
        for (size_t k = 1; k < n; k++)
            m |= kind_bits(h[k], nh[k], x->sc.lang);
    x->word_long[t] = m;
    x->word_kinds[t] |= VG_EX_WK_LONG;
    return m;
}

/* vg_ex_word past its inline rejections: one probe of the word dictionary
 * with the hashes the scan computed. */
const vg_lex_entry *vg_ex_word_probe(const vg_ex_ctx *x, size_t t, size_t n, int kind)
{
    const vg_dict_hit *h;
    size_t nh;
    if (!x->words)
        return NULL;
    if (n == 1 && x->word_kinds && (x->word_kinds[t] & VG_EX_WK_KNOWN)) {
        h = x->word_hits[t].h; /* the token's own hits, looked up once */
        nh = x->word_hits[t].n;
    } else if (vg_dict_match_toks(x->words, x->sc.fold, &x->sc.ftok[t], n, &h, &nh) != n) {
        return NULL;
    }
    for (size_t i = 0; i < nh; i++) {
        const vg_lex_entry *e = h[i].val;
        if (h[i].tag == VG_TAG_LEX && e->kind == kind && vg_lex_lang_ok(e, x->sc.lang))
            return e;
    }
    return NULL;
}

/* "by"/"par" before t, or before the article in front of it ("tendue par
 * des jihadistes", "by the army") */
int vg_ex_is_by(const vg_ex_ctx *x, size_t t, size_t s0)
{
    if (t <= s0)
        return 0;
    return vg_ex_is_word(x, t - 1, VG_LX_AGENT) ||
           (t >= s0 + 2 && vg_ex_is_word(x, t - 2, VG_LX_AGENT) &&
            vg_ex_is_word(x, t - 1, VG_LX_DET));
}

/* Token t continues the phrase before it: same sentence, one space between
 * (no punctuation, line break or wider gap). */
int vg_ex_tok_joined(const vg_ex_ctx *x, size_t t)
{
    const vg_tok *a = &x->sc.tok[t - 1], *b = &x->sc.tok[t];
    return a->sent == b->sent && b->s == a->e + 1 && x->text[a->e] == ' ';
}

/* Every phrase of the knowledge's dictionary inside [t, e), shortest first
 * from each start: the scan keeps only the longest phrase, so a cue inside
 * a trigger's own phrase ("seized power", an aircraft inside an army's
 * name) has no mark of its own. */
const vg_lex_entry *vg_ex_lex_inside(const vg_ex_ctx *x, size_t t, size_t e, vg_ex_lex_ok ok)
{
    for (size_t k = t; k < e; k++)
        for (size_t n = 1; k + n <= e; n++) {
            const vg_dict_hit *h;
            size_t nh;
            if (vg_dict_match_toks(x->kb->dict, x->sc.fold, &x->sc.ftok[k], n, &h, &nh) != n)
                continue;
            for (size_t i = 0; i < nh; i++)
                if (h[i].tag == VG_TAG_LEX && ok(x, h[i].val))
                    return h[i].val;
        }
    return NULL;
}
