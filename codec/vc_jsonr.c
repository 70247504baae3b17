/*
 * vc_jsonr.c - strict single-pass JSON reader (see vc_jsonr.h).
 *
 * Strings take two quick passes instead of Jansson's byte-at-a-time lexer:
 * scan_string() validates (escapes, surrogate pairs, control bytes, UTF-8
 * through vg_utf8_decode()) while skipping plain ASCII 16 bytes at a time
 * with SSE2 (8 with SWAR elsewhere), and finds the closing quote; a kept
 * string is then either one memcpy (no escapes, the usual case) or one
 * unescape pass between memchr'd backslashes into a buffer of the raw
 * length, which is never shorter than the result.
 *
 * Nested values are skipped by a loop over an explicit stack of one bit per
 * open container (object or array), bounded by Jansson's own depth cap, so
 * hostile nesting costs neither recursion nor allocation.  Top-level keys
 * are collected (pointers into the input, or into one arena for keys with
 * escapes) and checked for duplicates at the end: pairwise for the usual
 * handful, by sorting beyond that, so no crafted key set is quadratic.
 */
#include "vc_jsonr.h"
#include "vg_utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define HARD_DEPTH 2048 /* Jansson's JSON_PARSER_MAX_DEPTH */
#define SMALL_KEYS 16   /* top-level keys checked pairwise, held without malloc */

enum { S_ESC = 1, S_NUL = 2 }; /* scan_string() findings */

typedef struct key_ref {
    const char *p; /* set once parsing is over (the arena may move before) */
    size_t at;     /* start in the input, or in the arena when esc */
    size_t len;
    size_t off; /* offset of the key in the input, for the message */
    int esc;
} key_ref;

typedef struct keyset {
    key_ref small[SMALL_KEYS];
    key_ref *v;
    size_t n, cap;
    char *arena; /* unescaped keys that had escapes */
    size_t alen, acap;
} keyset;

typedef struct rd {
    const unsigned char *s;
    size_t n, pos;
    unsigned depth, max_depth, flags;
    unsigned char obj[HARD_DEPTH / 8 + 1]; /* bit d: the container at depth d is an object */
    char *err;
    size_t errlen;
} rd;

static int fail(rd *r, size_t at, const char *why)
{
    if (r->err && r->errlen)
        snprintf(r->err, r->errlen, "JSON error at offset %zu: %s", at, why);
    return VC_JSONR_ESYNTAX;
}

static int is_digit(unsigned c)
{
    return c - '0' < 10u;
}

static void skip_ws(rd *r)
{
    const unsigned char *s = r->s;
    size_t i = r->pos, n = r->n;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    r->pos = i;
}

#ifndef __SSE2__
/* 8 bytes with no '"', no '\\', no byte < 0x20 and none >= 0x80 (the
 * "haszero"/"hasless" bit tricks are exact as predicates) */
static int plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x, q, b;
    memcpy(&x, p, 8);
    q = x ^ (ones * '"');
    b = x ^ (ones * '\\');
    return ((x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high) == 0;
}
#endif

/* First index >= i of a byte a string scan must look at ('"', '\\', a
 * control byte or a non-ASCII byte), or n. */
static size_t plain_end(const unsigned char *s, size_t i, size_t n)
{
#ifdef __SSE2__
    const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\'), sp = _mm_set1_epi8(0x20);
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, b)),
                                 _mm_cmplt_epi8(v, sp)); /* signed: also catches >= 0x80 */
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits)
            return i + (size_t)__builtin_ctz(bits);
        i += 16;
    }
#else
    while (i + 8 <= n && plain8(s + i))
        i += 8;
#endif
    while (i < n && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\')
        i++;
    return i;
}

/* The 4 hex digits at s[0..4) (n bytes available), or -1. */
static long hex4(const unsigned char *s, size_t n)
{
    long v = 0;
    if (n < 4)
        return -1;
    for (int k = 0; k < 4; k++) {
        unsigned c = s[k], d;
        if (is_digit(c))
            d = c - '0';
        else if ((c | 0x20) - 'a' < 6u)
            d = (c | 0x20) - 'a' + 10;
        else
            return -1;
        v = v << 4 | (long)d;
    }
    return v;
}

/* Validate the \u escape at s[*i] ('\\'), with its low surrogate if any. */
static int check_uescape(rd *r, size_t *i, unsigned *f)
{
    const unsigned char *s = r->s;
    size_t at = *i;
    long cp = hex4(s + at + 2, r->n - at - 2), lo;
    if (cp < 0)
        return fail(r, at, "invalid \\u escape");
    if (cp == 0)
        *f |= S_NUL;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return fail(r, at, "invalid Unicode escape: lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (r->n - at < 12 || s[at + 6] != '\\' || s[at + 7] != 'u')
            return fail(r, at, "invalid Unicode escape: lone high surrogate");
        lo = hex4(s + at + 8, r->n - at - 8);
        if (lo < 0xDC00 || lo > 0xDFFF)
            return fail(r, at, "invalid Unicode escape: high surrogate without low");
        *i = at + 12;
        return 0;
    }
    *i = at + 6;
    return 0;
}

static int check_escape(rd *r, size_t *i, unsigned *f)
{
    size_t at = *i;
    if (at + 1 >= r->n)
        return fail(r, at, "premature end of input in an escape");
    *f |= S_ESC;
    switch (r->s[at + 1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        *i = at + 2;
        return 0;
    case 'u':
        return check_uescape(r, i, f);
    default:
        return fail(r, at, "invalid escape");
    }
}

/* One non-ASCII character at s[*i]: strict UTF-8, 2-byte form inline. */
static int check_utf8(rd *r, size_t *i)
{
    const unsigned char *s = r->s;
    size_t at = *i, l;
    if (s[at] >= 0xC2 && s[at] <= 0xDF && at + 1 < r->n && (s[at + 1] & 0xC0) == 0x80) {
        *i = at + 2;
        return 0;
    }
    if (vg_utf8_decode(s + at, r->n - at, &l) == VG_UTF8_BAD)
        return fail(r, at, "invalid UTF-8");
    *i = at + l;
    return 0;
}

/* Validate the string whose opening quote is at r->pos; on return r->pos is
 * past the closing quote, the body is s[*start..*end), *f has S_* bits. */
static int scan_string(rd *r, size_t *start, size_t *end, unsigned *f)
{
    const unsigned char *s = r->s;
    size_t i = r->pos + 1;
    int rc;
    *f = 0;
    *start = i;
    for (;;) {
        i = plain_end(s, i, r->n);
        if (i >= r->n)
            return fail(r, r->pos, "premature end of input in a string");
        if (s[i] == '"')
            break;
        if (s[i] == '\\')
            rc = check_escape(r, &i, f);
        else if (s[i] < 0x20)
            rc = fail(r, i, "control character in a string");
        else
            rc = check_utf8(r, &i);
        if (rc < 0)
            return rc;
    }
    *end = i;
    r->pos = i + 1;
    return 0;
}

static char simple_escape(unsigned c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default: /* '"', '\\', '/' */
        return (char)c;
    }
}

/* Unescape the validated string body s[i..end) into out; returns the length. */
static size_t unescape(const unsigned char *s, size_t i, size_t end, char *out)
{
    size_t o = 0;
    while (i < end) {
        const unsigned char *bs = memchr(s + i, '\\', end - i);
        size_t run = bs ? (size_t)(bs - s) - i : end - i;
        memcpy(out + o, s + i, run);
        o += run;
        i += run;
        if (i >= end)
            break;
        if (s[i + 1] != 'u') {
            out[o++] = simple_escape(s[i + 1]);
            i += 2;
            continue;
        }
        uint32_t cp = (uint32_t)hex4(s + i + 2, 4);
        i += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)hex4(s + i + 2, 4) - 0xDC00);
            i += 6;
        }
        o += vg_utf8_encode(cp, out + o);
    }
    return o;
}

static int literal(rd *r, const char *word, size_t wl)
{
    if (r->n - r->pos < wl || memcmp(r->s + r->pos, word, wl) != 0)
        return fail(r, r->pos, "invalid token");
    r->pos += wl;
    return 0;
}

static size_t digits(const unsigned char *s, size_t i, size_t n)
{
    while (i < n && is_digit(s[i]))
        i++;
    return i;
}

/* RFC 8259 number grammar; the value itself is not needed. */
static int number(rd *r)
{
    const unsigned char *s = r->s;
    size_t i = r->pos, n = r->n;
    if (i < n && s[i] == '-')
        i++;
    if (i < n && s[i] == '0')
        i++;
    else if (i < n && s[i] >= '1' && s[i] <= '9')
        i = digits(s, i, n);
    else
        return fail(r, i, "invalid number");
    if (i < n && s[i] == '.') {
        if (++i >= n || !is_digit(s[i]))
            return fail(r, i, "invalid number: digit expected after '.'");
        i = digits(s, i, n);
    }
    if (i < n && (s[i] | 0x20) == 'e') {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || !is_digit(s[i]))
            return fail(r, i, "invalid number: digit expected in exponent");
        i = digits(s, i, n);
    }
    r->pos = i;
    return 0;
}

/* A string, number or literal at r->pos.  Jansson counts a scalar one
 * level below its container against its depth cap. */
static int scalar(rd *r)
{
    size_t a, b;
    unsigned f;
    int rc;
    if (r->depth + 1 > HARD_DEPTH)
        return fail(r, r->pos, "maximum parsing depth reached");
    if (r->pos >= r->n)
        return fail(r, r->pos, "premature end of input, value expected");
    switch (r->s[r->pos]) {
    case '"':
        if ((rc = scan_string(r, &a, &b, &f)) < 0)
            return rc;
        if ((r->flags & VC_JSONR_NO_NUL) && (f & S_NUL))
            return fail(r, a - 1, "\\u0000 is not allowed here");
        return 0;
    case 't':
        return literal(r, "true", 4);
    case 'f':
        return literal(r, "false", 5);
    case 'n':
        return literal(r, "null", 4);
    case '-':
        return number(r);
    default:
        return is_digit(r->s[r->pos]) ? number(r) : fail(r, r->pos, "invalid token");
    }
}

/* Open the array or object at r->pos and skip the whitespace after it. */
static int open_container(rd *r, int is_obj)
{
    unsigned d = r->depth + 1;
    if (d > r->max_depth) {
        if (r->err && r->errlen)
            snprintf(r->err, r->errlen, "JSON nesting exceeds the limit of %u (offset %zu)",
                     r->max_depth, r->pos);
        return VC_JSONR_EDEPTH;
    }
    if (d > HARD_DEPTH)
        return fail(r, r->pos, "maximum parsing depth reached");
    if (is_obj)
        r->obj[d / 8] |= (unsigned char)(1u << (d % 8));
    else
        r->obj[d / 8] &= (unsigned char)~(1u << (d % 8));
    r->depth = d;
    r->pos++;
    skip_ws(r);
    return 0;
}

static int top_is_obj(const rd *r)
{
    return r->obj[r->depth / 8] >> (r->depth % 8) & 1;
}

/* Skip whitespace, a ':' and whitespace. */
static int colon(rd *r)
{
    skip_ws(r);
    if (r->pos >= r->n || r->s[r->pos] != ':')
        return fail(r, r->pos, "':' expected");
    r->pos++;
    skip_ws(r);
    return 0;
}

/* An object key's string: [*a, *b) between the quotes, flags in *f. */
static int scan_key(rd *r, size_t *a, size_t *b, unsigned *f)
{
    int rc;
    if (r->pos >= r->n || r->s[r->pos] != '"')
        return fail(r, r->pos, "string expected as object key");
    if ((rc = scan_string(r, a, b, f)) < 0)
        return rc;
    if (*f & S_NUL)
        return fail(r, *a - 1, "NUL byte in object key");
    return 0;
}

/* A key of a nested object, its colon and the whitespace before the value. */
static int nested_key(rd *r)
{
    size_t a, b;
    unsigned f;
    int rc;
    if ((rc = scan_key(r, &a, &b, &f)) < 0)
        return rc;
    return colon(r);
}

/* After a value: close finished containers; *more is 1 when another value
 * follows (its key, if any, consumed), 0 when back at depth base. */
static int after_value(rd *r, unsigned base, int *more)
{
    while (r->depth > base) {
        int obj = top_is_obj(r);
        skip_ws(r);
        if (r->pos >= r->n)
            return fail(r, r->pos, "premature end of input");
        unsigned char c = r->s[r->pos++];
        if (c == ',') {
            skip_ws(r);
            *more = 1;
            return obj ? nested_key(r) : 0;
        }
        if (c != (obj ? '}' : ']'))
            return fail(r, r->pos - 1, obj ? "',' or '}' expected" : "',' or ']' expected");
        r->depth--;
    }
    *more = 0;
    return 0;
}

/* Validate the value at r->pos, nested values included, iteratively. */
static int skip_value(rd *r)
{
    unsigned base = r->depth;
    int rc, more = 1;
    while (more) {
        unsigned char c = r->pos < r->n ? r->s[r->pos] : 0;
        if (c == '{' || c == '[') {
            if ((rc = open_container(r, c == '{')) < 0)
                return rc;
            if (r->pos < r->n && r->s[r->pos] == (c == '{' ? '}' : ']')) {
                r->pos++;
                r->depth--;
            } else if (c == '{') {
                if ((rc = nested_key(r)) < 0)
                    return rc;
                continue;
            } else {
                continue;
            }
        } else if ((rc = scalar(r)) < 0) {
            return rc;
        }
        if ((rc = after_value(r, base, &more)) < 0)
            return rc;
    }
    return 0;
}

static void rd_init(rd *r, const char *buf, size_t len, unsigned max_depth, unsigned flags,
                    char *err, size_t errlen)
{
    r->s = (const unsigned char *)buf;
    r->n = len;
    r->pos = 0;
    r->depth = 0;
    r->max_depth = max_depth;
    r->flags = flags;
    r->err = err;
    r->errlen = errlen;
    if (err && errlen)
        err[0] = 0;
}

static int at_eof(rd *r)
{
    skip_ws(r);
    return r->pos == r->n ? 0 : fail(r, r->pos, "end of input expected");
}

int vc_jsonr_check(const char *buf, size_t len, unsigned max_depth, unsigned flags, char *err,
                   size_t errlen)
{
    rd r;
    int rc;
    rd_init(&r, buf, len, max_depth, flags, err, errlen);
    skip_ws(&r);
    if (r.pos >= r.n || (r.s[r.pos] != '[' && r.s[r.pos] != '{'))
        return fail(&r, r.pos, "'[' or '{' expected");
    if ((rc = skip_value(&r)) < 0)
        return rc;
    return at_eof(&r);
}

/* ---- top-level object ---- */

static int key_push(keyset *ks, const key_ref *k)
{
    if (ks->n == ks->cap) {
        size_t cap = ks->cap * 2;
        key_ref *v =
            ks->v == ks->small ? malloc(cap * sizeof(*v)) : realloc(ks->v, cap * sizeof(*v));
        if (!v)
            return VC_JSONR_ENOMEM;
        if (ks->v == ks->small)
            memcpy(v, ks->small, sizeof(ks->small));
        ks->v = v;
        ks->cap = cap;
    }
    ks->v[ks->n++] = *k;
    return 0;
}

/* Room for need more bytes in the key arena. */
static int arena_reserve(keyset *ks, size_t need)
{
    if (ks->acap - ks->alen >= need)
        return 0;
    size_t cap = ks->acap ? ks->acap : 256;
    while (cap - ks->alen < need)
        cap *= 2;
    char *a = realloc(ks->arena, cap);
    if (!a)
        return VC_JSONR_ENOMEM;
    ks->arena = a;
    ks->acap = cap;
    return 0;
}

static int key_cmp(const void *a, const void *b)
{
    const key_ref *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return memcmp(x->p, y->p, x->len);
}

static int same_key(const key_ref *x, const key_ref *y)
{
    return x->len == y->len && memcmp(x->p, y->p, x->len) == 0;
}

/* Duplicate top-level keys, found once every key is known. */
static int check_dups(rd *r, keyset *ks)
{
    for (size_t i = 0; i < ks->n; i++)
        ks->v[i].p = ks->v[i].esc ? ks->arena + ks->v[i].at : (const char *)r->s + ks->v[i].at;
    if (ks->n <= SMALL_KEYS) {
        for (size_t i = 1; i < ks->n; i++)
            for (size_t j = 0; j < i; j++)
                if (same_key(&ks->v[i], &ks->v[j]))
                    return fail(r, ks->v[i].off, "duplicate object key");
        return 0;
    }
    qsort(ks->v, ks->n, sizeof(*ks->v), key_cmp);
    for (size_t i = 1; i < ks->n; i++)
        if (same_key(&ks->v[i], &ks->v[i - 1]))
            return fail(r, ks->v[i].off > ks->v[i - 1].off ? ks->v[i].off : ks->v[i - 1].off,
                        "duplicate object key");
    return 0;
}

static int find_field(const vc_jsonr_field *fields, size_t nf, const char *k, size_t len)
{
    for (size_t i = 0; i < nf; i++)
        if (strncmp(fields[i].key, k, len) == 0 && fields[i].key[len] == 0)
            return (int)i;
    return -1;
}

/* A top-level key: record it, find its field (*idx, -1 if none), eat ':'. */
static int top_key(rd *r, keyset *ks, const vc_jsonr_field *fields, size_t nf, int *idx)
{
    key_ref k = {NULL, 0, 0, r->pos, 0};
    size_t a, b;
    unsigned f;
    int rc;
    if ((rc = scan_key(r, &a, &b, &f)) < 0)
        return rc;
    if (f & S_ESC) {
        if ((rc = arena_reserve(ks, b - a)) < 0)
            return rc;
        k.esc = 1;
        k.at = ks->alen;
        k.len = unescape(r->s, a, b, ks->arena + ks->alen);
        ks->alen += k.len;
        *idx = find_field(fields, nf, ks->arena + k.at, k.len);
    } else {
        k.at = a;
        k.len = b - a;
        *idx = find_field(fields, nf, (const char *)r->s + a, k.len);
    }
    if ((rc = key_push(ks, &k)) < 0)
        return rc;
    return colon(r);
}

/* The value of a kept field: a string is copied out, anything else typed. */
static int field_value(rd *r, vc_jsonr_field *fl)
{
    size_t a, b, at = r->pos;
    unsigned f;
    int rc;
    if (at >= r->n || r->s[at] != '"') {
        if ((rc = skip_value(r)) < 0)
            return rc;
        fl->type = r->s[at] == 'n' ? VC_JSONR_NULL : VC_JSONR_OTHER;
        return 0;
    }
    if ((rc = scan_string(r, &a, &b, &f)) < 0)
        return rc;
    free(fl->str); /* a duplicate key: rejected at the end */
    fl->type = VC_JSONR_STRING;
    if (!(fl->str = malloc(b - a + 1)))
        return VC_JSONR_ENOMEM;
    if (f & S_ESC) {
        fl->len = unescape(r->s, a, b, fl->str);
    } else {
        memcpy(fl->str, r->s + a, b - a);
        fl->len = b - a;
    }
    fl->str[fl->len] = 0;
    return 0;
}

/* The members of the top-level object, r->pos just past its '{'. */
static int members(rd *r, keyset *ks, vc_jsonr_field *fields, size_t nf)
{
    int rc, idx;
    if (r->pos < r->n && r->s[r->pos] == '}') {
        r->pos++;
        return 0;
    }
    for (;;) {
        if ((rc = top_key(r, ks, fields, nf, &idx)) < 0)
            return rc;
        rc = idx >= 0 ? field_value(r, &fields[idx]) : skip_value(r);
        if (rc < 0)
            return rc;
        skip_ws(r);
        if (r->pos >= r->n)
            return fail(r, r->pos, "premature end of input");
        unsigned char c = r->s[r->pos++];
        if (c == '}')
            return 0;
        if (c != ',')
            return fail(r, r->pos - 1, "',' or '}' expected");
        skip_ws(r);
    }
}

int vc_jsonr_object(const char *buf, size_t len, unsigned max_depth, vc_jsonr_field *fields,
                    size_t nf, char *err, size_t errlen)
{
    rd r;
    keyset ks;
    int rc;
    rd_init(&r, buf, len, max_depth, 0, err, errlen);
    ks.v = ks.small;
    ks.n = 0;
    ks.cap = SMALL_KEYS;
    ks.arena = NULL;
    ks.alen = ks.acap = 0;
    for (size_t i = 0; i < nf; i++) {
        fields[i].type = VC_JSONR_ABSENT;
        fields[i].str = NULL;
        fields[i].len = 0;
    }
    skip_ws(&r);
    if (r.pos >= r.n || r.s[r.pos] != '{') {
        rc = fail(&r, r.pos, "'{' expected");
        goto fail;
    }
    if ((rc = open_container(&r, 1)) < 0 || (rc = members(&r, &ks, fields, nf)) < 0 ||
        (rc = at_eof(&r)) < 0 || (rc = check_dups(&r, &ks)) < 0)
        goto fail;
    rc = 0;
fail:
    if (ks.v != ks.small)
        free(ks.v);
    free(ks.arena);
    for (size_t i = 0; rc < 0 && i < nf; i++) {
        free(fields[i].str);
        fields[i].str = NULL;
    }
    return rc;
}
