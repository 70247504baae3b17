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
#include "vg_dict.h"
#include "vg_norm.h"
#include "vigil.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const lang_names[VG_STEM__N] = {"english", "french"};
static const char *const lang_codes[VG_STEM__N] = {"en", "fr"};

struct vg_stems {
    struct vg_dict *dict[VG_STEM__N];
    size_t max_words[VG_STEM__N];
    uint8_t prefix[VG_STEM__N][VG_STEM_PREFIXES / 8];
    size_t rows;
    vg_stemmer load; /* the loader's stemmers (loading is single-threaded) */
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
    return calloc(1, sizeof(vg_stems));
}

void vg_stems_free(vg_stems *st)
{
    if (!st)
        return;
    for (int i = 0; i < VG_STEM__N; i++)
        vg_dict_free(st->dict[i]);
    vg_stemmer_free(&st->load);
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

const uint8_t *vg_stems_prefixes(const vg_stems *st, int lang)
{
    if (!st || lang < 0 || lang >= VG_STEM__N || !st->dict[lang])
        return NULL;
    return st->prefix[lang];
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

/* Set the prefix bits of a folded stem: its first three letters, or its
 * first two and any third when it is shorter than four (its last letter
 * may differ from the word's: English "cry" -> "cri"). */
static int set_prefix(vg_stems *st, int lang, const char *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (f[i] < 'a' || f[i] > 'z')
            return VG_EINVAL;
    if (n < VG_STEM_MIN)
        return VG_EINVAL;
    unsigned a = (unsigned)(f[0] - 'a'), b = (unsigned)(f[1] - 'a');
    for (unsigned c = 0; c < 26; c++) {
        if (n >= 4 && c != (unsigned)(f[2] - 'a'))
            continue;
        unsigned i = (a * 26 + b) * 26 + c;
        st->prefix[lang][i >> 3] |= (uint8_t)(1u << (i & 7));
    }
    return 0;
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
    while (vg_tok_next(phrase, len, &pos, &ts, &te)) {
        char stem[VG_DICT_KEY_MAX];
        size_t n = vg_stem_token(sm, lang, phrase + ts, te - ts, stem, sizeof(stem));
        if (!n && sm->failed[lang])
            return VG_ENOMEM;
        if (!n || klen + n + 2 >= sizeof(key) || ++words > VG_DICT_MAX_WORDS)
            return VG_EINVAL;
        if (words == 1 && set_prefix(st, lang, stem, n) < 0) {
            if (bad && bad_cap)
                snprintf(bad, bad_cap, "%.*s", (int)n, stem);
            return VG_EINVAL;
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
    st->rows++;
    return 0;
}
