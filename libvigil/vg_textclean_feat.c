/*
 * vg_textclean_feat.c - the features of a unit, in one pass over its bytes.
 *
 * The classifier's labels read cheap counts: words, letters, digits,
 * commas, pipes, long and capitalised words, whether the unit ends like a
 * sentence.  The same pass hashes each sentence of five words or more and
 * the whole unit (letters and digits, case folded) so that repeated
 * sentences and lines are found without scanning a unit twice.  The loop is
 * table-driven (one byte-class load per byte) with a tight inner loop for
 * runs of ASCII letters, because this pass touches every byte the cleaner
 * keeps; the lower-cased copy the phrase tests need is built later, and only
 * for short units (vg_textclean_label.c).
 */
#include "vg_textclean_int.h"

#include <stddef.h>
#include <string.h>

/* Byte classes for the per-byte loops (one table load instead of a chain of
 * range tests); 74 = ASCII letter.  BC_LETTER: ASCII letter or UTF-8 lead byte (counted as a
 * letter); BC_ALNUM: what the repetition hashes keep (ASCII letters and
 * digits, every byte >= 0x80). */
enum {
    BC_SPACE = 1,  /* ' ' '\n' */
    BC_LETTER = 2, /* ASCII letter, UTF-8 lead byte */
    BC_DIGIT = 4,
    BC_ALNUM = 8,  /* kept by the repetition hashes */
    BC_STOP = 16,  /* . ? ! */
    BC_COUNT = 32, /* , | */
    BC_ASCII = 64, /* ASCII letter (with BC_LETTER | BC_ALNUM) */
    BC_CJK = 128   /* lead byte E3..ED: CJK, kana, Hangul */
};

static const unsigned char byte_class[256] = {
    0,  0,  0,  0,   0,   0,   0,   0,   0,   0,   1,   0,   0,   0,   0,  0,  /* 0_ */
    0,  0,  0,  0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,  0,  /* 1_ */
    1,  16, 0,  0,   0,   0,   0,   0,   0,   0,   0,   0,   32,  0,   16, 0,  /* 2_ */
    12, 12, 12, 12,  12,  12,  12,  12,  12,  12,  0,   0,   0,   0,   0,  16, /* 3_ */
    0,  74, 74, 74,  74,  74,  74,  74,  74,  74,  74,  74,  74,  74,  74, 74, /* 4_ */
    74, 74, 74, 74,  74,  74,  74,  74,  74,  74,  74,  0,   0,   0,   0,  0,  /* 5_ */
    0,  74, 74, 74,  74,  74,  74,  74,  74,  74,  74,  74,  74,  74,  74, 74, /* 6_ */
    74, 74, 74, 74,  74,  74,  74,  74,  74,  74,  74,  0,   32,  0,   0,  0,  /* 7_ */
    8,  8,  8,  8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,  8,  /* 8_ */
    8,  8,  8,  8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,  8,  /* 9_ */
    8,  8,  8,  8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,  8,  /* A_ */
    8,  8,  8,  8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,   8,  8,  /* B_ */
    10, 10, 10, 10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10, 10, /* C_ */
    10, 10, 10, 10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10, 10, /* D_ */
    10, 10, 10, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 138, 10, 10, /* E_ */
    10, 10, 10, 10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10,  10, 10, /* F_ */
};

/* 1 when s ends like a sentence: . ! ? … or ; followed by closing quotes. */
int vg_textclean_ends_sentence(const char *s, size_t n)
{
    while (n) {
        unsigned char c = (unsigned char)s[n - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ' ' || c == ']') {
            n--;
            continue;
        }
        /* ” ’ » (UTF-8 tails) */
        if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
            (c == 0x9D || c == 0x99)) {
            n -= 3;
            continue;
        }
        if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && c == 0xBB) {
            n -= 2;
            continue;
        }
        break;
    }
    if (!n)
        return 0;
    if (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?')
        return 1;
    if (n >= 3 && (!memcmp(s + n - 3, "\xe3\x80\x82", 3) || !memcmp(s + n - 3, "\xef\xbc\x81", 3) ||
                   !memcmp(s + n - 3, "\xef\xbc\x9f", 3)))
        return 1; /* 。！？ */
    return n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
           (unsigned char)s[n - 1] == 0xA6;
}

/* capital first letter: ASCII, or a Latin-1 capital (C3 80..C3 9E) */
static int cap_start(const unsigned char *s, size_t n)
{
    return vg_textclean_is_upper(s[0]) || (s[0] == 0xC3 && n > 1 && s[1] >= 0x80 && s[1] < 0x9F);
}

/* The repetition keys hash a stream: the letters and digits of a sentence
 * or a unit (every byte >= 0x80 included), ASCII case folded, everything
 * else left out, so equal keys mean equal streams (up to 64-bit
 * collisions).  The stream hash is a polynomial, S(x) = sum x[i] B^(n-1-i)
 * mod 2^64, which composes: S(xy) = S(x) B^|y| + S(y).  So the feature pass
 * hashes each byte once, into its sentence's hash, and the unit's hash is
 * made from the sentence hashes; a key is the hash and the stream length,
 * mixed. */
#define HASH_B 0x9e3779b97f4a7c15ull

/* one byte into a stream hash, ASCII case folded */
static uint64_t fold_hash(uint64_t h, unsigned c)
{
    return h * HASH_B + (c + ((c - 'A' < 26u) << 5));
}

/* B^e */
static uint64_t pow_b(size_t e)
{
    uint64_t r = 1, b = HASH_B;
    for (; e; e >>= 1, b *= b)
        if (e & 1)
            r *= b;
    return r;
}

/* The key of a stream of len bytes with hash h (splitmix64 finaliser). */
static uint64_t stream_key(uint64_t h, size_t len)
{
    h ^= len * 0xc2b2ae3d27d4eb4full + 0x165667b19e3779f9ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

/* feature counts of one unit, plus where its sentence keys went */
typedef struct counts {
    unsigned words, letters, digits, commas, caps_words, long_words, pipes, cjk;
    size_t key_off;
    unsigned nkeys;
    int key_overflow;
    uint64_t hash; /* all letters and digits, case folded (repeated lines) */
} counts;

static void end_sentence(vg_textclean_keys *kp, counts *ct, uint64_t k, size_t kl, unsigned swords)
{
    if (swords < 5)
        return;
    if (ct->nkeys < VG_TEXTCLEAN_MAX_SENTS && kp->n < kp->cap) {
        kp->v[kp->n++] = stream_key(k, kl);
        ct->nkeys++;
    } else {
        ct->key_overflow = 1;
    }
}

/* One pass over a unit: words (split on space and newline), letters,
 * digits, commas, pipes, long and capitalised words, and the sentence keys
 * (words split on space only).  Counters are locals so they stay in
 * registers. */
static void scan_unit(const unsigned char *p, size_t n, counts *ct, vg_textclean_keys *kp)
{
    unsigned words = 0, letters = 0, digits = 0, commas = 0, pipes = 0, caps = 0, longw = 0;
    unsigned cjk = 0, wl = 0, cap = 0, in = 0, sin = 0, swords = 0;
    uint64_t k = 0, h = 0; /* hashes of the sentence and of the unit before it */
    size_t kl = 0, hl = 0; /* their stream lengths */

    ct->key_off = kp->n;
    ct->nkeys = 0;
    ct->key_overflow = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = p[i], cl = byte_class[c];
        if (cl & BC_ASCII) { /* fast path: a run of ASCII letters */
            size_t j = i;
            if (!in) {
                in = 1;
                words++;
                wl = 0;
                cap = (unsigned)vg_textclean_is_upper((unsigned char)c);
            }
            if (!sin)
                swords++, sin = 1;
            for (unsigned b = c;;) {
                k = k * HASH_B + (b | 0x20u); /* case folded */
                if (++j == n || !(byte_class[b = p[j]] & BC_ASCII))
                    break;
            }
            kl += j - i;
            wl += (unsigned)(j - i);
            letters += (unsigned)(j - i);
            i = j - 1;
            continue;
        }
        if (cl & BC_SPACE) { /* ends a feature word; ' ' also a sentence word */
            if (in && wl >= 4) {
                longw++;
                caps += cap;
            }
            in = 0;
            if (c == ' ')
                sin = 0;
            else if (!sin)
                swords++, sin = 1;
            continue;
        }
        if (!in) {
            in = 1;
            words++;
            wl = 0;
            cap = (unsigned)cap_start(p + i, n - i);
        }
        if (cl & BC_ALNUM) {
            if (!sin)
                swords++, sin = 1;
            k = fold_hash(k, c);
            kl++;
            if (cl & BC_LETTER) {
                wl++;
                letters++;
                cjk += cl >> 7; /* BC_CJK */
            } else {
                digits += (cl >> 2) & 1u;
            }
            continue;
        }
        commas += c == ',';
        pipes += c == '|';
        if ((cl & BC_STOP) && (i + 1 == n || p[i + 1] == ' ')) {
            end_sentence(kp, ct, k, kl, swords);
            h = h * pow_b(kl) + k, hl += kl;
            k = 0, kl = 0;
            swords = sin = 0;
        } else if (!sin) {
            swords++, sin = 1;
        }
    }
    if (in && wl >= 4) {
        longw++;
        caps += cap;
    }
    end_sentence(kp, ct, k, kl, swords); /* the unit end closes a sentence */
    ct->words = words;
    ct->letters = letters;
    ct->digits = digits;
    ct->commas = commas;
    ct->pipes = pipes;
    ct->caps_words = caps;
    ct->long_words = longw;
    ct->cjk = cjk;
    ct->hash = stream_key(h * pow_b(kl) + k, hl + kl);
}

void vg_textclean_features(const char *s, size_t n, vg_textclean_feat *f, vg_textclean_keys *kp)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t lcn = n < sizeof(f->lc) - 1 ? n : sizeof(f->lc) - 1;
    counts ct;

    scan_unit(p, n, &ct, kp);
    memset(f, 0, offsetof(vg_textclean_feat, lc));
    f->words = ct.words + ct.cjk / 2; /* scripts without spaces: ~2 characters a word */
    f->letters = ct.letters;
    f->digits = ct.digits;
    f->commas = ct.commas;
    f->pipes = ct.pipes;
    f->caps_words = ct.caps_words;
    f->long_words = ct.long_words;
    f->term = vg_textclean_ends_sentence(s, n);
    f->colon_end = n && s[n - 1] == ':';
    f->lc_last = lcn ? (char)vg_textclean_lower(p[lcn - 1]) : 0;
    f->s = s;
    f->n = n;
    f->key_off = ct.key_off;
    f->nkeys = ct.nkeys;
    f->key_overflow = ct.key_overflow;
    f->hash = ct.hash;
}
