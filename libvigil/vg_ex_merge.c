/*
 * vg_ex_merge.c - extraction stage: one event per incident.
 *
 * Lead, body and quotes describe an incident again: the same type in the
 * same country with compatible place and date is one incident.  A figure
 * given later fills a missing one, a toll update replaces it, a different
 * figure from another source marks it disputed.  A generic mention ("the
 * attack") may be another mention of any violent event; one that matches
 * none stands alone only with enough detail, decided at the end of the
 * article.  Coups are also told without the word: a mutiny in which
 * soldiers detain the head of state is one, and arrests in a coup story
 * are coup-related.  Within one sentence, two trigger words for one act
 * give one event, the one ACLED codes (vg_ex_push_act: an abduction during
 * an attack, a coup that detains the president, a cause named with "after",
 * arrested "protesters"): a coder's record holds one event, so a second
 * type is a false one.
 */
#include "vg_ex.h"
#include "vg_arr.h"

#include <stdlib.h>
#include <string.h>

static int places_compatible(const vg_place *a, const vg_place *b)
{
    if (!a || !b || a == b)
        return 1;
    if (strcmp(a->name, b->name) == 0)
        return 1;
    if (a->local || b->local)
        return vg_ex_local_compatible(a, b);
    if (a->level == VG_PLACE_COUNTRY || b->level == VG_PLACE_COUNTRY)
        return strcmp(a->country, b->country) == 0;
    const vg_place *lo = a->level > b->level ? a : b, *hi = lo == a ? b : a;
    if (hi->level == lo->level)
        return 0;
    if (hi->level == VG_PLACE_ADMIN1 && lo->admin1 && strcmp(lo->admin1, hi->name) == 0)
        return 1;
    if (hi->level == VG_PLACE_ADMIN2 && lo->admin2 && strcmp(lo->admin2, hi->name) == 0)
        return 1;
    return 0;
}

/* The actor named name leads d as its perpetrator; the one it replaces
 * stays as another party (civilians as victims).  0 when not listed. */
static int lead_by_name(vg_event *d, const char *name)
{
    for (unsigned i = 0; i < d->n_actors; i++) {
        if (strcmp(d->actors[i].name, name) != 0)
            continue;
        vg_event_actor a = d->actors[i];
        memmove(&d->actors[1], &d->actors[0], i * sizeof(d->actors[0]));
        d->actors[0] = a;
        d->actors[0].role = VG_ROLE_PERPETRATOR;
        for (unsigned k = 1; k <= i; k++)
            if (d->actors[k].role == VG_ROLE_PERPETRATOR)
                d->actors[k].role =
                    d->actors[k].kind == VG_AK_CIVILIANS ? VG_ROLE_VICTIM : VG_ROLE_OTHER;
        return 1;
    }
    return 0;
}

/* A headline's battle or attack on civilians ("fresh clashes leave five
 * dead") told again in the body, whose dead decide between the two
 * ("gunmen attacked the village and killed five people"): the body's type,
 * as a coder reads it (the headline's word is a summary). */
static void body_type(const vg_ex_ctx *x, vg_ex_cand *dst, const vg_ex_cand *src)
{
    vg_event_type a = dst->ev.type, b = src->ev.type;
    if (!x->body_off || dst->ev.sent_start >= x->body_off || src->ev.sent_start < x->body_off ||
        dst->mentions != 1 || a == b ||
        !((a == VG_EV_ARMED_CLASH && b == VG_EV_ATTACK_ON_CIVILIANS) ||
          (b == VG_EV_ARMED_CLASH && a == VG_EV_ATTACK_ON_CIVILIANS)))
        return;
    int civ = src->fat_class == VG_VC_CIVILIAN || src->fat_class == VG_VC_PERSON;
    int armed = src->fat_class == VG_VC_MILITARY || src->fat_class == VG_VC_MILITANT;
    if (!src->ev.fatalities.present || (b == VG_EV_ATTACK_ON_CIVILIANS ? !civ : !armed))
        return; /* (only the body's dead decide) */
    dst->ev.type = b;
    vg_ex_copy_str(dst->ev.subtype, sizeof(dst->ev.subtype), src->ev.subtype);
}

/* src and dst tell, in sentences at most two apart, precise tolls of the
 * two sides of one incident (its soldiers, then the attackers; a generic
 * mention settled late merges the other way round): the two add up, as
 * ACLED counts the dead of both sides.  Not an update. */
static int other_side(const vg_ex_cand *dst, const vg_ex_cand *src)
{
    const vg_event *d = &dst->ev, *s = &src->ev;
    int a = vg_ex_toll_side(dst->fat_class), b = vg_ex_toll_side(src->fat_class);
    const vg_ex_cand *later = src->fat_sent > dst->fat_sent ? src : dst;
    size_t gap = src->fat_sent > dst->fat_sent ? src->fat_sent - dst->fat_sent
                                               : dst->fat_sent - src->fat_sent;
    return d->fatalities.present && s->fatalities.present && !dst->fat_vague && !src->fat_vague &&
           !later->fat_update && a && b && a != b && (a == 1 || b == 1) && gap >= 1 && gap <= 2 &&
           (!s->fatalities.claimed_by[0] || !d->fatalities.claimed_by[0] ||
            strcmp(s->fatalities.claimed_by, d->fatalities.claimed_by) == 0) &&
           d->type == VG_EV_ARMED_CLASH &&
           s->fatalities.min != d->fatalities.min; /* (one toll told again, its dead
                                                    * named another way) */
}

static void merge_into(const vg_ex_ctx *x, vg_ex_cand *dst, const vg_ex_cand *src)
{
    vg_event *d = &dst->ev;
    const vg_event *s = &src->ev;
    body_type(x, dst, src);
    dst->mentions++;
    dst->official |= src->official;
    for (int i = 0; i < 3; i++)
        dst->votes[i] += src->votes[i];
    if (src->score > dst->score)
        dst->score = src->score;
    if (src->place && (!dst->place || src->place->level > dst->place->level))
        vg_ex_set_location(dst, src->place);
    vg_ex_merge_date(x, dst, src);
    if (s->fatalities.present) {
        if (other_side(dst, src)) {
            d->fatalities.min += s->fatalities.min; /* "Six soldiers were killed ... 15
                                                     * attackers were killed": both sides */
            d->fatalities.max = d->fatalities.max >= 0 && s->fatalities.max >= 0
                                    ? d->fatalities.max + s->fatalities.max
                                    : -1;
            dst->fat_class = 0; /* (mixed: a third mention adds nothing) */
        } else if (!d->fatalities.present || src->fat_update || src->fat_vague < dst->fat_vague) {
            dst->fat_vague = src->fat_vague;
            dst->fat_class = src->fat_class;
            d->fatalities = s->fatalities;
        } else if (s->fatalities.min != d->fatalities.min) {
            /* another source's figure disputes it; a dispute once found
             * stays (a third mention agreeing with one side ends none) */
            d->disputed |= strcmp(s->fatalities.claimed_by, d->fatalities.claimed_by) != 0 &&
                           s->fatalities.claimed_by[0];
        }
    }
    d->disputed |= s->disputed; /* a mention denied ("the army denied") */
    if (s->arrests.present && dst->arr_vague == VG_EX_ARR_NAMED &&
        src->arr_vague == VG_EX_ARR_NAMED && s->arrests.min > d->arrests.min) {
        d->arrests = s->arrests; /* "held him" then "detained him, the PM and ..." */
    } else if (s->arrests.present && (!d->arrests.present || src->arr_vague < dst->arr_vague)) {
        d->arrests = s->arrests;
        dst->arr_vague = src->arr_vague;
    }
    if (!d->subtype[0] && s->subtype[0] && d->type == s->type)
        vg_ex_copy_str(d->subtype, sizeof(d->subtype), s->subtype); /* (an arrest's is no
                                                                     * protest's) */
    if (!d->claimed_by[0] && s->claimed_by[0])
        vg_ex_copy_str(d->claimed_by, sizeof(d->claimed_by), s->claimed_by);
    for (unsigned i = 0; i < s->n_actors && d->n_actors < VG_MAX_ACTORS; i++) {
        int dup = 0;
        for (unsigned j = 0; j < d->n_actors; j++)
            dup |= strcmp(d->actors[j].name, s->actors[i].name) == 0;
        if (!dup)
            d->actors[d->n_actors++] = s->actors[i];
    }
    if (dst->perp_rank <= VG_EX_PERP_AFTER && src->perp_rank >= VG_EX_PERP_SUBJECT && s->n_actors &&
        s->actors[0].role == VG_ROLE_PERPETRATOR && lead_by_name(d, s->actors[0].name))
        dst->perp_rank = src->perp_rank; /* a title's "assaut contre un camp de l'armée",
                                          * then "des terroristes ont pris d'assaut" */
    else if (src->perp_rank == VG_EX_PERP_AGENT && s->n_actors && !s->actors[0].generic &&
             s->actors[0].role == VG_ROLE_PERPETRATOR && d->n_actors && d->actors[0].generic &&
             lead_by_name(d, s->actors[0].name))
        dst->perp_rank = src->perp_rank; /* "gunmen killed 12 ... the government blamed JNIM",
                                          * "the attack was claimed by JNIM": the group named */
    if (!src->ev.historical)
        d->historical = 0;
}

/* A generic attack with a death toll is not a mention of a kidnapping
 * (which has none of its own), nor of violence against civilians when
 * its dead are soldiers or fighters: it is a clash of its own. */
static int armed_toll(const vg_ex_cand *o, const vg_ex_cand *c)
{
    if (!c->ev.fatalities.present)
        return 0;
    if (o->ev.type == VG_EV_ABDUCTION && !o->ev.fatalities.present)
        return 1;
    return o->ev.type == VG_EV_ATTACK_ON_CIVILIANS &&
           (c->fat_class == VG_VC_MILITARY || c->fat_class == VG_VC_MILITANT);
}

/* Can c be another mention of o? */
static int same_incident(const vg_ex_cand *o, const vg_ex_cand *c)
{
    int type_ok =
        o->ev.type == c->ev.type ||
        (c->weak && vg_ex_violent(c->ev.type) && vg_ex_violent(o->ev.type) && !armed_toll(o, c)) ||
        (c->ev.type == VG_EV_PROTEST && o->ev.type == VG_EV_RIOT);
    if (!type_ok || strcmp(o->ev.country, c->ev.country) != 0)
        return 0;
    if (c->another && vg_ex_violent(c->ev.type) && (!c->place || !o->place || c->place != o->place))
        return 0;
    if (o->another && c->sent < o->sent && vg_ex_violent(o->ev.type) && c->place && o->place &&
        c->place != o->place)
        return 0; /* (an earlier generic mention is not the later, other incident) */
    if (o->ev.historical != c->ev.historical) {
        /* a dated retrospective and an undated mention of the same named
         * town are one incident ("the Solhan massacre ... in June 2021") */
        const vg_ex_cand *h = o->ev.historical ? o : c, *u = h == o ? c : o;
        if (o->ev.type != c->ev.type || u->has_date || !h->place || !u->place ||
            h->place->level != VG_PLACE_TOWN || strcmp(h->place->name, u->place->name) != 0)
            return 0;
        return 1;
    }
    if (c->ev.type == VG_EV_COUP && o->ev.type == VG_EV_COUP && !c->ev.historical)
        return 1; /* one current coup per country and article */
    if (!vg_ex_dates_compatible(o, c))
        return 0;
    return c->ev.type == VG_EV_ARREST || places_compatible(o->place, c->place);
}

/* "The attack" told as known, without a toll of its own, in one of the
 * two sentences after a violent incident of the same country and a
 * compatible date, picks that incident up again even where it names
 * another place ("30 soldiers were killed in an attack, the presidency
 * said in N'Djamena.  The attack targeted the base of Kaiga, in the Lac
 * province"): one incident, whose place is the one the anaphor names when
 * the two disagree (the first is then a reporting or larger place). */
static int anaphor_merge(vg_ex_ctx *x, const vg_ex_cand *c)
{
    if (!c->anaphor || c->another || c->ev.historical || c->ev.fatalities.present)
        return 0;
    for (size_t i = x->nc; i-- > 0;) {
        vg_ex_cand *o = &x->c[i];
        if (!vg_ex_violent(o->ev.type) || o->ev.historical || o->sent >= c->sent ||
            o->sent + 2 < c->sent)
            continue;
        if (strcmp(o->ev.country, c->ev.country) != 0 || !vg_ex_dates_compatible(o, c))
            return 0;
        const vg_place *keep = c->place && c->place->level != VG_PLACE_COUNTRY &&
                                       !places_compatible(o->place, c->place) &&
                                       (!o->place || c->place->level >= o->place->level)
                                   ? c->place
                                   : NULL;
        vg_event_type t = o->ev.type;
        merge_into(x, o, c);
        o->ev.type = t;
        if (keep)
            vg_ex_set_location(o, keep);
        return 1;
    }
    return 0;
}

/* Merge c into the most recent candidate it can be another mention of:
 * same type first, then (for generic triggers) any violent event. */
static int try_merge(vg_ex_ctx *x, const vg_ex_cand *c)
{
    for (size_t i = x->nc; i-- > 0;) {
        vg_ex_cand *o = &x->c[i];
        if (o->ev.type == c->ev.type && same_incident(o, c)) {
            merge_into(x, o, c);
            return 1;
        }
    }
    for (size_t i = x->nc; (c->weak || c->ev.type == VG_EV_PROTEST) && i-- > 0;) {
        vg_ex_cand *o = &x->c[i];
        if (same_incident(o, c)) {
            merge_into(x, o, c);
            return 1;
        }
    }
    return anaphor_merge(x, c);
}

static int append(vg_ex_cand **v, size_t *n, size_t *cap, const vg_ex_cand *c)
{
    if (vg_arr_room(v, *n, cap, sizeof(**v), 16) < 0)
        return VG_ENOMEM;
    (*v)[(*n)++] = *c;
    return 0;
}

/* An abduction told in the sentence right after an attack on civilians
 * that killed nobody, by the same perpetrator in the same country ("JNIM
 * attacked the village of Sona. They abducted 10 women."), is what the
 * attack did: one record, the abduction (as "attacked the village and
 * abducted 20 women" in one sentence), at the attack's place.  So is a
 * bare "attacked X" typed a battle for want of victims. */
static int scene_then_abduction(vg_ex_ctx *x, const vg_ex_cand *c)
{
    if (c->ev.type != VG_EV_ABDUCTION || c->ev.historical || !c->ev.n_actors || !x->nc)
        return 0;
    vg_ex_cand *o = &x->c[x->nc - 1];
    if ((o->ev.type != VG_EV_ATTACK_ON_CIVILIANS &&
         !(o->ev.type == VG_EV_ARMED_CLASH && o->weak)) ||
        o->ev.historical || o->sent + 1 != c->sent || o->ev.fatalities.present ||
        o->ev.subtype[0] || !o->ev.n_actors || strcmp(o->ev.country, c->ev.country) != 0 ||
        strcmp(o->ev.actors[0].name, c->ev.actors[0].name) != 0 || !vg_ex_dates_compatible(o, c))
        return 0;
    o->ev.type = VG_EV_ABDUCTION;
    merge_into(x, o, c);
    return 1;
}

/* A later step of custody ("remanded in custody", "placé sous mandat de
 * dépôt", "écroué") told within a few sentences of an arrest of the same
 * country is that arrest again, whatever its own day: the detention, not a
 * second one ("was arrested on Monday ... He was remanded in custody on
 * Thursday").  The arrest keeps its date and place; a count it lacks is
 * taken.  Without an arrest before it, the step is an arrest of its own
 * ("Five suspects are in custody"). */
#define STEP_SENTS 4

static int custody_step(vg_ex_ctx *x, const vg_ex_sent *si, const vg_ex_cand *c)
{
    if (!si->arr_step || c->ev.type != VG_EV_ARREST || c->ev.historical)
        return 0;
    for (size_t i = x->nc; i-- > 0;) {
        vg_ex_cand *o = &x->c[i];
        if (o->ev.type != VG_EV_ARREST || o->ev.historical || o->sent + STEP_SENTS < c->sent ||
            strcmp(o->ev.country, c->ev.country) != 0)
            continue;
        vg_ex_cand keep = *o;
        merge_into(x, o, c);
        o->ev.date = keep.ev.date; /* (the arrest's day, not the remand's) */
        o->has_date = keep.has_date;
        o->date = keep.date;
        o->date_role = keep.date_role;
        if (keep.place)
            vg_ex_set_location(o, keep.place);
        return 1;
    }
    return 0;
}

/* Captives' bodies found ("their bodies were found", "leurs corps ont été
 * retrouvés": lexicon subtype captives_killed) tell a killing only within
 * three sentences after an abduction of the same country: the captives
 * were killed, by their abductors (ACLED codes an attack on civilians
 * beside the abduction).  Without one (a drowning, a mine collapse) they
 * tell no event: 1, c is dropped. */
static int bodies_found(const vg_ex_ctx *x, vg_ex_cand *c)
{
    if (c->ev.type != VG_EV_ATTACK_ON_CIVILIANS || strcmp(c->ev.subtype, "captives_killed") != 0)
        return 0;
    for (size_t i = x->nc; i-- > 0;) {
        const vg_ex_cand *o = &x->c[i];
        if (o->ev.type != VG_EV_ABDUCTION || o->ev.historical || o->sent >= c->sent ||
            o->sent + 3 < c->sent || strcmp(o->ev.country, c->ev.country) != 0)
            continue;
        vg_num n;
        int cls = 0;
        if (!c->ev.fatalities.present && vg_ex_sentence_people(x, o->sent, &n, &cls) &&
            (cls == VG_VC_CIVILIAN || cls == VG_VC_PERSON || cls == VG_VC_OFFICIAL)) {
            vg_ex_set_figure(x, &c->ev.fatalities, &n, NULL); /* the captives */
            c->fat_class = cls;
            c->fat_sent = o->sent;
        }
        if (!c->ev.n_actors)
            for (unsigned k = 0; k < o->ev.n_actors; k++)
                if (o->ev.actors[k].role == VG_ROLE_PERPETRATOR)
                    c->ev.actors[c->ev.n_actors++] = o->ev.actors[k];
        c->ev.subtype[0] = 0;
        return 0;
    }
    return 1;
}

int vg_ex_push_cand(vg_ex_ctx *x, const vg_ex_cand *cand)
{
    vg_ex_cand one = *cand, *c = &one;
    if (bodies_found(x, c))
        return 0;
    if (try_merge(x, c) || scene_then_abduction(x, c))
        return 0;
    if (c->lone) /* decided once every strong mention is known */
        return append(&x->def, &x->ndef, &x->defcap, c);
    return append(&x->c, &x->nc, &x->cap, c);
}

/* A word of kind (one to four tokens) ends right before the trigger of
 * type, or before the article in front of it: "during"/"lors d'" (kind
 * frame: the act is the setting of the sentence's others), "after"/"suite
 * à" (kind cause: the act caused them). */
static int word_before_trigger(const vg_ex_ctx *x, const vg_ex_sent *si, int type, int kind)
{
    size_t t = si->trig_t[type];
    if (t > 0 && vg_ex_is_word(x, t - 1, VG_LX_DET))
        t--;
    for (size_t n = 1; n <= 4 && n <= t; n++)
        if (x->sc.tok[t - n].sent == x->sc.tok[t].sent && vg_ex_word(x, t - n, n, kind))
            return 1;
    return 0;
}

static int framed(const vg_ex_ctx *x, const vg_ex_sent *si, int type)
{
    return word_before_trigger(x, si, type, VG_LX_FRAME);
}

static int caused(const vg_ex_ctx *x, const vg_ex_sent *si, int type)
{
    return word_before_trigger(x, si, type, VG_LX_CAUSE);
}

/* The sentence's act of type is told by its toll alone, no attack word
 * ("kidnappé par un groupe qui a abattu ses deux gardes"): its trigger is
 * a figure. */
static int implicit(const vg_ex_sent *si, int type)
{
    for (size_t i = 0; i < si->nfigs; i++)
        if (si->figs[i].n.t0 == si->trig_t[type])
            return 1;
    return 0;
}

/* Which of two candidates of one sentence reports the act ACLED codes,
 * when both are one act told with two trigger words: 1 for a, 2 for b, 0
 * when they are two acts (both kept).
 * - an abduction whose dead are told without an attack word ("abducted
 *   ten children and killed two others who tried to flee"): the abduction,
 *   with that toll;
 * - an abduction during an attack ("were abducted in an attack that
 *   killed five", "enlevés lors d'une attaque"): the attack, when it killed
 *   or was told with more than a bare "attack"; an attack that only sets
 *   the scene ("attacked the village and abducted 20 women"): the
 *   abduction; two verbs side by side ("killed eight and abducted five")
 *   are two acts, the toll the attack's alone;
 * - a battle and an attack on civilians: whom the dead were;
 * - a riot beside a generic attack word ("a crowd lynched a suspected spy
 *   at the market"): the mob's act, the riot;
 * - people arrested and then killed, the arrest uncounted ("arrested and
 *   executed 7 men"): the killing;
 * - a generic violent word without a toll beside another kind of event is
 *   its cause or context ("fled after repeated attacks", "when the guard
 *   fought off mutinous soldiers"): the other event;
 * - "protesters" or a gathering named as whom an arrest, a strike or an
 *   abduction was done to is no protest of its own, save a demonstration
 *   named as the arrest's setting ("during a demonstration"): the protest;
 * - an act named as the cause of another ("after the arrest of", "suite à
 *   l'attaque") without a figure of its own: the other;
 * - a coup that detains the president or fights off the guard (no toll):
 *   the coup (a foiled plot and its arrests stay two events). */
static int main_act(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_ex_cand *a,
                    const vg_ex_cand *b)
{
    vg_event_type ta = a->ev.type, tb = b->ev.type;
    if (tb == VG_EV_ABDUCTION && (ta == VG_EV_ATTACK_ON_CIVILIANS || ta == VG_EV_ARMED_CLASH)) {
        if ((!a->ev.fatalities.present && a->weak) || implicit(si, ta))
            return 2; /* the raid is the abduction's setting; its dead, told
                       * without an attack word, the abduction's toll */
        if (si->kill_w && si->kill_t < si->trig_t[tb] && si->trig_t[tb] < si->trig_t[ta])
            return 0; /* "six were killed and 12 abducted during an attack": two acts,
                       * the attack their setting */
        return framed(x, si, ta) ? 1 : 0;
    }
    if (ta == VG_EV_ABDUCTION && (tb == VG_EV_ATTACK_ON_CIVILIANS || tb == VG_EV_ARMED_CLASH)) {
        int m = main_act(x, si, b, a);
        return m ? 3 - m : 0;
    }
    if ((ta == VG_EV_ARMED_CLASH && tb == VG_EV_ATTACK_ON_CIVILIANS) ||
        (tb == VG_EV_ARMED_CLASH && ta == VG_EV_ATTACK_ON_CIVILIANS)) {
        const vg_ex_cand *clash = ta == VG_EV_ARMED_CLASH ? a : b;
        const vg_ex_cand *civ = clash == a ? b : a;
        int cls = civ->ev.fatalities.present ? civ->fat_class : clash->fat_class;
        if (cls == VG_VC_MILITARY || cls == VG_VC_MILITANT)
            return clash == a ? 1 : 2;
        if (cls == VG_VC_CIVILIAN || cls == VG_VC_PERSON)
            return civ == a ? 1 : 2;
        return 0;
    }
    if (ta == VG_EV_RIOT && (tb == VG_EV_ATTACK_ON_CIVILIANS || tb == VG_EV_ARMED_CLASH) && b->weak)
        return 1; /* "a crowd lynched a suspected spy at the market": the mob's act, one riot */
    if (tb == VG_EV_RIOT && (ta == VG_EV_ATTACK_ON_CIVILIANS || ta == VG_EV_ARMED_CLASH) && a->weak)
        return 2;
    if (caused(x, si, ta) && !caused(x, si, tb) && !a->ev.fatalities.present &&
        !a->ev.arrests.present)
        return 2; /* "riots broke out after the arrest of an imam" */
    if (caused(x, si, tb) && !caused(x, si, ta) && !b->ev.fatalities.present &&
        !b->ev.arrests.present)
        return 1;
    if (ta == VG_EV_COUP &&
        ((tb == VG_EV_ARREST && b->official) ||
         (tb == VG_EV_ARMED_CLASH && !b->ev.fatalities.present)) &&
        strcmp(a->ev.subtype, "plot") != 0)
        return 1; /* "took power and detained the president": the coup */
    if (tb == VG_EV_COUP &&
        ((ta == VG_EV_ARREST && a->official) ||
         (ta == VG_EV_ARMED_CLASH && !a->ev.fatalities.present)) &&
        strcmp(b->ev.subtype, "plot") != 0)
        return 2;
    if (vg_ex_violent(ta) && a->weak && !a->ev.fatalities.present && !vg_ex_violent(tb) &&
        tb != VG_EV_PROTEST)
        return 2;
    if (vg_ex_violent(tb) && b->weak && !b->ev.fatalities.present && !vg_ex_violent(ta) &&
        ta != VG_EV_PROTEST)
        return 1;
    if (ta == VG_EV_ATTACK_ON_CIVILIANS && tb == VG_EV_ARREST && a->ev.fatalities.present &&
        !b->ev.arrests.present)
        return 1; /* "arrested and executed 7 men": the killing, one record */
    if (tb == VG_EV_ATTACK_ON_CIVILIANS && ta == VG_EV_ARREST && b->ev.fatalities.present &&
        !a->ev.arrests.present)
        return 2;
    if (ta == VG_EV_PROTEST && tb == VG_EV_ARREST && framed(x, si, ta))
        return 1; /* "arrested 30 protesters during a demonstration": ACLED's protest
                   * with intervention, one event */
    if (tb == VG_EV_PROTEST && ta == VG_EV_ARREST && framed(x, si, tb))
        return 2;
    if (ta == VG_EV_PROTEST && si->trig_w[ta] <= 2 &&
        (tb == VG_EV_ARREST || tb == VG_EV_REMOTE_VIOLENCE || tb == VG_EV_ABDUCTION))
        return 2;
    if (tb == VG_EV_PROTEST && si->trig_w[tb] <= 2 &&
        (ta == VG_EV_ARREST || ta == VG_EV_REMOTE_VIOLENCE || ta == VG_EV_ABDUCTION))
        return 1;
    return 0;
}

/* A cause word ("after", "après") starts at token k; *e after it. */
static int word_ends_cause(const vg_ex_ctx *x, size_t k, size_t *e)
{
    for (size_t n = 1; n <= 3; n++)
        if (vg_ex_word(x, k, n, VG_LX_CAUSE)) {
            *e = k + n;
            return 1;
        }
    return 0;
}

#define BACKGROUND_DAYS 45 /* as vg_ex_cand.c: this long before publication is background */

/* The date at token k when it lies in the article's past: a year before
 * the publication's (or the text's own reference year), a day or month
 * more than BACKGROUND_DAYS before publication. */
static const vg_dateval *past_date_at(const vg_ex_ctx *x, size_t k)
{
    const vg_dateval *d = vg_ex_date_own(x, k);
    if (!d || !d->has_year || d->prec == VG_DP_UNKNOWN)
        return NULL;
    if (x->pub.y && (d->year_only || d->prec == VG_DP_YEAR))
        return d->v.y < x->pub.y ? d : NULL;
    if (x->pub.y && x->pub.m && x->pub.d)
        return vg_ymd_days(&x->pub) - vg_ymd_days(&d->v) > BACKGROUND_DAYS ? d : NULL;
    int ry = x->pub.y ? x->pub.y : x->ref_year ? x->ref_year : x->yref.y;
    return ry && d->v.y < ry ? d : NULL;
}

/* "after"/"après" at token k follows a span of weeks, months or years:
 * "came two years after", "six mois après", "two weeks after". */
static int years_after(const vg_ex_ctx *x, size_t k)
{
    size_t e;
    if (!word_ends_cause(x, k, &e))
        return 0;
    for (size_t j = k; j-- > 0 && j + 3 > k;) {
        const vg_lex_entry *u = vg_ex_lex(x, j, VG_LX_DUNIT, &e);
        if (u && e == k)
            return u->val == VG_DU_YEAR || u->val == VG_DU_MONTH || u->val == VG_DU_WEEK;
    }
    return 0;
}

/* Is the trigger of type told as background, whatever the sentence's own
 * date: a past year or date right before it ("the 2012 coup", "last
 * year's attack") or just after it ("le coup d'État de 2020", "the attack
 * on the base in 2019"), "since"/"depuis" before it ("since the coup"), a
 * background word before it ("the previous coup")?  The past date, when
 * one is given, into *when. */
static int background_trigger(const vg_ex_ctx *x, const vg_ex_sent *si, int type,
                              const vg_dateval **when)
{
    const vg_scan *sc = &x->sc;
    size_t t = si->trig_t[type], e = si->trig_e[type], sent = sc->tok[t].sent;
    *when = NULL;
    for (size_t k = t; k-- > 0 && k + 5 > t && sc->tok[k].sent == sent;) {
        const vg_dateval *d = past_date_at(x, k);
        if (!d && !x->pub.y && (d = vg_ex_date_own(x, k)) != NULL && !d->year_only)
            d = NULL; /* undated article (its reference year may be this one):
                       * "the 2012 coup" names a past one all the same */
        if (d && d->t1 <= t && d->t1 + 3 >= t) {
            *when = d; /* "the 2012 (military) coup" */
            return 1;
        }
        if (vg_ex_lex(x, k, VG_LX_HIST, NULL) || vg_ex_is_word(x, k, VG_LX_SINCE))
            return 1; /* "the previous coup", "since the coup", "depuis le putsch" */
        if (years_after(x, k))
            return 1; /* "two years after a similar assault" */
        if (!vg_ex_is_word(x, k, VG_LX_DET) && (sc->tok[k].flags & (VG_TF_CAP | VG_TF_DIGIT)))
            break;
    }
    for (size_t k = e; k < e + 5 && k < sc->ntok && sc->tok[k].sent == sent; k++) {
        size_t gl;
        const char *g = vg_scan_gap(sc, k - 1, &gl);
        if (memchr(g, ',', gl) || memchr(g, ';', gl) || vg_ex_lex(x, k, VG_LX_TRIG, NULL) ||
            vg_ex_lex(x, k, VG_LX_DEATH, NULL))
            break; /* another clause, another act */
        if ((*when = past_date_at(x, k)) != NULL)
            return 1;
    }
    return 0;
}

/* The act of type is told after a denial in its sentence ("JNIM denied
 * any role in the massacre and said its forces had only attacked army
 * camps", "denied the claim, saying its fighters had clashed with
 * militias"), in a sentence after a current incident already told: the
 * denial answers that incident and what it says happened is the denier's
 * account: no event of its own, nor a mention that would lend the incident
 * the denier as its perpetrator. */
static int denial_content(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_ex_cand *c)
{
    int after = 0;
    for (size_t i = 0; i < si->ndeny && !after; i++)
        after = si->deny_e[i] <= si->trig_t[c->ev.type];
    if (!after)
        return 0;
    for (size_t i = 0; i < x->nc; i++)
        if (vg_ex_violent(x->c[i].ev.type) && !x->c[i].ev.historical && x->c[i].sent < c->sent)
            return 1;
    for (size_t i = 0; i < x->ndef; i++) /* (a generic one, still deferred) */
        if (x->def[i].mentions && !x->def[i].ev.historical && x->def[i].sent < c->sent)
            return 1;
    return 0;
}

int vg_ex_push_act(vg_ex_ctx *x, const vg_ex_sent *si, vg_ex_cand *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const vg_dateval *when;
        if (c[i].ev.historical || !background_trigger(x, si, c[i].ev.type, &when))
            continue;
        c[i].ev.historical = 1; /* "soldiers who took part in the 2012 coup fired ..." */
        if (when)
            vg_ex_set_date(x, &c[i], when);
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n && c[i].mentions; j++) {
            if (!c[j].mentions)
                continue;
            int m = main_act(x, si, &c[i], &c[j]);
            vg_ex_cand *keep = m == 1 ? &c[i] : &c[j], *drop = m == 1 ? &c[j] : &c[i];
            if (!m)
                continue;
            merge_into(x, keep, drop); /* its figures, actors and place, one mention */
            keep->mentions--;
            drop->mentions = 0;
        }
    for (size_t i = 0; i < n; i++) /* the toll is the attack's, not also the abduction's */
        for (size_t j = 0; j < n && c[i].mentions && c[i].ev.type == VG_EV_ABDUCTION; j++)
            if (j != i && c[j].mentions && vg_ex_violent(c[j].ev.type) &&
                c[j].ev.type != VG_EV_ABDUCTION && c[j].ev.fatalities.present) {
                memset(&c[i].ev.fatalities, 0, sizeof(c[i].ev.fatalities));
                c[i].fat_vague = c[i].fat_class = 0;
            }
    for (size_t i = 0; i < n; i++) {
        c[i].anaphor = c[i].weak && vg_ex_word_ends(x, si->trig_t[c[i].ev.type], VG_LX_DEFINITE);
        if (c[i].mentions && denial_content(x, si, &c[i]))
            continue; /* (merged, it would make the denier the perpetrator) */
        if (c[i].mentions && custody_step(x, si, &c[i]))
            continue;
        int rc = c[i].mentions ? vg_ex_push_cand(x, &c[i]) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A generic mention ("the attack") that matches no incident is an event of
 * its own only with enough detail. */
int vg_ex_settle_deferred(vg_ex_ctx *x)
{
    for (size_t i = 0; i < x->ndef; i++) {
        vg_ex_cand *c = &x->def[i];
        if (try_merge(x, c))
            c->mentions = 0; /* settled */
        else if (c->score >= VG_EX_MIN_SCORE + 1) {
            if (append(&x->c, &x->nc, &x->cap, c) < 0)
                return VG_ENOMEM;
            c->mentions = 0;
        }
    }
    /* the thin ones may still be mentions of a generic incident that
     * stood on its own ("the toll of the attack is nine dead" before "an
     * attack on Wednesday near Tillia") */
    for (size_t i = 0; i < x->ndef; i++)
        if (x->def[i].mentions)
            try_merge(x, &x->def[i]);
    return 0;
}

/* A current mutiny in which soldiers detain the head of state or
 * ministers is a coup, whether or not the article says the word. */
static int mutiny_coup(vg_ex_ctx *x)
{
    vg_ex_cand *mutiny = NULL;
    const vg_ex_cand *held = NULL;
    for (size_t i = 0; i < x->nc; i++) {
        const vg_event *e = &x->c[i].ev;
        if (e->historical)
            continue;
        if (e->type == VG_EV_RIOT && (vg_types_subtype(x->kb->types, e->subtype) & VG_SUB_MUTINY) &&
            !mutiny)
            mutiny = &x->c[i];
        if (e->type == VG_EV_ARREST && x->c[i].official && !held)
            held = &x->c[i];
    }
    if (!mutiny || !held)
        return 0;
    if (!mutiny->has_date && held->has_date)
        vg_ex_set_date(x, mutiny, &held->date); /* the day they seized him */
    mutiny->ev.type = VG_EV_COUP;
    vg_ex_copy_str(mutiny->ev.subtype, sizeof(mutiny->ev.subtype), "seizure");
    vg_ex_coup_vote(mutiny, "seizure");
    return 1;
}

/* Arrests in an article about a current coup are coup-related. */
void vg_ex_coup_context(vg_ex_ctx *x)
{
    int coup = 0;
    for (size_t i = 0; i < x->nc; i++)
        coup |= x->c[i].ev.type == VG_EV_COUP && !x->c[i].ev.historical;
    if (!coup)
        coup = mutiny_coup(x);
    for (size_t i = 0; coup && i < x->nc; i++)
        if (x->c[i].ev.type == VG_EV_ARREST && (strcmp(x->c[i].ev.subtype, "other") == 0 ||
                                                strcmp(x->c[i].ev.subtype, "political") == 0))
            vg_ex_copy_str(x->c[i].ev.subtype, sizeof(x->c[i].ev.subtype), "coup_related");
    /* a demonstration that turned into a riot is one riot event */
    for (size_t i = 0; i < x->nc; i++) {
        if (x->c[i].ev.type != VG_EV_PROTEST)
            continue;
        for (size_t j = 0; j < x->nc; j++)
            if (x->c[j].ev.type == VG_EV_RIOT && same_incident(&x->c[j], &x->c[i])) {
                x->c[i].ev.type = VG_EV_NONE;
                break;
            }
    }
    /* a mutiny in a coup story is the coup itself */
    size_t k = 0;
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].ev.type != VG_EV_NONE &&
            !(coup && x->c[i].ev.type == VG_EV_RIOT && !x->c[i].ev.historical &&
              (vg_types_subtype(x->kb->types, x->c[i].ev.subtype) & VG_SUB_MUTINY)))
            x->c[k++] = x->c[i];
    x->nc = k;
}
