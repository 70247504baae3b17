/*
 * vc_jw.c - streaming JSON writer (see vc_jw.h).
 *
 * Strings are copied in runs: a 256-entry table marks the bytes that end a
 * plain ASCII run (quote, backslash, controls, and every non-ASCII lead
 * byte), so text that needs no escaping is one memcpy per run; non-ASCII
 * sequences are checked with the library's strict UTF-8 decoder.  Integers
 * are formatted by hand; so are reals in the range of coordinates and
 * confidences (snprintf's "%.6g" was 3 % of the pipeline's time), rounded
 * exactly as printf rounds (128-bit integer arithmetic on the binary value)
 * and checked against snprintf over millions of values in
 * tests/unit/test_event_json.c; other reals go through snprintf.  Jansson's
 * fix-ups (".0", exponent form) are applied to both.
 */
#include "vc_jw.h"
#include "vg_utf8.h"
#include "vigil.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 0: plain ASCII copied as is; 1: needs escaping; 2: non-ASCII. */
static const unsigned char jw_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

void vc_jw_init(vc_jw *w, size_t hint, size_t limit)
{
    memset(w, 0, sizeof(*w));
    w->limit = limit;
    if (limit && hint > limit)
        hint = limit;
    w->buf = malloc(hint + 1);
    if (w->buf)
        w->cap = hint;
    else
        w->err = VG_ENOMEM;
}

void vc_jw_free(vc_jw *w)
{
    if (!w)
        return;
    free(w->buf);
    memset(w, 0, sizeof(*w));
}

int vc_jw_finish(vc_jw *w, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    if (w->err) {
        int rc = w->err;
        vc_jw_free(w);
        return rc;
    }
    w->buf[w->len] = 0; /* cap excludes the terminator */
    *out = w->buf;
    *len = w->len;
    w->buf = NULL;
    vc_jw_free(w);
    return 0;
}

/* Make room for n more bytes (plus the terminator); 0 or sets w->err. */
static int grow(vc_jw *w, size_t n)
{
    if (w->err)
        return -1;
    if (w->len + n <= w->cap)
        return 0;
    if (w->limit && w->len + n > w->limit) {
        w->err = VG_EOUTPUT;
        return -1;
    }
    size_t cap = w->cap ? w->cap : 64;
    while (cap < w->len + n)
        cap *= 2;
    if (w->limit && cap > w->limit)
        cap = w->limit;
    char *b = realloc(w->buf, cap + 1);
    if (!b) {
        w->err = VG_ENOMEM;
        return -1;
    }
    w->buf = b;
    w->cap = cap;
    return 0;
}

void vc_jw_raw(vc_jw *w, const char *s, size_t n)
{
    if (grow(w, n) < 0)
        return;
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void put_escape(vc_jw *w, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    char seq[6] = {'\\', 0, 0, 0, 0, 0};
    switch (c) {
    case '"':
    case '\\':
        seq[1] = (char)c;
        break;
    case '\b':
        seq[1] = 'b';
        break;
    case '\f':
        seq[1] = 'f';
        break;
    case '\n':
        seq[1] = 'n';
        break;
    case '\r':
        seq[1] = 'r';
        break;
    case '\t':
        seq[1] = 't';
        break;
    default:
        memcpy(seq + 1, "u00", 3);
        seq[4] = hex[c >> 4];
        seq[5] = hex[c & 15];
        vc_jw_raw(w, seq, 6);
        return;
    }
    vc_jw_raw(w, seq, 2);
}

/* Copy one non-ASCII sequence at s[0..n) if valid, else write U+FFFD;
 * returns the bytes consumed. */
static size_t put_utf8(vc_jw *w, const char *s, size_t n)
{
    size_t len;
    if (vg_utf8_decode((const unsigned char *)s, n, &len) == VG_UTF8_BAD)
        VC_JW_LIT(w, "\xEF\xBF\xBD");
    else
        vc_jw_raw(w, s, len);
    return len;
}

void vc_jw_str(vc_jw *w, const char *s, size_t n)
{
    size_t i = 0;
    /* the common case, no escapes: one reservation for the whole string */
    if (grow(w, n + 2) < 0)
        return;
    w->buf[w->len++] = '"';
    while (i < n) {
        size_t run = i;
        while (run < n && jw_class[(unsigned char)s[run]] == 0)
            run++;
        vc_jw_raw(w, s + i, run - i);
        if (run == n)
            break;
        if (jw_class[(unsigned char)s[run]] == 1) {
            put_escape(w, (unsigned char)s[run]);
            i = run + 1;
        } else {
            i = run + put_utf8(w, s + run, n - run);
        }
    }
    VC_JW_LIT(w, "\"");
}

void vc_jw_str_or_null(vc_jw *w, const char *s)
{
    if (s && s[0])
        vc_jw_str(w, s, strlen(s));
    else
        VC_JW_LIT(w, "null");
}

void vc_jw_int(vc_jw *w, long long v)
{
    char tmp[24];
    size_t i = sizeof(tmp);
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    vc_jw_raw(w, tmp + i, sizeof(tmp) - i);
}

/* Jansson's fix-ups of a "%.6g" string of n bytes in b (room for 2 more):
 * ".0" when there is neither '.' nor 'e'; exponent without '+' or leading
 * zeros ("1e+06" -> "1e6", "1e-05" -> "1e-5").  Returns the new length. */
static int jansson_fixups(char *b, int n)
{
    char *e = memchr(b, 'e', (size_t)n);
    if (!e && !memchr(b, '.', (size_t)n)) {
        memcpy(b + n, ".0", 2);
        return n + 2;
    }
    if (e) {
        char *from = e + 1, *to = e + 1;
        if (*from == '-')
            from++, to++;
        else if (*from == '+')
            from++;
        while (*from == '0' && from + 1 < b + n)
            from++;
        size_t tail = (size_t)(b + n - from);
        memmove(to, from, tail);
        n = (int)(to - b + (ptrdiff_t)tail);
    }
    return n;
}

/* |v| rounded to 6 significant digits as N * 10^(x-5), N in [1e5, 1e6),
 * exactly as printf rounds (the binary value, ties to even): v = m * 2^e
 * with m < 2^53 and v * 10^k = m * 10^k * 2^e is computed in 128 bits.
 * Only for 1e-5 <= |v| < 1e6 (k in 0..10); returns -1 outside. */
static int round6(double v, uint64_t *digits, int *x)
{
    int ex;
    double f = frexp(fabs(v), &ex); /* |v| = f * 2^ex, f in [0.5, 1) */
    uint64_t m = (uint64_t)ldexp(f, 53);
    int e = ex - 53;
    int d = (int)floor(log10(fabs(v)));
    for (int tries = 0; tries < 3; tries++) {
        int k = 5 - d;
        if (k < 0 || k > 10 || e >= 0 || -e > 120)
            return -1;
        unsigned __int128 p = m;
        for (int i = 0; i < k; i++)
            p *= 10;
        unsigned sh = (unsigned)-e;
        unsigned __int128 q = p >> sh, rem = p & (((unsigned __int128)1 << sh) - 1),
                          half = (unsigned __int128)1 << (sh - 1);
        if (rem > half || (rem == half && (q & 1)))
            q++;
        if (q >= 1000000)
            d++;
        else if (q < 100000)
            d--;
        else {
            *digits = (uint64_t)q;
            *x = d;
            return 0;
        }
    }
    return -1;
}

/* "%.6g" for 1e-5 <= |v| < 1e6 in fixed notation, from round6(); returns
 * the length, or -1 when printf would use the exponent form (x < -4). */
static int fixed6(double v, char *b)
{
    uint64_t digits;
    int x, n = 0;
    if (round6(v, &digits, &x) < 0 || x < -4 || x >= 6)
        return -1;
    char dg[6];
    for (int i = 5; i >= 0; i--, digits /= 10)
        dg[i] = (char)('0' + digits % 10);
    int last = 5; /* trailing zeros are not printed by %g */
    while (last > 0 && dg[last] == '0' && last > x)
        last--;
    if (v < 0)
        b[n++] = '-';
    if (x < 0) {
        b[n++] = '0';
        b[n++] = '.';
        for (int i = 0; i < -x - 1; i++)
            b[n++] = '0';
        for (int i = 0; i <= last; i++)
            b[n++] = dg[i];
        return n;
    }
    for (int i = 0; i <= x; i++)
        b[n++] = dg[i];
    if (last > x) {
        b[n++] = '.';
        for (int i = x + 1; i <= last; i++)
            b[n++] = dg[i];
    }
    return n;
}

void vc_jw_real(vc_jw *w, double v)
{
    char b[40];
    int n = -1;
    if (!isfinite(v)) {
        VC_JW_LIT(w, "null");
        return;
    }
    /* coordinates and confidences take the exact integer path; the rest
     * (zero, tiny, huge) goes through snprintf */
    if (v != 0 && fabs(v) >= 1e-5 && fabs(v) < 1e6)
        n = fixed6(v, b);
    if (n < 0)
        n = snprintf(b, sizeof(b) - 3, "%.6g", v);
    if (n < 0 || (size_t)n >= sizeof(b) - 3) {
        VC_JW_LIT(w, "null");
        return;
    }
    vc_jw_raw(w, b, (size_t)jansson_fixups(b, n));
}

void vc_jw_bool(vc_jw *w, int v)
{
    if (v)
        VC_JW_LIT(w, "true");
    else
        VC_JW_LIT(w, "false");
}
