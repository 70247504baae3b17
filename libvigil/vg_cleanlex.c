/*
 * vg_cleanlex.c - load knowledge/clean.tsv (see vg_cleanlex.h and the file
 * header).
 *
 * One pass reads and validates every row into arrays sized by the file's
 * line count (the strings stay in the file's arena); then the phrase chains
 * and the stopword table are built.  The short word lists (tails, bylines,
 * contact and notice openers, time words, HTML class/id words) stay arrays
 * in file order: the cleaner reads them for a few short units or per
 * element, where a scan of a dozen entries costs less than a lookup
 * structure.  The stopword hash searches multipliers
 * (the sequence the build-time generator of these tables used) until no two
 * words share a slot, doubling the table when a size takes too long: a
 * lookup is then one probe, as before.
 */
#include "vg_cleanlex.h"
#include "vg_tsv.h"
#include "vigil.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define MIN_SLOT_BITS 9  /* 512 slots */
#define MAX_SLOT_BITS 16 /* 65536 */
#define TRIES_PER_SIZE (1u << 20)

#define NO_WORDS ((size_t)-1)
#define WORDS(m) offsetof(vg_cleanlex, m)

/* Checks beyond lower case and length (lower_phrase). */
enum {
    R_SPACE = 1, /* '_' stands for a space (a trailing space is invisible) */
    R_TAIL = 2,  /* fits the tail test: < 64 bytes, <= 5 words, no ':' or ' ' at the end */
    R_LABEL = 4, /* starts with an ASCII letter (matched as written or capitalised) */
};

static const struct {
    const char *name;
    unsigned list; /* VG_CL_* for the phrase table, 0 otherwise */
    size_t nf;
    size_t words;   /* offset of the vg_cl_words it fills, or NO_WORDS */
    unsigned rules; /* R_* */
    unsigned open;  /* VG_CL_OPEN_* of an opener list, 0 otherwise */
} kinds[] = {
    {"promo", VG_CL_PROMO, 2, NO_WORDS, 0, 0},
    {"furniture", VG_CL_FURNITURE, 2, NO_WORDS, 0, 0},
    {"counter", VG_CL_COUNTER, 2, NO_WORDS, 0, 0},
    {"ago", VG_CL_AGO, 2, NO_WORDS, 0, 0},
    {"dateline", VG_CL_DATELINE, 2, NO_WORDS, 0, 0},
    {"month", 0, 2, NO_WORDS, 0, 0},
    {"timeword", 0, 2, WORDS(timewords), 0, 0},
    {"datelabel", 0, 2, WORDS(datelabels), R_LABEL, 0},
    {"tail", 0, 2, WORDS(tails), R_TAIL, 0},
    {"byline", 0, 2, WORDS(bylines), R_SPACE, VG_CL_OPEN_BYLINE},
    {"contact", 0, 2, WORDS(contacts), R_SPACE, VG_CL_OPEN_CONTACT},
    {"notice", 0, 2, WORDS(notices), R_SPACE, VG_CL_OPEN_NOTICE},
    {"negclass", 0, 2, WORDS(neg_class), 0, 0},
    {"negpart", 0, 2, WORDS(neg_part), 0, 0},
    {"negtoken", 0, 2, WORDS(neg_token), 0, 0},
    {"posclass", 0, 2, WORDS(pos_class), 0, 0},
    {"stopword", 0, 3, NO_WORDS, 0, 0},
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

typedef struct sw_row {
    uint64_t key;
    unsigned langs;
} sw_row;

typedef struct loader {
    vg_tsv t;
    vg_cleanlex *cl;
    sw_row *sw;
    size_t nsw;
} loader;

static int lower_phrase(vg_tsv *t, const char *p)
{
    size_t n = strlen(p);
    if (n < 2 || n > 255)
        return vg_tsv_fail(t, "phrase '%s' must be 2 to 255 bytes", p);
    for (const char *s = p; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            return vg_tsv_fail(t, "phrase '%s' must be lower case", p);
    return 0;
}

/* stopword WORD LANG */
static int add_stopword(loader *ld, char **f)
{
    vg_cleanlex *cl = ld->cl;
    size_t n = strlen(f[1]);
    uint64_t key = 0;
    if (n > 6)
        return vg_tsv_fail(&ld->t, "stopword '%s' longer than 6 letters", f[1]);
    for (size_t j = 0; j < n; j++) {
        if (f[1][j] < 'a' || f[1][j] > 'z')
            return vg_tsv_fail(&ld->t, "stopword '%s' is not lower-case ASCII letters", f[1]);
        key |= (uint64_t)(unsigned char)f[1][j] << (8 * j);
    }
    if (strlen(f[2]) != 2 || f[2][0] < 'a' || f[2][0] > 'z' || f[2][1] < 'a' || f[2][1] > 'z')
        return vg_tsv_fail(&ld->t, "language '%s' is not a two-letter code", f[2]);
    unsigned l = 0;
    while (l < cl->nlangs && strcmp(cl->langs[l], f[2]) != 0)
        l++;
    if (l == cl->nlangs) {
        if (l == VG_CL_MAX_LANGS)
            return vg_tsv_fail(&ld->t, "more than %d languages", VG_CL_MAX_LANGS);
        memcpy(cl->langs[cl->nlangs++], f[2], 3);
    }
    for (size_t i = 0; i < ld->nsw; i++)
        if (ld->sw[i].key == key) {
            ld->sw[i].langs |= 1u << l;
            return 0;
        }
    ld->sw[ld->nsw++] = (sw_row){key, 1u << l};
    return 0;
}

/* A tail marker is compared with a whole unit of at most five words, cut
 * to 63 bytes, its trailing colons and spaces dropped (vg_textclean_label.c):
 * a phrase that cannot be such a unit would never match. */
static int check_tail(vg_tsv *t, const char *p)
{
    size_t n = strlen(p), words = 0;
    for (size_t i = 0; i < n; i++)
        words += p[i] != ' ' && (i == 0 || p[i - 1] == ' ');
    if (n > 63 || words > 5)
        return vg_tsv_fail(t, "tail '%s' is longer than 63 bytes or 5 words", p);
    if (p[n - 1] == ':' || p[n - 1] == ' ' || p[0] == ' ')
        return vg_tsv_fail(t, "tail '%s' must not start with a space or end in ':' or a space", p);
    return 0;
}

/* The word list kind k fills, or NULL. */
static vg_cl_words *words_of(vg_cleanlex *cl, size_t k)
{
    return kinds[k].words == NO_WORDS ? NULL : (vg_cl_words *)(void *)((char *)cl + kinds[k].words);
}

/* A word list row: its checks, then '_' -> ' ' where the kind says so. */
static int add_word(loader *ld, size_t k, char *p)
{
    vg_cl_words *w = words_of(ld->cl, k);
    if ((kinds[k].rules & R_TAIL) && check_tail(&ld->t, p) < 0)
        return VG_EKB;
    if ((kinds[k].rules & R_LABEL) && (p[0] < 'a' || p[0] > 'z'))
        return vg_tsv_fail(&ld->t, "datelabel '%s' must start with an ASCII letter", p);
    if (kinds[k].rules & R_SPACE)
        for (char *c = p; *c; c++)
            if (*c == '_')
                *c = ' ';
    ld->cl->open_first[(unsigned char)p[0]] |= (unsigned char)kinds[k].open;
    w->v[w->n++] = p;
    return 0;
}

static int parse_row(loader *ld, char **f, size_t nf)
{
    vg_cleanlex *cl = ld->cl;
    size_t k = 0;
    while (k < NKINDS && strcmp(kinds[k].name, f[0]) != 0)
        k++;
    if (k == NKINDS)
        return vg_tsv_fail(&ld->t, "unknown kind '%s'", f[0]);
    if (nf != kinds[k].nf)
        return vg_tsv_fail(&ld->t, "%s takes %zu field%s after the kind", f[0], kinds[k].nf - 1,
                           kinds[k].nf > 2 ? "s" : "");
    for (size_t i = 1; i < nf; i++)
        if (!f[i][0])
            return vg_tsv_fail(&ld->t, "empty field %zu", i + 1);
    if (kinds[k].nf == 3)
        return add_stopword(ld, f);
    int rc = lower_phrase(&ld->t, f[1]);
    if (rc < 0)
        return rc;
    if (kinds[k].words != NO_WORDS)
        return add_word(ld, k, f[1]);
    if (!kinds[k].list) {
        cl->months[cl->nmonths++] = f[1];
        return 0;
    }
    cl->ph[cl->nph++] =
        (vg_cl_phrase){f[1], (unsigned char)strlen(f[1]), (unsigned char)kinds[k].list, 0};
    return 0;
}

/* Chain the phrases by bucket, the newest first. */
static void chain(vg_cleanlex *cl)
{
    for (size_t k = 0; k < cl->nph; k++) {
        unsigned b = vg_cl_bigram(cl->ph[k].p);
        cl->ph[k].next = cl->head[b];
        cl->head[b] = (uint32_t)(k + 1);
    }
}

/* A multiplier that gives every stopword a slot of its own. */
static int hash_stopwords(loader *ld)
{
    vg_cleanlex *cl = ld->cl;
    for (unsigned bits = MIN_SLOT_BITS; bits <= MAX_SLOT_BITS; bits++) {
        size_t slots = (size_t)1 << bits;
        unsigned shift = 64 - bits;
        unsigned char *used = calloc(slots, 1);
        if (!used)
            return VG_ENOMEM;
        uint64_t mult = 0x9E3779B97F4A7C15ull, x = 0x243F6A8885A308D3ull;
        for (unsigned n = 0; n < TRIES_PER_SIZE; n++) {
            size_t i = 0;
            memset(used, 0, slots);
            while (i < ld->nsw && !used[(ld->sw[i].key * mult) >> shift])
                used[(ld->sw[i++].key * mult) >> shift] = 1;
            if (i == ld->nsw) {
                free(used);
                cl->sw_key = calloc(slots, sizeof(*cl->sw_key));
                cl->sw_langs = calloc(slots, 1);
                if (!cl->sw_key || !cl->sw_langs)
                    return VG_ENOMEM;
                for (i = 0; i < ld->nsw; i++) {
                    size_t s = (size_t)((ld->sw[i].key * mult) >> shift);
                    cl->sw_key[s] = ld->sw[i].key;
                    cl->sw_langs[s] = (unsigned char)ld->sw[i].langs;
                }
                cl->sw_mult = mult;
                cl->sw_shift = shift;
                return 0;
            }
            x = x * 6364136223846793005ull + 1442695040888963407ull; /* next candidate */
            mult = x | 1;
        }
        free(used);
    }
    return vg_tsv_fail(&ld->t, "no collision-free table for %zu stopwords", ld->nsw);
}

static int load_rows(loader *ld)
{
    char *f[4];
    size_t nf;
    int rc;
    while ((rc = vg_tsv_next_var(&ld->t, f, 3, &nf)) == 1)
        if ((rc = parse_row(ld, f, nf)) < 0)
            return rc;
    if (rc < 0)
        return rc;
    chain(ld->cl);
    return hash_stopwords(ld);
}

int vg_cleanlex_load(const char *path, vg_cleanlex **out, char *err, size_t errlen)
{
    loader ld = {0};
    *out = NULL;
    int rc = vg_tsv_open(&ld.t, path, err, errlen);
    if (rc < 0)
        return rc;
    size_t rows = vg_tsv_max_rows(&ld.t);
    rc = VG_ENOMEM;
    if (!(ld.cl = calloc(1, sizeof(*ld.cl))) || !(ld.cl->ph = calloc(rows, sizeof(*ld.cl->ph))) ||
        !(ld.cl->months = calloc(rows, sizeof(*ld.cl->months))) ||
        !(ld.sw = calloc(rows, sizeof(*ld.sw))))
        goto fail;
    for (size_t k = 0; k < NKINDS; k++) {
        vg_cl_words *w = words_of(ld.cl, k);
        if (w && !(w->v = calloc(rows, sizeof(*w->v))))
            goto fail;
    }
    if ((rc = load_rows(&ld)) < 0)
        goto fail;
    ld.cl->arena = vg_tsv_take(&ld.t);
    vg_tsv_close(&ld.t);
    free(ld.sw);
    *out = ld.cl;
    return 0;
fail:
    if (rc == VG_ENOMEM && err && errlen)
        vg_tsv_fail(&ld.t, "out of memory");
    vg_tsv_close(&ld.t);
    free(ld.sw);
    vg_cleanlex_free(ld.cl);
    return rc;
}

void vg_cleanlex_free(vg_cleanlex *cl)
{
    if (!cl)
        return;
    free(cl->ph);
    free(cl->months);
    for (size_t k = 0; k < NKINDS; k++)
        if (words_of(cl, k))
            free(words_of(cl, k)->v);
    free(cl->sw_key);
    free(cl->sw_langs);
    free(cl->arena);
    free(cl);
}
