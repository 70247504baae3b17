/*
 * vg_lang.c - stopword-frequency language detector (en, fr, es, pt, de, it, nl).
 *
 * News bodies are long enough that counting a few dozen function words per
 * language is as accurate as n-gram models for these languages, costs one
 * hash-free table lookup per short word and needs no data file.  A language
 * wins only with a clear margin; otherwise the result is "".
 */
#include "vg_lang.h"

#include <stdint.h>
#include <string.h>

enum { L_EN, L_FR, L_ES, L_PT, L_DE, L_IT, L_NL, L_N };

static const char codes[L_N][3] = {"en", "fr", "es", "pt", "de", "it", "nl"};

typedef struct sw {
    const char *w;
    int lang;
} sw;

/* Frequent words that are (nearly) exclusive to one language, sorted by
 * bytes for binary search (a word may appear for two languages). */
static const sw words[] = {
    {"al", L_ES},     {"alla", L_IT},  {"anche", L_IT}, {"and", L_EN},   {"ao", L_PT},
    {"au", L_FR},     {"auch", L_DE},  {"auf", L_DE},   {"aux", L_FR},   {"avec", L_FR},
    {"been", L_EN},   {"cette", L_FR}, {"che", L_IT},   {"com", L_PT},   {"como", L_ES},
    {"da", L_PT},     {"dans", L_FR},  {"das", L_DE},   {"das", L_PT},   {"dei", L_IT},
    {"del", L_ES},    {"della", L_IT}, {"delle", L_IT}, {"den", L_DE},   {"der", L_DE},
    {"des", L_FR},    {"di", L_IT},    {"die", L_DE},   {"dos", L_PT},   {"du", L_FR},
    {"een", L_NL},    {"ein", L_DE},   {"eine", L_DE},  {"el", L_ES},    {"em", L_PT},
    {"est", L_FR},    {"foi", L_PT},   {"for", L_EN},   {"from", L_EN},  {"fue", L_ES},
    {"gli", L_IT},    {"has", L_EN},   {"have", L_EN},  {"het", L_NL},   {"is", L_EN},
    {"ist", L_DE},    {"las", L_ES},   {"le", L_FR},    {"les", L_FR},   {"leur", L_FR},
    {"lo", L_ES},     {"los", L_ES},   {"maar", L_NL},  {"mais", L_FR},  {"mit", L_DE},
    {"na", L_PT},     {"naar", L_NL},  {"nel", L_IT},   {"nicht", L_DE}, {"niet", L_NL},
    {"of", L_EN},     {"ont", L_FR},   {"ook", L_NL},   {"os", L_PT},    {"para", L_ES},
    {"pas", L_FR},    {"per", L_IT},   {"pero", L_ES},  {"por", L_ES},   {"pour", L_FR},
    {"questo", L_IT}, {"qui", L_FR},   {"said", L_EN},  {"ses", L_FR},   {"sich", L_DE},
    {"sono", L_IT},   {"sont", L_FR},  {"stato", L_IT}, {"su", L_ES},    {"sur", L_FR},
    {"that", L_EN},   {"the", L_EN},   {"their", L_EN}, {"they", L_EN},  {"this", L_EN},
    {"to", L_EN},     {"um", L_PT},    {"uma", L_PT},   {"una", L_ES},   {"und", L_DE},
    {"une", L_FR},    {"van", L_NL},   {"von", L_DE},   {"voor", L_NL},  {"was", L_EN},
    {"were", L_EN},   {"which", L_EN}, {"wird", L_DE},  {"with", L_EN},  {"wordt", L_NL},
    {"would", L_EN},  {"y", L_ES},     {"zijn", L_NL},
};

enum { NWORDS = sizeof(words) / sizeof(words[0]), SLOTS = 256 };

/* Stopword lookup: words of up to 6 letters packed into an integer, in an
 * open-addressing table built once per call (about a hundred inserts, far
 * cheaper than a binary search of strings per word of the text). */
typedef struct swtab {
    uint64_t key[SLOTS];   /* packed word, 0 = empty */
    unsigned char langs[SLOTS]; /* bit per language */
} swtab;

/* words are packed little-endian: letter j in bits 8j..8j+7 */
static uint64_t pack_push(uint64_t k, unsigned c, size_t j)
{
    return k | (uint64_t)c << (8 * j);
}

static size_t slot(const swtab *t, uint64_t k)
{
    size_t i = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 56);

    while (t->key[i] && t->key[i] != k)
        i = (i + 1) & (SLOTS - 1);
    return i;
}

static void swtab_build(swtab *t)
{
    memset(t->key, 0, sizeof(t->key));
    for (size_t i = 0; i < NWORDS; i++) {
        uint64_t k = 0;
        size_t s;
        for (size_t j = 0; words[i].w[j]; j++)
            k = pack_push(k, (unsigned char)words[i].w[j], j);
        s = slot(t, k);
        if (!t->key[s]) {
            t->key[s] = k;
            t->langs[s] = 0;
        }
        t->langs[s] |= (unsigned char)(1u << words[i].lang);
    }
}

static void score_word(const swtab *t, uint64_t k, unsigned *score)
{
    size_t s = slot(t, k);

    if (!t->key[s])
        return;
    for (int l = 0; l < L_N; l++)
        score[l] += (t->langs[s] >> l) & 1u;
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

void vg_lang_detect(const char *s, size_t n, char lang[3])
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned score[L_N] = {0};
    size_t i = 0, lim = n < 65536 ? n : 65536;
    int best = 0, second = -1;
    swtab t;

    lang[0] = 0;
    swtab_build(&t);
    while (i < lim) {
        uint64_t k = 0;
        size_t len;
        while (i < lim && !fold_letter(p[i]))
            i++;
        if (i == lim)
            break;
        len = letter_run(p, i, lim, &k);
        i += len;
        /* a word glued to a non-ASCII letter is not a stopword */
        if (len <= 6 && !(i < lim && p[i] >= 0x80))
            score_word(&t, k, score);
    }
    for (int k = 1; k < L_N; k++)
        if (score[k] > score[best])
            best = k;
    for (int k = 0; k < L_N; k++)
        if (k != best && (second < 0 || score[k] > score[second]))
            second = k;
    if (score[best] >= 3 && score[best] * 2 > score[second] * 3)
        memcpy(lang, codes[best], 3);
}
