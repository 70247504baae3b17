/*
 * vg_stem.c - phrases matched on Snowball stems (see vg_stem.h).
 *
 * Snowball (libstemmer) is the stemmer the information-retrieval world uses
 * for English and French: small, fast, maintained, packaged by Debian.  It
 * wants lower-case UTF-8, accents kept ("tués" -> "tu"; "tues" would not
 * conflate), so a token is lowered here, stemmed, and the stem folded the
 * way the dictionary folds (vg_fold_token), which makes stems of text and
 * of lexicon rows comparable whatever their accents and case.
 */
#include "vg_stem.h"
#include "vg_arr.h"
#include "vg_dict.h"
#include "vg_norm.h"
#include "vigil.h"

#include <libstemmer.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define VG_STEM_POOL 16 /* scans stemming at once without a stemmer of their own */

static const char *const lang_names[VG_STEM__N] = {"english", "french"};
static const char *const lang_codes[VG_STEM__N] = {"en", "fr"};

typedef struct prefix_bits {
    uint8_t p2[VG_STEM_P2 / 8 + 1];
    uint8_t p3[VG_STEM_P3 / 8]; /* three-letter tokens */
    uint8_t p4[VG_STEM_P4 / 8]; /* the first four letters of longer ones */
    uint8_t minlen[VG_STEM_MINLEN_SLOTS];
} prefix_bits;

struct vg_stems {
    struct vg_dict *dict[VG_STEM__N];
    size_t max_words[VG_STEM__N];
    prefix_bits first[VG_STEM__N]; /* words that may stem to a key's first token */
    prefix_bits later[VG_STEM__N]; /* ... to one of its other tokens */
    uint64_t multi[VG_STEM__N][VG_DICT_FILTER_BITS / 64];
    struct vg_dict *memo[VG_STEM__N]; /* ASCII inflections verified at load -> stem */
    char **stems;                     /* the memo's stem strings */
    size_t nstems, capstems;
    size_t rows;
    vg_stemmer load; /* the loader's stemmers (loading is single-threaded) */
    /* stemmers lent to scans (vg_stems_take): slot i is in use while
     * busy[i] is set; only its taker touches pool[i] then */
    atomic_bool busy[VG_STEM_POOL];
    vg_stemmer pool[VG_STEM_POOL];
};

int vg_stem_lang(const char *code)
{
    for (int i = 0; code && i < VG_STEM__N; i++)
        if (strcmp(code, lang_codes[i]) == 0)
            return i;
    return -1;
}

vg_stems *vg_stems_new(void)
{
    vg_stems *st = calloc(1, sizeof(vg_stems));
    for (int i = 0; st && i < VG_STEM_POOL; i++)
        atomic_init(&st->busy[i], 0);
    return st;
}

vg_stemmer *vg_stems_take(const vg_stems *cst)
{
    vg_stems *st = (vg_stems *)cst; /* the pool: see vg_stem.h */
    for (int i = 0; st && i < VG_STEM_POOL; i++)
        if (!atomic_load_explicit(&st->busy[i], memory_order_relaxed) &&
            !atomic_exchange_explicit(&st->busy[i], 1, memory_order_acquire)) {
            memset(st->pool[i].failed, 0, sizeof(st->pool[i].failed)); /* try again */
            return &st->pool[i];
        }
    return calloc(1, sizeof(vg_stemmer));
}

void vg_stems_give(const vg_stems *cst, vg_stemmer *s)
{
    vg_stems *st = (vg_stems *)cst;
    if (!s)
        return;
    if (st && s >= st->pool && s < st->pool + VG_STEM_POOL) {
        atomic_store_explicit(&st->busy[s - st->pool], 0, memory_order_release);
        return;
    }
    vg_stemmer_free(s);
    free(s);
}

void vg_stems_free(vg_stems *st)
{
    if (!st)
        return;
    for (int i = 0; i < VG_STEM__N; i++) {
        vg_dict_free(st->dict[i]);
        vg_dict_free(st->memo[i]);
    }
    for (size_t i = 0; i < st->nstems; i++)
        free(st->stems[i]);
    free(st->stems);
    vg_stemmer_free(&st->load);
    for (int i = 0; i < VG_STEM_POOL; i++)
        vg_stemmer_free(&st->pool[i]);
    free(st);
}

size_t vg_stems_count(const vg_stems *st)
{
    return st ? st->rows : 0;
}

const vg_dict *vg_stems_dict(const vg_stems *st, int lang, size_t *max_words)
{
    if (!st || lang < 0 || lang >= VG_STEM__N || !st->dict[lang])
        return NULL;
    if (max_words)
        *max_words = st->max_words[lang];
    return st->dict[lang];
}

const char *vg_stems_memo(const vg_stems *st, int lang, const char *buf, const vg_dict_tok *t)
{
    const vg_dict_hit *h;
    size_t nh;
    if (!st || lang < 0 || lang >= VG_STEM__N || !st->memo[lang] ||
        !vg_dict_match_toks(st->memo[lang], buf, t, 1, &h, &nh))
        return NULL;
    for (size_t i = 1; i < nh; i++)
        if (strcmp(h[i].val, h[0].val) != 0)
            return NULL; /* two readings: let Snowball decide */
    return h[0].val;
}

int vg_stems_filter(const vg_stems *st, int lang, vg_stem_filter *out)
{
    if (!st || lang < 0 || lang >= VG_STEM__N || !st->dict[lang])
        return 0;
    const prefix_bits *f = &st->first[lang], *l = &st->later[lang];
    *out = (vg_stem_filter){
        {f->p2, f->p3, f->p4, f->minlen}, {l->p2, l->p3, l->p4, l->minlen}, st->multi[lang]};
    return 1;
}

void vg_stemmer_free(vg_stemmer *s)
{
    if (!s)
        return;
    for (int i = 0; i < VG_STEM__N; i++)
        if (s->sb[i])
            sb_stemmer_delete(s->sb[i]);
    memset(s, 0, sizeof(*s));
}

/* tok[0..n) in lower case into out (cap bytes): ASCII by table, the rest
 * through utf8proc.  Returns the length, 0 when it does not fit. */
static size_t lower(const char *tok, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)tok[i];
        if (c < 0x80) {
            if (o + 1 >= cap)
                return 0;
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp;
        i += vg_norm_decode(tok + i, n - i, &cp);
        if (o + 5 >= cap)
            return 0;
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)out + o);
    }
    out[o] = 0;
    return o;
}

size_t vg_stem_token(vg_stemmer *s, int lang, const char *tok, size_t n, char *out, size_t cap)
{
    char low[VG_STEM_MAXLEN * 2];
    if (lang < 0 || lang >= VG_STEM__N || n > VG_STEM_MAXLEN || s->failed[lang])
        return 0;
    if (!s->sb[lang] && !(s->sb[lang] = sb_stemmer_new(lang_names[lang], "UTF_8"))) {
        s->failed[lang] = 1; /* out of memory: no stem matches in this scan */
        return 0;
    }
    size_t ln = lower(tok, n, low, sizeof(low));
    if (!ln)
        return 0;
    const sb_symbol *r = sb_stemmer_stem(s->sb[lang], (const sb_symbol *)low, (int)ln);
    if (!r)
        return 0;
    int rl = sb_stemmer_length(s->sb[lang]);
    return rl > 0 ? vg_fold_token((const char *)r, (size_t)rl, out, cap) : 0;
}

static void set_bit(uint8_t *b, unsigned i)
{
    b[i >> 3] |= (uint8_t)(1u << (i & 7));
}

size_t vg_stem_short(const char *tok, size_t n, char *out, size_t cap)
{
    size_t m = vg_fold_token(tok, n, out, cap);
    return m && m <= VG_STEM_SHORT ? m : 0;
}

/* Set the prefix bits of the words a folded stem f[0..n) may come from:
 * they begin with its letters, but for its last one when that is an "i"
 * (English "deny" -> "deni") or the stem is short: any letter there. */
static int set_prefix(prefix_bits *pb, const char *f, size_t n)
{
    unsigned l[4];
    for (size_t i = 0; i < n; i++)
        if (f[i] < 'a' || f[i] > 'z')
            return VG_EINVAL;
    if (n < VG_STEM_MIN)
        return VG_EINVAL;
    size_t fixed = n >= 4 ? 4 : n; /* letters of the word's prefix the stem gives */
    if (n <= 4 && f[n - 1] == 'i')
        fixed = n - 1;
    for (size_t i = 0; i < 4; i++)
        l[i] = i < n ? (unsigned)(f[i] - 'a') : 0;
    set_bit(pb->p2, l[0] * 26 + l[1]);
    /* four-letter prefixes of longer words */
    for (unsigned c = 0; c < 26; c++) {
        if (fixed > 2 && c != l[2])
            continue;
        for (unsigned d = 0; d < 26; d++) {
            if (fixed > 3 && d != l[3])
                continue;
            unsigned i = ((l[0] * 26 + l[1]) * 26 + c) * 26 + d;
            uint8_t *m = &pb->minlen[i % VG_STEM_MINLEN_SLOTS];
            set_bit(pb->p4, i);
            if (!*m || *m > n)
                *m = (uint8_t)n;
        }
    }
    /* three-letter words: their stems have three letters or fewer */
    if (n <= 3)
        for (unsigned c = 0; c < 26; c++)
            if (fixed <= 2 || c == l[2])
                set_bit(pb->p3, (l[0] * 26 + l[1]) * 26 + c);
    return 0;
}

/* Endings tried on a row's first word (its stem kept by Snowball or not,
 * only what Snowball confirms is kept): the memo spares the scan a
 * stemming for the common inflections of the lexicon's words. */
static const char *const en_end[] = {"",    "s",   "es",   "ed",   "d",     "ing",   "ings", "er",
                                     "ers", "ion", "ions", "ment", "ments", "ation", NULL};
static const char *const en_end_e[] = {"ing", "ings", "ion", "ions", "ed", "er", "ers", NULL};
static const char *const en_end_dbl[] = {"ed", "ing", "ings", "er", "ers", NULL};
static const char *const fr_end[] = {
    "",    "e",     "es",     "s",   "ent",  "er",    "ez",     "ons", "ant",  "ants", "ante",
    "a",   "ait",   "aient",  "i",   "is",   "it",    "ie",     "ies", "u",    "us",   "ue",
    "ues", "ement", "ements", "ion", "ions", "ation", "ations", "eur", "eurs", NULL};

static int memo_put(vg_stems *st, int lang, const char *form, const char *stem, size_t sn)
{
    char s2[VG_DICT_KEY_MAX];
    size_t n = vg_stem_token(&st->load, lang, form, strlen(form), s2, sizeof(s2));
    if (!n || n != sn || memcmp(s2, stem, n) != 0)
        return 0; /* Snowball says otherwise: not an inflection of the row */
    if (vg_arr_room(&st->stems, st->nstems, &st->capstems, sizeof(*st->stems), 256) < 0)
        return VG_ENOMEM;
    char *c = malloc(sn + 1);
    if (!c)
        return VG_ENOMEM;
    memcpy(c, stem, sn);
    c[sn] = 0;
    st->stems[st->nstems++] = c;
    return vg_dict_add(st->memo[lang], form, strlen(form), 0, c);
}

/* The memo entries of a row whose first word is w (lower case) and whose
 * first stem is stem[0..sn). */
static int memo_row(vg_stems *st, int lang, const char *w, const char *stem, size_t sn)
{
    char base[48], form[192]; /* (w fits base: the formats cannot truncate) */
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)w[i] >= 0x80 || w[i] < 'a' || w[i] > 'z')
            return 0; /* ASCII words only: their fold is their lower case */
    if (n + 1 >= sizeof(base) || (!st->memo[lang] && !(st->memo[lang] = vg_dict_new())))
        return n + 1 >= sizeof(base) ? 0 : VG_ENOMEM;
    memcpy(base, w, n + 1);
    const char *const *ends = en_end;
    if (lang == VG_STEM_FR) {
        ends = fr_end;
        if (n > 3 && (strcmp(w + n - 2, "er") == 0 || strcmp(w + n - 2, "ir") == 0 ||
                      strcmp(w + n - 2, "re") == 0))
            base[n - 2] = 0;
    }
    int rc = 0;
    for (size_t i = 0; ends[i] && rc >= 0; i++) {
        snprintf(form, sizeof(form), "%s%s", base, ends[i]);
        rc = memo_put(st, lang, form, stem, sn);
    }
    if (lang == VG_STEM_EN && n > 2 && rc >= 0) {
        char last = w[n - 1];
        for (size_t i = 0; en_end_e[i] && last == 'e' && rc >= 0; i++) {
            snprintf(form, sizeof(form), "%.*s%s", (int)(n - 1), w, en_end_e[i]);
            rc = memo_put(st, lang, form, stem, sn);
        }
        for (size_t i = 0; en_end_dbl[i] && !strchr("aeiouwxy", last) && rc >= 0; i++) {
            snprintf(form, sizeof(form), "%s%c%s", w, last, en_end_dbl[i]);
            rc = memo_put(st, lang, form, stem, sn);
        }
        if (last == 'y' && rc >= 0) {
            snprintf(form, sizeof(form), "%.*sies", (int)(n - 1), w);
            rc = memo_put(st, lang, form, stem, sn);
            snprintf(form, sizeof(form), "%.*sied", (int)(n - 1), w);
            if (rc >= 0)
                rc = memo_put(st, lang, form, stem, sn);
        }
    }
    return rc < 0 ? rc : 0;
}

int vg_stems_add(vg_stems *st, int lang, const char *phrase, size_t len, int tag, const void *val,
                 char *bad, size_t bad_cap)
{
    char key[VG_DICT_KEY_MAX];
    size_t klen = 0, pos = 0, ts, te, words = 0;
    vg_stemmer *sm = &st->load;
    if (lang < 0 || lang >= VG_STEM__N)
        return VG_EINVAL;
    if (!st->dict[lang] && !(st->dict[lang] = vg_dict_new()))
        return VG_ENOMEM;
    uint64_t first = 0;
    while (vg_tok_next(phrase, len, &pos, &ts, &te)) {
        char stem[VG_DICT_KEY_MAX];
        size_t n = words ? vg_stem_short(phrase + ts, te - ts, stem, sizeof(stem)) : 0;
        if (!n)
            n = vg_stem_token(sm, lang, phrase + ts, te - ts, stem, sizeof(stem));
        if (!n && sm->failed[lang])
            return VG_ENOMEM;
        if (!n || klen + n + 2 >= sizeof(key) || ++words > VG_DICT_MAX_WORDS)
            return VG_EINVAL;
        if (words == 1 ? set_prefix(&st->first[lang], stem, n) < 0
                       : n > VG_STEM_SHORT && set_prefix(&st->later[lang], stem, n) < 0) {
            if (bad && bad_cap)
                snprintf(bad, bad_cap, "%.*s", (int)n, stem);
            return VG_EINVAL;
        }
        if (words == 1) {
            char low[VG_STEM_MAXLEN * 2];
            first = vg_dict_tok_hash(stem, n);
            if (te - ts < VG_STEM_MAXLEN && lower(phrase + ts, te - ts, low, sizeof(low)) &&
                memo_row(st, lang, low, stem, n) < 0)
                return VG_ENOMEM;
        }
        if (klen)
            key[klen++] = ' ';
        memcpy(key + klen, stem, n);
        klen += n;
    }
    if (!klen)
        return VG_EINVAL;
    int rc = vg_dict_add(st->dict[lang], key, klen, tag, val);
    if (rc < 0)
        return rc;
    if (words > st->max_words[lang])
        st->max_words[lang] = words;
    if (words > 1)
        st->multi[lang][(first >> 48) / 64] |= 1ull << ((first >> 48) % 64);
    st->rows++;
    return 0;
}
