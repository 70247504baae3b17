/*
 * vg_dict.c - phrase dictionary (see vg_dict.h for the design).
 *
 * Open addressing with linear probing over a power-of-two table; keys are
 * folded phrases stored in one growing arena of separate allocations.  Entries
 * that are only prefixes of longer phrases have no hits (nhits == 0).
 */
#include "vg_dict.h"
#include "vg_norm.h"
#include "vigil.h"

#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *key; /* NULL = empty slot */
    size_t klen;
    uint64_t hash;
    vg_dict_hit *hits;
    size_t nhits, cap;
} entry;

struct vg_dict {
    entry *tab;
    size_t mask; /* table size - 1 */
    size_t used;
    size_t phrases;
};

static uint64_t key_hash(const char *k, size_t n)
{
    return vg_hash64(k, n, 0x76696731u);
}

vg_dict *vg_dict_new(void)
{
    vg_dict *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->tab = calloc(1024, sizeof(entry));
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
    for (size_t i = 0; i <= d->mask; i++) {
        free(d->tab[i].key);
        free(d->tab[i].hits);
    }
    free(d->tab);
    free(d);
}

size_t vg_dict_size(const vg_dict *d)
{
    return d ? d->phrases : 0;
}

static entry *find_slot(entry *tab, size_t mask, const char *k, size_t n, uint64_t h)
{
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        entry *e = &tab[i];
        if (!e->key || (e->hash == h && e->klen == n && memcmp(e->key, k, n) == 0))
            return e;
    }
}

static int grow(vg_dict *d)
{
    size_t nsize = (d->mask + 1) * 2;
    entry *nt = calloc(nsize, sizeof(entry));
    if (!nt)
        return VG_ENOMEM;
    for (size_t i = 0; i <= d->mask; i++) {
        entry *e = &d->tab[i];
        if (e->key)
            *find_slot(nt, nsize - 1, e->key, e->klen, e->hash) = *e;
    }
    free(d->tab);
    d->tab = nt;
    d->mask = nsize - 1;
    return 0;
}

static entry *intern(vg_dict *d, const char *k, size_t n)
{
    if ((d->used + 1) * 4 > (d->mask + 1) * 3 && grow(d) < 0)
        return NULL;
    uint64_t h = key_hash(k, n);
    entry *e = find_slot(d->tab, d->mask, k, n, h);
    if (e->key)
        return e;
    e->key = malloc(n + 1);
    if (!e->key)
        return NULL;
    memcpy(e->key, k, n);
    e->key[n] = 0;
    e->klen = n;
    e->hash = h;
    d->used++;
    return e;
}

static int add_hit(entry *e, int tag, const void *val)
{
    for (size_t i = 0; i < e->nhits; i++)
        if (e->hits[i].tag == tag && e->hits[i].val == val)
            return 0;
    if (e->nhits == e->cap) {
        size_t nc = e->cap ? e->cap * 2 : 2;
        vg_dict_hit *nh = realloc(e->hits, nc * sizeof(*nh));
        if (!nh)
            return VG_ENOMEM;
        e->hits = nh;
        e->cap = nc;
    }
    e->hits[e->nhits++] = (vg_dict_hit){tag, val};
    return 0;
}

int vg_dict_add(vg_dict *d, const char *phrase, size_t len, int tag, const void *val)
{
    char key[VG_DICT_KEY_MAX];
    size_t n = vg_fold_phrase(phrase, len, key, sizeof(key));
    if (n == 0)
        return VG_EINVAL;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        if (key[i] != ' ')
            continue;
        if (++words > VG_DICT_MAX_WORDS)
            return VG_EINVAL;
        if (!intern(d, key, i)) /* proper prefix */
            return VG_ENOMEM;
    }
    entry *e = intern(d, key, n);
    if (!e)
        return VG_ENOMEM;
    if (e->nhits == 0)
        d->phrases++;
    return add_hit(e, tag, val);
}

static const entry *lookup(const vg_dict *d, const char *k, size_t n)
{
    const entry *e = find_slot(d->tab, d->mask, k, n, key_hash(k, n));
    return e->key ? e : NULL;
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
