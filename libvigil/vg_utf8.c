/*
 * vg_utf8.c - UTF-8 validation, decoding and text/binary sniffing.
 *
 * Hand-written rather than taken from utf8proc because the cleaner needs the
 * exact byte length of every invalid sequence to keep its offset map right,
 * and a fast ASCII path (most news text is ASCII) to reach >100 MB/s: the
 * scan skips printable ASCII 16 bytes at a time with SSE2 (8 with SWAR
 * elsewhere), jumping straight to the next byte that needs a look.
 */
#include "vg_utf8.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

uint32_t vg_utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0], need, i;
    uint32_t cp, min;

    *len = 1;
    if (c < 0x80)
        return c;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return VG_UTF8_BAD;
    }
    for (i = 1; i <= need; i++) {
        unsigned b;
        if (i >= n)
            return VG_UTF8_BAD;
        b = s[i];
        if ((b & 0xC0) != 0x80)
            return VG_UTF8_BAD;
        /* reject overlongs, surrogates and > U+10FFFF at the 2nd byte */
        if (i == 1 && ((c == 0xE0 && b < 0xA0) || (c == 0xED && b > 0x9F) ||
                       (c == 0xF0 && b < 0x90) || (c == 0xF4 && b > 0x8F)))
            return VG_UTF8_BAD;
        cp = (cp << 6) | (b & 0x3F);
        *len = i + 1;
    }
    if (cp < min)
        return VG_UTF8_BAD;
    return cp;
}

size_t vg_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;

    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* 8 bytes at s that are all printable ASCII (0x20..0x7F): no lead bit set
 * and no byte below 0x20 ("hasless" bit trick, exact as a predicate) */
static int printable8(const unsigned char *s)
{
    uint64_t x;

    memcpy(&x, s, 8);
    return ((x | ((x - 0x2020202020202020ull) & ~x)) & 0x8080808080808080ull) == 0;
}

static void scan_ascii(unsigned c, vg_utf8_stats *st)
{
    if (c < 0x20) {
        if (c == 0)
            st->nul++;
        else if (c != '\t' && c != '\n' && c != '\r' && c != '\f')
            st->ctrl++;
    }
}

int vg_utf8_scan(const char *s, size_t n, vg_utf8_stats *st)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, tails = 0; /* bytes after the first of multi-byte sequences */

    st->chars = st->invalid = st->nul = st->ctrl = 0;
    while (i < n) {
        unsigned c;
#ifdef __SSE2__
        /* 16 bytes at a time, straight to the first byte < 0x20 or >= 0x80 */
        while (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
            if (m) {
                i += (size_t)__builtin_ctz(m);
                break;
            }
            i += 16; /* counted below: chars == bytes for ASCII */
        }
#endif
        while (i + 8 <= n && printable8(p + i))
            i += 8; /* counted below: chars == bytes for ASCII */
        if (i >= n)
            break;
        c = p[i];
        if (c < 0x80) {
            scan_ascii(c, st);
            i++;
        } else {
            size_t l;
            if (vg_utf8_decode(p + i, n - i, &l) == VG_UTF8_BAD)
                st->invalid++;
            tails += l - 1; /* a multi-byte sequence is one character */
            i += l;
        }
    }
    st->chars = n - tails;
    return 0;
}

int vg_utf8_is_binary(const vg_utf8_stats *st)
{
    size_t bad = st->nul * 4 + st->ctrl + st->invalid;

    if (!st->chars)
        return 0;
    return bad * 5 > st->chars; /* more than ~20% junk bytes */
}
