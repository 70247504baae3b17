/*
 * vg_ex_roles.c - extraction stage: the final event.
 *
 * Once mentions are merged, an event's actors are put in ACLED's order:
 * one perpetrator first (armed actors before victims, the crowd in a
 * protest or riot, a named group before a generic label, the state in an
 * arrest), ACLED's "Unidentified armed group" when violence has none, the
 * country's military for an unclaimed air strike (the generic actors and
 * subtype flags of knowledge/types.tsv).  Then the ACLED type (its
 * mapping), the evidence range in the raw input, the confidence and the id.
 */
#include "vg_ex.h"

#include <string.h>

/* Attacks on civilians, abductions, planted explosives and battles always
 * have a perpetrator.  When the article names no armed actor for one
 * ("trente civils ont été tués lors d'une attaque", "a soldier was killed
 * in an attack on a post"), it is ACLED's unidentified armed group, first -
 * never the victims, whom the first-actor rule would otherwise make
 * perpetrators.  Decided once mentions are merged: another sentence may
 * name the attackers. */
static int unknown_perpetrator(const vg_ex_ctx *x, const vg_event *ev)
{
    int planted = ev->type == VG_EV_REMOTE_VIOLENCE &&
                  (vg_types_subtype(x->kb->types, ev->subtype) & VG_SUB_PLANTED);
    if (ev->type != VG_EV_ATTACK_ON_CIVILIANS && ev->type != VG_EV_ABDUCTION &&
        ev->type != VG_EV_ARMED_CLASH && !planted)
        return 0;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (ev->actors[i].kind != VG_AK_CIVILIANS && ev->actors[i].role == VG_ROLE_PERPETRATOR)
            return planted && ev->actors[i].kind != VG_AK_ARMED_GROUP;
    return 1; /* (a mine or a bomb the army or an official "planted" is its victim's) */
}

/* The role of an actor that is not the perpetrator. */
static vg_role other_role(const vg_event_actor *a)
{
    return a->kind == VG_AK_CIVILIANS ? VG_ROLE_VICTIM : VG_ROLE_TARGET;
}

/* Actor i becomes the perpetrator, first; those before it move one down. */
static void lead_with(vg_event *ev, unsigned i)
{
    vg_event_actor a = ev->actors[i];
    memmove(&ev->actors[1], &ev->actors[0], i * sizeof(ev->actors[0]));
    ev->actors[0] = a;
    ev->actors[0].role = VG_ROLE_PERPETRATOR;
    for (unsigned k = 1; k <= i; k++)
        ev->actors[k].role = other_role(&ev->actors[k]);
}

/* A generic actor (labelled as vg_ex_actor_label does: "Protesters (Mali)")
 * becomes the perpetrator, first; the others are victims or targets. */
static void lead_with_generic(const vg_ex_ctx *x, vg_event *ev, vg_generic_role role)
{
    const vg_generic *g = &x->kb->types->generic[role];
    vg_ex_actor a = {.name = g->name, .cls = g->cls, .generic = 1};
    char label[sizeof(ev->actors[0].name)];
    vg_ex_actor_label(x, &a, ev->country, label, sizeof(label));
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (strcmp(ev->actors[i].name, label) == 0) { /* named already, as a target */
            lead_with(ev, i);
            return;
        }
    unsigned n = ev->n_actors < VG_MAX_ACTORS ? ev->n_actors : VG_MAX_ACTORS - 1;
    memmove(&ev->actors[1], &ev->actors[0], n * sizeof(ev->actors[0]));
    ev->n_actors = n + 1;
    for (unsigned i = 1; i < ev->n_actors; i++)
        ev->actors[i].role = other_role(&ev->actors[i]);
    vg_event_actor *ea = &ev->actors[0];
    vg_ex_copy_str(ea->name, sizeof(ea->name), label);
    ea->role = VG_ROLE_PERPETRATOR;
    ea->kind = vg_ex_class_kind(g->cls);
    ea->generic = 1;
}

/* Merged mentions can leave victims first ("civilians" from one sentence,
 * "the gunmen" from the next): in violence the first armed actor leads. */
static void armed_first(vg_event *ev)
{
    if (!vg_ex_violent(ev->type) || !ev->n_actors || ev->actors[0].kind != VG_AK_CIVILIANS)
        return;
    unsigned i = 1;
    while (i < ev->n_actors && ev->actors[i].kind == VG_AK_CIVILIANS)
        i++;
    if (i < ev->n_actors)
        lead_with(ev, i);
}

/* A protest or a riot is the crowd's doing (ACLED's actor 1 is
 * "Protesters (Country)"): the crowd named leads, even after the police
 * that met it ("security forces fired at protesters"); when none is named,
 * "Protesters (Country)" does, and the parties, movements and forces named
 * follow (those it backs or opposes: "in support of the CNSP", "the
 * departure of foreign troops").  A mutiny's rioters are the
 * soldiers themselves. */
static void crowd_first(const vg_ex_ctx *x, vg_event *ev)
{
    if ((ev->type != VG_EV_PROTEST && ev->type != VG_EV_RIOT) ||
        (vg_types_subtype(x->kb->types, ev->subtype) & VG_SUB_MUTINY))
        return;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (ev->actors[i].kind == VG_AK_CIVILIANS) {
            if (i > 0)
                lead_with(ev, i);
            return;
        }
    lead_with_generic(x, ev, ev->type == VG_EV_RIOT ? VG_GEN_RIOT : VG_GEN_PROTEST);
}

/* One perpetrator, first: merged mentions can bring a second (each
 * sentence's subject), whose side is then unknown - an ally or the other
 * party - so its role is "other" (civilians stay victims). */
static void one_perpetrator(vg_event *ev)
{
    for (unsigned i = 1; i < ev->n_actors && ev->actors[0].role != VG_ROLE_PERPETRATOR; i++)
        if (ev->actors[i].role == VG_ROLE_PERPETRATOR)
            lead_with(ev, i); /* the first mention had none: a later one's leads */
    for (unsigned i = 1; i < ev->n_actors; i++)
        if (ev->actors[i].role == VG_ROLE_PERPETRATOR)
            ev->actors[i].role =
                ev->actors[i].kind == VG_AK_CIVILIANS ? VG_ROLE_VICTIM : VG_ROLE_OTHER;
}

/* An air or drone strike with no perpetrator named is the state's: in the
 * Sahel only armies (and the foreign forces they name) fly them. */
static int state_strike(const vg_ex_ctx *x, const vg_event *ev)
{
    if (ev->type != VG_EV_REMOTE_VIOLENCE ||
        !(vg_types_subtype(x->kb->types, ev->subtype) & VG_SUB_AIR))
        return 0;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (ev->actors[i].kind == VG_AK_STATE_FORCES ||
            (ev->actors[i].kind != VG_AK_CIVILIANS && ev->actors[i].role == VG_ROLE_PERPETRATOR))
            return 0;
    return 1;
}

/* A named armed group leads rather than a generic label for its side:
 * "jihadists ... JNIM fighters".  An unidentified group stays so unless
 * the named one claims the event: "the attack was not claimed, but the
 * area is plagued by JNIM violence" names no perpetrator. */
static void named_first(const vg_ex_ctx *x, vg_event *ev)
{
    if (!ev->n_actors || !ev->actors[0].generic || ev->actors[0].kind != VG_AK_ARMED_GROUP)
        return;
    int unknown = strcmp(ev->actors[0].name, x->kb->types->generic[VG_GEN_UNIDENTIFIED].name) == 0;
    for (unsigned i = 1; i < ev->n_actors; i++)
        if (!ev->actors[i].generic && ev->actors[i].kind == VG_AK_ARMED_GROUP &&
            (!unknown || strcmp(ev->actors[i].name, ev->claimed_by) == 0)) {
            lead_with(ev, i);
            ev->actors[1].role = VG_ROLE_OTHER; /* its side */
            return;
        }
}

/* An arrest is made by the state: an armed group or civilians named with
 * it ("suspected of complicity with terrorists", "arrested protesters")
 * are whom it is about; the state's forces lead when named, else the
 * police of the country (ACLED's "Police Forces of X") when no state body
 * leads. */
static void state_arrests(const vg_ex_ctx *x, vg_event *ev)
{
    if (ev->type != VG_EV_ARREST)
        return;
    if (ev->n_actors && ev->actors[0].role == VG_ROLE_PERPETRATOR &&
        ev->actors[0].kind != VG_AK_ARMED_GROUP && ev->actors[0].kind != VG_AK_CIVILIANS)
        return;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (ev->actors[i].kind == VG_AK_STATE_FORCES && ev->actors[i].role != VG_ROLE_TARGET) {
            lead_with(ev, i); /* (soldiers who were arrested are its target) */
            return;
        }
    if (ev->n_actors && ev->actors[0].role == VG_ROLE_PERPETRATOR)
        ev->actors[0].role = other_role(&ev->actors[0]);
    lead_with_generic(x, ev, VG_GEN_POLICE);
}

/* A coup is made by soldiers: with no perpetrator named (the ousted
 * president, the bodies that condemn it are none), the country's
 * military, as ACLED codes it. */
static void coup_makers(const vg_ex_ctx *x, vg_event *ev)
{
    if (ev->type != VG_EV_COUP)
        return;
    for (unsigned i = 0; i < ev->n_actors; i++)
        if (ev->actors[i].role == VG_ROLE_PERPETRATOR)
            return;
    lead_with_generic(x, ev, VG_GEN_STATE_AIR);
}

void vg_ex_finish(const vg_ex_ctx *x, vg_ex_cand *c)
{
    vg_event *e = &c->ev;
    armed_first(e);
    crowd_first(x, e);
    one_perpetrator(e);
    if (unknown_perpetrator(x, e))
        lead_with_generic(x, e, VG_GEN_UNIDENTIFIED);
    else if (state_strike(x, e))
        lead_with_generic(x, e, VG_GEN_STATE_AIR);
    named_first(x, e);
    state_arrests(x, e);
    coup_makers(x, e);
    const vg_acled_row *a = vg_types_acled(x->kb->types, e->type, e->subtype);
    if (a) {
        vg_ex_copy_str(e->acled_event_type, sizeof(e->acled_event_type), a->event_type);
        vg_ex_copy_str(e->acled_sub_event_type, sizeof(e->acled_sub_event_type), a->sub_event_type);
    }
    size_t s = e->sent_start >= x->body_off ? e->sent_start - x->body_off : 0;
    size_t en = e->sent_end >= x->body_off ? e->sent_end - x->body_off : 0;
    if (en > x->doc->body_len)
        en = x->doc->body_len;
    if (s > en)
        s = en;
    e->sent_start = s;
    e->sent_end = en;
    vg_doc_raw_range(x->doc, s, en, &e->raw_start, &e->raw_end);
    double conf = 0.3 + 0.07 * c->score + 0.05 * (c->mentions - 1);
    if (e->has_location)
        conf += 0.05;
    e->confidence = conf > 0.95 ? 0.95 : conf;
    vg_event_id(x->art ? x->art->id : NULL, e, e->event_id);
}

/* A national measure - a strategic move whose first actor is a government,
 * a junta or a ministry (political) - that names no place happened where
 * the state sits: the national capital of its country, as ACLED codes
 * such moves ("the junta suspended an NGO").  NULL otherwise (an armed
 * group's move keeps no place rather than a guessed one). */
const vg_place *vg_ex_national_place(const vg_ex_ctx *x, const vg_ex_cand *c)
{
    const vg_event *e = &c->ev;
    if (e->type != VG_EV_STRATEGIC || e->has_location || e->historical || !e->country[0] ||
        !e->n_actors || e->actors[0].kind != VG_AK_POLITICAL || !x->kb->gaz)
        return NULL;
    for (size_t i = 0; i < vg_gaz_count(x->kb->gaz); i++) {
        const vg_place *p = vg_gaz_at(x->kb->gaz, i);
        if (p->capital && p->level != VG_PLACE_COUNTRY && strcmp(p->country, e->country) == 0)
            return p;
    }
    return NULL;
}
