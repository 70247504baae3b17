/*
 * vg_scantok.c - the scan's first pass: tokens, their folds, hashes and
 * flags (see vg_scantok.h).
 *
 * One fused pass over ASCII tokens (end, fold, dictionary hash and flags
 * together: 16 bytes at a time with SSE2, else 8 with SWAR); a token with
 * other bytes takes vg_norm's general path.  Every token's fold is written
 * into one buffer, each followed by a space, so that consecutive tokens read
 * as a folded phrase for the dictionary (vg_dict_tok).
 */
#include "vg_scantok.h"
#include "vg_dict.h"
#include "vg_norm.h"
#include "vigil.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
        if (!(c < 0x80 ? cp >= 'A' && cp <= 'Z' : vg_norm_is_upper(cp)))
            return f; /* a letter that is not upper case */
        if (letters == 1 && !(f & VG_TF_DIGPFX))
            f |= VG_TF_CAP;
    }
    if (letters >= 2)
        f |= VG_TF_ALLCAP;
    return f;
}

/* Scan-local byte classes of ASCII: letters and digits make tokens (see
 * vg_norm); 0 for everything else, bytes >= 128 included (they take the
 * general path). */
enum { SC_DIGIT = 1, SC_LOWER = 2, SC_UPPER = 4 };

static const unsigned char sc_class[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2,
    ['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
    ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2,
    ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2, ['A'] = 4, ['B'] = 4, ['C'] = 4, ['D'] = 4,
    ['E'] = 4, ['F'] = 4, ['G'] = 4, ['H'] = 4, ['I'] = 4, ['J'] = 4, ['K'] = 4, ['L'] = 4,
    ['M'] = 4, ['N'] = 4, ['O'] = 4, ['P'] = 4, ['Q'] = 4, ['R'] = 4, ['S'] = 4, ['T'] = 4,
    ['U'] = 4, ['V'] = 4, ['W'] = 4, ['X'] = 4, ['Y'] = 4, ['Z'] = 4,
};

/* Room the fold buffer keeps free before each token: the longest fold, its
 * space, and 8 bytes that are written (zeroed) but never read as a key. */
#define FOLD_ROOM (VG_DICT_KEY_MAX + 1 + 8)

static int grow_toks(vg_scan *sc, size_t *cap, size_t want)
{
    size_t nc = *cap ? *cap * 2 : want;
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

static int grow_fold(vg_scan *sc, size_t *cap)
{
    size_t nc = *cap ? *cap * 2 : sc->len + sc->len / 8 + 2 * FOLD_ROOM;
    char *nb = realloc(sc->fold, nc);
    if (!nb)
        return VG_ENOMEM;
    sc->fold = nb;
    *cap = nc;
    return 0;
}

/* The general path for the token [ts, te): fold it into sc->fold at used
 * (a token whose fold does not fit a dictionary key gets length 0) and
 * take its flags.  Returns the fold length. */
static size_t fold_general(vg_scan *sc, size_t ts, size_t te, size_t used, uint16_t *flags)
{
    size_t n = vg_fold_token(sc->text + ts, te - ts, sc->fold + used, VG_DICT_KEY_MAX);
    *flags = tok_flags(sc->text + ts, te - ts);
    return n;
}

/* VG_TF_* of an ASCII token from its first byte's class and whether it has
 * lower-case and upper-case letters (tok_flags for the ASCII case). */
static uint16_t ascii_flags(const unsigned char *s, size_t n, unsigned first, int lower, int upper)
{
    if (!lower && !upper)
        return VG_TF_DIGIT;
    uint16_t f = first == SC_DIGIT ? VG_TF_DIGPFX : first == SC_UPPER ? VG_TF_CAP : 0;
    if (!lower) { /* letters all upper case: two or more of them? */
        size_t up = 0;
        for (size_t i = 0; i < n && up < 2; i++)
            up += sc_class[s[i]] == SC_UPPER;
        if (up >= 2)
            f |= VG_TF_ALLCAP;
    }
    return f;
}

/* SWAR over 8 bytes at a time (bytes in little-endian order): HIGH holds
 * bit 7 of every byte, and ge(c) adds to the 7-bit part of each byte what
 * carries into bit 7 exactly when the byte is >= c. */
#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull
#define GE(c) ((0x80u - (unsigned)(c)) * ONES)

/* The ASCII fast path at the token starting at s[i] (an ASCII letter or
 * digit): 8 bytes at a time, classify them, fold them into sc->fold at used
 * and hash them (vg_dict_tok_hash), up to the first byte that is not an
 * ASCII letter or digit; the flags come from the same masks.  A token that
 * goes on with non-ASCII letters or marks falls back to the general path. */
static size_t fold_ascii(vg_scan *sc, size_t i, size_t used, size_t *te, uint64_t *h,
                         uint16_t *flags)
{
    const unsigned char *s = (const unsigned char *)sc->text;
    size_t len = sc->len, j = i, k;
    char *out = sc->fold + used;
    uint64_t hh = 0, lower = 0, upper = 0;
    do {
        uint64_t w = vg_dict_load_le(s + j, len - j), w7 = w & ~HIGH, ascii = ~w & HIGH;
        uint64_t dig = ((w7 + GE('0')) ^ (w7 + GE(':'))) & ascii;
        uint64_t up = ((w7 + GE('A')) ^ (w7 + GE('['))) & ascii;
        uint64_t lo = ((w7 + GE('a')) ^ (w7 + GE('{'))) & ascii;
        uint64_t stop = ~(dig | up | lo) & HIGH;
        uint64_t keep = stop ? ((stop & (0 - stop)) >> 7) - 1 : ~0ull;
        k = stop ? (size_t)__builtin_ctzll(stop) >> 3 : 8;
        uint64_t fw = (w | (up >> 2)) & keep; /* A-Z + 0x20 */
        if (j - i <= VG_DICT_KEY_MAX) {       /* FOLD_ROOM has room for the 8 bytes */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            uint64_t be = __builtin_bswap64(fw);
            memcpy(out + (j - i), &be, 8);
#else
            memcpy(out + (j - i), &fw, 8);
#endif
        }
        if (k)
            hh = vg_dict_word_step(hh, fw);
        lower |= lo & keep;
        upper |= up & keep;
        j += k;
    } while (k == 8 && j < len);
    size_t n = j - i;
    if (n >= VG_DICT_KEY_MAX) /* too long for a key */
        n = 0, hh = 0;
    if (j < len && s[j] >= 0x80) {
        size_t e = vg_tok_end(sc->text, len, j);
        if (e != j) {
            *te = e;
            n = fold_general(sc, i, e, used, flags);
            *h = vg_dict_tok_hash(out, n);
            return n;
        }
    }
    *te = j;
    *h = hh;
    *flags = ascii_flags(s + i, j - i, sc_class[s[i]], lower != 0, upper != 0);
    return n;
}

#ifdef __SSE2__
/* The SSE2 path for a short ASCII token at s[i] with 16 readable bytes:
 * one 16-byte load gives bit masks of the letters, upper-case letters,
 * letters and digits, and non-ASCII bytes, from which come the token's end,
 * its flags (as ascii_flags), its fold (8 bytes | 0x20: letters lowered,
 * digits unchanged) and hash, and where the gap after it ends (*next, when
 * it ends inside the 16 bytes).  Returns the fold length, or -1 when the
 * token is 16 bytes or more or may go on with a non-ASCII byte (then
 * fold_ascii takes it). */
static long tok_sse(vg_scan *sc, size_t i, size_t used, size_t *te, uint64_t *h, uint16_t *flags,
                    size_t *next)
{
    const char *p = sc->text + i;
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i t = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* bytes >= 0x80 stay negative */
    __m128i let = _mm_and_si128(_mm_cmpgt_epi8(t, _mm_set1_epi8(0x60)),
                                _mm_cmplt_epi8(t, _mm_set1_epi8(0x7B)));
    __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x2F)),
                                _mm_cmplt_epi8(v, _mm_set1_epi8(0x3A)));
    unsigned lt = (unsigned)_mm_movemask_epi8(let);
    unsigned up =
        (unsigned)_mm_movemask_epi8(_mm_and_si128(let, _mm_cmplt_epi8(v, _mm_set1_epi8(0x5B))));
    unsigned al = lt | (unsigned)_mm_movemask_epi8(dig);
    unsigned hi = (unsigned)_mm_movemask_epi8(v);
    unsigned r = (unsigned)__builtin_ctz(~al); /* al has bit 0; r <= 16 */
    if (r >= 16 || ((hi >> r) & 1))
        return -1;
    unsigned tm = (1u << r) - 1;
    uint64_t w0, w1;
    memcpy(&w0, p, 8);
    memcpy(&w1, p + 8, 8); /* (x86: little-endian) */
    w0 |= 0x20 * ONES;
    w1 |= 0x20 * ONES;
    if (r <= 8) {
        w0 &= r == 8 ? ~0ull : (1ull << (8 * r)) - 1;
        memcpy(sc->fold + used, &w0, 8);
        *h = vg_dict_word_step(0, w0);
    } else {
        w1 &= (1ull << (8 * (r - 8))) - 1;
        memcpy(sc->fold + used, &w0, 8);
        memcpy(sc->fold + used + 8, &w1, 8);
        *h = vg_dict_word_step(vg_dict_word_step(0, w0), w1);
    }
    lt &= tm;
    up &= tm;
    if (!lt) {
        *flags = VG_TF_DIGIT;
    } else {
        uint16_t f = !(lt & 1) ? VG_TF_DIGPFX : (up & 1) ? VG_TF_CAP : 0;
        if (lt == up && (up & (up - 1)))
            f |= VG_TF_ALLCAP;
        *flags = f;
    }
    unsigned nx = (al | hi) & ~((2u << r) - 1) & 0xFFFFu;
    *next = i + (nx ? (unsigned)__builtin_ctz(nx) : 16);
    *te = i + r;
    return (long)r;
}
#endif

/* Index of the next byte at or after i that is not an ASCII gap byte. */
static size_t skip_ascii_gap(const unsigned char *s, size_t len, size_t i)
{
    while (i < len && s[i] < 0x80 && !sc_class[s[i]])
        i++;
    return i;
}

int vg_scantok_run(vg_scan *sc, size_t max_tokens)
{
    const unsigned char *s = (const unsigned char *)sc->text;
    size_t len = sc->len, i = 0, cap = 0, used = 0, fcap = 0;
    size_t want = len / 4 + 16 < max_tokens ? len / 4 + 16 : max_tokens + 1;
    for (;;) {
        size_t ts, te, n;
        uint64_t h;
        uint16_t flags;
        if ((i = skip_ascii_gap(s, len, i)) >= len)
            break;
        ts = i;
        if (s[i] >= 0x80 && !vg_tok_next(sc->text, len, &i, &ts, &te))
            break; /* only a non-ASCII gap was left */
        if (sc->ntok >= max_tokens) {
            sc->cap_hit = 1;
            break;
        }
        if ((sc->ntok == cap && grow_toks(sc, &cap, want) < 0) ||
            (fcap - used < FOLD_ROOM && grow_fold(sc, &fcap) < 0))
            return VG_ENOMEM;
        size_t next = 0;
        long fast = -1;
#ifdef __SSE2__
        if (s[ts] < 0x80 && len - ts >= 16)
            fast = tok_sse(sc, ts, used, &te, &h, &flags, &next);
#endif
        if (fast >= 0) {
            n = (size_t)fast;
        } else if (s[ts] < 0x80) {
            n = fold_ascii(sc, ts, used, &te, &h, &flags);
        } else {
            n = fold_general(sc, ts, te, used, &flags);
            h = vg_dict_tok_hash(sc->fold + used, n);
        }
        if (used + n >= UINT32_MAX)
            return VG_EINVAL;
        sc->tok[sc->ntok] = (vg_tok){(uint32_t)ts, (uint32_t)te, 0, -1, flags};
        sc->ftok[sc->ntok++] = (vg_dict_tok){h, (uint32_t)used, (uint32_t)n};
        used += n;
        sc->fold[used++] = ' ';
        memset(sc->fold + used, 0, 8);
        i = next > te ? next : te;
    }
    return 0;
}
