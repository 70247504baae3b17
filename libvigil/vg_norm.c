/*
 * vg_norm.c - tokenising and folding for dictionary matching (see vg_norm.h).
 *
 * ASCII takes a fast path, and so do U+0080..U+024F through a table made
 * from utf8proc (vg_normtab.h); other code points go through utf8proc for
 * their category and their decomposition (to drop combining marks), one code
 * point at a time so nothing is allocated.
 */
#include "vg_norm.h"
#include "vg_normtab.h"

#include <string.h>
#include <utf8proc.h>

static int cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t vg_norm_decode(const char *s, size_t len, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 2 && u[0] >= 0xC2 && u[0] <= 0xDF && cont(u[1])) {
        *cp = (int32_t)(((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu));
        return 2; /* what utf8proc_iterate gives: no overlong, no surrogate */
    }
    if (len >= 3 && u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && cont(u[1]) && cont(u[2])) {
        *cp = (int32_t)(((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu));
        return 3;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s, len > 4 ? 4 : (utf8proc_ssize_t)len, &c);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return (size_t)n;
}

/* Modifier letters used as apostrophes or ayn/hamza in transliterations
 * (Jamaʼat, Jamāʿat): category Lm, but they separate words like ' does. */
static int is_apostrophe_letter(int32_t cp)
{
    return cp == 0x02B9 || (cp >= 0x02BB && cp <= 0x02BF);
}

/* ASCII classes: 1 = lower-case letter or digit, 2 = upper-case letter;
 * 0 for everything else, bytes >= 128 included. */
static const unsigned char ascii_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Lower case of ASCII bytes 1..127; 0 (take the general path) for NUL and
 * bytes >= 128. */
static const unsigned char ascii_fold[256] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55,  56,
    57,  58,  59,  60,  61,  62,  63,  64,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91,  92,  93,  94,
    95,  96,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,
};

/* ASCII letter or digit (0 <= c < 128). */
static int ascii_alnum(int32_t c)
{
    return ascii_class[c] != 0;
}

int vg_norm_is_alnum(int32_t cp)
{
    if (cp < 128)
        return cp >= 0 && ascii_alnum(cp);
    if (cp < VG_NORMTAB_END)
        return normtab[cp - 0x80].cls & VG_NT_ALNUM;
    if (is_apostrophe_letter(cp))
        return 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_MN: /* combining marks stay inside a word */
    case UTF8PROC_CATEGORY_MC:
        return 1;
    default:
        return 0;
    }
}

int vg_norm_is_upper(int32_t cp)
{
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z';
    if (cp < VG_NORMTAB_END)
        return (normtab[cp - 0x80].cls & VG_NT_UPPER) != 0;
    return utf8proc_isupper(cp);
}

static int is_mark(int32_t cp)
{
    if (cp >= 0x80 && cp < VG_NORMTAB_END)
        return (normtab[cp - 0x80].cls & VG_NT_MARK) != 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
}

/* start: a token may not begin with a combining mark (a mark after a space
 * or punctuation would otherwise make a token that folds to nothing). */
static int is_alnum_at(const char *s, size_t len, size_t i, size_t *n, int start)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 128) {
        *n = 1;
        return ascii_alnum(c);
    }
    int32_t cp;
    *n = vg_norm_decode(s + i, len - i, &cp);
    return vg_norm_is_alnum(cp) && !(start && is_mark(cp));
}

/* Length of the run of ASCII letters and digits at s[i..len). */
static size_t ascii_run(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && ascii_class[(unsigned char)s[j]])
        j++;
    return j - i;
}

size_t vg_tok_end(const char *s, size_t len, size_t i)
{
    size_t n;
    for (;;) {
        i += ascii_run(s, len, i);
        if (i >= len || (unsigned char)s[i] < 128 || !is_alnum_at(s, len, i, &n, 0))
            return i;
        i += n;
    }
}

int vg_tok_next(const char *s, size_t len, size_t *pos, size_t *ts, size_t *te)
{
    size_t i = *pos, n = 1;
    while (i < len && !is_alnum_at(s, len, i, &n, 1))
        i += n;
    if (i >= len) {
        *pos = len;
        return 0;
    }
    *ts = i;
    *te = *pos = vg_tok_end(s, len, i);
    return 1;
}

/* Append the folded form of one code point; returns bytes written or -1. */
static int fold_cp(int32_t cp, char *out, size_t room)
{
    if (cp < 128) {
        if (room < 1)
            return -1;
        out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        return 1;
    }
    if (cp < VG_NORMTAB_END && normtab[cp - 0x80].len != 255) {
        const vg_normtab_ent *t = &normtab[cp - 0x80];
        if (t->len > room)
            return -1;
        memcpy(out, t->out, t->len);
        return t->len;
    }
    if (cp == 0x0153 || cp == 0x0152 || cp == 0x00E6 || cp == 0x00C6) { /* oe, ae ligatures */
        if (room < 2)
            return -1;
        out[0] = cp == 0x0153 || cp == 0x0152 ? 'o' : 'a';
        out[1] = 'e';
        return 2;
    }
    utf8proc_int32_t dec[8];
    int last = 0;
    utf8proc_ssize_t nd = utf8proc_decompose_char(
        cp, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT,
        &last);
    if (nd < 0 || nd > 8) {
        dec[0] = cp;
        nd = 1;
    }
    int w = 0;
    for (utf8proc_ssize_t k = 0; k < nd; k++) {
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t m = utf8proc_encode_char(dec[k], buf);
        if (m <= 0)
            continue;
        if ((size_t)(w + m) > room)
            return -1;
        memcpy(out + w, buf, (size_t)m);
        w += (int)m;
    }
    return w;
}

size_t vg_fold_token(const char *s, size_t len, char *out, size_t cap)
{
    size_t w = 0, i = 0;
    if (cap == 0)
        return 0;
    /* ASCII fast path: the leading ASCII run, as far as it fits */
    size_t lim = len < cap - 1 ? len : cap - 1;
    for (unsigned char o; i < lim && (o = ascii_fold[(unsigned char)s[i]]) != 0; i++)
        out[i] = (char)o;
    w = i;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp;
        size_t n = c < 128 ? (cp = c, 1) : vg_norm_decode(s + i, len - i, &cp);
        int m = fold_cp(cp, out + w, cap - 1 - w);
        if (m < 0) {
            out[0] = 0;
            return 0;
        }
        w += (size_t)m;
        i += n;
    }
    out[w] = 0;
    return w;
}

size_t vg_fold_phrase(const char *s, size_t len, char *out, size_t cap)
{
    size_t pos = 0, ts, te, w = 0;
    if (cap == 0)
        return 0;
    out[0] = 0;
    while (vg_tok_next(s, len, &pos, &ts, &te)) {
        if (w) {
            if (w + 2 > cap)
                goto overflow;
            out[w++] = ' ';
        }
        size_t m = vg_fold_token(s + ts, te - ts, out + w, cap - w);
        if (m == 0)
            goto overflow;
        w += m;
    }
    out[w] = 0;
    return w;
overflow:
    out[0] = 0;
    return 0;
}
