/*
 * vg_decode.c - per-character normalisation into a mapped buffer.
 *
 * Designed for speed on the common case: a run of ordinary ASCII bytes is
 * found with a tight loop and appended with a single identity span; only the
 * bytes that change go through the slow path, each with its own span.
 * The run test takes 16 bytes at a time with SSE2 and skips straight to the
 * first byte that needs a look (a newline, a non-ASCII character), which
 * the byte loop handles before the chunk test resumes; the portable 64-bit
 * SWAR version takes 8 bytes and hands a failed chunk to the byte loop.
 */
#include "vg_decode.h"
#include "vg_charset.h"
#include "vg_entities.h"
#include "vg_utf8.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int emit(vg_decoder *d, vg_mbuf *out, const char *s, size_t n, size_t off, size_t len)
{
    if (d->fixed)
        return vg_mbuf_put(out, s, n, d->fixed_off, d->fixed_len);
    if (d->srcmap) {
        size_t rs, re;
        vg_mbuf_raw_range(d->srcmap->spans, d->srcmap->nspans, d->srcmap->len, off, off + len, &rs,
                          &re);
        return vg_mbuf_put(out, s, n, rs, re - rs);
    }
    return vg_mbuf_put(out, s, n, off, len);
}

static long normalise(uint32_t cp, int html);

#ifndef __SSE2__ /* portable fallback of the chunk test */
#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull

/* high bit set in (at least) every byte of x that is zero; exact as a
 * predicate, and a set bit may only be spurious right after a true zero */
static uint64_t zero_bytes(uint64_t x)
{
    return (x - ONES) & ~x & HIGH;
}

/* 1 when the 8 bytes at p are ordinary printable ASCII (0x20..0x7E, no '&')
 * with no two spaces in a row: they pass through unchanged whatever the
 * mode.  at: the byte before was whitespace; next: the byte after, or -1. */
static int plain8(const unsigned char *p, int at, int next)
{
    uint64_t x, sp;

    memcpy(&x, p, 8);
    if ((x | ((x - 0x20 * ONES) & ~x)) & HIGH) /* a byte >= 0x80 or < 0x20 */
        return 0;
    if (zero_bytes(x ^ (0x7F * ONES)) || zero_bytes(x ^ ('&' * ONES)))
        return 0;
    sp = zero_bytes(x ^ (' ' * ONES));
    if (sp & (sp >> 8))
        return 0; /* (maybe) two spaces in a row */
    return !(p[0] == ' ' && at) && !(p[7] == ' ' && next == ' ');
}

/* Length of the run at p[0..n) that is copied unchanged: ordinary ASCII,
 * single spaces (and newlines in text mode), and, when offsets are the
 * source's own (no srcmap: each run stays one exact span), valid UTF-8
 * characters that normalise to themselves.  *at tracks "last byte was
 * whitespace" through the run. */
#endif

#ifdef __SSE2__
/* Chunk of 16; after a stop the byte loop takes one step and the chunk
 * test resumes right after it. */
enum { CHUNK = 16, AFTER_STOP = 1 };

/* Length of the prefix of the 16 bytes at p that passes through unchanged
 * (the bytes plain8() accepts, with the same rules for spaces), 16 when all
 * do: it stops at a byte < 0x20, >= 0x80, 0x7F or '&', at the first of two
 * spaces, at a leading space after whitespace (at) and at a trailing space
 * before a space (next). */
static unsigned plain_prefix(const unsigned char *p, int at, int next)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), /* < 0x20, >= 0x80 */
                               _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)),
                                            _mm_cmpeq_epi8(v, _mm_set1_epi8('&'))));
    unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
    unsigned stop = (unsigned)_mm_movemask_epi8(bad) | (sp & (sp >> 1));

    if (at)
        stop |= sp & 1u;
    if (next == ' ')
        stop |= sp & 0x8000u;
    return stop ? (unsigned)__builtin_ctz(stop) : 16;
}
#else
/* the failed chunk goes through the byte loop before the next chunk test */
enum { CHUNK = 8, AFTER_STOP = 8 };

static unsigned plain_prefix(const unsigned char *p, int at, int next)
{
    return plain8(p, at, next) ? 8 : 0;
}
#endif

static size_t plain_run(const vg_decoder *d, const unsigned char *p, size_t n, int *at)
{
    size_t j = 0;

    if (d->verbatim) {
        while (j < n && p[j] < 0x80)
            j++;
        if (j)
            *at = p[j - 1] == ' ' || p[j - 1] == '\n';
        return j;
    }
    for (;;) {
        size_t stop;
        while (j + CHUNK <= n) {
            unsigned pl = plain_prefix(p + j, *at, j + CHUNK < n ? p[j + CHUNK] : -1);
            j += pl;
            if (pl)
                *at = p[j - 1] == ' ';
            if (pl < CHUNK)
                break;
        }
        for (stop = j + AFTER_STOP; j < stop;) { /* byte by byte from the stop */
            if (j >= n)
                return j;
            if ((unsigned)p[j] - 0x21u < 0x5Eu && p[j] != '&') /* 0x21..0x7E */
                *at = 0;
            else if (p[j] == ' ' && !*at && !(j + 1 < n && p[j + 1] == ' '))
                *at = 1;
            else if (p[j] == '\n' && !d->html)
                *at = 1;
            else if (p[j] >= 0x80 && d->charset != VG_CS_CP1252 && !d->srcmap && !d->fixed) {
                size_t l;
                uint32_t cp = vg_utf8_decode(p + j, n - j, &l);
                if (cp == VG_UTF8_BAD || normalise(cp, d->verbatim ? -1 : d->html) != (long)cp)
                    return j;
                *at = 0; /* valid UTF-8 that normalising leaves alone */
                j += l;
                continue;
            } else
                return j;
            j++;
        }
    }
}

#define MODE(d) ((d)->verbatim ? -1 : (d)->html)

enum { CP_DROP = -1, CP_SPACE = -2, CP_NEWLINE = -3 };

/* Classify a code point: returns it (possibly mapped) or a CP_* action. */
static long normalise(uint32_t cp, int html)
{
    if (html < 0) /* verbatim */
        return (long)cp;
    if (cp == '\n')
        return html ? CP_SPACE : CP_NEWLINE;
    if (cp == '\t' || cp == '\f' || cp == '\v' || cp == ' ')
        return CP_SPACE;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
        return CP_DROP;
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
        cp == 0x205F || cp == 0x3000)
        return CP_SPACE;
    if (cp == 0x200B || cp == 0xFEFF || cp == 0xAD || cp == 0x2060 || cp == 0x200E || cp == 0x200F)
        return CP_DROP;
    if (cp == 0x2028 || cp == 0x2029)
        return html ? CP_SPACE : CP_NEWLINE;
    if (cp == 0x2010 || cp == 0x2011)
        return '-';
    if (cp == 0x2015)
        return 0x2014;
    return (long)cp;
}

static int put_cp(vg_decoder *d, vg_mbuf *out, long v, size_t off, size_t len)
{
    char enc[4];
    size_t k;

    if (v == CP_DROP)
        return 0;
    if (v == CP_SPACE && !d->verbatim) {
        if (d->at_space)
            return 0;
        d->at_space = 1;
        return emit(d, out, " ", 1, off, len);
    }
    if (v == CP_NEWLINE) {
        if (out->len && out->buf[out->len - 1] == ' ')
            vg_mbuf_truncate(out, out->len - 1);
        d->at_space = 1;
        return emit(d, out, "\n", 1, off, len);
    }
    d->at_space = 0;
    k = vg_utf8_encode((uint32_t)v, enc);
    return emit(d, out, enc, k, off, len);
}

int vg_decode(vg_decoder *d, vg_mbuf *out, const char *src, size_t n, size_t base)
{
    const unsigned char *p = (const unsigned char *)src;
    size_t i = 0;
    int rc = 0;

    while (i < n && !rc) {
        size_t j = i, len = 1;
        uint32_t cp;

        j = i + plain_run(d, p + i, n - i, &d->at_space);
        if (j > i) { /* fast path: ordinary ASCII, single spaces */
            rc = emit(d, out, src + i, j - i, base + i, j - i);
            i = j;
            continue;
        }
        if (p[i] == '&' && d->entities && !d->verbatim &&
            (len = vg_entities_decode(src + i, n - i, &cp)) > 0) {
            rc = put_cp(d, out, normalise(cp, MODE(d)), base + i, len);
        } else if (p[i] == '\r' && !d->verbatim) {
            len = (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
            rc = put_cp(d, out, normalise('\n', MODE(d)), base + i, len);
        } else if (p[i] < 0x80) {
            len = 1;
            rc = put_cp(d, out, normalise(p[i], MODE(d)), base + i, 1);
        } else if (d->charset == VG_CS_CP1252) {
            len = 1;
            rc = put_cp(d, out, normalise(vg_charset_cp1252(p[i]), MODE(d)), base + i, 1);
        } else {
            cp = vg_utf8_decode(p + i, n - i, &len);
            if (cp == VG_UTF8_BAD) {
                d->repaired++;
                cp = 0xFFFD;
                rc = put_cp(d, out, 0xFFFD, base + i, len);
            } else {
                long v = normalise(cp, MODE(d));
                if (v == (long)cp) { /* unchanged: identity copy */
                    d->at_space = 0;
                    rc = emit(d, out, src + i, len, base + i, len);
                } else {
                    rc = put_cp(d, out, v, base + i, len);
                }
            }
        }
        i += len;
    }
    return rc;
}
