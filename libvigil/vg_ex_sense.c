/*
 * vg_ex_sense.c - extraction stage: does a trigger name a real event?
 *
 * A trigger word is evidence, not an event.  What undoes it is read from
 * the lexicon's cue kinds (lexicon.tsv: negator, definite, role, deny, modal,
 * release, captive, domain, means, power), never from word lists here:
 *   - scope (before typing): what undoes a trigger in its own clause
 *     (negation, denial, modality, release, ...) is vg_ex_scope.c's;
 *   - sense (after typing): a coup needs the state or its power in reach
 *     ("a coup for the company", "an overthrown pass" are none); a bare
 *     strategic verb ("suspend", "leave") a political object and a state or
 *     political actor; an execution or attack on civilians people harmed or
 *     an armed actor;
 *   - domain: a sentence of another field of news (sports, business,
 *     weather, accidents, courts, campaign rhetoric, health, computers)
 *     keeps a violent trigger only with an armed actor or a weapon, one on
 *     armed forces at no war (exercises, parades, arms purchases) only with
 *     people harmed, a work of fiction or a review nothing;
 *   - the article (vg_ex_article_context): one that has named no armed
 *     actor, weapon or force needs the confirmation in the sentence itself
 *     (a battle's soldiers or target, people harmed, a trigger that names
 *     its means); one whose other cues outnumber its violence cues needs
 *     more than a person noun; one dominated by another field's words keeps
 *     only what an armed actor or weapon confirms.  Each act of violence so
 *     confirmed raises the article's context for the sentences after it.
 * Which evidence confirms which type in which field of news, and the
 * stage's numbers, are types.tsv "sense" and "param" rows.  Precision
 * matters as much as recall: a false coup on a sports page is an alert as
 * loud as a missed massacre.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------- the article */

/* Armed actors (armies, groups, militias: their class) count for
 * political violence, governments and parties for politics. */
static void count_hit(vg_ex_ctx *x, const vg_mark *m, const vg_dict_hit *h)
{
    if (h->tag == VG_TAG_ACTOR) {
        const vg_actor_def *a = h->val;
        if (a->vclass == VG_VC_MILITARY || a->vclass == VG_VC_MILITANT)
            x->ctx_violence++;
        else if (a->kind &&
                 (strcmp(a->kind, "government") == 0 || strcmp(a->kind, "political_party") == 0))
            x->ctx_politics++;
        return;
    }
    if (h->tag != VG_TAG_LEX)
        return;
    const vg_lex_entry *e = h->val;
    switch (e->kind) {
    case VG_LX_ACTOR:
        if (e->val == VG_VC_MILITARY &&
            strcmp(e->label, x->kb->types->generic[VG_GEN_POLICE].name) == 0)
            x->ctx_politics++; /* the police of a crime story is no armed conflict */
        else if (e->val == VG_VC_MILITARY || e->val == VG_VC_MILITANT)
            x->ctx_violence++;
        else if (e->val == VG_VC_OFFICIAL)
            x->ctx_politics++;
        break;
    case VG_LX_VICTIM:
        if (e->flags & VG_LXF_BROAD)
            break; /* the broad inventory's nouns tell no field of news */
        if (e->val == VG_VC_MILITARY || e->val == VG_VC_MILITANT)
            x->ctx_violence++;
        else if (e->val == VG_VC_OFFICIAL)
            x->ctx_politics++;
        break;
    case VG_LX_MEANS: /* not a weapon that is the trigger word itself ("explosive") */
        if (!(m->kinds & (1ull << VG_LX_TRIG)))
            x->ctx_violence++;
        break;
    case VG_LX_POWER:
        x->ctx_politics++;
        break;
    case VG_LX_DOMAIN:
        x->ctx_domain++;
        break;
    default:
        break;
    }
}

void vg_ex_article_context(vg_ex_ctx *x)
{
    x->ctx_violence = x->ctx_politics = x->ctx_domain = x->ctx_crime = 0;
    for (size_t k = 0; k < x->sc.nmark; k++) {
        const vg_mark *m = &x->sc.mark[k];
        if (!(m->tags & (1u << VG_TAG_ACTOR)) &&
            !(m->kinds & ((1ull << VG_LX_ACTOR) | (1ull << VG_LX_VICTIM) | (1ull << VG_LX_MEANS) |
                          (1ull << VG_LX_POWER) | (1ull << VG_LX_DOMAIN))))
            continue;
        for (uint32_t h = 0; h < m->nhits; h++) {
            const vg_dict_hit *hit = &m->hits[h];
            const vg_lex_entry *e = hit->tag == VG_TAG_LEX ? hit->val : NULL;
            if (e && (e->flags & VG_LXF_CAP) && !(x->sc.tok[m->t0].flags & VG_TF_CAP))
                continue;
            if (hit->tag == VG_TAG_ACTOR && !(m->tags & (1u << VG_TAG_ACTOR)))
                continue; /* (vg_ex_caps_actors) */
            count_hit(x, m, hit);
        }
    }
}

/* ---------------------------------------------------------------- sense */

static int has_actor_class(const vg_ex_sent *si, int cls)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == cls)
            return 1;
    return 0;
}

/* A weapon named besides the trigger at t ("bomb" confirms no "bomb"). */
static int weapon(const vg_ex_sent *si, size_t t)
{
    return (si->means && (size_t)(si->means - 1) != t) ||
           (si->means2 && (size_t)(si->means2 - 1) != t);
}

/* An armed actor, or a weapon besides the trigger at t, in the sentence. */
static int armed(const vg_ex_sent *si, size_t t)
{
    return weapon(si, t) || has_actor_class(si, VG_VC_MILITARY) ||
           has_actor_class(si, VG_VC_MILITANT);
}

/* Soldiers or an armed group named before the trigger at t, as its
 * subject (the police do not count: they face protesters; troops named
 * after it are what a crowd may demand the departure of). */
static int soldiers_before(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t)
{
    const char *police = x->kb->types->generic[VG_GEN_POLICE].name;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].t < t &&
            ((si->actors[i].cls == VG_VC_MILITARY && strcmp(si->actors[i].name, police) != 0) ||
             si->actors[i].cls == VG_VC_MILITANT))
            return 1;
    return 0;
}

/* People the violence is done to: a person noun or a figure. */
static int human_victim(const vg_ex_sent *si)
{
    for (int c = VG_VC_PERSON; c < VG_VC__COUNT; c++)
        if (si->vclass_seen[c])
            return 1;
    return si->nfigs > 0 || si->object_class != 0;
}

/* People killed or hurt: a toll, or a death cue with a person noun ("his
 * wife and children" alone may be attacked with words). */
int vg_ex_harmed(const vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].kind == 1)
            return 1;
    return si->death && human_victim(si);
}

/* Armed men on both sides of a battle, or its target: soldiers or
 * militants named, a military target, a weapon. */
static int battle(const vg_ex_sent *si, size_t t)
{
    return armed(si, t) || si->sub_w[VG_EV_ARMED_CLASH] || si->vclass_seen[VG_VC_MILITARY] ||
           si->vclass_seen[VG_VC_MILITANT];
}

/* A power cue inside the trigger's own phrase ("prend le pouvoir", "seized
 * power"): the scan keeps the longest phrase, so the cue has no mark of its
 * own there. */
static int is_power(const vg_ex_ctx *x, const vg_lex_entry *le)
{
    (void)x;
    return le->kind == VG_LX_POWER;
}

static int power_inside(const vg_ex_ctx *x, size_t t, size_t e)
{
    return vg_ex_lex_inside(x, t, e, is_power) != NULL;
}

/* The state or its power, what a coup takes: a power cue, an official (the
 * president), soldiers, or a government named as an actor. */
static int power_object(const vg_ex_sent *si)
{
    return si->power || si->vclass_seen[VG_VC_OFFICIAL] || has_actor_class(si, VG_VC_MILITARY) ||
           has_actor_class(si, VG_VC_OFFICIAL);
}

/* The article has told of political violence: its violence cues outweigh
 * a share of its other cues (types.tsv param sparse_ratio). */
static int conflict(const vg_ex_ctx *x)
{
    return x->ctx_violence && x->kb->types->param[VG_SP_SPARSE_RATIO] * x->ctx_violence >=
                                  x->ctx_politics + x->ctx_domain;
}

/* A country named in the sentence (as a party, or where). */
static int country_named(const vg_ex_sent *si)
{
    if (si->named_country || si->demonym)
        return 1;
    for (size_t i = 0; i < si->nplaces; i++)
        if (si->places[i].p->level == VG_PLACE_COUNTRY)
            return 1;
    return 0;
}

static int org_actor(const vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].org)
            return 1;
    return 0;
}

/* The field of news the sentence is read in. */
static vg_sense_ctx sense_context(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    const int *p = x->kb->types->param;
    if (si->domain & (1u << VG_DOM_CULTURE))
        return VG_SCTX_FICTION;
    if (si->domain & (1u << VG_DOM_DRILL))
        return VG_SCTX_DRILL;
    if ((si->domain & (1u << VG_DOM_CRIME)) || (x->ctx_crime && !si->domain))
        return VG_SCTX_CRIME; /* (the suspect of a murder told before, arrested) */
    if (si->domain ||
        (x->ctx_domain >= p[VG_SP_DOMINATED_MIN] &&
         x->ctx_domain > p[VG_SP_DOMINATED_RATIO] * (x->ctx_violence + x->ctx_politics)))
        return VG_SCTX_OTHER;
    return VG_SCTX_PLAIN;
}

/* An armed group or an army named in the sentence: what makes a killing
 * political violence rather than a crime (a weapon or the police do not). */
int vg_ex_armed_group(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    const char *police = x->kb->types->generic[VG_GEN_POLICE].name;
    for (size_t i = 0; i < si->nactors; i++)
        if (si->actors[i].cls == VG_VC_MILITANT ||
            (si->actors[i].cls == VG_VC_MILITARY &&
             strncasecmp(si->actors[i].name, police, strlen(police)) != 0))
            return 1;
    return 0;
}

/* The evidence for a trigger of type ty (types.tsv VG_EVD_* bits). */
static uint32_t evidence(const vg_ex_ctx *x, const vg_ex_sent *si, int ty)
{
    const int *p = x->kb->types->param;
    int w = si->trig_w[ty];
    uint32_t e = 0;
    size_t t = si->trig_t[ty];
    if (armed(si, t))
        e |= VG_EVD_ARMED;
    if (vg_ex_harmed(si))
        e |= VG_EVD_HARMED;
    if (human_victim(si))
        e |= VG_EVD_VICTIM;
    if (battle(si, t))
        e |= VG_EVD_BATTLE;
    if (si->sub_w[ty])
        e |= VG_EVD_CUE;
    if (w >= p[ty == VG_EV_REMOTE_VIOLENCE ? VG_SP_INTRINSIC_REMOTE : VG_SP_INTRINSIC])
        e |= VG_EVD_INTRINSIC;
    if (power_object(si))
        e |= VG_EVD_POWER | VG_EVD_STATE;
    if (si->power || (ty == VG_EV_COUP && power_inside(x, t, si->trig_e[ty])))
        e |= VG_EVD_POWER | VG_EVD_POWERCUE | VG_EVD_OBJECT;
    if (country_named(si))
        e |= VG_EVD_STATE;
    if (si->sub_w[ty] || org_actor(si))
        e |= VG_EVD_OBJECT;
    if (w >= p[VG_SP_STRONG])
        e |= VG_EVD_STRONG;
    if (has_actor_class(si, VG_VC_CIVILIAN))
        e |= VG_EVD_CROWD;
    if (conflict(x))
        e |= VG_EVD_CONFLICT;
    if (!soldiers_before(x, si, t))
        e |= VG_EVD_UNARMED;
    if (vg_ex_armed_group(x, si))
        e |= VG_EVD_GROUP;
    return e;
}

#define CROWD_SPAN 6 /* tokens between a counted crowd and its protest verb */
#define COUNT_GAP 3  /* tokens between the count and the crowd noun ("des centaines de") */

/* A counted crowd that protests somewhere: a number ("500", "hundreds",
 * "des centaines") before a person noun before the protest act at t in its
 * clause, and a place named ("Hundreds of people protested in Kano against
 * fuel prices"): a protest on any page, whatever else its words are about
 * (not "a market protest", nor "investors protested the ruling"). */
static int counted_crowd(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    size_t t = si->trig_t[VG_EV_PROTEST];
    if (!si->nplaces || vg_ex_person_trigger(x, t))
        return 0;
    for (size_t k = t; k > 0 && t - k < CROWD_SPAN; k--) {
        size_t end;
        const vg_lex_entry *v = vg_ex_lex(x, k - 1, VG_LX_VICTIM, &end);
        if (!v || v->val != VG_VC_CIVILIAN || (v->flags & VG_LXF_BROAD) || end > t ||
            vg_ex_clause_break(x, k - 1, t + 1))
            continue; /* (a crowd of the street: people, residents, traders; not the
                       * broad inventory's investors or fans) */
        for (size_t j = k - 1; j > 0 && k - 1 - j < COUNT_GAP; j--)
            if (vg_ex_num_at(x, j - 1))
                return 1;
    }
    return 0;
}

/* Does the sentence's context confirm a trigger of type ty (types.tsv
 * "sense" rows)? */
static int confirmed(const vg_ex_ctx *x, const vg_ex_sent *si, int ty)
{
    vg_sense_ctx sc = sense_context(x, si);
    if (sc == VG_SCTX_PLAIN && si->mishap && vg_ex_violent((vg_event_type)ty))
        sc = VG_SCTX_OTHER; /* an epidemic, a flood, a crash: "the virus attacks the weakest"
                             * is violence only with an armed actor or a weapon */
    const vg_sense_rule *r = vg_types_sense(x->kb->types, (vg_event_type)ty, sc);
    if (!r || (ty == VG_EV_PROTEST && sc == VG_SCTX_OTHER && counted_crowd(x, si)))
        return 1;
    uint32_t e = evidence(x, si, ty);
    for (size_t i = 0; i < r->nalt; i++)
        if ((e & r->alt[i]) == r->alt[i])
            return 1;
    return 0;
}

void vg_ex_confirm(vg_ex_ctx *x, vg_ex_sent *si)
{
    if (si->domain & (1u << VG_DOM_CRIME))
        x->ctx_crime = 1;
    for (int ty = 1; ty < VG_EV__COUNT; ty++) {
        if (!si->trig_w[ty])
            continue;
        if (!confirmed(x, si, ty))
            si->trig_w[ty] = 0;
        else if (vg_ex_violent((vg_event_type)ty) &&
                 (armed(si, si->trig_t[ty]) || vg_ex_harmed(si))) {
            x->ctx_violence++; /* told of real violence: later mentions are likelier real */
        }
    }
}
