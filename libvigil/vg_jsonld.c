/*
 * vg_jsonld.c - find and unescape a JSON string value without a JSON library.
 *
 * The scanner tracks only "inside a string or not", which is enough to match
 * a key token exactly and is immune to nesting depth.  Unescaping handles
 * \" \\ \/ \b \f \n \r \t and \uXXXX including surrogate pairs; broken
 * escapes become U+FFFD.  Each escape maps back to its own raw bytes.
 */
#include "vg_jsonld.h"
#include "vg_utf8.h"

#include <string.h>

/* end of the JSON string starting after the opening quote at s[i] */
static size_t str_end(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != '"')
        i += s[i] == '\\' ? 2 : 1;
    return i < n ? i : n;
}

int vg_jsonld_find(const char *s, size_t n, const char *key, size_t *vs, size_t *ve)
{
    size_t kl = strlen(key), i = 0;

    while (i < n) {
        size_t e;
        if (s[i] != '"') {
            i++;
            continue;
        }
        e = str_end(s, n, i + 1);
        if (e >= n)
            return 0;
        if (e - i - 1 == kl && !memcmp(s + i + 1, key, kl)) {
            size_t j = e + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t'))
                j++;
            if (j < n && s[j] == ':') {
                j++;
                while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t'))
                    j++;
                if (j < n && s[j] == '"') {
                    *vs = j + 1;
                    *ve = str_end(s, n, j + 1);
                    return 1;
                }
            }
        }
        i = e + 1;
    }
    return 0;
}

static int hex4(const char *s, size_t n, uint32_t *v)
{
    *v = 0;
    if (n < 4)
        return 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return 0;
        *v = *v * 16 + (uint32_t)d;
    }
    return 1;
}

/* decode the escape at s[0] == '\\'; returns its length, sets *cp */
static size_t escape(const char *s, size_t n, uint32_t *cp)
{
    uint32_t lo;

    if (n < 2) {
        *cp = 0xFFFD;
        return n;
    }
    switch (s[1]) {
    case 'n':
        *cp = '\n';
        return 2;
    case 't':
    case 'r':
    case 'b':
    case 'f':
        *cp = ' ';
        return 2;
    case 'u':
        if (!hex4(s + 2, n - 2, cp)) {
            *cp = 0xFFFD;
            return 2;
        }
        if (*cp >= 0xD800 && *cp <= 0xDBFF && n >= 12 && s[6] == '\\' && s[7] == 'u' &&
            hex4(s + 8, n - 8, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
            *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
            return 12;
        }
        if (*cp >= 0xD800 && *cp <= 0xDFFF)
            *cp = 0xFFFD;
        return 6;
    default:
        *cp = (unsigned char)s[1];
        return 2;
    }
}

int vg_jsonld_decode(vg_decoder *d, vg_mbuf *out, const char *s, size_t n, size_t base)
{
    size_t i = 0;
    int rc = 0, html = d->html;

    d->html = 0; /* "\n" escapes are paragraph breaks */
    while (i < n && !rc) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t e = bs ? (size_t)(bs - s) : n;
        if (e > i) {
            /* raw newlines inside a JSON string are not line breaks */
            d->html = 1;
            rc = vg_decode(d, out, s + i, e - i, base + i);
            d->html = 0;
            i = e;
            continue;
        }
        {
            char enc[4];
            uint32_t cp;
            size_t l = escape(s + i, n - i, &cp), k = vg_utf8_encode(cp, enc);
            int fixed = d->fixed;
            size_t fo = d->fixed_off, fl = d->fixed_len;
            if (!fixed) {
                if (d->srcmap) {
                    size_t rs, re;
                    vg_mbuf_raw_range(d->srcmap->spans, d->srcmap->nspans, d->srcmap->len, base + i,
                                      base + i + l, &rs, &re);
                    d->fixed_off = rs;
                    d->fixed_len = re - rs;
                } else {
                    d->fixed_off = base + i;
                    d->fixed_len = l;
                }
                d->fixed = 1;
            }
            rc = vg_decode(d, out, enc, k, 0);
            d->fixed = fixed;
            d->fixed_off = fo;
            d->fixed_len = fl;
            i += l;
        }
    }
    d->html = html;
    return rc;
}
