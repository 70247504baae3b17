/*
 * vg_ex_cand.c - extraction stage: candidate events.
 *
 * A sentence with triggers yields at most one candidate per event type,
 * with its subtype, place, country, date, figures, actors and evidence.
 * Background (past years, "previous coup", past perfect) is kept but
 * flagged historical.  A toll told in a sentence of its own goes to the
 * violent incident just described (or the next one).  An undated incident
 * is dated from its context (vg_ex_dates.c).  Candidates below
 * VG_EX_MIN_SCORE or without a country are dropped; the others go to
 * merging.
 */
#include "vg_ex.h"

#include <stdlib.h>
#include <string.h>

#define HIST_DAYS 45 /* events this long before publication are background */

/* Does a toll told in a sentence of its own belong to an incident of type
 * t?  The violent types, and a riot ("Two protesters were killed."). */
static int takes_toll(vg_event_type t)
{
    return vg_ex_violent(t) || t == VG_EV_RIOT;
}

static const char *arrest_subtype(const vg_ex_sent *si, const vg_ex_ctx *x)
{
    if (si->trig_w[VG_EV_COUP] || si->sub_w[VG_EV_COUP])
        return "coup_related";
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].ev.type == VG_EV_COUP && !x->c[i].ev.historical)
            return "coup_related";
    if (si->official_near_arrest)
        return "political";
    return "other";
}

static const char *const coup_subs[3] = {"plot", "attempt", "seizure"};

void vg_ex_coup_vote(vg_ex_cand *c, const char *sub)
{
    for (int i = 0; i < 3; i++)
        if (sub && strcmp(sub, coup_subs[i]) == 0)
            c->votes[i]++;
}

/* The subtype most mentions support; a coup named without a cue is a
 * seizure (the usual case in reporting). */
void vg_ex_coup_subtype(vg_ex_cand *c)
{
    int best = -1;
    for (int i = 0; i < 3; i++)
        if (c->votes[i] && (best < 0 || c->votes[i] > c->votes[best]))
            best = i;
    vg_ex_copy_str(c->ev.subtype, sizeof(c->ev.subtype), coup_subs[best < 0 ? 2 : best]);
}

static int is_historical(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_ex_cand *c)
{
    if (si->hist > 1)
        return 1; /* commemorated "on Monday": the day is the commemoration's */
    if (c->has_date && x->pub.y) {
        long age = vg_ymd_days(&x->pub) - vg_ymd_days(&c->date.v);
        if (c->date.prec == VG_DP_YEAR)
            return c->date.v.y < x->pub.y;
        if (c->date.prec == VG_DP_MONTH) {
            long months = (x->pub.y - c->date.v.y) * 12L + (x->pub.m - c->date.v.m);
            return months > 1;
        }
        return age > HIST_DAYS;
    }
    if (c->has_date && x->ref_year && c->date.has_year && c->date.v.y < x->ref_year)
        return 1;
    return si->hist;
}

/* A year written against the trigger names the event's own time, whatever
 * day the sentence gives: "the 1994 genocide", "le massacre de 1993",
 * commemorated "on Monday".  The year, or 0. */
static int attached_year(const vg_ex_ctx *x, const vg_sent *s, size_t t, size_t e)
{
    size_t lo = t >= s->t0 + 3 ? t - 3 : s->t0;
    for (size_t i = vg_ex_first_date(x, lo); i < x->ndates && x->dates[i].t0 < e + 3; i++) {
        const vg_dateval *d = &x->dates[i];
        if (d->t0 < s->t1 && d->year_only && d->has_year && (d->t1 <= t || d->t0 >= e))
            return d->v.y;
    }
    return 0;
}

/* Two sources give two tolls in one sentence ("at least 20 killed,
 * residents said; police said 14"): the claimant of the toll kept is the
 * source whose cue ("police said") is nearest that figure, not the
 * sentence's first.  Into claim (size sz); unchanged when none is found. */
static void toll_claimant(const vg_ex_ctx *x, const vg_sent *s, const vg_num *n, char *claim,
                          size_t sz)
{
    size_t best = 0, bestd = (size_t)-1, beste = 0;
    int bestpos = 0;
    for (size_t t = s->t0; t < s->t1; t++) {
        size_t e = 0;
        const vg_lex_entry *c = vg_ex_lex(x, t, VG_LX_CLAIM, &e);
        if (!c || c->val == VG_CL_BLAME || c->val == VG_CL_RESP)
            continue;
        size_t d = t < n->t0 ? n->t0 - t : t - n->t0;
        if (d < bestd) {
            bestd = d;
            best = t;
            beste = e;
            bestpos = c->val;
        }
    }
    if (!bestpos)
        return;
    vg_ex_sent *tmp = malloc(sizeof(*tmp));
    if (!tmp)
        return;
    tmp->claim[0] = 0;
    vg_ex_claim_source(x, s, best, beste, bestpos, tmp);
    if (tmp->claim[0])
        vg_ex_copy_str(claim, sz, tmp->claim);
    free(tmp);
}

static void build(const vg_ex_ctx *x, const vg_sent *s, size_t si_idx, const vg_ex_sent *si,
                  int type, vg_ex_cand *c)
{
    memset(c, 0, sizeof(*c));
    vg_event *ev = &c->ev;
    ev->type = (vg_event_type)type;
    c->sent = si_idx;
    c->mentions = 1;
    c->score = si->trig_w[type] + vg_ex_support(x, si, type);
    const char *sub =
        si->sub_label[type] && si->sub_label[type][0] ? si->sub_label[type] : si->trig_sub[type];
    if (type == VG_EV_COUP && si->trig_sub[type] && si->trig_sub[type][0] &&
        si->trig_w[type] >= 4 && strcmp(si->trig_sub[type], "seizure") == 0)
        sub = si->trig_sub[type];
    /* a strategic trigger that names its own kind keeps it: "suspendre la
     * diffusion" by "le gouvernement de transition" is a media ban, not the
     * transition cue's extension */
    if (type == VG_EV_STRATEGIC && si->trig_sub[type] && si->trig_sub[type][0] &&
        si->trig_w[type] >= 5) /* the specific phrases; a bare "expelled" yields */
        sub = si->trig_sub[type];
    vg_ex_copy_str(ev->subtype, sizeof(ev->subtype), sub);
    if (type == VG_EV_COUP)
        vg_ex_coup_vote(c, sub);
    if (type == VG_EV_ARREST) {
        vg_ex_copy_str(ev->subtype, sizeof(ev->subtype), arrest_subtype(si, x));
        c->official = si->official_near_arrest;
    }
    size_t anchor = si->trig_t[type];
    if (si->another && vg_ex_violent((vg_event_type)type))
        anchor =
            (size_t)si->another; /* "in addition to the Djibo assault, another attack in Loroum" */
    c->another = si->another != 0;
    const vg_place *p = vg_ex_best_place(x, si, anchor);
    vg_ex_set_location(c, p);
    vg_ex_copy_str(ev->country, sizeof(ev->country), vg_ex_event_country(x, si, p));
    vg_ex_event_date(x, s, si, type, c);
    vg_num n;
    int vc;
    if (vg_ex_sentence_figure(x, si, 1, &n, &vc) &&
        (type == VG_EV_ARMED_CLASH || type == VG_EV_ATTACK_ON_CIVILIANS ||
         type == VG_EV_REMOTE_VIOLENCE || type == VG_EV_RIOT || type == VG_EV_ABDUCTION ||
         type == VG_EV_PROTEST)) { /* (a protester shot dead: excessive force, its dead) */
        vg_ex_set_figure(x, &ev->fatalities, &n, si->claim);
        c->fat_update = si->update;
        c->fat_vague = n.vague;
        c->fat_class = vc;
        c->fat_sent = si_idx;
    }
    if (type == VG_EV_ARREST && vg_ex_sentence_figure(x, si, 2, &n, &vc)) {
        vg_ex_set_figure(x, &ev->arrests, &n, si->claim);
        c->arr_vague = n.vague;
    } else if (type == VG_EV_ARREST) {
        int k = vg_ex_named_arrests(x, s, si);
        if (k > 0) {
            vg_num nn = {.min = k, .max = k, .t0 = si->trig_t[type], .t1 = si->trig_e[type]};
            vg_ex_set_figure(x, &ev->arrests, &nn, si->claim);
            c->arr_vague = VG_EX_ARR_NAMED;
        }
    }
    c->perp_rank = vg_ex_set_actors(x, si, ev, si->trig_t[type]);
    vg_ex_copy_str(ev->claimed_by, sizeof(ev->claimed_by), si->claim);
    vg_ex_copy_tokens(x, si->trig_t[type], si->trig_e[type], ev->trigger, sizeof(ev->trigger));
    c->weak = si->trig_w[type] <= 3 && vg_ex_violent((vg_event_type)type);
    c->lone = si->trig_w[type] < 3 && vg_ex_violent((vg_event_type)type);
    ev->historical = is_historical(x, si, c);
    int y = ev->historical ? 0 : attached_year(x, s, si->trig_t[type], si->trig_e[type]);
    if (y && y < (x->pub.y ? x->pub.y : x->ref_year))
        ev->historical = 1;
    ev->disputed = si->neg;
    if (ev->fatalities.present && vg_ex_sentence_disputed(x, si, 1)) {
        ev->disputed = 1;
        if (vg_ex_sentence_figure(x, si, 1, &n, &vc))
            toll_claimant(x, s, &n, ev->fatalities.claimed_by, sizeof(ev->fatalities.claimed_by));
    }
    ev->sent_start = s->s;
    ev->sent_end = s->e;
}

/* The dead of a toll told after a generic armed attack (no subtype: no
 * post, convoy or ambush; no state forces attacked) are civilians:
 * the attack was on them, as when the toll is in its sentence. */
static int civilian_dead(const vg_ex_cand *o, int vc)
{
    if (o->ev.type != VG_EV_ARMED_CLASH || vc != VG_VC_CIVILIAN || o->ev.subtype[0])
        return 0;
    for (unsigned i = 0; i < o->ev.n_actors; i++)
        if (o->ev.actors[i].kind == VG_AK_STATE_FORCES &&
            o->ev.actors[i].role != VG_ROLE_PERPETRATOR)
            return 0; /* (the army attacked: its victims are still civilians) */
    return 1;
}

/* A toll given in a sentence of its own ("the death toll rose to 58")
 * belongs to the violent incident just described, when that one has no
 * precise figure yet. */
/* A group's bare attack ("jihadists attacked Djibo on Sunday night") told
 * with no target, whose dead the next sentences name as civilians or
 * people ("Residents said 14 people were killed, most of them traders"),
 * soldiers named in neither: ACLED's violence against civilians, as the
 * typing stage's civilian_toll decides within one sentence. */
static void civilian_toll_after(vg_ex_cand *o, const vg_ex_sent *si, int vc)
{
    if (o->ev.type != VG_EV_ARMED_CLASH || !o->weak || o->ev.subtype[0] ||
        !(vc == VG_VC_CIVILIAN || vc == VG_VC_PERSON || vc == VG_VC_OFFICIAL) ||
        si->vclass_seen[VG_VC_MILITARY] || si->vclass_seen[VG_VC_MILITANT])
        return;
    int group = 0;
    for (unsigned k = 0; k < o->ev.n_actors; k++) {
        if (o->ev.actors[k].kind == VG_AK_STATE_FORCES)
            return;
        group |= o->ev.actors[k].kind == VG_AK_ARMED_GROUP;
    }
    for (size_t k = 0; k < si->nactors; k++)
        if (si->actors[k].cls == VG_VC_MILITARY)
            return;
    if (group)
        o->ev.type = VG_EV_ATTACK_ON_CIVILIANS;
}

static int orphan_figure(vg_ex_ctx *x, size_t i, vg_ex_sent *si)
{
    vg_num n;
    int vc;
    if (!vg_ex_sentence_figure(x, si, 1, &n, &vc))
        return 0;
    /* the latest incident told; else a generic one ("repelled an attack
     * on their base. 6 militants were killed."), which waits for the
     * article's end (vg_ex_settle_deferred) */
    vg_ex_cand *o = NULL;
    for (size_t k = x->nc; k-- > 0 && !o;)
        if (takes_toll(x->c[k].ev.type) && !x->c[k].ev.historical && x->c[k].sent + 3 >= i)
            o = &x->c[k];
    for (size_t k = x->ndef; k-- > 0 && !o;)
        if (x->def[k].mentions && takes_toll(x->def[k].ev.type) && !x->def[k].ev.historical &&
            (x->def[k].sent + 1 == i ||
             (x->def[k].ev.fatalities.present && x->def[k].fat_sent + 1 == i)) &&
            x->def[k].place && x->def[k].place->level != VG_PLACE_COUNTRY)
            o = &x->def[k];
    if (o) {
        if (o->ev.fatalities.present && !o->fat_vague && !n.vague && o->fat_sent + 1 == i && vc &&
            o->fat_class && vc != o->fat_class && !si->update) {
            /* "two of its soldiers died ... About 20 rebels were killed":
             * the event's toll counts both sides */
            o->ev.fatalities.min += n.min;
            o->ev.fatalities.max =
                o->ev.fatalities.max >= 0 && n.max >= 0 ? o->ev.fatalities.max + n.max : -1;
            o->fat_class = 0;
        } else if (o->ev.fatalities.present && !o->fat_vague && !n.vague && !si->update &&
                   si->claim[0] && o->ev.fatalities.claimed_by[0] &&
                   strcmp(si->claim, o->ev.fatalities.claimed_by) != 0 &&
                   n.min != o->ev.fatalities.min) {
            /* "Residents said 20 died. According to the police, 14
             * died.": two sources, two tolls (no update cue); ACLED
             * codes the conservative one, with its claimant */
            o->ev.disputed = 1;
            if (n.min < o->ev.fatalities.min) {
                vg_ex_set_figure(x, &o->ev.fatalities, &n, si->claim);
                o->fat_sent = i;
            }
        } else if (!o->ev.fatalities.present || (o->fat_vague && !n.vague) ||
                   (si->update && !n.vague)) {
            if (!o->ev.fatalities.present && civilian_dead(o, vc))
                o->ev.type = VG_EV_ATTACK_ON_CIVILIANS; /* "attacked a village. Twelve
                                                         * civilians were killed." */
            else if (!o->ev.fatalities.present && o->ev.type == VG_EV_ATTACK_ON_CIVILIANS &&
                     !o->ev.subtype[0] && (vc == VG_VC_MILITARY || vc == VG_VC_MILITANT))
                o->ev.type = VG_EV_ARMED_CLASH; /* "attacked a village. Five soldiers were
                                                 * killed.": a battle, as in one sentence */
            vg_ex_set_figure(x, &o->ev.fatalities, &n, si->claim);
            o->fat_vague = n.vague;
            o->fat_class = vc;
            o->fat_sent = i;
            civilian_toll_after(o, si, vc);
        }
        return 0;
    }
    x->orphan = *si; /* may belong to the incident described next */
    x->orphan_sent = i + 1;
    return 0;
}

/* The date stage's background test (vg_ex_dates.c): whether a date
 * makes an event background is this stage's decision. */
int vg_ex_is_historical(const vg_ex_ctx *x, const vg_ex_sent *si, const vg_ex_cand *c)
{
    return is_historical(x, si, c);
}

/* A takeover told, then "No fighting was reported." / "Aucun combat n'a
 * été signalé." in the next sentence (a cue of a non-violent transfer of
 * territory, nobody hurt, no act of its own): the ground changed hands
 * without a battle, as when the cue is in the takeover's own sentence
 * (types.tsv turn armed_clash strategic territory_transfer). */
static void no_fight_after(vg_ex_ctx *x, size_t i, const vg_ex_sent *si)
{
    static const char cue[] = "territory_transfer";
    if (!si->sub_label[VG_EV_STRATEGIC] || strcmp(si->sub_label[VG_EV_STRATEGIC], cue) != 0 ||
        vg_ex_harmed(si))
        return;
    for (size_t n = x->nc + x->ndef; n-- > 0;) {
        vg_ex_cand *o = n < x->nc ? &x->c[n] : &x->def[n - x->nc]; /* (a bare "took control
                                                                    * of X" waits in def) */
        if (o->sent + 1 == i && o->ev.type == VG_EV_ARMED_CLASH && !o->ev.fatalities.present &&
            !o->ev.historical) {
            o->ev.type = VG_EV_STRATEGIC;
            vg_ex_copy_str(o->ev.subtype, sizeof(o->ev.subtype), cue);
            return;
        }
    }
}

/* A protest told, then riot cues in the next sentences, with no act of
 * their own ("Youths erected barricades and burned tyres.", "Les
 * manifestants ont saccagé des bâtiments publics."), no armed actor: the
 * demonstration turned violent, a riot (as when the cues share its
 * sentence: types.tsv rule riot_cue). */
static void riot_after(vg_ex_ctx *x, size_t i, const vg_ex_sent *si)
{
    if (!si->sub_w[VG_EV_RIOT] || si->hist || si->perfect)
        return;
    for (size_t k = 0; k < si->nactors; k++)
        if (si->actors[k].cls == VG_VC_MILITANT)
            return;
    for (size_t n = x->nc + x->ndef; n-- > 0;) {
        vg_ex_cand *o = n < x->nc ? &x->c[n] : &x->def[n - x->nc];
        if (o->sent + 2 >= i && o->ev.type == VG_EV_PROTEST && !o->ev.historical) {
            o->ev.type = VG_EV_RIOT;
            return;
        }
    }
}

int vg_ex_sentence_events(vg_ex_ctx *x, size_t i)
{
    const vg_sent *s = &x->sc.sent[i];
    vg_ex_sent si;
    vg_ex_analyse(x, s, &si);
    vg_ex_scope(x, s, &si);
    vg_ex_resolve_types(x, s, &si);
    vg_ex_confirm(x, &si);
    int any = 0;
    for (int ty = 1; ty < VG_EV__COUNT; ty++)
        any |= si.trig_w[ty] != 0;
    if (!any) {
        no_fight_after(x, i, &si);
        riot_after(x, i, &si);
        return orphan_figure(x, i, &si);
    }
    vg_ex_cand act[VG_EV__COUNT]; /* the sentence's candidates: one per act (vg_ex_merge.c) */
    size_t nact = 0;
    for (int ty = 1; ty < VG_EV__COUNT; ty++) {
        if (!si.trig_w[ty])
            continue;
        vg_ex_cand c;
        build(x, s, i, &si, ty, &c);
        /* (a step of the story that killed one, told right after the
         * whole toll: "Eleven people died in X. Youths killed a herder,
         * then herders came back ...": the whole toll is the incident's) */
        int step = c.ev.fatalities.present && c.ev.fatalities.min == 1 &&
                   c.ev.fatalities.max == 1 && x->orphan_sent == i;
        if (takes_toll((vg_event_type)ty) && (!c.ev.fatalities.present || step) && x->orphan_sent &&
            x->orphan_sent + 2 >= i + 1) {
            vg_num n;
            int vc;
            if (vg_ex_sentence_figure(x, &x->orphan, 1, &n, &vc) && (!step || n.min > 1)) {
                vg_ex_set_figure(x, &c.ev.fatalities, &n, x->orphan.claim);
                c.fat_vague = n.vague;
            }
            x->orphan_sent = 0;
        }
        vg_ex_context_date(x, s, &c);
        if (c.score < VG_EX_MIN_SCORE || !c.ev.country[0])
            continue;
        act[nact++] = c;
    }
    return vg_ex_push_act(x, &si, act, nact);
}
