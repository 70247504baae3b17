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
 * are coup-related.
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

static void merge_into(const vg_ex_ctx *x, vg_ex_cand *dst, const vg_ex_cand *src)
{
    vg_event *d = &dst->ev;
    const vg_event *s = &src->ev;
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
        if (!d->fatalities.present || src->fat_update || src->fat_vague < dst->fat_vague) {
            dst->fat_vague = src->fat_vague;
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
    if (!d->subtype[0] && s->subtype[0])
        vg_ex_copy_str(d->subtype, sizeof(d->subtype), s->subtype);
    if (!d->claimed_by[0] && s->claimed_by[0])
        vg_ex_copy_str(d->claimed_by, sizeof(d->claimed_by), s->claimed_by);
    for (unsigned i = 0; i < s->n_actors && d->n_actors < VG_MAX_ACTORS; i++) {
        int dup = 0;
        for (unsigned j = 0; j < d->n_actors; j++)
            dup |= strcmp(d->actors[j].name, s->actors[i].name) == 0;
        if (!dup)
            d->actors[d->n_actors++] = s->actors[i];
    }
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
    return 0;
}

static int append(vg_ex_cand **v, size_t *n, size_t *cap, const vg_ex_cand *c)
{
    if (vg_arr_room(v, *n, cap, sizeof(**v), 16) < 0)
        return VG_ENOMEM;
    (*v)[(*n)++] = *c;
    return 0;
}

int vg_ex_push_cand(vg_ex_ctx *x, const vg_ex_cand *c)
{
    if (try_merge(x, c))
        return 0;
    if (c->lone) /* decided once every strong mention is known */
        return append(&x->def, &x->ndef, &x->defcap, c);
    return append(&x->c, &x->nc, &x->cap, c);
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
