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
 *
 * This file holds the units and the passes over a document; the line
 * splitter, the feature scan and the labels have files of their own
 * (vg_textclean_int.h lists them).
 */
#include "vg_arr.h"
#include "vg_textclean_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

/* Title Case: most long words capitalised.  A line ending in a full stop
 * is a sentence whose capitals are names ("Gunmen killed 12 in Kano,
 * Nigeria, on Sunday.") or a brief written in capitals: a wire brief's
 * lead, not a headline (headlines drop the stop). */
static int title_case(const vg_textclean_feat *f)
{
    if (f->long_words < 2 || f->caps_words * 10 < f->long_words * 7)
        return 0;
    return !(f->n && f->s[f->n - 1] == '.');
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
static int seen_sentences(hset *h, const vg_textclean_keys *kp, const shape *sh, int record)
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
static void label_all(const char *buf, vg_units *us, shape *sh, vg_textclean_feat *f,
                      vg_textclean_keys *kp)
{
    size_t good_chars = 0;
    int tail = 0;

    for (size_t i = 0; i < us->n; i++) {
        vg_unit *u = &us->v[i];
        vg_textclean_strip_edges(f->cl, buf, u);
        u->keep = 0;
        if (u->b > u->a) {
            u->cls = vg_textclean_label(buf + u->a, u->b - u->a, u, f, kp);
        } else {
            vg_textclean_features(buf + u->a, 0, f, kp);
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
        if (u->cls == VG_UC_BAD && !(u->flags & VG_UF_HTML) && vg_textclean_tail_marker(f) &&
            good_chars > 400)
            tail = 1;
        else if (tail)
            u->cls = VG_UC_BAD;
        if (u->cls == VG_UC_GOOD)
            good_chars += u->b - u->a;
    }
}

/* pass 3: decide unit i by its place relative to the body [first, last] */
static void decide(const vg_textclean_keys *kp, vg_units *us, const shape *sh, size_t i,
                   size_t first, size_t last, size_t *title, hset *sents)
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

/* A news flash with no body paragraph (its sentences all short) still has
 * its headline: the first plain-text unit, a line of 3 to 30 words that is
 * no sentence ("Gunmen kill 12 in Kano" above "Police opened an
 * investigation." or "The toll could rise.").  Only with a sentence after
 * it: a lone line is no article. */
static void flash_title(vg_units *us, const shape *sh, size_t *title)
{
    size_t n = us->n, i;
    if (*title != (size_t)-1)
        return;
    for (i = 0; i < n && us->v[i].cls == VG_UC_BAD; i++)
        ;
    if (i + 1 >= n || us->v[i].keep || (us->v[i].flags & VG_UF_HTML) || us->v[i].words < 3 ||
        us->v[i].words > 30 || (us->v[i].term && !sh[i].title_case))
        return;
    /* a kept sentence, or one vg_clean keeps when no unit is kept */
    for (size_t j = i + 1; j < n; j++)
        if (us->v[j].keep || (us->v[j].term && us->v[j].words >= 3)) {
            *title = i;
            us->v[i].cls = VG_UC_TITLE;
            return;
        }
}

/* room for every sentence key: a key needs >= 5 words, so >= 9 bytes */
static size_t key_room(const vg_units *us)
{
    size_t room = 16;

    for (size_t i = 0; i < us->n; i++) {
        size_t k = (us->v[i].b > us->v[i].a ? us->v[i].b - us->v[i].a : 0) / 9 + 1;
        room += k < VG_TEXTCLEAN_MAX_SENTS ? k : VG_TEXTCLEAN_MAX_SENTS;
    }
    return room;
}

int vg_textclean_classify(const vg_cleanlex *cl, const char *buf, vg_units *us, size_t *title,
                          unsigned *junk)
{
    hset lines = {0}, sents = {0};
    size_t first = (size_t)-1, last = 0, i, n = us->n, shbytes = (n + 1) * sizeof(shape);
    vg_textclean_keys kp = {0};
    vg_textclean_feat f;
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
    if (first == (size_t)-1)
        flash_title(us, sh, title);
    for (i = 0; i < n; i++)
        *junk += !us->v[i].keep && us->v[i].cls != VG_UC_TITLE;
    rc = 0;
fail:
    free(sh);
    hset_free(&lines);
    hset_free(&sents);
    return rc;
}
