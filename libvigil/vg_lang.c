/*
 * vg_lang.c - stopword-frequency language detector (en, fr, es, pt, de, it, nl).
 *
 * News bodies are long enough that counting a few dozen function words per
 * language is as accurate as n-gram models for these languages, costs one
 * hash-free table lookup per short word and needs no data file.  A language
 * wins only with a clear margin; otherwise the result is "".
 */
#include "vg_lang.h"

#include <string.h>

enum { L_EN, L_FR, L_ES, L_PT, L_DE, L_IT, L_NL, L_N };

static const char codes[L_N][3] = {"en", "fr", "es", "pt", "de", "it", "nl"};

typedef struct sw {
    const char *w;
    int lang;
} sw;

/* Frequent words that are (nearly) exclusive to one language. */
static const sw words[] = {
    {"the", L_EN},   {"and", L_EN},    {"of", L_EN},    {"to", L_EN},    {"is", L_EN},
    {"was", L_EN},   {"that", L_EN},   {"with", L_EN},  {"for", L_EN},   {"have", L_EN},
    {"has", L_EN},   {"were", L_EN},   {"which", L_EN}, {"this", L_EN},  {"from", L_EN},
    {"they", L_EN},  {"said", L_EN},   {"been", L_EN},  {"would", L_EN}, {"their", L_EN},
    {"le", L_FR},    {"les", L_FR},    {"des", L_FR},   {"est", L_FR},   {"une", L_FR},
    {"dans", L_FR},  {"pour", L_FR},   {"qui", L_FR},   {"sur", L_FR},   {"au", L_FR},
    {"du", L_FR},    {"avec", L_FR},   {"pas", L_FR},   {"ont", L_FR},   {"sont", L_FR},
    {"aux", L_FR},   {"mais", L_FR},   {"cette", L_FR}, {"leur", L_FR},  {"ses", L_FR},
    {"el", L_ES},    {"los", L_ES},    {"las", L_ES},   {"del", L_ES},   {"por", L_ES},
    {"una", L_ES},   {"para", L_ES},   {"y", L_ES},     {"como", L_ES},  {"pero", L_ES},
    {"fue", L_ES},   {"su", L_ES},     {"al", L_ES},    {"lo", L_ES},    {"os", L_PT},
    {"da", L_PT},    {"em", L_PT},     {"um", L_PT},    {"uma", L_PT},   {"com", L_PT},
    {"na", L_PT},    {"foi", L_PT},    {"dos", L_PT},   {"das", L_PT},   {"ao", L_PT},
    {"der", L_DE},   {"die", L_DE},    {"und", L_DE},   {"das", L_DE},   {"ist", L_DE},
    {"nicht", L_DE}, {"mit", L_DE},    {"den", L_DE},   {"sich", L_DE},  {"ein", L_DE},
    {"eine", L_DE},  {"auf", L_DE},    {"auch", L_DE},  {"wird", L_DE},  {"von", L_DE},
    {"della", L_IT}, {"che", L_IT},    {"di", L_IT},    {"per", L_IT},   {"sono", L_IT},
    {"gli", L_IT},   {"nel", L_IT},    {"anche", L_IT}, {"delle", L_IT}, {"alla", L_IT},
    {"dei", L_IT},   {"questo", L_IT}, {"stato", L_IT}, {"het", L_NL},   {"een", L_NL},
    {"van", L_NL},   {"niet", L_NL},   {"zijn", L_NL},  {"voor", L_NL},  {"ook", L_NL},
    {"maar", L_NL},  {"wordt", L_NL},  {"naar", L_NL},
};

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static void score_word(const char *w, size_t l, unsigned *score)
{
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (strlen(words[i].w) == l && !memcmp(words[i].w, w, l))
            score[words[i].lang]++;
}

void vg_lang_detect(const char *s, size_t n, char lang[3])
{
    unsigned score[L_N] = {0};
    size_t i = 0, lim = n < 65536 ? n : 65536;
    int best = 0, second = -1;

    lang[0] = 0;
    while (i < lim) {
        char w[8];
        size_t l = 0;
        while (i < lim && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        while (i < lim && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) {
            if (l < sizeof(w))
                w[l] = (char)lower((unsigned char)s[i]);
            l++;
            i++;
        }
        /* a word glued to a non-ASCII letter is not a stopword */
        if (l && l <= 6 && !(i < lim && (unsigned char)s[i] >= 0x80))
            score_word(w, l, score);
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
