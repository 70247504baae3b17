/*
 * vg_dict.c - phrase dictionary (see vg_dict.h for the design).
 *
 * Open addressing with linear probing over a power-of-two table of slots,
 * grown to stay at most half full.  A slot is 8 bytes: the high 32 bits of
 * the key's hash (the fingerprint) and the number of its entry (+1; 0 = empty
 * slot), so a probe compares key bytes only when the fingerprint agrees.
 * Entries live in one array in insertion order; their keys are folded
 * phrases in separate allocations.  Entries that are only prefixes of longer
 * phrases have no hits (nhits == 0).  Each entry keeps a 64-bit filter of
 * the tokens that extend it into a longer key, so a scan rarely looks up a
 * two-word key that does not exist, and the dictionary keeps the same kind
 * of filter, larger, of the first tokens of all keys.  With
 * vg_dict_set_masks an entry also keeps bit masks of its hits' tags and
 * kinds, which a scan would otherwise gather hit by hit at every match
 * (reading each hit's value), and gets with the match.
 *
 * The hash of a key combines the hashes of its space-separated tokens,
 * H(a ' ' b) = H(a) Q + T(b) with H(a) = T(a) for one token, then
 * avalanched; T(t) (vg_dict_tok_hash) runs over the token's bytes 8 at a
 * time (vg_dict_word_step), so a tokeniser can hash a token while folding it
 * word by word, and vg_dict_match_toks extends a prefix by one token in
 * constant time.
 */
#include "vg_dict.h"
#include "vg_arr.h"
#include "vg_norm.h"
#include "vigil.h"

#include <stdlib.h>
#include <string.h>

#define HASH_Q 0xc2b2ae3d27d4eb4full

typedef struct slot {
    uint32_t fp;  /* high half of the key's hash */
    uint32_t idx; /* entry number + 1, 0 = empty */
} slot;

typedef struct entry {
    char *key;
    uint64_t hash;
    uint64_t next; /* bit T(t) >> 58 for every token t that extends the key */
    vg_dict_hit *hits;
    uint64_t kinds;       /* vg_dict_set_masks: the kinds of its hits of tag ktag */
    uint32_t klen;        /* (< VG_DICT_KEY_MAX) */
    uint32_t nhits, hcap; /* hits and room for them */
    uint32_t tags;        /* vg_dict_set_masks: the tags of its hits */
} entry;

struct vg_dict {
    slot *tab;
    size_t mask; /* table size - 1 */
    entry *ent;
    size_t nent, entcap;
    size_t phrases;
    uint64_t first[VG_DICT_FILTER_BITS / 64]; /* vg_dict_start_filter */
    int ktag;                                 /* vg_dict_set_masks (kind: NULL when not set) */
    int (*kind)(const void *val);
};

uint64_t vg_dict_tok_hash(const char *s, size_t n)
{
    uint64_t h = 0;
    for (size_t i = 0; i < n; i += 8) {
        h = vg_dict_word_step(h, vg_dict_load_le(s + i, n - i));
    }
    return h;
}

/* The bit of a token's hash in entry.next. */
static uint64_t next_bit(uint64_t th)
{
    return 1ull << (th >> 58);
}

/* Token-combined part of the hash of the folded phrase k[0..n). */
static uint64_t phrase_hash(const char *k, size_t n)
{
    uint64_t h = 0;
    for (size_t a = 0, b; a <= n; a = b + 1) {
        const char *sp = memchr(k + a, ' ', n - a);
        b = sp ? (size_t)(sp - k) : n;
        h = h * HASH_Q + vg_dict_tok_hash(k + a, b - a);
    }
    return h;
}

/* Final mix so that slot number (low bits) and fingerprint (high bits) both
 * depend on all bits of the hash. */
static uint64_t finish(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 29);
}

static uint64_t key_hash(const char *k, size_t n)
{
    return finish(phrase_hash(k, n));
}

vg_dict *vg_dict_new(void)
{
    vg_dict *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->tab = calloc(1024, sizeof(slot));
    if (!d->tab) {
        free(d);
        return NULL;
    }
    d->mask = 1023;
    return d;
}

void vg_dict_free(vg_dict *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nent; i++) {
        free(d->ent[i].key);
        free(d->ent[i].hits);
    }
    free(d->ent);
    free(d->tab);
    free(d);
}

const uint64_t *vg_dict_start_filter(const vg_dict *d)
{
    return d->first;
}

size_t vg_dict_size(const vg_dict *d)
{
    return d ? d->phrases : 0;
}

/* The slot holding key k (hash h), or the empty slot where it would go. */
static slot *find_slot(const vg_dict *d, const char *k, size_t n, uint64_t h)
{
    uint32_t fp = (uint32_t)(h >> 32);
    for (size_t i = h & d->mask;; i = (i + 1) & d->mask) {
        slot *s = &d->tab[i];
        if (!s->idx)
            return s;
        if (s->fp != fp)
            continue;
        const entry *e = &d->ent[s->idx - 1];
        if (e->klen == n && memcmp(e->key, k, n) == 0)
            return s;
    }
}

/* Double the slot table; entries stay where they are. */
static int grow(vg_dict *d)
{
    size_t nsize = (d->mask + 1) * 2;
    slot *nt = calloc(nsize, sizeof(slot));
    if (!nt)
        return VG_ENOMEM;
    free(d->tab);
    d->tab = nt;
    d->mask = nsize - 1;
    for (size_t i = 0; i < d->nent; i++) {
        entry *e = &d->ent[i];
        *find_slot(d, e->key, e->klen, e->hash) =
            (slot){(uint32_t)(e->hash >> 32), (uint32_t)i + 1};
    }
    return 0;
}

static entry *new_entry(vg_dict *d, const char *k, size_t n, uint64_t h)
{
    if (vg_arr_room(&d->ent, d->nent, &d->entcap, sizeof(*d->ent), 512) < 0)
        return NULL;
    char *key = malloc(n + 1);
    if (!key)
        return NULL;
    memcpy(key, k, n);
    key[n] = 0;
    entry *e = &d->ent[d->nent++];
    *e = (entry){.key = key, .klen = (uint32_t)n, .hash = h};
    return e;
}

static entry *intern(vg_dict *d, const char *k, size_t n)
{
    if ((d->nent + 1) * 2 > d->mask + 1 && grow(d) < 0)
        return NULL;
    if (d->nent >= UINT32_MAX - 1)
        return NULL;
    uint64_t h = key_hash(k, n);
    slot *s = find_slot(d, k, n, h);
    if (s->idx)
        return &d->ent[s->idx - 1];
    entry *e = new_entry(d, k, n, h);
    if (e)
        *s = (slot){(uint32_t)(h >> 32), (uint32_t)d->nent};
    return e;
}

/* The masks of one hit into e's (vg_dict_set_masks). */
static void mask_hit(const vg_dict *d, entry *e, int tag, const void *val)
{
    if (tag >= 0 && tag < 32)
        e->tags |= 1u << tag;
    if (tag != d->ktag)
        return;
    int k = d->kind(val);
    if (k >= 0 && k < 64)
        e->kinds |= 1ull << k;
}

static int add_hit(const vg_dict *d, entry *e, int tag, const void *val)
{
    for (size_t i = 0; i < e->nhits; i++)
        if (e->hits[i].tag == tag && e->hits[i].val == val)
            return 0;
    size_t cap = e->hcap;
    if (e->nhits >= UINT32_MAX / 4 ||
        vg_arr_room(&e->hits, e->nhits, &cap, sizeof(*e->hits), 2) < 0)
        return VG_ENOMEM;
    e->hcap = (uint32_t)cap;
    e->hits[e->nhits++] = (vg_dict_hit){tag, val};
    if (d->kind)
        mask_hit(d, e, tag, val);
    return 0;
}

void vg_dict_set_masks(vg_dict *d, int ktag, int (*kind)(const void *val))
{
    d->ktag = ktag;
    d->kind = kind;
    for (size_t i = 0; i < d->nent; i++) {
        entry *e = &d->ent[i];
        e->tags = 0;
        e->kinds = 0;
        for (size_t h = 0; kind && h < e->nhits; h++)
            mask_hit(d, e, e->hits[h].tag, e->hits[h].val);
    }
}

int vg_dict_has_masks(const vg_dict *d)
{
    return d && d->kind != NULL;
}

int vg_dict_add(vg_dict *d, const char *phrase, size_t len, int tag, const void *val)
{
    char key[VG_DICT_KEY_MAX];
    size_t n = vg_fold_phrase(phrase, len, key, sizeof(key));
    if (n == 0)
        return VG_EINVAL;
    const char *sp0 = memchr(key, ' ', n);
    uint64_t th = vg_dict_tok_hash(key, sp0 ? (size_t)(sp0 - key) : n);
    d->first[(th >> 48) / 64] |= 1ull << ((th >> 48) % 64);
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        if (key[i] != ' ')
            continue;
        if (++words > VG_DICT_MAX_WORDS)
            return VG_EINVAL;
        entry *p = intern(d, key, i); /* proper prefix */
        if (!p)
            return VG_ENOMEM;
        const char *sp = memchr(key + i + 1, ' ', n - i - 1);
        size_t nl = sp ? (size_t)(sp - key) - i - 1 : n - i - 1;
        p->next |= next_bit(vg_dict_tok_hash(key + i + 1, nl));
    }
    entry *e = intern(d, key, n);
    if (!e)
        return VG_ENOMEM;
    if (e->nhits == 0)
        d->phrases++;
    return add_hit(d, e, tag, val);
}

static inline uint64_t ld64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint16_t ld16(const char *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

static inline uint32_t ld32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* memcmp(a, b, n) == 0 for the short keys of a scan, inline and without
 * reading outside either key: overlapping loads of 8, 4, 2 or 1 bytes. */
static inline int key_eq(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            if (ld64(a + i) != ld64(b + i))
                return 0;
        return ld64(a + n - 8) == ld64(b + n - 8);
    }
    if (n >= 4)
        return ((ld32(a) ^ ld32(b)) | (ld32(a + n - 4) ^ ld32(b + n - 4))) == 0;
    if (n >= 2)
        return ((ld16(a) ^ ld16(b)) | (ld16(a + n - 2) ^ ld16(b + n - 2))) == 0;
    return n == 0 || a[0] == b[0];
}

/* The entry of key k (hash h), or NULL: find_slot for the read side, kept
 * inline because every token of every article takes it. */
static inline const entry *lookup_h(const vg_dict *d, const char *k, size_t n, uint64_t h)
{
    uint32_t fp = (uint32_t)(h >> 32);
    for (size_t i = h & d->mask;; i = (i + 1) & d->mask) {
        slot s = d->tab[i];
        if (!s.idx)
            return NULL;
        if (s.fp != fp)
            continue;
        const entry *e = &d->ent[s.idx - 1];
        if (e->klen == n && key_eq(e->key, k, n))
            return e;
    }
}

static const entry *lookup(const vg_dict *d, const char *k, size_t n)
{
    return lookup_h(d, k, n, key_hash(k, n));
}

size_t vg_dict_match(const vg_dict *d, const char *text, size_t len, const vg_dict_hit **hits,
                     size_t *nhits)
{
    char key[VG_DICT_KEY_MAX];
    size_t klen = 0, pos = 0, ts, te, best = 0;
    *hits = NULL;
    *nhits = 0;
    for (int w = 0; w < VG_DICT_MAX_WORDS && vg_tok_next(text, len, &pos, &ts, &te); w++) {
        if (w) {
            if (klen + 2 >= sizeof(key))
                break;
            key[klen++] = ' ';
        }
        size_t m = vg_fold_token(text + ts, te - ts, key + klen, sizeof(key) - klen);
        if (m == 0)
            break;
        klen += m;
        const entry *e = lookup(d, key, klen);
        if (!e)
            break;
        if (e->nhits) {
            best = te;
            *hits = e->hits;
            *nhits = e->nhits;
        }
    }
    return best;
}

void vg_dict_tok_set(vg_dict_tok *t, const char *buf, uint32_t off, uint32_t len)
{
    *t = (vg_dict_tok){vg_dict_tok_hash(buf + off, len), off, len};
}

/* Same prefixes, keys and stopping rules as vg_dict_match: a key is at most
 * VG_DICT_KEY_MAX - 1 bytes and every token folds to something.  With
 * each (vg_dict_match_each), the hits of every length on the way. */
static inline __attribute__((always_inline)) size_t
match_toks(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
           const vg_dict_hit **hits, size_t *nhits, const vg_dict_hit **each, size_t *neach,
           const entry **best_e)
{
    uint64_t h = 0;
    size_t best = 0;
    *hits = NULL;
    *nhits = 0;
    if (!n)
        return 0;
    const char *key = buf + t[0].off;
    const entry *e = NULL;
    for (size_t w = 0; w < n && w < VG_DICT_MAX_WORDS && t[w].len; w++) {
        size_t klen = t[w].off + t[w].len - t[0].off;
        if (klen >= VG_DICT_KEY_MAX)
            break;
        if (e && !(e->next & next_bit(t[w].h)))
            break; /* no key goes on with this token */
        h = h * HASH_Q + t[w].h;
        e = lookup_h(d, key, klen, finish(h));
        if (!e)
            break;
        if (each) {
            each[w] = e->hits;
            neach[w] = e->nhits;
        }
        if (e->nhits) {
            best = w + 1;
            *hits = e->hits;
            *nhits = e->nhits;
            if (best_e)
                *best_e = e;
        }
    }
    return best;
}

size_t vg_dict_match_toks(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
                          const vg_dict_hit **hits, size_t *nhits)
{
    return match_toks(d, buf, t, n, hits, nhits, NULL, NULL, NULL);
}

size_t vg_dict_match_masks(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
                           const vg_dict_hit **hits, size_t *nhits, uint32_t *tags, uint64_t *kinds)
{
    const entry *e = NULL;
    size_t k = match_toks(d, buf, t, n, hits, nhits, NULL, NULL, &e);
    *tags = e ? e->tags : 0;
    *kinds = e ? e->kinds : 0;
    return k;
}

size_t vg_dict_match_each(const vg_dict *d, const char *buf, const vg_dict_tok *t, size_t n,
                          const vg_dict_hit **each, size_t *neach)
{
    const vg_dict_hit *h;
    size_t nh;
    for (size_t w = 0; w < n; w++)
        neach[w] = 0;
    return match_toks(d, buf, t, n, &h, &nh, each, neach, NULL);
}

/* Insertion sort of the tag's hits of one entry among their own slots. */
static void sort_entry(entry *e, int tag, int (*before)(const void *a, const void *b))
{
    for (size_t i = 1; i < e->nhits; i++) {
        if (e->hits[i].tag != tag)
            continue;
        const void *v = e->hits[i].val;
        size_t j = i; /* the slot v goes to */
        for (size_t k = i; k-- > 0;) {
            if (e->hits[k].tag != tag)
                continue;
            if (!before(v, e->hits[k].val))
                break;
            e->hits[j].val = e->hits[k].val;
            j = k;
        }
        e->hits[j].val = v;
    }
}

void vg_dict_sort_hits(vg_dict *d, int tag, int (*before)(const void *a, const void *b))
{
    for (size_t i = 0; d && i < d->nent; i++)
        if (d->ent[i].nhits > 1)
            sort_entry(&d->ent[i], tag, before);
}

const vg_dict_hit *vg_dict_get(const vg_dict *d, const char *phrase, size_t len, size_t *nhits)
{
    char key[VG_DICT_KEY_MAX];
    size_t n = vg_fold_phrase(phrase, len, key, sizeof(key));
    *nhits = 0;
    if (n == 0)
        return NULL;
    const entry *e = lookup(d, key, n);
    if (!e || !e->nhits)
        return NULL;
    *nhits = e->nhits;
    return e->hits;
}
