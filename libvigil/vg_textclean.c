/*
 * vg_textclean.c - junk versus body, line by line and block by block.
 *
 * Design: every unit first gets a context-free label from cheap features
 * (word count, sentence punctuation, case shape, digits) and a few generic
 * boilerplate patterns (counters, bylines, datelines, contact data, share and
 * promotion phrases, menus, markup residue).  Short "neutral" units are then
 * decided by context as in jusText: they survive only between body
 * paragraphs, where headings and list items live, and only when they look
 * like a heading or a sentence rather than a related-article headline.
 * Repeated lines and sentences are dropped.  Everything is linear in the
 * input; phrase tests only run on short units.
 */
#include "vg_textclean.h"
#include "vg_arr.h"
#include "vg_cleanlex.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

int vg_units_push(vg_units *u, size_t a, size_t b, unsigned flags, float link)
{
    if (vg_arr_room(&u->v, u->n, &u->cap, sizeof(*u->v), 64) < 0)
        return VG_ENOMEM;
    u->v[u->n++] = (vg_unit){a, b, flags, link, 0, VG_UC_NEUTRAL, 0, 0};
    return 0;
}

void vg_units_free(vg_units *u)
{
    if (!u)
        return;
    free(u->v);
    memset(u, 0, sizeof(*u));
}

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

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

unsigned vg_textclean_words(const char *s, size_t n)
{
    unsigned w = 0;
    int in = 0;

    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* ---- plain-text line splitting ---------------------------------------- */

static const char *const tag_names[] = {
    "a",      "abbr",       "article",  "aside", "b",      "blockquote", "body",     "br",
    "button", "center",     "cite",     "code",  "dd",     "div",        "dl",       "dt",
    "em",     "figcaption", "figure",   "font",  "footer", "form",       "h1",       "h2",
    "h3",     "h4",         "h5",       "h6",    "head",   "header",     "hr",       "html",
    "i",      "iframe",     "img",      "input", "label",  "li",         "link",     "main",
    "meta",   "nav",        "noscript", "ol",    "option", "p",          "pre",      "s",
    "script", "section",    "select",   "small", "source", "span",       "strong",   "style",
    "sub",    "sup",        "svg",      "table", "tbody",  "td",         "textarea", "tfoot",
    "th",     "thead",      "time",     "title", "tr",     "u",          "ul",       "video",
};

static int known_tag(const char *s, size_t n)
{
    char name[12];

    if (n == 0 || n >= sizeof(name))
        return 0;
    for (size_t i = 0; i < n; i++)
        name[i] = (char)lower((unsigned char)s[i]);
    name[n] = 0;
    for (size_t i = 0; i < sizeof(tag_names) / sizeof(tag_names[0]); i++)
        if (!strcmp(name, tag_names[i]))
            return 1;
    return 0;
}

/* Length of tag-like debris at s[0] == '<' (e.g. "</p>", "< / li >",
 * "<<\"//tr\">", "<!-- x -->"), or 0. */
static size_t tag_debris(const char *s, size_t n)
{
    size_t j = 1, k, name;

    if (n >= 4 && !memcmp(s, "<!--", 4)) {
        for (k = 4; k + 2 < n && k < 4096; k++)
            if (!memcmp(s + k, "-->", 3))
                return k + 3;
        return 0;
    }
    while (j < n && j < 8 &&
           (s[j] == '<' || s[j] == '"' || s[j] == '\'' || s[j] == '/' || s[j] == ' '))
        j++;
    name = j;
    while (j < n && j - name < 11 &&
           (is_alpha((unsigned char)s[j]) || is_digit((unsigned char)s[j])) &&
           (unsigned char)s[j] < 0x80)
        j++;
    if (!known_tag(s + name, j - name))
        return 0;
    if (j < n && !(s[j] == ' ' || s[j] == '>' || s[j] == '/' || s[j] == '"' || s[j] == '\''))
        return 0;
    for (k = j; k < n && k - j < 400; k++) {
        if (s[k] == '<' || s[k] == '\n')
            return 0;
        if (s[k] == '>') {
            k++;
            while (k < n && (s[k] == '>' || (s[k] == '"' && k + 1 < n && s[k + 1] == '>')))
                k++;
            return k;
        }
    }
    return 0;
}

static int ends_sentence(const char *s, size_t n);

/* Emit one line of text[a..b) into out with tag debris removed. */
static int line_out(const vg_mbuf *text, vg_mbuf *out, size_t a, size_t b)
{
    const char *s = text->buf;
    size_t i = a, start = a;
    int rc = 0;

    while (i < b && !rc) {
        const char *lt = memchr(s + i, '<', b - i);
        size_t t;
        if (!lt)
            break;
        i = (size_t)(lt - s);
        if (!(t = tag_debris(s + i, b - i))) {
            i++;
            continue;
        }
        rc = vg_mbuf_put_from(out, text, start, i);
        if (!rc && out->len && out->buf[out->len - 1] != ' ' && out->buf[out->len - 1] != '\n' &&
            i + t < b && s[i + t] != ' ')
            rc = vg_mbuf_put(out, " ", 1, 0, 0);
        i += t;
        start = i;
    }
    if (!rc)
        rc = vg_mbuf_put_from(out, text, start, b);
    return rc;
}

static size_t trim_end(const vg_mbuf *m, size_t a)
{
    size_t e = m->len;
    while (e > a && m->buf[e - 1] == ' ')
        e--;
    return e;
}

/* a separator standing for the newline before text offset a */
static int put_sep(vg_mbuf *out, const vg_mbuf *text, const char *sep, size_t a)
{
    size_t rs, re;

    vg_mbuf_raw_range(text->spans, text->nspans, text->len, a ? a - 1 : 0, a, &rs, &re);
    return vg_mbuf_put(out, sep, 1, rs, re - rs);
}

int vg_textclean_lines(const vg_mbuf *text, vg_mbuf *out, vg_units *units)
{
    const char *s = text->buf;
    size_t i = 0, n = text->len, ua = 0;
    int open = 0, blank = 1, rc = 0;
    unsigned after_junk = 0;

    while (i < n && !rc) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n, a = i, la;

        while (a < e && s[a] == ' ')
            a++;
        if (a == e) { /* blank line closes the open unit */
            if (open)
                rc = vg_units_push(units, ua, trim_end(out, ua),
                                   (blank ? VG_UF_BLANK : 0) | after_junk, 0);
            if (open)
                after_junk = 0;
            open = 0;
            blank = 1;
            i = e + 1;
            continue;
        }
        /* hard-wrapped prose: join when the open line runs on in lower case */
        if (open && out->len - ua >= 40 && !ends_sentence(out->buf + ua, out->len - ua) &&
            (unsigned char)s[a] >= 'a' && (unsigned char)s[a] <= 'z') {
            rc = put_sep(out, text, " ", a);
        } else {
            if (open) {
                rc = vg_units_push(units, ua, trim_end(out, ua),
                                   (blank ? VG_UF_BLANK : 0) | after_junk, 0);
                blank = 0;
                after_junk = 0;
            }
            if (!rc && out->len)
                rc = put_sep(out, text, "\n", a);
            ua = out->len;
            open = 1;
        }
        la = out->len;
        if (!rc)
            rc = line_out(text, out, a, e);
        if (!rc) {
            size_t t = trim_end(out, la);
            vg_mbuf_truncate(out, t);
            if (t == la && out->len == ua) { /* nothing left of the line: debris */
                open = 0;
                after_junk = VG_UF_AFTERJUNK;
            }
        }
        i = e + 1;
    }
    if (!rc && open)
        rc = vg_units_push(units, ua, trim_end(out, ua), (blank ? VG_UF_BLANK : 0) | after_junk, 0);
    return rc;
}

/* ---- features ----------------------------------------------------------- */

/* 1 when s ends like a sentence: . ! ? … or ; followed by closing quotes. */
static int ends_sentence(const char *s, size_t n)
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

/* Unit features.  The counts come from one pass over the unit; the
 * lower-cased prefix and its byte-pair set, which only the phrase tests on
 * short units read, are built on first use (need_lc), so long paragraphs
 * never pay for them. */
typedef struct feat {
    unsigned words, letters, digits, commas, caps_words, long_words, pipes;
    int term, colon_end;
    char lc_last;  /* lc[lclen - 1] (0 when empty), without building lc */
    const char *s; /* the unit */
    size_t n;
    size_t key_off; /* its sentence keys in the key pool */
    unsigned nkeys;
    int key_overflow; /* more than MAX_SENTS sentences */
    uint64_t hash;    /* letters and digits, case folded (repeated lines) */
    int have_lc;
    unsigned hits; /* PH_* lists matched (valid when have_hits) */
    int have_hits;
    char lc[320]; /* lower-cased prefix (ASCII folding only), NUL-terminated */
    size_t lclen;
    const vg_cleanlex *cl; /* the phrase lists (set once per classification) */
} feat;
_Static_assert(sizeof(((feat *)0)->lc) % 16 == 0, "phrase_hits() loads lc 16 bytes at a time");

/* capital first letter: ASCII, or a Latin-1 capital (C3 80..C3 9E) */
static int cap_start(const unsigned char *s, size_t n)
{
    return is_upper(s[0]) || (s[0] == 0xC3 && n > 1 && s[1] >= 0x80 && s[1] < 0x9F);
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

enum { MAX_SENTS = 48 };

/* Sentence hashes of all units, filled by the feature pass: a sentence is
 * a run ending in . ? ! before a space (or the unit end) and counts when it
 * has >= 5 words; its key hashes its letters and digits, case folded. */
typedef struct keypool {
    uint64_t *v;
    size_t n, cap;
} keypool;

/* feature counts of one unit, plus where its sentence keys went */
typedef struct counts {
    unsigned words, letters, digits, commas, caps_words, long_words, pipes, cjk;
    size_t key_off;
    unsigned nkeys;
    int key_overflow;
    uint64_t hash; /* all letters and digits, case folded (repeated lines) */
} counts;

static void end_sentence(keypool *kp, counts *ct, uint64_t k, size_t kl, unsigned swords)
{
    if (swords < 5)
        return;
    if (ct->nkeys < MAX_SENTS && kp->n < kp->cap) {
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
static void scan_unit(const unsigned char *p, size_t n, counts *ct, keypool *kp)
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
                cap = (unsigned)is_upper((unsigned char)c);
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

static void features(const char *s, size_t n, feat *f, keypool *kp)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t lcn = n < sizeof(f->lc) - 1 ? n : sizeof(f->lc) - 1;
    counts ct;

    scan_unit(p, n, &ct, kp);
    memset(f, 0, offsetof(feat, lc));
    f->words = ct.words + ct.cjk / 2; /* scripts without spaces: ~2 characters a word */
    f->letters = ct.letters;
    f->digits = ct.digits;
    f->commas = ct.commas;
    f->pipes = ct.pipes;
    f->caps_words = ct.caps_words;
    f->long_words = ct.long_words;
    f->term = ends_sentence(s, n);
    f->colon_end = n && s[n - 1] == ':';
    f->lc_last = lcn ? (char)lower(p[lcn - 1]) : 0;
    f->s = s;
    f->n = n;
    f->key_off = ct.key_off;
    f->nkeys = ct.nkeys;
    f->key_overflow = ct.key_overflow;
    f->hash = ct.hash;
}

/* build lc (once per unit) */
static void need_lc(feat *f)
{
    size_t i = 0;

    if (f->have_lc)
        return;
    f->have_lc = 1;
    f->lclen = f->n < sizeof(f->lc) - 1 ? f->n : sizeof(f->lc) - 1;
#ifdef __SSE2__
    for (; i + 16 <= f->lclen; i += 16) { /* A-Z + 0x20; bytes >= 0x80 compare negative */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(f->s + i));
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        v = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *)(void *)(f->lc + i), v);
    }
#endif
    for (; i < f->lclen; i++)
        f->lc[i] = (char)lower((unsigned char)f->s[i]);
    f->lc[f->lclen] = 0;
}

static int title_case(const feat *f)
{
    return f->long_words >= 2 && f->caps_words * 10 >= f->long_words * 7;
}

/* the unit starts with p (lower-case ASCII), ignoring ASCII case */
static int starts(const feat *f, const char *p)
{
    size_t i;

    for (i = 0; p[i]; i++)
        if (i >= f->n || lower((unsigned char)f->s[i]) != p[i])
            return 0;
    return 1;
}

/* Phrase lookup.  The phrase lists (knowledge/clean.tsv: promo,
 * furniture, counter, dateline, ago) are one table, chained by the byte
 * pair they start with (vg_cleanlex builds it at load).  The first phrase
 * test on a unit walks its lower-cased prefix once, trying at each word
 * boundary only the phrases that start with the pair found there, and
 * records which lists matched (feat.hits); every later test is a bit test.
 * A phrase matches on a word boundary at its start, and at its end unless
 * it ends in a non-letter. */
enum {
    PH_PROMO = VG_CL_PROMO,
    PH_FURNITURE = VG_CL_FURNITURE,
    PH_COUNTER = VG_CL_COUNTER,
    PH_DATELINE = VG_CL_DATELINE,
    PH_AGO = VG_CL_AGO
};

/* lists with a phrase matching at lc[i] (a word-boundary position) */
static unsigned hits_at(const feat *f, size_t i)
{
    const char *h = f->lc + i;
    size_t left = f->lclen - i;
    unsigned hits = 0;
    const vg_cl_phrase *ph = f->cl->ph;

    for (uint32_t k = f->cl->head[vg_cl_bigram(h)]; k; k = ph[k - 1].next) {
        const vg_cl_phrase *e = &ph[k - 1];
        size_t pl = e->len;
        if (pl > left || memcmp(h, e->p, pl))
            continue;
        if (pl == left || !is_alpha((unsigned char)h[pl]) || !is_alpha((unsigned char)e->p[pl - 1]))
            hits |= e->list;
    }
    return hits;
}

/* PH_* bits of the lists with a phrase in the unit */
static unsigned phrase_hits(feat *f)
{
    if (f->have_hits)
        return f->hits;
    need_lc(f);
    f->have_hits = 1;
    f->hits = 0;
#ifdef __SSE2__
    /* word starts from a non-letter mask, 16 bytes at a time (lc has room:
     * the loads stay inside lc[], bytes past lclen are never used) */
    if (f->lclen >= 2)
        f->hits |= hits_at(f, 0);
    for (size_t base = 0; base + 2 < f->lclen; base += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(f->lc + base));
        __m128i t = _mm_or_si128(v, _mm_set1_epi8(0x20));
        unsigned alpha =
            (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(t, _mm_set1_epi8(0x60)),
                                                      _mm_cmplt_epi8(t, _mm_set1_epi8(0x7B)))) |
            (unsigned)_mm_movemask_epi8(v); /* is_alpha() */
        size_t valid = f->lclen - base - 2; /* bits j with base + j + 2 < lclen */
        unsigned na = ~alpha & (valid >= 16 ? 0xFFFFu : (1u << valid) - 1);
        for (; na; na &= na - 1) /* lc[i - 1] is no letter: a word start */
            f->hits |= hits_at(f, base + (size_t)__builtin_ctz(na) + 1);
    }
#else
    for (size_t i = 0; i + 1 < f->lclen; i++)
        if (i == 0 || !is_alpha((unsigned char)f->lc[i - 1]))
            f->hits |= hits_at(f, i);
#endif
    return f->hits;
}

#define ANY(f, bit) ((phrase_hits(f) & (bit)) != 0)

/* Tail markers: what follows them is no longer the article. */
static const char *const tails[] = {
    "related articles",
    "related posts",
    "related stories",
    "related news",
    "related",
    "more stories",
    "comments",
    "reader comments",
    "leave a reply",
    "leave a comment",
    "you may also like",
    "recommended",
    "latest news",
    "most read",
    "sur le m\xc3\xaame sujet",
    "\xc3\xa0 lire aussi",
    "lire aussi",
    "commentaires",
    "articles similaires",
    "contact us",
    "read next",
    "more from this blog",
    "related content",
    "what to read next",
};

static int is_tail_marker(feat *f)
{
    char buf[64];
    size_t n;

    if (f->words > 5)
        return 0;
    need_lc(f);
    n = f->lclen;
    if (n >= sizeof(buf))
        return 0;
    memcpy(buf, f->lc, n);
    while (n && (buf[n - 1] == ':' || buf[n - 1] == ' '))
        n--;
    buf[n] = 0;
    for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++)
        if (!strcmp(buf, tails[i]))
            return 1;
    return 0;
}

/* "116 views", "0 Comment(s)", "5 min read", "3 hours ago" */
static int is_counter(feat *f)
{
    if (f->words > 6 || !f->digits)
        return 0;
    if (ANY(f, PH_COUNTER))
        return 1;
    return ANY(f, PH_AGO);
}

/* a unit made only of date/time tokens */
static int is_date_only(feat *f)
{
    unsigned words = 0, datey = 0;
    const char *p = f->lc;

    if (f->words > 8 || (!f->digits))
        return 0;
    need_lc(f);
    while (*p) {
        const char *q;
        size_t l;
        while (*p == ' ' || *p == ',' || *p == '|' || *p == '-' || *p == '@' || *p == ':')
            p++;
        if (!*p)
            break;
        q = p;
        while (*q && *q != ' ' && *q != ',' && *q != '|')
            q++;
        l = (size_t)(q - p);
        words++;
        if (is_digit((unsigned char)*p) ||
            (l <= 3 && (!strncmp(p, "am", l) || !strncmp(p, "pm", l) || !strncmp(p, "gmt", l) ||
                        !strncmp(p, "utc", l) || !strncmp(p, "at", l) || !strncmp(p, "on", l) ||
                        !strncmp(p, "le", l) || !strncmp(p, "\xc3\xa0", l))))
            datey++;
        else
            for (size_t m = 0; m < f->cl->nmonths; m++)
                if (!strncmp(p, f->cl->months[m], strlen(f->cl->months[m]))) {
                    datey++;
                    break;
                }
        p = q;
    }
    return words && datey == words;
}

static int is_contact(feat *f)
{
    const char *at;
    unsigned phone_digits = 0;

    if (f->words > 25)
        return 0;
    need_lc(f);
    at = strchr(f->lc, '@');
    if (at && at > f->lc && strchr(at, '.') && is_alpha((unsigned char)at[-1]) && f->words <= 12)
        return 1;
    if (starts(f, "tel") || starts(f, "phone") || starts(f, "fax") || starts(f, "e-mail") ||
        starts(f, "email") || starts(f, "contact :") || starts(f, "contact:") ||
        starts(f, "address:"))
        return 1;
    if (f->digits < 9 || f->words > 8) /* f->digits counts every digit of the unit */
        return 0;
    for (const char *p = f->lc; *p; p++) /* +91 8811887662, (555) 123-4567 */
        if (is_digit((unsigned char)*p))
            phone_digits++;
        else if (!(*p == ' ' || *p == '-' || *p == '+' || *p == '(' || *p == ')' || *p == '.'))
            phone_digits = phone_digits >= 9 ? phone_digits : 0;
    return phone_digits >= 9 && f->words <= 8;
}

static int is_byline(feat *f)
{
    const char *p = f->lc;

    if (f->words > 10 || f->term)
        return 0;
    need_lc(f);
    while (*p == '-' || *p == ' ' || *p == '*')
        p++;
    if (!*p || !strchr("abeprsw", *p)) /* no phrase below starts so */
        return 0;
    return !strncmp(p, "by ", 3) || !strncmp(p, "by:", 3) || !strncmp(p, "par ", 4) ||
           !strncmp(p, "written by", 10) || !strncmp(p, "posted by", 9) ||
           !strncmp(p, "reporting by", 12) || !strncmp(p, "editing by", 10) ||
           !strncmp(p, "source:", 7) || !strncmp(p, "author:", 7);
}

/* s[0..n) holds "</" or "/>" */
static int tag_slash(const char *s, size_t n)
{
    const char *p = s, *end = s + n;

    while ((p = memchr(p, '/', (size_t)(end - p))) != NULL) {
        if ((p > s && p[-1] == '<') || (p + 1 < end && p[1] == '>'))
            return 1;
        p++;
    }
    return 0;
}

/* Context-free label of one unit. */
static int label(const char *s, size_t n, const vg_unit *u, feat *f, keypool *kp)
{
    features(s, n, f, kp);
    if (f->letters < 2)
        return VG_UC_BAD;
    if ((s[0] == '>' && n && s[n - 1] == '<') || tag_slash(s, n))
        return VG_UC_BAD; /* markup residue such as >cell< >cell< */
    if (starts(f, "notice:") || starts(f, "disclaimer:") || starts(f, "avertissement"))
        return VG_UC_BAD;
    /* furniture lines are short; long sentences skip the phrase tests */
    if ((f->words <= 20 || (f->words <= 40 && !f->term)) &&
        (ANY(f, PH_PROMO) || is_counter(f) || is_byline(f) || is_contact(f)))
        return VG_UC_BAD;
    if (f->words <= 14 && f->digits && ANY(f, PH_DATELINE))
        return VG_UC_BAD;
    if (f->words <= 8 && is_date_only(f))
        return VG_UC_BAD;
    if (f->pipes >= 2 && f->words <= 3 * f->pipes + 6)
        return VG_UC_BAD; /* EN | FR | DE menus */
    if (f->words <= 3 && ANY(f, PH_FURNITURE))
        return VG_UC_BAD;
    if (f->words == 1 && !(u->flags & VG_UF_HEADING))
        return VG_UC_BAD;
    if (u->link > 0.5f && (f->words < 40 || u->link > 0.75f))
        return VG_UC_BAD;
    if ((f->words >= 12 && (f->term || f->commas)) || f->words >= 25)
        return VG_UC_GOOD;
    if ((u->flags & VG_UF_HTML) && f->words >= 8 && f->term && !(u->flags & VG_UF_HEADING))
        return VG_UC_GOOD;
    return VG_UC_NEUTRAL;
}

/* Remove leading datelines ("date 2023-11-08 ") and trailing tag residue
 * ("... p >", "... h2 >") from unit u over buf. */
static void strip_edges(const char *buf, vg_unit *u)
{
    static const char *const closers[] = {"p",       "h1",      "h2", "h3", "h4",        "h5",
                                          "h6",      "li",      "ul", "ol", "div",       "span",
                                          "article", "section", "td", "tr", "table",     "strong",
                                          "em",      "b",       "i",  "a",  "blockquote"};
    const char *s = buf + u->a;
    size_t n = u->b - u->a;

    if (n > 6 && (!strncmp(s, "date ", 5) || !strncmp(s, "Date ", 5)) &&
        is_digit((unsigned char)s[5])) {
        size_t k = 5;
        while (k < n && (is_digit((unsigned char)s[k]) || s[k] == '-' || s[k] == '/' ||
                         s[k] == ':' || s[k] == 'T'))
            k++;
        while (k < n && s[k] == ' ')
            k++;
        u->a += k;
        s = buf + u->a;
        n = u->b - u->a;
    }
    for (int again = 1; again && n > 2;) {
        size_t e = n, ts;
        again = 0;
        if (s[e - 1] != '>')
            break;
        e--;
        while (e && s[e - 1] == ' ')
            e--;
        ts = e;
        while (ts && (is_alpha((unsigned char)s[ts - 1]) || is_digit((unsigned char)s[ts - 1])) &&
               (unsigned char)s[ts - 1] < 0x80)
            ts--;
        if (ts == e || (ts && s[ts - 1] != ' '))
            break;
        for (size_t i = 0; i < sizeof(closers) / sizeof(closers[0]); i++) {
            size_t l = strlen(closers[i]);
            if (l == e - ts && !strncmp(s + ts, closers[i], l)) {
                n = ts;
                while (n && s[n - 1] == ' ')
                    n--;
                u->b = u->a + n;
                again = 1;
                break;
            }
        }
    }
}

/* ---- repetition --------------------------------------------------------- */

typedef struct hset {
    uint64_t *v;
    unsigned *count;
    size_t cap; /* power of two */
} hset;

/* keys and counts in one allocation */
static int hset_init(hset *h, size_t n)
{
    h->cap = 64;
    while (h->cap < n * 2)
        h->cap *= 2;
    h->v = calloc(h->cap, sizeof(*h->v) + sizeof(*h->count));
    h->count = h->v ? (unsigned *)(void *)(h->v + h->cap) : NULL;
    return h->v ? 0 : VG_ENOMEM;
}

static void hset_free(hset *h)
{
    free(h->v);
}

static size_t hset_slot(const hset *h, uint64_t k)
{
    size_t i;

    k |= 1; /* 0 marks an empty slot */
    for (i = k & (h->cap - 1); h->v[i] && h->v[i] != k; i = (i + 1) & (h->cap - 1))
        ;
    return i;
}

/* insert; returns 1 when it was already there */
static int hset_add(hset *h, uint64_t k)
{
    size_t i = hset_slot(h, k);

    h->count[i]++;
    if (h->v[i])
        return 1;
    h->v[i] = k | 1;
    return 0;
}

static int hset_has(const hset *h, uint64_t k)
{
    return h->v[hset_slot(h, k)] != 0;
}

/* What the passes after labelling need of a unit's features, kept per unit
 * so that no unit is scanned twice. */
typedef struct shape {
    uint64_t hash;  /* letters and digits of the unit, case folded */
    size_t key_off; /* sentence keys in the key pool */
    unsigned nkeys;
    unsigned char title_case, colon_end, q_end, key_overflow;
} shape;
_Static_assert(sizeof(shape) % _Alignof(uint64_t) == 0, "the key pool follows the shapes");

/* 1 when every sentence (>= 5 words) of the unit was seen before; when
 * record is set, also records the unit's sentences if it was not. */
static int seen_sentences(hset *h, const keypool *kp, const shape *sh, int record)
{
    const uint64_t *keys = kp->v + sh->key_off;
    size_t seen = 0, nk = sh->nkeys;

    for (size_t i = 0; i < nk; i++)
        seen += (size_t)hset_has(h, keys[i]);
    if (nk && seen == nk && !sh->key_overflow)
        return 1;
    if (record)
        for (size_t i = 0; i < nk; i++)
            hset_add(h, keys[i]);
    return 0;
}

/* ---- classification ----------------------------------------------------- */

/* Short lines that occur twice are page furniture (captions, titles, menus):
 * every occurrence is marked (keep = -1). */
static void mark_repeats(vg_units *us, const shape *sh, hset *lines)
{
    for (size_t i = 0; i < us->n; i++) {
        vg_unit *u = &us->v[i];
        if (u->cls == VG_UC_BAD || u->words > 40)
            continue;
        hset_add(lines, sh[i].hash); /* computed by the feature pass */
    }
    for (size_t i = 0; i < us->n; i++) {
        vg_unit *u = &us->v[i];
        if (u->cls != VG_UC_BAD && u->words <= 40 && lines->count[hset_slot(lines, sh[i].hash)] > 1)
            u->keep = -1;
    }
}

static int heading_like(const vg_unit *u, const shape *sh)
{
    if (u->flags & VG_UF_HEADING)
        return u->words <= 25;
    if (u->words > 20)
        return 0;
    return sh->title_case || u->words <= 8 || sh->colon_end || sh->q_end;
}

/* pass 1: context-free labels, tail cut-off; returns the good text bytes */
static void label_all(const char *buf, vg_units *us, shape *sh, feat *f, keypool *kp)
{
    size_t good_chars = 0;
    int tail = 0;

    for (size_t i = 0; i < us->n; i++) {
        vg_unit *u = &us->v[i];
        strip_edges(buf, u);
        u->keep = 0;
        if (u->b > u->a) {
            u->cls = label(buf + u->a, u->b - u->a, u, f, kp);
        } else {
            features(buf + u->a, 0, f, kp);
            u->cls = VG_UC_BAD;
        }
        u->words = f->words;
        u->term = f->term;
        sh[i].title_case = (unsigned char)title_case(f);
        sh[i].colon_end = (unsigned char)f->colon_end;
        sh[i].q_end = f->lc_last == '?';
        sh[i].hash = f->hash;
        sh[i].key_off = f->key_off;
        sh[i].nkeys = f->nkeys;
        sh[i].key_overflow = (unsigned char)f->key_overflow;
        if (u->cls == VG_UC_BAD && !(u->flags & VG_UF_HTML) && is_tail_marker(f) &&
            good_chars > 400)
            tail = 1;
        else if (tail)
            u->cls = VG_UC_BAD;
        if (u->cls == VG_UC_GOOD)
            good_chars += u->b - u->a;
    }
}

/* pass 3: decide unit i by its place relative to the body [first, last] */
static void decide(const keypool *kp, vg_units *us, const shape *sh, size_t i, size_t first,
                   size_t last, size_t *title, hset *sents)
{
    vg_unit *u = &us->v[i];
    int rep = u->keep == -1;

    u->keep = 0;
    if (u->cls == VG_UC_BAD)
        return;
    if (u->cls == VG_UC_GOOD && first != (size_t)-1 && i >= first && i <= last) {
        u->keep = !seen_sentences(sents, kp, &sh[i], 1);
        return;
    }
    if (first == (size_t)-1 || i < first) {
        /* before the body: the title, then only real sentences */
        if (*title == (size_t)-1 && u->words <= 30 && (!u->term || sh[i].title_case) &&
            !(u->flags & VG_UF_HTML) && first != (size_t)-1) {
            *title = i;
            u->cls = VG_UC_TITLE;
        } else if (!rep && u->term && u->words >= 6 && !sh[i].title_case &&
                   (i + 1 == first || first == (size_t)-1)) {
            /* the sentence that leads into the body; with no body paragraph
             * at all (a news flash of one or two short sentences), every
             * real sentence is the body */
            u->keep = 1;
        }
    } else if (i > last) {
        /* after the body: sentences directly following it */
        if (!rep && u->term && u->words >= 3 && us->v[i - 1].keep &&
            !(u->flags & VG_UF_AFTERJUNK) && !((u->flags & VG_UF_HTML) == 0 && sh[i].title_case))
            u->keep = 1;
    } else if (u->cls == VG_UC_GOOD) {
        u->keep = !seen_sentences(sents, kp, &sh[i], 0);
    } else if (!rep) {
        u->keep = u->term || heading_like(u, &sh[i]) || (u->flags & VG_UF_HTML);
        if (u->flags & VG_UF_H1)
            u->keep = 0;
    }
    if (u->keep)
        seen_sentences(sents, kp, &sh[i], 1);
}

/* room for every sentence key: a key needs >= 5 words, so >= 9 bytes */
static size_t key_room(const vg_units *us)
{
    size_t room = 16;

    for (size_t i = 0; i < us->n; i++) {
        size_t k = (us->v[i].b > us->v[i].a ? us->v[i].b - us->v[i].a : 0) / 9 + 1;
        room += k < MAX_SENTS ? k : MAX_SENTS;
    }
    return room;
}

int vg_textclean_classify(const vg_cleanlex *cl, const char *buf, vg_units *us, size_t *title,
                          unsigned *junk)
{
    hset lines = {0}, sents = {0};
    size_t first = (size_t)-1, last = 0, i, n = us->n, shbytes = (n + 1) * sizeof(shape);
    keypool kp = {0};
    feat f;
    shape *sh = NULL; /* one allocation: the shapes, then the key pool */
    int rc = VG_ENOMEM;

    *title = (size_t)-1;
    *junk = 0;
    kp.cap = key_room(us);
    if (kp.cap <= (SIZE_MAX - shbytes) / sizeof(*kp.v))
        sh = malloc(shbytes + kp.cap * sizeof(*kp.v));
    if (!sh || hset_init(&lines, n + 1))
        goto fail;
    memset(sh, 0, shbytes);
    kp.v = (uint64_t *)(void *)((char *)sh + shbytes);
    f.cl = cl;
    label_all(buf, us, sh, &f, &kp);
    if (hset_init(&sents, kp.n + 1))
        goto fail;
    mark_repeats(us, sh, &lines);
    /* repeated units (captions, alt texts, titles) never delimit the body */
    for (i = 0; i < n; i++)
        if (us->v[i].cls == VG_UC_GOOD && (us->v[i].keep != -1 || us->v[i].term)) {
            if (first == (size_t)-1)
                first = i;
            last = i;
        }
    for (i = 0; i < n; i++)
        decide(&kp, us, sh, i, first, last, title, &sents);
    for (i = 0; i < n; i++)
        *junk += !us->v[i].keep && us->v[i].cls != VG_UC_TITLE;
    rc = 0;
fail:
    free(sh);
    hset_free(&lines);
    hset_free(&sents);
    return rc;
}
