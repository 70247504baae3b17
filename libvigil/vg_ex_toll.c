/*
 * vg_ex_toll.c - extraction stage: a sentence's toll from its figures.
 *
 * vg_ex_figures.c finds each figure and what it counts; this file decides
 * what a sentence says in all: counts joined by "and" add up ("27 soldiers
 * and 10 civilians"), the dead of two sides told together add up as ACLED
 * counts them, competing figures keep the lowest precise one, and two
 * sources' different figures make the event disputed.  Split from
 * vg_ex_figures.c along that seam (finding figures / combining them).
 */
#include "vg_ex.h"

/* Counts joined by "and" ("27 soldiers and 10 civilians", "3 soldats et 5
 * assaillants") add up; not counts of two verbs' objects ("arrested four
 * suspects and recovered three rifles": "and" is not right before the
 * second count). */
static int joined(const vg_ex_ctx *x, const vg_num *a, const vg_num *b)
{
    if (b->t0 <= a->t1 || b->t0 - a->t1 > 3)
        return 0;
    size_t j = b->t0 - 1;
    if (j > a->t1 && vg_ex_is_word(x, j, VG_LX_DET))
        j--; /* "and the", "et de" */
    return vg_ex_lex(x, j, VG_LX_NUMJOIN, NULL) != NULL;
}

/* The side a class of the dead fought on: 1 fighters, 2 the forces, 3 the
 * unarmed (civilians, people, officials); 0 unknown. */
int vg_ex_toll_side(int vclass)
{
    switch (vclass) {
    case VG_VC_MILITANT:
        return 1;
    case VG_VC_MILITARY:
        return 2;
    case VG_VC_CIVILIAN:
    case VG_VC_PERSON:
    case VG_VC_OFFICIAL:
        return 3;
    default:
        return 0;
    }
}

#define SIDES_GAP 8 /* tokens at most between two sides' tolls told together */

/* The toll b follows a within SIDES_GAP tokens of one sentence, joined by
 * "and"/"et" ("Three soldiers were killed and 18 assailants were
 * neutralised", "2 morts dans ses rangs et 11 terroristes neutralisés"),
 * or within twice that by "while"/"tandis que" (lexicon clausejoin: "killed
 * a commander ..., while residents said five civilians died"). */
static int linked(const vg_ex_ctx *x, const vg_num *a, const vg_num *b)
{
    if (b->t0 < a->t1 || b->t0 - a->t1 > 2 * SIDES_GAP)
        return 0;
    for (size_t t = a->t1; t < b->t0; t++)
        if ((vg_ex_lex(x, t, VG_LX_NUMJOIN, NULL) && b->t0 - a->t1 <= SIDES_GAP) ||
            vg_ex_lex(x, t, VG_LX_CLAUSEJOIN, NULL))
            return 1; /* (or "..., while residents said five civilians died") */
    return 0;
}

/* Precise tolls of two or more sides, each side's told once or more ("2
 * morts dans ses rangs et 11 terroristes neutralisés", "lost four soldiers
 * and killed 12 militants"): the dead of both sides, as ACLED counts them
 * (each side's lowest figure).  0 when a figure is vague or of no known
 * side, or only one side is counted. */
static int sides_toll(const vg_ex_ctx *x, const vg_ex_sent *si, int kind, vg_num *out)
{
    long best[4] = {-1, -1, -1, -1}, bmax[4] = {0};
    int sides = 0, qual = VG_Q_EXACT;
    size_t t0 = 0, t1 = 0;
    const vg_ex_fig *prev = NULL;
    for (size_t i = 0; i < si->nfigs; i++) {
        const vg_ex_fig *f = &si->figs[i];
        if (f->kind != kind)
            continue;
        if (prev && !linked(x, &prev->n, &f->n))
            return 0; /* (two tolls apart: two sources, or two incidents) */
        prev = f;
        int sd = vg_ex_toll_side(f->vclass);
        if (!sd || f->n.vague || f->n.min <= 0)
            return 0;
        if (!sides++)
            qual = f->n.qual; /* (the first figure's "at least") */
        if (sides == 1 || f->n.t0 < t0)
            t0 = f->n.t0;
        if (f->n.t1 > t1)
            t1 = f->n.t1;
        if (best[sd] < 0 || f->n.min < best[sd]) {
            best[sd] = f->n.min;
            bmax[sd] = f->n.max;
        }
    }
    long sum = 0, smax = 0;
    int distinct = 0;
    for (int sd = 1; sd < 4; sd++) {
        if (best[sd] < 0)
            continue;
        distinct++;
        sum += best[sd];
        smax = smax >= 0 && bmax[sd] >= 0 ? smax + bmax[sd] : -1;
    }
    if (distinct < 2)
        return 0;
    *out = (vg_num){.min = sum, .max = smax, .qual = qual, .t0 = t0, .t1 = t1};
    return 1;
}

/* The sentence's figure of a kind.  Joined counts add up, and so do the
 * tolls of two sides; when the sentence gives competing figures the lowest
 * precise one is kept (ACLED codes the conservative figure); vague amounts
 * only count when alone. */
int vg_ex_sentence_figure(const vg_ex_ctx *x, const vg_ex_sent *si, int kind, vg_num *out,
                          int *vclass)
{
    if (kind == 1 && sides_toll(x, si, kind, out)) {
        *vclass = 0; /* (mixed) */
        return 1;
    }
    int found = 0;
    vg_num cur = {0};
    int cur_set = 0, cur_vc = 0;
    for (size_t i = 0; i <= si->nfigs; i++) {
        const vg_ex_fig *f = i < si->nfigs ? &si->figs[i] : NULL;
        if (f && f->kind != kind)
            continue;
        if (f && cur_set && !cur.vague && !f->n.vague && joined(x, &cur, &f->n)) {
            cur.min += f->n.min;
            cur.max = cur.max >= 0 && f->n.max >= 0 ? cur.max + f->n.max : -1;
            cur.t1 = f->n.t1;
            continue;
        }
        if (cur_set &&
            (!found || (out->vague && !cur.vague) || (!cur.vague && cur.min < out->min))) {
            *out = cur;
            *vclass = cur_vc;
            found = 1;
        }
        if (f) {
            cur = f->n;
            cur_vc = f->vclass;
            cur_set = 1;
        }
    }
    return found;
}

/* Two sources, two tolls in one sentence ("at least 20 killed, residents
 * said; police said 14"): the sentence claims a source and gives competing
 * precise figures of kind, of one class of people (or unknown), that differ.
 * The lowest is kept (vg_ex_sentence_figure) and the event is disputed. */
int vg_ex_sentence_disputed(const vg_ex_ctx *x, const vg_ex_sent *si, int kind)
{
    long first = -1;
    int first_vc = 0, groups = 0;
    vg_num cur = {0};
    int cur_set = 0, cur_vc = 0;
    if (!si->claim[0])
        return 0;
    for (size_t i = 0; i <= si->nfigs; i++) {
        const vg_ex_fig *f = i < si->nfigs ? &si->figs[i] : NULL;
        if (f && f->kind != kind)
            continue;
        if (f && f->n.vague)
            continue;
        if (f && cur_set && joined(x, &cur, &f->n)) {
            cur.min += f->n.min;
            cur.t1 = f->n.t1;
            continue;
        }
        if (cur_set) {
            if (!groups++) {
                first = cur.min;
                first_vc = cur_vc;
            } else if (cur.min != first && (!cur_vc || !first_vc || cur_vc == first_vc)) {
                return 1;
            }
        }
        if (f) {
            cur = f->n;
            cur_vc = f->vclass;
            cur_set = 1;
        }
    }
    return 0;
}
