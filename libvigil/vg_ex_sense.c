/*
 * vg_ex_sense.c - extraction stage: does a trigger name a real event?
 *
 * A trigger word is evidence, not an event.  What undoes it is read from
 * the lexicon's cue kinds (lexicon.tsv: negator, definite, role, deny, modal,
 * domain, means, power), never from word lists here:
 *   - scope (before typing): a negation right before it ("no attack", "n'ont
 *     pas tiré", "nobody was arrested"); a denial governing its clause
 *     ("denied reports that the base had been overrun"; not "denied
 *     responsibility for the attack", whose event the definite article
 *     presupposes); a modal governing it ("threatened to attack", "could
 *     seize", "appelle à manifester", "an assault would be a disaster"; the
 *     future "would" does not undo a strategic move: announcing one is
 *     making it); a date after publication ("a march next Saturday");
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
 * Precision matters as much as recall: a false coup on a sports page is an
 * alert as loud as a missed massacre.
 */
#include "vg_ex.h"
#include "vg_dict.h"

#include <string.h>

#define SCOPE_NEAR 8 /* tokens a modal governs after it */
#define SUBJ_NEAR 4  /* tokens between a subject trigger and its modal */

/* ---------------------------------------------------------------- the article */

static int armed_kind(const char *k)
{
    static const char *const kinds[] = {"state_forces", "jihadist_group", "rebel_group", "militia",
                                        "foreign_forces"};
    for (size_t i = 0; k && i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(k, kinds[i]) == 0)
            return 1;
    return 0;
}

static void count_hit(vg_ex_ctx *x, const vg_dict_hit *h)
{
    if (h->tag == VG_TAG_ACTOR) {
        const vg_actor_def *a = h->val;
        if (armed_kind(a->kind))
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
        if (e->val == VG_VC_MILITARY || e->val == VG_VC_MILITANT)
            x->ctx_violence++;
        else if (e->val == VG_VC_OFFICIAL)
            x->ctx_politics++;
        break;
    case VG_LX_MEANS:
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
    x->ctx_violence = x->ctx_politics = x->ctx_domain = 0;
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
            count_hit(x, hit);
        }
    }
}

/* ---------------------------------------------------------------- scope */

/* A clause ends between tokens a and b (a < b): punctuation other than an
 * apostrophe or hyphen in a gap between them. */
static int clause_break(const vg_ex_ctx *x, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b && k + 1 < x->sc.ntok; k++) {
        size_t gl;
        const char *g = vg_scan_gap(&x->sc, k, &gl);
        for (size_t i = 0; i < gl; i++) {
            unsigned char c = (unsigned char)g[i];
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' ||
                (c == 0xE2 && i + 2 < gl && (unsigned char)g[i + 1] == 0x80 &&
                 ((unsigned char)g[i + 2] == 0x93 || (unsigned char)g[i + 2] == 0x94)))
                return 1;
        }
    }
    return 0;
}

/* What the trigger at t names is known, not asserted here: "the attack",
 * "its base". */
static int definite(const vg_ex_ctx *x, size_t t)
{
    return vg_ex_word_ends(x, t, VG_LX_DEFINITE);
}

/* "No attack", "did not open fire", "nobody was arrested", "aucune
 * attaque", "n'ont pas tiré": a negation ends right before the trigger. */
static int negated(const vg_ex_ctx *x, const vg_sent *s, size_t t)
{
    return t > s->t0 && vg_ex_word_ends(x, t, VG_LX_NEGATOR);
}

/* A denial before the trigger, in the same clause, and no role noun between
 * ("denied any involvement in an attack" denies the role, not the attack). */
static int denied(const vg_ex_ctx *x, const vg_ex_sent *si, size_t t)
{
    for (size_t i = 0; i < si->ndeny; i++) {
        size_t d = si->deny_e[i];
        if (d > t || clause_break(x, d - 1, t + 1) || definite(x, t))
            continue;
        int role = 0;
        for (size_t k = d; k < t && !role; k++)
            role = vg_ex_is_word(x, k, VG_LX_ROLE);
        if (!role)
            return 1;
    }
    return 0;
}

/* A modal governs the trigger: before it in the same clause and near
 * ("threatened to attack", "might return to Tamou to abduct"), or right
 * after it when the trigger is an indefinite subject ("an assault on X
 * would be a disaster"). */
static int unrealised(const vg_ex_ctx *x, const vg_ex_sent *si, int ty, size_t t, size_t e)
{
    for (size_t i = 0; i < si->nmodal; i++) {
        size_t m = si->modal_t[i], me = si->modal_e[i];
        if (ty == VG_EV_STRATEGIC && ((si->modal_fut >> i) & 1))
            continue; /* "said it would leave the force": the decision is the move */
        if (me <= t && t < me + SCOPE_NEAR && !clause_break(x, me - 1, t + 1) && !definite(x, t))
            return 1;
        if (m >= e && m < e + SUBJ_NEAR && !clause_break(x, e - 1, m + 1) &&
            vg_ex_word_ends(x, t, VG_LX_DET) && !definite(x, t))
            return 1;
    }
    return 0;
}

/* The sentence is dated after publication: a plan, not an event. */
static int future(const vg_ex_ctx *x, const vg_ex_sent *si)
{
    if (!si->has_date || !x->pub.y || si->date.prec < VG_DP_WEEK)
        return 0;
    return vg_ymd_days(&si->date.v) > vg_ymd_days(&x->pub);
}

void vg_ex_scope(const vg_ex_ctx *x, const vg_sent *s, vg_ex_sent *si)
{
    int fut = future(x, si);
    for (int ty = 1; ty < VG_EV__COUNT; ty++) {
        if (!si->trig_w[ty])
            continue;
        size_t t = si->trig_t[ty], e = si->trig_e[ty];
        if (fut || negated(x, s, t) || denied(x, si, t) || unrealised(x, si, ty, t, e))
            si->trig_w[ty] = 0;
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

/* An armed actor or a weapon in the sentence. */
static int armed(const vg_ex_sent *si)
{
    return si->means || has_actor_class(si, VG_VC_MILITARY) || has_actor_class(si, VG_VC_MILITANT);
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
static int harmed(const vg_ex_sent *si)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].kind == 1)
            return 1;
    return si->death && human_victim(si);
}

/* Armed men on both sides of a battle, or its target: soldiers or
 * militants named, a military target, a weapon. */
static int battle(const vg_ex_sent *si)
{
    return armed(si) || si->sub_w[VG_EV_ARMED_CLASH] || si->vclass_seen[VG_VC_MILITARY] ||
           si->vclass_seen[VG_VC_MILITANT];
}

/* The trigger names its own means or victims: a kidnapping, an air strike,
 * an IED, shelling (the specific phrases, weight 5, or 4 for remote
 * violence), not a bare "attack" or "blast". */
static int intrinsic(const vg_ex_sent *si, int ty)
{
    return si->trig_w[ty] >= (ty == VG_EV_REMOTE_VIOLENCE ? 4 : 5);
}

/* The state or its power, what a coup takes: a power cue, an official (the
 * president), soldiers, or a government named as an actor. */
static int power_object(const vg_ex_sent *si)
{
    return si->power || si->vclass_seen[VG_VC_OFFICIAL] || has_actor_class(si, VG_VC_MILITARY) ||
           has_actor_class(si, VG_VC_OFFICIAL);
}

/* How much political violence the article has told of (its cues so far). */
enum { CTX_NONE, CTX_SPARSE, CTX_CONFLICT };

static int context_level(const vg_ex_ctx *x)
{
    if (!x->ctx_violence)
        return CTX_NONE;
    if (4 * x->ctx_violence < x->ctx_politics + x->ctx_domain)
        return CTX_SPARSE; /* politics or other news, violence in passing */
    return CTX_CONFLICT;
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

/* Does the sentence's context confirm a trigger of type ty? */
static int confirmed(const vg_ex_ctx *x, const vg_ex_sent *si, int ty)
{
    unsigned other = si->domain & ~(1u << VG_DOM_CULTURE);
    int dominated = x->ctx_domain >= 3 && x->ctx_domain > 2 * (x->ctx_violence + x->ctx_politics);
    int level = context_level(x);
    if (si->domain & (1u << VG_DOM_CULTURE))
        return 0; /* what a film, a novel or a game tells */
    if ((si->domain & (1u << VG_DOM_DRILL)) && vg_ex_violent((vg_event_type)ty))
        return harmed(si); /* an exercise, a parade, a purchase: armed, and no war */
    if ((other || dominated) && vg_ex_violent((vg_event_type)ty))
        return armed(si);
    switch ((vg_event_type)ty) {
    case VG_EV_COUP:
        return power_object(si) && !(other && !si->power);
    case VG_EV_ARMED_CLASH:
        return level == CTX_CONFLICT || battle(si) || harmed(si) || intrinsic(si, ty);
    case VG_EV_ATTACK_ON_CIVILIANS: /* an execution, a massacre: of people */
        return armed(si) || harmed(si) || si->sub_w[ty] || intrinsic(si, ty) ||
               (level == CTX_CONFLICT && human_victim(si));
    case VG_EV_REMOTE_VIOLENCE:
    case VG_EV_ABDUCTION:
        return level == CTX_CONFLICT || armed(si) || harmed(si) || si->sub_w[ty] ||
               intrinsic(si, ty);
    case VG_EV_STRATEGIC: /* a bare "suspend", "leave": a political object and actor */
        if (other || dominated)
            return si->trig_w[ty] >= 4 && si->sub_w[ty];
        return si->trig_w[ty] >= 4 || ((si->sub_w[ty] || org_actor(si) || si->power) &&
                                       (power_object(si) || country_named(si)));
    case VG_EV_PROTEST:
    case VG_EV_RIOT:
        return !(other || dominated) || has_actor_class(si, VG_VC_CIVILIAN);
    case VG_EV_DISPLACEMENT:
        return !(si->domain & ((1u << VG_DOM_WEATHER) | (1u << VG_DOM_ACCIDENT)));
    default:
        return 1;
    }
}

void vg_ex_confirm(vg_ex_ctx *x, vg_ex_sent *si)
{
    for (int ty = 1; ty < VG_EV__COUNT; ty++) {
        if (!si->trig_w[ty])
            continue;
        if (!confirmed(x, si, ty))
            si->trig_w[ty] = 0;
        else if (vg_ex_violent((vg_event_type)ty) && (armed(si) || harmed(si))) {
            x->ctx_violence++; /* told of real violence: later mentions are likelier real */
        }
    }
}
