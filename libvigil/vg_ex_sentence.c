/*
 * vg_ex_sentence.c - extraction stage: one sentence's features.
 *
 * One dictionary scan (vg_scan) finds places, actors and every lexicon cue
 * together, so a sentence is read once, mark by mark: triggers and subtype
 * cues (the strongest per event type), background, negation, irrealis, toll
 * updates, person nouns, actors and claims; then its places, dates and
 * figures.  The result (vg_ex_sent) is all the later stages read: the cost
 * is linear in the article.  A new cue kind is one case in scan_marks.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

static void note_trigger(vg_ex_sent *si, const vg_lex_entry *e, size_t t, size_t end)
{
    int ty = e->type;
    if (e->kind == VG_LX_SUBCUE) {
        si->sub_w[ty] = 1;
        if (!si->sub_label[ty] || !si->sub_label[ty][0])
            si->sub_label[ty] = e->label;
        return;
    }
    if (e->val > si->trig_w[ty] ||
        (e->val == si->trig_w[ty] && e->label[0] && !(si->trig_sub[ty] && si->trig_sub[ty][0]))) {
        si->trig_w[ty] = e->val;
        si->trig_sub[ty] = e->label;
        si->trig_t[ty] = t;
        si->trig_e[ty] = end;
    }
}

static void scan_marks(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    const vg_scan *sc = &x->sc;
    vg_ex_actor named = {0}; /* the last named actor, and the token after it */
    size_t named_end = 0;
    for (size_t k = vg_ex_first_mark(sc, s->t0); k < sc->nmark && sc->mark[k].t0 < s->t1; k++) {
        const vg_mark *m = &sc->mark[k];
        size_t t = m->t0;
        for (uint32_t h = 0; h < m->nhits; h++) {
            const vg_dict_hit *hit = &m->hits[h];
            if (hit->tag == VG_TAG_ACTOR && vg_ex_affiliation(x, t, m->t1))
                continue; /* "the al Qaeda-linked JNIM": JNIM is the actor */
            if (hit->tag == VG_TAG_ACTOR && vg_ex_other_countrys(x, m, hit->val))
                continue;
            if (hit->tag == VG_TAG_ACTOR) {
                const vg_actor_def *a = hit->val;
                vg_ex_actor r = {a->name,
                                 a->vclass,
                                 t,
                                 vg_ex_is_by(x, t, s->t0),
                                 a->kind && strcmp(a->kind, "media") == 0,
                                 a->country[0] ? a->country : NULL,
                                 a->kind && strcmp(a->kind, "organisation") == 0,
                                 0};
                vg_ex_add_actor(si, &r);
                named = r;
                named_end = m->t1;
                continue;
            }
            if (hit->tag != VG_TAG_LEX)
                continue;
            const vg_lex_entry *e = hit->val;
            if ((e->flags & VG_LXF_CAP) && !(sc->tok[t].flags & VG_TF_CAP))
                continue;
            switch (e->kind) {
            case VG_LX_TRIG:
            case VG_LX_SUBCUE:
                note_trigger(si, e, t, m->t1);
                break;
            case VG_LX_HIST:
                si->hist = 1;
                break;
            case VG_LX_NEG:
                si->neg = 1;
                break;
            case VG_LX_IRREALIS:
                if (!si->irrealis)
                    si->irrealis = 1 + (int)t;
                break;
            case VG_LX_PERFECT:
                si->perfect = 1;
                break;
            case VG_LX_ANOTHER:
                if (!si->another)
                    si->another = 1 + (int)(m->t1 - 1);
                break;
            case VG_LX_UPDATE:
                si->update = 1;
                break;
            case VG_LX_DEATH:
                si->death = 1;
                break;
            case VG_LX_VICTIM:
                if (e->val > 0 && e->val < 8)
                    si->vclass_seen[e->val] = 1;
                break;
            case VG_LX_ACTOR: {
                if (vg_ex_same_group(x, m, named.name ? &named : NULL, named_end, e->val) ||
                    (e->val != VG_VC_CIVILIAN && vg_ex_source_actor(x, t, m->t1)))
                    break; /* (villagers a report cites are still its victims) */
                vg_ex_actor r = {e->label, e->val, t, vg_ex_is_by(x, t, s->t0), 0, NULL, 0, 1};
                vg_ex_add_actor(si, &r);
                break;
            }
            case VG_LX_CLAIM:
                vg_ex_claim_source(x, s, t, m->t1, e->val, si);
                break;
            case VG_LX_DOMAIN:
                si->domain |= 1u << e->val;
                break;
            case VG_LX_MEANS:
                if (!si->means)
                    si->means = 1 + (int)t;
                else if (!si->means2)
                    si->means2 = 1 + (int)t;
                break;
            case VG_LX_POWER:
                si->power = 1;
                break;
            case VG_LX_RELEASE:
                si->release = 1;
                break;
            case VG_LX_DENY:
                if (si->ndeny < sizeof(si->deny_e) / sizeof(si->deny_e[0]))
                    si->deny_e[si->ndeny++] = m->t1;
                break;
            case VG_LX_MODAL:
                if (si->nmodal < sizeof(si->modal_t) / sizeof(si->modal_t[0]) &&
                    (t == s->t0 || !(sc->tok[t].flags & VG_TF_CAP))) { /* "May" is a month */
                    if (e->val)
                        si->modal_fut |= (uint8_t)(1u << si->nmodal);
                    si->modal_t[si->nmodal] = t;
                    si->modal_e[si->nmodal++] = m->t1;
                }
                break;
            default:
                break;
            }
        }
    }
}

void vg_ex_analyse(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    memset(si, 0, offsetof(vg_ex_sent, places));
    scan_marks(x, s, si);
    if (si->trig_w[VG_EV_ARMED_CLASH])
        si->object_class = vg_ex_object_class(x, s, si->trig_t[VG_EV_ARMED_CLASH]);
    if (si->trig_w[VG_EV_ARREST])
        si->official_near_arrest = vg_ex_official_near(x, s, si->trig_t[VG_EV_ARREST]);
    if (si->trig_w[VG_EV_ABDUCTION])
        si->held_official = vg_ex_official_near(x, s, si->trig_t[VG_EV_ABDUCTION]);
    vg_ex_scan_places(x, s, si);
    vg_ex_scan_dates(x, s, si);
    vg_ex_find_figures(x, s, si);
}
