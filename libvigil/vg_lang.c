/*
 * vg_lang.c - stopword-frequency language detector (the languages of
 * knowledge/clean.tsv: en, fr, es, pt, de, it, nl).
 *
 * News bodies are long enough that counting a few dozen function words per
 * language is as accurate as n-gram models for these languages, and costs
 * one probe of a collision-free table (built at load, vg_cleanlex) per
 * short word.  A language wins only with a clear margin; otherwise the
 * result is "".
 */
#include "vg_lang.h"
#include "vg_cleanlex.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* words are packed little-endian: letter j in bits 8j..8j+7 */
static uint64_t pack_push(uint64_t k, unsigned c, size_t j)
{
    return k | (uint64_t)c << (8 * j);
}

static void score_word(const vg_cleanlex *cl, uint64_t k, unsigned *score)
{
    size_t s = (size_t)((k * cl->sw_mult) >> cl->sw_shift);
    unsigned m;

    if (cl->sw_key[s] != k)
        return;
    for (m = cl->sw_langs[s]; m; m &= m - 1)
        score[__builtin_ctz(m)]++;
}

/* ASCII letter, lower-cased; 0 for every other byte */
static unsigned fold_letter(unsigned char c)
{
    unsigned l = c | 0x20u;
    return l - 'a' < 26u ? l : 0;
}

#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull

/* high bit of every byte of x that is an ASCII letter (no carries: the
 * additions are done on 7-bit values) */
static uint64_t letter_mask(uint64_t x)
{
    uint64_t y = (x | 0x20 * ONES) & 0x7F * ONES;
    return (y + 0x1F * ONES) & ~(y + 0x05 * ONES) & ~x & HIGH;
}

/* Length of the letter run at p[i] (a letter) and, when it is at most 6
 * letters, its packed lower-case key; 8 bytes at a time when possible. */
static size_t letter_run(const unsigned char *p, size_t i, size_t lim, uint64_t *key)
{
    size_t st = i;
    uint64_t k = 0;
    unsigned l;

    if (i + 8 <= lim) {
        uint64_t x, gaps;
        size_t len;
        memcpy(&x, p + i, 8);
        gaps = ~letter_mask(x) & HIGH;
        len = gaps ? (size_t)__builtin_ctzll(gaps) >> 3 : 8;
        if (len <= 6) {
            *key = (x | 0x20 * ONES) & ((1ull << (8 * len)) - 1);
            return len;
        }
        i += len; /* too long for a stopword: only its end matters */
        while (i < lim && fold_letter(p[i]))
            i++;
        return i - st;
    }
    for (; i < lim && (l = fold_letter(p[i])) != 0; i++)
        if (i - st < 6)
            k = pack_push(k, l, i - st);
    *key = k;
    return i - st;
}

#ifdef __SSE2__
/* bit j of *letters: p[j] is an ASCII letter; of *high: p[j] >= 0x80 */
static void block_masks(const unsigned char *p, uint64_t *letters, uint64_t *high)
{
    uint64_t l = 0, h = 0;

    for (int q = 0; q < 4; q++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * q));
        __m128i t = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* bytes >= 0x80 stay negative */
        __m128i a = _mm_and_si128(_mm_cmpgt_epi8(t, _mm_set1_epi8(0x60)),
                                  _mm_cmplt_epi8(t, _mm_set1_epi8(0x7B)));
        l |= (uint64_t)(unsigned)_mm_movemask_epi8(a) << (16 * q);
        h |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * q);
    }
    *letters = l;
    *high = h;
}

/* Score the words of the 64 bytes at p[0..64) (p[-1] is not a letter) that
 * end inside the block; returns 64, or the start of a word that runs to the
 * block end (left to the byte loop). */
static size_t score_block(const vg_cleanlex *cl, const unsigned char *p, size_t room,
                          unsigned *score)
{
    uint64_t l, h, starts;

    block_masks(p, &l, &h);
    for (starts = l & ~(l << 1); starts; starts &= starts - 1) {
        unsigned pos = (unsigned)__builtin_ctzll(starts), len;
        uint64_t gaps = ~(l >> pos);
        if (!gaps || pos + (len = (unsigned)__builtin_ctzll(gaps)) >= 64)
            return pos;
        /* a word glued to a non-ASCII letter is not a stopword */
        if (len <= 6 && !((h >> (pos + len)) & 1)) {
            uint64_t x = 0;
            if (pos + 8 <= room)
                memcpy(&x, p + pos, 8);
            else
                memcpy(&x, p + pos, len);
            score_word(cl, (x | 0x20 * ONES) & ((1ull << (8 * len)) - 1), score);
        }
    }
    return 64;
}
#endif

void vg_lang_detect(const vg_cleanlex *cl, const char *s, size_t n, char lang[3])
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned score[VG_CL_MAX_LANGS] = {0};
    int nl = (int)cl->nlangs;
    size_t i = 0, lim = n < 65536 ? n : 65536;
    int best = 0, second = -1;

    lang[0] = 0;
    while (i < lim) {
        uint64_t k = 0;
        size_t len;
#ifdef __SSE2__
        if (i + 64 <= lim) { /* 64 bytes at a time, word by word from bit masks */
            size_t done = score_block(cl, p + i, n - i, score);
            i += done;
            if (done == 64)
                continue;
        }
#endif
        while (i < lim && !fold_letter(p[i]))
            i++;
        if (i == lim)
            break;
        len = letter_run(p, i, lim, &k);
        i += len;
        /* a word glued to a non-ASCII letter is not a stopword */
        if (len <= 6 && !(i < lim && p[i] >= 0x80))
            score_word(cl, k, score);
    }
    for (int k = 1; k < nl; k++)
        if (score[k] > score[best])
            best = k;
    for (int k = 0; k < nl; k++)
        if (k != best && (second < 0 || score[k] > score[second]))
            second = k;
    if (score[best] >= 3 && score[best] * 2 > (second < 0 ? 0 : score[second]) * 3)
        memcpy(lang, cl->langs[best], 3);
}
